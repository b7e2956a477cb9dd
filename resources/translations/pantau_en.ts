<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id">
<context>
    <name>EventText</name>
    <message>
        <source>Laporan warga</source>
        <translation>Citizen reports</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>sumber data</source>
        <translation>data source</translation>
    </message>
    <message>
        <source>Server %1 tidak dapat dihubungi</source>
        <translation>Cannot reach the %1 server</translation>
    </message>
    <message>
        <source>Server %1 tidak menjawab</source>
        <translation>The %1 server is not answering</translation>
    </message>
    <message>
        <source>Server %1 sedang bermasalah</source>
        <translation>The %1 server has a problem</translation>
    </message>
    <message>
        <source>Akses ke data %1 ditolak</source>
        <translation>Access to %1 data was refused</translation>
    </message>
    <message>
        <source>Data %1 tidak ditemukan di alamatnya</source>
        <translation>%1 data is not at its address</translation>
    </message>
    <message>
        <source>Data dari %1 tidak dapat dibaca</source>
        <translation>Data from %1 cannot be read</translation>
    </message>
    <message>
        <source>Nilai ini tidak ada dalam data %1</source>
        <translation>This value is missing from %1 data</translation>
    </message>
    <message>
        <source>Data dari %1 terlalu besar, ditolak</source>
        <translation>Data from %1 is too large, refused</translation>
    </message>
    <message>
        <source>Sambungan aman ke %1 gagal</source>
        <translation>Secure connection to %1 failed</translation>
    </message>
    <message>
        <source>Kunci akses data %1 belum dipasang</source>
        <translation>The access key for %1 data is not set up</translation>
    </message>
    <message>
        <source>Gagal mengambil data %1</source>
        <translation>Could not fetch %1 data</translation>
    </message>
    <message>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n menit lalu</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jam lalu</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari lalu</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pantau::AlertBannerTile</name>
    <message>
        <source>Peringatan</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Tidak ada peringatan aktif</source>
        <translation>No active alerts</translation>
    </message>
    <message>
        <source>✖ KRITIS</source>
        <translation>✖ CRITICAL</translation>
    </message>
    <message>
        <source>▲ WASPADA</source>
        <translation>▲ WARNING</translation>
    </message>
    <message>
        <source>sejak %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Diakui oleh %1</source>
        <translation>Acknowledged by %1</translation>
    </message>
    <message>
        <source>+%1 peringatan lain</source>
        <translation>+%1 more alerts</translation>
    </message>
</context>
<context>
    <name>Pantau::BarChartTile</name>
    <message>
        <source>Perbandingan Indikator</source>
        <translation>Indicator comparison</translation>
    </message>
    <message>
        <source>Peringkat per Kecamatan</source>
        <translation>Ranking by district</translation>
    </message>
    <message>
        <source>Tidak ada indikator untuk ditampilkan</source>
        <translation>No indicators to show</translation>
    </message>
    <message>
        <source>+%1 lainnya</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>Pantau::ClockTile</name>
    <message>
        <source>Waktu Blitar</source>
        <translation>Blitar time</translation>
    </message>
</context>
<context>
    <name>Pantau::DonutTile</name>
    <message>
        <source>tanpa data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Pantau::FeedHealthTile</name>
    <message>
        <source>⚠ Gagal</source>
        <translation>⚠ Failing</translation>
    </message>
    <message>
        <source>◷ Terlambat</source>
        <translation>◷ Late</translation>
    </message>
    <message>
        <source>✓ Normal</source>
        <translation>✓ Normal</translation>
    </message>
    <message>
        <source>… Menunggu</source>
        <translation>… Waiting</translation>
    </message>
    <message>
        <source>sejak %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Kesehatan Feed</source>
        <translation>Feed health</translation>
    </message>
    <message numerus="yes">
        <source>%n sumber data</source>
        <translation>
            <numerusform>%n data source</numerusform>
            <numerusform>%n data sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Layar tidak terhubung: %1</source>
        <translation>Screen not connected: %1</translation>
    </message>
    <message>
        <source>+%1 lainnya, semua normal</source>
        <translation>+%1 more, all normal</translation>
    </message>
    <message>
        <source>+%1 lainnya</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>Pantau::GaugeTile</name>
    <message>
        <source>%1 dari target</source>
        <translation>%1 of target</translation>
    </message>
    <message>
        <source>Target belum ada</source>
        <translation>No target yet</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
