#include "ShiftReportPdf.h"

#include "locale/Formatter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Pantau {

// Named, not anonymous: the unity build puts this file beside others with a Column of their own.
namespace ShiftReportPrint {

// Device units: QPdfWriter at 300 dpi, so a hairline is still a hairline and a millimetre is
// about 11.8 units. Fonts are given in points, which the writer scales by its resolution.
constexpr int Dpi = 300;

double mm(double millimetres)
{
    return millimetres * Dpi / 25.4;
}

const QString FontFamily = QStringLiteral("DejaVu Sans");

// Print colours: dark ink on white, one navy for structure, and the wall's severity inks.
const QColor Ink(0x1b, 0x24, 0x30);
const QColor Muted(0x5b, 0x66, 0x75);
const QColor Hairline(0xcf, 0xd6, 0xde);
const QColor HeaderFill(0xed, 0xf1, 0xf5);
const QColor GroupFill(0xf5, 0xf7, 0xf9);
const QColor Navy(0x1f, 0x3a, 0x5f);
const QColor Bar(0x4a, 0x6f, 0x9c);
const QColor Peak(0xd9, 0x77, 0x06);
const QColor CriticalInk(0xb0, 0x10, 0x10);
const QColor WarningInk(0x9a, 0x5b, 0x00);
const QColor GoodInk(0x1b, 0x6e, 0x44);

QColor severityInk(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? CriticalInk : WarningInk;
}

QString severityText(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? ShiftReportPdf::tr("Kritis")
                                               : ShiftReportPdf::tr("Peringatan");
}

struct Column
{
    QString title;
    double weight = 1; // share of the content width
    Qt::Alignment align = Qt::AlignLeft;
};

struct Cell
{
    QString text;
    QString detail = QString(); // a smaller second line under the text (a rule's message)
    QColor color = Ink;
    bool bold = false;
};

struct Row
{
    QList<Cell> cells;
    bool group = false; // one cell across the table, introducing the rows below it
};

// Lays the report out top to bottom, page by page. It runs twice: once measuring only, to
// learn the page count for the footers, then drawing.
class Document
{
public:
    Document(QPdfWriter &writer, QPainter &painter, const ShiftReport &report,
             const Formatter &formatter, const ShiftReportPdf::Header &header)
        : m_writer(writer)
        , m_painter(painter)
        , m_report(report)
        , m_formatter(formatter)
        , m_header(header)
    {
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        m_content = page.adjusted(mm(18), mm(15), -mm(18), -mm(18));
        m_footerTop = page.bottom() - mm(14);
    }

    int run(bool draw, int pageCount)
    {
        m_draw = draw;
        m_pageCount = pageCount;
        m_page = 1;
        m_y = m_content.top();
        titleBlock();
        figureCards();
        chart();
        performanceTable();
        topTable();
        chatteringTable();
        standingTable();
        shelvedTable();
        acknowledgementTable();
        signatures();
        footer();
        return m_page;
    }

private:
    // --- drawing primitives -------------------------------------------------------------

    QFont font(double points, bool bold) const
    {
        QFont f(FontFamily);
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setStyleStrategy(QFont::PreferAntialias);
        return f;
    }

    double lineHeight(double points, bool bold) const
    {
        return QFontMetricsF(font(points, bold), &m_writer).height();
    }

    double textHeight(const QString &text, double width, double points, bool bold) const
    {
        if (text.isEmpty())
            return 0;
        return QFontMetricsF(font(points, bold), &m_writer)
            .boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text)
            .height();
    }

    double textWidth(const QString &text, double points, bool bold) const
    {
        return QFontMetricsF(font(points, bold), &m_writer).horizontalAdvance(text);
    }

    void text(const QRectF &rect, int flags, const QString &text, double points, bool bold,
              const QColor &color)
    {
        if (!m_draw || text.isEmpty())
            return;
        m_painter.setFont(font(points, bold));
        m_painter.setPen(color);
        m_painter.drawText(rect, flags, text);
    }

    void fill(const QRectF &rect, const QColor &color)
    {
        if (m_draw)
            m_painter.fillRect(rect, color);
    }

    void line(const QPointF &a, const QPointF &b, const QColor &color, double widthMm)
    {
        if (!m_draw)
            return;
        m_painter.setPen(QPen(color, mm(widthMm), Qt::SolidLine, Qt::FlatCap));
        m_painter.drawLine(a, b);
    }

    void ensureSpace(double height)
    {
        if (m_y + height > m_content.bottom())
            newPage();
    }

    void newPage()
    {
        footer();
        if (m_draw)
            m_writer.newPage();
        ++m_page;
        m_y = m_content.top();
        // A running head, so a loose page still says what it belongs to.
        const QString head = ShiftReportPdf::tr("Laporan Shift Alarm") + QStringLiteral(" · ") +
                             rangeText() + QStringLiteral(" · ") + m_header.commandCenter;
        const double h = lineHeight(7.5, false);
        text(QRectF(m_content.left(), m_y, m_content.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
             head, 7.5, false, Muted);
        m_y += h + mm(1.5);
        line(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), Hairline, 0.25);
        m_y += mm(4);
    }

