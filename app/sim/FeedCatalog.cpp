#include "FeedCatalog.h"

#include "FeedEncoder.h"
#include "geo/Kecamatan.h"

#include <QLocale>
#include <QTimeZone>

namespace Pantau {

namespace {

const QString CkanPath = QStringLiteral("/api/3/action/datastore_search");
const QString NgsiPath = QStringLiteral("/v2/entities");

QString bpsPath(int var)
{
    return QStringLiteral("/v1/api/list/model/data/lang/ind/domain/3505/var/%1/key/demo/").arg(var);
}

QStringList kecamatanIds(const QString &indicatorTemplate)
{
    QStringList ids;
    for (const Kecamatan &k : Kecamatan::blitar())
        ids.append(k.indicatorId(indicatorTemplate));
    return ids;
}

// BPS writes a kecamatan as its 7-digit code: 35.05.01 is 3505010.
qint64 bpsCode(const Kecamatan &k)
{
    return (k.compactCode() + u'0').toLongLong();
}

} // namespace

QString FeedCatalog::Feed::target() const
{
    if (selectorKey.isEmpty())
        return path;
    return QStringLiteral("%1?%2=%3").arg(path, selectorKey, selectorValue);
}

FeedCatalog::FeedCatalog(quint64 seed)
    : m_scenario(seed)
{
    addSatuData();
    addStatistics();
    addSensors();
    addPriceSheet();
    addPlainJson();
}

QStringList FeedCatalog::ids() const
{
    QStringList list;
    for (const Feed &feed : m_feeds)
        list.append(feed.id);
    return list;
}

QStringList FeedCatalog::paths() const
{
    QStringList list;
    for (const Feed &feed : m_feeds)
        if (!list.contains(feed.path))
            list.append(feed.path);
    return list;
}

const FeedCatalog::Feed *FeedCatalog::find(const QString &path, const QUrlQuery &query) const
{
    for (const Feed &feed : m_feeds) {
        if (feed.path != path)
            continue;
        if (feed.selectorKey.isEmpty() ||
            query.queryItemValue(feed.selectorKey) == feed.selectorValue)
            return &feed;
    }
    return nullptr;
}

const FeedCatalog::Feed *FeedCatalog::byId(const QString &id) const
{
    for (const Feed &feed : m_feeds)
        if (feed.id == id)
            return &feed;
    return nullptr;
}

// Satu Data Kabupaten Blitar: tables in a CKAN DataStore.
void FeedCatalog::addSatuData()
{
    const DemoScenario *s = &m_scenario;
    auto ckanFeed = [&](const char *id, const char *opd, const char *resource,
                        QList<std::pair<QString, QString>> fields, QStringList indicators,
                        std::function<QJsonArray(const QDateTime &)> records) {
        Feed feed;
        feed.id = QLatin1String(id);
        feed.opd = QLatin1String(opd);
        feed.format = FeedFormat::Ckan;
        feed.path = CkanPath;
        feed.selectorKey = QStringLiteral("resource_id");
        feed.selectorValue = QLatin1String(resource);
        feed.indicators = indicators;
        feed.staleBySeconds = 2 * 86400;
        feed.render = [resource = feed.selectorValue, fields, records](const QDateTime &now,
                                                                       const QUrlQuery &query) {
            return FeedEncoder::ckan(resource, fields, records(now), CkanPath, query);
        };
        m_feeds.append(feed);
    };
    const QString text = QStringLiteral("text");
    const QString numeric = QStringLiteral("numeric");
    const QString timestamp = QStringLiteral("timestamp");
    ckanFeed("bpkad-realisasi-apbd", "Badan Pengelolaan Keuangan dan Aset Daerah", "realisasi-apbd",
             {{QStringLiteral("tahun"), QStringLiteral("int")},
              {QStringLiteral("kode"), text},
              {QStringLiteral("uraian"), text},
              {QStringLiteral("anggaran"), numeric},
              {QStringLiteral("realisasi"), numeric},
              {QStringLiteral("persen"), numeric},
              {QStringLiteral("diperbarui"), timestamp}},
             {QStringLiteral("apbd.pendapatan.persen"), QStringLiteral("apbd.pendapatan.rupiah"),
              QStringLiteral("apbd.pad.rupiah"), QStringLiteral("apbd.belanja.persen"),
              QStringLiteral("apbd.belanja.rupiah")},
             [s](const QDateTime &now) { return s->apbdRecords(now); });
    ckanFeed("kominfo-aduan-status", "Dinas Komunikasi dan Informatika", "rekap-aduan-status",
             {{QStringLiteral("status"), text},
              {QStringLiteral("keterangan"), text},
              {QStringLiteral("jumlah"), QStringLiteral("int")},
              {QStringLiteral("diperbarui"), timestamp}},
             {QStringLiteral("aduan.status.belum_ditangani"),
              QStringLiteral("aduan.status.diproses"), QStringLiteral("aduan.status.selesai")},
             [s](const QDateTime &now) { return s->complaintStatusRecords(now); });
    ckanFeed("kominfo-aduan-kecamatan", "Dinas Komunikasi dan Informatika", "aduan-per-kecamatan",
             {{QStringLiteral("kode"), text},
              {QStringLiteral("kecamatan"), text},
              {QStringLiteral("jumlah"), QStringLiteral("int")},
              {QStringLiteral("diperbarui"), timestamp}},
             kecamatanIds(QStringLiteral("aduan.kec.{code}")),
             [s](const QDateTime &now) { return s->complaintKecamatanRecords(now); });
    ckanFeed("bpbd-kejadian-bencana", "Badan Penanggulangan Bencana Daerah", "kejadian-bencana",
             {{QStringLiteral("jenis"), text},
              {QStringLiteral("keterangan"), text},
              {QStringLiteral("jumlah"), QStringLiteral("int")},
              {QStringLiteral("tahun"), QStringLiteral("int")},
              {QStringLiteral("diperbarui"), timestamp}},
             {QStringLiteral("bencana.angin-kencang"), QStringLiteral("bencana.tanah-longsor"),
              QStringLiteral("bencana.gempa-bumi"), QStringLiteral("bencana.banjir"),
              QStringLiteral("bencana.kebakaran")},
             [s](const QDateTime &now) { return s->disasterRecords(now); });
    ckanFeed("dispendukcapil-perekaman-ktp-el", "Dinas Kependudukan dan Pencatatan Sipil",
             "perekaman-ktp-el",
             {{QStringLiteral("kode"), text},
              {QStringLiteral("wilayah"), text},
              {QStringLiteral("wajib_ktp"), QStringLiteral("int")},
              {QStringLiteral("sudah_rekam"), QStringLiteral("int")},
              {QStringLiteral("belum_rekam"), QStringLiteral("int")},
              {QStringLiteral("persen_rekam"), numeric},
              {QStringLiteral("diperbarui"), timestamp}},
             QStringList{QStringLiteral("ktpel.persen"), QStringLiteral("ktpel.belum-rekam")} +
                 kecamatanIds(QStringLiteral("ktpel.belum.{code}")),
             [s](const QDateTime &now) { return s->ktpRecords(now); });
}

// BPS Kabupaten Blitar's Web API: yearly statistics, the last three years published.
void FeedCatalog::addStatistics()
{
    const DemoScenario *s = &m_scenario;
    auto years = [s](const QDateTime &now) {
        const int latest = s->latestStatisticsYear(now);
        return QList<int>{latest - 2, latest - 1, latest};
    };

    Feed stunting;
    stunting.id = QStringLiteral("dinkes-stunting");
    stunting.opd = QStringLiteral("Dinas Kesehatan");
    stunting.format = FeedFormat::Bps;
    stunting.path = bpsPath(2203);
    stunting.indicators = QStringList{QStringLiteral("stunting.kabupaten")} +
                          kecamatanIds(QStringLiteral("stunting.kec.{code}"));
    stunting.staleBySeconds = 2 * 365 * 86400;
    stunting.render = [s, years](const QDateTime &now, const QUrlQuery &) {
        FeedEncoder::BpsTable table;
        table.var = 2203;
        table.label = QStringLiteral("Prevalensi Balita Stunting");
        table.unit = QStringLiteral("Persen");
        table.labelVervar = QStringLiteral("Kecamatan");
        table.vervars.append({3505, QStringLiteral("Kabupaten Blitar")});
        for (const Kecamatan &k : Kecamatan::blitar())
            table.vervars.append({bpsCode(k), k.name});
        table.years = years(now);
        table.value = [s](qint64 vervar, int year) -> std::optional<double> {
            if (vervar == 3505)
                return s->stuntingPercent(year, -1);
            const QList<Kecamatan> &all = Kecamatan::blitar();
            for (qsizetype i = 0; i < all.size(); ++i)
                if (bpsCode(all.at(i)) == vervar)
                    return s->stuntingPercent(year, int(i));
            return std::nullopt;
        };
        table.lastUpdate = QDateTime(QDate(table.years.last() + 1, 3, 28), QTime(10, 21), Qt::UTC);
        return FeedEncoder::bps(table);
    };
    m_feeds.append(stunting);

    Feed tourism;
    tourism.id = QStringLiteral("disparbud-kunjungan-wisata");
    tourism.opd = QStringLiteral("Dinas Pariwisata dan Kebudayaan");
    tourism.format = FeedFormat::Bps;
    tourism.path = bpsPath(2204);
    tourism.indicators = {QStringLiteral("wisata.kunjungan")};
    tourism.staleBySeconds = 365 * 86400;
    tourism.render = [s](const QDateTime &now, const QUrlQuery &) {
        FeedEncoder::BpsTable table;
        table.var = 2204;
        table.label = QStringLiteral("Jumlah Kunjungan Wisatawan");
        table.unit = QStringLiteral("Orang");
        table.labelVervar = QStringLiteral("Kabupaten");
        table.vervars.append({3505, QStringLiteral("Kabupaten Blitar")});
        // Tourism counts its visitors monthly, so the running year is there, so far.
        const int year = now.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Jakarta"))).date().year();
        table.years = {year - 2, year - 1, year};
        table.value = [s, now](qint64, int y) -> std::optional<double> {
            return s->touristVisits(y, now);
        };
        table.lastUpdate = now.addSecs(-(now.toSecsSinceEpoch() % 86400));
        return FeedEncoder::bps(table);
    };
    m_feeds.append(tourism);
}

// The regency's FIWARE context broker: river gauges (BPBD) and air quality (DLH).
void FeedCatalog::addSensors()
{
    const DemoScenario *s = &m_scenario;
    Feed river;
    river.id = QStringLiteral("bpbd-tinggi-muka-air");
    river.opd = QStringLiteral("Badan Penanggulangan Bencana Daerah");
    river.format = FeedFormat::Ngsi;
    river.path = NgsiPath;
    river.selectorKey = QStringLiteral("type");
    river.selectorValue = QStringLiteral("WaterLevel");
    for (int g = 0; g < DemoScenario::RiverGauges; ++g)
        river.indicators.append(QStringLiteral("tma.%1").arg(
            QString::fromLatin1(DemoScenario::riverGaugeName(g)).toLower()));
    river.staleBySeconds = 6 * 3600;
    river.render = [s](const QDateTime &now, const QUrlQuery &query) {
        QList<FeedEncoder::NgsiEntity> entities;
        const QDateTime reading =
            QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 600 * 600, Qt::UTC);
        for (int g = 0; g < DemoScenario::RiverGauges; ++g) {
            FeedEncoder::NgsiEntity e;
            e.id = QStringLiteral("urn:ngsi:WaterLevel:%1")
                       .arg(QLatin1String(DemoScenario::riverGaugeName(g)));
            e.type = QStringLiteral("WaterLevel");
            const double level = s->riverLevel(g, now);
            e.attributes.insert(QStringLiteral("level"), level);
            e.attributes.insert(QStringLiteral("alertLevel"), level >= 4.0 ? QStringLiteral("siaga")
                                                              : level >= 3.3
                                                                  ? QStringLiteral("waspada")
                                                                  : QStringLiteral("normal"));
            e.attributes.insert(QStringLiteral("river"), QStringLiteral("Kali Brantas"));
            e.observedAt = reading;
            entities.append(e);
        }
        return FeedEncoder::ngsi(entities, query.queryItemValue(QStringLiteral("options")) ==
                                               QLatin1String("keyValues"));
    };
    m_feeds.append(river);

