<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id">
<context>
    <name>AlarmLifecycle</name>
    <message>
        <source>masa tunda habis</source>
        <translation>shelve time expired</translation>
    </message>
    <message>
        <source>Aturan peringatan %1 tidak ada di konfigurasi.</source>
        <translation>Alert rule %1 is not in the configuration.</translation>
    </message>
    <message>
        <source>Peringatan %1 sudah pulih lalu muncul lagi pada %2; akui yang baru.</source>
        <translation>Alert %1 cleared and was raised again at %2; acknowledge the new one.</translation>
    </message>
    <message>
        <source>Peringatan %1 sudah pulih.</source>
        <translation>Alert %1 has cleared.</translation>
    </message>
    <message>
        <source>Peringatan %1 sudah diakui oleh %2 pada %3.</source>
        <translation>Alert %1 was already acknowledged by %2 at %3.</translation>
    </message>
    <message>
        <source>Peringatan %1 sedang tidak aktif (di luar layanan).</source>
        <translation>Alert %1 is inactive (out of service).</translation>
    </message>
    <message>
        <source>Menunda peringatan perlu alasan.</source>
        <translation>Shelving an alert needs a reason.</translation>
    </message>
    <message>
        <source>Batas waktu tunda harus sesudah sekarang.</source>
        <translation>The shelve end time must be later than now.</translation>
    </message>
    <message>
        <source>Peringatan dapat ditunda paling lama %1 jam.</source>
        <translation>An alert can be shelved for at most %1 hours.</translation>
    </message>
    <message>
        <source>Peringatan %1 tidak sedang ditunda.</source>
        <translation>Alert %1 is not shelved.</translation>
    </message>
    <message>
        <source>Peringatan %1 sudah di luar layanan.</source>
        <translation>Alert %1 is already out of service.</translation>
    </message>
    <message>
        <source>Menonaktifkan peringatan perlu alasan.</source>
        <translation>Taking an alert out of service needs a reason.</translation>
    </message>
    <message>
        <source>Peringatan %1 tidak di luar layanan.</source>
        <translation>Alert %1 is not out of service.</translation>
    </message>
