#include "ui/AddMemberDialog.h"

#include "models/Money.h"
#include "services/core/AppContext.h"
#include "ui/BudgetEditor.h"
#include "ui/Colors.h"
#include "ui/Dialogs.h"
#include "ui/DisplayNames.h"
#include "ui/MemberBudgetDialog.h"
#include "ui/OneTimeKeyWidget.h"
#include "ui/StepList.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace OrgConsole {

namespace {
// A field's message under it: red for a problem, grey for a hint.
void sayUnder(QLabel *label, const QString &text, bool problem = true)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, problem ? Colors::problem() : p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *buddy(const QString &text, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

// What memberInputProblems() says about one field, the others left valid: the dialog and the
// saga judge the input by the same rules.
QString problemWith(const std::function<void(NewMember &)> &set)
{
    NewMember n;
    n.organization = QStringLiteral("-");
    n.userId = QStringLiteral("-");
    set(n);
    return memberInputProblems(n).join(QLatin1Char(' '));
}

QStringList splitModels(const QString &text)
{
    QStringList models;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &m : parts) {
        if (!m.trimmed().isEmpty())
            models.append(m.trimmed());
    }
    return models;
}
} // namespace

AddMemberDialog::AddMemberDialog(AppContext *context, ClipboardGuard *clipboard, const Organization &organization,
                                 QStringList existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_clipboard(clipboard)
    , m_org(organization)
    , m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("addMemberDialog"));
    setWindowTitle(tr("Add member to %1").arg(organization.name));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildForm());
    m_pages->addWidget(buildProgress());
    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_add = buttons->addButton(tr("&Add member"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, &AddMemberDialog::start);
    connect(m_back, &QPushButton::clicked, this, &AddMemberDialog::showForm);
    connect(m_close, &QPushButton::clicked, this, [this] { m_result.ok ? accept() : reject(); });
    connect(m_key, &OneTimeKeyWidget::storedChanged, this, [this](bool stored) {
        m_close->setEnabled(stored);
        m_close->setDefault(stored);
    });
    setMinimumWidth(640); // the whole key visible
    showForm();
}

QWidget *AddMemberDialog::buildForm()
{
    auto *page = new QWidget(this);
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User id"));
    m_user->setPlaceholderText(tr("Keycloak user id of the person, e.g. kc-456"));
    m_userMessage = fieldMessage(page, "userMessage");
    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("optional"));
    m_emailMessage = fieldMessage(page, "emailMessage");
    m_role = new QComboBox(page);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role in the team"));
    m_role->addItem(tr("user"), QStringLiteral("user"));
    m_role->addItem(tr("admin (needs a LiteLLM Enterprise proxy)"), QStringLiteral("admin"));
    m_roleMessage = fieldMessage(page, "roleMessage");
    m_budget = new BudgetEditor(page);
    m_budget->setUnlimitedText(MemberBudgetDialog::noOwnBudgetText());
    m_budget->setBudget(std::nullopt, MemberBudgetDialog::suggestedBudget(m_org));
    m_budget->setDuration(m_org.budgetDuration);
    m_budgetMessage = fieldMessage(page, "memberBudgetMessage");
    m_models = new QLineEdit(page);
    m_models->setObjectName(QStringLiteral("modelsEdit"));
    m_models->setAccessibleName(tr("Allowed models"));
    m_models->setPlaceholderText(tr("comma separated; empty = the organization's models"));
    m_modelsMessage = fieldMessage(page, "modelsMessage");

    auto *intro = new QLabel(tr("Adds a person to <b>%1</b>: a member of its team on the proxy, with their own API key "
                                "(shown once) and, if you like, their own budget inside the organization's (%2).")
                                 .arg(m_org.name.toHtmlEscaped(), formatUsd(m_org.maxBudget)),
                             page);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(buddy(tr("&User id:"), m_user, page), withMessage(m_user, m_userMessage));
    form->addRow(buddy(tr("&Email:"), m_email, page), withMessage(m_email, m_emailMessage));
    form->addRow(buddy(tr("&Role:"), m_role, page), withMessage(m_role, m_roleMessage));
    form->addRow(tr("Budget in the team:"), withMessage(m_budget, m_budgetMessage));
    form->addRow(buddy(tr("Allowed m&odels:"), m_models, page), withMessage(m_models, m_modelsMessage));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    for (QLineEdit *field : {m_user, m_email, m_models})
        connect(field, &QLineEdit::textChanged, this, &AddMemberDialog::check);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddMemberDialog::check);
    connect(m_budget, &BudgetEditor::changed, this, &AddMemberDialog::check);
    return page;
}

QWidget *AddMemberDialog::buildProgress()
{
    auto *page = new QWidget(this);
    QStringList steps;
    for (int i = 0; i < kMemberStepCount; ++i)
        steps.append(DisplayNames::memberStep(MemberStep(i)));
    m_steps = new StepList(steps, page);
    m_steps->setAccessibleName(tr("Add member steps"));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, kMemberStepCount);
    m_outcome = new QLabel(page);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyBox = new QWidget(page);
    m_key = new OneTimeKeyWidget(m_clipboard, m_keyBox);
    auto *keyLayout = new QVBoxLayout(m_keyBox);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(new QLabel(tr("Their API key, shown only once (OrgConsole does not store it):"), m_keyBox));
    keyLayout->addWidget(m_key);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addWidget(m_keyBox);
    return page;
}

NewMember AddMemberDialog::input() const
{
    NewMember n;
    n.organization = m_org.id;
    n.userId = m_user->text().trimmed();
    n.email = m_email->text().trimmed();
    n.role = m_role->currentData().toString();
    n.maxBudget = m_budget->budget();
    n.budgetDuration = m_budget->duration();
    n.models = splitModels(m_models->text());
    return n;
}

