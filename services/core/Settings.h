#pragma once

#include "services/litellm/ProxyProfile.h"

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
    QString budgetDuration = QStringLiteral("30d");
    QStringList models;
};

// Typed settings shared by the console and orgctl. Never holds a secret.
class Settings
{
public:
    explicit Settings(const AppPaths &paths);

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

    void sync() { m_settings->sync(); }
    QString fileName() const { return m_settings->fileName(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

QString osUserName();

} // namespace OrgConsole