</context>
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
    <name>Pantau::AboutDialog</name>
    <message>
        <source>Tentang Pantau</source>
        <translation>About Pantau</translation>
    </message>
    <message>
        <source>Versi %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Pantau adalah perangkat lunak dinding video command center Kabupaten Blitar. Pantau membaca data yang diterbitkan perangkat daerah (OPD), seperti realisasi APBD, aduan masyarakat, harga pangan, kesehatan, kebencanaan dan Call Center 112, lalu menampilkannya sebagai indikator Smart City di setiap monitor dinding.</source>
        <translation>Pantau is the video-wall software of the Kabupaten Blitar command center. It reads the data the regency&apos;s agencies (OPD) publish, such as budget realisation, citizen complaints, food prices, health, disasters and Call Center 112, and shows it as Smart City indicators on every monitor of the wall.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kredit data&lt;/b&gt;&lt;br&gt;Nama dan kode 22 kecamatan Kabupaten Blitar berasal dari &lt;a href=&quot;https://github.com/fityannugroho/idn-area-data&quot;&gt;idn-area-data&lt;/a&gt; 4.0.1, yang datanya dilisensikan di bawah &lt;a href=&quot;https://opendatacommons.org/licenses/odbl/1-0/&quot;&gt;Open Database License (ODbL) 1.0&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Data credits&lt;/b&gt;&lt;br&gt;The names and codes of the 22 kecamatan of Kabupaten Blitar come from &lt;a href=&quot;https://github.com/fityannugroho/idn-area-data&quot;&gt;idn-area-data&lt;/a&gt; 4.0.1, whose data is licensed under the &lt;a href=&quot;https://opendatacommons.org/licenses/odbl/1-0/&quot;&gt;Open Database License (ODbL) 1.0&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>Pantau::AcknowledgeDialog</name>
    <message>
        <source>Akui peringatan</source>
        <translation>Acknowledge alert</translation>
    </message>
    <message>
        <source>Pengguna sistem (%1) dicatat otomatis. Nama operator dan catatan boleh dikosongkan.</source>
        <translation>The system user (%1) is recorded automatically. Operator name and note may be left empty.</translation>
    </message>
    <message>
        <source>mis. Sari (supervisor shift pagi)</source>
        <translation>e.g. Sari (morning shift supervisor)</translation>
    </message>
    <message>
        <source>mis. Sudah dikoordinasikan dengan BPBD</source>
        <translation>e.g. Coordinated with BPBD</translation>
    </message>
    <message>
        <source>&amp;Nama operator:</source>
        <translation>&amp;Operator name:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Akui</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>Pantau::AlarmReasonDialog</name>
    <message>
        <source>Tunda peringatan</source>
        <translation>Shelve alert</translation>
    </message>
    <message>
        <source>Nonaktifkan aturan peringatan</source>
        <translation>Take alert rule out of service</translation>
    </message>
    <message>
        <source>&amp;Aturan:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>Peringatan yang ditunda tidak tampil dan tidak berbunyi sampai batas waktunya, lalu kembali dengan sendirinya. Alasannya masuk jurnal dan laporan shift.</source>
        <translation>A shelved alert is neither shown nor sounded until its time is up, then it comes back by itself. The reason goes into the journal and the shift report.</translation>
    </message>
    <message>
        <source>Aturan yang dinonaktifkan tidak menimbulkan peringatan sampai diaktifkan lagi dari meja kendali. Alasannya masuk jurnal dan laporan shift.</source>
        <translation>A rule taken out of service raises no alerts until it is returned to service from the control desk. The reason goes into the journal and the shift report.</translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jam</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lama tunda:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>mis. Sari (supervisor shift pagi)</source>
        <translation>e.g. Sari (morning shift supervisor)</translation>
    </message>
    <message>
        <source>mis. Pasar libur, harga tidak diperbarui</source>
        <translation>e.g. Market closed, prices not updated</translation>
    </message>
    <message>
        <source>mis. Sensor diganti, data tidak valid</source>
        <translation>e.g. Sensor replaced, data not valid</translation>
    </message>
    <message>
        <source>&amp;Nama operator:</source>
        <translation>&amp;Operator name:</translation>
    </message>
    <message>
        <source>A&amp;lasan (wajib):</source>
        <translation>Re&amp;ason (required):</translation>
    </message>
    <message>
        <source>&amp;Tunda</source>
        <translation>&amp;Shelve</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Take out of service</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
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
    <message>
        <source>Sudah pulih, belum diakui</source>
        <translation>Returned, unacknowledged</translation>
    </message>
    <message numerus="yes">
        <source>menahan %n peringatan</source>
        <translation>
            <numerusform>holding back %n alert</numerusform>
            <numerusform>holding back %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pantau::AlertsPanel</name>
    <message>
        <source>A&amp;kui…</source>
        <translation>Ac&amp;knowledge…</translation>
    </message>
    <message>
        <source>Catat bahwa peringatan terpilih sudah dilihat dan ditangani.</source>
        <translation>Record that the selected alert has been seen and handled.</translation>
    </message>
    <message>
        <source>Peringatan %1 diakui.</source>
        <translation>Alert %1 acknowledged.</translation>
    </message>
    <message>
        <source>Peringatan %1: menunggu collector.</source>
        <translation>Alert %1: waiting for the collector.</translation>
    </message>
    <message>
        <source>Akui &amp;semua…</source>
        <translation>Acknowledge a&amp;ll…</translation>
    </message>
    <message>
        <source>Akui setiap peringatan dalam daftar yang belum diakui.</source>
        <translation>Acknowledge every alert in the list that is not yet acknowledged.</translation>
    </message>
    <message>
        <source>&amp;Tunda…</source>
        <translation>&amp;Shelve…</translation>
    </message>
    <message>
        <source>Sembunyikan peringatan terpilih untuk sementara, dengan alasan; kembali sendiri pada batas waktunya.</source>
        <translation>Hide the selected alert for a while, with a reason; it comes back by itself when its time is up.</translation>
    </message>
    <message>
        <source>&amp;Batalkan tunda</source>
        <translation>&amp;Unshelve</translation>
    </message>
    <message>
        <source>Tampilkan lagi peringatan yang ditunda.</source>
        <translation>Show a shelved alert again.</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan…</source>
        <translation>&amp;Take out of service…</translation>
    </message>
    <message>
        <source>Keluarkan aturan peringatan dari layanan, dengan alasan.</source>
        <translation>Take the alert rule out of service, with a reason.</translation>
    </message>
    <message>
        <source>Akti&amp;fkan lagi</source>
        <translation>Return to ser&amp;vice</translation>
    </message>
    <message>
        <source>Kembalikan aturan yang dinonaktifkan ke layanan.</source>
        <translation>Put a rule that was taken out of service back in service.</translation>
    </message>
    <message>
        <source>S&amp;uara</source>
        <translation>S&amp;ound</translation>
    </message>
    <message>
        <source>Matikan suara peringatan di stasiun ini saja untuk sementara; mematikan suara tidak sama dengan mengakui.</source>
        <translation>Silence the alert sound at this station only, for a while; silencing is not the same as acknowledging.</translation>
    </message>
    <message numerus="yes">
        <source>Matikan %n menit</source>
        <translation>
            <numerusform>Silence for %n minute</numerusform>
            <numerusform>Silence for %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nyalakan lagi</source>
        <translation>Sound back on</translation>
    </message>
    <message>
        <source>Suara dimatikan sampai %1</source>
        <translation>Sound silenced until %1</translation>
    </message>
    <message numerus="yes">
        <source>Suara stasiun ini dimatikan %n menit; peringatan tetap harus diakui.</source>
        <translation>
            <numerusform>This station&apos;s sound is silenced for %n minute; alerts must still be acknowledged.</numerusform>
            <numerusform>This station&apos;s sound is silenced for %n minutes; alerts must still be acknowledged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suara stasiun ini menyala lagi.</source>
        <translation>This station&apos;s sound is on again.</translation>
    </message>
    <message>
        <source>Akui semua peringatan</source>
        <translation>Acknowledge all alerts</translation>
    </message>
    <message numerus="yes">
        <source>Akui %n peringatan yang belum diakui dalam daftar?

