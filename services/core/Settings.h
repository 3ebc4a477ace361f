#pragma once

#include "services/core/BudgetLevels.h"
#include "services/litellm/ProxyProfile.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace OrgConsole {

// Where the app keeps its settings and data. ORGCONSOLE_CONFIG_DIR (or --config) moves both into
// one folder, for scripts and tests.
struct AppPaths {
    QString configDir;
    QString dataDir;
    static AppPaths resolve(const QString &overrideDir = {});
    QString settingsFile() const { return configDir + QStringLiteral("/orgconsole.ini"); }
    QString defaultDatabase() const { return dataDir + QStringLiteral("/orgconsole.db"); }
    QString sandboxDatabase() const { return dataDir + QStringLiteral("/sandbox.db"); }
};

struct NewOrgDefaults {
    std::optional<double> maxBudget; // nullopt = unlimited
    // False when Settings never stored a budget: the console then suggests kSuggestedBudget
    // instead of ticking "Unlimited" (orgctl keeps "unlimited" as its default).
    bool budgetChosen = false;
    QString budgetDuration = QStringLiteral("30d");
    QStringList models;
};

// Typed settings shared by the console and orgctl. Never holds a secret.
class Settings : public QObject
{
    Q_OBJECT
public:
    explicit Settings(const AppPaths &paths, QObject *parent = nullptr);

    QStringList profileNames() const;
    std::optional<ProxyProfile> profile(const QString &name) const;
    void saveProfile(const ProxyProfile &profile);
    void removeProfile(const QString &name);
    QString activeProfile() const;
    void setActiveProfile(const QString &name);

    QString databaseUrl() const; // empty = the default SQLite file
    void setDatabaseUrl(const QString &url);

    NewOrgDefaults defaults() const;
    void setDefaults(const NewOrgDefaults &defaults);

    QString operatorName() const; // default: the OS user
    void setOperatorName(const QString &name);
    // A name was chosen (in Settings or at the first start), not taken from the login.
    bool hasOperatorName() const;

    // The console starts in the sandbox although profiles exist (chosen in Settings).
    bool startInSandbox() const;
    void setStartInSandbox(bool sandbox);

    // The console's window geometry, splitter and column state (opaque bytes, under "ui/").
    QByteArray uiState(const QString &key) const;
    void setUiState(const QString &key, const QByteArray &state);

    // Budget watch: the alert levels organizations without their own follow (default 80 and 100;
    // a damaged stored value reads as the default), and how often the console refreshes in the
    // background (minutes, 1 to 1440; default 5).
    BudgetLevels alertLevels() const;
    void setAlertLevels(const BudgetLevels &levels);
    int autoRefreshMinutes() const;
    void setAutoRefreshMinutes(int minutes);
    static constexpr int kDefaultAutoRefreshMinutes = 5;
    static constexpr int kMaxAutoRefreshMinutes = 1440;

    void sync() { m_settings->sync(); }
    QString fileName() const { return m_settings->fileName(); }

signals:
    // The alert levels or the refresh interval changed.
    void budgetWatchChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

QString osUserName();

// What the console suggests for a new organization while no default budget was chosen.
constexpr double kSuggestedBudget = 100.0;

} // namespace OrgConsole
