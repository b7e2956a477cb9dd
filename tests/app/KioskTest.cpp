// A public kiosk at an event: nothing a visitor can press ends it, and only the right PIN,
// through the documented chord, does.

#include "KioskGuard.h"
#include "UnlockDialog.h"
#include "ViewContext.h"
#include "kiosk/PinHash.h"
#include "locale/Formatter.h"
#include "screen/ScreenView.h"
#include "theme/Theme.h"
#include "time/ManualClock.h"

#include <QDeadlineTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

struct Kiosk : ViewContext
{
    std::unique_ptr<ScreenView> view;
    std::unique_ptr<KioskGuard> guard;

    Kiosk()
    {
        ScreenConfig screen;
        screen.name = QStringLiteral("WALL-1");
        PageConfig page;
        page.isPublic = true;
        TileConfig clockTile;
        clockTile.type = TileType::Clock;
        page.tiles = {clockTile};
        screen.pages = {page};
        view = std::make_unique<ScreenView>(screen, context, false, true);
        view->resize(800, 450);
        view->show();
        guard = std::make_unique<KioskGuard>(QList<QWidget *>{view.get()},
                                             PinHash::make(QStringLiteral("2468"), 10'000), &clock);
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }
};

} // namespace

TEST_CASE("A kiosk refuses close requests and the keys that end an application")
{
    Kiosk kiosk;
    CHECK_FALSE(kiosk.view->close());
    CHECK(kiosk.view->isVisible());
    QTest::keyClick(kiosk.view.get(), Qt::Key_Escape);
    QTest::keyClick(kiosk.view.get(), Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(kiosk.view.get(), Qt::Key_Q, Qt::ControlModifier);
    QTest::keyClick(kiosk.view.get(), Qt::Key_W, Qt::ControlModifier);
    CHECK(kiosk.view->isVisible());
    CHECK(kiosk.guard->dialog() == nullptr);
}

TEST_CASE("Only the unlock chord opens the PIN dialog, and only the right PIN ends the kiosk")
{
    Kiosk kiosk;
    QSignalSpy unlocked(kiosk.guard.get(), &KioskGuard::unlocked);
    QTest::keyClick(kiosk.view.get(), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
    CHECK(kiosk.guard->dialog() == nullptr);
    QTest::keyClick(kiosk.view.get(), Qt::Key_K,
                    Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    REQUIRE(kiosk.guard->dialog() != nullptr);
    UnlockDialog *dialog = kiosk.guard->dialog();
    CHECK(dialog->attempt(QStringLiteral("1357")) == UnlockDialog::Result::WrongPin);
    CHECK(unlocked.isEmpty());
    CHECK(kiosk.view->isVisible());
    // Through the dialog's own field and button, as a supervisor would.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("2468"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(), Qt::Key_Return);
    CHECK(unlocked.size() == 1);
    // Unlocked, the window may close.
    CHECK(kiosk.view->close());
}

TEST_CASE("Five wrong PINs lock the dialog for a minute, even against the right PIN")
{
    Kiosk kiosk;
    QTest::keyClick(kiosk.view.get(), Qt::Key_K,
                    Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    UnlockDialog *dialog = kiosk.guard->dialog();
    REQUIRE(dialog);
    for (int i = 0; i < 4; ++i)
        CHECK(dialog->attempt(QStringLiteral("0000")) == UnlockDialog::Result::WrongPin);
    CHECK(dialog->attempt(QStringLiteral("0000")) == UnlockDialog::Result::Locked);
    CHECK(dialog->attempt(QStringLiteral("2468")) == UnlockDialog::Result::Locked);
    kiosk.clock.advanceSeconds(59);
    CHECK(dialog->attempt(QStringLiteral("2468")) == UnlockDialog::Result::Locked);
    kiosk.clock.advanceSeconds(2);
    CHECK(dialog->attempt(QStringLiteral("2468")) == UnlockDialog::Result::Unlocked);
}

TEST_CASE("The kiosk hides the mouse cursor after a few still seconds")
{
    Kiosk kiosk;
    QDeadlineTimer limit(KioskGuard::CursorHideMs + 5000);
    while (!kiosk.guard->isCursorHidden() && !limit.hasExpired())
        QTest::qWait(100);
    CHECK(kiosk.guard->isCursorHidden());
    QTest::mouseMove(kiosk.view.get(), QPoint(10, 10));
    QMouseEvent move(QEvent::MouseMove, QPointF(12, 12), QPointF(12, 12), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(kiosk.view.get(), &move);
    CHECK_FALSE(kiosk.guard->isCursorHidden());
}
