#include "TileFixture.h"

#include "config/ConfigLoader.h"
#include "geo/Kecamatan.h"
#include "screen/TileFactory.h"
#include "theme/Theme.h"

#include <QDir>
#include <QPainter>
#include <QScreen>

#include <cmath>

#include <catch2/catch.hpp>

namespace Pantau {

const QDateTime TileFixture::T0(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);

namespace {

Config loadFixtureConfig()
{
    const ConfigLoader::Result loaded =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_TEST_DATA "/config/all-tiles.json"));
    for (const Diagnostic &d : loaded.errors)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(loaded.config);
    return *loaded.config;
}

} // namespace

TileFixture::TileFixture()
    : config(loadFixtureConfig())
{
    hub = std::make_unique<DataHub>(config, DataHub::Options(), &clock);
    context.formatter = &formatter;
    context.clock = &clock;
    context.theme = &Theme::wall();
    context.display = &config.display;
    context.indicators = hub->indicators();
    context.records = hub->records();
    context.health = hub->health();
    context.alerts = hub->alerts();
}

TileFixture::~TileFixture() = default;

const TileConfig &TileFixture::tileConfig(const QString &type) const
{
    for (const TileConfig &tile : config.screens.first().pages.first().tiles)
        if (describe(tile.type).name == type)
            return tile;
    FAIL("no tile of type " << type.toStdString() << " in all-tiles.json");
    return config.screens.first().pages.first().tiles.first();
}

std::unique_ptr<Tile> TileFixture::makeTile(const QString &type) const
{
    std::unique_ptr<Tile> tile(TileFactory::create(tileConfig(type), context, nullptr));
    REQUIRE(tile);
    return tile;
}

void TileFixture::apply(const FeedResult &result)
{
    hub->apply(result);
}

void TileFixture::values(const QString &feedId, const QList<QPair<QString, double>> &values)
{
    FeedResult r;
    r.feedId = feedId;
    r.fetchTime = clock.now();
    for (const auto &[indicator, value] : values)
        r.samples.append({indicator, value, clock.now()});
    apply(r);
}

void TileFixture::fail(const QString &feedId, FailureKind kind, const QString &reason)
{
    FeedResult r;
    r.feedId = feedId;
    r.fetchTime = clock.now();
    r.error = reason;
    r.failure = kind;
    apply(r);
}

