#pragma once

#include "models/Organization.h"
#include "services/provisioning/MemberOperations.h"

#include <QGroupBox>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace OrgConsole {

class AppContext;
class ClipboardGuard;
class MemberTableModel;

// The detail pane's Members section: the selected organization's members with their figures from
// one /team/info (MemberOperations::list), and Add member…, Change budget…, Rotate key…,
// Block/Unblock key, Remove… and Make owner… as buttons and as the table's context menu.
class MembersPanel : public QGroupBox
{
    Q_OBJECT
public:
    MembersPanel(AppContext *context, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    // Shows the organization's members (read again each time: the organization's refresh keeps
    // the member figures current); null shows nothing.
    void showOrganization(const Organization *organization);
    MemberTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QList<QAction *> memberActions() const;
    // The members listed with a budget of their own: user id and amount.
    QList<QPair<QString, double>> ownBudgets() const;

signals:
    // After a change that alters the organization (its member count, its owner).
    void organizationChanged(const OrgConsole::Organization &organization);
    void message(const QString &text);
    // The members of the organization are in the table (tests, the benchmark).
    void membersShown(int count);

private:
    void buildActions();
    void buildLayout();
    void load();
    void showReport(const MembersReport &report);
    void fitUserColumn();
    void updateActions();
    void updateHint();
    const MemberView *current() const;
    void setBusy(bool busy);
    void finishChange(const MemberResult &result, const QString &failure, const QString &success);
    // Runs a change to member `asRead` guarded against changes made meanwhile (GuardedChange):
    // `then` gets its result, unless the user kept the other change.
    void guarded(const Member &asRead, const QString &yours, const QString &question,
                 std::function<void(std::function<void(MemberResult)>)> run, std::function<void(MemberResult)> then);
    void refreshOrganization();

    void addMember();
    void changeBudget();
    void rotateKey();
    void toggleBlocked();
    void removeMember();
    void makeOwner();

    AppContext *m_context;
    ClipboardGuard *m_clipboard;
    Organization m_org;
    MemberTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_summary; // how many, as of when, or why the proxy could not be read
    QLabel *m_hint; // what to do (empty state), or why an action is off for the selected member
    QAction *m_add;
    QAction *m_budget;
    QAction *m_rotate;
    QAction *m_block;
    QAction *m_remove;
    QAction *m_makeOwner;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_loaded = false;
    QString m_select; // the user to select when the members next arrive
};

} // namespace OrgConsole
