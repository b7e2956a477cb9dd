#pragma once

#include "AcknowledgeDialog.h"
#include "AlarmReasonDialog.h"
#include "WallControl.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace Pantau {

class AlertModel;
class ColumnsProxyModel;

// The desk's alarm list: every alarm that is not normal, in its ISA-18.2 state (active or
// returned and unacknowledged, acknowledged, shelved, suppressed, out of service), the ones the
// wall shows first. The supervisor acknowledges the selected alarm or all visible ones, shelves
// and unshelves, takes a rule out of service and back, and silences this station's sound.
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
    // Asks once, then acknowledges every unacknowledged alarm in the list.
    void acknowledgeAll();
    void shelveSelected();
    void unshelveSelected();
    // Out of service: the selected alarm's rule, or one picked in the dialog.
    void removeFromService();
    void returnSelectedToService();
    // This station's sound, silenced for `minutes` (0: sound again).
    void silenceFor(int minutes);
    void closeDialog();

    QTableView *table() const { return m_table; }
    QPushButton *acknowledgeButton() const { return m_ackButton; }
    QPushButton *acknowledgeAllButton() const { return m_ackAllButton; }
    QPushButton *shelveButton() const { return m_shelveButton; }
    QPushButton *unshelveButton() const { return m_unshelveButton; }
    QPushButton *outOfServiceButton() const { return m_oosButton; }
    QPushButton *inServiceButton() const { return m_inServiceButton; }
    QLabel *soundLabel() const { return m_soundLabel; }
    AcknowledgeDialog *acknowledgeDialog() const { return m_ackDialog; }
    AlarmReasonDialog *reasonDialog() const { return m_reasonDialog; }

signals:
    void countChanged(int alerts);
    // For the desk's status bar.
    void message(const QString &text, int timeoutMs);

private:
    void updateControls();
    void updateSound();
    QModelIndex selectedSource() const;
    // Says what became of a command on the status bar.
    void report(const WallControl::Result &result, const QString &ruleId);
    void openReasonDialog(AlarmReasonDialog::Kind kind, const QModelIndex &source);

    WallControl *m_wall;
    ColumnsProxyModel *m_model; // child
    QTableView *m_table;
    QPushButton *m_ackButton;
    QPushButton *m_ackAllButton;
    QPushButton *m_shelveButton;
    QPushButton *m_unshelveButton;
    QPushButton *m_oosButton;
    QPushButton *m_inServiceButton;
    QToolButton *m_soundButton;
    QLabel *m_soundLabel;
    QPointer<AcknowledgeDialog> m_ackDialog;
    QPointer<AlarmReasonDialog> m_reasonDialog;
    QString m_operatorName; // typed in the dialog, remembered for the session
};

} // namespace Pantau
