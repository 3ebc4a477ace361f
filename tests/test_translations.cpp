// The German translation is complete and fits: every message of resources/translations/*.ts is
// translated (numerus forms filled, placeholders and accelerators kept), the .ts holds exactly the
// strings lupdate finds in the sources now (a new tr() string without a translation fails here),
// the embedded .qm loads and the console speaks German with unique Alt+letters in every window,
// and an unknown language leaves English in place.
#include "models/Money.h"
#include "models/Validation.h"
#include "services/core/AuditText.h"
#include "services/core/BudgetLevels.h"
#include "services/litellm/LiteLlmError.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/Mnemonics.h"
#include "ui/AboutDialog.h"
#include "ui/CreateOrgWizard.h"
#include "ui/Dialogs.h"
#include "ui/DisplayNames.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/MaintenanceDialog.h"
#include "ui/OrgTableModel.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"
#include "ui/UserGuide.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace OrgConsole;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment; // lupdate's disambiguation
    bool numerus = false;
    QString type; // of <translation>: empty when finished
    QStringList forms; // the translation, or its numerus forms

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    QString where() const { return QStringLiteral("%1: \"%2\"").arg(context, source); }
};

// The messages of a .ts file, read with QXmlStreamReader; `error` says why none could be read.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    qsizetype current = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            current = -1;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name" && current < 0) {
            context = xml.readElementText();
        } else if (name == u"message") {
            out.append(Message {context, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}, {}});
            current = out.size() - 1;
        } else if (current >= 0 && name == u"source") {
            out[current].source = xml.readElementText();
        } else if (current >= 0 && name == u"comment") {
            out[current].comment = xml.readElementText();
        } else if (current >= 0 && name == u"translation") {
            out[current].type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!out[current].numerus)
                out[current].forms = {xml.readElementText()};
        } else if (current >= 0 && name == u"numerusform") {
            out[current].forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

// %1..%9 and %n, sorted ("%3%" is %3 and a percent sign).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%([1-9]|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0));
    out.sort();
    return out;
}

// An accelerator: '&' before a character that is not '&', a space or the start of an HTML entity.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&(#[0-9]+|[A-Za-z]+);"));
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace() && !entity.match(QStringView(text).mid(i)).hasMatch())
            return true;
    }
    return false;
}

// What is wrong with one message's translation; empty when nothing is.
QStringList problemsOf(const Message &m, int pluralForms)
{
    QStringList problems;
    if (!m.type.isEmpty())
        problems.append(QStringLiteral("marked %1").arg(m.type));
    if (m.numerus && m.forms.size() != pluralForms)
        problems.append(QStringLiteral("%1 numerus forms, German has %2").arg(m.forms.size()).arg(pluralForms));
    for (const QString &form : m.forms) {
        if (form.trimmed().isEmpty())
            problems.append(QStringLiteral("empty translation"));
        else if (placeholders(form) != placeholders(m.source))
            problems.append(
                QStringLiteral("placeholders %1 instead of %2 in \"%3\"")
                    .arg(placeholders(form).join(QLatin1Char(' ')), placeholders(m.source).join(QLatin1Char(' ')), form));
        else if (hasAccelerator(form) != hasAccelerator(m.source))
            problems.append(QStringLiteral("accelerator %1 in \"%2\"")
                                .arg(hasAccelerator(m.source) ? QStringLiteral("missing") : QStringLiteral("added"), form));
    }
    return problems;
}

QString sourceDir()
{
    return qEnvironmentVariable("ORGCONSOLE_SOURCE_DIR");
}

QString committedTs()
{
    return sourceDir() + QStringLiteral("/resources/translations/orgconsole_de.ts");
}

