#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Pantau {

class Formatter;
class SiteFollower;

// The desk's view of its site: whether this machine is linked to the collector, and every
// process of the site that said it is there: name, role, screens, version, connected since and
// when it was last heard from. A process that died shows as gone, by its broker's last will.
class MachinesPanel : public QWidget
{
    Q_OBJECT

public:
    MachinesPanel(SiteFollower *site, QWidget *parent = nullptr);

    // Times are shown in the wall's language and zone; null until a wall is built.
    void setFormatter(const Formatter *formatter);
    void refresh();

    QTableWidget *table() const { return m_table; }
    QLabel *linkStatus() const { return m_link; }

signals:
    // The link went up or down, or the number of processes there changed.
    void summaryChanged(const QString &summary, bool linked);

private:
    SiteFollower *m_site;
    const Formatter *m_formatter = nullptr;
    QLabel *m_link;
    QTableWidget *m_table;
};

} // namespace Pantau
