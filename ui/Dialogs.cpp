#include "ui/Dialogs.h"

#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "ui/BudgetEditor.h"
#include "ui/CreateOrgWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace OrgConsole {

namespace {
QList<bool> &nextAnswers()
{
    static QList<bool> answers;
    return answers;
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

void setNextConfirmAnswers(const QList<bool> &answers)
{
    nextAnswers() = answers;
}

QStringList takeShownErrors()
{
    return std::exchange(shownErrors(), {});
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
    if (!nextAnswers().isEmpty())
        return nextAnswers().takeFirst();
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

BudgetDialog::BudgetDialog(const Organization &o, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("budgetDialog"));
    setWindowTitle(tr("Change budget of %1").arg(o.name));
    m_editor = new BudgetEditor(this);
    m_editor->setBudget(o.maxBudget);
    m_editor->setDuration(o.budgetDuration);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Currently %1, spent %2.").arg(formatUsd(o.maxBudget), formatUsd(o.spend)), this));
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &BudgetEditor::changed, this, [this] {
        const QString e = m_editor->problem();
        m_error->setText(e);
        m_ok->setEnabled(e.isEmpty());
    });
}

std::optional<double> BudgetDialog::maxBudget() const
{
    return m_editor->budget();
}

QString BudgetDialog::budgetDuration() const
{
    return m_editor->duration();
}

ConfirmDeleteDialog::ConfirmDeleteDialog(const QString &name, QWidget *parent)
    : ConfirmDeleteDialog(tr("Delete %1").arg(name),
                          tr("This deletes <b>%1</b>, its team and its key on the proxy. The audit trail is kept.<br>"
                             "Type the organization's name to confirm:")
                              .arg(name.toHtmlEscaped()),
                          name, parent)
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
    connect(m_typed, &QLineEdit::textChanged, del, [del, expected](const QString &t) { del->setEnabled(t == expected); });
    connect(del, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShowKeyDialog::ShowKeyDialog(const Organization &o, const QString &rawKey, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("showKeyDialog"));
    setWindowTitle(tr("New key for %1").arg(o.name));
    m_key = new QLineEdit(rawKey, this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setReadOnly(true);
    auto *copy = new QPushButton(tr("&Copy"), this);
    auto *status = new QLabel(this);
    auto *stored = new QCheckBox(tr("I have &stored the key"), this);
    stored->setObjectName(QStringLiteral("storedCheck"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_key, 1);
    row->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The key is shown only once (%1).").arg(o.keyName), this));
    layout->addLayout(row);
    layout->addWidget(status);
    layout->addWidget(stored);
    layout->addWidget(buttons);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(CreateOrgWizard::kClipboardClearMs);
    connect(copy, &QPushButton::clicked, this, [this, timer, status] {
        QApplication::clipboard()->setText(m_key->text());
        status->setText(tr("Copied. The clipboard is cleared in %1 seconds.").arg(CreateOrgWizard::kClipboardClearMs / 1000));
        timer->start();
    });
    // The clipboard is cleared even after the dialog closed.
    connect(timer, &QTimer::timeout, QApplication::clipboard(), [key = rawKey] {
        if (QApplication::clipboard()->text() == key)
            QApplication::clipboard()->clear();
    });
    timer->setParent(QApplication::instance());
    connect(stored, &QCheckBox::toggled, buttons->button(QDialogButtonBox::Close), &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
}

ShowKeyDialog::~ShowKeyDialog()
{
    m_key->clear();
}

} // namespace OrgConsole