</context>
<context>
    <name>Pantau::KecamatanMapTile</name>
    <message>
        <source>Sebaran per Kecamatan</source>
        <translation>By district</translation>
    </message>
    <message>
        <source>tanpa data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Peta skematis, bukan batas wilayah</source>
        <translation>Schematic map, not boundaries</translation>
    </message>
    <message>
        <source>Batas wilayah tidak terbaca, peta skematis</source>
        <translation>Boundaries unreadable, schematic map</translation>
    </message>
    <message>
        <source>Batas wilayah tidak terbaca</source>
        <translation>Boundaries unreadable</translation>
    </message>
    <message>
        <source>Peta skematis</source>
        <translation>Schematic map</translation>
    </message>
    <message>
        <source>Sungai Brantas</source>
        <translation>Brantas River</translation>
    </message>
    <message>
        <source>Brantas</source>
        <translation>Brantas</translation>
    </message>
    <message numerus="yes">
        <source>%n kecamatan tanpa batas wilayah</source>
        <translation>
            <numerusform>%n district without boundaries</numerusform>
            <numerusform>%n districts without boundaries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: tertinggi %2 %3, terendah %4 %5</source>
        <translation>%1: highest %2 %3, lowest %4 %5</translation>
    </message>
</context>
<context>
    <name>Pantau::KpiTile</name>
    <message>
        <source>%1 tepat target %2</source>
        <translation>%1 right on target %2</translation>
    </message>
    <message>
        <source>%1 %2 di atas target %3</source>
        <translation>%1 %2 above target %3</translation>
    </message>
    <message>
        <source>%1 %2 di bawah target %3</source>
        <translation>%1 %2 below target %3</translation>
    </message>
    <message>
        <source>%1 tetap dari sebelumnya</source>
        <translation>%1 unchanged from before</translation>
    </message>
    <message>
        <source>%1 %2 dari sebelumnya</source>
        <translation>%1 %2 from before</translation>
    </message>
    <message>
        <source>Dari cache, menunggu data baru</source>
        <translation>From cache, awaiting new data</translation>
    </message>
    <message>
        <source>Data lama, belum diperbarui</source>
        <translation>Old data, not updated</translation>
    </message>
    <message>
        <source>Nilai terakhir yang berhasil dimuat</source>
        <translation>Last value loaded successfully</translation>
    </message>
</context>
<context>
    <name>Pantau::LineChartTile</name>
    <message>
        <source>+%1 lainnya</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>Belum ada riwayat %1 jam terakhir</source>
        <translation>No history for the last %1 hours yet</translation>
    </message>
</context>
<context>
    <name>Pantau::ScreenHeader</name>
    <message>
        <source>%1 · Disematkan</source>
        <translation>%1 · Pinned</translation>
    </message>
    <message>
        <source>DATA DEMO</source>
        <translation>DEMO DATA</translation>
    </message>
</context>
<context>
    <name>Pantau::TableTile</name>
    <message>
        <source>Belum ada kejadian</source>
        <translation>No events yet</translation>
    </message>
</context>
<context>
    <name>Pantau::TickerTile</name>
    <message>
        <source>Belum ada kejadian</source>
        <translation>No events yet</translation>
    </message>
</context>
<context>
    <name>Pantau::Tile</name>
    <message>
        <source>Kejadian Terbaru</source>
        <translation>Latest events</translation>
    </message>
    <message>
        <source>Belum ada data</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>Cache, %1</source>
        <translation>Cache, %1</translation>
    </message>
    <message>
        <source>Dari cache, %1</source>
        <translation>From cache, %1</translation>
    </message>
    <message>
        <source>Diperbarui %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>Pantau::UnlockDialog</name>
    <message>
        <source>Buka kunci kios</source>
        <translation>Unlock kiosk</translation>
    </message>
    <message>
        <source>Masukkan PIN petugas untuk menutup mode kios.</source>
        <translation>Enter the staff PIN to end kiosk mode.</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Terlalu banyak PIN salah. Coba lagi setelah %1 detik.</source>
        <translation>Too many wrong PINs. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Terlalu banyak PIN salah. Terkunci %1 detik.</source>
        <translation>Too many wrong PINs. Locked for %1 seconds.</translation>
    </message>
    <message>
        <source>PIN salah.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Waspada</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Kritis</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Data lama</source>
        <translation>Old data</translation>
    </message>
    <message>
        <source>Galat</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Menunggu data</source>
        <translation>Waiting for data</translation>
    </message>
    <message>
        <source>Smart Governance</source>
        <translation>Smart Governance</translation>
    </message>
    <message>
        <source>Smart Economy</source>
        <translation>Smart Economy</translation>
    </message>
    <message>
        <source>Smart Society</source>
        <translation>Smart Society</translation>
    </message>
    <message>
        <source>Smart Living</source>
        <translation>Smart Living</translation>
    </message>
    <message>
        <source>Smart Environment</source>
        <translation>Smart Environment</translation>
    </message>
    <message>
        <source>Smart Branding</source>
        <translation>Smart Branding</translation>
    </message>
    <message>
        <source>Darurat 112</source>
        <translation>112 Emergency</translation>
    </message>
</context>
</TS>