QStringList AddMemberDialog::check()
{
    const NewMember n = input();
    QString user = problemWith([&n](NewMember &m) { m.userId = n.userId; });
    if (user.isEmpty() && m_existing.contains(n.userId))
        user = tr("%1 is already a member of \"%2\".").arg(n.userId, m_org.name);
    // Nothing is said about an empty field (Add stays off): a hint that vanished at the first
    // keystroke would move the fields under the mouse.
    sayUnder(m_userMessage, n.userId.isEmpty() ? QString() : user);
    const QString email = problemWith([&n](NewMember &m) { m.email = n.email; });
    sayUnder(m_emailMessage, email);
    sayUnder(m_roleMessage,
             n.role == QLatin1String("admin") ? tr("A proxy without an Enterprise licence refuses admins; nothing is added then.")
                                              : QString(),
             false);
    // The editor says its own problems beside its fields; the organization's ceiling is said here.
    const QString ceiling = MemberBudgetDialog::ceilingProblem(m_org, n.maxBudget);
    sayUnder(m_budgetMessage, ceiling);
    const QString budget = !ceiling.isEmpty() ? ceiling : problemWith([&n](NewMember &m) {
        m.maxBudget = n.maxBudget;
        m.budgetDuration = n.budgetDuration;
    });
    const QString models = problemWith([&n](NewMember &m) { m.models = n.models; });
    sayUnder(m_modelsMessage, models);
    QStringList problems;
    for (const QString &p : {user, email, budget, models}) {
        if (!p.isEmpty())
            problems.append(p);
    }
    if (n.userId.isEmpty())
        problems.append(tr("The user id is empty."));
    m_add->setEnabled(problems.isEmpty() && !m_running);
    return problems;
}

void AddMemberDialog::showForm()
{
    m_pages->setCurrentIndex(0);
    m_add->show();
    m_back->hide();
    m_close->setText(tr("Cancel"));
    m_close->setEnabled(true);
    m_add->setDefault(true);
    check();
    m_user->setFocus();
}

void AddMemberDialog::start()
{
    if (!check().isEmpty() || m_running)
        return; // each problem is said beside its field
    m_pages->setCurrentIndex(1);
    m_steps->reset();
    m_progress->setValue(0);
    m_outcome->clear();
    m_keyBox->hide();
    m_result = AddMemberResult {};
    m_running = true;
    m_add->hide();
    m_back->hide();
    m_close->setText(tr("Close"));
    m_close->setEnabled(false); // never abandon a running saga
    m_saga = m_context->newMemberAddition();
    m_saga->start(
        input(), [this](const MemberProgress &p) { progress(p); }, [this](const AddMemberResult &r) { finished(r); });
}

void AddMemberDialog::progress(const MemberProgress &p)
{
    m_steps->setStep(int(p.step), p.state, p.message);
    if (p.state == StepState::Done)
        m_progress->setValue(std::max(m_progress->value(), int(p.step) + 1));
}

void AddMemberDialog::finished(const AddMemberResult &r)
{
    m_running = false;
    m_result = r;
    if (!r.ok) {
        QString text = tr("<b>%1 failed:</b> %2")
                           .arg(DisplayNames::memberStep(*r.failedStep).toHtmlEscaped(), r.error.message.toHtmlEscaped());
        if (!r.cleanedUp.isEmpty())
            text += tr("<br>Cleaned up: %1.").arg(r.cleanedUp.join(QStringLiteral(", ")).toHtmlEscaped());
        else if (r.failedStep == MemberStep::Validate || r.failedStep == MemberStep::Reserve)
            text += tr("<br>Nothing was added.");
        if (r.cleanupError.isError())
            text += tr("<br><b>Cleanup failed too:</b> %1 The member is marked failed; use Recover.")
                        .arg(r.cleanupError.message.toHtmlEscaped());
        m_outcome->setText(text);
        m_back->setVisible(!r.cleanupError.isError()); // change the input and add again
        m_close->setEnabled(true);
        return;
    }
    m_progress->setValue(kMemberStepCount);
    const std::optional<double> budget = r.membership ? r.membership->maxBudget : r.member.maxBudget;
    const QString period = r.membership ? r.membership->budgetDuration : r.member.budgetDuration;
    const QDateTime reset = r.membership ? r.membership->budgetResetAt : QDateTime();
    m_outcome->setText(
        tr("<b>%1</b> is a member of <b>%2</b>. Budget in the team: %3. Key %4, bound to %1 and the team.%5")
            .arg(r.member.userId.toHtmlEscaped(), r.organization.name.toHtmlEscaped(),
                 budget ? tr("%1, period %2, next reset %3")
                              .arg(formatUsd(budget), period.isEmpty() ? tr("none") : period,
                                   reset.isValid() ? QLocale().toString(reset.toLocalTime(), QLocale::ShortFormat) : tr("none"))
                        : tr("none of their own (the organization's applies)"),
                 r.member.keyName, r.warning.isEmpty() ? QString() : QStringLiteral("<br>") + r.warning.toHtmlEscaped()));
    m_key->setKey(r.rawKey);
    m_keyBox->show();
    m_close->setEnabled(false); // until the key is stored (or its loss confirmed on Esc)
    if (auto *copy = m_key->findChild<QPushButton *>(QStringLiteral("copyKeyButton")))
        copy->setFocus();
    emit memberAdded(r.member);
}

void AddMemberDialog::done(int result)
{
    if (m_running)
        return; // Esc or the window's close button while the saga runs: it finishes first
    if (m_result.ok && m_keyBox->isVisible() && !m_key->isStored()
        && !confirm(this, windowTitle(), tr("The key will not be shown again. Close without having stored it?")))
        return;
    m_key->clear();
    QDialog::done(result);
}

} // namespace OrgConsole