    Feed air;
    air.id = QStringLiteral("dlh-kualitas-udara");
    air.opd = QStringLiteral("Dinas Lingkungan Hidup");
    air.format = FeedFormat::Ngsi;
    air.path = NgsiPath;
    air.selectorKey = QStringLiteral("type");
    air.selectorValue = QStringLiteral("AirQualityObserved");
    for (int st = 0; st < DemoScenario::AirStations; ++st)
        air.indicators.append(
            QStringLiteral("udara.pm25.%1")
                .arg(QString::fromLatin1(DemoScenario::airStationName(st)).toLower()));
    air.staleBySeconds = 12 * 3600;
    air.render = [s](const QDateTime &now, const QUrlQuery &query) {
        QList<FeedEncoder::NgsiEntity> entities;
        const QDateTime reading =
            QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
        for (int st = 0; st < DemoScenario::AirStations; ++st) {
            FeedEncoder::NgsiEntity e;
            e.id = QStringLiteral("urn:ngsi:AirQualityObserved:%1")
                       .arg(QLatin1String(DemoScenario::airStationName(st)));
            e.type = QStringLiteral("AirQualityObserved");
            e.attributes.insert(QStringLiteral("pm25"), s->pm25(st, now));
            e.attributes.insert(QStringLiteral("address"),
                                QStringLiteral("Kecamatan %1, Kabupaten Blitar")
                                    .arg(QLatin1String(DemoScenario::airStationName(st))));
            e.observedAt = reading;
            entities.append(e);
        }
        return FeedEncoder::ngsi(entities, query.queryItemValue(QStringLiteral("options")) ==
                                               QLatin1String("keyValues"));
    };
    m_feeds.append(air);
}

