<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditWords</name>
    <message>
        <source>Budget %1 → %2</source>
        <translation>Budget %1 → %2</translation>
    </message>
    <message>
        <source>, period %1 → %2</source>
        <translation>, Zeitraum %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Create failed at &quot;%1&quot;: %2</source>
        <translation>Anlegen fehlgeschlagen bei „%1“: %2</translation>
    </message>
    <message>
        <source>; removed again: %1</source>
        <translation>; wieder entfernt: %1</translation>
    </message>
    <message>
        <source>; cleanup failed: %1</source>
        <translation>; Aufräumen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Created with budget %1%2, key %3</source>
        <translation>Angelegt mit Budget %1%2, Schlüssel %3</translation>
    </message>
    <message>
        <source> per %1</source>
        <translation> je %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source> changed on the proxy, outside the console (adopted by a refresh)</source>
        <translation> auf dem Proxy außerhalb der Konsole geändert (bei einer Aktualisierung übernommen)</translation>
    </message>
    <message>
        <source> adopted from the proxy (reconcile)</source>
        <translation> vom Proxy übernommen (Abgleich)</translation>
    </message>
    <message>
        <source>Key rotated: %1 → %2</source>
        <translation>Schlüssel rotiert: %1 → %2</translation>
    </message>
    <message>
        <source>Key rotation</source>
        <translation>Schlüsselrotation</translation>
    </message>
    <message>
        <source>Missing key re-issued: %1 → %2 (reconcile)</source>
        <translation>Fehlender Schlüssel neu ausgestellt: %1 → %2 (Abgleich)</translation>
    </message>
    <message>
        <source>Key %1 blocked</source>
        <translation>Schlüssel %1 gesperrt</translation>
    </message>
    <message>
        <source>Key %1 unblocked</source>
        <translation>Schlüssel %1 entsperrt</translation>
    </message>
    <message>
        <source>Deleted with its team and key %1</source>
        <translation>Gelöscht samt Team und Schlüssel %1</translation>
    </message>
    <message>
        <source>Recovered (was %1): %2</source>
        <translation>Wiederhergestellt (war %1): %2</translation>
    </message>
    <message>
        <source>Team missing on the proxy (reconcile): %1</source>
        <translation>Team fehlt auf dem Proxy (Abgleich): %1</translation>
    </message>
    <message>
        <source>Orphan %1 %2 deleted on the proxy (reconcile)</source>
        <translation>Verwaist: %1 %2 auf dem Proxy gelöscht (Abgleich)</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed, cleaned up</source>
        <translation>fehlgeschlagen, aufgeräumt</translation>
    </message>
    <message>
        <source>failed, cleanup incomplete</source>
        <translation>fehlgeschlagen, Aufräumen unvollständig</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>die Standardwerte</translation>
    </message>
    <message>
        <source>Alert levels %1 → %2</source>
        <translation>Warnschwellen %1 → %2</translation>
    </message>
</context>
<context>
    <name>BudgetColumns</name>
    <message>
        <source>its own levels %1 %</source>
        <translation>eigene Schwellen %1 %</translation>
    </message>
    <message>
        <source>levels %1 %</source>
        <translation>Schwellen %1 %</translation>
    </message>
    <message>
        <source>No budget: nothing to watch.</source>
        <translation>Kein Budget: nichts zu überwachen.</translation>
    </message>
    <message>
        <source>Runs out %1 at %2 a day (the last %3 days&apos; pace)</source>
        <translation>Aufgebraucht am %1 bei %2 pro Tag (Tempo der letzten %3 Tage)</translation>
    </message>
    <message>
        <source>Used up: requests are refused until the budget resets or is raised.</source>
        <translation>Aufgebraucht: Anfragen werden abgelehnt, bis das Budget zurückgesetzt oder erhöht wird.</translation>
    </message>
    <message>
        <source>Does not run out before the reset at %1 (%2 a day)</source>
        <translation>Reicht bis zum Zurücksetzen am %1 (%2 pro Tag)</translation>
    </message>
    <message>
        <source>No spend in the last %1 days: nothing to run out at.</source>
        <translation>Keine Ausgaben in den letzten %1 Tagen: kein Verbrauchstempo.</translation>
    </message>
    <message>
        <source>No budget: never runs out.</source>
        <translation>Kein Budget: wird nie aufgebraucht.</translation>
    </message>
    <message>
        <source>Not forecast yet (after the next refresh).</source>
        <translation>Noch keine Prognose (nach der nächsten Aktualisierung).</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>provisioning</source>
        <translation>wird bereitgestellt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reservieren</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Team anlegen</translation>
    </message>
    <message>
        <source>Generate key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation>Zurücklesen</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>Zum Team hinzufügen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Onboard organizations onto a LiteLLM proxy and look after their budgets and keys.
With no proxy profile configured, the console starts in sandbox mode.</source>
        <translation>Organisationen auf einem LiteLLM-Proxy einrichten und ihre Budgets und Schlüssel betreuen.
Ohne eingerichtetes Proxy-Profil startet die Konsole im Sandbox-Modus.</translation>
    </message>
    <message>
        <source>Use the built-in simulated proxy and a sandbox database.</source>
        <translation>Den eingebauten simulierten Proxy und eine Sandbox-Datenbank verwenden.</translation>
    </message>
    <message>
        <source>Settings and data folder (or ORGCONSOLE_CONFIG_DIR).</source>
        <translation>Ordner für Einstellungen und Daten (oder ORGCONSOLE_CONFIG_DIR).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Proxy profile to use.</source>
        <translation>Zu verwendendes Proxy-Profil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Database: SQLite file or postgresql://user@host:port/db.</source>
        <translation>Datenbank: SQLite-Datei oder postgresql://user@host:port/db.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Your name for the audit trail.</source>
        <translation>Ihr Name für das Audit-Protokoll.</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke tests).</source>
        <translation>Nach MS Millisekunden beenden (Smoke-Tests).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Language of the console, e.g. de or en (default: the system&apos;s).</source>
        <translation>Sprache der Konsole, z. B. de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A dark palette (Fusion style) instead of the desktop&apos;s own colours.</source>
        <translation>Eine dunkle Farbpalette (Fusion-Stil) statt der Farben des Desktops.</translation>
    </message>
</context>
<context>
    <name>OrgConsole</name>
    <message>
        <source>Spend (USD)</source>
        <translation>Ausgaben (USD)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Range: %1 (UTC days), amounts in USD</source>
        <translation>Zeitraum: %1 (UTC-Tage), Beträge in USD</translation>
    </message>
    <message>
        <source>Generated at: %1</source>
        <translation>Erstellt am: %1</translation>
    </message>
    <message>
        <source>Proxy profile: %1</source>
        <translation>Proxy-Profil: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Total: $%1</source>
        <translation>Summe: $%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot draw the PDF.</source>
        <translation>Das PDF kann nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::AboutDialog</name>
    <message>
        <source>none (no proxy connected)</source>
        <translation>keines (kein Proxy verbunden)</translation>
    </message>
    <message>
        <source>sandbox (the built-in simulator at %1)</source>
        <translation>Sandbox (der eingebaute Simulator unter %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About OrgConsole</source>
        <translation>Über OrgConsole</translation>
    </message>
    <message>
        <source>OrgConsole %1</source>
        <translation>OrgConsole %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2) on %3, %4</source>
        <translation>Qt %1 (erstellt mit %2) auf %3, %4</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Proxy profile: %1</source>
        <translation>Proxy-Profil: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OrgConsole %1&lt;/h3&gt;&lt;p&gt;Onboards customer organizations onto a LiteLLM proxy and looks after their budgets and keys.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgConsole %1&lt;/h3&gt;&lt;p&gt;Richtet Kundenorganisationen auf einem LiteLLM-Proxy ein und betreut ihre Budgets und Schlüssel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version, proxy profile and database</source>
        <translation>Version, Proxy-Profil und Datenbank</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Co&amp;py for support</source>
        <translation>Für den Support &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the version, the profile and the database in use (no key, no password)</source>
        <translation>Kopiert die Version, das Profil und die verwendete Datenbank (keinen Schlüssel, kein Passwort)</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
