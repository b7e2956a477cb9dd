#pragma once

#include "storage/SampleCsvWriter.h"

#include <QDialog>
#include <QList>

class QTableWidget;

namespace Pantau {

class Formatter;
class HistoryChart;
class IndicatorModel;

// The detail of one tile, opened by a double-click on the control desk: the whole history the
// wall keeps of the tile's indicators as a chart, the same samples as a table (time in WIB,
// value as the wall writes it), and "Ekspor CSV…" to take them elsewhere. The samples are read
// once when the dialog opens, so chart, table and CSV always agree.
class TileDetailDialog : public QDialog
{
    Q_OBJECT

public:
    TileDetailDialog(const QString &title, const QStringList &indicatorIds,
                     const IndicatorModel &indicators, const Formatter &formatter,
                     QWidget *parent = nullptr);

    const QList<SampleCsvWriter::Series> &samples() const { return m_samples; }
    HistoryChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }

    // Writes the samples to `path` as SampleCsvWriter describes. False, with the reason.
    bool exportCsv(const QString &path, QString *error) const;

private:
    void exportWithDialog();

    const Formatter &m_formatter;
    QString m_title;
    QList<SampleCsvWriter::Series> m_samples;
    HistoryChart *m_chart; // child
    QTableWidget *m_table; // child
};

} // namespace Pantau
