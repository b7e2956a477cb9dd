#include "ZonedDateTimeEdit.h"

namespace Pantau {

ZonedDateTimeEdit::ZonedDateTimeEdit(QWidget *parent)
    : QDateTimeEdit(parent)
{
    setTimeSpec(Qt::UTC);
    setCalendarPopup(true);
    // The Indonesian way to write a time: a dot between hours and minutes.
    setDisplayFormat(QStringLiteral("dd/MM/yyyy HH.mm"));
}

void ZonedDateTimeEdit::setZone(const QTimeZone &zone)
{
    const QDateTime shown = instant();
    m_zone = zone;
    setInstant(shown);
}

QDateTime ZonedDateTimeEdit::reading(const QDateTime &time) const
{
    const QDateTime local = time.toTimeZone(m_zone);
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC);
}

void ZonedDateTimeEdit::setInstant(const QDateTime &time)
{
    setDateTime(reading(time));
}

bool ZonedDateTimeEdit::shows(const QDateTime &time) const
{
    return dateTime() == reading(time);
}

QDateTime ZonedDateTimeEdit::instant() const
{
    const QDateTime shown = dateTime();
    return QDateTime(shown.date(), shown.time(), m_zone).toUTC();
}

} // namespace Pantau
