#include "state/RecordsModel.h"

#include "TestValues.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

const QString kominfoFeed = QStringLiteral("kominfo-112-insiden");
const QString bpbdFeed = QStringLiteral("bpbd-kejadian");

EventRecord incident(const QString &feed, const QString &id, qint64 secondsAfterT0,
                     const QString &kecamatan = QStringLiteral("Wlingi"),
                     const QString &category = QStringLiteral("kebakaran"),
                     const QString &status = QStringLiteral("dalam penanganan"),
                     const QString &text = QStringLiteral("Kebakaran rumah warga"))
{
    return EventRecord{feed, id, t0.addSecs(secondsAfterT0), kecamatan, category, status, text};
}

FeedResult poll(const QString &feed, QList<EventRecord> events,
                const QDateTime &fetchTime = t0.addSecs(3600))
{
    FeedResult result;
    result.feedId = feed;
    result.fetchTime = fetchTime;
    result.events = std::move(events);
    return result;
}

QStringList idsOf(const RecordsModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(RecordsModel::IdRole).toString());
    return ids;
}

// Every signal a view would react to, so a test can say exactly which ones a change caused.
struct Spies
{
    explicit Spies(RecordsModel &model)
        : reset(&model, &QAbstractItemModel::modelReset)
        , layout(&model, &QAbstractItemModel::layoutChanged)
        , inserted(&model, &QAbstractItemModel::rowsInserted)
        , removed(&model, &QAbstractItemModel::rowsRemoved)
        , moved(&model, &QAbstractItemModel::rowsMoved)
        , changed(&model, &QAbstractItemModel::dataChanged)
    {
    }

    bool quiet() const
    {
        return reset.isEmpty() && layout.isEmpty() && inserted.isEmpty() && removed.isEmpty() &&
               moved.isEmpty() && changed.isEmpty();
    }

    void clear()
    {
        reset.clear();
        layout.clear();
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
    }

    QSignalSpy reset;
    QSignalSpy layout;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
};

} // namespace

TEST_CASE("RecordsModel shows events newest first, ties in arrival order")
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Spies spies(model);
    CHECK(model.capacity() == 200);
    CHECK(model.rowCount() == 0);

    model.applyFeedResult(
        poll(kominfoFeed,
             {incident(kominfoFeed, QStringLiteral("112-0001"), 5 * 60),
              incident(kominfoFeed, QStringLiteral("112-0003"), 20 * 60, QStringLiteral("Kanigoro"),
                       QStringLiteral("kecelakaan"), QStringLiteral("selesai"),
                       QStringLiteral("Kecelakaan lalu lintas di Jl. Raya Kanigoro")),
              incident(kominfoFeed, QStringLiteral("112-0002"), 10 * 60),
              incident(kominfoFeed, QStringLiteral("112-0004"), 10 * 60)}));

    CHECK(idsOf(model) == QStringList{QStringLiteral("112-0003"), QStringLiteral("112-0002"),
                                      QStringLiteral("112-0004"), QStringLiteral("112-0001")});
    // A first poll goes in as one block.
    REQUIRE(spies.inserted.size() == 1);
    CHECK(spies.inserted.at(0).at(1).toInt() == 0);
    CHECK(spies.inserted.at(0).at(2).toInt() == 3);
    CHECK(spies.reset.isEmpty());
    CHECK(spies.removed.isEmpty());

    const QModelIndex top = model.index(0);
    CHECK(top.data(Qt::DisplayRole).toString() ==
          QStringLiteral("Kecelakaan lalu lintas di Jl. Raya Kanigoro"));
    CHECK(top.data(RecordsModel::TextRole) == top.data(Qt::DisplayRole));
    CHECK(top.data(RecordsModel::FeedRole).toString() == kominfoFeed);
    CHECK(top.data(RecordsModel::TimeRole).toDateTime() == t0.addSecs(20 * 60));
    CHECK(top.data(RecordsModel::KecamatanRole).toString() == QStringLiteral("Kanigoro"));
    CHECK(top.data(RecordsModel::CategoryRole).toString() == QStringLiteral("kecelakaan"));
    CHECK(top.data(RecordsModel::StatusRole).toString() == QStringLiteral("selesai"));
    CHECK(model.roleNames().value(RecordsModel::KecamatanRole) == QByteArrayLiteral("kecamatan"));
    CHECK(model.roleNames().value(RecordsModel::IdRole) == QByteArrayLiteral("eventId"));

    // A later event with the same time as two shown ones goes below them; a newer one on top.
    spies.clear();
    model.applyFeedResult(
        poll(kominfoFeed, {incident(kominfoFeed, QStringLiteral("112-0006"), 10 * 60),
                           incident(kominfoFeed, QStringLiteral("112-0005"), 30 * 60)}));
    CHECK(idsOf(model) == QStringList{QStringLiteral("112-0005"), QStringLiteral("112-0003"),
                                      QStringLiteral("112-0002"), QStringLiteral("112-0004"),
                                      QStringLiteral("112-0006"), QStringLiteral("112-0001")});
    REQUIRE(spies.inserted.size() == 2);
    CHECK(spies.inserted.at(0).at(1).toInt() == 0);
    CHECK(spies.inserted.at(0).at(2).toInt() == 0);
    CHECK(spies.inserted.at(1).at(1).toInt() == 4);
    CHECK(spies.inserted.at(1).at(2).toInt() == 4);
    CHECK(spies.reset.isEmpty());
    CHECK(spies.changed.isEmpty());
    CHECK(spies.moved.isEmpty());
}

