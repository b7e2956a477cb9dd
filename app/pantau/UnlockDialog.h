#pragma once

#include "kiosk/PinLockout.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Pantau {

class Clock;

// The only way out of a kiosk: a PIN, checked against the config's salted hash. Five wrong PINs
// lock it for a minute (PinLockout), and a locked dialog does not even check what is typed.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Result { Unlocked, WrongPin, Locked };

    UnlockDialog(const QString &pinHash, const Clock *clock, QWidget *parent = nullptr);

    // Checks a PIN as the OK button does; tests call it directly.
    Result attempt(const QString &pin);

private:
    void onSubmit();

    QString m_pinHash;
    const Clock *m_clock;
    PinLockout m_lockout;
    QLineEdit *m_pin;
    QLabel *m_status;
};

} // namespace Pantau