// The trade office's daily price sheet, exported from a spreadsheet: the last seven days.
void FeedCatalog::addPriceSheet()
{
    const DemoScenario *s = &m_scenario;
    Feed prices;
    prices.id = QStringLiteral("diskoperindag-harga-pangan");
    prices.opd = QStringLiteral("Dinas Koperasi dan Perdagangan");
    prices.format = FeedFormat::Csv;
    prices.path = QStringLiteral("/diskoperindag/harga-pangan.csv");
    const QJsonArray sample = s->foodPrices(QDateTime::fromSecsSinceEpoch(0, Qt::UTC))
                                  .value(QStringLiteral("data"))
                                  .toArray();
    for (const QJsonValue &row : sample)
        prices.indicators.append(
            QStringLiteral("harga.%1").arg(row[QStringLiteral("komoditas")].toString()));
    prices.staleBySeconds = 3 * 86400;
    prices.render = [s](const QDateTime &now, const QUrlQuery &) {
        const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
        const QTimeZone wib(QByteArrayLiteral("Asia/Jakarta"));
        // The sheet keeps the last seven days, oldest first, as the office's spreadsheet grows
        // a block of rows a day: a wall that has just started can draw the week's prices.
        QList<QStringList> table;
        for (int daysAgo = 6; daysAgo >= 0; --daysAgo) {
            const QDateTime at = now.addDays(-daysAgo);
            const QJsonArray rows = s->foodPrices(at).value(QStringLiteral("data")).toArray();
            const QJsonArray yesterday =
                s->foodPrices(at.addDays(-1)).value(QStringLiteral("data")).toArray();
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const double price = rows.at(i)[QStringLiteral("harga")].toDouble();
                const double before = yesterday.at(i)[QStringLiteral("harga")].toDouble();
                const double change = before > 0 ? (price - before) / before * 100 : 0;
                const QDateTime asOf = QDateTime::fromString(
                    rows.at(i)[QStringLiteral("diperbarui")].toString(), Qt::ISODate);
                table.append({rows.at(i)[QStringLiteral("nama")].toString(), QStringLiteral("kg"),
                              id.toString(price, 'f', 0), id.toString(before, 'f', 0),
                              id.toString(change, 'f', 2),
                              asOf.toTimeZone(wib).toString(QStringLiteral("dd-MM-yyyy HH.mm"))});
            }
        }
        return FeedEncoder::csv({QStringLiteral("Komoditas"), QStringLiteral("Satuan"),
                                 QStringLiteral("Harga Hari Ini"), QStringLiteral("Harga Kemarin"),
                                 QStringLiteral("Perubahan (%)"), QStringLiteral("Diperbarui")},
                                table);
    };
    m_feeds.append(prices);
}

