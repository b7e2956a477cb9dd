#pragma once

#include <QWidget>

class QTableView;

namespace Pantau {

class ColumnsProxyModel;
class FeedHealthModel;
class WallControl;

// The desk's feed-health table: each feed's agency, state, last success and, when it fails,
// why in plain words.
class HealthPanel : public QWidget
{
    Q_OBJECT

public:
    HealthPanel(WallControl *wall, QWidget *parent = nullptr);

    // The wall's feed-health model, or null while it is rebuilt.
    void setSource(FeedHealthModel *health);
    // The "last success" ages move on with the clock.
    void refreshTimes();

    QTableView *table() const { return m_table; }

private:
    ColumnsProxyModel *m_model; // child
    QTableView *m_table;
};

} // namespace Pantau
