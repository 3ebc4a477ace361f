#pragma once

#include "services/provisioning/CsvImport.h"
#include "ui/OneTimeKeyWidget.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace OrgConsole {

class AppContext;
class ClipboardGuard;
class BulkCreation;
class BulkMemberImport;

// Bulk onboarding from CSV: preview (every problem with its line), then bounded-concurrency
// provisioning with progress and a per-row result. Keys are shown once at the end. Takes both kinds
// of file: organizations (header with "name"), and members (header with "user_id"), the latter
// added to existing organizations as orgctl member import adds them (ImportMembers.cpp).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(AppContext *context, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    void loadFile(const QString &path);

signals:
    void imported();

private:
    void checkAgainstDatabase();
    void run();
    void showPreview(const QMap<int, int> &lines, const QList<CsvProblem> &problems,
                     const std::function<QStringList(int)> &columns);
    void loadMemberFile(const QByteArray &content);
    void checkMembers();
    void runMembers();
    void showMemberResult(int index);

    AppContext *m_context;
    ClipboardGuard *m_clipboard;
    QLineEdit *m_path;
    QTableWidget *m_preview;
    QLabel *m_status;
    QSpinBox *m_jobs;
    QProgressBar *m_progress;
    QPushButton *m_runButton;
    CsvPlan m_plan;
    QList<int> m_previewRow; // the preview's row of each planned row
    QPointer<BulkCreation> m_bulk;
    bool m_memberFile = false;
    MemberCsvPlan m_memberPlan;
    QPointer<BulkMemberImport> m_memberBulk;
    QList<NamedKey> m_keys;
};

} // namespace OrgConsole
