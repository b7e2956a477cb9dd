#include "storage/LastGoodCache.h"

#include "storage/StoragePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace Pantau {

namespace {

const QString kFormat = QStringLiteral("pantau-cache");
constexpr int kVersion = 1;

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

LastGoodCache::LastGoodCache(const QString &path)
    : m_path(path)
{
}

QString LastGoodCache::defaultPath(const QString &configPath)
{
    return StoragePaths::cacheFile(configPath);
}

void LastGoodCache::setAside(const QString &why, QStringList *warnings) const
{
    const QString aside =
        m_path + QStringLiteral(".bad-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    QFile::remove(aside);
    const bool moved = QFile::rename(m_path, aside);
    warnings->append(QStringLiteral("%1: %2; %3")
                         .arg(m_path, why,
                              moved ? QStringLiteral("set aside as %1").arg(aside)
                                    : QStringLiteral("could not set it aside")));
}

LastGoodCache::Contents LastGoodCache::load(QStringList *warnings) const
{
    Contents contents;
    QFile file(m_path);
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly)) {
        warnings->append(QStringLiteral("%1: cannot read: %2").arg(m_path, file.errorString()));
        return contents;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (parseError.error != QJsonParseError::NoError) {
        setAside(QStringLiteral("not valid JSON (%1)").arg(parseError.errorString()), warnings);
        return contents;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        setAside(QStringLiteral("not a Pantau cache file"), warnings);
        return contents;
    }
    if (root.value(QStringLiteral("version")).toInt() != kVersion) {
        setAside(QStringLiteral("cache version %1, this Pantau writes %2")
                     .arg(root.value(QStringLiteral("version")).toInt())
                     .arg(kVersion),
                 warnings);
        return contents;
    }
    // Entries that do not make sense are skipped one by one; the rest is still worth showing.
    for (const QJsonValue &entry : root.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject object = entry.toObject();
        IndicatorModel::CachedValue value;
        value.id = object.value(QStringLiteral("id")).toString();
        const QJsonValue number = object.value(QStringLiteral("value"));
        value.fetchTime = timeFrom(object.value(QStringLiteral("fetchTime")));
        if (value.id.isEmpty() || !number.isDouble() || !value.fetchTime.isValid())
            continue;
        value.value = number.toDouble();
        value.sourceTime = timeFrom(object.value(QStringLiteral("sourceTime")));
        for (const QJsonValue &point : object.value(QStringLiteral("history")).toArray()) {
            const QJsonArray pair = point.toArray();
            if (pair.size() == 2 && pair.at(0).isDouble() && pair.at(1).isDouble() &&
                std::isfinite(pair.at(1).toDouble())) {
                value.history.append(QPointF(pair.at(0).toDouble(), pair.at(1).toDouble()));
            }
        }
        contents.values.append(value);
    }
    for (const QJsonValue &entry : root.value(QStringLiteral("records")).toArray()) {
        const QJsonObject object = entry.toObject();
        EventRecord record;
        record.feedId = object.value(QStringLiteral("feed")).toString();
        record.id = object.value(QStringLiteral("id")).toString();
        record.time = timeFrom(object.value(QStringLiteral("time")));
        if (record.feedId.isEmpty() || record.id.isEmpty() || !record.time.isValid())
            continue;
        record.kecamatan = object.value(QStringLiteral("kecamatan")).toString();
        record.category = object.value(QStringLiteral("category")).toString();
        record.status = object.value(QStringLiteral("status")).toString();
        record.text = object.value(QStringLiteral("text")).toString();
        contents.records.append(record);
    }
    return contents;
}

bool LastGoodCache::save(const Contents &contents, const QDateTime &now, QString *error) const
{
    QJsonArray indicators;
    for (const IndicatorModel::CachedValue &value : contents.values) {
        QJsonArray history;
        for (const QPointF &point : value.history)
            history.append(QJsonArray{qint64(point.x()), point.y()});
        indicators.append(QJsonObject{{QStringLiteral("id"), value.id},
                                      {QStringLiteral("value"), value.value},
                                      {QStringLiteral("sourceTime"), timeJson(value.sourceTime)},
                                      {QStringLiteral("fetchTime"), timeJson(value.fetchTime)},
                                      {QStringLiteral("history"), history}});
    }
    QJsonArray records;
    for (const EventRecord &record : contents.records) {
        records.append(QJsonObject{{QStringLiteral("feed"), record.feedId},
                                   {QStringLiteral("id"), record.id},
                                   {QStringLiteral("time"), timeJson(record.time)},
                                   {QStringLiteral("kecamatan"), record.kecamatan},
                                   {QStringLiteral("category"), record.category},
                                   {QStringLiteral("status"), record.status},
                                   {QStringLiteral("text"), record.text}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("saved"), timeJson(now)},
                           {QStringLiteral("indicators"), indicators},
                           {QStringLiteral("records"), records}};

    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = QStringLiteral("cannot create the folder of %1").arg(m_path);
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Pantau
