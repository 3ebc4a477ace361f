#include "ui/CreateOrgWizard.h"

#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/Validation.h"
#include "services/core/AppContext.h"
#include "services/core/OrgQueries.h"
#include "services/core/Settings.h"
#include "services/secrets/SecretStore.h"
#include "ui/BudgetEditor.h"
#include "ui/Dialogs.h"
#include "ui/DisplayNames.h"
#include "ui/OneTimeKeyWidget.h"
#include "ui/StepList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OrgConsole {

namespace {
QLabel *errorLabel(QWidget *parent, const char *objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    l->setPalette(p);
    return l;
}
} // namespace

// --- Details -----------------------------------------------------------------------------------

namespace {
// A field's message: red for a problem, grey for a hint (such as why Next is still off).
void say(QLabel *label, const QString &text, bool problem = true)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, problem ? QColor(0xc6, 0x28, 0x28) : p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

DetailsPage::DetailsPage(AppContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setTitle(tr("Organization"));
    setSubTitle(tr("Who is being onboarded. The name must be unique (ignoring case and spaces)."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Organization name"));
    m_name->setMaxLength(255);
    m_name->setPlaceholderText(tr("e.g. Acme Corp"));
    m_nameStatus = fieldMessage(this, "nameStatus");
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_owner->setAccessibleName(tr("Owner user id"));
    m_owner->setPlaceholderText(tr("Keycloak user id of the customer's owner, e.g. kc-123"));
    m_ownerMessage = fieldMessage(this, "ownerMessage");
    m_contactName = new QLineEdit(this);
    m_contactName->setObjectName(QStringLiteral("contactNameEdit"));
    m_contactName->setAccessibleName(tr("Contact name"));
    m_contactNameMessage = fieldMessage(this, "contactNameMessage");
    m_contactEmail = new QLineEdit(this);
    m_contactEmail->setObjectName(QStringLiteral("contactEmailEdit"));
    m_contactEmail->setAccessibleName(tr("Contact email"));
    m_emailMessage = fieldMessage(this, "emailMessage");
    m_error = errorLabel(this, "detailsError");

    // Each problem is said under its own field; Next stays off until there is none.
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("N&ame:"), m_name, this), withMessage(m_name, m_nameStatus));
    form->addRow(buddyLabel(tr("&Owner user id:"), m_owner, this), withMessage(m_owner, m_ownerMessage));
    form->addRow(buddyLabel(tr("Con&tact name:"), m_contactName, this), withMessage(m_contactName, m_contactNameMessage));
    form->addRow(buddyLabel(tr("Contact &email:"), m_contactEmail, this), withMessage(m_contactEmail, m_emailMessage));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();

    registerField(QStringLiteral("name*"), m_name);
    registerField(QStringLiteral("owner*"), m_owner);
    registerField(QStringLiteral("contactName"), m_contactName);
    registerField(QStringLiteral("contactEmail"), m_contactEmail);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &DetailsPage::checkName);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameTaken = false;
        say(m_nameStatus, m_name->text().trimmed().isEmpty() ? tr("Required.") : QString(), false);
        m_error->clear();
        m_debounce->start();
        emit completeChanged();
    });
    for (QLineEdit *field : {m_owner, m_contactName, m_contactEmail})
        connect(field, &QLineEdit::textChanged, this, &DetailsPage::checkFields);
    say(m_nameStatus, tr("Required."), false);
    checkFields();
}

void DetailsPage::checkFields()
{
    if (m_owner->text().trimmed().isEmpty())
        say(m_ownerMessage, tr("Required: Next stays off until the owner's user id is filled in."), false);
    else
        say(m_ownerMessage, validateOwnerId(m_owner->text()));
    say(m_contactNameMessage, validateContactName(m_contactName->text()));
    say(m_emailMessage, validateEmail(m_contactEmail->text()));
    emit completeChanged();
}

void DetailsPage::checkName()
{
    const QString name = m_name->text();
    if (const QString problem = validateOrgName(name); !problem.isEmpty()) {
        if (!name.trimmed().isEmpty())
            say(m_nameStatus, problem);
        return;
    }
    const quint64 check = ++m_check;
    say(m_nameStatus, tr("Checking…"), false);
    m_context->queries().findByName(name, this, [this, check, name](Stored<Organization> r) {
        if (check != m_check)
            return; // a newer keystroke is being checked
        m_nameTaken = r.ok();
        if (r.ok())
            say(m_nameStatus,
                tr("\"%1\" is already taken (by \"%2\", %3).")
                    .arg(name.trimmed(), r.value->name, DisplayNames::orgStatus(r.value->status)));
        else if (r.error.kind == StorageError::Kind::NotFound)
            say(m_nameStatus, tr("Available."), false);
        else
            say(m_nameStatus, r.error.message);
        emit completeChanged();
    });
}

