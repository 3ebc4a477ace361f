#pragma once

#include "models/Organization.h"
#include "ui/OneTimeKeyWidget.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace OrgConsole {

class BudgetEditor;
class ClipboardGuard;

// "14:02" for a time today, "3 Mar 14:02" for another day (local time): how old figures are.
QString clockTime(const QDateTime &time);

// Where a save dialog opens: the user's documents folder, or the home folder where there is none
// (a fresh account, a server's desktop), never the directory the console was started from.
QString saveFolder();

// Message boxes with a test seam: tests queue the next answers instead of clicking.
void showError(QWidget *parent, const QString &title, const QString &text);
bool confirm(QWidget *parent, const QString &title, const QString &text);
void setNextConfirmAnswers(const QList<bool> &answers); // tests only
QStringList takeAskedQuestions(); // tests only: the texts the queued answers answered
QStringList takeShownErrors(); // tests only
// One line of text; nullopt when cancelled. Tests queue the answers (nullopt = cancel).
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label, const QString &initial);
void setNextTextAnswers(const QList<std::optional<QString>> &answers); // tests only

class BudgetDialog : public QDialog
{
    Q_OBJECT
public:
    BudgetDialog(const Organization &organization, QWidget *parent = nullptr);
    std::optional<double> maxBudget() const;
    QString budgetDuration() const;
    // The members' own budgets (user id, amount): a budget below any of them is said under the
    // field (allowed: the organization's budget then stops their requests first).
    void setMemberBudgets(QList<QPair<QString, double>> budgets);

private:
    void sayMembersAbove();

    BudgetEditor *m_editor;
    QPushButton *m_ok;
    QLabel *m_membersAbove;
    QList<QPair<QString, double>> m_memberBudgets;
};

// Deleting needs the organization's name typed exactly; other destructive fixes a phrase.
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDeleteDialog(const QString &name, int memberCount, QWidget *parent = nullptr);
    // `html` says what will be deleted; the button enables once `expected` is typed exactly.
    ConfirmDeleteDialog(const QString &title, const QString &html, const QString &expected, QWidget *parent = nullptr);

private:
    QLineEdit *m_typed;
};

// Keys shown once (rotation, re-issue, recovery, import) in a OneTimeKeyWidget. Close needs the
// "I have stored the key" tick; Escape or the window's close button without it asks first.
class ShowKeyDialog : public QDialog
{
    Q_OBJECT
public:
    ShowKeyDialog(const Organization &organization, const QString &rawKey, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    // Several keys at once, one row each; `subject` names them in the title ("3 imported organizations").
    ShowKeyDialog(const QString &subject, const QList<NamedKey> &keys, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    void done(int result) override;

private:
    ShowKeyDialog(const QString &title, const QString &text, ClipboardGuard *clipboard, QWidget *parent);
    OneTimeKeyWidget *m_keys;
};

} // namespace OrgConsole
