#include "ui/AboutDialog.h"

#include "orgconsole/version.h"
#include "services/core/AppContext.h"
#include "services/core/Settings.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace OrgConsole {

namespace {
QString profileLine(AppContext *context)
{
    if (!context->hasProxy())
        return AboutDialog::tr("none (no proxy connected)");
    const QString url = context->profile().baseUrl.toString(QUrl::RemoveUserInfo);
    return context->isSandbox() ? AboutDialog::tr("sandbox (the built-in simulator at %1)").arg(url)
                                : AboutDialog::tr("%1 (%2)").arg(context->profile().name, url);
}
} // namespace

QString AboutDialog::licenceText()
{
    QFile file(QStringLiteral(":/doc/LICENSE"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

AboutDialog::AboutDialog(AppContext *context, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About OrgConsole"));
    const QString licence = licenceText();
    const QString licenceName = licence.section(QLatin1Char('\n'), 0, 0).trimmed();
    const QStringList facts = {
        tr("OrgConsole %1").arg(QString::fromLatin1(kVersion)),
        tr("Qt %1 (built with %2) on %3, %4")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName(),
                 QGuiApplication::platformName()),
        tr("Licence: %1").arg(licenceName),
        tr("Proxy profile: %1").arg(profileLine(context)),
        tr("Database: %1").arg(context->databaseLocation().displayUrl()),
        tr("Settings: %1").arg(context->settings().fileName()),
    };
    m_support = facts.join(QLatin1Char('\n'));

    auto *title = new QLabel(tr("<h3>OrgConsole %1</h3><p>Onboards customer organizations onto a LiteLLM proxy and looks "
                                "after their budgets and keys.</p>")
                                 .arg(QString::fromLatin1(kVersion)),
                             this);
    title->setWordWrap(true);
    auto *details = new QPlainTextEdit(m_support, this);
    details->setObjectName(QStringLiteral("aboutDetails"));
    details->setAccessibleName(tr("Version, proxy profile and database"));
    details->setReadOnly(true);
    details->setLineWrapMode(QPlainTextEdit::NoWrap);
    details->setMaximumHeight(details->fontMetrics().lineSpacing() * (int(facts.size()) + 2));
    auto *licenceView = new QPlainTextEdit(licence, this);
    licenceView->setObjectName(QStringLiteral("licenceText"));
    licenceView->setAccessibleName(tr("Licence"));
    licenceView->setReadOnly(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Co&py for support"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAboutButton"));
    copy->setToolTip(tr("Copies the version, the profile and the database in use (no key, no password)"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_support); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(details);
    auto *licenceLabel = new QLabel(tr("&Licence:"), this);
    licenceLabel->setBuddy(licenceView);
    layout->addWidget(licenceLabel);
    layout->addWidget(licenceView, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

} // namespace OrgConsole