</context>
<context>
    <name>OrgConsole::AddMemberDialog</name>
    <message>
        <source>Add member to %1</source>
        <translation>Mitglied zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Keycloak user id of the person, e.g. kc-456</source>
        <translation>Keycloak-Benutzer-ID der Person, z. B. kc-456</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Rolle im Team</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>admin (needs a LiteLLM Enterprise proxy)</source>
        <translation>Admin (erfordert einen LiteLLM-Enterprise-Proxy)</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Erlaubte Modelle</translation>
    </message>
    <message>
        <source>comma separated; empty = the organization&apos;s models</source>
        <translation>durch Kommas getrennt; leer = die Modelle der Organisation</translation>
    </message>
    <message>
        <source>Adds a person to &lt;b&gt;%1&lt;/b&gt;: a member of its team on the proxy, with their own API key (shown once) and, if you like, their own budget inside the organization&apos;s (%2).</source>
        <translation>Fügt &lt;b&gt;%1&lt;/b&gt; eine Person hinzu: als Mitglied ihres Teams auf dem Proxy, mit eigenem API-Schlüssel (wird einmal angezeigt) und auf Wunsch mit eigenem Budget innerhalb des Budgets der Organisation (%2).</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Benutzer-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Budget in the team:</source>
        <translation>Budget im Team:</translation>
    </message>
    <message>
        <source>Allowed m&amp;odels:</source>
        <translation>Erlaubte M&amp;odelle:</translation>
    </message>
    <message>
        <source>Add member steps</source>
        <translation>Schritte beim Hinzufügen des Mitglieds</translation>
    </message>
    <message>
        <source>Their API key, shown only once (OrgConsole does not store it):</source>
        <translation>Der API-Schlüssel der Person, nur einmal angezeigt (OrgConsole speichert ihn nicht):</translation>
    </message>
    <message>
        <source>%1 is already a member of &quot;%2&quot;.</source>
        <translation>%1 ist bereits Mitglied von „%2“.</translation>
    </message>
    <message>
        <source>A proxy without an Enterprise licence refuses admins; nothing is added then.</source>
        <translation>Ein Proxy ohne Enterprise-Lizenz lehnt Admins ab; dann wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The user id is empty.</source>
        <translation>Die Benutzer-ID ist leer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 fehlgeschlagen:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Cleaned up: %1.</source>
        <translation>&lt;br&gt;Aufgeräumt: %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Nothing was added.</source>
        <translation>&lt;br&gt;Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Cleanup failed too:&lt;/b&gt; %1 The member is marked failed; use Recover.</source>
        <translation>&lt;br&gt;&lt;b&gt;Auch das Aufräumen ist fehlgeschlagen:&lt;/b&gt; %1 Das Mitglied ist als fehlgeschlagen markiert; verwenden Sie die Wiederherstellung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a member of &lt;b&gt;%2&lt;/b&gt;. Budget in the team: %3. Key %4, bound to %1 and the team.%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist Mitglied von &lt;b&gt;%2&lt;/b&gt;. Budget im Team: %3. Schlüssel %4, gebunden an %1 und das Team.%5</translation>
    </message>
    <message>
        <source>%1, period %2, next reset %3</source>
        <translation>%1, Zeitraum %2, nächste Zurücksetzung %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none of their own (the organization&apos;s applies)</source>
        <translation>kein eigenes (das der Organisation gilt)</translation>
    </message>
    <message>
        <source>The key will not be shown again. Close without having stored it?</source>
        <translation>Der Schlüssel wird nicht noch einmal angezeigt. Schließen, ohne ihn gesichert zu haben?</translation>
    </message>
</context>
<context>
    <name>OrgConsole::AlertLevelsDialog</name>
    <message>
        <source>Alert levels — %1</source>
        <translation>Warnschwellen — %1</translation>
    </message>
    <message>
        <source>Use the default levels (%1 %; Tools &gt; Settings &gt; Budget watch)</source>
        <translation>Standardschwellen verwenden (%1 %; Extras &gt; Einstellungen &gt; Budgetüberwachung)</translation>
    </message>
    <message>
        <source>e.g. 50, 90, 100</source>
        <translation>z. B. 50, 90, 100</translation>
    </message>
    <message>
        <source>This organization&apos;s alert levels in percent of its max budget</source>
        <translation>Warnschwellen dieser Organisation in Prozent ihres Höchstbudgets</translation>
    </message>
    <message>
        <source>&amp;Levels (% of max budget):</source>
        <translation>&amp;Schwellen (% des Höchstbudgets):</translation>
    </message>
    <message>
        <source>When %1&apos;s spend reaches a level, the console says so once per budget period.</source>
        <translation>Erreichen die Ausgaben von %1 eine Schwelle, meldet die Konsole das einmal pro Budgetzeitraum.</translation>
    </message>
    <message>
        <source>Give at least one level, or use the default levels.</source>
        <translation>Geben Sie mindestens eine Schwelle an oder verwenden Sie die Standardschwellen.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::BudgetChange</name>
    <message>
        <source>Your change: budget %1%2.</source>
        <translation>Ihre Änderung: Budget %1%2.</translation>
    </message>
    <message>
        <source>, never resets</source>
        <translation>, ohne Zurücksetzen</translation>
    </message>
    <message>
        <source> per %1</source>
        <translation> je %1</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>%1

%2
Reload it and apply your change on top of the current version?</source>
        <translation>%1

%2
Neu laden und Ihre Änderung auf den aktuellen Stand anwenden?</translation>
    </message>
</context>
<context>
    <name>OrgConsole::BudgetDialog</name>
    <message>
        <source>Change budget</source>
        <translation>Budget ändern</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: currently %2, spent %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: derzeit %2, ausgegeben %3.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::BudgetDoctorDialog</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Budget doctor</source>
        <translation>Budget-Doktor</translation>
    </message>
    <message>
        <source>Budget doctor — %1</source>
        <translation>Budget-Doktor — %1</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Checking every organization&apos;s budgets…</source>
        <translation>Die Budgets aller Organisationen werden geprüft…</translation>
    </message>
    <message>
        <source>Checking this organization&apos;s budgets…</source>
        <translation>Die Budgets dieser Organisation werden geprüft…</translation>
    </message>
    <message>
        <source>%1 of %2 organizations</source>
        <translation>%1 von %2 Organisationen</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>1 organization</source>
        <translation>1 Organisation</translation>
    </message>
    <message>
        <source>%1 organizations</source>
        <translation>%1 Organisationen</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation>Keine Probleme in %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 checked: %2 errors, %3 warnings, %4 for information.</source>
        <translation>%1 geprüft: %2 Fehler, %3 Warnungen, %4 zur Information.</translation>
    </message>
    <message>
        <source>Cancelled before every organization was checked.</source>
        <translation>Abgebrochen, bevor alle Organisationen geprüft waren.</translation>
    </message>
    <message>
        <source>Not read: %1 (see the list).</source>
        <translation>Nicht gelesen: %1 (siehe Liste).</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>none safe</source>
        <translation>keine sichere</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>Fix (Enter or the Fix button): %1</source>
        <translation>Behebung (Eingabetaste oder „Beheben…“): %1</translation>
    </message>
    <message>
        <source>No safe fix: this is for a person to decide.</source>
        <translation>Keine sichere Behebung: Das entscheidet ein Mensch.</translation>
    </message>
    <message>
        <source>%1

Apply this fix?</source>
        <translation>%1

Diese Behebung ausführen?</translation>
    </message>
    <message>
        <source>Fixing: %1</source>
        <translation>Wird behoben: %1</translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation>Die Behebung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Fix failed</source>
        <translation>Behebung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Fixed: %1 Check again to see the budgets as they are now.</source>
        <translation>Behoben: %1 Erneut prüfen zeigt die Budgets, wie sie jetzt sind.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::BudgetEditor</name>
    <message>
        <source>&amp;Unlimited (no max budget)</source>
        <translation>&amp;Unbegrenzt (kein Maximalbudget)</translation>
    </message>
    <message>
        <source>Max budget in US dollars</source>
        <translation>Maximalbudget in US-Dollar</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Budgetzeitraum</translation>
    </message>
    <message>
        <source>A number and a unit: s, m (minutes), h, d, w, mo (months). Empty: never resets.</source>
        <translation>Eine Zahl und eine Einheit: s, m (Minuten), h, d, w, mo (Monate). Leer: wird nie zurückgesetzt.</translation>
    </message>
    <message>
        <source>30d (every 30 days)</source>
        <translation>30d (alle 30 Tage)</translation>
    </message>
    <message>
        <source>1mo (calendar month)</source>
        <translation>1mo (Kalendermonat)</translation>
    </message>
    <message>
        <source>7d (weekly)</source>
        <translation>7d (wöchentlich)</translation>
    </message>
    <message>
        <source>1d (daily)</source>
        <translation>1d (täglich)</translation>
    </message>
    <message>
        <source>never resets</source>
        <translation>wird nie zurückgesetzt</translation>
    </message>
    <message>
        <source>&amp;Max budget:</source>
        <translation>&amp;Maximalbudget:</translation>
    </message>
    <message>
        <source>Budget &amp;period:</source>
        <translation>&amp;Budgetzeitraum:</translation>
    </message>
    <message>
        <source>A budget cannot be negative (%1). Type an amount of 0 or more, or tick Unlimited.</source>
        <translation>Ein Budget kann nicht negativ sein (%1). Geben Sie einen Betrag von 0 oder mehr ein oder wählen Sie „Unbegrenzt“.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::BudgetPage</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>The team&apos;s budget on the proxy. Spend is counted per budget period.</source>
        <translation>Das Budget des Teams auf dem Proxy. Ausgaben werden je Budgetzeitraum gezählt.</translation>
    </message>
    <message>
        <source>Allowed m&amp;odels:</source>
        <translation>Erlaubte M&amp;odelle:</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Erlaubte Modelle</translation>
    </message>
    <message>
        <source>comma separated; empty = all models</source>
        <translation>durch Kommas getrennt; leer = alle Modelle</translation>
    </message>
