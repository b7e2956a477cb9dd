#include "AcknowledgeDialog.h"

#include "state/AlertModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pantau {

AcknowledgeDialog::AcknowledgeDialog(const QString &ruleId, const QString &message,
                                     const QString &operatorName, QWidget *parent)
    : QDialog(parent)
    , m_ruleId(ruleId)
    , m_operator(new QLineEdit(operatorName, this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Akui peringatan"));
    auto *text = new QLabel(message, this);
    text->setWordWrap(true);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    auto *who = new QLabel(tr("Pengguna sistem (%1) dicatat otomatis. Nama operator dan catatan "
                              "boleh dikosongkan.")
                               .arg(AlertModel::osUser()),
                           this);
    who->setWordWrap(true);
    m_operator->setPlaceholderText(tr("mis. Sari (supervisor shift pagi)"));
    m_note->setPlaceholderText(tr("mis. Sudah dikoordinasikan dengan BPBD"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4);

    auto *form = new QFormLayout;
    form->addRow(tr("&Nama operator:"), m_operator);
    form->addRow(tr("&Catatan:"), m_note);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Akui"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_operator->setFocus();
    resize(460, sizeHint().height());
}

QString AcknowledgeDialog::operatorName() const
{
    return m_operator->text().trimmed();
}

QString AcknowledgeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace Pantau
