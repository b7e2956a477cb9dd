#include "AlarmReasonDialog.h"

#include "state/AlertModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pantau {

AlarmReasonDialog::AlarmReasonDialog(Kind kind, const QString &ruleId, const QString &message,
                                     const QList<AlertRule> &rules, int maxShelveHours,
                                     const QString &operatorName, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_ruleId(ruleId)
    , m_operator(new QLineEdit(operatorName, this))
    , m_reason(new QPlainTextEdit(this))
{
    const bool shelve = kind == Kind::Shelve;
    setWindowTitle(shelve ? tr("Tunda peringatan") : tr("Nonaktifkan aturan peringatan"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (ruleId.isEmpty()) {
        m_rule = new QComboBox(this);
        for (const AlertRule &rule : rules)
            m_rule->addItem(rule.message.id.isEmpty()
                                ? rule.id
                                : QStringLiteral("%1 — %2").arg(rule.id, rule.message.id),
                            rule.id);
        form->addRow(tr("&Aturan:"), m_rule);
    } else {
        auto *text = new QLabel(message, this);
        text->setWordWrap(true);
        QFont bold = text->font();
        bold.setBold(true);
        text->setFont(bold);
        layout->addWidget(text);
    }
    auto *explain = new QLabel(
        shelve ? tr("Peringatan yang ditunda tidak tampil dan tidak berbunyi sampai batas "
                    "waktunya, lalu kembali dengan sendirinya. Alasannya masuk jurnal dan "
                    "laporan shift.")
               : tr("Aturan yang dinonaktifkan tidak menimbulkan peringatan sampai diaktifkan "
                    "lagi dari meja kendali. Alasannya masuk jurnal dan laporan shift."),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    if (shelve) {
        m_duration = new QComboBox(this);
        for (const int minutes : {15, 30, 60, 120, 240, 480, 720, 1440, 4320}) {
            if (minutes > maxShelveHours * 60)
                continue;
            m_duration->addItem(minutes < 60 ? tr("%n menit", nullptr, minutes)
                                             : tr("%n jam", nullptr, minutes / 60),
                                minutes * 60);
        }
        // The longest allowed, when it is not one of the steps above (a config's own maximum).
        if (m_duration->count() == 0 ||
            m_duration->itemData(m_duration->count() - 1).toInt() < maxShelveHours * 3600)
            m_duration->addItem(tr("%n jam", nullptr, maxShelveHours), maxShelveHours * 3600);
        m_duration->setCurrentIndex(std::min(2, m_duration->count() - 1)); // an hour
        form->addRow(tr("&Lama tunda:"), m_duration);
    }
    m_operator->setPlaceholderText(tr("mis. Sari (supervisor shift pagi)"));
    m_reason->setPlaceholderText(shelve ? tr("mis. Pasar libur, harga tidak diperbarui")
                                        : tr("mis. Sensor diganti, data tidak valid"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4);
    form->addRow(tr("&Nama operator:"), m_operator);
    form->addRow(tr("A&lasan (wajib):"), m_reason);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(shelve ? tr("&Tunda") : tr("&Nonaktifkan"),
                              QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const auto updateOk = [this] {
        m_ok->setEnabled(!reason().isEmpty());
    };
    connect(m_reason, &QPlainTextEdit::textChanged, this, updateOk);
    updateOk();
    m_reason->setFocus();
    resize(480, sizeHint().height());
}

QString AlarmReasonDialog::ruleId() const
{
    return m_rule ? m_rule->currentData().toString() : m_ruleId;
}

QString AlarmReasonDialog::operatorName() const
{
    return m_operator->text().trimmed();
}

QString AlarmReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

int AlarmReasonDialog::durationSeconds() const
{
    return m_duration ? m_duration->currentData().toInt() : 0;
}

} // namespace Pantau
