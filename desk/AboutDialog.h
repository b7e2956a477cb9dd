#pragma once

#include <QDialog>

class QLabel;

namespace Pantau {

// "Tentang Pantau": the version, what Pantau is, and the credit the kecamatan data's licence
// (ODbL 1.0) asks for wherever the data is shown. Opened from the control desk (F1).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The texts as shown, for tests.
    QString versionText() const;
    QString creditText() const;

private:
    QLabel *m_version = nullptr;
    QLabel *m_credit = nullptr;
};

} // namespace Pantau