bool DetailsPage::isComplete() const
{
    return QWizardPage::isComplete() && !m_nameTaken && validateOrgName(m_name->text()).isEmpty()
        && validateOwnerId(m_owner->text()).isEmpty() && validateContactName(m_contactName->text()).isEmpty()
        && validateEmail(m_contactEmail->text()).isEmpty();
}

bool DetailsPage::validatePage()
{
    QStringList problems;
    for (const QString &p : {validateOrgName(m_name->text()), validateOwnerId(m_owner->text()),
                             validateContactName(m_contactName->text()), validateEmail(m_contactEmail->text())}) {
        if (!p.isEmpty())
            problems.append(p);
    }
    if (m_nameTaken)
        problems.append(m_nameStatus->text());
    m_error->setText(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

// --- Budget ------------------------------------------------------------------------------------

BudgetPage::BudgetPage(AppContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setTitle(tr("Budget"));
    setSubTitle(tr("The team's budget on the proxy. Spend is counted per budget period."));
    m_editor = new BudgetEditor(this);
    m_models = new QLineEdit(this);
    m_models->setObjectName(QStringLiteral("modelsEdit"));
    m_models->setAccessibleName(tr("Allowed models"));
    m_models->setPlaceholderText(tr("comma separated; empty = all models"));
    m_error = fieldMessage(this, "modelsMessage");

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("Allowed m&odels:"), m_models, this), withMessage(m_models, m_error));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addLayout(form);
    layout->addStretch();

    auto revalidate = [this] {
        say(m_error, modelsProblem());
        emit completeChanged();
    };
    connect(m_editor, &BudgetEditor::changed, this, revalidate);
    connect(m_models, &QLineEdit::textChanged, this, revalidate);
}

void BudgetPage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    const NewOrgDefaults d = m_context->settings().defaults();
    // Until a default is chosen in Settings, a budget is suggested: "unlimited" is a decision.
    m_editor->setBudget(d.budgetChosen ? d.maxBudget : std::optional<double>(kSuggestedBudget));
    m_editor->setDuration(d.budgetDuration);
    m_models->setText(d.models.join(QStringLiteral(", ")));
}

QString BudgetPage::modelsProblem() const
{
    const QStringList models = m_models->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &m : models) {
        if (const QString e = validateModelName(m.trimmed()); !e.isEmpty())
            return e;
    }
    return {};
}

bool BudgetPage::isComplete() const
{
    return m_editor->problem().isEmpty() && modelsProblem().isEmpty();
}

NewOrganization BudgetPage::apply(NewOrganization n) const
{
    n.maxBudget = m_editor->budget();
    n.budgetDuration = m_editor->duration();
    n.models.clear();
    const QStringList models = m_models->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &m : models)
        n.models.append(m.trimmed());
    return n;
}

// --- Review ------------------------------------------------------------------------------------

ReviewPage::ReviewPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Creating the organization provisions a team and an API key on the proxy."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));
}

void ReviewPage::initializePage()
{
    const NewOrganization n = static_cast<CreateOrgWizard *>(wizard())->input();
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    m_summary->setText(
        QStringLiteral("<table cellspacing=6>") + row(tr("Name"), n.name.trimmed()) + row(tr("Owner"), n.ownerUserId.trimmed())
        + row(tr("Contact"), QStringLiteral("%1 %2").arg(n.contactName, n.contactEmail).trimmed())
        + row(tr("Max budget"), formatUsd(n.maxBudget))
        + row(tr("Budget period"), n.budgetDuration.isEmpty() ? tr("never resets") : n.budgetDuration)
        + row(tr("Models"), n.models.isEmpty() ? tr("all") : n.models.join(QStringLiteral(", "))) + QStringLiteral("</table>"));
}

// --- Provisioning ------------------------------------------------------------------------------

ProvisioningPage::ProvisioningPage(AppContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setTitle(tr("Provisioning"));
    setSubTitle(tr("Each step is shown as it runs. A failure is cleaned up on the proxy and in the database."));
    QStringList steps;
    for (int i = 0; i < kCreateStepCount; ++i)
        steps.append(DisplayNames::createStep(CreateStep(i)));
    m_steps = new StepList(steps, this);
    m_steps->setAccessibleName(tr("Provisioning steps"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, kCreateStepCount);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Try again"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_steps->reset();
        m_log->appendPlainText(tr("— trying again —"));
        run();
    });
    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_outcome, 1);
    outcomeRow->addWidget(m_retry, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_progress);
    layout->addLayout(outcomeRow);
    layout->addWidget(m_log, 1);
}

