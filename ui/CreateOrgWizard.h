#pragma once

#include "models/Organization.h"
#include "services/provisioning/CreateOrganization.h"

#include <QWizard>
#include <QWizardPage>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace OrgConsole {

class AppContext;
class BudgetEditor;
class ClipboardGuard;
class OneTimeKeyWidget;
class StepList;

class DetailsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DetailsPage(AppContext *context, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void checkName();
    void checkFields();
    AppContext *m_context;
    QLineEdit *m_name;
    QLabel *m_nameStatus;
    QLineEdit *m_owner;
    QLabel *m_ownerMessage;
    QLineEdit *m_contactName;
    QLabel *m_contactNameMessage;
    QLineEdit *m_contactEmail;
    QLabel *m_emailMessage;
    QLabel *m_error;
    QTimer *m_debounce;
    bool m_nameTaken = false;
    quint64 m_check = 0;
};

class BudgetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BudgetPage(AppContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    NewOrganization apply(NewOrganization n) const;

private:
    QString modelsProblem() const;
    AppContext *m_context;
    BudgetEditor *m_editor;
    QLineEdit *m_models;
    QLabel *m_error;
    bool m_initialized = false;
};

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);
    void initializePage() override;

private:
    QLabel *m_summary;
};

class ProvisioningPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProvisioningPage(AppContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    const CreateResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

signals:
    void finished(bool ok);

private:
    void run();
    AppContext *m_context;
    QPushButton *m_retry;
    StepList *m_steps;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QLabel *m_outcome;
    std::unique_ptr<CreateOrganization> m_saga;
    CreateResult m_result;
    bool m_finished = false;
};

class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    ResultPage(AppContext *context, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    void saveToKeychain(bool save);
    AppContext *m_context;
    QLabel *m_budget;
    OneTimeKeyWidget *m_key;
    QCheckBox *m_saveToKeychain;
    QLabel *m_keychainStatus;
};

// The Create organization wizard: details, budget, review, live provisioning, result.
class CreateOrgWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Details, Budget, Review, Provisioning, ResultId };
    CreateOrgWizard(AppContext *context, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    NewOrganization input() const;
    const CreateResult &result() const;
    // On the result page, Escape or the window's close button without the tick asks first.
    void done(int result) override;

signals:
    void organizationCreated(const OrgConsole::Organization &organization);
    // The creation failed (after a retry too); a failed row may be left for Recover.
    void creationFailed();

private:
    AppContext *m_context;
    BudgetPage *m_budgetPage;
    ProvisioningPage *m_provisioning;
    ResultPage *m_resultPage;
};

} // namespace OrgConsole