// The same sources as qt_add_translations in ui/CMakeLists.txt, listed now (a new file counts): the
// console, and the models and services whose words it shows (errors, step details, findings).
QStringList translatableSources()
{
    QStringList files;
    const QDir root(sourceDir());
    const QStringList dirs {QStringLiteral("ui"),
                            QStringLiteral("models"),
                            QStringLiteral("services/core"),
                            QStringLiteral("services/litellm"),
                            QStringLiteral("services/provisioning"),
                            QStringLiteral("services/reports"),
                            QStringLiteral("services/secrets"),
                            QStringLiteral("services/storage")};
    for (const QString &dir : dirs) {
        const QStringList names
            = QDir(root.filePath(dir)).entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
        for (const QString &name : names)
            files.append(root.filePath(dir + QLatin1Char('/') + name));
    }
    const QStringList app
        = QDir(root.filePath(QStringLiteral("app/orgconsole"))).entryList({QStringLiteral("*.cpp")}, QDir::Files);
    for (const QString &name : app)
        files.append(root.filePath(QStringLiteral("app/orgconsole/") + name));
    return files;
}

QString committedEnglishTs()
{
    return sourceDir() + QStringLiteral("/resources/translations/orgconsole_en.ts");
}

// lupdate over today's sources into `ts` (with `options`, e.g. -pluralonly); empty, or why it failed.
QString runLupdate(const QString &ts, const QStringList &options)
{
    QStringList args {QStringLiteral("-I"),           sourceDir(),
                      QStringLiteral("-locations"),   QStringLiteral("none"),
                      QStringLiteral("-no-obsolete"), QStringLiteral("-silent")};
    args += options;
    args += translatableSources();
    args += {QStringLiteral("-ts"), ts};
    QProcess lupdate;
    lupdate.start(qEnvironmentVariable("ORGCONSOLE_LUPDATE"), args);
    if (!lupdate.waitForFinished(60000))
        return lupdate.errorString();
    return lupdate.exitCode() == 0 ? QString() : QString::fromLocal8Bit(lupdate.readAllStandardError());
}

QSet<QString> keysOf(const QList<Message> &messages)
{
    QSet<QString> out;
    for (const Message &m : messages)
        out.insert(m.key());
    return out;
}

} // namespace

#define VERIFY_UNIQUE_MNEMONICS(window, where)                                                                                   \
    do {                                                                                                                         \
        const QStringList clashes = Test::mnemonicClashes(window);                                                               \
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(where, clashes.join(QStringLiteral("; ")))));        \
    } while (false)

class TestTranslations : public QObject
{
    Q_OBJECT
private:
    Test::ConsoleFixture f;
    Translations m_translations;

    void checkEveryTab(QWidget *dialog, const QString &name)
    {
        dialog->show();
        auto *tabs = dialog->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            VERIFY_UNIQUE_MNEMONICS(dialog, QStringLiteral("%1, tab %2").arg(name, tabs->tabText(i)));
        }
    }

