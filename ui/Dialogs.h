#pragma once

#include "models/Organization.h"

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

// Message boxes with a test seam: tests queue the next answers instead of clicking.
void showError(QWidget *parent, const QString &title, const QString &text);
bool confirm(QWidget *parent, const QString &title, const QString &text);
void setNextConfirmAnswers(const QList<bool> &answers); // tests only
QStringList takeShownErrors(); // tests only

class BudgetDialog : public QDialog
{
    Q_OBJECT
public:
    BudgetDialog(const Organization &organization, QWidget *parent = nullptr);
    std::optional<double> maxBudget() const;
    QString budgetDuration() const;

private:
    BudgetEditor *m_editor;
    QLabel *m_error;
    QPushButton *m_ok;
};

// Deleting needs the organization's name typed exactly; other destructive fixes a phrase.
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDeleteDialog(const QString &name, QWidget *parent = nullptr);
    // `html` says what will be deleted; the button enables once `expected` is typed exactly.
    ConfirmDeleteDialog(const QString &title, const QString &html, const QString &expected, QWidget *parent = nullptr);

private:
    QLineEdit *m_typed;
};

// A key shown once, with copy (clipboard cleared after 60 s) and "I have stored it".
class ShowKeyDialog : public QDialog
{
    Q_OBJECT
public:
    ShowKeyDialog(const Organization &organization, const QString &rawKey, QWidget *parent = nullptr);
    ~ShowKeyDialog() override;

private:
    QLineEdit *m_key;
};

} // namespace OrgConsole
