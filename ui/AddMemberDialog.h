#pragma once

#include "models/Member.h"
#include "models/Organization.h"
#include "services/provisioning/AddMember.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace OrgConsole {

class AppContext;
class BudgetEditor;
class ClipboardGuard;
class OneTimeKeyWidget;
class StepList;

// Add member: the person's user id, email, role, budget inside the team and models, each checked
// beside its field; then the AddMember saga's steps live, and the new key shown once. Like the
// Create wizard, it cannot be closed while the saga runs, nor (by Esc, Cancel or the window's close
// button) once the key is shown until the key was stored or its loss confirmed.
class AddMemberDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing`: the organization's members' user ids, to say at once that one is taken.
    AddMemberDialog(AppContext *context, ClipboardGuard *clipboard, const Organization &organization, QStringList existing,
                    QWidget *parent = nullptr);

    NewMember input() const;
    const AddMemberResult &result() const { return m_result; }
    void done(int result) override;

signals:
    void memberAdded(const OrgConsole::Member &member);

private:
    QWidget *buildForm();
    QWidget *buildProgress();
    QStringList check(); // shows each field's problem beside it; all of them
    void start();
    void progress(const MemberProgress &p);
    void finished(const AddMemberResult &r);
    void showForm();

    AppContext *m_context;
    ClipboardGuard *m_clipboard;
    Organization m_org;
    QStringList m_existing;
    QStackedWidget *m_pages;
    QLineEdit *m_user;
    QLabel *m_userMessage;
    QLineEdit *m_email;
    QLabel *m_emailMessage;
    QComboBox *m_role;
    QLabel *m_roleMessage;
    BudgetEditor *m_budget;
    QLabel *m_budgetMessage;
    QLineEdit *m_models;
    QLabel *m_modelsMessage;
    StepList *m_steps;
    QProgressBar *m_progress;
    QLabel *m_outcome;
    QWidget *m_keyBox;
    OneTimeKeyWidget *m_key;
    QPushButton *m_add;
    QPushButton *m_back;
    QPushButton *m_close;
    std::unique_ptr<AddMember> m_saga;
    AddMemberResult m_result;
    bool m_running = false;
};

} // namespace OrgConsole
