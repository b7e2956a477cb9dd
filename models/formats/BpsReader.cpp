#include "formats/BpsReader.h"

#include "json/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace Pantau {

namespace {

struct Dimension
{
    QString name; // vervar, var, ...
    QList<QJsonObject> items;
    QStringList keys; // each item's "val" as it appears in a datacontent key
};

QString valText(const QJsonValue &val)
{
    if (val.isDouble()) {
        const double number = val.toDouble();
        // Only a number inside qint64's range may be converted (anything else is undefined
        // behaviour, found by fuzz_bps); BPS codes are never that large, so a larger one is
        // printed as it is and simply matches no datacontent key.
        if (number >= -9223372036854775808.0 && number < 9223372036854775808.0)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    return val.toString();
}

// Splits `key` from `offset` into one item of each remaining dimension. Backtracks, because a
// value may be a prefix of another ("1" and "12").
bool split(const QString &key, qsizetype offset, const std::array<Dimension, 5> &dims, size_t depth,
           std::array<qsizetype, 5> &chosen)
{
    if (depth == dims.size())
        return offset == key.size();
    const Dimension &dim = dims[depth];
    for (qsizetype i = 0; i < dim.keys.size(); ++i) {
        const QString &part = dim.keys.at(i);
        if (QStringView(key).mid(offset).startsWith(part)) {
            chosen[depth] = i;
            if (split(key, offset + part.size(), dims, depth + 1, chosen))
                return true;
        }
    }
    return false;
}

} // namespace

Payload BpsReader::read(const QByteArray &bytes)
{
    Payload payload;
    const std::optional<QJsonValue> parsed = JsonText::parseRoot(bytes, &payload.error);
    if (!parsed)
        return payload;
    const QJsonObject root = parsed->toObject();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("OK")) {
        const QString message = root.value(QStringLiteral("message")).toString();
        payload.error = status.isEmpty() ? QStringLiteral("not a BPS answer: /status is missing")
                                         : QStringLiteral("BPS reported an error: %1")
                                               .arg(message.isEmpty() ? status : message);
        return payload;
    }
    const QString availability = root.value(QStringLiteral("data-availability")).toString();
    if (availability != QLatin1String("available")) {
        payload.error = QStringLiteral("BPS has no data for this request (data-availability: %1)")
                            .arg(availability.isEmpty() ? QStringLiteral("missing") : availability);
        return payload;
    }

    std::array<Dimension, 5> dims = {
        Dimension{QStringLiteral("vervar"), {}, {}}, Dimension{QStringLiteral("var"), {}, {}},
        Dimension{QStringLiteral("turvar"), {}, {}}, Dimension{QStringLiteral("tahun"), {}, {}},
        Dimension{QStringLiteral("turtahun"), {}, {}}};
    for (Dimension &dim : dims) {
        for (const QJsonValue &item : root.value(dim.name).toArray()) {
            const QJsonObject object = item.toObject();
            const QString text = valText(object.value(QStringLiteral("val")));
            if (text.isEmpty())
                continue;
            dim.items.append(object);
            dim.keys.append(text);
        }
        if (dim.items.isEmpty()) {
            payload.error = QStringLiteral("not a BPS dynamic-data answer: /%1 is empty or missing")
                                .arg(dim.name);
            return payload;
        }
    }

    const QJsonObject content = root.value(QStringLiteral("datacontent")).toObject();
    QJsonArray records;
    for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
        std::array<qsizetype, 5> chosen{};
        if (!split(it.key(), 0, dims, 0, chosen)) {
            payload.warnings.append(
                QStringLiteral("/datacontent/%1: the key matches no vervar, var, turvar, tahun "
                               "and turtahun, skipped")
                    .arg(it.key()));
            continue;
        }
        QJsonObject record;
        for (size_t d = 0; d < dims.size(); ++d) {
            const QJsonObject &item = dims[d].items.at(chosen[d]);
            record.insert(dims[d].name, item.value(QStringLiteral("val")));
            record.insert(dims[d].name + QStringLiteral("Label"),
                          item.value(QStringLiteral("label")));
        }
        record.insert(QStringLiteral("unit"),
                      dims[1].items.at(chosen[1]).value(QStringLiteral("unit")));
        record.insert(QStringLiteral("value"), it.value());
        records.append(record);
    }
    payload.root = records;
    return payload;
}

} // namespace Pantau