    void footer()
    {
        const double h = lineHeight(7.5, false);
        line(QPointF(m_content.left(), m_footerTop), QPointF(m_content.right(), m_footerTop),
             Hairline, 0.25);
        const QRectF band(m_content.left(), m_footerTop + mm(1.5), m_content.width(), h);
        text(band, Qt::AlignLeft | Qt::AlignVCenter,
             QStringLiteral("Pantau · ") + ShiftReportPdf::tr("Laporan Shift Alarm") +
                 QStringLiteral(" · ") + rangeText(),
             7.5, false, Muted);
        text(band, Qt::AlignRight | Qt::AlignVCenter,
             ShiftReportPdf::tr("Halaman %1 dari %2")
                 .arg(m_formatter.number(m_page, 0), m_formatter.number(m_pageCount, 0)),
             7.5, false, Muted);
    }

    // --- words and numbers ------------------------------------------------------------

    // "Sabtu, 28 November 2026, 07.00–15.00 WIB", or both ends in full across midnight.
    QString rangeText() const
    {
        const QDateTime &from = m_report.from;
        const QDateTime &until = m_report.until;
        // A range ending at midnight is still the one day's.
        if (m_formatter.isSameDay(from, until.addMSecs(-1)))
            return m_formatter.date(from) + QStringLiteral(", ") + m_formatter.time(from) +
                   QStringLiteral("–") + m_formatter.time(until) + u' ' +
                   m_formatter.zoneAbbreviation(until);
        return m_formatter.dateTime(from) + QStringLiteral(" – ") + m_formatter.dateTime(until);
    }

    QString count(qint64 n) const { return m_formatter.number(double(n), 0); }

    // An event's time, as short as is clear within the report: "13.05", or "27 Nov 23.00" on
    // another day than the range's end.
    QString when(const QDateTime &time) const
    {
        if (!time.isValid())
            return QStringLiteral("—");
        return m_formatter.eventTime(time, m_report.until);
    }

    QString periodText(const QDateTime &start) const
    {
        return m_formatter.time(start) + QStringLiteral("–") +
               m_formatter.time(start.addMSecs(ShiftReport::PeriodMs));
    }

    // --- the parts of the report ------------------------------------------------------

    void titleBlock()
    {
        const double w = m_content.width();
        const double x = m_content.left();
        // A navy bar across the top: the document's one strong mark.
        fill(QRectF(x, m_y, w, mm(1.6)), Navy);
        m_y += mm(5);
        const double centerH = lineHeight(9, true);
        text(QRectF(x, m_y, w, centerH), Qt::AlignLeft | Qt::AlignVCenter,
             m_header.commandCenter.toUpper(), 9, true, Navy);
        m_y += centerH + mm(1);
        const double titleH = lineHeight(20, true);
        const QString title = ShiftReportPdf::tr("Laporan Shift Alarm");
        text(QRectF(x, m_y, w, titleH), Qt::AlignLeft | Qt::AlignVCenter, title, 20, true, Ink);
        if (m_header.englishSubtitles) {
            const double gap = mm(3);
            const double titleW = textWidth(title, 20, true);
            // On the title's baseline, small and grey.
            const QFontMetricsF big(font(20, true), &m_writer);
            const QFontMetricsF small(font(10, false), &m_writer);
            const double baseline = m_y + big.ascent();
            text(QRectF(x + titleW + gap, baseline - small.ascent(), w - titleW - gap,
                        small.height()),
                 Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Alarm shift report"), 10, false,
                 Muted);
        }
        m_y += titleH + mm(3);

        // Period and provenance: a label column, then the values.
        const QString generated = m_header.generatedAt.isValid()
                                      ? m_formatter.dateTime(m_header.generatedAt)
                                      : QStringLiteral("—");
        const QString by =
            m_header.generatedBy.isEmpty()
                ? generated
                : ShiftReportPdf::tr("%1 oleh %2").arg(generated, m_header.generatedBy);
        const double labelW = mm(22);
        const QList<std::pair<QString, QString>> facts{
            {ShiftReportPdf::tr("Periode"), rangeText()},
            {ShiftReportPdf::tr("Dibuat"), by},
        };
        for (const auto &[label, value] : facts) {
            const double h =
                std::max(textHeight(value, w - labelW, 9.5, false), lineHeight(9.5, false));
            text(QRectF(x, m_y, labelW, lineHeight(9.5, false)), Qt::AlignLeft | Qt::AlignVCenter,
                 label, 8, false, Muted);
            text(QRectF(x + labelW, m_y, w - labelW, h), Qt::AlignLeft | Qt::TextWordWrap, value,
                 9.5, label == facts.first().first, Ink);
            m_y += h + mm(0.8);
        }
        m_y += mm(2.2);
        line(QPointF(x, m_y), QPointF(m_content.right(), m_y), Navy, 0.4);
        m_y += mm(5);
    }

