#include "ui/Dialogs.h"

#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "ui/BudgetEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace OrgConsole {

namespace {
QList<bool> &nextAnswers()
{
    static QList<bool> answers;
    return answers;
}
QList<std::optional<QString>> &nextTexts()
{
    static QList<std::optional<QString>> answers;
    return answers;
}
QStringList &askedQuestions()
{
    static QStringList questions;
    return questions;
}
QStringList &shownErrors()
{
    static QStringList errors;
    return errors;
}
bool testMode()
{
    return qEnvironmentVariableIsSet("ORGCONSOLE_UI_TEST");
}
} // namespace

QString clockTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
}

QString saveFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

void setNextConfirmAnswers(const QList<bool> &answers)
{
    nextAnswers() = answers;
}

QStringList takeAskedQuestions()
{
    return std::exchange(askedQuestions(), {});
}

QStringList takeShownErrors()
{
    return std::exchange(shownErrors(), {});
}

void setNextTextAnswers(const QList<std::optional<QString>> &answers)
{
    nextTexts() = answers;
}

std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    if (!nextTexts().isEmpty())
        return nextTexts().takeFirst();
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    shownErrors().append(text);
    if (testMode())
        return;
    QMessageBox::warning(parent, title, text);
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (!nextAnswers().isEmpty()) {
        askedQuestions().append(text);
        return nextAnswers().takeFirst();
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

BudgetDialog::BudgetDialog(const Organization &o, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("budgetDialog"));
    setWindowTitle(tr("Change budget"));
    m_editor = new BudgetEditor(this);
    m_editor->setBudget(o.maxBudget);
    m_editor->setDuration(o.budgetDuration);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *current = new QLabel(
        tr("<b>%1</b>: currently %2, spent %3.").arg(o.name.toHtmlEscaped(), formatUsd(o.maxBudget), formatUsd(o.spend)), this);
    current->setWordWrap(true);
    m_membersAbove = new QLabel(this);
    m_membersAbove->setObjectName(QStringLiteral("budgetMembersAbove"));
    m_membersAbove->setWordWrap(true);
    m_membersAbove->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addWidget(m_editor);
    layout->addWidget(m_membersAbove);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The editor says what is wrong beside the field; OK waits until nothing is.
    connect(m_editor, &BudgetEditor::changed, this, [this] {
        m_ok->setEnabled(m_editor->problem().isEmpty());
        sayMembersAbove();
    });
}

void BudgetDialog::setMemberBudgets(QList<QPair<QString, double>> budgets)
{
    m_memberBudgets = std::move(budgets);
    sayMembersAbove();
}

void BudgetDialog::sayMembersAbove()
{
    const std::optional<double> budget = m_editor->budget();
    QStringList above;
    for (const auto &[user, amount] : std::as_const(m_memberBudgets)) {
        if (budget && amount > *budget)
            above.append(tr("%1 (%2)").arg(user, formatUsd(amount)));
    }
    m_membersAbove->setVisible(!above.isEmpty());
    m_membersAbove->setText(
        tr("Above this budget: the own budget of %n member(s), %1. The organization's budget stops their requests first; "
           "change their budgets in Members to keep them within it.",
           nullptr, int(above.size()))
            .arg(above.join(QStringLiteral(", "))));
}

std::optional<double> BudgetDialog::maxBudget() const
{
    return m_editor->budget();
}

QString BudgetDialog::budgetDuration() const
{
    return m_editor->duration();
}

// The members' keys go with the team: said, with how many, when there is more than the owner's
// (always two or more: no plural forms needed).
static QString deleteOrganizationText(const QString &name, int memberCount)
{
    if (memberCount > 1)
        return ConfirmDeleteDialog::tr("This deletes <b>%1</b> and its team on the proxy, with the keys of its %2 "
                                       "members. The audit trail is kept.<br>Type the organization's name to confirm:")
            .arg(name.toHtmlEscaped())
            .arg(memberCount);
    return ConfirmDeleteDialog::tr("This deletes <b>%1</b>, its team and its key on the proxy. The audit trail is "
                                   "kept.<br>Type the organization's name to confirm:")
        .arg(name.toHtmlEscaped());
}

ConfirmDeleteDialog::ConfirmDeleteDialog(const QString &name, int memberCount, QWidget *parent)
    : ConfirmDeleteDialog(tr("Delete organization"), // the name is in the text: a long one would be cut from the title
                          deleteOrganizationText(name, memberCount), name, parent)
{
}

ConfirmDeleteDialog::ConfirmDeleteDialog(const QString &title, const QString &html, const QString &expected, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmDeleteDialog"));
    setWindowTitle(title);
    auto *text = new QLabel(html, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("typedName"));
    m_typed->setAccessibleName(tr("Text to type to confirm"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *del = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    del->setObjectName(QStringLiteral("confirmDeleteButton"));
    del->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    setMinimumWidth(std::max(480, text->fontMetrics().horizontalAdvance(title) + 160));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
    connect(m_typed, &QLineEdit::textChanged, del, [del, expected](const QString &t) { del->setEnabled(t == expected); });
    connect(del, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShowKeyDialog::ShowKeyDialog(const QString &title, const QString &text, ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("showKeyDialog"));
    setWindowTitle(title);
    m_keys = new OneTimeKeyWidget(clipboard, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setEnabled(false);
    close->setDefault(true);
    setMinimumWidth(640); // the whole key visible, the buttons still when Copy reports
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(text, this));
    layout->addWidget(m_keys);
    layout->addWidget(buttons);
    connect(m_keys, &OneTimeKeyWidget::storedChanged, close, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
}

ShowKeyDialog::ShowKeyDialog(const Organization &o, const QString &rawKey, ClipboardGuard *clipboard, QWidget *parent)
    : ShowKeyDialog(tr("New key for %1").arg(o.name), tr("The key is shown only once (%1).").arg(o.keyName), clipboard, parent)
{
    m_keys->setKey(rawKey);
}

ShowKeyDialog::ShowKeyDialog(const QString &subject, const QList<NamedKey> &keys, ClipboardGuard *clipboard, QWidget *parent)
    : ShowKeyDialog(tr("New keys for %1").arg(subject), tr("The keys are shown only once."), clipboard, parent)
{
    m_keys->setKeys(keys);
}

void ShowKeyDialog::done(int result)
{
    // Escape and the window's close button bypass the disabled Close button; the key would be gone.
    if (!m_keys->isStored()
        && !confirm(this, windowTitle(), tr("The key will not be shown again. Close without having stored it?")))
        return;
    m_keys->clear();
    QDialog::done(result);
}

} // namespace OrgConsole