TEST_CASE("RecordsModel de-duplicates events a feed sends again")
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const FeedResult first =
        poll(kominfoFeed, {incident(kominfoFeed, QStringLiteral("112-0001"), 60),
                           incident(kominfoFeed, QStringLiteral("112-0002"), 120),
                           incident(kominfoFeed, QStringLiteral("112-0003"), 180)});
    model.applyFeedResult(first);
    REQUIRE(model.rowCount() == 3);

    // The next poll brings the same events: nothing at all changes.
    Spies spies(model);
    model.applyFeedResult(first);
    CHECK(spies.quiet());
    CHECK(model.rowCount() == 3);

    // The same event twice in one payload is one row, with the later copy's fields.
    model.applyFeedResult(
        poll(kominfoFeed,
             {incident(kominfoFeed, QStringLiteral("112-0009"), 600, QStringLiteral("Wlingi"),
                       QStringLiteral("kebakaran"), QStringLiteral("baru")),
              incident(kominfoFeed, QStringLiteral("112-0009"), 600, QStringLiteral("Wlingi"),
                       QStringLiteral("kebakaran"), QStringLiteral("dalam penanganan"))}));
    CHECK(model.rowCount() == 4);
    REQUIRE(spies.inserted.size() == 1);
    CHECK(spies.inserted.at(0).at(1).toInt() == 0);
    CHECK(spies.inserted.at(0).at(2).toInt() == 0);
    CHECK(model.index(0).data(RecordsModel::StatusRole).toString() ==
          QStringLiteral("dalam penanganan"));
    CHECK(spies.reset.isEmpty());
}

TEST_CASE("RecordsModel updates a changed event in place, signalling only what changed")
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyFeedResult(
        poll(kominfoFeed, {incident(kominfoFeed, QStringLiteral("112-0001"), 60),
                           incident(kominfoFeed, QStringLiteral("112-0002"), 120),
                           incident(kominfoFeed, QStringLiteral("112-0003"), 180)}));
    REQUIRE(idsOf(model) == QStringList{QStringLiteral("112-0003"), QStringLiteral("112-0002"),
                                        QStringLiteral("112-0001")});
    Spies spies(model);

    // The operator closed the incident: only its status changes.
    model.applyFeedResult(
        poll(kominfoFeed,
             {incident(kominfoFeed, QStringLiteral("112-0001"), 60),
              incident(kominfoFeed, QStringLiteral("112-0002"), 120, QStringLiteral("Wlingi"),
                       QStringLiteral("kebakaran"), QStringLiteral("selesai")),
              incident(kominfoFeed, QStringLiteral("112-0003"), 180)}));
    REQUIRE(spies.changed.size() == 1);
    CHECK(spies.changed.at(0).at(0).toModelIndex() == model.index(1));
    CHECK(spies.changed.at(0).at(1).toModelIndex() == model.index(1));
    CHECK(rolesOf(spies.changed.at(0)) == QList<int>{RecordsModel::StatusRole});
    CHECK(model.index(1).data(RecordsModel::StatusRole).toString() == QStringLiteral("selesai"));
    CHECK(spies.inserted.isEmpty());
    CHECK(spies.removed.isEmpty());
    CHECK(spies.moved.isEmpty());
    CHECK(spies.reset.isEmpty());

    // A corrected place, category and description: those roles, and the display that shows it.
    spies.clear();
    model.applyFeedResult(
        poll(kominfoFeed,
             {incident(kominfoFeed, QStringLiteral("112-0003"), 180, QStringLiteral("Sutojayan"),
                       QStringLiteral("bencana alam"), QStringLiteral("dalam penanganan"),
                       QStringLiteral("Tanah longsor menutup jalan desa"))}));
    REQUIRE(spies.changed.size() == 1);
    CHECK(spies.changed.at(0).at(0).toModelIndex() == model.index(0));
    CHECK(rolesOf(spies.changed.at(0)) ==
          sorted({RecordsModel::KecamatanRole, RecordsModel::CategoryRole, RecordsModel::TextRole,
                  Qt::DisplayRole}));
    CHECK(model.index(0).data(Qt::DisplayRole).toString() ==
          QStringLiteral("Tanah longsor menutup jalan desa"));
    CHECK(model.index(0).data(RecordsModel::KecamatanRole).toString() ==
          QStringLiteral("Sutojayan"));
    CHECK(spies.inserted.isEmpty());
    CHECK(spies.moved.isEmpty());
    CHECK(spies.reset.isEmpty());
}