    void figureCards()
    {
        const ShiftReport &r = m_report;
        int critical = 0;
        int warning = 0;
        for (const ShiftReport::SeverityCount &c : r.raisedBySeverity)
            (c.severity == AlertSeverity::Critical ? critical : warning) += c.raised;

        struct Card
        {
            QString label;
            QString value;
            QString detail;
            QColor valueColor = Ink;
        };
        // ISA-18.2: about one alarm per ten minutes is very likely acceptable, two is the most
        // an operator can manage.
        const QColor rateColor =
            r.averagePerPeriod > 2 ? CriticalInk : (r.averagePerPeriod > 1 ? WarningInk : Ink);
        const QString ack =
            r.medianAcknowledgeSeconds
                ? ShiftReportPdf::shortDuration(*r.medianAcknowledgeSeconds, m_formatter)
                : QStringLiteral("—");
        QString ackDetail = r.p90AcknowledgeSeconds
                                ? ShiftReportPdf::tr("p90 %1").arg(ShiftReportPdf::shortDuration(
                                      *r.p90AcknowledgeSeconds, m_formatter))
                                : ShiftReportPdf::tr("belum ada yang diakui");
        QList<Card> cards{
            {ShiftReportPdf::tr("Alarm muncul"), count(r.raised),
             ShiftReportPdf::tr("%1 kritis · %2 peringatan").arg(count(critical), count(warning))},
            {ShiftReportPdf::tr("Rata-rata per 10 menit"),
             m_formatter.number(r.averagePerPeriod, 2), ShiftReportPdf::tr("acuan ISA-18.2: ≤ 1"),
             rateColor},
            {ShiftReportPdf::tr("Puncak per 10 menit"), count(r.peakPeriodRaised),
             r.peakPeriodStart.isValid() ? periodText(r.peakPeriodStart) : QStringLiteral("—"),
             r.peakPeriodRaised > ShiftReport::FloodRaises ? CriticalInk : Ink},
            {ShiftReportPdf::tr("Waktu akui (median)"), ack, ackDetail},
            {ShiftReportPdf::tr("Belum diakui"), count(r.unacknowledgedEvents),
             ShiftReportPdf::tr("dari %1 peristiwa").arg(count(r.raised)),
             r.unacknowledgedEvents > 0 ? WarningInk : GoodInk},
        };
        const double gap = mm(2.5);
        const double cardW = (m_content.width() - gap * double(cards.size() - 1)) / cards.size();
        const double pad = mm(2.5);
        const double innerW = cardW - 2 * pad - mm(0.6);
        const double valueH = lineHeight(16, true);
        // Labels and details wrap; every card takes the tallest one's height, so they align.
        double labelH = 0;
        double detailH = 0;
        for (Card &card : cards) {
            // Two facts that do not fit side by side go one under the other, not broken anywhere.
            if (textWidth(card.detail, 6.8, false) > innerW)
                card.detail.replace(QStringLiteral(" · "), QStringLiteral("\n"));
            labelH = std::max(labelH, textHeight(card.label, innerW, 7, false));
            detailH = std::max(detailH, textHeight(card.detail, innerW, 6.8, false));
        }
        const double cardH = pad + labelH + mm(1) + valueH + mm(0.5) + detailH + pad;
        ensureSpace(cardH);
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const Card &card = cards.at(i);
            const QRectF box(m_content.left() + double(i) * (cardW + gap), m_y, cardW, cardH);
            if (m_draw) {
                m_painter.setPen(QPen(Hairline, mm(0.3)));
                m_painter.setBrush(Qt::NoBrush);
                m_painter.drawRoundedRect(box, mm(1.2), mm(1.2));
                m_painter.fillRect(
                    QRectF(box.left(), box.top() + mm(1.2), mm(0.9), box.height() - mm(2.4)), Navy);
            }
            const double left = box.left() + pad + mm(0.6);
            double y = box.top() + pad;
            text(QRectF(left, y, innerW, labelH),
                 Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, card.label, 7, false, Muted);
            y += labelH + mm(1);
            text(QRectF(left, y, innerW, valueH), Qt::AlignLeft | Qt::AlignVCenter, card.value, 16,
                 true, card.valueColor);
            y += valueH + mm(0.5);
            text(QRectF(left, y, innerW, detailH), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                 card.detail, 6.8, false, Muted);
        }
        m_y += cardH + mm(6);
    }

    void heading(const QString &title, const QString &english, double keepWithNext)
    {
        const double h = lineHeight(11.5, true);
        ensureSpace(mm(3) + h + mm(2.5) + keepWithNext);
        if (m_y > m_content.top() + mm(12))
            m_y += mm(2.5);
        const double x = m_content.left();
        text(QRectF(x, m_y, m_content.width(), h), Qt::AlignLeft | Qt::AlignVCenter, title, 11.5,
             true, Navy);
        if (m_header.englishSubtitles && !english.isEmpty()) {
            const double titleW = textWidth(title, 11.5, true);
            const QFontMetricsF big(font(11.5, true), &m_writer);
            const QFontMetricsF small(font(7.5, false), &m_writer);
            const double baseline = m_y + big.ascent();
            text(QRectF(x + titleW + mm(2.5), baseline - small.ascent(),
                        m_content.width() - titleW - mm(2.5), small.height()),
                 Qt::AlignLeft | Qt::AlignTop, english, 7.5, false, Muted);
        }
        m_y += h + mm(2);
    }

    // What a heading keeps on its page below it: the note that a table is empty, or the
    // table's header and first rows.
    static double keepWith(bool empty) { return empty ? mm(5) : mm(16); }

    void note(const QString &words)
    {
        const double h = textHeight(words, m_content.width(), 7.5, false);
        ensureSpace(h);
        text(QRectF(m_content.left(), m_y, m_content.width(), h), Qt::AlignLeft | Qt::TextWordWrap,
             words, 7.5, false, Muted);
        m_y += h + mm(1);
    }

    void chart()
    {
        const QList<ShiftReport::Period> &periods = m_report.periods;
        const double chartH = mm(40);
        heading(ShiftReportPdf::tr("Alarm per 10 menit"), QStringLiteral("Alarms per 10 minutes"),
                m_report.raised == 0 ? keepWith(true) : chartH + mm(8));
        if (m_report.raised == 0) {
            // An empty chart says nothing a sentence cannot, in a tenth of the space.
            note(ShiftReportPdf::tr("Tidak ada alarm yang muncul dalam periode ini."));
            m_y += mm(2);
            return;
        }
        const double axisW = mm(8);
        const double labelH = lineHeight(6.8, false);
        const QRectF plot(m_content.left() + axisW, m_y + mm(1), m_content.width() - axisW,
                          chartH - labelH - mm(3));

        // A round step between gridlines, at most about five of them.
        const int peak = std::max(m_report.peakPeriodRaised, 1);
        int step = 1;
        for (const int candidate : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
            step = candidate;
            if (peak <= candidate * 5)
                break;
        }
        const int top = std::max(step * int(std::ceil(double(peak) / step)), std::min(4, step * 4));
        const auto yOf = [&](double value) {
            return plot.bottom() - plot.height() * value / top;
        };
        for (int value = 0; value <= top; value += step) {
            line(QPointF(plot.left(), yOf(value)), QPointF(plot.right(), yOf(value)),
                 value == 0 ? Muted : Hairline, value == 0 ? 0.3 : 0.2);
            text(QRectF(m_content.left(), yOf(value) - labelH / 2, axisW - mm(1.5), labelH),
                 Qt::AlignRight | Qt::AlignVCenter, count(value), 6.8, false, Muted);
        }
        if (top >= ShiftReport::FloodRaises && m_draw) {
            // The flood line: more than ten in a period.
            m_painter.setPen(QPen(CriticalInk, mm(0.25), Qt::DashLine));
            m_painter.drawLine(QPointF(plot.left(), yOf(ShiftReport::FloodRaises)),
                               QPointF(plot.right(), yOf(ShiftReport::FloodRaises)));
        }

        const qsizetype n = std::max<qsizetype>(periods.size(), 1);
        const double slot = plot.width() / double(n);
        const double barW = std::max(slot * 0.72, mm(0.3));
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const ShiftReport::Period &period = periods.at(i);
            if (period.raised == 0)
                continue;
            const QColor color = period.raised > ShiftReport::FloodRaises     ? CriticalInk
                                 : period.raised == m_report.peakPeriodRaised ? Peak
                                                                              : Bar;
            fill(QRectF(plot.left() + double(i) * slot + (slot - barW) / 2, yOf(period.raised),
                        barW, plot.bottom() - yOf(period.raised)),
                 color);
        }

        // Hour labels, spaced so that they never crowd: every 1, 2, 3… hours.
        const double labelW = textWidth(QStringLiteral("00.00"), 6.8, false) + mm(3);
        const double perHour = slot * 6;
        int everyHours = 1;
        for (const int candidate : {1, 2, 3, 4, 6, 12, 24, 48, 168}) {
            everyHours = candidate;
            if (perHour * candidate >= labelW)
                break;
        }
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const QDateTime local = periods.at(i).start.toTimeZone(m_formatter.zone());
            if (local.time().minute() != 0 || local.time().hour() % everyHours != 0)
                continue;
            const double x = plot.left() + double(i) * slot;
            line(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + mm(1)), Muted, 0.2);
            const QRectF label(x - labelW / 2, plot.bottom() + mm(1.3), labelW, labelH);
            if (label.left() < m_content.left() || label.right() > m_content.right() + mm(2))
                continue;
            const QString words = everyHours >= 24 ? m_formatter.shortDate(periods.at(i).start)
                                                   : m_formatter.time(periods.at(i).start);
            text(label, Qt::AlignHCenter | Qt::AlignVCenter, words, 6.8, false, Muted);
        }
        m_y += chartH;
        note(ShiftReportPdf::tr("Periode tetap 10 menit seperti ISA-18.2, waktu %1. Batang jingga: "
                                "puncak; merah: banjir alarm (lebih dari 10 per periode).")
                 .arg(m_formatter.zoneAbbreviation(m_report.until)));
        m_y += mm(2);
    }

    void table(const QList<Column> &columns, const QList<Row> &rows, const QString &emptyText)
    {
        if (rows.isEmpty()) {
            note(emptyText);
            return;
        }
        double total = 0;
        for (const Column &column : columns)
            total += column.weight;
        QList<double> xs{m_content.left()};
        for (const Column &column : columns)
            xs.append(xs.last() + m_content.width() * column.weight / total);

        const double padX = mm(1.6);
        const double padY = mm(1.2);
        const double bodyPt = 8;
        const double detailPt = 6.8;
        const double headerPt = 6.8;
        const auto cellWidth = [&](qsizetype c) {
            return xs.at(c + 1) - xs.at(c) - 2 * padX;
        };
        const auto headerHeight = [&] {
            double h = 0;
            for (qsizetype c = 0; c < columns.size(); ++c)
                h = std::max(h, textHeight(columns.at(c).title, cellWidth(c), headerPt, true));
            return h + 2 * padY;
        };
        const auto rowHeight = [&](const Row &row) {
            if (row.group)
                return lineHeight(bodyPt, true) + 2 * padY;
            double h = 0;
            for (qsizetype c = 0; c < row.cells.size() && c < columns.size(); ++c) {
                const Cell &cell = row.cells.at(c);
                double cellH = textHeight(cell.text, cellWidth(c), bodyPt, cell.bold);
                if (!cell.detail.isEmpty())
                    cellH += mm(0.3) + textHeight(cell.detail, cellWidth(c), detailPt, false);
                h = std::max(h, cellH);
            }
            return h + 2 * padY;
        };
        const auto drawHeader = [&] {
            const double h = headerHeight();
            fill(QRectF(m_content.left(), m_y, m_content.width(), h), HeaderFill);
            for (qsizetype c = 0; c < columns.size(); ++c)
                text(QRectF(xs.at(c) + padX, m_y + padY, cellWidth(c), h - 2 * padY),
                     int(columns.at(c).align | Qt::AlignVCenter) | Qt::TextWordWrap,
                     columns.at(c).title, headerPt, true, Muted);
            m_y += h;
        };

        // The header travels with the first row, and a group heading with its first row.
        ensureSpace(headerHeight() + rowHeight(rows.first()) +
                    (rows.first().group && rows.size() > 1 ? rowHeight(rows.at(1)) : 0));
        drawHeader();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            const double h = rowHeight(row);
            const double keep = row.group && i + 1 < rows.size() ? rowHeight(rows.at(i + 1)) : 0;
            if (m_y + h + keep > m_content.bottom()) {
                newPage();
                drawHeader();
            }
            if (row.group) {
                fill(QRectF(m_content.left(), m_y, m_content.width(), h), GroupFill);
                const Cell &cell = row.cells.value(0);
                text(QRectF(m_content.left() + padX, m_y, m_content.width() - 2 * padX, h),
                     Qt::AlignLeft | Qt::AlignVCenter, cell.text, bodyPt, true, Ink);
                if (!cell.detail.isEmpty())
                    text(QRectF(m_content.left() + padX, m_y, m_content.width() - 2 * padX, h),
                         Qt::AlignRight | Qt::AlignVCenter, cell.detail, detailPt, false, Muted);
            } else {
                for (qsizetype c = 0; c < row.cells.size() && c < columns.size(); ++c) {
                    const Cell &cell = row.cells.at(c);
                    const int flags = int(columns.at(c).align | Qt::AlignTop) | Qt::TextWordWrap;
                    const double textH = textHeight(cell.text, cellWidth(c), bodyPt, cell.bold);
                    text(QRectF(xs.at(c) + padX, m_y + padY, cellWidth(c), textH), flags, cell.text,
                         bodyPt, cell.bold, cell.color);
                    if (!cell.detail.isEmpty()) {
                        const double top = m_y + padY + textH + mm(0.3);
                        text(QRectF(xs.at(c) + padX, top, cellWidth(c),
                                    textHeight(cell.detail, cellWidth(c), detailPt, false)),
                             flags, cell.detail, detailPt, false, Muted);
                    }
                }
            }
            m_y += h;
            line(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), Hairline, 0.2);
        }
        m_y += mm(3);
    }

    Cell ruleCell(const QString &rule, const QString &message) const
    {
        return {message.isEmpty() ? rule : message, message.isEmpty() ? QString() : rule};
    }

    Cell severityCell(AlertSeverity severity) const
    {
        return {severityText(severity), {}, severityInk(severity), true};
    }

    void performanceTable()
    {
        const ShiftReport &r = m_report;
        heading(ShiftReportPdf::tr("Kinerja sistem alarm"),
                QStringLiteral("Alarm system performance (ISA-18.2)"), mm(20));
        // A value past its ISA-18.2 reference stands out in amber, red where it is far past.
        const auto number = [](const QString &text, const QColor &flag = Ink) {
            return Cell{text, {}, flag, flag != Ink};
        };
        const auto reference = [](const QString &text) {
            return Cell{text, {}, Muted};
        };
        QList<Row> rows;
        rows.append(
            {{{ShiftReportPdf::tr("Alarm muncul")}, number(count(r.raised)), reference({})}});
        // The critical ones first: what a head of the centre reads first.
        QList<ShiftReport::SeverityCount> severities = r.raisedBySeverity;
        std::reverse(severities.begin(), severities.end());
        for (const ShiftReport::SeverityCount &c : severities)
            rows.append({{{QStringLiteral("    ") + severityText(c.severity), {}, Muted},
                          number(count(c.raised)),
                          reference({})}});
        rows.append({{{ShiftReportPdf::tr("Rata-rata alarm per 10 menit")},
                      number(m_formatter.number(r.averagePerPeriod, 2),
                             r.averagePerPeriod > 2   ? CriticalInk
                             : r.averagePerPeriod > 1 ? WarningInk
                                                      : Ink),
                      reference(ShiftReportPdf::tr("≤ 1 dapat diterima; ≤ 2 batas terkelola"))}});
        rows.append({{{ShiftReportPdf::tr("Puncak alarm per 10 menit"),
                       r.peakPeriodStart.isValid() ? periodText(r.peakPeriodStart) : QString()},
                      number(count(r.peakPeriodRaised),
                             r.peakPeriodRaised > ShiftReport::FloodRaises ? CriticalInk : Ink),
                      reference(ShiftReportPdf::tr("≤ 10"))}});
        rows.append({{{ShiftReportPdf::tr("Periode banjir alarm (lebih dari 10)")},
                      number(ShiftReportPdf::tr("%1 dari %2")
                                 .arg(count(r.floodPeriods), count(r.periods.size())),
                             r.floodPeriods * 100 > r.periods.size() ? WarningInk : Ink),
                      reference(ShiftReportPdf::tr("< 1% periode"))}});
        const auto seconds = [&](const std::optional<double> &value) {
            return value
                       ? ShiftReportPdf::duration(qint64(std::llround(*value * 1000)), m_formatter)
                       : QStringLiteral("—");
        };
        rows.append({{{ShiftReportPdf::tr("Waktu akui, median")},
                      number(seconds(r.medianAcknowledgeSeconds)),
                      reference({})}});
        rows.append({{{ShiftReportPdf::tr("Waktu akui, persentil ke-90")},
                      number(seconds(r.p90AcknowledgeSeconds)),
                      reference({})}});
        rows.append({{{ShiftReportPdf::tr("Peristiwa diakui / belum diakui")},
                      number(count(r.acknowledgedEvents) + QStringLiteral(" / ") +
                             count(r.unacknowledgedEvents)),
                      reference({})}});
        rows.append({{{ShiftReportPdf::tr("Bagian 10 alarm tersering")},
                      number(m_formatter.value(r.topShare * 100, QStringLiteral("%"), 1)),
                      reference(ShiftReportPdf::tr("1–5% dari semua alarm"))}});
        rows.append({{{ShiftReportPdf::tr("Alarm berulang (chattering)")},
                      number(count(r.chattering.size()), r.chattering.isEmpty() ? Ink : WarningInk),
                      reference(ShiftReportPdf::tr("0"))}});
        rows.append({{{ShiftReportPdf::tr("Alarm berdiri lebih dari 24 jam")},
                      number(count(r.standing.size()), r.standing.size() >= 5 ? WarningInk : Ink),
                      reference(ShiftReportPdf::tr("< 5"))}});
        rows.append({{{ShiftReportPdf::tr("Alarm ditunda (shelved)")},
                      number(count(r.shelvings.size())),
                      reference({})}});
        table({{ShiftReportPdf::tr("Ukuran"), 5},
               {ShiftReportPdf::tr("Nilai"), 2.2, Qt::AlignRight},
               {ShiftReportPdf::tr("Acuan ISA-18.2"), 3.8}},
              rows, {});
    }

    void topTable()
    {
        heading(ShiftReportPdf::tr("10 alarm tersering"),
                QStringLiteral("Top 10 most frequent alarms"), keepWith(m_report.top.isEmpty()));
        QList<Row> rows;
        for (qsizetype i = 0; i < m_report.top.size(); ++i) {
            const ShiftReport::RuleCount &rule = m_report.top.at(i);
            const double share = m_report.raised > 0 ? 100.0 * rule.raised / m_report.raised : 0;
            rows.append({{{count(i + 1), {}, Muted},
                          ruleCell(rule.rule, rule.message),
                          severityCell(rule.severity),
                          {count(rule.raised), {}, Ink, true},
                          {m_formatter.value(share, QStringLiteral("%"), 1)}}});
        }
        table({{QStringLiteral("#"), 0.5, Qt::AlignRight},
               {ShiftReportPdf::tr("Alarm"), 7},
               {ShiftReportPdf::tr("Tingkat"), 1.5},
               {ShiftReportPdf::tr("Muncul"), 1.2, Qt::AlignRight},
               {ShiftReportPdf::tr("Bagian"), 1.3, Qt::AlignRight}},
              rows, ShiftReportPdf::tr("Tidak ada alarm yang muncul dalam periode ini."));
    }

    void chatteringTable()
    {
        heading(ShiftReportPdf::tr("Alarm berulang"),
                QStringLiteral("Chattering alarms: 3 or more within 60 s"),
                keepWith(m_report.chattering.isEmpty()));
        QList<Row> rows;
        for (const ShiftReport::Chattering &c : m_report.chattering)
            rows.append({{ruleCell(c.rule, c.message),
                          severityCell(c.severity),
                          {count(c.raised)},
                          {count(c.mostInWindow), {}, Ink, true},
                          {when(c.firstBurstAt)}}});
        table({{ShiftReportPdf::tr("Alarm"), 6},
               {ShiftReportPdf::tr("Tingkat"), 1.5},
               {ShiftReportPdf::tr("Muncul"), 1.2, Qt::AlignRight},
               {ShiftReportPdf::tr("Terbanyak dalam 60 detik"), 1.8, Qt::AlignRight},
               {ShiftReportPdf::tr("Pertama"), 1.5, Qt::AlignRight}},
              rows,
              ShiftReportPdf::tr("Tidak ada alarm yang muncul 3 kali atau lebih dalam 60 detik."));
    }

    void standingTable()
    {
        heading(ShiftReportPdf::tr("Alarm berdiri"),
                QStringLiteral("Standing alarms: active for more than 24 hours"),
                keepWith(m_report.standing.isEmpty()));
        QList<Row> rows;
        for (const ShiftReport::Standing &s : m_report.standing)
            rows.append(
                {{ruleCell(s.rule, s.message),
                  severityCell(s.severity),
                  {when(s.raisedAt)},
                  {s.endedAt.isValid() ? when(s.endedAt) : ShiftReportPdf::tr("masih aktif"),
                   {},
                   s.endedAt.isValid() ? Ink : CriticalInk,
                   !s.endedAt.isValid()},
                  {ShiftReportPdf::duration(s.activeMs, m_formatter), {}, Ink, true}}});
        table({{ShiftReportPdf::tr("Alarm"), 5.5},
               {ShiftReportPdf::tr("Tingkat"), 1.5},
               {ShiftReportPdf::tr("Muncul"), 1.8, Qt::AlignRight},
               {ShiftReportPdf::tr("Berakhir"), 1.8, Qt::AlignRight},
               {ShiftReportPdf::tr("Lama aktif"), 1.9, Qt::AlignRight}},
              rows, ShiftReportPdf::tr("Tidak ada alarm yang aktif lebih dari 24 jam."));
    }

    void shelvedTable()
    {
        heading(ShiftReportPdf::tr("Alarm ditunda"), QStringLiteral("Shelved alarms"),
                keepWith(m_report.shelvings.isEmpty()));
        QList<Row> rows;
        for (const ShiftReport::Shelving &s : m_report.shelvings) {
            const QString until =
                s.unshelvedAt.isValid()
                    ? ShiftReportPdf::tr("dilepas %1").arg(when(s.unshelvedAt))
                    : (s.expiresAt.isValid() ? ShiftReportPdf::tr("s.d. %1").arg(when(s.expiresAt))
                                             : ShiftReportPdf::tr("tanpa batas"));
            rows.append({{ruleCell(s.rule, s.message),
                          {s.person.isEmpty() ? QStringLiteral("—") : s.person, s.station},
                          {when(s.shelvedAt)},
                          {until, {}, s.unshelvedAt.isValid() ? Ink : WarningInk},
                          {s.reason.isEmpty() ? QStringLiteral("—") : s.reason}}});
        }
        table({{ShiftReportPdf::tr("Alarm"), 4},
               {ShiftReportPdf::tr("Oleh"), 2.1},
               {ShiftReportPdf::tr("Sejak"), 2.1, Qt::AlignRight},
               {ShiftReportPdf::tr("Hingga"), 2.5},
               {ShiftReportPdf::tr("Alasan"), 3.4}},
              rows, ShiftReportPdf::tr("Tidak ada alarm yang ditunda dalam periode ini."));
    }

    void acknowledgementTable()
    {
        heading(ShiftReportPdf::tr("Siapa mengakui apa"), QStringLiteral("Who acknowledged what"),
                keepWith(m_report.acknowledgements.isEmpty()));
        QList<Row> rows;
        const QList<ShiftReport::Acknowledgement> &acks = m_report.acknowledgements;
        for (qsizetype i = 0; i < acks.size(); ++i) {
            const ShiftReport::Acknowledgement &a = acks.at(i);
            if (i == 0 || acks.at(i - 1).person != a.person) {
                // Each person's count and typical time, on the line that introduces them.
                QList<double> seconds;
                qsizetype n = 0;
                for (qsizetype j = i; j < acks.size() && acks.at(j).person == a.person; ++j) {
                    ++n;
                    if (acks.at(j).acknowledgeMs)
                        seconds.append(double(*acks.at(j).acknowledgeMs) / 1000.0);
                }
                std::sort(seconds.begin(), seconds.end());
                QString summary = ShiftReportPdf::tr("%n pengakuan", nullptr, int(n));
                if (!seconds.isEmpty())
                    summary += QStringLiteral(" · ") +
                               ShiftReportPdf::tr("median waktu akui %1")
                                   .arg(ShiftReportPdf::shortDuration(
                                       ShiftReport::percentile(seconds, 0.5), m_formatter));
                const QString who =
                    a.person.isEmpty() ? ShiftReportPdf::tr("(tanpa nama)") : a.person;
                rows.append({{{who, summary}}, true});
            }
            // The station under the time: a person may move between desks within a shift.
            // The message alone: the rule ids are in the CSV, and the rows stay one line.
            rows.append({{{when(a.time), a.station},
                          {a.message.isEmpty() ? a.rule : a.message},
                          severityCell(a.severity),
                          {a.acknowledgeMs ? ShiftReportPdf::duration(*a.acknowledgeMs, m_formatter)
                                           : QStringLiteral("—")},
                          {a.note}}});
        }
        table({{ShiftReportPdf::tr("Waktu"), 1.4},
               {ShiftReportPdf::tr("Alarm"), 5.6},
               {ShiftReportPdf::tr("Tingkat"), 2},
               {ShiftReportPdf::tr("Waktu akui"), 1.9, Qt::AlignRight},
               {ShiftReportPdf::tr("Catatan"), 3.8}},
              rows, ShiftReportPdf::tr("Tidak ada pengakuan dalam periode ini."));
    }

    // Who made it and who saw it, as an Indonesian office report ends: the head signs the
    // printed copy above the dotted line.
    void signatures()
    {
        const double lineH = lineHeight(8.5, false);
        const double blockH = lineH * 2 + mm(10) + lineH;
        ensureSpace(mm(4) + blockH);
        m_y += mm(4);
        const double half = m_content.width() / 2;
        const QList<std::pair<QString, QString>> blocks{
            {ShiftReportPdf::tr("Dibuat oleh,"), m_header.generatedBy},
            {ShiftReportPdf::tr("Mengetahui,"), {}},
        };
        const QStringList roles{ShiftReportPdf::tr("Operator"),
                                ShiftReportPdf::tr("Kepala %1").arg(m_header.commandCenter)};
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const double x = m_content.left() + double(i) * half;
            const QRectF column(x, m_y, half - mm(8), lineH);
            text(column, Qt::AlignLeft | Qt::AlignVCenter, blocks.at(i).first, 8.5, false, Ink);
            text(column.translated(0, lineH), Qt::AlignLeft | Qt::AlignVCenter, roles.at(i), 8.5,
                 false, Muted);
            const double signY = m_y + lineH * 2 + mm(10);
            if (blocks.at(i).second.isEmpty()) {
                if (m_draw) {
                    m_painter.setPen(QPen(Muted, mm(0.25), Qt::DotLine));
                    m_painter.drawLine(QPointF(x, signY + lineH),
                                       QPointF(x + mm(60), signY + lineH));
                }
            } else {
                text(QRectF(x, signY, half - mm(8), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                     blocks.at(i).second, 8.5, true, Ink);
            }
        }
        m_y += blockH;
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    const ShiftReport &m_report;
    const Formatter &m_formatter;
    const ShiftReportPdf::Header &m_header;
    QRectF m_content;
    double m_footerTop = 0;
    bool m_draw = false;
    int m_page = 1;
    int m_pageCount = 1;
    double m_y = 0;
};

} // namespace ShiftReportPrint

