#include "KioskGuard.h"

#include "UnlockDialog.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace Pantau {

QKeySequence KioskGuard::unlockChord()
{
    return QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_K);
}

KioskGuard::KioskGuard(const QList<QWidget *> &windows, const QString &pinHash, const Clock *clock,
                       QObject *parent)
    : QObject(parent)
    , m_pinHash(pinHash)
    , m_clock(clock)
{
    for (QWidget *window : windows)
        m_windows.append(window);
    // Closing the last window must not end the kiosk either.
    QApplication::setQuitOnLastWindowClosed(false);
    qApp->installEventFilter(this);
    m_cursorTimer.setSingleShot(true);
    m_cursorTimer.setInterval(CursorHideMs);
    connect(&m_cursorTimer, &QTimer::timeout, this, &KioskGuard::hideCursor);
    m_cursorTimer.start();
}

KioskGuard::~KioskGuard()
{
    showCursor();
}

bool KioskGuard::isKioskWindow(QObject *object) const
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget)
        return false;
    QWidget *window = widget->window();
    for (const QPointer<QWidget> &kiosk : m_windows)
        if (kiosk == window)
            return true;
    return false;
}

bool KioskGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (m_unlocked)
        return false;
    switch (event->type()) {
    case QEvent::Close:
        if (isKioskWindow(watched) && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->isWindow()) {
            event->ignore();
            return true;
        }
        break;
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride: {
        if (!isKioskWindow(watched))
            break; // the unlock dialog takes its own keys
        auto *key = static_cast<QKeyEvent *>(event);
        if (event->type() == QEvent::KeyPress &&
            QKeySequence(key->keyCombination()) == unlockChord()) {
            openDialog();
            return true;
        }
        // Nothing typed at a kiosk is for the wall: Escape, Ctrl+Q, Ctrl+W, Alt+F4 and the rest.
        return true;
    }
    case QEvent::KeyRelease:
        return isKioskWindow(watched);
    case QEvent::MouseMove:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        if (isKioskWindow(watched)) {
            showCursor();
            m_cursorTimer.start();
        }
        break;
    default:
        break;
    }
    return false;
}

void KioskGuard::openDialog()
{
    if (m_dialog)
        return;
    m_dialog = new UnlockDialog(m_pinHash, m_clock);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_unlocked = true;
        showCursor();
        emit unlocked();
    });
    showCursor();
    m_dialog->show();
}

void KioskGuard::showCursor()
{
    if (!m_cursorHidden)
        return;
    QApplication::restoreOverrideCursor();
    m_cursorHidden = false;
}

void KioskGuard::hideCursor()
{
    if (m_cursorHidden || m_dialog)
        return;
    QApplication::setOverrideCursor(Qt::BlankCursor);
    m_cursorHidden = true;
}

} // namespace Pantau
