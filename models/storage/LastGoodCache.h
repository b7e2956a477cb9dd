#pragma once

#include "formats/EventRecord.h"
#include "state/IndicatorModel.h"

#include <QStringList>

namespace Pantau {

// Keeps the last good values, their history and the latest event records on disk, so a wall
// that restarts shows them at once, marked as from the cache, instead of a screen of dashes.
// Written atomically (QSaveFile): a crash mid-write leaves the previous file whole. A corrupt
// or foreign file is set aside with a warning, never a crash.
class LastGoodCache
{
public:
    struct Contents
    {
        QList<IndicatorModel::CachedValue> values;
        QList<EventRecord> records;
    };

    explicit LastGoodCache(const QString &path);

    // One cache per config, in the user's cache folder.
    static QString defaultPath(const QString &configPath);

    const QString &path() const { return m_path; }
    // Nothing (and no warning) when there is no file yet.
    Contents load(QStringList *warnings) const;
    bool save(const Contents &contents, const QDateTime &now, QString *error) const;

private:
    void setAside(const QString &why, QStringList *warnings) const;

    QString m_path;
};

} // namespace Pantau
