#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QLineEdit;

namespace Pantau {

class ZonedDateTimeEdit;

// Asks what a shift report covers and who makes it, before the desk asks where to save it:
// the range (the last eight hours by default, ShiftReport::lastShift) in the config's zone,
// and "Dibuat oleh", prefilled with the operator's name or the system user.
class ShiftReportDialog : public QDialog
{
    Q_OBJECT

public:
    ShiftReportDialog(const QDateTime &from, const QDateTime &until, const QTimeZone &zone,
                      const QString &generatedBy, QWidget *parent = nullptr);

    QDateTime from() const;  // UTC
    QDateTime until() const; // UTC
    QString generatedBy() const;

    ZonedDateTimeEdit *fromEdit() const { return m_from; }
    ZonedDateTimeEdit *untilEdit() const { return m_until; }
    QLineEdit *generatedByField() const { return m_by; }

private:
    ZonedDateTimeEdit *m_from;
    ZonedDateTimeEdit *m_until;
    QLineEdit *m_by;
    // The range as given: the fields show minutes, and a range left as it was keeps its
    // seconds (the last shift ends now, not at the start of this minute).
    QDateTime m_givenFrom;
    QDateTime m_givenUntil;
};

} // namespace Pantau
