// The wall asks the session's screen saver not to blank its screens, over real D-Bus: a private
// bus daemon, and a stand-in screen saver on it that records what it is asked.

#include "BlankingInhibitor.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QProcess>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    QStringList inhibitedBy;
    QList<uint> released;

public slots:
    uint Inhibit(const QString &application, const QString &reason)
    {
        inhibitedBy.append(application + QStringLiteral(": ") + reason);
        return 42;
    }
    void UnInhibit(uint cookie)
    {
        released.append(cookie);
        emit uninhibited();
    }

signals:
    void uninhibited();
};

// A dbus-daemon of the test's own, gone when the test ends.
struct PrivateBus
{
    QProcess daemon;
    QString address;

    PrivateBus()
    {
        daemon.start(QStringLiteral("dbus-daemon"),
                     {QStringLiteral("--session"), QStringLiteral("--nofork"),
                      QStringLiteral("--print-address")});
        REQUIRE(daemon.waitForStarted(10000));
        REQUIRE(daemon.waitForReadyRead(10000));
        address = QString::fromUtf8(daemon.readLine()).trimmed();
        REQUIRE_FALSE(address.isEmpty());
    }
    ~PrivateBus()
    {
        daemon.terminate();
        daemon.waitForFinished(5000);
    }
};

} // namespace

TEST_CASE("The wall asks the screen saver not to blank, and lets go when it ends")
{
    PrivateBus bus;
    QDBusConnection service = QDBusConnection::connectToBus(bus.address, QStringLiteral("service"));
    REQUIRE(service.isConnected());
    FakeScreenSaver saver;
    REQUIRE(service.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &saver,
                                   QDBusConnection::ExportAllSlots));
    REQUIRE(service.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));

    QDBusConnection client = QDBusConnection::connectToBus(bus.address, QStringLiteral("client"));
    REQUIRE(client.isConnected());
    {
        BlankingInhibitor inhibitor(client);
        QString why;
        REQUIRE(inhibitor.inhibit(QStringLiteral("dinding komando"), &why));
        CHECK(inhibitor.isInhibiting());
        CHECK(saver.inhibitedBy == QStringList{QStringLiteral("Pantau: dinding komando")});
        QSignalSpy released(&saver, &FakeScreenSaver::uninhibited);
        inhibitor.release();
        REQUIRE(released.wait(5000));
        CHECK(saver.released == QList<uint>{42});
        CHECK_FALSE(inhibitor.isInhibiting());
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("client"));
    QDBusConnection::disconnectFromBus(QStringLiteral("service"));
}

TEST_CASE("Without a screen saver on the bus the wall says why it cannot keep screens on")
{
    PrivateBus bus;
    QDBusConnection client = QDBusConnection::connectToBus(bus.address, QStringLiteral("lonely"));
    REQUIRE(client.isConnected());
    {
        BlankingInhibitor inhibitor(client);
        QString why;
        CHECK_FALSE(inhibitor.inhibit(QStringLiteral("dinding komando"), &why));
        CHECK(why.contains(QStringLiteral("did not agree")));
        CHECK_FALSE(inhibitor.isInhibiting());
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("lonely"));
}

#include "BlankingInhibitorTest.moc"
