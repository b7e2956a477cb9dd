#pragma once

#include "UnlockDialog.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace Pantau {

class Clock;

// Keeps a public kiosk from being escaped. While locked, close requests (the window manager's,
// Alt+F4) are refused and the keys that end or leave an application (Escape, Ctrl+Q, Ctrl+W,
// Alt+F4, Alt+Tab inside the app) are swallowed; the mouse cursor hides after a few seconds of
// stillness. Only UnlockChord opens the PIN dialog, and only the right PIN ends the kiosk.
class KioskGuard : public QObject
{
    Q_OBJECT

public:
    // Documented in README: Ctrl+Alt+Shift+K.
    static QKeySequence unlockChord();
    static constexpr int CursorHideMs = 3000;

    KioskGuard(const QList<QWidget *> &windows, const QString &pinHash, const Clock *clock,
               QObject *parent = nullptr);
    ~KioskGuard() override;

    bool isCursorHidden() const { return m_cursorHidden; }
    // The open unlock dialog, or null.
    UnlockDialog *dialog() const { return m_dialog; }

signals:
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isKioskWindow(QObject *object) const;
    void openDialog();
    void showCursor();
    void hideCursor();

    QList<QPointer<QWidget>> m_windows;
    QString m_pinHash;
    const Clock *m_clock;
    QPointer<UnlockDialog> m_dialog;
    QTimer m_cursorTimer;
    bool m_cursorHidden = false;
    bool m_unlocked = false;
};

} // namespace Pantau