%1</source>
        <translation>
            <numerusform>Acknowledge %n unacknowledged alert in the list?

%1</numerusform>
            <numerusform>Acknowledge %n unacknowledged alerts in the list?

%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peringatan diakui.</source>
        <translation>
            <numerusform>%n alert acknowledged.</numerusform>
            <numerusform>%n alerts acknowledged.</numerusform>
        </translation>
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
    <name>Pantau::Collector</name>
    <message>
        <source>Konfigurasi situs tidak punya layar %1.</source>
        <translation>The site config has no screen %1.</translation>
    </message>
    <message>
        <source>Layar %1 tidak punya halaman %2.</source>
        <translation>Screen %1 has no page %2.</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal.</source>
        <translation>Unknown command.</translation>
    </message>
</context>
<context>
    <name>Pantau::ControlDesk</name>
    <message>
        <source>Pantau — Meja Kendali</source>
        <translation>Pantau — Control Desk</translation>
    </message>
    <message>
        <source>demo bawaan</source>
        <translation>built-in demo</translation>
    </message>
    <message>
        <source>Konfigurasi: %1</source>
        <translation>Configuration: %1</translation>
    </message>
    <message>
        <source>Muat &amp;ulang konfigurasi</source>
        <translation>&amp;Reload configuration</translation>
    </message>
    <message>
        <source>Baca ulang file konfigurasi (F5). Konfigurasi yang salah ditolak; dinding tetap seperti semula.</source>
        <translation>Read the configuration file again (F5). A wrong configuration is refused; the wall stays as it was.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layar dinding&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wall screens&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Halaman layar</source>
        <translation>Screen &amp;pages</translation>
    </message>
    <message>
        <source>&amp;Peringatan</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>&amp;Sumber data</source>
        <translation>&amp;Data sources</translation>
    </message>
    <message>
        <source>Konfigurasi dimuat ulang pukul %1 %2.</source>
        <translation>Configuration reloaded at %1 %2.</translation>
    </message>
    <message>
        <source>&amp;Peringatan (%1)</source>
        <translation>&amp;Alerts (%1)</translation>
    </message>
    <message>
        <source>“%1” tidak menampilkan indikator, jadi tidak punya riwayat.</source>
        <translation>“%1” shows no indicator, so it has no history.</translation>
    </message>
    <message>
        <source>Muat ulang pukul %1 ditolak; dinding tetap berjalan seperti semula. Perbaiki file lalu muat ulang:</source>
        <translation>Reload at %1 refused; the wall keeps running as it was. Fix the file, then reload:</translation>
    </message>
    <message>
        <source>Muat ulang pukul %1 gagal:</source>
        <translation>Reload at %1 failed:</translation>
    </message>
    <message>
        <source>&amp;Tentang Pantau</source>
        <translation>&amp;About Pantau</translation>
    </message>
    <message>
        <source>Versi, penjelasan singkat dan kredit data (F1)</source>
        <translation>Version, a short description and data credits (F1)</translation>
    </message>
    <message>
        <source>dari collector situs</source>
        <translation>from the site&apos;s collector</translation>
    </message>
    <message>
        <source>&amp;Mesin situs</source>
        <translation>Site &amp;machines</translation>
    </message>
    <message>
        <source>&amp;Mesin situs (putus)</source>
        <translation>Site &amp;machines (link down)</translation>
    </message>
    <message>
        <source>Terapkan lagi konfigurasi yang diterbitkan collector (F5). Konfigurasi situs diubah di collector.</source>
        <translation>Apply the config the collector published again (F5). The site&apos;s config is changed at the collector.</translation>
    </message>
    <message>
        <source>&amp;Riwayat</source>
        <translation>&amp;History</translation>
    </message>