// The command center's 112 system and SP4N-LAPOR!: plain JSON of their own design.
void FeedCatalog::addPlainJson()
{
    const DemoScenario *s = &m_scenario;
    using Payload = QJsonObject (DemoScenario::*)(const QDateTime &) const;
    auto jsonFeed = [&](const char *id, const char *path, Payload payload, QStringList indicators,
                        bool events, qint64 staleBy) {
        Feed feed;
        feed.id = QLatin1String(id);
        feed.opd = QStringLiteral("Dinas Komunikasi dan Informatika");
        feed.format = FeedFormat::Json;
        feed.path = QLatin1String(path);
        feed.indicators = indicators;
        feed.events = events;
        feed.staleBySeconds = staleBy;
        feed.render = [s, payload](const QDateTime &now, const QUrlQuery &) {
            return FeedEncoder::json((s->*payload)(now));
        };
        m_feeds.append(feed);
    };
    QStringList calls;
    for (const char *id :
         {"112.masuk", "112.dijawab", "112.asli", "112.prank", "112.ghost", "112.waktu-respon"})
        calls.append(QLatin1String(id));
    for (const char *category :
         {"kecelakaan", "penyakit", "kebakaran", "bencana", "kerusuhan", "binatang"})
        calls.append(QStringLiteral("112.kategori.%1").arg(QLatin1String(category)));
    jsonFeed("kominfo-112-harian", "/kominfo/112/ringkasan-harian", &DemoScenario::calls112Today,
             calls, false, 86400);
    jsonFeed("kominfo-112-insiden", "/kominfo/112/insiden", &DemoScenario::incidents112, {}, true,
             86400);
    jsonFeed("kominfo-aduan-terbaru", "/kominfo/aduan/terbaru", &DemoScenario::complaints, {}, true,
             7 * 86400);
    // The hospitals' bed report, gathered by the health office from SIRS.
    jsonFeed("dinkes-tempat-tidur", "/dinkes/sirs/tempat-tidur", &DemoScenario::hospitalBeds,
             {QStringLiteral("tt.kosong.ngudi-waluyo"), QStringLiteral("tt.kosong.srengat"),
              QStringLiteral("tt.bor.ngudi-waluyo"), QStringLiteral("tt.bor.srengat")},
             false, 86400);
    m_feeds.last().opd = QStringLiteral("Dinas Kesehatan");
}

} // namespace Pantau