</context>
<context>
    <name>OrgConsole::BudgetWatchSettings</name>
    <message>
        <source>e.g. 80, 100</source>
        <translation>z. B. 80, 100</translation>
    </message>
    <message>
        <source>Default alert levels in percent of the max budget</source>
        <translation>Standard-Warnschwellen in Prozent des Höchstbudgets</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh the figures every</source>
        <translation>Zahlen aktualisieren alle</translation>
    </message>
    <message>
        <source>An organization crossing a level is said once per budget period (a desktop notification where the desktop has a tray), also across restarts and other desktops on the same database. An organization can have its own levels: Alert levels… in its budget section.</source>
        <translation>Überschreitet eine Organisation eine Schwelle, wird das einmal pro Budgetzeitraum gemeldet (als Desktop-Benachrichtigung, wo der Desktop einen Infobereich hat), auch über Neustarts und andere Desktops mit derselben Datenbank hinweg. Eine Organisation kann eigene Schwellen haben: Warnschwellen… in ihrem Budgetbereich.</translation>
    </message>
    <message>
        <source>Alert &amp;levels (% of max budget):</source>
        <translation>&amp;Warnschwellen (% des Höchstbudgets):</translation>
    </message>
    <message>
        <source>&amp;Refresh the figures every:</source>
        <translation>&amp;Kennzahlen aktualisieren alle:</translation>
    </message>
    <message>
        <source>Give at least one alert level, e.g. 80, 100.</source>
        <translation>Geben Sie mindestens eine Warnschwelle an, z. B. 80, 100.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::BudgetWatchView</name>
    <message>
        <source>Show organizations</source>
        <translation>Organisationen anzeigen</translation>
    </message>
    <message>
        <source>Budgets at or over their alert levels (default levels %1 %)</source>
        <translation>Budgets an oder über ihren Warnschwellen (Standardschwellen %1 %)</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Spend %1 of %2 crossed the %3 % level.</source>
        <translation>Ausgaben von %1 bei %2 haben die Schwelle von %3 % überschritten.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::ConfirmDeleteDialog</name>
    <message>
        <source>Delete organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>This deletes &lt;b&gt;%1&lt;/b&gt;, its team and its key on the proxy. The audit trail is kept.&lt;br&gt;Type the organization&apos;s name to confirm:</source>
        <translation>Dies löscht &lt;b&gt;%1&lt;/b&gt; sowie Team und Schlüssel auf dem Proxy. Das Audit-Protokoll bleibt erhalten.&lt;br&gt;Geben Sie zur Bestätigung den Namen der Organisation ein:</translation>
    </message>
    <message>
        <source>Text to type to confirm</source>
        <translation>Zur Bestätigung einzugebender Text</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>OrgConsole::CreateOrgWizard</name>
    <message>
        <source>Create organization</source>
        <translation>Organisation anlegen</translation>
    </message>
    <message>
        <source>The API key will not be shown again. Close without having stored it?</source>
        <translation>Der API-Schlüssel wird nicht noch einmal angezeigt. Schließen, ohne ihn gesichert zu haben?</translation>
    </message>
</context>
<context>
    <name>OrgConsole::DetailPane</name>
    <message>
        <source>Budget used</source>
        <translation>Budget verbraucht</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Zeitraum des Diagramms</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Audit-Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Change &amp;budget…</source>
        <translation>&amp;Budget ändern…</translation>
    </message>
    <message>
        <source>&amp;Rotate key…</source>
        <translation>Schlüssel &amp;rotieren…</translation>
    </message>
    <message>
        <source>B&amp;lock key</source>
        <translation>Schlüssel &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Lists what Recover would do with this and other unfinished organizations, then does it</source>
        <translation>Zeigt, was die Wiederherstellung mit dieser und anderen unvollendeten Organisationen tun würde, und führt es dann aus</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spend over time</source>
        <translation>Ausgaben im Zeitverlauf</translation>
    </message>
    <message>
        <source>Key, owner and contact</source>
        <translation>Schlüssel, Inhaber und Kontakt</translation>
    </message>
    <message>
        <source>%1 of %2 — over by %3</source>
        <translation>%1 von %2 — %3 darüber</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — Stand: %2</translation>
    </message>
    <message>
        <source>none, over by %1</source>
        <translation>nichts, %1 darüber</translation>
    </message>
    <message>
        <source>The proxy cannot be reached: these are the last figures this database knows.</source>
        <translation>Der Proxy ist nicht erreichbar: Dies sind die letzten Zahlen, die diese Datenbank kennt.</translation>
    </message>
    <message>
        <source>The proxy cannot be reached: these figures are from %1.</source>
        <translation>Der Proxy ist nicht erreichbar: Diese Zahlen stammen vom %1.</translation>
    </message>
    <message>
        <source>No organization selected</source>
        <translation>Keine Organisation ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Unblock key</source>
        <translation>Schlüssel &amp;entsperren</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 spent — unlimited</source>
        <translation>%1 ausgegeben — unbegrenzt</translation>
    </message>
    <message>
        <source>Remaining: %1. Period: %2. Next reset: %3.</source>
        <translation>Verbleibend: %1. Zeitraum: %2. Nächste Zurücksetzung: %3.</translation>
    </message>
    <message>
        <source>never resets</source>
        <translation>wird nie zurückgesetzt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Active since %1%2</source>
        <translation>Aktiv seit %1%2</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Status: %1%2. Recover looks at it once its operation has ended.</source>
        <translation>Status: %1%2. Die Wiederherstellung kümmert sich darum, sobald der laufende Vorgang beendet ist.</translation>
    </message>
    <message>
        <source> — </source>
        <translation> — </translation>
    </message>
    <message>
        <source>Key %1%2, alias %3</source>
        <translation>Schlüssel %1%2, Alias %3</translation>
    </message>
    <message>
        <source> (blocked)</source>
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <source>Owner: %1
Contact: %2
Created %3 by %4</source>
        <translation>Inhaber: %1
Kontakt: %2
Angelegt am %3 von %4</translation>
    </message>
    <message>
        <source>
The proxy could not describe the key: %1</source>
        <translation>
Der Proxy konnte keine Angaben zum Schlüssel liefern: %1</translation>
    </message>
    <message>
        <source>Key %1, alias %2
Key spend %3, key budget %4, expires %5%6</source>
        <translation>Schlüssel %1, Alias %2
Schlüsselausgaben %3, Schlüsselbudget %4, läuft ab: %5%6</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> — BLOCKED</source>
        <translation> — GESPERRT</translation>
    </message>
    <message>
        <source>Loading spend…</source>
        <translation>Ausgaben werden geladen…</translation>
    </message>
    <message>
        <source>Spend could not be loaded: %1</source>
        <translation>Die Ausgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Changing the budget failed</source>
        <translation>Das Ändern des Budgets ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Budget of &quot;%1&quot; set to %2.</source>
        <translation>Budget von „%1“ auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Generate a new key for &quot;%1&quot; and delete the current one (%2)? Applications using the old key stop working.</source>
        <translation>Einen neuen Schlüssel für „%1“ erzeugen und den aktuellen (%2) löschen? Anwendungen, die den alten Schlüssel verwenden, funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>Rotating the key failed</source>
        <translation>Das Rotieren des Schlüssels ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Block key</source>
        <translation>Schlüssel sperren</translation>
    </message>
    <message>
        <source>Block the key %1 of &quot;%2&quot;? Every request with it fails until it is unblocked.</source>
        <translation>Den Schlüssel %1 von „%2“ sperren? Jede Anfrage damit schlägt fehl, bis er wieder entsperrt ist.</translation>
    </message>
    <message>
        <source>Blocking the key failed</source>
        <translation>Das Sperren des Schlüssels ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unblocking the key failed</source>
        <translation>Das Entsperren des Schlüssels ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Key of &quot;%1&quot; blocked.</source>
        <translation>Schlüssel von „%1“ gesperrt.</translation>
    </message>
    <message>
        <source>Key of &quot;%1&quot; unblocked.</source>
        <translation>Schlüssel von „%1“ entsperrt.</translation>
    </message>
    <message>
        <source>Deleting the organization failed</source>
        <translation>Das Löschen der Organisation ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Select an organization to see its budget, spend, key and members.

Up and Down choose one in the list, Ctrl+F filters it, Ctrl+N creates an organization, F1 opens the user guide.</source>
        <translation>Wählen Sie eine Organisation, um ihr Budget, ihre Ausgaben, ihren Schlüssel und ihre Mitglieder zu sehen.

Mit Auf und Ab wählen Sie eine in der Liste, Strg+F filtert sie, Strg+N legt eine Organisation an, F1 öffnet das Benutzerhandbuch.</translation>
    </message>
    <message>
        <source>Not now: &quot;%1&quot; is %2. This becomes possible again when that ends.</source>
        <translation>Jetzt nicht: &quot;%1&quot; ist %2. Das geht wieder, sobald das beendet ist.</translation>
    </message>
    <message>
        <source>Now %1: its actions wait until that ends, and this pane updates by itself.</source>
        <translation>Jetzt %1: Die Aktionen warten, bis das beendet ist; diese Ansicht aktualisiert sich selbst.</translation>
    </message>
    <message>
        <source>Al&amp;ert levels…</source>
        <translation>Warns&amp;chwellen…</translation>
    </message>
    <message>
        <source>S&amp;plit by model</source>
        <translation>Nach Modell a&amp;ufteilen</translation>
    </message>
    <message>
        <source>Spent in the last %1 days: $%2</source>
        <translation>Ausgaben der letzten %1 Tage: $%2</translation>
    </message>
    <message>
        <source>Budget pace: $%1 a day ($%2 per %3)</source>
        <translation>Budgettempo: $%1 pro Tag ($%2 je %3)</translation>
    </message>
