#pragma once

#include "services/provisioning/BudgetDoctor.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace OrgConsole {

class AppContext;
class ClipboardGuard;

// The budget doctor for every organization or one: the findings, each with its severity (icon
// and word), what it is about and the explanation with the figures, and a Fix button where a safe
// fix exists (it says what it will do and asks first). Progress and Cancel while it checks.
// Keyboard: the list takes the focus, Enter on a finding fixes it (after the question), Escape closes.
class BudgetDoctorDialog : public QDialog
{
    Q_OBJECT
public:
    // `organizationId` empty: every active organization.
    BudgetDoctorDialog(AppContext *context, ClipboardGuard *clipboard, const QString &organizationId = {},
                       const QString &organizationName = {}, QWidget *parent = nullptr);
    ~BudgetDoctorDialog() override;
    // Checks (again): started by the constructor.
    void runCheck();

signals:
    // A fix changed an organization: the window reloads its rows.
    void changed();
    // The check finished (for tests and the screenshot).
    void checked();

private:
    void showReport(const DoctorReport &report);
    void addFinding(int index, const DoctorFinding &finding);
    void addUnreadable(const DoctorUnreadable &unreadable);
    void showSelected();
    void fixFinding(int index);
    void fixApplied(int index, const FixOutcome &outcome);

    AppContext *m_context;
    ClipboardGuard *m_clipboard;
    QString m_organizationId;
    std::unique_ptr<BudgetDoctor> m_doctor;
    QList<DoctorFinding> m_findings;
    QList<bool> m_fixed;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_recheck;
    QTreeWidget *m_list;
    QLabel *m_details;
    bool m_busy = false;
};

} // namespace OrgConsole
