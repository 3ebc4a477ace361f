#pragma once

#include "services/litellm/ProxyProfile.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace OrgConsole {

class AppContext;
class BudgetEditor;
class BudgetWatchSettings;

// Proxy profiles (master key in the keychain), database, defaults for new organizations, operator.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppContext *context, QWidget *parent = nullptr);
    // What the next start uses, in words, for the status bar after OK.
    QString startChangeNote() const;

signals:
    void connectionTested(bool ok, const QString &summary);

private:
    QWidget *buildProfilesTab(QWidget *tabs);
    QLayout *buildStartWith(QWidget *profilesTab);
    QWidget *buildDatabaseTab(QWidget *tabs);
    QWidget *buildDefaultsTab(QWidget *tabs);
    void loadProfile(const QString &name);
    void fillStartWith();
    ProxyProfile formProfile() const;
    void saveProfile();
    void removeProfile();
    void testConnection();
    void testDatabase();
    void saveAll();

    AppContext *m_context;
    QListWidget *m_profiles;
    QComboBox *m_startWith;
    QLineEdit *m_profileName;
    QLineEdit *m_url;
    QLineEdit *m_masterKey;
    QLineEdit *m_caFile;
    QSpinBox *m_timeout;
    QCheckBox *m_allowHttp;
    QLabel *m_httpWarning;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QLineEdit *m_database;
    QLineEdit *m_databasePassword;
    QLabel *m_databaseResult;
    BudgetEditor *m_defaults;
    QLineEdit *m_defaultModels;
    QLineEdit *m_operator;
    BudgetWatchSettings *m_watch;
};

} // namespace OrgConsole