</context>
<context>
    <name>OrgConsole::DetailsPage</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who is being onboarded. The name must be unique (ignoring case and spaces).</source>
        <translation>Wer eingerichtet wird. Der Name muss eindeutig sein (Groß-/Kleinschreibung und Leerzeichen zählen nicht).</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>e.g. Acme Corp</source>
        <translation>z. B. Acme Corp</translation>
    </message>
    <message>
        <source>Owner user id</source>
        <translation>Benutzer-ID des Inhabers</translation>
    </message>
    <message>
        <source>Keycloak user id of the customer&apos;s owner, e.g. kc-123</source>
        <translation>Keycloak-Benutzer-ID des Inhabers beim Kunden, z. B. kc-123</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-Mail des Kontakts</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Con&amp;tact name:</source>
        <translation>&amp;Kontaktname:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already taken (by &quot;%2&quot;, %3).</source>
        <translation>„%1“ ist bereits vergeben (an „%2“, %3).</translation>
    </message>
    <message>
        <source>&amp;Owner user id:</source>
        <translation>&amp;Inhaber (Benutzer-ID):</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Required: Next stays off until the owner&apos;s user id is filled in.</source>
        <translation>Pflichtfeld: „Weiter“ bleibt gesperrt, bis die Benutzer-ID des Inhabers eingetragen ist.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Available.</source>
        <translation>Verfügbar.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::EmptyState</name>
    <message>
        <source>Create your first organization (Ctrl+N)</source>
        <translation>Erste Organisation anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Fills the sandbox with example organizations, members and spend to practise on</source>
        <translation>Füllt die Sandbox zum Üben mit Beispielorganisationen, Mitgliedern und Ausgaben</translation>
    </message>
    <message>
        <source>Clear filter (Esc)</source>
        <translation>Filter leeren (Esc)</translation>
    </message>
    <message>
        <source>No organizations yet.
Create your first organization (Ctrl+N), or import a CSV file (Ctrl+I).</source>
        <translation>Noch keine Organisationen.
Legen Sie Ihre erste Organisation an (Strg+N) oder importieren Sie eine CSV-Datei (Strg+I).</translation>
    </message>
    <message>
        <source>
This is the sandbox: practise freely, nothing real is touched.</source>
        <translation>
