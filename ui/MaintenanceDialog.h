#pragma once

#include "services/provisioning/OrgOperations.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace OrgConsole {

class AppContext;
class ClipboardGuard;

// The audit log (with a filter), reconcile (drift with a fix for each) and recover (unfinished
// operations) in one place.
class MaintenanceDialog : public QDialog
{
    Q_OBJECT
public:
    MaintenanceDialog(AppContext *context, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    // Opens on Recover, with the candidates listed.
    void showRecoverTab();

signals:
    void changed();

private:
    QWidget *buildReconcileTab(QWidget *tabs);
    QWidget *buildRecoverTab(QWidget *tabs);
    void loadAudit();
    void followAudit();
    void filterAudit(const QString &text);
    void runReconcile();
    void listAdoptedChanges();
    void listCandidates();
    void fixSelected();
    bool confirmFixes(QList<Drift> &chosen);
    void runRecover();

    AppContext *m_context;
    ClipboardGuard *m_clipboard;
    QTreeWidget *m_audit;
    QLineEdit *m_auditFilter;
    QSet<qint64> m_auditShown; // the entries listed (by id)
    QTreeWidget *m_drift;
    QLabel *m_driftStatus;
    QPushButton *m_fixButton;
    QList<Drift> m_drifts;
    static constexpr int kAdoptedChangeDays = 30;
    QTabWidget *m_tabs;
    QTreeWidget *m_recovered;
    QPushButton *m_recoverButton;
    QList<RecoveryCandidate> m_candidates;
    QCheckBox *m_reissue;
    QLabel *m_recoverStatus;
};

} // namespace OrgConsole
