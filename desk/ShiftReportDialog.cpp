#include "ShiftReportDialog.h"

#include "ZonedDateTimeEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pantau {

ShiftReportDialog::ShiftReportDialog(const QDateTime &from, const QDateTime &until,
                                     const QTimeZone &zone, const QString &generatedBy,
                                     QWidget *parent)
    : QDialog(parent)
    , m_from(new ZonedDateTimeEdit(this))
    , m_until(new ZonedDateTimeEdit(this))
    , m_by(new QLineEdit(generatedBy, this))
    , m_givenFrom(from.toUTC())
    , m_givenUntil(until.toUTC())
{
    setWindowTitle(tr("Laporan shift alarm"));
    const QString zoneName = zone.abbreviation(until);
    m_from->setZone(zone);
    m_from->setInstant(from);
    m_until->setZone(zone);
    m_until->setInstant(until);
    auto *intro = new QLabel(tr("Laporan berisi jumlah dan laju peringatan, waktu pengakuan, "
                                "peringatan yang paling sering, berulang, berlarut dan ditunda, "
                                "serta siapa mengakui apa. Disimpan sebagai PDF dan CSV."),
                             this);
    intro->setWordWrap(true);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("sampai"), this));
    range->addWidget(m_until);
    range->addWidget(new QLabel(zoneName, this));
    m_by->setPlaceholderText(tr("nama operator atau supervisor"));

    auto *form = new QFormLayout;
    auto *rangeLabel = new QLabel(tr("&Rentang:"), this);
    rangeLabel->setBuddy(m_from); // a row of several fields gets no buddy by itself
    form->addRow(rangeLabel, range);
    form->addRow(tr("&Dibuat oleh:"), m_by);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Simpan…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QDateTime ShiftReportDialog::from() const
{
    return m_from->shows(m_givenFrom) ? m_givenFrom : m_from->instant();
}

QDateTime ShiftReportDialog::until() const
{
    return m_until->shows(m_givenUntil) ? m_givenUntil : m_until->instant();
}

QString ShiftReportDialog::generatedBy() const
{
    return m_by->text().trimmed();
}

} // namespace Pantau