Dies ist die Sandbox: Üben Sie nach Belieben, nichts Echtes wird verändert.</translation>
    </message>
    <message>
        <source>No organization matches &quot;%1&quot;.</source>
        <translation>Keine Organisation passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::ImportDialog</name>
    <message>
        <source>Bulk import</source>
        <translation>Massenimport</translation>
    </message>
    <message>
        <source>&amp;Choose CSV…</source>
        <translation>CSV-&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Organizations: name, owner, budget, duration, models (separated by ;), contact_name, contact_email. Members: organization, user_id, email, budget, duration, models.</source>
        <translation>Organisationen: name, owner, budget, duration, models (getrennt durch ;), contact_name, contact_email. Mitglieder: organization, user_id, email, budget, duration, models.</translation>
    </message>
    <message>
        <source>at once: </source>
        <translation>gleichzeitig: </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Organizations CSV</source>
        <translation>CSV-Datei mit Organisationen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Wait until the running organizations are finished.</source>
        <translation>Warten Sie, bis die laufenden Organisationen fertig sind.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the names against the database…</source>
        <translation>Die Namen werden mit der Datenbank abgeglichen…</translation>
    </message>
    <message>
        <source>exists already (same owner): will be skipped</source>
        <translation>existiert bereits (gleicher Inhaber): wird übersprungen</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be created until the %n problem(s) shown in the list are fixed in the file.</source>
        <translation>
            <numerusform>Es wird nichts angelegt, solange in der Datei noch %n Problem besteht (siehe Liste).</numerusform>
            <numerusform>Es wird nichts angelegt, solange in der Datei noch %n Probleme bestehen (siehe Liste).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) ready to import</source>
        <translation>
            <numerusform>%n Organisation bereit zum Import</numerusform>
            <numerusform>%n Organisationen bereit zum Import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there (skipped)</source>
        <translation>
            <numerusform>, %n bereits vorhanden (übersprungen)</numerusform>
            <numerusform>, %n bereits vorhanden (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in conflict with the database (not created).</source>
        <translation>
            <numerusform>, %n im Konflikt mit der Datenbank (nicht angelegt).</numerusform>
            <numerusform>, %n im Konflikt mit der Datenbank (nicht angelegt).</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 failed, %3 skipped (already created). Failures were cleaned up.</source>
        <translation>Fertig: %1 angelegt, %2 fehlgeschlagen, %3 übersprungen (bereits angelegt). Fehlgeschlagenes wurde aufgeräumt.</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>created, key %1</source>
        <translation>angelegt, Schlüssel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n imported organization(s)</source>
        <translation>
            <numerusform>%n importierte Organisation</numerusform>
            <numerusform>%n importierte Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>the organization&apos;s</source>
        <translation>das der Organisation</translation>
    </message>
    <message>
        <source>Checking the organizations and members against the database…</source>
        <translation>Organisationen und Mitglieder werden mit der Datenbank abgeglichen…</translation>
    </message>
    <message>
        <source>problem: </source>
        <translation>Problem: </translation>
    </message>
    <message>
        <source>a member already: will be skipped</source>
        <translation>bereits Mitglied: wird übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be added until the %n problem(s) shown in the list are fixed.</source>
        <translation>
            <numerusform>Es wird nichts hinzugefügt, solange noch %n Problem besteht (siehe Liste).</numerusform>
            <numerusform>Es wird nichts hinzugefügt, solange noch %n Probleme bestehen (siehe Liste).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) ready to add</source>
        <translation>
            <numerusform>%n Mitglied bereit zum Hinzufügen</numerusform>
            <numerusform>%n Mitglieder bereit zum Hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there (skipped).</source>
        <translation>
            <numerusform>, %n bereits vorhanden (übersprungen).</numerusform>
            <numerusform>, %n bereits vorhanden (übersprungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>added, key %1</source>
        <translation>hinzugefügt, Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Done: %1 added, %2 failed, %3 skipped (members already). Failures were cleaned up.</source>
        <translation>Fertig: %1 hinzugefügt, %2 fehlgeschlagen, %3 übersprungen (bereits Mitglied). Fehlgeschlagenes wurde aufgeräumt.</translation>
    </message>
    <message numerus="yes">
        <source>%n added member(s)</source>
        <translation>
            <numerusform>%n hinzugefügtes Mitglied</numerusform>
            <numerusform>%n hinzugefügte Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <source>Organizations created at once</source>
        <translation>Gleichzeitig angelegte Organisationen</translation>
    </message>
</context>
<context>
    <name>OrgConsole::LiveRefresher</name>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;● database away — trying again in %1 s&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;● Datenbank nicht erreichbar — neuer Versuch in %1 s&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1
The window shows what was last read; changes made meanwhile are loaded once the database is back.</source>
        <translation>%1
Das Fenster zeigt den zuletzt gelesenen Stand; Änderungen aus der Zwischenzeit werden geladen, sobald die Datenbank wieder da ist.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e9d4f&apos;&gt;●&lt;/span&gt; database back</source>
        <translation>&lt;span style=&apos;color:#2e9d4f&apos;&gt;●&lt;/span&gt; Datenbank wieder da</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made while the database was away were loaded.</source>
        <translation>
            <numerusform>%n Änderung aus der Zeit ohne Datenbank wurde geladen.</numerusform>
            <numerusform>%n Änderungen aus der Zeit ohne Datenbank wurden geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::MainWindow</name>
    <message>
        <source>OrgConsole — SANDBOX</source>
        <translation>OrgConsole — SANDBOX</translation>
    </message>
    <message>
        <source>OrgConsole</source>
        <translation>OrgConsole</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Organisationen filtern</translation>
    </message>
    <message>
        <source>Filter by name, owner, key or email (Ctrl+F)</source>
        <translation>Nach Name, Inhaber, Schlüssel oder E-Mail filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>SANDBOX — a simulated LiteLLM proxy and a separate database. Nothing real is touched.</source>
        <translation>SANDBOX — ein simulierter LiteLLM-Proxy und eine eigene Datenbank. Nichts Echtes wird verändert.</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Neue Organisation…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Audit, reconcile and recover…</source>
        <translation>&amp;Audit, Abgleich und Wiederherstellung…</translation>
    </message>
    <message>
        <source>&amp;Bulk import…</source>
        <translation>&amp;Massenimport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Copy organization &amp;id</source>
        <translation>Organisations-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About OrgConsole</source>
        <translation>&amp;Über OrgConsole</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Esc (in the filter)</source>
        <translation>Esc (im Filter)</translation>
    </message>
    <message>
        <source>Show all organizations again</source>
        <translation>Wieder alle Organisationen anzeigen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between the filter, the list and the detail pane</source>
        <translation>Zwischen Filter, Liste und Detailbereich wechseln</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Auf, Ab, Bild auf, Bild ab</translation>
    </message>
    <message>
        <source>Choose an organization in the list</source>
        <translation>Eine Organisation in der Liste wählen</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <source>The selected organization&apos;s actions</source>
        <translation>Aktionen der ausgewählten Organisation</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>Die Schaltfläche oder das Feld mit diesem Buchstaben</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>You are logged in as root, which says nothing about who you are.
Which name should the audit trail record for your changes?</source>
        <translation>Sie sind als root angemeldet; das sagt nichts darüber, wer Sie sind.
Unter welchem Namen soll das Audit-Protokoll Ihre Änderungen festhalten?</translation>
    </message>
    <message>
        <source>Which name should the audit trail record for your changes?
(Tools &gt; Settings &gt; Defaults changes it later.)</source>
        <translation>Unter welchem Namen soll das Audit-Protokoll Ihre Änderungen festhalten?
(Später änderbar unter Extras &gt; Einstellungen &gt; Vorgaben.)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>The audit trail names you &quot;root&quot; until you set your name in Tools &gt; Settings &gt; Defaults.</source>
        <translation>Das Audit-Protokoll führt Sie als „root“, bis Sie Ihren Namen unter Extras &gt; Einstellungen &gt; Vorgaben eintragen.</translation>
    </message>
    <message>
        <source> Set it in Tools &gt; Settings &gt; Defaults.</source>
        <translation> Tragen Sie ihn unter Extras &gt; Einstellungen &gt; Vorgaben ein.</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>Loading organizations failed</source>
        <translation>Das Laden der Organisationen ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>● offline</source>
        <translation>● offline</translation>
    </message>
    <message>
        <source>● checking…</source>
        <translation>● wird geprüft…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e9d4f&apos;&gt;●&lt;/span&gt; connected</source>
        <translation>&lt;span style=&apos;color:#2e9d4f&apos;&gt;●&lt;/span&gt; verbunden</translation>
    </message>
    <message>
        <source>Refreshing figures…</source>
        <translation>Zahlen werden aktualisiert…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Figures as of %1 — the proxy cannot be reached&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Zahlen vom %1 — der Proxy ist nicht erreichbar&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Last known figures — the proxy cannot be reached&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Zuletzt bekannte Zahlen — der Proxy ist nicht erreichbar&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Zahlen vom %1</translation>
    </message>
    <message>
        <source>No proxy connected</source>
        <translation>Kein Proxy verbunden</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;sandbox&lt;/b&gt;</source>
        <translation>Profil: &lt;b&gt;Sandbox&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Profil: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; not connected</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; nicht verbunden</translation>
    </message>
    <message>
        <source>%1 needs a proxy. Add a proxy profile in Tools &gt; Settings, or start in the sandbox.</source>
        <translation>%1 erfordert einen Proxy. Legen Sie unter Extras &gt; Einstellungen ein Proxy-Profil an oder starten Sie in der Sandbox.</translation>
    </message>
    <message>
        <source>Checking the proxy…</source>
        <translation>Der Proxy wird geprüft…</translation>
    </message>
    <message>
        <source>Proxy not connected</source>
        <translation>Proxy nicht verbunden</translation>
    </message>
    <message>
        <source>%1 is not possible now: the proxy at %2 does not answer as it must.

%3

Nothing was created. Tools &gt; Settings &gt; Test connection checks it again.</source>
        <translation>%1 ist derzeit nicht möglich: Der Proxy unter %2 antwortet nicht wie erwartet.

%3

Es wurde nichts angelegt. Extras &gt; Einstellungen &gt; Verbindung testen prüft ihn erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) had been changed on the proxy, outside the console: adopted and recorded in the audit log.</source>
        <translation>
            <numerusform>%n Budget wurde auf dem Proxy außerhalb der Konsole geändert: übernommen und im Audit-Protokoll festgehalten.</numerusform>
            <numerusform>%n Budgets wurden auf dem Proxy außerhalb der Konsole geändert: übernommen und im Audit-Protokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures could not be refreshed: %1</source>
        <translation>Die Zahlen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The proxy has not answered for %n second(s).</source>
        <translation>
            <numerusform>Der Proxy antwortet seit %n Sekunde nicht.</numerusform>
            <numerusform>Der Proxy antwortet seit %n Sekunden nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Refreshing figures… no answer for %n s&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;Zahlen werden aktualisiert… seit %n s keine Antwort&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;Zahlen werden aktualisiert… seit %n s keine Antwort&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating an organization</source>
        <translation>Das Anlegen einer Organisation</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to the profile &quot;%1&quot;.</source>
        <translation>Mit dem Profil „%1“ verbunden.</translation>
    </message>
    <message>
        <source>Importing organizations</source>
        <translation>Das Importieren von Organisationen</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unfinished operation(s); see Tools &gt; Audit, reconcile and recover.</source>
        <translation>
            <numerusform>%n unvollendeter Vorgang wiederhergestellt; siehe Extras &gt; Audit, Abgleich und Wiederherstellung.</numerusform>
            <numerusform>%n unvollendete Vorgänge wiederhergestellt; siehe Extras &gt; Audit, Abgleich und Wiederherstellung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No proxy profile is connected: add one in Tools &gt; Settings.</source>
        <translation>Kein Proxy-Profil verbunden: Legen Sie unter Extras &gt; Einstellungen eines an.</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Refreshed %1 in %2.</source>
        <translation>%1 mit %2 aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Budget &amp;doctor…</source>
        <translation>Budget-&amp;Doktor…</translation>
    </message>
    <message>
        <source>Budget d&amp;octor for this organization…</source>
        <translation>Budget-D&amp;oktor für diese Organisation…</translation>
    </message>
    <message>
        <source>The budget doctor</source>
        <translation>Der Budget-Doktor</translation>
    </message>
    <message>
        <source>Spend &amp;reports…</source>
        <translation>Ausgaben&amp;berichte…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln organization(s)</source>
        <translation>
            <numerusform>Wird geladen… %Ln Organisation</numerusform>
            <numerusform>Wird geladen… %Ln Organisationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::MaintenanceDialog</name>
    <message>
        <source>Audit, reconcile and recover</source>
        <translation>Audit, Abgleich und Wiederherstellung</translation>
    </message>
    <message>
        <source>Filter by organization, operator, action or outcome</source>
        <translation>Nach Organisation, Bearbeiter, Aktion oder Ergebnis filtern</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Organization / team</source>
        <translation>Organisation / Team</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Compare with the proxy</source>
        <translation>Mit dem Proxy &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Fix selected</source>
        <translation>Ausgewählte &amp;beheben</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Finish interrupted creations by issuing a &amp;new key (instead of rolling them back)</source>
        <translation>Unterbrochene Anlagen mit einem &amp;neuen Schlüssel abschließen (statt sie zurückzunehmen)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Fixes: a budget changed outside the console is adopted from the proxy; a missing key is re-issued; a missing team marks the organization failed for Recover; a team or key that this database created but no organization holds is deleted once you type the phrase asked. Teams of unknown origin are left for you to decide.</source>
        <translation>Behebungen: Ein außerhalb der Konsole geändertes Budget wird vom Proxy übernommen; ein fehlender Schlüssel wird neu ausgestellt; ein fehlendes Team markiert die Organisation als fehlgeschlagen für die Wiederherstellung; ein Team oder Schlüssel, den diese Datenbank angelegt hat, der aber zu keiner Organisation gehört, wird gelöscht, sobald Sie den verlangten Satz eingeben. Über Teams unbekannter Herkunft entscheiden Sie selbst.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What Recover does</source>
        <translation>Was die Wiederherstellung tut</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>&amp;Recover the listed organizations</source>
        <translation>Aufgeführte Organisationen &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Organizations left provisioning, deleting or failed by an operation that is no longer running (e.g. after a crash or a failed cleanup). They are listed first with what Recover would do; nothing happens until you press Recover. A live operation is left alone; one on another desktop counts as ended 30 seconds after its last sign of life.</source>
        <translation>Organisationen, die ein nicht mehr laufender Vorgang in Bereitstellung, beim Löschen oder fehlgeschlagen hinterlassen hat (z. B. nach einem Absturz oder einem fehlgeschlagenen Aufräumen). Sie werden zuerst mit dem aufgeführt, was die Wiederherstellung tun würde; es geschieht nichts, bevor Sie die Wiederherstellung starten. Ein laufender Vorgang bleibt unberührt; einer auf einem anderen Rechner gilt 30 Sekunden nach seinem letzten Lebenszeichen als beendet.</translation>
    </message>
    <message>
        <source>Looking for unfinished operations…</source>
        <translation>Unvollendete Vorgänge werden gesucht…</translation>
    </message>
    <message>
        <source>Nothing to recover: no organization is left unfinished.</source>
        <translation>Nichts wiederherzustellen: Keine Organisation ist unvollendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) Recover would act on now.</source>
        <translation>
            <numerusform>%n Organisation, um die sich die Wiederherstellung jetzt kümmern würde.</numerusform>
            <numerusform>%n Organisationen, um die sich die Wiederherstellung jetzt kümmern würde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n more still running elsewhere (left alone).</source>
        <translation>
            <numerusform> %n weitere läuft noch anderswo (bleibt unberührt).</numerusform>
            <numerusform> %n weitere laufen noch anderswo (bleiben unberührt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>OrgConsole cannot prove this database made it; decide by hand.</source>
        <translation>OrgConsole kann nicht nachweisen, dass diese Datenbank es angelegt hat; entscheiden Sie selbst.</translation>
    </message>
    <message>
        <source>The database and the proxy agree.</source>
        <translation>Datenbank und Proxy stimmen überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n Abweichung.</numerusform>
            <numerusform>%n Abweichungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>budget changed outside (adopted)</source>
        <translation>Budget außerhalb geändert (übernommen)</translation>
    </message>
    <message>
        <source>%1; adopted by a refresh on %2.</source>
        <translation>%1; bei einer Aktualisierung am %2 übernommen.</translation>
    </message>
    <message>
        <source>Already adopted from the proxy and recorded in the audit log; nothing to fix.</source>
        <translation>Bereits vom Proxy übernommen und im Audit-Protokoll festgehalten; nichts zu beheben.</translation>
    </message>
    <message numerus="yes">
        <source> %n budget change(s) made outside the console in the last %1 days were adopted.</source>
        <translation>
            <numerusform> %n Budgetänderung außerhalb der Konsole in den letzten %1 Tagen wurde übernommen.</numerusform>
            <numerusform> %n Budgetänderungen außerhalb der Konsole in den letzten %1 Tagen wurden übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix drift</source>
        <translation>Abweichungen beheben</translation>
    </message>
    <message numerus="yes">
        <source>%n selected team(s) of unknown origin are left for you to decide; OrgConsole deletes only what this database created.</source>
        <translation>
            <numerusform>Über %n ausgewähltes Team unbekannter Herkunft entscheiden Sie selbst; OrgConsole löscht nur, was diese Datenbank angelegt hat.</numerusform>
            <numerusform>Über %n ausgewählte Teams unbekannter Herkunft entscheiden Sie selbst; OrgConsole löscht nur, was diese Datenbank angelegt hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply the fix for %n difference(s)?</source>
        <translation>
            <numerusform>Die Behebung für %n Abweichung ausführen?</numerusform>
            <numerusform>Die Behebung für %n Abweichungen ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete on the proxy</source>
        <translation>Auf dem Proxy löschen</translation>
    </message>
    <message>
        <source>These fixes &lt;b&gt;delete&lt;/b&gt; on the proxy, with their keys:&lt;ul&gt;%1&lt;/ul&gt;Type &lt;b&gt;%2&lt;/b&gt; to confirm:</source>
        <translation>Diese Behebungen &lt;b&gt;löschen&lt;/b&gt; auf dem Proxy, samt Schlüsseln:&lt;ul&gt;%1&lt;/ul&gt;Geben Sie zur Bestätigung &lt;b&gt;%2&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Some fixes failed</source>
        <translation>Einige Behebungen sind fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Recover %n organization(s) as listed? What each one gets is in the list.</source>
        <translation>
            <numerusform>%n Organisation wie aufgeführt wiederherstellen? Was mit ihr geschieht, steht in der Liste.</numerusform>
            <numerusform>%n Organisationen wie aufgeführt wiederherstellen? Was mit jeder geschieht, steht in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Nothing was left to recover.</source>
        <translation>Es war nichts mehr wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) handled:</source>
        <translation>
            <numerusform>%n Organisation bearbeitet:</numerusform>
            <numerusform>%n Organisationen bearbeitet:</numerusform>
        </translation>
    </message>
    <message>
        <source>recovered organizations</source>
        <translation>wiederhergestellte Organisationen</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Audit-Protokoll filtern</translation>
    </message>
    <message>
        <source>Differences between the database and the proxy</source>
        <translation>Unterschiede zwischen Datenbank und Proxy</translation>
    </message>
    <message>
        <source>Unfinished organizations</source>
        <translation>Unvollendete Organisationen</translation>
    </message>