void ProvisioningPage::initializePage()
{
    if (!m_saga)
        run();
}

void ProvisioningPage::run()
{
    m_finished = false;
    m_result = CreateResult {};
    m_retry->hide();
    m_outcome->clear();
    m_progress->setValue(0);
    wizard()->button(QWizard::CancelButton)->setEnabled(false); // never abandon a running saga
    m_saga = m_context->newCreation();
    const NewOrganization input = static_cast<CreateOrgWizard *>(wizard())->input();
    m_saga->start(
        input,
        [this](const StepProgress &p) {
            m_steps->setStep(int(p.step), p.state, p.message);
            if (p.state == StepState::Done)
                m_progress->setValue(std::max(m_progress->value(), int(p.step) + 1));
            if (p.state != StepState::Pending && !p.message.isEmpty())
                m_log->appendPlainText(
                    QStringLiteral("%1 %2: %3").arg(DisplayNames::createStep(p.step), StepList::stateText(p.state), p.message));
        },
        [this](const CreateResult &r) {
            m_result = r;
            m_finished = true;
            if (r.ok) {
                // Cancel stays off: the key has not been shown yet, and it is shown only once.
                m_progress->setValue(kCreateStepCount);
                m_outcome->setText((r.warning.isEmpty() ? tr("The organization was created.") : r.warning)
                                   + tr(" Next: its API key, shown once."));
            } else {
                wizard()->button(QWizard::CancelButton)->setEnabled(true);
                QString text = tr("<b>%1 failed:</b> %2")
                                   .arg(DisplayNames::createStep(*r.failedStep).toHtmlEscaped(), r.error.message.toHtmlEscaped());
                if (!r.cleanedUp.isEmpty())
                    text += tr("<br>Cleaned up: %1.").arg(r.cleanedUp.join(QStringLiteral(", ")).toHtmlEscaped());
                else if (r.failedStep == CreateStep::Validate || r.failedStep == CreateStep::Reserve)
                    text += tr("<br>Nothing was created.");
                if (r.cleanupError.isError())
                    text += tr("<br><b>Cleanup failed too:</b> %1 The organization is marked failed; use Recover.")
                                .arg(r.cleanupError.message.toHtmlEscaped());
                m_outcome->setText(text);
                // Nothing is left behind after a cleaned-up failure, so the same input can be tried
                // again (e.g. once the proxy is back); an incomplete cleanup goes to Recover instead.
                m_retry->setVisible(!r.cleanupError.isError() && r.failedStep != CreateStep::Validate
                                    && r.failedStep != CreateStep::Reserve);
                wizard()->button(QWizard::CancelButton)->setText(tr("Close"));
            }
            emit completeChanged();
            emit finished(r.ok);
        });
}

bool ProvisioningPage::isComplete() const
{
    return m_finished && m_result.ok;
}

// --- Result ------------------------------------------------------------------------------------

ResultPage::ResultPage(AppContext *context, ClipboardGuard *clipboard, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setTitle(tr("Organization created"));
    setSubTitle(tr("Hand the API key to the customer now: it is shown only once and is not stored by OrgConsole."));
    m_budget = new QLabel(this);
    m_budget->setObjectName(QStringLiteral("resultBudget"));
    m_budget->setTextFormat(Qt::RichText);
    m_key = new OneTimeKeyWidget(clipboard, this);
    m_saveToKeychain = new QCheckBox(tr("Also save a copy in this computer's &keychain"), this);
    m_saveToKeychain->setObjectName(QStringLiteral("saveToKeychainCheck"));
    m_keychainStatus = new QLabel(this);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_budget);
    layout->addWidget(new QLabel(tr("API key:"), this));
    layout->addWidget(m_key);
    layout->addWidget(m_saveToKeychain);
    layout->addWidget(m_keychainStatus);
    layout->addStretch();
    connect(m_key, &OneTimeKeyWidget::storedChanged, this, &QWizardPage::completeChanged);
    connect(m_saveToKeychain, &QCheckBox::toggled, this, &ResultPage::saveToKeychain);
}