private slots:
    void cleanup()
    {
        m_translations.install(QStringLiteral("en"));
        f.stop();
    }

    void everyMessageIsTranslated()
    {
        QString error;
        const QList<Message> messages = readTs(committedTs(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        QStringList problems;
        int numerus = 0;
        for (const Message &m : messages) {
            numerus += m.numerus ? 1 : 0;
            for (const QString &p : problemsOf(m, 2))
                problems.append(m.where() + QStringLiteral(": ") + p);
        }
        QVERIFY(numerus >= 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The checks themselves: what each one must catch.
    void theChecksCatchMistakes()
    {
        Message m {QStringLiteral("C"), QStringLiteral("&Delete %1"), {}, false, {}, {QStringLiteral("&Löschen %1")}};
        QVERIFY(problemsOf(m, 2).isEmpty());
        m.forms = {QStringLiteral("Löschen %1")};
        QCOMPARE(problemsOf(m, 2).size(), 1); // accelerator lost
        m.forms = {QStringLiteral("&Löschen")};
        QCOMPARE(problemsOf(m, 2).size(), 1); // %1 lost
        m.forms = {QString()};
        m.type = QStringLiteral("unfinished");
        QCOMPARE(problemsOf(m, 2).size(), 2);
        Message n {QStringLiteral("C"), QStringLiteral("%n key(s)"), {}, true, {}, {QStringLiteral("%n Schlüssel")}};
        QCOMPARE(problemsOf(n, 2).size(), 1); // one numerus form missing
        n.forms = {QStringLiteral("ein Schlüssel"), QStringLiteral("%n Schlüssel")};
        QCOMPARE(problemsOf(n, 2).size(), 1); // %n dropped in the singular
        QVERIFY(!hasAccelerator(QStringLiteral("Fish &amp; chips &nbsp;&&")));
        QVERIFY(hasAccelerator(QStringLiteral("Copy &name")));
    }

    // lupdate over today's sources into a scratch file: the committed .ts must hold every string
    // it finds (else a new string shows in English) and no other (else it is stale).
    void everySourceStringIsInTheTs()
    {
        QTemporaryDir scratch;
        const QString fresh = scratch.filePath(QStringLiteral("fresh.ts"));
        QString error = runLupdate(fresh, {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QSet<QString> found = keysOf(readTs(fresh, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QSet<QString> committed = keysOf(readTs(committedTs(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(found.size() > 500);
        QStringList missing = (found - committed).values();
        QStringList stale = (committed - found).values();
        missing.sort();
        stale.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("Strings without a German translation (cmake --build --preset test --target "
                                           "update_translations, then translate them in orgconsole_de.ts):\n")
                            + missing.join(QLatin1Char('\n'))));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("Stale entries (run update_translations):\n") + stale.join(QLatin1Char('\n'))));
    }

    // English plurals: orgconsole_en.ts holds exactly the %n messages of today's sources, each
    // with its two English forms, and the English console uses them.
    void everyPluralHasItsEnglishForms()
    {
        QString error;
        const QList<Message> messages = readTs(committedEnglishTs(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() >= 20);
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.numerus)
                problems.append(m.where() + QStringLiteral(": not a plural"));
            for (const QString &p : problemsOf(m, 2))
                problems.append(m.where() + QStringLiteral(": ") + p);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QTemporaryDir scratch;
        const QString fresh = scratch.filePath(QStringLiteral("plurals.ts"));
        error = runLupdate(fresh, {QStringLiteral("-pluralonly")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QSet<QString> found = keysOf(readTs(fresh, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing = (found - keysOf(messages)).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("Plurals without English forms (run update_translations, then fill them in "
                                           "orgconsole_en.ts):\n")
                            + missing.join(QLatin1Char('\n'))));
        QCOMPARE(keysOf(messages), found);

        QVERIFY(m_translations.install(QStringLiteral("en")).problem.isEmpty());
        QCOMPARE(QCoreApplication::translate("OrgConsole::MainWindow", "%Ln organization(s)", nullptr, 1),
                 QStringLiteral("1 organization"));
        QCOMPARE(QCoreApplication::translate("OrgConsole::MainWindow", "%Ln organization(s)", nullptr, 25),
                 QStringLiteral("25 organizations"));
        QCOMPARE(QCoreApplication::translate("OrgConsole::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void theEmbeddedTranslationLoads()
    {
        QCOMPARE(Translations::available(), QStringList {QStringLiteral("de")});
        const Translations::Choice choice = m_translations.install(QStringLiteral("de"));
        QVERIFY(choice.problem.isEmpty());
        QVERIFY(choice.console);
        QVERIFY2(choice.qt, "qtbase_de.qm (Debian qt6-translations-l10n) did not load");
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(),
                 QStringLiteral("Abbrechen"));
        // The words from outside ui/: the core's states and steps, amounts, the audit trail.
        QCOMPARE(DisplayNames::createStep(CreateStep::Validate), QStringLiteral("Prüfen"));
        QCOMPARE(DisplayNames::orgStatus(OrgStatus::Active), QStringLiteral("aktiv"));
        QCOMPARE(formatUsd(std::nullopt), QStringLiteral("unbegrenzt"));
        QCOMPARE(auditOutcomeText(AuditOutcome::Ok), QStringLiteral("erledigt"));
        AuditEntry blocked;
        blocked.action = QStringLiteral("block-key");
        blocked.details = QJsonObject {{QStringLiteral("key"), QStringLiteral("sk-...abcd")}};
        QCOMPARE(describeAuditEntry(blocked), QStringLiteral("Schlüssel sk-...abcd gesperrt"));
        // The core's words in the German console: validation, budget levels, the proxy's errors.
        QCOMPARE(validateOrgName(QString()), QStringLiteral("Der Name der Organisation ist leer."));
        QCOMPARE(budgetStateText(BudgetState::AtRisk), QStringLiteral("Gefährdet"));
        QCOMPARE(errorFromReply(0, QNetworkReply::HostNotFoundError, {}, QStringLiteral("proxy.example")).message,
                 QStringLiteral("Der Proxy-Host proxy.example wurde nicht gefunden (prüfen Sie die URL und Ihr DNS)."));
        // A system locale of Austria (de_AT) finds the German translation too.
        QVERIFY(m_translations.install(QStringLiteral("de_AT")).console);
    }

    // The built-in guide of the German console is the German guide, section for section, and the
    // English console keeps the README's.
    void theGuideSpeaksGerman()
    {
        const QList<UserGuide::Page> english = UserGuide::bundledPages(QLocale(QLocale::English));
        QVERIFY(m_translations.install(QStringLiteral("de")).console);
        const QList<UserGuide::Page> german = UserGuide::bundledPages();
        QCOMPARE(german.size(), english.size());
        for (qsizetype i = 0; i < german.size(); ++i) {
            QCOMPARE(german.at(i).level, english.at(i).level);
            QVERIFY2(german.at(i).markdown.size() > english.at(i).markdown.size() / 2, qPrintable(german.at(i).title));
        }
        UserGuideDialog guide;
        QCOMPARE(guide.currentTitle(), QStringLiteral("Die Konsole verwenden"));
        QVERIFY(guide.showPage(QStringLiteral("Demodaten und simulierte Nutzung (Sandbox)")));
        QVERIFY(!guide.showPage(QString::fromLatin1(UserGuide::kFirstSection)));
        QVERIFY(m_translations.install(QStringLiteral("en")).problem.isEmpty());
        QCOMPARE(UserGuideDialog().currentTitle(), QString::fromLatin1(UserGuide::kFirstSection));
        // A German locale under an English console (no German translation installed): English too.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(UserGuide::bundledPages().constFirst().title, QString::fromLatin1(UserGuide::kFirstSection));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void unknownLanguagesStayEnglish()
    {
        for (const char *code : {"xx", "fr", "C"}) {
            const Translations::Choice choice = m_translations.install(QString::fromLatin1(code));
            QVERIFY2(!choice.problem.isEmpty(), code);
            QVERIFY(!choice.console);
            QCOMPARE(QCoreApplication::translate("OrgConsole::MainWindow", "&File"), QStringLiteral("&File"));
        }
        QVERIFY(m_translations.install(QStringLiteral("en")).problem.isEmpty());
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    // A desktop whose language the console does not speak ("C" without LANG, or French) gets the
    // English console with its English plural forms, not "25 organization(s)".
    void aSystemLocaleWithoutTranslationGetsEnglishPlurals()
    {
        for (const QLocale &system : {QLocale::c(), QLocale(QLocale::French, QLocale::France)}) {
            QLocale::setDefault(system);
            const Translations::Choice choice = m_translations.install(QString());
            QVERIFY(!choice.console);
            QCOMPARE(QCoreApplication::translate("OrgConsole::MainWindow", "%Ln organization(s)", nullptr, 1),
                     QStringLiteral("1 organization"));
            QCOMPARE(QCoreApplication::translate("OrgConsole::MainWindow", "%Ln organization(s)", nullptr, 25),
                     QStringLiteral("25 organizations"));
        }
        QVERIFY(m_translations.install(QStringLiteral("en")).problem.isEmpty());
    }

    // The main window in German: its menus, and one place per Alt+letter in it and in each menu.
    // An active, a blocked and a failed organization: each shows other buttons (Unblock, Recover).
    void theMainWindowSpeaksGerman()
    {
        QVERIFY(m_translations.install(QStringLiteral("de")).console);
        QVERIFY(f.start());
        f.createDirectly(QStringLiteral("Acme Corp"));
        const Organization blocked = f.createDirectly(QStringLiteral("Blocked Co"));
        const Organization failed = f.createDirectly(QStringLiteral("Failed Co"));
        std::optional<OperationResult> block;
        f.context->operations().setKeyBlocked(blocked.id, true, [&](OperationResult r) { block = r; });
        QTRY_VERIFY(block.has_value() && block->ok);
        f.repository<bool>([id = failed.id](OrgRepository &repo) { return repo.markFailed(id, QStringLiteral("test")); });
        MainWindow window(f.context.get(), f.clipboard.get());
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        QVERIFY(loaded.wait(10000));
        QStringList menus;
        for (const QAction *a : window.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus,
                 (QStringList {QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Organisation"),
                               QStringLiteral("E&xtras"), QStringLiteral("&Hilfe")}));
        for (int row = 0; row < window.proxyModel()->rowCount(); ++row) {
            window.table()->selectRow(row);
            const QString name = window.proxyModel()->index(row, OrgTableModel::Name).data().toString();
            QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("detailTitle"))->text(), name);
            VERIFY_UNIQUE_MNEMONICS(&window, QStringLiteral("main window with %1 selected").arg(name));
        }
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            const QStringList clashes = Test::menuMnemonicClashes(menu);
            QVERIFY2(clashes.isEmpty(), qPrintable(menu->title() + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
        }
    }

    void everyGermanDialogHasUniqueMnemonics()
    {
        QVERIFY(m_translations.install(QStringLiteral("de")).console);
        QVERIFY(f.start());
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        BudgetDialog budget(acme);
        budget.show();
        VERIFY_UNIQUE_MNEMONICS(&budget, QStringLiteral("budget dialog"));
        ConfirmDeleteDialog remove(acme.name, 3);
        remove.show();
        VERIFY_UNIQUE_MNEMONICS(&remove, QStringLiteral("delete dialog"));
        ShowKeyDialog one(acme, QStringLiteral("sk-one-key-for-the-test"), f.clipboard.get());
        one.show();
        VERIFY_UNIQUE_MNEMONICS(&one, QStringLiteral("key dialog"));
        SettingsDialog settings(f.context.get());
        checkEveryTab(&settings, QStringLiteral("settings"));
        MaintenanceDialog maintenance(f.context.get(), f.clipboard.get());
        checkEveryTab(&maintenance, QStringLiteral("maintenance"));
        ImportDialog import(f.context.get(), f.clipboard.get());
        import.show();
        VERIFY_UNIQUE_MNEMONICS(&import, QStringLiteral("import dialog"));
        AboutDialog about(f.context.get());
        about.show();
        VERIFY_UNIQUE_MNEMONICS(&about, QStringLiteral("about dialog"));
        UserGuideDialog guide;
        guide.show();
        VERIFY_UNIQUE_MNEMONICS(&guide, QStringLiteral("user guide"));
    }

    // Each wizard page in German, through to the created organization's key.
    void theGermanWizardHasUniqueMnemonics()
    {
        QVERIFY(m_translations.install(QStringLiteral("de")).console);
        QVERIFY(f.start());
        CreateOrgWizard wizard(f.context.get(), f.clipboard.get());
        wizard.show();
        VERIFY_UNIQUE_MNEMONICS(&wizard, QStringLiteral("wizard, details"));
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
        Test::childNamed<QLineEdit>(&wizard, "nameEdit")->setText(QStringLiteral("Sprache GmbH"));
        Test::childNamed<QLineEdit>(&wizard, "ownerEdit")->setText(QStringLiteral("kc-de"));
        QTRY_VERIFY(Test::childNamed<QLabel>(&wizard, "nameStatus")->text().contains(QStringLiteral("Verfügbar")));
        for (const char *page : {"budget", "review", "provisioning"}) {
            wizard.next();
            VERIFY_UNIQUE_MNEMONICS(&wizard, QStringLiteral("wizard, %1").arg(QString::fromLatin1(page)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::ResultId));
        VERIFY_UNIQUE_MNEMONICS(&wizard, QStringLiteral("wizard, result"));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
