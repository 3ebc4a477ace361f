#include "services/core/Settings.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace OrgConsole {

AppPaths AppPaths::resolve(const QString &overrideDir)
{
    AppPaths p;
    const QString dir = !overrideDir.isEmpty() ? overrideDir : qEnvironmentVariable("ORGCONSOLE_CONFIG_DIR");
    if (!dir.isEmpty()) {
        p.configDir = QDir(dir).absolutePath();
        p.dataDir = p.configDir;
    } else {
        p.configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/orgconsole");
        p.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/orgconsole");
    }
    QDir().mkpath(p.configDir);
    QDir().mkpath(p.dataDir);
    return p;
}

Settings::Settings(const AppPaths &paths, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(paths.settingsFile(), QSettings::IniFormat))
{
}

QStringList Settings::profileNames() const
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort();
    return names;
}

std::optional<ProxyProfile> Settings::profile(const QString &name) const
{
    if (!profileNames().contains(name))
        return std::nullopt;
    m_settings->beginGroup(QStringLiteral("profiles/") + name);
    ProxyProfile p;
    p.name = name;
    p.baseUrl = QUrl(m_settings->value(QStringLiteral("url")).toString());
    p.caBundlePath = m_settings->value(QStringLiteral("ca_file")).toString();
    p.timeoutMs = m_settings->value(QStringLiteral("timeout_ms"), 30000).toInt();
    p.allowPlainHttp = m_settings->value(QStringLiteral("allow_http"), false).toBool();
    m_settings->endGroup();
    return p;
}

void Settings::saveProfile(const ProxyProfile &p)
{
    m_settings->beginGroup(QStringLiteral("profiles/") + p.name);
    m_settings->setValue(QStringLiteral("url"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("ca_file"), p.caBundlePath);
    m_settings->setValue(QStringLiteral("timeout_ms"), p.timeoutMs);
    m_settings->setValue(QStringLiteral("allow_http"), p.allowPlainHttp);
    m_settings->endGroup();
    m_settings->sync();
}

void Settings::removeProfile(const QString &name)
{
    m_settings->remove(QStringLiteral("profiles/") + name);
    if (activeProfile() == name)
        m_settings->remove(QStringLiteral("active_profile"));
    m_settings->sync();
}

QString Settings::activeProfile() const
{
    const QString active = m_settings->value(QStringLiteral("active_profile")).toString();
    if (!active.isEmpty() && profileNames().contains(active))
        return active;
    const QStringList names = profileNames();
    return names.size() == 1 ? names.first() : QString();
}

void Settings::setActiveProfile(const QString &name)
{
    m_settings->setValue(QStringLiteral("active_profile"), name);
    m_settings->sync();
}

QString Settings::databaseUrl() const
{
    return m_settings->value(QStringLiteral("database/url")).toString();
}

void Settings::setDatabaseUrl(const QString &url)
{
    m_settings->setValue(QStringLiteral("database/url"), url);
    m_settings->sync();
}

NewOrgDefaults Settings::defaults() const
{
    NewOrgDefaults d;
    const QVariant budget = m_settings->value(QStringLiteral("defaults/max_budget"));
    bool ok = false;
    const double value = budget.toString().toDouble(&ok);
    if (ok && value >= 0)
        d.maxBudget = value;
    d.budgetChosen = m_settings->contains(QStringLiteral("defaults/max_budget"));
    d.budgetDuration = m_settings->value(QStringLiteral("defaults/budget_duration"), QStringLiteral("30d")).toString();
    d.models = m_settings->value(QStringLiteral("defaults/models")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return d;
}

void Settings::setDefaults(const NewOrgDefaults &d)
{
    m_settings->setValue(QStringLiteral("defaults/max_budget"), d.maxBudget ? QString::number(*d.maxBudget) : QString());
    m_settings->setValue(QStringLiteral("defaults/budget_duration"), d.budgetDuration);
    m_settings->setValue(QStringLiteral("defaults/models"), d.models.join(QLatin1Char(',')));
    m_settings->sync();
}

QString osUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#if defined(Q_OS_UNIX)
    if (user.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString Settings::operatorName() const
{
    const QString name = m_settings->value(QStringLiteral("operator/name")).toString();
    return name.isEmpty() ? osUserName() : name;
}

void Settings::setOperatorName(const QString &name)
{
    m_settings->setValue(QStringLiteral("operator/name"), name);
    m_settings->sync();
}

bool Settings::hasOperatorName() const
{
    return !m_settings->value(QStringLiteral("operator/name")).toString().isEmpty();
}

bool Settings::startInSandbox() const
{
    return m_settings->value(QStringLiteral("start/sandbox"), false).toBool();
}

void Settings::setStartInSandbox(bool sandbox)
{
    m_settings->setValue(QStringLiteral("start/sandbox"), sandbox);
    m_settings->sync();
}

QByteArray Settings::uiState(const QString &key) const
{
    return m_settings->value(QStringLiteral("ui/") + key).toByteArray();
}

void Settings::setUiState(const QString &key, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("ui/") + key, state);
}

BudgetLevels Settings::alertLevels() const
{
    QString error;
    const auto levels = parseLevels(m_settings->value(QStringLiteral("watch/levels")).toString(), &error);
    return levels && !levels->isEmpty() ? *levels : kDefaultLevels;
}

void Settings::setAlertLevels(const BudgetLevels &levels)
{
    const BudgetLevels normalized = normalizedLevels(levels);
    if (normalized == alertLevels() && m_settings->contains(QStringLiteral("watch/levels")))
        return;
    m_settings->setValue(QStringLiteral("watch/levels"), levelsText(normalized.isEmpty() ? kDefaultLevels : normalized));
    m_settings->sync();
    emit budgetWatchChanged();
}

int Settings::autoRefreshMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(QStringLiteral("watch/refresh_minutes")).toInt(&ok);
    return ok && minutes >= 1 && minutes <= kMaxAutoRefreshMinutes ? minutes : kDefaultAutoRefreshMinutes;
}

void Settings::setAutoRefreshMinutes(int minutes)
{
    const int value = std::clamp(minutes, 1, kMaxAutoRefreshMinutes);
    if (value == autoRefreshMinutes() && m_settings->contains(QStringLiteral("watch/refresh_minutes")))
        return;
    m_settings->setValue(QStringLiteral("watch/refresh_minutes"), value);
    m_settings->sync();
    emit budgetWatchChanged();
}

} // namespace OrgConsole