void TileFixture::fillRealistic()
{
    static const QStringList categories = {
        QStringLiteral("kebakaran"), QStringLiteral("bencana"),   QStringLiteral("kecelakaan"),
        QStringLiteral("penyakit"),  QStringLiteral("kerusuhan"), QStringLiteral("binatang")};
    static const QStringList statuses = {QStringLiteral("baru"), QStringLiteral("diproses"),
                                         QStringLiteral("selesai")};
    static const QStringList texts = {
        QStringLiteral("Kebakaran gudang jerami di belakang rumah warga"),
        QStringLiteral("Pohon tumbang menutup jalan provinsi"),
        QStringLiteral("Kecelakaan sepeda motor di jalan raya, dua korban luka ringan"),
        QStringLiteral("Warga pingsan di pasar, butuh ambulans"),
        QStringLiteral("Jalan desa rusak berlubang sejak musim hujan"),
        QStringLiteral("Lampu penerangan jalan mati di dekat sekolah"),
    };
    const QList<Kecamatan> &kecamatan = Kecamatan::blitar();
    const int steps = 48;
    clock.setNow(T0.addSecs(-steps * 1800));
    int eventId = 0;
    for (int step = 0; step <= steps; ++step) {
        const double t = double(step) / steps;
        values(QStringLiteral("harga"),
               {{QStringLiteral("harga.telur"), 28500 + 1200 * std::sin(t * 6.3) + 20 * step},
                {QStringLiteral("harga.cabai"), 62000 + 9000 * std::sin(t * 3.1)},
                {QStringLiteral("harga.beras"), 13200 + 150 * std::cos(t * 4.0)},
                {QStringLiteral("harga.bawang"), 34500 - 40 * step},
                {QStringLiteral("harga.gula"), 17800 + 10 * (step % 5)}});
        values(QStringLiteral("apbd"), {{QStringLiteral("apbd.pendapatan.persen"), 84.2 + t},
                                        {QStringLiteral("apbd.pendapatan.target"), 90.5},
                                        {QStringLiteral("apbd.pendapatan.rupiah"), 2.31e12}});
        values(QStringLiteral("c112"), {{QStringLiteral("112.masuk"), std::round(40 + 60 * t)},
                                        {QStringLiteral("112.waktu-respon"), 6.4},
                                        {QStringLiteral("112.kat.kebakaran"), 4},
                                        {QStringLiteral("112.kat.bencana"), 7},
                                        {QStringLiteral("112.kat.kecelakaan"), 12},
                                        {QStringLiteral("112.kat.penyakit"), 9},
                                        {QStringLiteral("112.kat.kerusuhan"), 1},
                                        {QStringLiteral("112.kat.binatang"), 2}});
        FeedResult perKecamatan;
        perKecamatan.feedId = QStringLiteral("aduan-kec");
        perKecamatan.fetchTime = clock.now();
        for (qsizetype k = 0; k < kecamatan.size(); ++k)
            perKecamatan.samples.append(
                {QStringLiteral("aduan.kec.") + kecamatan.at(k).compactCode(),
                 double((k * 7 + step / 8) % 23 + 1), clock.now()});
        apply(perKecamatan);
        if (step % 4 == 0) {
            for (const QString &feed : {QStringLiteral("insiden-112"), QStringLiteral("aduan")}) {
                FeedResult events;
                events.feedId = feed;
                events.fetchTime = clock.now();
                ++eventId;
                events.events.append({feed, QString::number(eventId), clock.now(),
                                      kecamatan.at(eventId % kecamatan.size()).name,
                                      categories.at(eventId % categories.size()),
                                      statuses.at(eventId % statuses.size()),
                                      texts.at(eventId % texts.size())});
                apply(events);
            }
        }
        if (step < steps)
            clock.advanceSeconds(1800);
    }
}

QImage render(Tile &tile, const QSize &size)
{
    tile.resize(size);
    return tile.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

void checkTextsLegible(const Tile &tile, const QImage &image)
{
    const QRectF bounds(QPointF(0, 0), QSizeF(tile.size()));
    REQUIRE_FALSE(tile.drawnTexts().isEmpty());
    for (const Tile::DrawnText &drawn : tile.drawnTexts()) {
        INFO("text \"" << drawn.text.toStdString() << "\" at " << drawn.rect.x() << ","
                       << drawn.rect.y() << " " << drawn.rect.width() << "x" << drawn.rect.height()
                       << " in a " << tile.width() << "x" << tile.height() << " tile");
        CHECK(bounds.contains(drawn.rect));
        const QFontMetricsF metrics(drawn.font);
        CHECK(metrics.horizontalAdvance(drawn.text) <= drawn.rect.width() + 0.5);
        CHECK(metrics.height() <= drawn.rect.height() + 0.5);
        // Something was drawn there: the pixels under the text are not all one colour.
        const QRect area = drawn.rect.toAlignedRect().intersected(image.rect());
        QRgb first = image.pixel(area.topLeft());
        int differing = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                differing += image.pixel(x, y) != first;
        CHECK(differing > 0);
    }
}

QString allText(const Tile &tile)
{
    QStringList texts;
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        texts.append(drawn.text);
    return texts.join(u' ');
}

bool drewText(const Tile &tile, const QString &text)
{
    return findText(tile, text) != nullptr;
}

QString saveForReview(const QImage &image, const QString &name)
{
    const QString dir = QDir::current().absoluteFilePath(QStringLiteral("tile-images"));
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name + QStringLiteral(".png");
    CHECK(image.save(path));
    return path;
}

QImage backingStoreImage(QWidget &widget)
{
    return widget.screen()
        ->grabWindow(widget.winId())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

int differingPixels(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    return count;
}

const Tile::DrawnText *findText(const Tile &tile, const QString &text)
{
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        if (drawn.text == text)
            return &drawn;
    return nullptr;
}

} // namespace Pantau
