#include "TileDetailDialog.h"

#include "locale/Formatter.h"
#include "screen/SnapshotWriter.h"
#include "state/IndicatorModel.h"
#include "tiles/HistoryChart.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Pantau {

TileDetailDialog::TileDetailDialog(const QString &title, const QStringList &indicatorIds,
                                   const IndicatorModel &indicators, const Formatter &formatter,
                                   QWidget *parent)
    : QDialog(parent)
    , m_formatter(formatter)
    , m_title(title)
    , m_chart(new HistoryChart(&formatter, this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Rincian — %1").arg(title));

    struct Row
    {
        double time;
        QString label;
        QString value;
    };
    QList<Row> rows;
    QList<HistoryChart::Series> lines;
    for (const QString &id : indicatorIds) {
        const QModelIndex index = indicators.indexOf(id);
        if (!index.isValid())
            continue;
        const QString label = index.data(IndicatorModel::LabelRole).toString();
        const QString unit = index.data(IndicatorModel::UnitRole).toString();
        const int decimals = index.data(IndicatorModel::DecimalsRole).toInt();
        const auto points = index.data(IndicatorModel::HistoryRole).value<QList<QPointF>>();
        m_samples.append({id, unit, points});
        lines.append({label, points});
        for (const QPointF &p : points)
            rows.append({p.x(), label, formatter.value(p.y(), unit, decimals)});
    }
    m_chart->setSeries(lines);

    // Newest first: the supervisor asks what happened last.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.time > b.time; });
    const QString zone = formatter.zoneAbbreviation(QDateTime::currentDateTimeUtc());
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Waktu (%1)").arg(zone), tr("Indikator"), tr("Nilai")});
    m_table->setRowCount(int(rows.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    for (int r = 0; r < rows.size(); ++r) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(rows[r].time), Qt::UTC);
        m_table->setItem(r, 0,
                         new QTableWidgetItem(QStringLiteral("%1 %2").arg(
                             formatter.shortDate(when), formatter.timeWithSeconds(when))));
        m_table->setItem(r, 1, new QTableWidgetItem(rows[r].label));
        auto *value = new QTableWidgetItem(rows[r].value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 2, value);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *summary = new QLabel(
        rows.isEmpty() ? tr("Belum ada riwayat untuk ubin ini.")
                       : tr("%1 sampel. Riwayat lama diringkas per menit lalu per jam (rata-rata).")
                             .arg(formatter.number(double(rows.size()), 0)),
        this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 420});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Tutup"));
    QPushButton *exportButton =
        buttons->addButton(tr("&Ekspor CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setEnabled(!rows.isEmpty());
    connect(exportButton, &QPushButton::clicked, this, &TileDetailDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 600);
}

bool TileDetailDialog::exportCsv(const QString &path, QString *error) const
{
    return SampleCsvWriter(m_formatter.zone()).write(path, m_samples, error);
}

void TileDetailDialog::exportWithDialog()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(SnapshotWriter::fileNameFor(m_title) + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Ekspor CSV"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Ekspor CSV gagal"),
                             tr("File tidak dapat ditulis:\n%1").arg(error));
}

} // namespace Pantau