TEST_CASE("RecordsModel moves an event whose corrected time changes its place")
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyFeedResult(poll(bpbdFeed, {incident(bpbdFeed, QStringLiteral("A"), 30 * 60),
                                          incident(bpbdFeed, QStringLiteral("B"), 20 * 60),
                                          incident(bpbdFeed, QStringLiteral("C"), 10 * 60),
                                          incident(bpbdFeed, QStringLiteral("D"), 0)}));
    REQUIRE(idsOf(model) == QStringList{QStringLiteral("A"), QStringLiteral("B"),
                                        QStringLiteral("C"), QStringLiteral("D")});
    Spies spies(model);

    SECTION("up")
    {
        model.applyFeedResult(poll(bpbdFeed, {incident(bpbdFeed, QStringLiteral("D"), 25 * 60)}));
        CHECK(idsOf(model) == QStringList{QStringLiteral("A"), QStringLiteral("D"),
                                          QStringLiteral("B"), QStringLiteral("C")});
        REQUIRE(spies.moved.size() == 1);
        CHECK(spies.moved.at(0).at(1).toInt() == 3);
        CHECK(spies.moved.at(0).at(2).toInt() == 3);
        CHECK(spies.moved.at(0).at(4).toInt() == 1);
        REQUIRE(spies.changed.size() == 1);
        CHECK(spies.changed.at(0).at(0).toModelIndex() == model.index(1));
        CHECK(rolesOf(spies.changed.at(0)) == QList<int>{RecordsModel::TimeRole});
        CHECK(model.index(1).data(RecordsModel::TimeRole).toDateTime() == t0.addSecs(25 * 60));
    }
    SECTION("down, with another field changed on the way")
    {
        model.applyFeedResult(poll(
            bpbdFeed, {incident(bpbdFeed, QStringLiteral("A"), 5 * 60, QStringLiteral("Wlingi"),
                                QStringLiteral("kebakaran"), QStringLiteral("selesai"))}));
        CHECK(idsOf(model) == QStringList{QStringLiteral("B"), QStringLiteral("C"),
                                          QStringLiteral("A"), QStringLiteral("D")});
        REQUIRE(spies.moved.size() == 1);
        CHECK(spies.moved.at(0).at(1).toInt() == 0);
        CHECK(spies.moved.at(0).at(2).toInt() == 0);
        // Counted before the move: row 0 goes in front of what was row 3.
        CHECK(spies.moved.at(0).at(4).toInt() == 3);
        REQUIRE(spies.changed.size() == 1);
        CHECK(spies.changed.at(0).at(0).toModelIndex() == model.index(2));
        CHECK(rolesOf(spies.changed.at(0)) ==
              sorted({RecordsModel::TimeRole, RecordsModel::StatusRole}));
        CHECK(model.index(2).data(RecordsModel::StatusRole).toString() ==
              QStringLiteral("selesai"));
    }
    SECTION("to the bottom")
    {
        model.applyFeedResult(poll(bpbdFeed, {incident(bpbdFeed, QStringLiteral("B"), -60)}));
        CHECK(idsOf(model) == QStringList{QStringLiteral("A"), QStringLiteral("C"),
                                          QStringLiteral("D"), QStringLiteral("B")});
        REQUIRE(spies.moved.size() == 1);
        CHECK(spies.moved.at(0).at(1).toInt() == 1);
        CHECK(spies.moved.at(0).at(4).toInt() == 4);
        REQUIRE(spies.changed.size() == 1);
        CHECK(spies.changed.at(0).at(0).toModelIndex() == model.index(3));
    }
    SECTION("not past a neighbour: no move")
    {
        model.applyFeedResult(poll(bpbdFeed, {incident(bpbdFeed, QStringLiteral("B"), 15 * 60)}));
        CHECK(idsOf(model) == QStringList{QStringLiteral("A"), QStringLiteral("B"),
                                          QStringLiteral("C"), QStringLiteral("D")});
        CHECK(spies.moved.isEmpty());
        REQUIRE(spies.changed.size() == 1);
        CHECK(spies.changed.at(0).at(0).toModelIndex() == model.index(1));
        CHECK(rolesOf(spies.changed.at(0)) == QList<int>{RecordsModel::TimeRole});
    }
    CHECK(spies.inserted.isEmpty());
    CHECK(spies.removed.isEmpty());
    CHECK(spies.reset.isEmpty());
    CHECK(spies.layout.isEmpty());
    CHECK(model.rowCount() == 4);
}

