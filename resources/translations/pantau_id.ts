<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id">
<context>
    <name>AlarmLifecycle</name>
    <message>
        <source>masa tunda habis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aturan peringatan %1 tidak ada di konfigurasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 sudah pulih lalu muncul lagi pada %2; akui yang baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 sudah pulih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 sudah diakui oleh %2 pada %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 sedang tidak aktif (di luar layanan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunda peringatan perlu alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas waktu tunda harus sesudah sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan dapat ditunda paling lama %1 jam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 tidak sedang ditunda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 sudah di luar layanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menonaktifkan peringatan perlu alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 tidak di luar layanan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Laporan warga</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>sumber data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 tidak dapat dihubungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 tidak menjawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 sedang bermasalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akses ke data %1 ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data %1 tidak ditemukan di alamatnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data dari %1 tidak dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai ini tidak ada dalam data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data dari %1 terlalu besar, ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sambungan aman ke %1 gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci akses data %1 belum dipasang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal mengambil data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baru saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n menit lalu</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jam lalu</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari lalu</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pantau::AboutDialog</name>
    <message>
        <source>Tentang Pantau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantau adalah perangkat lunak dinding video command center Kabupaten Blitar. Pantau membaca data yang diterbitkan perangkat daerah (OPD), seperti realisasi APBD, aduan masyarakat, harga pangan, kesehatan, kebencanaan dan Call Center 112, lalu menampilkannya sebagai indikator Smart City di setiap monitor dinding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kredit data&lt;/b&gt;&lt;br&gt;Nama dan kode 22 kecamatan Kabupaten Blitar berasal dari &lt;a href=&quot;https://github.com/fityannugroho/idn-area-data&quot;&gt;idn-area-data&lt;/a&gt; 4.0.1, yang datanya dilisensikan di bawah &lt;a href=&quot;https://opendatacommons.org/licenses/odbl/1-0/&quot;&gt;Open Database License (ODbL) 1.0&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::AcknowledgeDialog</name>
    <message>
        <source>Akui peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna sistem (%1) dicatat otomatis. Nama operator dan catatan boleh dikosongkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Sari (supervisor shift pagi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Sudah dikoordinasikan dengan BPBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Akui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::AlarmReasonDialog</name>
    <message>
        <source>Tunda peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktifkan aturan peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aturan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan yang ditunda tidak tampil dan tidak berbunyi sampai batas waktunya, lalu kembali dengan sendirinya. Alasannya masuk jurnal dan laporan shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aturan yang dinonaktifkan tidak menimbulkan peringatan sampai diaktifkan lagi dari meja kendali. Alasannya masuk jurnal dan laporan shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jam</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lama tunda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Sari (supervisor shift pagi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Pasar libur, harga tidak diperbarui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Sensor diganti, data tidak valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lasan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tunda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::AlertBannerTile</name>
    <message>
        <source>Peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada peringatan aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ KRITIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ WASPADA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sejak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diakui oleh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 peringatan lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah pulih, belum diakui</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>menahan %n peringatan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pantau::AlertsPanel</name>
    <message>
        <source>A&amp;kui…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat bahwa peringatan terpilih sudah dilihat dan ditangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 diakui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1: menunggu collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akui &amp;semua…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akui setiap peringatan dalam daftar yang belum diakui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tunda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sembunyikan peringatan terpilih untuk sementara, dengan alasan; kembali sendiri pada batas waktunya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batalkan tunda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan lagi peringatan yang ditunda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarkan aturan peringatan dari layanan, dengan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akti&amp;fkan lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembalikan aturan yang dinonaktifkan ke layanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matikan suara peringatan di stasiun ini saja untuk sementara; mematikan suara tidak sama dengan mengakui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Matikan %n menit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nyalakan lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suara dimatikan sampai %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suara stasiun ini dimatikan %n menit; peringatan tetap harus diakui.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Suara stasiun ini menyala lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akui semua peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Akui %n peringatan yang belum diakui dalam daftar?

%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peringatan diakui.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pantau::BarChartTile</name>
    <message>
        <source>Perbandingan Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringkat per Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada indikator untuk ditampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 lainnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::ClockTile</name>
    <message>
        <source>Waktu Blitar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::Collector</name>
    <message>
        <source>Konfigurasi situs tidak punya layar %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layar %1 tidak punya halaman %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perintah tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::ControlDesk</name>
    <message>
        <source>Pantau — Meja Kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konfigurasi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat &amp;ulang konfigurasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baca ulang file konfigurasi (F5). Konfigurasi yang salah ditolak; dinding tetap seperti semula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Layar dinding&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Halaman layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sumber data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konfigurasi dimuat ulang pukul %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peringatan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” tidak menampilkan indikator, jadi tidak punya riwayat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat ulang pukul %1 ditolak; dinding tetap berjalan seperti semula. Perbaiki file lalu muat ulang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat ulang pukul %1 gagal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tentang Pantau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versi, penjelasan singkat dan kredit data (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dari collector situs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mesin situs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mesin situs (putus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terapkan lagi konfigurasi yang diterbitkan collector (F5). Konfigurasi situs diubah di collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::DeskColumns</name>
    <message>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Kritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Waspada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Diakui %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pengguna %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◷ Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terakhir berhasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data terakhir lebih tua dari batas kesegarannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Aktif, belum diakui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Sudah pulih, belum diakui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏸ Ditunda sampai %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⊘ Ditahan: sumber data gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ Di luar layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (menahan %n peringatan)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan / alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::DonutTile</name>
    <message>
        <source>tanpa data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::FeedHealthTile</name>
    <message>
        <source>⚠ Gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◷ Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sejak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesehatan Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sumber data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layar tidak terhubung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 lainnya, semua normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 lainnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::GaugeTile</name>
    <message>
        <source>%1 dari target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waspada %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kritis %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::HistoryPanel</name>
    <message>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift &amp;ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delapan jam terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;24 jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dua puluh empat jam terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;7 hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujuh hari terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;ngkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;dikator / sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waspada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat urutan langkahnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan baris yang tampil sebagai CSV untuk spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Laporan shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat laporan shift alarm (PDF dan CSV) untuk serah terima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurnal alarm tidak dapat dibuka: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada jurnal alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu mulai harus sebelum waktu akhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya %1 langkah terbaru yang ditampilkan; persempit rentang waktu atau filter untuk melihat yang lebih lama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada langkah alarm yang cocok dalam rentang ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 langkah, terbaru di atas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — langkah aturan, bukan bagian dari satu kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Urutan kejadian:&lt;/b&gt; %1 (%n langkah)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Laporan shift disimpan: %1 dan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan shift tidak tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor riwayat alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 langkah diekspor ke %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat alarm situs ini disimpan oleh collector (jurnal collector-alarms-….sqlite di mesin collector); meja kendali di situs belum dapat menampilkannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Center Kabupaten Blitar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::HistoryTableModel</name>
    <message>
        <source>sistem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampai %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muncul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diakui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulih (belum diakui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunda berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunda dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilepas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diaktifkan lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif, belum diakui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif, diakui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulih, belum diakui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di luar layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Kritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Waspada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Aturan: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pengguna %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status peringatan sesudah langkah ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stasiun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan / alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 oleh %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nilai %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 setelah %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::KecamatanMapTile</name>
    <message>
        <source>Sebaran per Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peta skematis, bukan batas wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas wilayah tidak terbaca, peta skematis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas wilayah tidak terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peta skematis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sungai Brantas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brantas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kecamatan tanpa batas wilayah</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: tertinggi %2 %3, terendah %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::KpiTile</name>
    <message>
        <source>%1 tepat target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 di atas target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 di bawah target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tetap dari sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 dari sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari cache, menunggu data baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data lama, belum diperbarui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai terakhir yang berhasil dimuat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::LineChartTile</name>
    <message>
        <source>+%1 lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada riwayat %1 jam terakhir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::MachinesPanel</name>
    <message>
        <source>collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meja kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terhubung sejak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terakhir terdengar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terhubung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sebelum meja ini terhubung</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Situs: terhubung ke collector; %n proses aktif.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Situs terputus: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::MqttClient</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>nama %1 tidak dapat dicari: %2</translation>
    </message>
    <message>
        <source>cannot make an MQTT client: %1</source>
        <translation>klien MQTT tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>cannot set up TLS with %1: %2</source>
        <translation>TLS dengan %1 tidak dapat disiapkan: %2</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>sambungan ditutup</translation>
    </message>
</context>
<context>
    <name>Pantau::PagesPanel</name>
    <message>
        <source>H&amp;alaman:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;matkan halaman ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahan halaman ini di layar dinding; rotasi berhenti sampai dilepas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lepas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjutkan rotasi halaman di layar dinding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;gambar layar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan yang tampil di layar dinding ini sebagai PNG, seukuran layarnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik dua kali sebuah ubin untuk rincian, riwayat dan ekspor CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di dinding: halaman %1 &lt;b&gt;disematkan&lt;/b&gt;, rotasi berhenti sampai dilepas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di dinding: halaman %1, berganti otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di dinding: satu halaman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halaman %1 disematkan di %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kembali berganti halaman otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak ada layar terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan gambar layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar layar disimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar layar gagal disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyematkan halaman %1 di %2: menunggu collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melepas sematan %1: menunggu collector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::ScreenHeader</name>
    <message>
        <source>%1 · Disematkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suara dimatikan sampai %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::ScreenMiniature</name>
    <message>
        <source>Hal. %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ Disematkan · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::ShiftReportDialog</name>
    <message>
        <source>Laporan shift alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan berisi jumlah dan laju peringatan, waktu pengakuan, peringatan yang paling sering, berulang, berlarut dan ditunda, serta siapa mengakui apa. Disimpan sebagai PDF dan CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nama operator atau supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rentang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dibuat oleh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::SiteFollower</name>
    <message>
        <source>belum terhubung ke broker situs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tautan ke broker situs terputus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menunggu collector situs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collector %1 tidak aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menunggu kabar dari collector %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::SiteNode</name>
    <message>
        <source>Tautan ke situs terputus sebelum collector menjawab; ulangi bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kios tidak mengirim perintah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perintah tidak terkirim: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perintah tidak terkirim: broker situs tidak terjangkau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector tidak menjawab dalam %1 detik. Periksa apakah mesin ini masuk ke broker sebagai peran desk (peran wall tidak boleh mengirim perintah); ulangi bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::TableTile</name>
    <message>
        <source>Belum ada kejadian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::TickerTile</name>
    <message>
        <source>Belum ada kejadian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::Tile</name>
    <message>
        <source>Kejadian Terbaru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari cache, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diperbarui %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::TileDetailDialog</name>
    <message>
        <source>Rincian — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada riwayat untuk ubin ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sampel. Riwayat lama diringkas per menit lalu per jam (rata-rata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor CSV gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File tidak dapat ditulis:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::UnlockDialog</name>
    <message>
        <source>Buka kunci kios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masukkan PIN petugas untuk menutup mode kios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlalu banyak PIN salah. Coba lagi setelah %1 detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlalu banyak PIN salah. Terkunci %1 detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN salah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pantau::Wall</name>
    <message>
        <source>Peringatan %1 sudah tidak aktif atau sudah diakui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layar %1 tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tautan situs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; layar ini mengambil data sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halaman %1 disematkan di %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kembali berganti halaman otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 diakui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konfigurasi situs belum diterima dari collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinding sedang memuat ulang konfigurasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 ditunda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 tidak ditunda lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 dinonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan %1 aktif kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perintah tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReportPdf</name>
    <message>
        <source>Kritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan Shift Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 oleh %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum ada yang diakui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm muncul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kritis · %2 peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rata-rata per 10 menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acuan ISA-18.2: ≤ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puncak per 10 menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu akui (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum diakui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dari %1 peristiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm per 10 menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada alarm yang muncul dalam periode ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode tetap 10 menit seperti ISA-18.2, waktu %1. Batang jingga: puncak; merah: banjir alarm (lebih dari 10 per periode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja sistem alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rata-rata alarm per 10 menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ 1 dapat diterima; ≤ 2 batas terkelola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puncak alarm per 10 menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode banjir alarm (lebih dari 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dari %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1% periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu akui, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu akui, persentil ke-90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peristiwa diakui / belum diakui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagian 10 alarm tersering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5% dari semua alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm berulang (chattering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm berdiri lebih dari 24 jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm ditunda (shelved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acuan ISA-18.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 alarm tersering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muncul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm berulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbanyak dalam 60 detik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada alarm yang muncul 3 kali atau lebih dalam 60 detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm berdiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masih aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lama aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada alarm yang aktif lebih dari 24 jam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm ditunda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dilepas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.d. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hingga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada alarm yang ditunda dalam periode ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siapa mengakui apa</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pengakuan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>median waktu akui %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu akui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada pengakuan dalam periode ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuat oleh,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengetahui,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepala %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dtk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mnt %2 dtk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jam %2 mnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hari %2 jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF tidak dapat dibuat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waspada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart Society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart Living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart Branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darurat 112</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
