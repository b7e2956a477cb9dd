#pragma once

#include "AcknowledgeDialog.h"
#include "WallControl.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace Pantau {

class AlertModel;
class ColumnsProxyModel;

// The desk's alert list: every active alert, the most severe first, and the acknowledgement of
// the selected one through a dialog that asks for the operator's name and a note.
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    AlertsPanel(WallControl *wall, QWidget *parent = nullptr);
    ~AlertsPanel() override;

    // The wall's alert model, or null while it is rebuilt.
    void setSource(AlertModel *alerts);
    // The "since" texts move on with the clock.
    void refreshTimes();
    // Opens the acknowledge dialog for the selected alert (modal to the desk); accepting it
    // sends the acknowledgement to the wall.
    void acknowledgeSelected();
    void closeDialog();

    QTableView *table() const { return m_table; }
    QPushButton *acknowledgeButton() const { return m_ackButton; }
    AcknowledgeDialog *acknowledgeDialog() const { return m_ackDialog; }

signals:
    void countChanged(int alerts);
    // For the desk's status bar.
    void message(const QString &text, int timeoutMs);

private:
    void updateControls();

    WallControl *m_wall;
    ColumnsProxyModel *m_model; // child
    QTableView *m_table;
    QPushButton *m_ackButton;
    QPointer<AcknowledgeDialog> m_ackDialog;
    QString m_operatorName; // typed in the dialog, remembered for the session
};

} // namespace Pantau