TEST_CASE("RecordsModel keeps only the newest events up to its capacity")
{
    RecordsModel model(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Spies spies(model);
    int mostRows = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
                     [&] { mostRows = std::max(mostRows, model.rowCount()); });
    CHECK(model.capacity() == 50);

    // 10,000 events in 100 polls of 100, their times shuffled: 7919 is prime to 10,000, so
    // i * 7919 mod 10,000 visits every second once.
    const auto kecamatan = QStringList{QStringLiteral("Wlingi"), QStringLiteral("Kanigoro"),
                                       QStringLiteral("Sutojayan")};
    for (int batch = 0; batch < 100; ++batch) {
        QList<EventRecord> events;
        for (int i = batch * 100; i < (batch + 1) * 100; ++i) {
            const qint64 second = (qint64(i) * 7919) % 10000;
            events.append(incident(kominfoFeed, QStringLiteral("112-%1").arg(second), second,
                                   kecamatan.at(i % 3)));
        }
        model.applyFeedResult(poll(kominfoFeed, events));
    }
    REQUIRE(model.rowCount() == 50);
    CHECK(mostRows == 50);
    for (int row = 0; row < 50; ++row) {
        INFO("row " << row);
        CHECK(model.index(row).data(RecordsModel::TimeRole).toDateTime() == t0.addSecs(9999 - row));
    }
    CHECK_FALSE(spies.removed.isEmpty());
    CHECK(spies.reset.isEmpty());

    // One at a time, each newer than all: one insert on top and one removal at the bottom each.
    spies.clear();
    for (int i = 0; i < 200; ++i)
        model.applyFeedResult(poll(
            kominfoFeed, {incident(kominfoFeed, QStringLiteral("112-n%1").arg(i), 10000 + i)}));
    CHECK(model.rowCount() == 50);
    CHECK(mostRows == 50);
    REQUIRE(spies.inserted.size() == 200);
    REQUIRE(spies.removed.size() == 200);
    CHECK(spies.inserted.at(199).at(1).toInt() == 0);
    CHECK(spies.removed.at(199).at(1).toInt() == 49);
    CHECK(spies.removed.at(199).at(2).toInt() == 49);
    CHECK(model.index(0).data(RecordsModel::IdRole).toString() == QStringLiteral("112-n199"));
    CHECK(model.index(49).data(RecordsModel::IdRole).toString() == QStringLiteral("112-n150"));

    // An event older than every row of a full model would be dropped at once: it never shows.
    spies.clear();
    model.applyFeedResult(
        poll(kominfoFeed, {incident(kominfoFeed, QStringLiteral("112-lama"), -3600)}));
    CHECK(spies.quiet());
    CHECK(model.rowCount() == 50);
}