// Saved when ticked, and the outcome said beside the box: without a keychain it is unticked and
// disabled with the reason, never dropped silently at Finish.
void ResultPage::saveToKeychain(bool save)
{
    if (!save)
        return;
    const CreateResult &r = static_cast<CreateOrgWizard *>(wizard())->result();
    m_saveToKeychain->setEnabled(false);
    m_keychainStatus->setText(tr("Saving…"));
    QPointer<ResultPage> self(this);
    m_context->secrets().write(SecretStore::organizationKeyName(r.organization.id), r.rawKey, [self](SecretResult result) {
        if (!self)
            return;
        const bool saved = result.ok && !result.memoryOnly;
        if (saved) {
            self->m_keychainStatus->setText(tr("A copy is in this computer's keychain."));
            return;
        }
        const QSignalBlocker quiet(self->m_saveToKeychain);
        self->m_saveToKeychain->setChecked(false);
        self->m_keychainStatus->setText(
            result.memoryOnly ? tr("Not saved: this computer has no keychain (on Linux, a Secret Service such as gnome-keyring "
                                   "on the session bus). Store the key elsewhere.")
                              : tr("Not saved: %1").arg(result.error.isEmpty() ? tr("the keychain refused it.") : result.error));
        self->m_saveToKeychain->setToolTip(self->m_keychainStatus->text());
    });
}

void ResultPage::initializePage()
{
    const CreateResult &r = static_cast<CreateOrgWizard *>(wizard())->result();
    const QString reset = r.team.budgetResetAt.isValid()
        ? QLocale().toString(r.team.budgetResetAt.toLocalTime(), QLocale::LongFormat)
        : tr("never");
    m_budget->setText(
        tr("<b>%1</b> is active.<br>Budget on the proxy: <b>%2</b>, spent %3, period %4, next reset %5.<br>Key %6 (alias %7).")
            .arg(r.organization.name.toHtmlEscaped(), formatUsd(r.team.maxBudget), formatUsd(r.team.spend),
                 r.team.budgetDuration.isEmpty() ? tr("none") : r.team.budgetDuration, reset, r.organization.keyName,
                 r.organization.keyAlias.toHtmlEscaped()));
    m_key->setKey(r.rawKey);
    if (m_context->secrets().usingMemoryFallback()) { // known already: say so before anyone ticks it
        m_saveToKeychain->setEnabled(false);
        m_keychainStatus->setText(tr("No keychain on this computer: a copy cannot be saved here."));
    }
}

bool ResultPage::isComplete() const
{
    return m_key->isStored();
}

bool ResultPage::validatePage()
{
    cleanupPage();
    return true;
}

void ResultPage::cleanupPage()
{
    // Only the widget lets go of the key: a copy on the clipboard is the guard's to clear, after
    // its interval, so that finishing right after copying still leaves time to paste.
    m_key->clear();
}

// --- Wizard ------------------------------------------------------------------------------------

CreateOrgWizard::CreateOrgWizard(AppContext *context, ClipboardGuard *clipboard, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("createOrgWizard"));
    setWindowTitle(tr("Create organization"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(Details, new DetailsPage(context, this));
    m_budgetPage = new BudgetPage(context, this);
    setPage(Budget, m_budgetPage);
    setPage(Review, new ReviewPage(this));
    m_provisioning = new ProvisioningPage(context, this);
    setPage(Provisioning, m_provisioning);
    m_resultPage = new ResultPage(context, clipboard, this);
    setPage(ResultId, m_resultPage);
    resize(760, 560);
    connect(m_provisioning, &ProvisioningPage::finished, this, [this](bool ok) {
        if (ok)
            emit organizationCreated(m_provisioning->result().organization);
        else
            emit creationFailed();
    });
}

NewOrganization CreateOrgWizard::input() const
{
    NewOrganization n;
    n.name = field(QStringLiteral("name")).toString();
    n.ownerUserId = field(QStringLiteral("owner")).toString();
    n.contactName = field(QStringLiteral("contactName")).toString();
    n.contactEmail = field(QStringLiteral("contactEmail")).toString();
    return m_budgetPage->apply(n);
}

const CreateResult &CreateOrgWizard::result() const
{
    return m_provisioning->result();
}

void CreateOrgWizard::done(int result)
{
    // The organization exists by now; leaving without the key means rotating it later.
    const bool keyNotStored = (currentId() == ResultId && !m_resultPage->isComplete())
        || (currentId() == Provisioning && m_provisioning->isComplete()); // created, key not even shown yet
    if (result != QDialog::Accepted && keyNotStored
        && !confirm(this, windowTitle(), tr("The API key will not be shown again. Close without having stored it?")))
        return;
    QWizard::done(result);
}

} // namespace OrgConsole