QString ShiftReportPdf::duration(qint64 ms, const Formatter &formatter)
{
    const qint64 seconds = (std::max<qint64>(ms, 0) + 500) / 1000;
    const auto n = [&](qint64 value) {
        return formatter.number(double(value), 0);
    };
    if (seconds < 60)
        return tr("%1 dtk").arg(n(seconds));
    if (seconds < 3600)
        return tr("%1 mnt %2 dtk").arg(n(seconds / 60), n(seconds % 60));
    if (seconds < 48 * 3600)
        return tr("%1 jam %2 mnt").arg(n(seconds / 3600), n(seconds % 3600 / 60));
    return tr("%1 hari %2 jam").arg(n(seconds / 86400), n(seconds % 86400 / 3600));
}

QString ShiftReportPdf::shortDuration(double seconds, const Formatter &formatter)
{
    if (seconds < 100)
        return tr("%1 dtk").arg(formatter.number(seconds, 0));
    if (seconds < 6000)
        return tr("%1 mnt").arg(formatter.number(seconds / 60, 1));
    return tr("%1 jam").arg(formatter.number(seconds / 3600, 1));
}

bool ShiftReportPdf::write(const ShiftReport &report, const QString &path,
                           const Formatter &formatter, const Header &header, QString *error,
                           int *pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(ShiftReportPrint::Dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(tr("Laporan Shift Alarm") + QStringLiteral(" — ") + header.commandCenter);
    writer.setCreator(QStringLiteral("Pantau"));

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("%1: %2").arg(path, tr("PDF tidak dapat dibuat"));
        file.cancelWriting();
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    ShiftReportPrint::Document document(writer, painter, report, formatter, header);
    const int pageCount = document.run(false, 0);
    document.run(true, pageCount);
    painter.end();
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (pages)
        *pages = pageCount;
    return true;
}

} // namespace Pantau