</context>
<context>
    <name>OrgConsole::MemberBudgetDialog</name>
    <message>
        <source>Change budget of %1</source>
        <translation>Budget von %1 ändern</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot;: budget %3, spent %4. The organization&apos;s budget is %5.</source>
        <translation>%1 in „%2“: Budget %3, ausgegeben %4. Das Budget der Organisation beträgt %5.</translation>
    </message>
    <message>
        <source>the organization&apos;s</source>
        <translation>das der Organisation</translation>
    </message>
    <message>
        <source>&amp;No own budget — uses the organization&apos;s</source>
        <translation>&amp;Kein eigenes Budget — das der Organisation gilt</translation>
    </message>
    <message>
        <source>More than the organization&apos;s budget of %1.</source>
        <translation>Mehr als das Budget der Organisation von %1.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::MemberTableModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Next reset</source>
        <translation>Nächste Zurücksetzung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>not in the team on the proxy</source>
        <translation>nicht im Team auf dem Proxy</translation>
    </message>
    <message>
        <source>key blocked</source>
        <translation>Schlüssel gesperrt</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>über Budget</translation>
    </message>
    <message>
        <source>budget used up</source>
        <translation>Budget erschöpft</translation>
    </message>
    <message>
        <source>★ owner</source>
        <translation>★ Inhaber</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>org&apos;s budget</source>
        <translation>Org.-Budget</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>%1 darüber</translation>
    </message>
    <message>
        <source>never resets</source>
        <translation>wird nie zurückgesetzt</translation>
    </message>
    <message>
        <source> (blocked)</source>
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The proxy&apos;s team does not list this member: Reconcile adds the membership again.</source>
        <translation>Das Team auf dem Proxy führt dieses Mitglied nicht: Der Abgleich fügt die Mitgliedschaft wieder hinzu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No own budget: the organization&apos;s budget applies.</source>
        <translation>Kein eigenes Budget: Das Budget der Organisation gilt.</translation>
    </message>
    <message>
        <source>Alias %1, key spend %2, expires %3</source>
        <translation>Alias %1, Schlüsselausgaben %2, läuft ab: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The organization&apos;s owner: cannot be removed while the organization exists.</source>
        <translation>Der Inhaber der Organisation: kann nicht entfernt werden, solange die Organisation besteht.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::MembersPanel</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Mitglied hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person to this organization with their own key and, if wanted, a budget</source>
        <translation>Eine Person mit eigenem Schlüssel und auf Wunsch eigenem Budget zu dieser Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Chan&amp;ge budget…</source>
        <translation>Bud&amp;get ändern…</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s budget inside the team</source>
        <translation>Das Budget des ausgewählten Mitglieds im Team ändern</translation>
    </message>
    <message>
        <source>Rotate &amp;key…</source>
        <translation>Schlüssel ro&amp;tieren…</translation>
    </message>
    <message>
        <source>Give the selected member a new key and delete the old one</source>
        <translation>Dem ausgewählten Mitglied einen neuen Schlüssel geben und den alten löschen</translation>
    </message>
    <message>
        <source>Block ke&amp;y</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>Stop or allow every request with the selected member&apos;s key</source>
        <translation>Jede Anfrage mit dem Schlüssel des ausgewählten Mitglieds sperren oder zulassen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Delete the selected member&apos;s keys, their membership and their row</source>
        <translation>Die Schlüssel, die Mitgliedschaft und den Datensatz des ausgewählten Mitglieds löschen</translation>
    </message>
    <message>
        <source>Make o&amp;wner…</source>
        <translation>Zum &amp;Inhaber…</translation>
    </message>
    <message>
        <source>Make the selected member the organization&apos;s owner</source>
        <translation>Das ausgewählte Mitglied zum Inhaber der Organisation machen</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Die Mitglieder konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> — as of %1</source>
        <translation> — Stand: %1</translation>
    </message>
    <message>
        <source> — the proxy could not be read (%1); the figures shown are the stored ones.</source>
        <translation> — der Proxy konnte nicht gelesen werden (%1); angezeigt werden die gespeicherten Zahlen.</translation>
    </message>
    <message>
        <source> The proxy&apos;s team also lists %1, unknown to this database (see Reconcile).</source>
        <translation> Das Team auf dem Proxy führt außerdem %1, in dieser Datenbank unbekannt (siehe Abgleich).</translation>
    </message>
    <message>
        <source>Unblock ke&amp;y</source>
        <translation>E&amp;ntsperren</translation>
    </message>
    <message>
        <source>%1 owns the organization and cannot be removed; make another member the owner first (Make owner…).</source>
        <translation>%1 ist Inhaber der Organisation und kann nicht entfernt werden; machen Sie zuerst ein anderes Mitglied zum Inhaber („Zum Inhaber…“).</translation>
    </message>
    <message>
        <source>Select an organization to see its members.</source>
        <translation>Wählen Sie eine Organisation, um ihre Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>Members are read from the proxy: configure a proxy profile in Settings (or start with --sandbox).</source>
        <translation>Mitglieder werden vom Proxy gelesen: Richten Sie in den Einstellungen ein Proxy-Profil ein (oder starten Sie mit --sandbox).</translation>
    </message>
    <message>
        <source>Members can be added once the organization is active (it is %1).</source>
        <translation>Mitglieder können hinzugefügt werden, sobald die Organisation aktiv ist (Status: %1).</translation>
    </message>
    <message>
        <source>No members yet. Press Add member… (Alt+A) to give a person their own key and budget.</source>
        <translation>Noch keine Mitglieder. Drücken Sie „Mitglied hinzufügen…“ (Alt+M), um einer Person einen eigenen Schlüssel und ein eigenes Budget zu geben.</translation>
    </message>
    <message>
        <source>Only the owner so far. Press Add member… (Alt+A) to give another person their own key and, if wanted, a budget inside the organization&apos;s.</source>
        <translation>Bisher nur der Inhaber. Drücken Sie „Mitglied hinzufügen…“ (Alt+M), um einer weiteren Person einen eigenen Schlüssel und auf Wunsch ein Budget innerhalb des Budgets der Organisation zu geben.</translation>
    </message>
    <message>
        <source>Select a member to change their budget, rotate or block their key, or remove them.</source>
        <translation>Wählen Sie ein Mitglied, um sein Budget zu ändern, seinen Schlüssel zu rotieren oder zu sperren oder es zu entfernen.</translation>
    </message>
    <message>
        <source>%1 was added to &quot;%2&quot;.</source>
        <translation>%1 wurde zu „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s budget failed</source>
        <translation>Das Ändern des Budgets des Mitglieds ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Budget of %1 set to %2.</source>
        <translation>Budget von %1 auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>the organization&apos;s</source>
        <translation>das der Organisation</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Generate a new key for %1 in &quot;%2&quot; and delete the current one (%3)? Applications using the old key stop working.</source>
        <translation>Einen neuen Schlüssel für %1 in „%2“ erzeugen und den aktuellen (%3) löschen? Anwendungen, die den alten Schlüssel verwenden, funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>Rotating the member&apos;s key failed</source>
        <translation>Das Rotieren des Schlüssels des Mitglieds ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Key of %1 rotated.</source>
        <translation>Schlüssel von %1 rotiert.</translation>
    </message>
    <message>
        <source>Block key</source>
        <translation>Schlüssel sperren</translation>
    </message>
    <message>
        <source>Block the key %1 of %2 in &quot;%3&quot;? Every request with it fails until it is unblocked.</source>
        <translation>Den Schlüssel %1 von %2 in „%3“ sperren? Jede Anfrage damit schlägt fehl, bis er wieder entsperrt ist.</translation>
    </message>
    <message>
        <source>Blocking the member&apos;s key failed</source>
        <translation>Das Sperren des Schlüssels des Mitglieds ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unblocking the member&apos;s key failed</source>
        <translation>Das Entsperren des Schlüssels des Mitglieds ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Key of %1 blocked.</source>
        <translation>Schlüssel von %1 gesperrt.</translation>
    </message>
    <message>
        <source>Key of %1 unblocked.</source>
        <translation>Schlüssel von %1 entsperrt.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>This deletes &lt;b&gt;%1&lt;/b&gt;&apos;s keys on the proxy (%2), then their membership of the team of &lt;b&gt;%3&lt;/b&gt;, then their row. The audit trail is kept.&lt;br&gt;Type the user id to confirm:</source>
        <translation>Dies löscht die Schlüssel von &lt;b&gt;%1&lt;/b&gt; auf dem Proxy (%2), dann die Mitgliedschaft im Team von &lt;b&gt;%3&lt;/b&gt;, dann den Datensatz. Das Audit-Protokoll bleibt erhalten.&lt;br&gt;Geben Sie zur Bestätigung die Benutzer-ID ein:</translation>
    </message>
    <message>
        <source>Removing the member failed</source>
        <translation>Das Entfernen des Mitglieds ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was removed with their keys.</source>
        <translation>%1 wurde samt Schlüsseln entfernt.</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Zum Inhaber machen</translation>
    </message>
    <message>
        <source>Make %1 the owner of &quot;%2&quot;?

