#include "UnlockDialog.h"

#include "kiosk/PinHash.h"
#include "time/Clock.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Pantau {

UnlockDialog::UnlockDialog(const QString &pinHash, const Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_pinHash(pinHash)
    , m_clock(clock)
    , m_pin(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Buka kunci kios"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Masukkan PIN petugas untuk menutup mode kios."), this));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this));
    layout->addWidget(m_pin);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Buka"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::onSubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

UnlockDialog::Result UnlockDialog::attempt(const QString &pin)
{
    const QDateTime now = m_clock->now();
    if (m_lockout.isLocked(now)) {
        m_status->setText(tr("Terlalu banyak PIN salah. Coba lagi setelah %1 detik.")
                              .arg(now.secsTo(m_lockout.lockedUntil())));
        return Result::Locked;
    }
    if (PinHash::verify(pin, m_pinHash)) {
        m_lockout.recordSuccess();
        return Result::Unlocked;
    }
    m_lockout.recordFailure(now);
    m_status->setText(
        m_lockout.isLocked(now)
            ? tr("Terlalu banyak PIN salah. Terkunci %1 detik.").arg(PinLockout::LockSeconds)
            : tr("PIN salah."));
    return m_lockout.isLocked(now) ? Result::Locked : Result::WrongPin;
}

void UnlockDialog::onSubmit()
{
    const Result result = attempt(m_pin->text());
    m_pin->clear();
    if (result == Result::Unlocked)
        accept();
}

} // namespace Pantau
