#pragma once

#include "services/provisioning/CsvImport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace OrgConsole {

class AppContext;

// Bulk onboarding from CSV: preview (every problem with its line), then bounded-concurrency
// provisioning with progress and a per-row result. Keys are shown once at the end.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(AppContext *context, QWidget *parent = nullptr);
    void loadFile(const QString &path);

private:
    void run();
    void startMore();

    AppContext *m_context;
    QLineEdit *m_path;
    QTableWidget *m_preview;
    QLabel *m_status;
    QSpinBox *m_jobs;
    QProgressBar *m_progress;
    QPushButton *m_runButton;
    CsvPlan m_plan;
    qsizetype m_next = 0;
    int m_running = 0;
    int m_done = 0;
    int m_failed = 0;
    QStringList m_keys;
};

} // namespace OrgConsole