Owner now: %3
Owner after: %1

%3 stays a member and can then be removed; the owner cannot be.</source>
        <translation>%1 zum Inhaber von „%2“ machen?

Inhaber jetzt: %3
Inhaber danach: %1

%3 bleibt Mitglied und kann dann entfernt werden; der Inhaber nicht.</translation>
    </message>
    <message>
        <source>Changing the owner failed</source>
        <translation>Das Ändern des Inhabers ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is now the owner (was %2).</source>
        <translation>%1 ist jetzt Inhaber (bisher %2).</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
</context>
<context>
    <name>OrgConsole::Money</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>OrgConsole::OneTimeKeyWidget</name>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Den Schlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save keys to &amp;file…</source>
        <translation>Schlüssel in &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>A CSV file (organization, key) that only you can read</source>
        <translation>Eine CSV-Datei (Organisation, Schlüssel), die nur Sie lesen können</translation>
    </message>
    <message>
        <source>I have &amp;stored the key</source>
        <translation>Ich habe den Schlüssel &amp;gesichert</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the key of %1</source>
        <translation>Den Schlüssel von %1 kopieren</translation>
    </message>
    <message>
        <source>I have &amp;stored the keys</source>
        <translation>Ich habe die Schlüssel &amp;gesichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n key(s) to %1 (readable only by you). Delete the file once the keys are handed over.</source>
        <translation>
            <numerusform>%n Schlüssel in %1 gespeichert (nur für Sie lesbar). Löschen Sie die Datei, sobald der Schlüssel übergeben ist.</numerusform>
            <numerusform>%n Schlüssel in %1 gespeichert (nur für Sie lesbar). Löschen Sie die Datei, sobald die Schlüssel übergeben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save keys</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::OrgTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Max budget</source>
        <translation>Max. Budget</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>key blocked</source>
        <translation>Schlüssel gesperrt</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>über Budget</translation>
    </message>
    <message>
        <source>budget used up</source>
        <translation>Budget erschöpft</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>%1 darüber</translation>
    </message>
    <message>
        <source> (blocked)</source>
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Aufgebraucht am</translation>
    </message>
</context>
<context>
    <name>OrgConsole::ProvisioningPage</name>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Each step is shown as it runs. A failure is cleaned up on the proxy and in the database.</source>
        <translation>Jeder Schritt wird angezeigt, während er läuft. Bei einem Fehler wird auf dem Proxy und in der Datenbank aufgeräumt.</translation>
    </message>
    <message>
        <source>Provisioning steps</source>
        <translation>Bereitstellungsschritte</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>— trying again —</source>
        <translation>— neuer Versuch —</translation>
    </message>
    <message>
        <source>The organization was created.</source>
        <translation>Die Organisation wurde angelegt.</translation>
    </message>
    <message>
        <source> Next: its API key, shown once.</source>
        <translation> Als Nächstes: ihr API-Schlüssel, der nur einmal angezeigt wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 fehlgeschlagen:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Cleaned up: %1.</source>
        <translation>&lt;br&gt;Aufgeräumt: %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Nothing was created.</source>
        <translation>&lt;br&gt;Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Cleanup failed too:&lt;/b&gt; %1 The organization is marked failed; use Recover.</source>
        <translation>&lt;br&gt;&lt;b&gt;Auch das Aufräumen ist fehlgeschlagen:&lt;/b&gt; %1 Die Organisation ist als fehlgeschlagen markiert; verwenden Sie die Wiederherstellung.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Provisioning log</source>
        <translation>Bereitstellungsprotokoll</translation>
    </message>
</context>
<context>
    <name>OrgConsole::ReportTableModel</name>
    <message>
        <source>Spend (USD)</source>
        <translation>Ausgaben (USD)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>OrgConsole::ReportsWindow</name>
    <message>
        <source>Spend reports</source>
        <translation>Ausgabenberichte</translation>
    </message>
    <message>
        <source>No report yet. Choose a range and what to group by, then press Run report (Ctrl+R).</source>
        <translation>Noch kein Bericht. Wählen Sie einen Zeitraum und eine Gruppierung und drücken Sie dann „Bericht ausführen“ (Strg+R).</translation>
    </message>
    <message>
        <source>Reading the daily spend: %1 of %2 requests…</source>
        <translation>Tägliche Ausgaben werden gelesen: %1 von %2 Anfragen…</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Rang&amp;e (UTC days):</source>
        <translation>&amp;Zeitraum (UTC-Tage):</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Run report</source>
        <translation>Bericht &amp;ausführen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>Der Bericht läuft…</translation>
    </message>
    <message>
        <source>Cancelled; nothing changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1, %2: total $%3. %4 requests to the proxy, %5 organization-days from the database.</source>
        <translation>%1, %2: Summe $%3. %4 Anfragen an den Proxy, %5 Organisationstage aus der Datenbank.</translation>
    </message>
    <message>
        <source>No spend in %1. Choose a longer range or another organization, then run the report again.</source>
        <translation>Keine Ausgaben in %1. Wählen Sie einen längeren Zeitraum oder eine andere Organisation und führen Sie den Bericht erneut aus.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation> Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OrgConsole::ResultPage</name>
    <message>
        <source>Organization created</source>
        <translation>Organisation angelegt</translation>
    </message>
    <message>
        <source>Hand the API key to the customer now: it is shown only once and is not stored by OrgConsole.</source>
        <translation>Übergeben Sie den API-Schlüssel jetzt dem Kunden: Er wird nur einmal angezeigt und von OrgConsole nicht gespeichert.</translation>
    </message>
    <message>
        <source>Also save a copy in this computer&apos;s &amp;keychain</source>
        <translation>Auch eine Kopie im Schlüssel&amp;bund dieses Computers speichern</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>A copy is in this computer&apos;s keychain.</source>
        <translation>Eine Kopie liegt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Not saved: this computer has no keychain (on Linux, a Secret Service such as gnome-keyring on the session bus). Store the key elsewhere.</source>
        <translation>Nicht gespeichert: Dieser Computer hat keinen Schlüsselbund (unter Linux ein Secret Service wie gnome-keyring auf dem Session-Bus). Sichern Sie den Schlüssel anderswo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the keychain refused it.</source>
        <translation>der Schlüsselbund hat ihn abgelehnt.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is active.&lt;br&gt;Budget on the proxy: &lt;b&gt;%2&lt;/b&gt;, spent %3, period %4, next reset %5.&lt;br&gt;Key %6 (alias %7).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist aktiv.&lt;br&gt;Budget auf dem Proxy: &lt;b&gt;%2&lt;/b&gt;, ausgegeben %3, Zeitraum %4, nächste Zurücksetzung %5.&lt;br&gt;Schlüssel %6 (Alias %7).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No keychain on this computer: a copy cannot be saved here.</source>
        <translation>Kein Schlüsselbund auf diesem Computer: Eine Kopie kann hier nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Creating the organization provisions a team and an API key on the proxy.</source>
        <translation>Beim Anlegen der Organisation werden auf dem Proxy ein Team und ein API-Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Max budget</source>
        <translation>Maximalbudget</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Budgetzeitraum</translation>
    </message>
    <message>
        <source>never resets</source>
        <translation>wird nie zurückgesetzt</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>OrgConsole::SandboxMenu</name>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Load demo organizations</source>
        <translation>Demo-Organisationen &amp;laden</translation>
    </message>
    <message>
        <source>25 made-up organizations with members, budgets, 90 days of spend and a few problems to find</source>
        <translation>25 erfundene Organisationen mit Mitgliedern, Budgets, 90 Tagen Ausgaben und ein paar Problemen zum Finden</translation>
    </message>
    <message>
        <source>&amp;Remove demo organizations</source>
        <translation>Demo-Organisationen &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Simulated usage (1 s = 1 hour)</source>
        <translation>&amp;Simulierte Nutzung (1 s = 1 Stunde)</translation>
    </message>
    <message>
        <source>Spend accrues on the sandbox&apos;s keys while the simulated clock runs an hour a second</source>
        <translation>Auf den Schlüsseln der Sandbox laufen Ausgaben auf, während die simulierte Uhr eine Stunde pro Sekunde vorrückt</translation>
    </message>
    <message>
        <source>Loading the demo organizations…</source>
        <translation>Die Demo-Organisationen werden geladen…</translation>
    </message>
    <message>
        <source>Removing the demo organizations…</source>
        <translation>Die Demo-Organisationen werden entfernt…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Demodaten entfernen</translation>
    </message>
    <message>
        <source>Loading the demo data failed</source>
        <translation>Das Laden der Demodaten ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Removing the demo data failed</source>
        <translation>Das Entfernen der Demodaten ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Simulated usage</source>
        <translation>Simulierte Nutzung</translation>
    </message>
