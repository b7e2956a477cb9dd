#include "MachinesPanel.h"

#include "locale/Formatter.h"
#include "site/SiteFollower.h"
#include "theme/Theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Pantau {

namespace {

enum Column {
    NameColumn,
    RoleColumn,
    StateColumn,
    ScreensColumn,
    VersionColumn,
    SinceColumn,
    SeenColumn,
    ColumnCount
};

QString roleText(const QString &role)
{
    if (role == QLatin1String("collector"))
        return MachinesPanel::tr("collector");
    if (role == QLatin1String("wall"))
        return MachinesPanel::tr("dinding");
    if (role == QLatin1String("desktop"))
        return MachinesPanel::tr("meja kendali");
    if (role == QLatin1String("kiosk"))
        return MachinesPanel::tr("kios");
    return role;
}

} // namespace

MachinesPanel::MachinesPanel(SiteFollower *site, QWidget *parent)
    : QWidget(parent)
    , m_site(site)
    , m_link(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_link->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setHorizontalHeaderLabels({tr("Mesin"), tr("Peran"), tr("Status"), tr("Layar"),
                                        tr("Versi"), tr("Terhubung sejak"),
                                        tr("Terakhir terdengar")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_link);
    layout->addWidget(m_table, 1);
    connect(m_site, &SiteFollower::presenceChanged, this, &MachinesPanel::refresh);
    connect(m_site, &SiteFollower::linkChanged, this, &MachinesPanel::refresh);
    refresh();
}

void MachinesPanel::setFormatter(const Formatter *formatter)
{
    m_formatter = formatter;
    refresh();
}

void MachinesPanel::refresh()
{
    const auto when = [this](const QDateTime &time) {
        if (!time.isValid())
            return QStringLiteral("—");
        return m_formatter ? m_formatter->dateTime(time) : time.toString(Qt::ISODate);
    };
    QList<PresenceMessage> machines = m_site->presence().values();
    // The collector first, then the rest by name: the room looks for it first.
    std::sort(machines.begin(), machines.end(),
              [](const PresenceMessage &a, const PresenceMessage &b) {
                  const bool ac = a.role == QLatin1String("collector");
                  const bool bc = b.role == QLatin1String("collector");
                  return ac != bc ? ac : a.node < b.node;
              });
    m_table->setRowCount(int(machines.size()));
    int online = 0;
    for (int row = 0; row < machines.size(); ++row) {
        const PresenceMessage &m = machines.at(row);
        online += m.online ? 1 : 0;
        const QDateTime seen = m_site->lastSeen(m.node);
        const QStringList cells = {
            m.node,
            roleText(m.role),
            m.online ? tr("terhubung") : tr("tidak ada"),
            m.screens.join(QStringLiteral(", ")),
            m.version,
            m.online ? when(m.since) : QStringLiteral("—"),
            m.online         ? tr("sekarang")
            : seen.isValid() ? when(seen)
                             : tr("sebelum meja ini terhubung"),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == StateColumn && !m.online)
                item->setForeground(Theme::wall().statusInk(IndicatorStatus::Critical));
            m_table->setItem(row, column, item);
        }
    }
    const bool linked = m_site->isLinked();
    const QString summary =
        linked ? tr("Situs: terhubung ke collector; %n proses aktif.", nullptr, online)
               : tr("Situs terputus: %1").arg(m_site->linkProblem());
    m_link->setText(summary);
    m_link->setStyleSheet(
        linked ? QString()
               : QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                     .arg(Theme::wall().statusInk(IndicatorStatus::Critical).name()));
    emit summaryChanged(summary, linked);
}

} // namespace Pantau
