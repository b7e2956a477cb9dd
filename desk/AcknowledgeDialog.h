#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Pantau {

// Asks who acknowledges an alert and why, both optional: the operating-system user is recorded
// anyway. The desk fills in the operator name typed last, so a supervisor types it once a shift.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT

public:
    AcknowledgeDialog(const QString &ruleId, const QString &message, const QString &operatorName,
                      QWidget *parent = nullptr);

    const QString &ruleId() const { return m_ruleId; }
    QString operatorName() const;
    QString note() const;
    QLineEdit *operatorField() const { return m_operator; }
    QPlainTextEdit *noteField() const { return m_note; }

private:
    QString m_ruleId;
    QLineEdit *m_operator;  // child
    QPlainTextEdit *m_note; // child
};

} // namespace Pantau