</context>
<context>
    <name>OrgConsole::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Proxy profiles</source>
        <translation>Proxy-Profile</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to a remote proxy</source>
        <translation>Unverschlüsseltes &amp;HTTP zu einem entfernten Proxy erlauben</translation>
    </message>
    <message>
        <source>Warning: the master key would travel unencrypted.</source>
        <translation>Warnung: Der Master-Schlüssel würde unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Master key:</source>
        <translation>&amp;Master-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>empty = %1, or postgresql://user@host:5432/db</source>
        <translation>leer = %1, oder postgresql://user@host:5432/db</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>A PostgreSQL password comes from the keychain or PGPASSFILE. Changes apply at the next start.</source>
        <translation>Ein PostgreSQL-Passwort kommt aus dem Schlüsselbund oder aus PGPASSFILE. Änderungen gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>paste the master key; it is kept in the OS keychain</source>
        <translation>Master-Schlüssel einfügen (wird im Schlüsselbund abgelegt)</translation>
    </message>
    <message>
        <source>the sandbox (simulated proxy, nothing real)</source>
        <translation>die Sandbox (simulierter Proxy, nichts Echtes)</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot;</source>
        <translation>das Profil „%1“</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>die Sandbox</translation>
    </message>
    <message>
        <source>Settings saved. The next start uses %1; a changed database also applies then.</source>
        <translation>Einstellungen gespeichert. Der nächste Start verwendet %1; eine geänderte Datenbank gilt ebenfalls ab dann.</translation>
    </message>
    <message>
        <source>In use now: the sandbox.</source>
        <translation>Derzeit in Verwendung: die Sandbox.</translation>
    </message>
    <message>
        <source>In use now: the profile &quot;%1&quot;.</source>
        <translation>Derzeit in Verwendung: das Profil „%1“.</translation>
    </message>
    <message>
        <source>In use now: no proxy.</source>
        <translation>Derzeit in Verwendung: kein Proxy.</translation>
    </message>
    <message>
        <source>Start &amp;with:</source>
        <translation>Beim Start &amp;verwenden:</translation>
    </message>
    <message>
        <source>Master key</source>
        <translation>Master-Schlüssel</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PostgreSQL only; kept in the keychain (or use PGPASSFILE)</source>
        <translation>nur PostgreSQL; wird im Schlüsselbund abgelegt (oder PGPASSFILE verwenden)</translation>
    </message>
    <message>
        <source>%1 (the sandbox&apos;s own database; the setting below is for normal starts)</source>
        <translation>%1 (die eigene Datenbank der Sandbox; die Einstellung unten gilt für normale Starts)</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Derzeit in Verwendung:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>New organizations:</source>
        <translation>Neue Organisationen:</translation>
    </message>
    <message>
        <source>Default m&amp;odels:</source>
        <translation>Standard-M&amp;odelle:</translation>
    </message>
    <message>
        <source>Your &amp;name (audit trail):</source>
        <translation>Ihr &amp;Name (Audit-Protokoll):</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>a key is stored in the keychain; leave empty to keep it</source>
        <translation>ein Schlüssel liegt im Schlüsselbund; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>none stored: paste the master key (kept in the OS keychain)</source>
        <translation>keiner gespeichert: Master-Schlüssel einfügen (wird im Schlüsselbund abgelegt)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Start with this profile?</source>
        <translation>Mit diesem Profil starten?</translation>
    </message>
    <message>
        <source>The console runs in the sandbox because no profile existed. Start with the profile &quot;%1&quot; from the next start?

Cancel keeps starting in the sandbox; &quot;Start with&quot; on this page changes it at any time.</source>
        <translation>Die Konsole läuft in der Sandbox, weil kein Profil vorhanden war. Ab dem nächsten Start mit dem Profil „%1“ starten?

„Abbrechen“ startet weiter in der Sandbox; „Beim Start verwenden“ auf dieser Seite ändert das jederzeit.</translation>
    </message>
    <message>
        <source>Saved; the master key is in the keychain.</source>
        <translation>Gespeichert; der Master-Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its stored master key?</source>
        <translation>Das Profil „%1“ und seinen gespeicherten Master-Schlüssel entfernen?</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>No master key: type it above (it is stored in the keychain when you save the profile).</source>
        <translation>Kein Master-Schlüssel: Geben Sie ihn oben ein (er wird beim Speichern des Profils im Schlüsselbund abgelegt).</translation>
    </message>
    <message>
        <source>✖ Schema version %1 is newer than this OrgConsole (%2).</source>
        <translation>✖ Schemaversion %1 ist neuer als diese OrgConsole (%2).</translation>
    </message>
    <message>
        <source>✔ Connected (schema version %1).</source>
        <translation>✔ Verbunden (Schemaversion %1).</translation>
    </message>
    <message>
        <source>⚠ Connected, not encrypted. %1</source>
        <translation>⚠ Verbunden, nicht verschlüsselt. %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Budget watch</source>
        <translation>Budgetüberwachung</translation>
    </message>
</context>
<context>
    <name>OrgConsole::ShowKeyDialog</name>
    <message>
        <source>New key for %1</source>
        <translation>Neuer Schlüssel für %1</translation>
    </message>
    <message>
        <source>New keys for %1</source>
        <translation>Neue Schlüssel für %1</translation>
    </message>
    <message>
        <source>The keys are shown only once.</source>
        <translation>Die Schlüssel werden nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>The key will not be shown again. Close without having stored it?</source>
        <translation>Der Schlüssel wird nicht noch einmal angezeigt. Schließen, ohne ihn gesichert zu haben?</translation>
    </message>
    <message>
        <source>The key is shown only once (%1).</source>
        <translation>Der Schlüssel wird nur einmal angezeigt (%1).</translation>
    </message>
</context>
<context>
    <name>OrgConsole::SpendChartView</name>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>%1: $%2</source>
        <translation>%1: $%2</translation>
    </message>
    <message>
        <source>Spend (USD)</source>
        <translation>Ausgaben (USD)</translation>
    </message>
</context>
<context>
    <name>OrgConsole::StepList</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>OrgConsole::UserGuideDialog</name>
    <message>
        <source>OrgConsole user guide</source>
        <translation>OrgConsole-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Search the guide (Enter: next match)</source>
        <translation>Im Handbuch suchen (Eingabe: nächster Treffer)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Handbuchseite</translation>
    </message>
    <message>
        <source>The guide is missing from this build.</source>
        <translation>Das Handbuch fehlt in diesem Build.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Unknown language &quot;%1&quot;; the console stays in English. Available: en, %2.</source>
        <translation>Unbekannte Sprache „%1“; die Konsole bleibt auf Englisch. Verfügbar: en, %2.</translation>
    </message>
    <message>
        <source>There is no %1 translation of the console; it stays in English. Available: en, %2.</source>
        <translation>Für %1 gibt es keine Übersetzung der Konsole; sie bleibt auf Englisch. Verfügbar: en, %2.</translation>
    </message>
</context>
</TS>
