#include "ui/SettingsDialog.h"

#include "models/BudgetDuration.h"
#include "models/Validation.h"
#include "services/core/AppContext.h"
#include "services/core/Diagnostics.h"
#include "services/secrets/SecretStore.h"
#include "ui/BudgetEditor.h"
#include "ui/BudgetWatchSettings.h"
#include "ui/Dialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace OrgConsole {

SettingsDialog::SettingsDialog(AppContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildProfilesTab(tabs), tr("Proxy profiles"));
    tabs->addTab(buildDatabaseTab(tabs), tr("Database"));
    tabs->addTab(buildDefaultsTab(tabs), tr("Defaults"));
    m_watch = new BudgetWatchSettings(context->settings(), tabs);
    m_watch->setObjectName(QStringLiteral("budgetWatchTab"));
    tabs->addTab(m_watch, tr("Budget watch"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(780, 460);

    for (const QString &n : context->settings().profileNames())
        m_profiles->addItem(n);
    connect(m_profiles, &QListWidget::currentTextChanged, this, &SettingsDialog::loadProfile);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::saveAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QString active = context->settings().activeProfile();
    const auto items = m_profiles->findItems(active, Qt::MatchExactly);
    if (!items.isEmpty())
        m_profiles->setCurrentItem(items.first());
    fillStartWith();
    if (items.isEmpty())
        m_masterKey->setPlaceholderText(tr("paste the master key; it is kept in the OS keychain"));
}

// "Start with": the sandbox or a profile, chosen here and nowhere else, so that adding a profile
// never switches the next start away from the sandbox without saying so.
void SettingsDialog::fillStartWith()
{
    Settings &settings = m_context->settings();
    m_startWith->clear();
    m_startWith->addItem(tr("the sandbox (simulated proxy, nothing real)"), QString());
    for (const QString &n : settings.profileNames())
        m_startWith->addItem(tr("the profile \"%1\"").arg(n), n);
    const bool sandbox = settings.profileNames().isEmpty() || settings.startInSandbox();
    const int index = sandbox ? 0 : m_startWith->findData(settings.activeProfile());
    m_startWith->setCurrentIndex(std::max(0, index));
}

QString SettingsDialog::startChangeNote() const
{
    const QString next = m_startWith->currentData().toString().isEmpty()
        ? tr("the sandbox")
        : tr("the profile \"%1\"").arg(m_startWith->currentData().toString());
    return tr("Settings saved. The next start uses %1; a changed database also applies then.").arg(next);
}

// What is in use now, and what the next start uses.
QLayout *SettingsDialog::buildStartWith(QWidget *profilesTab)
{
    m_startWith = new QComboBox(profilesTab);
    m_startWith->setObjectName(QStringLiteral("startWithCombo"));
    auto *inUse = new QLabel(m_context->isSandbox()      ? tr("In use now: the sandbox.")
                                 : m_context->hasProxy() ? tr("In use now: the profile \"%1\".").arg(m_context->profile().name)
                                                         : tr("In use now: no proxy."),
                             profilesTab);
    inUse->setObjectName(QStringLiteral("profileInUse"));
    auto *startForm = new QFormLayout;
    startForm->addRow(QString(), inUse);
    auto *startLabel = new QLabel(tr("Start &with:"), profilesTab);
    startLabel->setBuddy(m_startWith);
    startForm->addRow(startLabel, m_startWith);
    return startForm;
}

QWidget *SettingsDialog::buildProfilesTab(QWidget *tabs)
{
    auto *profilesTab = new QWidget(tabs);
    m_profiles = new QListWidget(profilesTab);
    m_profiles->setObjectName(QStringLiteral("profileList"));
    m_profiles->setAccessibleName(tr("Proxy profiles"));
    m_profileName = new QLineEdit(profilesTab);
    m_profileName->setObjectName(QStringLiteral("profileNameEdit"));
    m_url = new QLineEdit(profilesTab);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://litellm.example.com"));
    m_masterKey = new QLineEdit(profilesTab);
    m_masterKey->setObjectName(QStringLiteral("masterKeyEdit"));
    m_masterKey->setEchoMode(QLineEdit::Password);
    m_masterKey->setAccessibleName(tr("Master key"));
    m_caFile = new QLineEdit(profilesTab);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    auto *browse = new QPushButton(tr("Browse…"), profilesTab);
    m_timeout = new QSpinBox(profilesTab);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(30);
    m_allowHttp = new QCheckBox(tr("Allow plain &HTTP to a remote proxy"), profilesTab);
    m_allowHttp->setObjectName(QStringLiteral("allowHttpCheck"));
    m_httpWarning = new QLabel(tr("Warning: the master key would travel unencrypted."), profilesTab);
    m_httpWarning->setVisible(false);
    m_testButton = new QPushButton(tr("&Test connection"), profilesTab);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testResult = new QLabel(profilesTab);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    auto *saveProfile = new QPushButton(tr("&Save profile"), profilesTab);
    saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    auto *removeProfile = new QPushButton(tr("&Remove"), profilesTab);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_profileName);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Master key:"), m_masterKey);
    // A row holding a layout has no buddy, so its mnemonic would show as a literal '&'.
    auto *caLabel = new QLabel(tr("&CA bundle:"), profilesTab);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("T&imeout:"), m_timeout);
    form->addRow(QString(), m_allowHttp);
    form->addRow(QString(), m_httpWarning);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_testButton);
    profileButtons->addStretch();
    profileButtons->addWidget(removeProfile);
    profileButtons->addWidget(saveProfile);
    auto *right = new QVBoxLayout;
    right->addLayout(buildStartWith(profilesTab));
    right->addLayout(form);
    right->addLayout(profileButtons);
    right->addWidget(m_testResult);
    right->addStretch();
    auto *profilesLayout = new QHBoxLayout(profilesTab);
    profilesLayout->addWidget(m_profiles, 1);
    profilesLayout->addLayout(right, 2);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f
            = QFileDialog::getOpenFileName(this, tr("CA bundle"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    connect(m_allowHttp, &QCheckBox::toggled, m_httpWarning, &QWidget::setVisible);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(saveProfile, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(removeProfile, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    return profilesTab;
}

QWidget *SettingsDialog::buildDatabaseTab(QWidget *tabs)
{
    auto *dbTab = new QWidget(tabs);
    m_database = new QLineEdit(m_context->settings().databaseUrl(), dbTab);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("empty = %1, or postgresql://user@host:5432/db").arg(m_context->paths().defaultDatabase()));
    auto *dbTest = new QPushButton(tr("T&est"), dbTab);
    dbTest->setObjectName(QStringLiteral("databaseTestButton"));
    m_databaseResult = new QLabel(dbTab);
    m_databaseResult->setObjectName(QStringLiteral("databaseResult"));
    m_databaseResult->setWordWrap(true);
    m_databasePassword = new QLineEdit(dbTab);
    m_databasePassword->setObjectName(QStringLiteral("databasePasswordEdit"));
    m_databasePassword->setEchoMode(QLineEdit::Password);
    m_databasePassword->setPlaceholderText(tr("PostgreSQL only; kept in the keychain (or use PGPASSFILE)"));
    auto *dbLayout = new QFormLayout(dbTab);
    auto *inUse
        = new QLabel(m_context->isSandbox() ? tr("%1 (the sandbox's own database; the setting below is for normal starts)")
                                                  .arg(m_context->databaseLocation().displayUrl())
                                            : m_context->databaseLocation().displayUrl(),
                     dbTab);
    inUse->setObjectName(QStringLiteral("databaseInUse"));
    inUse->setWordWrap(true);
    inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dbLayout->addRow(tr("In use now:"), inUse);
    dbLayout->addRow(tr("&Database:"), m_database);
    dbLayout->addRow(tr("&Password:"), m_databasePassword);
    dbLayout->addRow(QString(), dbTest);
    dbLayout->addRow(QString(), m_databaseResult);
    dbLayout->addRow(
        QString(),
        new QLabel(tr("A PostgreSQL password comes from the keychain or PGPASSFILE. Changes apply at the next start."), dbTab));

    connect(dbTest, &QPushButton::clicked, this, &SettingsDialog::testDatabase);
    return dbTab;
}

QWidget *SettingsDialog::buildDefaultsTab(QWidget *tabs)
{
    auto *defaultsTab = new QWidget(tabs);
    const NewOrgDefaults d = m_context->settings().defaults();
    m_defaults = new BudgetEditor(defaultsTab);
    m_defaults->setBudget(d.budgetChosen ? d.maxBudget : std::optional<double>(kSuggestedBudget));
    m_defaults->setDuration(d.budgetDuration);
    m_defaultModels = new QLineEdit(d.models.join(QStringLiteral(", ")), defaultsTab);
    m_defaultModels->setObjectName(QStringLiteral("defaultModelsEdit"));
    m_operator = new QLineEdit(m_context->operatorName(), defaultsTab);
    m_operator->setObjectName(QStringLiteral("operatorEdit"));
    auto *defaultsLayout = new QFormLayout(defaultsTab);
    defaultsLayout->addRow(tr("New organizations:"), m_defaults);
    defaultsLayout->addRow(tr("Default m&odels:"), m_defaultModels);
    defaultsLayout->addRow(tr("Your &name (audit trail):"), m_operator);

    return defaultsTab;
}

void SettingsDialog::loadProfile(const QString &name)
{
    const auto p = m_context->settings().profile(name);
    if (!p)
        return;
    m_profileName->setText(p->name);
    m_url->setText(p->baseUrl.toString());
    m_caFile->setText(p->caBundlePath);
    m_timeout->setValue(p->timeoutMs / 1000);
    m_allowHttp->setChecked(p->allowPlainHttp);
    m_masterKey->clear();
    m_testResult->clear();
    // Say whether a key is stored, rather than promising to keep one that does not exist.
    m_masterKey->setPlaceholderText(tr("checking the keychain…"));
    QPointer<SettingsDialog> self(this);
    m_context->secrets().read(SecretStore::masterKeyName(name), [self, name](SecretResult r) {
        if (!self || self->m_profileName->text() != name)
            return;
        self->m_masterKey->setPlaceholderText(r.ok ? tr("a key is stored in the keychain; leave empty to keep it")
                                                   : tr("none stored: paste the master key (kept in the OS keychain)"));
    });
}

ProxyProfile SettingsDialog::formProfile() const
{
    ProxyProfile p;
    p.name = m_profileName->text().trimmed();
    p.baseUrl = QUrl(m_url->text().trimmed());
    p.caBundlePath = m_caFile->text().trimmed();
    p.timeoutMs = m_timeout->value() * 1000;
    p.allowPlainHttp = m_allowHttp->isChecked();
    return p;
}

void SettingsDialog::saveProfile()
{
    const ProxyProfile p = formProfile();
    if (p.name.isEmpty())
        return showError(this, tr("Profile"), tr("Give the profile a name."));
    if (const QString e = checkProxyUrl(p.baseUrl, p.allowPlainHttp); !e.isEmpty())
        return showError(this, tr("Profile"), e);
    const bool firstProfile = m_context->settings().profileNames().isEmpty();
    m_context->settings().saveProfile(p);
    if (m_profiles->findItems(p.name, Qt::MatchExactly).isEmpty())
        m_profiles->addItem(p.name);
    if (m_context->isSandbox() && firstProfile) {
        // Without this the next start would quietly leave the sandbox for the new profile.
        const bool use = confirm(this, tr("Start with this profile?"),
                                 tr("The console runs in the sandbox because no profile existed. Start with the profile "
                                    "\"%1\" from the next start?\n\nCancel keeps starting in the sandbox; \"Start with\" "
                                    "on this page changes it at any time.")
                                     .arg(p.name));
        m_context->settings().setStartInSandbox(!use);
        m_context->settings().setActiveProfile(p.name);
    }
    fillStartWith();
    if (!m_masterKey->text().isEmpty()) {
        const QString key = m_masterKey->text();
        m_masterKey->clear();
        m_context->secrets().write(SecretStore::masterKeyName(p.name), key, [this](SecretResult r) {
            m_testResult->setText(r.memoryOnly ? r.error : (r.ok ? tr("Saved; the master key is in the keychain.") : r.error));
        });
    } else {
        m_testResult->setText(tr("Saved."));
    }
}

void SettingsDialog::removeProfile()
{
    const QString name = m_profileName->text().trimmed();
    if (name.isEmpty()
        || !confirm(this, tr("Remove profile"), tr("Remove the profile \"%1\" and its stored master key?").arg(name)))
        return;
    m_context->settings().removeProfile(name);
    m_context->secrets().remove(SecretStore::masterKeyName(name), [](SecretResult) {});
    qDeleteAll(m_profiles->findItems(name, Qt::MatchExactly));
    fillStartWith();
}

void SettingsDialog::testConnection()
{
    const ProxyProfile p = formProfile();
    if (const QString e = checkProxyUrl(p.baseUrl, p.allowPlainHttp); !e.isEmpty()) {
        m_testResult->setText(e);
        emit connectionTested(false, e);
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    auto run = [this, p](const QString &key) {
        QPointer<SettingsDialog> self(this);
        m_context->diagnostics().testConnection(p, key, m_context->operatorName(), [this, self](Result<ConnectionReport> r) {
            if (!self)
                return;
            m_testButton->setEnabled(true);
            const bool ok = r.ok() && r.value->adminKey && r.value->databaseConnected;
            const QString text = r.ok() ? r.value->summary : r.error.message;
            m_testResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
            emit connectionTested(ok, text);
        });
    };
    if (!m_masterKey->text().isEmpty())
        return run(m_masterKey->text());
    m_context->secrets().read(SecretStore::masterKeyName(p.name), [this, run](SecretResult r) {
        if (!r.ok) {
            m_testButton->setEnabled(true);
            const QString text = tr("No master key: type it above (it is stored in the keychain when you save the profile).");
            m_testResult->setText(QStringLiteral("✖ ") + text);
            emit connectionTested(false, text);
            return;
        }
        run(r.secret);
    });
}

void SettingsDialog::testDatabase()
{
    const QString url
        = m_database->text().trimmed().isEmpty() ? m_context->paths().defaultDatabase() : m_database->text().trimmed();
    m_databaseResult->setText(tr("Testing…"));
    m_context->diagnostics().testDatabase(url, m_databasePassword->text(), this, [this](DatabaseProbe p) {
        if (!p.error.isEmpty())
            return m_databaseResult->setText(QStringLiteral("✖ ") + p.error);
        if (!p.note.isEmpty())
            return m_databaseResult->setText(QStringLiteral("ℹ ") + p.note);
        if (p.newerSchema)
            return m_databaseResult->setText(
                tr("✖ Schema version %1 is newer than this OrgConsole (%2).").arg(p.schemaVersion).arg(p.knownSchemaVersion));
        m_databaseResult->setText(p.warning.isEmpty() ? tr("✔ Connected (schema version %1).").arg(p.schemaVersion)
                                                      : tr("⚠ Connected, not encrypted. %1").arg(p.warning));
    });
}

void SettingsDialog::saveAll()
{
    if (const QString e = m_defaults->problem(); !e.isEmpty())
        return showError(this, tr("Defaults"), e);
    if (const QString e = validateOperatorName(m_operator->text().trimmed()); !e.isEmpty()) {
        m_operator->setFocus();
        return showError(this, tr("Your name"), e);
    }
    if (const QString e = m_watch->problem(); !e.isEmpty())
        return showError(this, tr("Budget watch"), e);
    NewOrgDefaults d;
    d.maxBudget = m_defaults->budget();
    d.budgetDuration = m_defaults->duration();
    for (const QString &m : m_defaultModels->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        d.models.append(m.trimmed());
    m_context->settings().setDefaults(d);
    m_watch->save(m_context->settings());
    m_context->settings().setDatabaseUrl(m_database->text().trimmed());
    if (!m_databasePassword->text().isEmpty()) {
        m_context->diagnostics().storeDatabasePassword(m_database->text().trimmed(), m_databasePassword->text());
        m_databasePassword->clear();
    }
    m_context->settings().setOperatorName(m_operator->text().trimmed());
    m_context->setOperatorName(m_operator->text().trimmed()); // applies now, not at the next start
    const QString startWith = m_startWith->currentData().toString();
    m_context->settings().setStartInSandbox(startWith.isEmpty() && !m_context->settings().profileNames().isEmpty());
    if (!startWith.isEmpty())
        m_context->settings().setActiveProfile(startWith);
    accept();
}

} // namespace OrgConsole