</context>
<context>
    <name>Pantau::DeskColumns</name>
    <message>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>✖ Kritis</source>
        <translation>✖ Critical</translation>
    </message>
    <message>
        <source>▲ Waspada</source>
        <translation>▲ Warning</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>✓ Diakui %1</source>
        <translation>✓ Acknowledged %1</translation>
    </message>
    <message>
        <source>%1 (pengguna %2)</source>
        <translation>%1 (user %2)</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>✓ Normal</source>
        <translation>✓ Normal</translation>
    </message>
    <message>
        <source>◷ Terlambat</source>
        <translation>◷ Late</translation>
    </message>
    <message>
        <source>⚠ Gagal</source>
        <translation>⚠ Failing</translation>
    </message>
    <message>
        <source>… Menunggu</source>
        <translation>… Waiting</translation>
    </message>
    <message>
        <source>Terakhir berhasil</source>
        <translation>Last success</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Data terakhir lebih tua dari batas kesegarannya</source>
        <translation>The latest data is older than its freshness limit</translation>
    </message>
    <message>
        <source>● Aktif, belum diakui</source>
        <translation>● Active, unacknowledged</translation>
    </message>
    <message>
        <source>○ Sudah pulih, belum diakui</source>
        <translation>○ Returned, unacknowledged</translation>
    </message>
    <message>
        <source>⏸ Ditunda sampai %1</source>
        <translation>⏸ Shelved until %1</translation>
    </message>
    <message>
        <source>⊘ Ditahan: sumber data gagal</source>
        <translation>⊘ Suppressed: data source failing</translation>
    </message>
    <message>
        <source>⛔ Di luar layanan</source>
        <translation>⛔ Out of service</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message numerus="yes">
        <source>%1 (menahan %n peringatan)</source>
        <translation>
            <numerusform>%1 (holding back %n alert)</numerusform>
            <numerusform>%1 (holding back %n alerts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Catatan / alasan</source>
        <translation>Note / reason</translation>
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
    <message>
        <source>Waspada %1</source>
        <translation>Warning %1</translation>
    </message>
    <message>
        <source>Kritis %1</source>
        <translation>Critical %1</translation>
    </message>
</context>
<context>
    <name>Pantau::HistoryPanel</name>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Shift &amp;ini</source>
        <translation>&amp;This shift</translation>
    </message>
    <message>
        <source>Delapan jam terakhir</source>
        <translation>The last eight hours</translation>
    </message>
    <message>
        <source>&amp;24 jam</source>
        <translation>&amp;24 hours</translation>
    </message>
    <message>
        <source>Dua puluh empat jam terakhir</source>
        <translation>The last twenty-four hours</translation>
    </message>
    <message>
        <source>&amp;7 hari</source>
        <translation>&amp;7 days</translation>
    </message>
    <message>
        <source>Tujuh hari terakhir</source>
        <translation>The last seven days</translation>
    </message>
    <message>
        <source>Ti&amp;ngkat</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <source>In&amp;dikator / sumber</source>
        <translation>&amp;Indicator / source</translation>
    </message>
    <message>
        <source>&amp;OPD</source>
        <translation>A&amp;gency</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Kritis</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Waspada</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat urutan langkahnya.</source>
        <translation>Select a row to see its sequence of steps.</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Simpan baris yang tampil sebagai CSV untuk spreadsheet.</source>
        <translation>Save the rows shown as CSV for a spreadsheet.</translation>
    </message>
    <message>
        <source>&amp;Laporan shift…</source>
        <translation>&amp;Shift report…</translation>
    </message>
    <message>
        <source>Buat laporan shift alarm (PDF dan CSV) untuk serah terima.</source>
        <translation>Make an alarm shift report (PDF and CSV) for the handover.</translation>
    </message>
    <message>
        <source>Indikator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <source>Sumber: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Jurnal alarm tidak dapat dibuka: %1</source>
        <translation>Cannot open the alarm journal: %1</translation>
    </message>
    <message>
        <source>Tidak ada jurnal alarm.</source>
        <translation>There is no alarm journal.</translation>
    </message>
    <message>
        <source>Waktu mulai harus sebelum waktu akhir.</source>
        <translation>The start time must be before the end time.</translation>
    </message>
    <message>
        <source>Hanya %1 langkah terbaru yang ditampilkan; persempit rentang waktu atau filter untuk melihat yang lebih lama.</source>
        <translation>Only the %1 latest steps are shown; narrow the time range or the filters to see older ones.</translation>
    </message>
    <message>
        <source>Tidak ada langkah alarm yang cocok dalam rentang ini.</source>
        <translation>No alarm steps match in this range.</translation>
    </message>
    <message>
        <source>%1 langkah, terbaru di atas.</source>
        <translation>%1 steps, latest first.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — langkah aturan, bukan bagian dari satu kejadian</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — a rule step, not part of one event</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Urutan kejadian:&lt;/b&gt; %1 (%n langkah)</source>
        <translation>
            <numerusform>&lt;b&gt;Event timeline:&lt;/b&gt; %1 (%n step)</numerusform>
            <numerusform>&lt;b&gt;Event timeline:&lt;/b&gt; %1 (%n steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>Laporan shift disimpan: %1 dan %2</source>
        <translation>Shift report saved: %1 and %2</translation>
    </message>
    <message>
        <source>Laporan shift tidak tersimpan: %1</source>
        <translation>Shift report not saved: %1</translation>
    </message>
    <message>
        <source>Ekspor riwayat alarm</source>
        <translation>Export alarm history</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 langkah diekspor ke %2</source>
        <translation>%1 steps exported to %2</translation>
    </message>
    <message>
        <source>Ekspor gagal: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Simpan laporan shift</source>
        <translation>Save shift report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Riwayat alarm situs ini disimpan oleh collector (jurnal collector-alarms-….sqlite di mesin collector); meja kendali di situs belum dapat menampilkannya.</source>
        <translation>This site&apos;s alarm history is kept by the collector (the journal collector-alarms-….sqlite on the collector&apos;s machine); a desk of the site cannot show it yet.</translation>
    </message>
    <message>
        <source>Command Center Kabupaten Blitar</source>
        <translation>Command Center Kabupaten Blitar</translation>
    </message>
</context>
<context>
    <name>Pantau::HistoryTableModel</name>
    <message>
        <source>sistem</source>
        <translation>system</translation>
    </message>
    <message>
        <source>sampai %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Muncul</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Diakui</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Pulih (belum diakui)</source>
        <translation>Returned (unacknowledged)</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>Shelved</translation>
    </message>
    <message>
        <source>Tunda berakhir</source>
        <translation>Shelve expired</translation>
    </message>
    <message>
        <source>Tunda dibatalkan</source>
        <translation>Unshelved</translation>
    </message>
    <message>
        <source>Ditahan</source>
        <translation>Suppressed</translation>
    </message>
    <message>
        <source>Dilepas</source>
        <translation>Unsuppressed</translation>
    </message>
    <message>
        <source>Dinonaktifkan</source>
        <translation>Taken out of service</translation>
    </message>
    <message>
        <source>Diaktifkan lagi</source>
        <translation>Returned to service</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Aktif, belum diakui</source>
        <translation>Active, unacknowledged</translation>
    </message>
    <message>
        <source>Aktif, diakui</source>
        <translation>Active, acknowledged</translation>
    </message>
    <message>
        <source>Pulih, belum diakui</source>
        <translation>Returned, unacknowledged</translation>
    </message>
    <message>
        <source>Di luar layanan</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>✖ Kritis</source>
        <translation>✖ Critical</translation>
    </message>
    <message>
        <source>▲ Waspada</source>
        <translation>▲ Warning</translation>
    </message>
    <message>
        <source>%1
Aturan: %2</source>
        <translation>%1
Rule: %2</translation>
    </message>
    <message>
        <source>%1 (pengguna %2)</source>
        <translation>%1 (user %2)</translation>
    </message>
    <message>
        <source>Status peringatan sesudah langkah ini</source>
        <translation>Alert status after this step</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Stasiun</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Catatan / alasan</source>
        <translation>Note / reason</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1 oleh %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>nilai %1</source>
        <translation>value %1</translation>
    </message>
    <message>
        <source>%1 %2 setelah %3</source>
        <translation>%1 %2 after %3</translation>
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
    <name>Pantau::MachinesPanel</name>
    <message>
        <source>collector</source>
        <translation>collector</translation>
    </message>
    <message>
        <source>dinding</source>
        <translation>wall</translation>
    </message>
    <message>
        <source>meja kendali</source>
        <translation>control desk</translation>
    </message>
    <message>
        <source>kios</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>Mesin</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Layar</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Terhubung sejak</source>
        <translation>Connected since</translation>
    </message>
    <message>
        <source>Terakhir terdengar</source>
        <translation>Last heard</translation>
    </message>
    <message>
        <source>terhubung</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>sekarang</source>
        <translation>now</translation>
    </message>
    <message>
        <source>sebelum meja ini terhubung</source>
        <translation>before this desk connected</translation>
    </message>
    <message numerus="yes">
        <source>Situs: terhubung ke collector; %n proses aktif.</source>
        <translation>
            <numerusform>Site: linked to the collector; %n process active.</numerusform>
            <numerusform>Site: linked to the collector; %n processes active.</numerusform>
        </translation>
    </message>
    <message>
        <source>Situs terputus: %1</source>
        <translation>Site link down: %1</translation>
    </message>
</context>
<context>
    <name>Pantau::MqttClient</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>cannot resolve %1: %2</translation>
    </message>
    <message>
        <source>cannot make an MQTT client: %1</source>
        <translation>cannot make an MQTT client: %1</translation>
    </message>
    <message>
        <source>cannot set up TLS with %1: %2</source>
        <translation>cannot set up TLS with %1: %2</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>connection closed</translation>
    </message>
</context>
<context>
    <name>Pantau::PagesPanel</name>
    <message>
        <source>H&amp;alaman:</source>
        <translation>P&amp;age:</translation>
    </message>
    <message>
        <source>Se&amp;matkan halaman ini</source>
        <translation>P&amp;in this page</translation>
    </message>
    <message>
        <source>Tahan halaman ini di layar dinding; rotasi berhenti sampai dilepas.</source>
        <translation>Hold this page on the wall screen; rotation stops until released.</translation>
    </message>
    <message>
        <source>&amp;Lepas</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>Lanjutkan rotasi halaman di layar dinding.</source>
        <translation>Resume page rotation on the wall screen.</translation>
    </message>
    <message>
        <source>Simpan &amp;gambar layar…</source>
        <translation>Save screen &amp;image…</translation>
    </message>
    <message>
        <source>Simpan yang tampil di layar dinding ini sebagai PNG, seukuran layarnya.</source>
        <translation>Save what this wall screen shows as a PNG, at the screen&apos;s size.</translation>
    </message>
    <message>
        <source>Klik dua kali sebuah ubin untuk rincian, riwayat dan ekspor CSV.</source>
        <translation>Double-click a tile for details, history and CSV export.</translation>
    </message>
    <message>
        <source>Tidak ada layar</source>
        <translation>No screens</translation>
    </message>
    <message>
        <source>Di dinding: halaman %1 &lt;b&gt;disematkan&lt;/b&gt;, rotasi berhenti sampai dilepas.</source>
        <translation>On the wall: page %1 &lt;b&gt;pinned&lt;/b&gt;, rotation stopped until released.</translation>
    </message>
    <message>
        <source>Di dinding: halaman %1, berganti otomatis.</source>
        <translation>On the wall: page %1, rotating automatically.</translation>
    </message>
    <message>
        <source>Di dinding: satu halaman.</source>
        <translation>On the wall: one page.</translation>
    </message>
    <message>
        <source>Halaman %1 disematkan di %2.</source>
        <translation>Page %1 pinned on %2.</translation>
    </message>
    <message>
        <source>%1 kembali berganti halaman otomatis.</source>
        <translation>%1 rotates its pages automatically again.</translation>
    </message>
    <message>
        <source>tidak ada layar terpilih</source>
        <translation>no screen selected</translation>
    </message>
    <message>
        <source>Simpan gambar layar</source>
        <translation>Save screen image</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Gambar layar disimpan: %1</source>
        <translation>Screen image saved: %1</translation>
    </message>
    <message>
        <source>Gambar layar gagal disimpan</source>
        <translation>Could not save the screen image</translation>
    </message>
    <message>
        <source>Menyematkan halaman %1 di %2: menunggu collector.</source>
        <translation>Pinning page %1 on %2: waiting for the collector.</translation>
    </message>
    <message>
        <source>Melepas sematan %1: menunggu collector.</source>
        <translation>Releasing %1: waiting for the collector.</translation>
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
    <message>
        <source>Suara dimatikan sampai %1</source>
        <translation>Sound silenced until %1</translation>
    </message>
</context>
<context>
    <name>Pantau::ScreenMiniature</name>
    <message>
        <source>Hal. %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>◆ Disematkan · %1</source>
        <translation>◆ Pinned · %1</translation>
    </message>
</context>
<context>
    <name>Pantau::ShiftReportDialog</name>
    <message>
        <source>Laporan shift alarm</source>
        <translation>Alarm shift report</translation>
    </message>
    <message>
        <source>Laporan berisi jumlah dan laju peringatan, waktu pengakuan, peringatan yang paling sering, berulang, berlarut dan ditunda, serta siapa mengakui apa. Disimpan sebagai PDF dan CSV.</source>
        <translation>The report gives the number and rate of alarms, acknowledgement times, the most frequent, chattering, standing and shelved alarms, and who acknowledged what. Saved as PDF and CSV.</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>nama operator atau supervisor</source>
        <translation>operator or supervisor name</translation>
    </message>
    <message>
        <source>&amp;Rentang:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <source>&amp;Dibuat oleh:</source>
        <translation>&amp;Prepared by:</translation>
    </message>
    <message>
        <source>&amp;Simpan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>Pantau::SiteFollower</name>
    <message>
        <source>belum terhubung ke broker situs</source>
        <translation>not yet connected to the site broker</translation>
    </message>
    <message>
        <source>tautan ke broker situs terputus: %1</source>
        <translation>link to the site broker lost: %1</translation>
    </message>
    <message>
        <source>menunggu collector situs</source>
        <translation>waiting for the site collector</translation>
    </message>
    <message>
        <source>collector %1 tidak aktif</source>
        <translation>collector %1 is offline</translation>
    </message>
    <message>
        <source>menunggu kabar dari collector %1</source>
        <translation>waiting to hear from collector %1</translation>
    </message>
</context>
<context>
    <name>Pantau::SiteNode</name>
    <message>
        <source>Tautan ke situs terputus sebelum collector menjawab; ulangi bila perlu.</source>
        <translation>The site link went down before the collector answered; give the command again if needed.</translation>
    </message>
    <message>
        <source>Kios tidak mengirim perintah.</source>
        <translation>A kiosk sends no commands.</translation>
    </message>
    <message>
        <source>Perintah tidak terkirim: %1.</source>
        <translation>Command not sent: %1.</translation>
    </message>
    <message>
        <source>Perintah tidak terkirim: broker situs tidak terjangkau.</source>
        <translation>Command not sent: the site&apos;s broker cannot be reached.</translation>
    </message>
    <message>
        <source>Collector tidak menjawab dalam %1 detik. Periksa apakah mesin ini masuk ke broker sebagai peran desk (peran wall tidak boleh mengirim perintah); ulangi bila perlu.</source>
        <translation>The collector did not answer within %1 seconds. Check that this machine logs in to the broker in the desk role (the wall role may not send commands); give the command again if needed.</translation>
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
    <name>Pantau::TileDetailDialog</name>
    <message>
        <source>Rincian — %1</source>
        <translation>Details — %1</translation>
    </message>
    <message>
        <source>Waktu (%1)</source>
        <translation>Time (%1)</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Belum ada riwayat untuk ubin ini.</source>
        <translation>No history for this tile yet.</translation>
    </message>
    <message>
        <source>%1 sampel. Riwayat lama diringkas per menit lalu per jam (rata-rata).</source>
        <translation>%1 samples. Older history is summarised per minute, then per hour (averages).</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ekspor CSV gagal</source>
        <translation>CSV export failed</translation>
    </message>
    <message>
        <source>File tidak dapat ditulis:
%1</source>
        <translation>Cannot write the file:
%1</translation>
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
    <name>Pantau::Wall</name>
    <message>
        <source>Peringatan %1 sudah tidak aktif atau sudah diakui.</source>
        <translation>Alert %1 is no longer active or was already acknowledged.</translation>
    </message>
    <message>
        <source>Layar %1 tidak ada.</source>
        <translation>There is no screen %1.</translation>
    </message>
    <message>
        <source>Tautan situs %1</source>
        <translation>Site link %1</translation>
    </message>
    <message>
        <source>%1; layar ini mengambil data sendiri</source>
        <translation>%1; this screen fetches the data itself</translation>
    </message>
    <message>
        <source>Halaman %1 disematkan di %2.</source>
        <translation>Page %1 pinned on %2.</translation>
    </message>
    <message>
        <source>%1 kembali berganti halaman otomatis.</source>
        <translation>%1 turns its pages again.</translation>
    </message>
    <message>
        <source>Peringatan %1 diakui.</source>
        <translation>Alert %1 acknowledged.</translation>
    </message>
    <message>
        <source>Konfigurasi situs belum diterima dari collector.</source>
        <translation>The site config has not come from the collector yet.</translation>
    </message>
    <message>
        <source>Dinding sedang memuat ulang konfigurasi.</source>
        <translation>The wall is reloading its configuration.</translation>
    </message>
    <message>
        <source>Peringatan %1 ditunda.</source>
        <translation>Alert %1 shelved.</translation>
    </message>
    <message>
        <source>Peringatan %1 tidak ditunda lagi.</source>
        <translation>Alert %1 is no longer shelved.</translation>
    </message>
    <message>
        <source>Peringatan %1 dinonaktifkan.</source>
        <translation>Alert %1 taken out of service.</translation>
    </message>
    <message>
        <source>Peringatan %1 aktif kembali.</source>
        <translation>Alert %1 is back in service.</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal.</source>
        <translation>Unknown command.</translation>
    </message>
</context>
<context>
    <name>ShiftReportPdf</name>
    <message>
        <source>Kritis</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Laporan Shift Alarm</source>
        <translation>Alarm Shift Report</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 oleh %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>p90 %1</source>
        <translation>p90 %1</translation>
    </message>
    <message>
        <source>belum ada yang diakui</source>
        <translation>none acknowledged yet</translation>
    </message>
    <message>
        <source>Alarm muncul</source>
        <translation>Alarms raised</translation>
    </message>
    <message>
        <source>%1 kritis · %2 peringatan</source>
        <translation>%1 critical · %2 warning</translation>
    </message>
    <message>
        <source>Rata-rata per 10 menit</source>
        <translation>Average per 10 minutes</translation>
    </message>
    <message>
        <source>acuan ISA-18.2: ≤ 1</source>
        <translation>ISA-18.2 reference: ≤ 1</translation>
    </message>
    <message>
        <source>Puncak per 10 menit</source>
        <translation>Peak per 10 minutes</translation>
    </message>
    <message>
        <source>Waktu akui (median)</source>
        <translation>Time to acknowledge (median)</translation>
    </message>
    <message>
        <source>Belum diakui</source>
        <translation>Unacknowledged</translation>
    </message>
    <message>
        <source>dari %1 peristiwa</source>
        <translation>of %1 events</translation>
    </message>
    <message>
        <source>Alarm per 10 menit</source>
        <translation>Alarms per 10 minutes</translation>
    </message>
    <message>
        <source>Tidak ada alarm yang muncul dalam periode ini.</source>
        <translation>No alarms were raised in this period.</translation>
    </message>
    <message>
        <source>Periode tetap 10 menit seperti ISA-18.2, waktu %1. Batang jingga: puncak; merah: banjir alarm (lebih dari 10 per periode).</source>
        <translation>Fixed 10-minute periods as in ISA-18.2, times in %1. Orange bars: peak; red: alarm flood (more than 10 per period).</translation>
    </message>
    <message>
        <source>Kinerja sistem alarm</source>
        <translation>Alarm system performance</translation>
    </message>
    <message>
        <source>Rata-rata alarm per 10 menit</source>
        <translation>Average alarms per 10 minutes</translation>
    </message>
    <message>
        <source>≤ 1 dapat diterima; ≤ 2 batas terkelola</source>
        <translation>≤ 1 acceptable; ≤ 2 manageable</translation>
    </message>
    <message>
        <source>Puncak alarm per 10 menit</source>
        <translation>Peak alarms per 10 minutes</translation>
    </message>
    <message>
        <source>≤ 10</source>
        <translation>≤ 10</translation>
    </message>
    <message>
        <source>Periode banjir alarm (lebih dari 10)</source>
        <translation>Alarm flood periods (more than 10)</translation>
    </message>
    <message>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>&lt; 1% periode</source>
        <translation>&lt; 1% of periods</translation>
    </message>
    <message>
        <source>Waktu akui, median</source>
        <translation>Time to acknowledge, median</translation>
    </message>
    <message>
        <source>Waktu akui, persentil ke-90</source>
        <translation>Time to acknowledge, 90th percentile</translation>
    </message>
    <message>
        <source>Peristiwa diakui / belum diakui</source>
        <translation>Events acknowledged / unacknowledged</translation>
    </message>
    <message>
        <source>Bagian 10 alarm tersering</source>
        <translation>Share of the 10 most frequent alarms</translation>
    </message>
    <message>
        <source>1–5% dari semua alarm</source>
        <translation>1–5% of all alarms</translation>
    </message>
    <message>
        <source>Alarm berulang (chattering)</source>
        <translation>Chattering alarms</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Alarm berdiri lebih dari 24 jam</source>
        <translation>Alarms standing for more than 24 hours</translation>
    </message>
    <message>
        <source>&lt; 5</source>
        <translation>&lt; 5</translation>
    </message>
    <message>
        <source>Alarm ditunda (shelved)</source>
        <translation>Shelved alarms</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Acuan ISA-18.2</source>
        <translation>ISA-18.2 reference</translation>
    </message>
    <message>
        <source>10 alarm tersering</source>
        <translation>10 most frequent alarms</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Muncul</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Alarm berulang</source>
        <translation>Chattering alarms</translation>
    </message>
    <message>
        <source>Terbanyak dalam 60 detik</source>
        <translation>Most in 60 seconds</translation>
    </message>
    <message>
        <source>Pertama</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Tidak ada alarm yang muncul 3 kali atau lebih dalam 60 detik.</source>
        <translation>No alarm was raised 3 or more times within 60 seconds.</translation>
    </message>
    <message>
        <source>Alarm berdiri</source>
        <translation>Standing alarms</translation>
    </message>
    <message>
        <source>masih aktif</source>
        <translation>still active</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Lama aktif</source>
        <translation>Time active</translation>
    </message>
    <message>
        <source>Tidak ada alarm yang aktif lebih dari 24 jam.</source>
        <translation>No alarm was active for more than 24 hours.</translation>
    </message>
    <message>
        <source>Alarm ditunda</source>
        <translation>Shelved alarms</translation>
    </message>
    <message>
        <source>dilepas %1</source>
        <translation>unshelved %1</translation>
    </message>
    <message>
        <source>s.d. %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>tanpa batas</source>
        <translation>no time limit</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Hingga</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tidak ada alarm yang ditunda dalam periode ini.</source>
        <translation>No alarms were shelved in this period.</translation>
    </message>
    <message>
        <source>Siapa mengakui apa</source>
        <translation>Who acknowledged what</translation>
    </message>
    <message numerus="yes">
        <source>%n pengakuan</source>
        <translation>
            <numerusform>%n acknowledgement</numerusform>
            <numerusform>%n acknowledgements</numerusform>
        </translation>
    </message>
    <message>
        <source>median waktu akui %1</source>
        <translation>median time to acknowledge %1</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Waktu akui</source>
        <translation>Time to acknowledge</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tidak ada pengakuan dalam periode ini.</source>
        <translation>No acknowledgements in this period.</translation>
    </message>
    <message>
        <source>Dibuat oleh,</source>
        <translation>Prepared by,</translation>
    </message>
    <message>
        <source>Mengetahui,</source>
        <translation>Noted by,</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Kepala %1</source>
        <translation>Head of %1</translation>
    </message>
    <message>
        <source>%1 dtk</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 mnt %2 dtk</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 jam %2 mnt</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 hari %2 jam</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 mnt</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 jam</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>PDF tidak dapat dibuat</source>
        <translation>PDF could not be created</translation>
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
