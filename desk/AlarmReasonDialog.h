#pragma once

#include "config/AlertRule.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Pantau {

// Asks why an alarm is shelved (and for how long) or taken out of service. Unlike an
// acknowledgement, the reason is required: ISA-18.2 wants every hidden alarm explained, and the
// shift report lists the reasons. The rule is chosen in the dialog when none is given, so a
// rule that is normal now can be taken out of service too.
class AlarmReasonDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Shelve, OutOfService };

    // `ruleId` empty: a picker of `rules`. `maxShelveHours` bounds the durations offered.
    AlarmReasonDialog(Kind kind, const QString &ruleId, const QString &message,
                      const QList<AlertRule> &rules, int maxShelveHours,
                      const QString &operatorName, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString ruleId() const;
    QString operatorName() const;
    QString reason() const;
    // How long to shelve, in seconds (Shelve only).
    int durationSeconds() const;

    QComboBox *ruleField() const { return m_rule; }
    QComboBox *durationField() const { return m_duration; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    Kind m_kind;
    QString m_ruleId;
    QComboBox *m_rule = nullptr;     // child; null when the rule is given
    QComboBox *m_duration = nullptr; // child; Shelve only
    QLineEdit *m_operator;           // child
    QPlainTextEdit *m_reason;        // child
    QPushButton *m_ok;               // child
};

} // namespace Pantau
