#include "AboutDialog.h"

#include "PantauVersion.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Pantau {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Tentang Pantau"));
    auto *layout = new QVBoxLayout(this);

    auto *name = new QLabel(QStringLiteral("<h2>Pantau</h2>"), this);
    layout->addWidget(name);

    // The running binary's version, as --version prints it; a test binary may not set one.
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral(PANTAU_VERSION);
    m_version = new QLabel(tr("Versi %1").arg(version), this);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_version);

    auto *what = new QLabel(
        tr("Pantau adalah perangkat lunak dinding video command center Kabupaten Blitar. "
           "Pantau membaca data yang diterbitkan perangkat daerah (OPD), seperti realisasi "
           "APBD, aduan masyarakat, harga pangan, kesehatan, kebencanaan dan Call Center 112, "
           "lalu menampilkannya sebagai indikator Smart City di setiap monitor dinding."),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);

    // The same wording as README's "Data credits", so the credit reads alike everywhere.
    m_credit = new QLabel(
        tr("<b>Kredit data</b><br>Nama dan kode 22 kecamatan Kabupaten Blitar berasal dari "
           "<a href=\"https://github.com/fityannugroho/idn-area-data\">idn-area-data</a> "
           "4.0.1, yang datanya dilisensikan di bawah "
           "<a href=\"https://opendatacommons.org/licenses/odbl/1-0/\">Open Database License "
           "(ODbL) 1.0</a>."),
        this);
    m_credit->setWordWrap(true);
    m_credit->setTextFormat(Qt::RichText);
    m_credit->setOpenExternalLinks(true);
    m_credit->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_credit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::creditText() const
{
    return m_credit->text();
}

} // namespace Pantau