TEST_CASE("RecordsModel keeps events of two feeds with the same id apart")
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString id = QStringLiteral("2026-0042");
    model.applyFeedResult(poll(
        kominfoFeed,
        {incident(kominfoFeed, id, 60, QStringLiteral("Kanigoro"), QStringLiteral("kecelakaan"))}));
    model.applyFeedResult(poll(bpbdFeed, {incident(bpbdFeed, id, 120, QStringLiteral("Sutojayan"),
                                                   QStringLiteral("bencana alam"))}));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0).data(RecordsModel::FeedRole).toString() == bpbdFeed);
    CHECK(model.index(1).data(RecordsModel::FeedRole).toString() == kominfoFeed);

    Spies spies(model);
    model.applyFeedResult(
        poll(kominfoFeed, {incident(kominfoFeed, id, 60, QStringLiteral("Kanigoro"),
                                    QStringLiteral("kecelakaan"), QStringLiteral("selesai"))}));
    REQUIRE(spies.changed.size() == 1);
    CHECK(spies.changed.at(0).at(0).toModelIndex() == model.index(1));
    CHECK(model.index(1).data(RecordsModel::StatusRole).toString() == QStringLiteral("selesai"));
    CHECK(model.index(0).data(RecordsModel::StatusRole).toString() ==
          QStringLiteral("dalam penanganan"));
    CHECK(spies.inserted.isEmpty());
}

TEST_CASE("RecordsModel ignores failed polls and polls without events")
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyFeedResult(
        poll(kominfoFeed, {incident(kominfoFeed, QStringLiteral("112-0001"), 60)}));
    Spies spies(model);

    FeedResult failed = poll(kominfoFeed, {incident(kominfoFeed, QStringLiteral("112-0002"), 120)});
    failed.error = QStringLiteral("server answered 503 Service Unavailable");
    model.applyFeedResult(failed);
    model.applyFeedResult(poll(kominfoFeed, {}));
    FeedResult notModified = poll(kominfoFeed, {});
    notModified.notModified = true;
    model.applyFeedResult(notModified);

    CHECK(spies.quiet());
    CHECK(idsOf(model) == QStringList{QStringLiteral("112-0001")});
}

TEST_CASE("RecordsModel restores a cache with one reset, then merges as usual")
{
    RecordsModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyFeedResult(poll(kominfoFeed, {incident(kominfoFeed, QStringLiteral("lama"), 0)}));
    Spies spies(model);

    // Unsorted, with a duplicate, and one more than fits.
    model.restore({incident(kominfoFeed, QStringLiteral("112-0002"), 120),
                   incident(bpbdFeed, QStringLiteral("bpbd-07"), 300, QStringLiteral("Sutojayan"),
                            QStringLiteral("bencana alam")),
                   incident(kominfoFeed, QStringLiteral("112-0003"), 180),
                   incident(kominfoFeed, QStringLiteral("112-0001"), 60),
                   incident(kominfoFeed, QStringLiteral("112-0003"), 170)});
    CHECK(spies.reset.size() == 1);
    CHECK(spies.inserted.isEmpty());
    CHECK(spies.removed.isEmpty());
    CHECK(idsOf(model) == QStringList{QStringLiteral("bpbd-07"), QStringLiteral("112-0003"),
                                      QStringLiteral("112-0002")});
    // Of the two copies of 112-0003, the first (newer) one is kept.
    CHECK(model.index(1).data(RecordsModel::TimeRole).toDateTime() == t0.addSecs(180));
    CHECK(model.index(2).data(RecordsModel::TimeRole).toDateTime() == t0.addSecs(120));

    // What records() gives back restores to the same rows.
    const QList<EventRecord> saved = model.records();
    REQUIRE(saved.size() == 3);
    CHECK(saved.at(0) == incident(bpbdFeed, QStringLiteral("bpbd-07"), 300,
                                  QStringLiteral("Sutojayan"), QStringLiteral("bencana alam")));
    RecordsModel reloaded(3);
    reloaded.restore(saved);
    CHECK(reloaded.records() == saved);

    // A poll after the restore updates in place and inserts, never resets.
    spies.clear();
    model.applyFeedResult(
        poll(kominfoFeed,
             {incident(kominfoFeed, QStringLiteral("112-0003"), 180, QStringLiteral("Wlingi"),
                       QStringLiteral("kebakaran"), QStringLiteral("selesai")),
              incident(kominfoFeed, QStringLiteral("112-0004"), 240)}));
    CHECK(spies.reset.isEmpty());
    REQUIRE(spies.changed.size() == 1);
    CHECK(rolesOf(spies.changed.at(0)) == QList<int>{RecordsModel::StatusRole});
    REQUIRE(spies.inserted.size() == 1);
    CHECK(spies.inserted.at(0).at(1).toInt() == 1);
    REQUIRE(spies.removed.size() == 1);
    CHECK(spies.removed.at(0).at(1).toInt() == 2);
    CHECK(idsOf(model) == QStringList{QStringLiteral("bpbd-07"), QStringLiteral("112-0004"),
                                      QStringLiteral("112-0003")});
}
