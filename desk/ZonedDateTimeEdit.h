#pragma once

#include <QDateTime>
#include <QDateTimeEdit>
#include <QTimeZone>

namespace Pantau {

// A date-and-time field that shows and takes times in the config's zone (WIB), whatever zone
// the desk's machine is set to. Qt 6.4's QDateTimeEdit knows only time specs, not zones, so the
// field holds the zone's wall-clock reading as if it were UTC (no daylight-saving gaps in the
// way) and instant() turns it back into an instant in the zone.
class ZonedDateTimeEdit : public QDateTimeEdit
{
    Q_OBJECT

public:
    explicit ZonedDateTimeEdit(QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone);
    const QTimeZone &zone() const { return m_zone; }
    // Shows `time` (any spec) in the zone, to the minute.
    void setInstant(const QDateTime &time);
    // The instant shown, in UTC.
    QDateTime instant() const;
    // Whether the field still shows `time`, to the minute.
    bool shows(const QDateTime &time) const;

private:
    // `time` as the field holds it: the zone's wall clock, to the minute, labelled UTC.
    QDateTime reading(const QDateTime &time) const;

    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Pantau
