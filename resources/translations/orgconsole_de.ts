<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddMember</name>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reservieren</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>Zum Team hinzufügen</translation>
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
        <source>Checking the input</source>
        <translation>Eingaben werden geprüft</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a member of &quot;%2&quot; (%3).</source>
        <translation>„%1“ ist bereits Mitglied von „%2“ (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; members can be added only to an active organization.</source>
        <translation>„%1“ ist %2; Mitglieder können nur einer aktiven Organisation hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The member&apos;s budget %1 is more than the organization&apos;s budget %2.</source>
        <translation>Das Budget des Mitglieds (%1) ist höher als das Budget der Organisation (%2).</translation>
    </message>
    <message>
        <source>The proxy at %1 has no database connected; nothing was changed.</source>
        <translation>Der Proxy unter %1 hat keine Datenbank angebunden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Input is valid</source>
        <translation>Eingaben sind gültig</translation>
    </message>
    <message>
        <source>Reserving %1 in &quot;%2&quot;</source>
        <translation>%1 wird in „%2“ reserviert</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Adding %1 to team %2 with budget %3</source>
        <translation>%1 wird dem Team %2 mit Budget %3 hinzugefügt</translation>
    </message>
    <message>
        <source>of the organization</source>
        <translation>der Organisation</translation>
    </message>
    <message>
        <source>Member of the team</source>
        <translation>Mitglied des Teams</translation>
    </message>
    <message>
        <source>Already a member of the team; budget set</source>
        <translation>Bereits Mitglied des Teams; Budget gesetzt</translation>
    </message>
    <message>
        <source>Generating the key for %1</source>
        <translation>Schlüssel für %1 wird erzeugt</translation>
    </message>
    <message>
        <source>Key %1 generated</source>
        <translation>Schlüssel %1 erzeugt</translation>
    </message>
    <message>
        <source>Saving the member</source>
        <translation>Mitglied wird gespeichert</translation>
    </message>
    <message>
        <source>Saved as active</source>
        <translation>Als aktiv gespeichert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Reading the member&apos;s budget back from the proxy</source>
        <translation>Budget des Mitglieds wird vom Proxy zurückgelesen</translation>
    </message>
    <message>
        <source>Budget %1, spent %2</source>
        <translation>Budget %1, ausgegeben %2</translation>
    </message>
    <message>
        <source>The member was added, but the proxy&apos;s team does not list them yet.</source>
        <translation>Das Mitglied wurde hinzugefügt, aber das Team auf dem Proxy führt es noch nicht auf.</translation>
    </message>
    <message>
        <source>The member was added, but reading their budget back failed: %1</source>
        <translation>Das Mitglied wurde hinzugefügt, aber das Zurücklesen seines Budgets ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Deleting the key</source>
        <translation>Löschen des Schlüssels</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Removing the membership</source>
        <translation>Entfernen der Mitgliedschaft</translation>
    </message>
    <message>
        <source>Updating the reservation</source>
        <translation>Aktualisieren der Reservierung</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>Reservierung</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message numerus="yes">
        <source>%n file(s) or folder(s) holding customer data were readable by other users of this computer and are now private to you: %1</source>
        <translation>
            <numerusform>%n Datei oder Ordner mit Kundendaten war für andere Benutzer dieses Computers lesbar und ist jetzt nur noch für Sie zugänglich: %1</numerusform>
            <numerusform>%n Dateien oder Ordner mit Kundendaten waren für andere Benutzer dieses Computers lesbar und sind jetzt nur noch für Sie zugänglich: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This program was built without the sandbox: add a proxy profile in Tools &gt; Settings.</source>
        <translation>Dieses Programm wurde ohne Sandbox gebaut: Legen Sie unter Extras &gt; Einstellungen ein Proxy-Profil an.</translation>
    </message>
    <message>
        <source>This program was built without the sandbox: configure a proxy profile or pass --proxy URL.</source>
        <translation>Dieses Programm wurde ohne Sandbox gebaut: Richten Sie ein Proxy-Profil ein oder geben Sie --proxy URL an.</translation>
    </message>
    <message>
        <source>The sandbox proxy could not start: %1</source>
        <translation>Der Sandbox-Proxy konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>No proxy profile is chosen: pick one in Tools &gt; Settings &gt; Proxy profiles (&quot;Start with&quot;).</source>
        <translation>Kein Proxy-Profil gewählt: Wählen Sie eines unter Extras &gt; Einstellungen &gt; Proxy-Profile („Beim Start verwenden“).</translation>
    </message>
    <message>
        <source>No proxy is configured: add a profile (orgctl profile add NAME --url URL), pass --proxy URL, or use --sandbox.</source>
        <translation>Kein Proxy eingerichtet: Legen Sie ein Profil an (orgctl profile add NAME --url URL), geben Sie --proxy URL an oder verwenden Sie --sandbox.</translation>
    </message>
    <message>
        <source>There is no proxy profile named &quot;%1&quot; (known: %2).</source>
        <translation>Es gibt kein Proxy-Profil namens „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>No master key is stored for the profile &quot;%1&quot;: type it in Tools &gt; Settings &gt; Proxy profiles and save the profile.</source>
        <translation>Für das Profil „%1“ ist kein Master-Schlüssel gespeichert: Geben Sie ihn unter Extras &gt; Einstellungen &gt; Proxy-Profile ein und speichern Sie das Profil.</translation>
    </message>
    <message>
        <source>No master key for the profile &quot;%1&quot;: store it in the keychain (orgctl profile set-key %1), or pass it in ORGCONSOLE_MASTER_KEY or with --master-key-stdin.</source>
        <translation>Kein Master-Schlüssel für das Profil „%1“: Legen Sie ihn im Schlüsselbund ab (orgctl profile set-key %1) oder übergeben Sie ihn in ORGCONSOLE_MASTER_KEY oder mit --master-key-stdin.</translation>
    </message>
    <message>
        <source>not a valid database URL</source>
        <translation>keine gültige Datenbank-URL</translation>
    </message>
    <message>
        <source>The sandbox keeps its own database, so the database given (%1) was not opened: start without the sandbox to work in it.</source>
        <translation>Die Sandbox hat ihre eigene Datenbank, daher wurde die angegebene Datenbank (%1) nicht geöffnet: Starten Sie ohne Sandbox, um in ihr zu arbeiten.</translation>
    </message>
    <message>
        <source>There is no proxy profile yet: add one (the proxy&apos;s URL and master key) in Tools &gt; Settings &gt; Proxy profiles, or start with --sandbox to practise on a simulated proxy.</source>
        <translation>Es gibt noch kein Proxy-Profil: Legen Sie eines (URL und Master-Schlüssel des Proxys) unter Extras &gt; Einstellungen &gt; Proxy-Profile an, oder starten Sie mit --sandbox, um an einem simulierten Proxy zu üben.</translation>
    </message>
</context>
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
    <message>
        <source>%1 — %2 % of %3 used (%4)</source>
        <translation>%1 — %2 % von %3 verbraucht (%4)</translation>
    </message>
</context>
<context>
    <name>BudgetDiagnosis</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>in all (this budget never resets)</source>
        <translation>insgesamt (dieses Budget wird nie zurückgesetzt)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>this period</source>
        <translation>in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 reset is overdue: it was due %2 (%3 ago) and spend %4 was not reset; the proxy&apos;s budget reset job may not be running, so requests can be refused on last period&apos;s spend.</source>
        <translation>%1: Das Zurücksetzen ist überfällig: Es war am %2 fällig (vor %3), und die Ausgaben von %4 wurden nicht zurückgesetzt; der Budget-Reset des Proxys läuft vielleicht nicht, sodass Anfragen wegen der Ausgaben des letzten Zeitraums abgelehnt werden können.</translation>
    </message>
    <message>
        <source>The team is blocked on the proxy: every request with this organization&apos;s keys is refused, whatever its budget.</source>
        <translation>Das Team ist auf dem Proxy gesperrt: Jede Anfrage mit den Schlüsseln dieser Organisation wird abgelehnt, unabhängig vom Budget.</translation>
    </message>
    <message>
        <source>Unblock the team of &quot;%1&quot; on the proxy (audited as unblock-team).</source>
        <translation>Das Team von „%1“ auf dem Proxy entsperren (im Audit-Protokoll als unblock-team).</translation>
    </message>
    <message>
        <source>The team has no budget: spend is unlimited (%1 %2).</source>
        <translation>Das Team hat kein Budget: Die Ausgaben sind unbegrenzt (%1 %2).</translation>
    </message>
    <message>
        <source>Team budget %1 is used up: spend %2 %3; requests with this organization&apos;s keys are refused now.</source>
        <translation>Das Teambudget %1 ist aufgebraucht: Ausgaben %2 %3; Anfragen mit den Schlüsseln dieser Organisation werden jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>Team budget</source>
        <translation>Teambudget</translation>
    </message>
    <message>
        <source>Member budget %1 of %2 never resets: no period is set, so once %1 is spent (%3 so far) their requests are refused for good.</source>
        <translation>Das Mitgliedsbudget %1 von %2 wird nie zurückgesetzt: Es ist kein Zeitraum gesetzt; sobald %1 ausgegeben ist (bisher %3), werden die Anfragen dauerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>Give %1&apos;s budget of %2 a period of %3 (%4), so it resets; the spend so far stays in the current period.</source>
        <translation>Dem Budget von %1 (%2) einen Zeitraum von %3 geben (%4), damit es zurückgesetzt wird; die bisherigen Ausgaben bleiben im laufenden Zeitraum.</translation>
    </message>
    <message>
        <source>the team has none to copy</source>
        <translation>das Team hat keinen zum Übernehmen</translation>
    </message>
    <message>
        <source>the team&apos;s</source>
        <translation>den des Teams</translation>
    </message>
    <message>
        <source>Member budget %1 of %2 is used up: spend %3 %4; %2&apos;s requests are refused now.</source>
        <translation>Das Mitgliedsbudget %1 von %2 ist aufgebraucht: Ausgaben %3 %4; die Anfragen von %2 werden jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>%1&apos;s member budget</source>
        <translation>Mitgliedsbudget von %1</translation>
    </message>
    <message>
        <source>the organization&apos;s key</source>
        <translation>der Schlüssel der Organisation</translation>
    </message>
    <message>
        <source>a key of the team</source>
        <translation>ein Schlüssel des Teams</translation>
    </message>
    <message>
        <source>Key %1 (%2) expired %3 (%4 ago): requests with it are refused.</source>
        <translation>Schlüssel %1 (%2) ist am %3 abgelaufen (vor %4): Anfragen damit werden abgelehnt.</translation>
    </message>
    <message>
        <source>Issue a new key for %1 in place of the expired %2 and delete the old one (audited as a rotation); the new key is shown once, to hand over.</source>
        <translation>Für %1 einen neuen Schlüssel anstelle des abgelaufenen %2 ausstellen und den alten löschen (im Audit-Protokoll als Rotation); der neue Schlüssel wird einmal zur Übergabe angezeigt.</translation>
    </message>
    <message>
        <source>Key %1 (%2) expires %3, in %4: rotate it and hand over the new key before then.</source>
        <translation>Schlüssel %1 (%2) läuft am %3 ab, in %4: Rotieren Sie ihn und übergeben Sie den neuen Schlüssel vorher.</translation>
    </message>
    <message>
        <source>Key %1 (%2) is blocked, as it was blocked from the console: requests with it are refused until someone unblocks it.</source>
        <translation>Schlüssel %1 (%2) ist gesperrt, weil er in der Konsole gesperrt wurde: Anfragen damit werden abgelehnt, bis ihn jemand entsperrt.</translation>
    </message>
    <message>
        <source>Key %1 (%2) is blocked on the proxy, though not from the console: requests with it are refused.</source>
        <translation>Schlüssel %1 (%2) ist auf dem Proxy gesperrt, aber nicht von der Konsole aus: Anfragen damit werden abgelehnt.</translation>
    </message>
    <message>
        <source>Unblock key %1 (%2) on the proxy (audited as an unblock).</source>
        <translation>Schlüssel %1 (%2) auf dem Proxy entsperren (im Audit-Protokoll als Entsperrung).</translation>
    </message>
    <message>
        <source>Key budget %1 of %2 (%3) is above the team budget %4 it can never reach: the team&apos;s budget refuses requests first.</source>
        <translation>Das Schlüsselbudget %1 von %2 (%3) liegt über dem Teambudget %4 und kann nie erreicht werden: Das Teambudget lehnt Anfragen zuerst ab.</translation>
    </message>
    <message>
        <source>Lower key %1&apos;s budget from %2 to the team&apos;s %3 (audited as set-key-budget).</source>
        <translation>Das Budget von Schlüssel %1 von %2 auf das des Teams (%3) senken (im Audit-Protokoll als set-key-budget).</translation>
    </message>
    <message>
        <source>Key budget %1 of %2 (%3) is below the team budget %4: requests with it are refused after %1 even while the team has budget left.</source>
        <translation>Das Schlüsselbudget %1 von %2 (%3) liegt unter dem Teambudget %4: Anfragen damit werden nach %1 abgelehnt, auch wenn das Team noch Budget hat.</translation>
    </message>
    <message>
        <source>Key budget %1 of %2 (%3) is used up: spend %4 %5; requests with this key are refused now.</source>
        <translation>Das Schlüsselbudget %1 von %2 (%3) ist aufgebraucht: Ausgaben %4 %5; Anfragen mit diesem Schlüssel werden jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>Key %1&apos;s budget</source>
        <translation>Budget von Schlüssel %1</translation>
    </message>
    <message>
        <source>Key %1 (%2) allows %3, which the team does not allow (the team allows %4): requests for %5 are refused.</source>
        <translation>Schlüssel %1 (%2) erlaubt %3, was das Team nicht erlaubt (das Team erlaubt %4): Anfragen für %5 werden abgelehnt.</translation>
    </message>
    <message>
        <source>it</source>
        <translation>dieses Modell</translation>
    </message>
    <message>
        <source>them</source>
        <translation>diese Modelle</translation>
    </message>
    <message>
        <source>%1&apos;s key</source>
        <translation>der Schlüssel von %1</translation>
    </message>
</context>
<context>
    <name>BudgetDoctor</name>
    <message>
        <source>&quot;%1&quot; is %2; only active organizations have budgets to check.</source>
        <translation>„%1“ ist %2; nur aktive Organisationen haben Budgets, die sich prüfen lassen.</translation>
    </message>
    <message>
        <source>The finding %1 has no fix to apply.</source>
        <translation>Für den Befund %1 gibt es keine Behebung.</translation>
    </message>
</context>
<context>
    <name>BudgetDuration</name>
    <message>
        <source>&quot;%1&quot; is not a budget duration; use a number and a unit such as 30d, 1mo, 12h (s = seconds, m = minutes, h = hours, d = days, w = weeks, mo = months).</source>
        <translation>„%1“ ist kein Budgetzeitraum; verwenden Sie eine Zahl und eine Einheit wie 30d, 1mo, 12h (s = Sekunden, m = Minuten, h = Stunden, d = Tage, w = Wochen, mo = Monate).</translation>
    </message>
</context>
<context>
    <name>BudgetFixes</name>
    <message>
        <source>The proxy answered, but the key does not have the new budget; nothing is known to have changed.</source>
        <translation>Der Proxy hat geantwortet, aber der Schlüssel hat das neue Budget nicht; soweit bekannt, hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only an active organization&apos;s team can be changed.</source>
        <translation>„%1“ ist %2; nur das Team einer aktiven Organisation lässt sich ändern.</translation>
    </message>
    <message>
        <source>Which key? No key hash was given.</source>
        <translation>Welcher Schlüssel? Es wurde kein Schlüssel-Hash angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only an active organization&apos;s keys can be changed.</source>
        <translation>„%1“ ist %2; nur die Schlüssel einer aktiven Organisation lassen sich ändern.</translation>
    </message>
    <message>
        <source>That key is not a key of &quot;%1&quot;&apos;s team; nothing was changed.</source>
        <translation>Dieser Schlüssel gehört nicht zum Team von „%1“; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>BudgetForecast</name>
    <message>
        <source>used up</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>not before reset</source>
        <translation>nicht vor dem Zurücksetzen</translation>
    </message>
    <message>
        <source>no recent spend</source>
        <translation>keine Ausgaben in letzter Zeit</translation>
    </message>
</context>
<context>
    <name>BudgetLevels</name>
    <message>
        <source>The level &quot;%1&quot; has a &apos;%&apos; sign: write the number of percent alone, e.g. 80.</source>
        <translation>Die Schwelle „%1“ enthält ein Prozentzeichen: Schreiben Sie nur die Prozentzahl, z. B. 80.</translation>
    </message>
    <message>
        <source>The level &quot;%1&quot; is not a whole number of percent (1 to %2), e.g. 80.</source>
        <translation>Die Schwelle „%1“ ist keine ganze Prozentzahl (1 bis %2), z. B. 80.</translation>
    </message>
    <message>
        <source>The level %1 is outside 1 to %2 percent of the max budget.</source>
        <translation>Die Schwelle %1 liegt außerhalb von 1 bis %2 Prozent des Höchstbudgets.</translation>
    </message>
    <message>
        <source>The levels &quot;%1&quot; have an empty item: write them like 80, 100.</source>
        <translation>Die Schwellen „%1“ enthalten einen leeren Eintrag: Schreiben Sie sie wie 80, 100.</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Über Budget</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>All budgets OK</source>
        <translation>Alle Budgets OK</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>%1 gefährdet</translation>
    </message>
    <message>
        <source>%1 over budget</source>
        <translation>%1 über Budget</translation>
    </message>
</context>
<context>
    <name>BudgetWatchStore</name>
    <message>
        <source>Reading the alert levels</source>
        <translation>Lesen der Warnschwellen</translation>
    </message>
    <message>
        <source>Reading the organization&apos;s alert levels</source>
        <translation>Lesen der Warnschwellen der Organisation</translation>
    </message>
    <message>
        <source>Saving the organization&apos;s alert levels</source>
        <translation>Speichern der Warnschwellen der Organisation</translation>
    </message>
    <message>
        <source>Reading the members&apos; budgets</source>
        <translation>Lesen der Budgets der Mitglieder</translation>
    </message>
    <message>
        <source>Recording a budget level crossing</source>
        <translation>Erfassen einer Schwellenüberschreitung</translation>
    </message>
    <message>
        <source>Recording the budget level crossings</source>
        <translation>Erfassen der Schwellenüberschreitungen</translation>
    </message>
    <message>
        <source>Reading the budget level crossings</source>
        <translation>Lesen der Schwellenüberschreitungen</translation>
    </message>
</context>
<context>
    <name>BulkCreation</name>
    <message>
        <source>already created</source>
        <translation>bereits angelegt</translation>
    </message>
    <message>
        <source>the name is taken by &quot;%1&quot; of another owner (%2); nothing was created</source>
        <translation>der Name ist bereits durch „%1“ eines anderen Inhabers (%2) belegt; nichts wurde angelegt</translation>
    </message>
    <message>
        <source>exists with status %1</source>
        <translation>existiert mit dem Status %1</translation>
    </message>
    <message>
        <source> (cleanup failed: %1)</source>
        <translation> (Aufräumen fehlgeschlagen: %1)</translation>
    </message>
</context>
<context>
    <name>BulkMemberImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>no organization has the id or name &quot;%1&quot;.</source>
        <translation>keine Organisation hat die ID oder den Namen „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; members can be added only to an active organization.</source>
        <translation>„%1“ ist %2; Mitglieder können nur einer aktiven Organisation hinzugefügt werden.</translation>
    </message>
    <message>
        <source>the member&apos;s budget %1 is more than the budget of &quot;%2&quot; (%3).</source>
        <translation>das Budget des Mitglieds (%1) ist höher als das Budget von „%2“ (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; repeats line %3.</source>
        <translation>„%1“ in „%2“ wiederholt Zeile %3.</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>bereits Mitglied</translation>
    </message>
    <message>
        <source>a member with status %1 (orgctl recover resolves it)</source>
        <translation>ein Mitglied mit dem Status %1 (orgctl recover löst das auf)</translation>
    </message>
    <message>
        <source> (cleanup failed: %1)</source>
        <translation> (Aufräumen fehlgeschlagen: %1)</translation>
    </message>
</context>
<context>
    <name>ChangeClaim</name>
    <message>
        <source> It is %1.</source>
        <translation> Dort: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed or is being changed elsewhere (another window, desktop or orgctl); nothing was done.%2 Look again in a moment.</source>
        <translation>„%1“ wurde anderswo geändert oder wird gerade geändert (in einem anderen Fenster, an einem anderen Arbeitsplatz oder mit orgctl); es wurde nichts getan.%2 Sehen Sie gleich noch einmal nach.</translation>
    </message>
    <message>
        <source>The organization stays marked as being changed until recovery frees it (%1).</source>
        <translation>Die Organisation bleibt als in Änderung markiert, bis die Wiederherstellung sie freigibt (%1).</translation>
    </message>
    <message>
        <source>The member stays marked as being changed until recovery frees it (%1).</source>
        <translation>Das Mitglied bleibt als in Änderung markiert, bis die Wiederherstellung es freigibt (%1).</translation>
    </message>
    <message>
        <source>interrupted key rotation: the organization is freed; run Reconcile for a key left on the proxy</source>
        <translation>unterbrochene Schlüsselrotation: Die Organisation ist freigegeben; führen Sie einen Abgleich aus, um einen auf dem Proxy verbliebenen Schlüssel zu finden</translation>
    </message>
    <message>
        <source>interrupted change: the organization is freed; run Reconcile to compare it with the proxy</source>
        <translation>unterbrochene Änderung: Die Organisation ist freigegeben; führen Sie einen Abgleich aus, um sie mit dem Proxy zu vergleichen</translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message>
        <source>listening for changes</source>
        <translation>Warten auf Änderungen</translation>
    </message>
    <message>
        <source>The database %1 could not be read for changes.</source>
        <translation>Die Datenbank %1 konnte nicht auf Änderungen gelesen werden.</translation>
    </message>
    <message>
        <source>The connection to the database %1 was closed.</source>
        <translation>Die Verbindung zur Datenbank %1 wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>ConflictReport</name>
    <message>
        <source>Now: budget %1%2, key %3%4, status %5.</source>
        <translation>Jetzt: Budget %1%2, Schlüssel %3%4, Status %5.</translation>
    </message>
    <message>
        <source> per %1</source>
        <translation> je %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed while you were working on it (version %2, now %3).</source>
        <translation>„%1“ wurde geändert, während Sie daran gearbeitet haben (Version %2, jetzt %3).</translation>
    </message>
    <message>
        <source>• %1 by %2 at %3</source>
        <translation>• %1 von %2 am %3</translation>
    </message>
    <message>
        <source>• changed at %1; the audit log names no one for it (a refresh of the figures, or an operation&apos;s heartbeat)</source>
        <translation>• geändert am %1; das Audit-Protokoll nennt niemanden dafür (eine Aktualisierung der Zahlen oder das Lebenszeichen eines Vorgangs)</translation>
    </message>
    <message>
        <source> (blocked)</source>
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <source>• being deleted by %1 since %2, still running</source>
        <translation>• wird von %1 seit %2 gelöscht, läuft noch</translation>
    </message>
    <message>
        <source>• being created by %1 since %2, still running</source>
        <translation>• wird von %1 seit %2 angelegt, läuft noch</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot; was changed while you were working on it.</source>
        <translation>%1 in „%2“ wurde geändert, während Sie daran gearbeitet haben.</translation>
    </message>
    <message>
        <source>• %1 is being changed by %2 since %3, still running</source>
        <translation>• %1 wird von %2 seit %3 geändert, läuft noch</translation>
    </message>
    <message>
        <source>Now: %1 is %2, key %3%4.</source>
        <translation>Jetzt: %1 ist %2, Schlüssel %3%4.</translation>
    </message>
    <message>
        <source>Now: %1 is no longer a member.</source>
        <translation>Jetzt: %1 ist kein Mitglied mehr.</translation>
    </message>
    <message>
        <source>• %1, still running</source>
        <translation>• %1, läuft noch</translation>
    </message>
</context>
<context>
    <name>CreateOrganization</name>
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
        <source>Checking the input</source>
        <translation>Eingaben werden geprüft</translation>
    </message>
    <message>
        <source>Checking that the proxy at %1 has a database</source>
        <translation>Prüfen, ob der Proxy unter %1 eine Datenbank hat</translation>
    </message>
    <message>
        <source>The proxy at %1 has no database connected; nothing was created.</source>
        <translation>Der Proxy unter %1 hat keine Datenbank angebunden; nichts wurde angelegt.</translation>
    </message>
    <message>
        <source>Input is valid</source>
        <translation>Eingaben sind gültig</translation>
    </message>
    <message>
        <source>Reserving &quot;%1&quot;</source>
        <translation>„%1“ wird reserviert</translation>
    </message>
    <message>
        <source>Reserved as %1</source>
        <translation>Reserviert als %1</translation>
    </message>
    <message>
        <source>Creating team %1 with budget %2</source>
        <translation>Team %1 wird mit Budget %2 angelegt</translation>
    </message>
    <message>
        <source>Team %1 created</source>
        <translation>Team %1 angelegt</translation>
    </message>
    <message>
        <source>Generating the key for owner %1</source>
        <translation>Schlüssel für den Inhaber %1 wird erzeugt</translation>
    </message>
    <message>
        <source>Key %1 generated</source>
        <translation>Schlüssel %1 erzeugt</translation>
    </message>
    <message>
        <source>Saving the organization</source>
        <translation>Organisation wird gespeichert</translation>
    </message>
    <message>
        <source>Saved as active</source>
        <translation>Als aktiv gespeichert</translation>
    </message>
    <message>
        <source>Budget %1 (from the team reply)</source>
        <translation>Budget %1 (aus der Antwort zum Team)</translation>
    </message>
    <message>
        <source>Reading the budget back from the proxy</source>
        <translation>Budget wird vom Proxy zurückgelesen</translation>
    </message>
    <message>
        <source>Budget %1, spent %2</source>
        <translation>Budget %1, ausgegeben %2</translation>
    </message>
    <message>
        <source>The organization was created, but reading its budget back failed: %1</source>
        <translation>Die Organisation wurde angelegt, aber das Zurücklesen ihres Budgets ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Deleting the key</source>
        <translation>Löschen des Schlüssels</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Deleting the team</source>
        <translation>Löschen des Teams</translation>
    </message>
    <message>
        <source>Updating the reservation</source>
        <translation>Aktualisieren der Reservierung</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>Reservierung</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>Line %1 is %2 bytes long; at most %3 are allowed.</source>
        <translation>Zeile %1 ist %2 Byte lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: unknown column &quot;%2&quot; (known: %3).</source>
        <translation>Zeile %1: unbekannte Spalte „%2“ (bekannt: %3).</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>Zeile %1: Die Spalte „%2“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Line %1: the header has no &quot;%2&quot; column.</source>
        <translation>Zeile %1: Die Kopfzeile hat keine Spalte „%2“.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line (%1).</source>
        <translation>Die Datei ist leer; sie braucht eine Kopfzeile (%1).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 columns, but the header has %2.</source>
        <translation>%1 Spalten, aber die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats the name on line %2 (names are compared ignoring case and spaces).</source>
        <translation>„%1“ wiederholt den Namen aus Zeile %2 (Namen werden ohne Rücksicht auf Groß-/Kleinschreibung und Leerzeichen verglichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; repeats line %3.</source>
        <translation>„%1“ in „%2“ wiederholt Zeile %3.</translation>
    </message>
    <message>
        <source>The file has a header but no organizations.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Organisationen.</translation>
    </message>
    <message>
        <source>The file has a header but no members.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Mitglieder.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database URL has the parameter &quot;%1&quot;, which is not a PostgreSQL connection parameter OrgConsole passes on (sslmode, sslrootcert, sslcert, sslkey, target_session_attrs, ...).</source>
        <translation>Die Datenbank-URL enthält den Parameter „%1“, der kein PostgreSQL-Verbindungsparameter ist, den OrgConsole weitergibt (sslmode, sslrootcert, sslcert, sslkey, target_session_attrs, ...).</translation>
    </message>
    <message>
        <source>The database URL parameter %1 has a value with a &apos;;&apos; or a control character.</source>
        <translation>Der Datenbank-URL-Parameter %1 hat einen Wert mit einem „;“ oder einem Steuerzeichen.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 is not encrypted: passwords and customer data cross the network in clear text. Add ?sslmode=require (or verify-full with sslrootcert) to the database URL.</source>
        <translation>Die Verbindung zum PostgreSQL-Server %1 ist nicht verschlüsselt: Passwörter und Kundendaten gehen im Klartext über das Netz. Ergänzen Sie die Datenbank-URL um ?sslmode=require (oder verify-full mit sslrootcert).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL of the form postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine PostgreSQL-URL der Form postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>No database file or URL was given.</source>
        <translation>Es wurde keine Datenbankdatei und keine URL angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1.</source>
        <translation>Der Ordner für die Datenbank %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Der Qt-SQL-Treiber für %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be switched to write-ahead logging (WAL); is it on a network drive?</source>
        <translation>Die Datenbank %1 konnte nicht auf Write-Ahead-Logging (WAL) umgestellt werden; liegt sie auf einem Netzlaufwerk?</translation>
    </message>
    <message>
        <source>Foreign keys could not be enabled on %1.</source>
        <translation>Fremdschlüssel konnten für %1 nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program, which did not let go in time, so %2 failed. Try again once the other program is done (%3).</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt, das sie nicht rechtzeitig freigegeben hat; daher ist das %2 fehlgeschlagen. Versuchen Sie es erneut, wenn das andere Programm fertig ist (%3).</translation>
    </message>
    <message>
        <source>The database %1 is read-only, so %2 failed: check the permissions of the file and of its folder (%3).</source>
        <translation>Die Datenbank %1 ist schreibgeschützt; daher ist das %2 fehlgeschlagen: Prüfen Sie die Rechte der Datei und ihres Ordners (%3).</translation>
    </message>
    <message>
        <source>The database %1 cannot be reached, so %2 failed: %3. OrgConsole connects again at the next action.</source>
        <translation>Die Datenbank %1 ist nicht erreichbar; daher ist das %2 fehlgeschlagen: %3. OrgConsole verbindet sich bei der nächsten Aktion erneut.</translation>
    </message>
    <message>
        <source>Database error in %1 while %2: %3</source>
        <translation>Datenbankfehler in %1 beim %2: %3</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data belongs in the sandbox only: it would create 25 made-up organizations on a real proxy. Start the sandbox (orgconsole --sandbox, orgctl --sandbox) to use it.</source>
        <translation>Demodaten gehören nur in die Sandbox: Auf einem echten Proxy würden sie 25 erfundene Organisationen anlegen. Starten Sie die Sandbox (orgconsole --sandbox, orgctl --sandbox), um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The sandbox proxy is not running.</source>
        <translation>Der Sandbox-Proxy läuft nicht.</translation>
    </message>
    <message>
        <source>The demo data is already being loaded or removed.</source>
        <translation>Die Demodaten werden bereits geladen oder entfernt.</translation>
    </message>
    <message>
        <source>The demo organizations are already loaded (&quot;%1&quot; exists): remove them first.</source>
        <translation>Die Demo-Organisationen sind bereits geladen („%1“ existiert): Entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The sandbox proxy did not say what day it is.</source>
        <translation>Der Sandbox-Proxy hat nicht mitgeteilt, welcher Tag ist.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 demo organizations.</source>
        <translation>Nach %1 von %2 Demo-Organisationen angehalten.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 ist bereit.</translation>
    </message>
    <message>
        <source>Stopped with %1 demo organizations left.</source>
        <translation>Angehalten; %1 Demo-Organisationen sind noch übrig.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <source>Demo data removed.</source>
        <translation>Demodaten entfernt.</translation>
    </message>
    <message>
        <source>Simulated usage exists in the sandbox only.</source>
        <translation>Simulierte Nutzung gibt es nur in der Sandbox.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>No database file at %1 yet; OrgConsole creates it there at the next start.</source>
        <translation>Noch keine Datenbankdatei unter %1; OrgConsole legt sie dort beim nächsten Start an.</translation>
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
    <name>FilePermissions</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>&quot;%1&quot; is not active; its key cannot be rotated.</source>
        <translation>„%1“ ist nicht aktiv; sein Schlüssel kann nicht rotiert werden.</translation>
    </message>
    <message>
        <source>Generating the new key failed: </source>
        <translation>Das Erzeugen des neuen Schlüssels ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source> The new key was withdrawn; the old key still works.</source>
        <translation> Der neue Schlüssel wurde zurückgezogen; der alte Schlüssel funktioniert weiterhin.</translation>
    </message>
    <message>
        <source> Withdrawing the new key failed too (%1); run Reconcile.</source>
        <translation> Auch das Zurückziehen des neuen Schlüssels ist fehlgeschlagen (%1); führen Sie den Abgleich aus.</translation>
    </message>
    <message>
        <source>Saving the new key failed: </source>
        <translation>Das Speichern des neuen Schlüssels ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>Deleting the old key failed, so the rotation was undone: </source>
        <translation>Das Löschen des alten Schlüssels ist fehlgeschlagen, daher wurde die Rotation rückgängig gemacht: </translation>
    </message>
    <message>
        <source>The new key is saved, but whether the old key %1 was deleted is unknown (%2); look it up on the proxy.</source>
        <translation>Der neue Schlüssel ist gespeichert, aber ob der alte Schlüssel %1 gelöscht wurde, ist unbekannt (%2); sehen Sie auf dem Proxy nach.</translation>
    </message>
    <message>
        <source>The new key kept the temporary alias: </source>
        <translation>Der neue Schlüssel hat den vorläufigen Alias behalten: </translation>
    </message>
</context>
<context>
    <name>LiteLlmActivity</name>
    <message>
        <source>The proxy&apos;s reply did not contain the daily activity.</source>
        <translation>Die Antwort des Proxys enthielt die tägliche Aktivität nicht.</translation>
    </message>
</context>
<context>
    <name>LiteLlmClient</name>
    <message>
        <source>The proxy&apos;s reply did not contain %1.</source>
        <translation>Die Antwort des Proxys enthielt %1 nicht.</translation>
    </message>
    <message>
        <source>a team id</source>
        <translation>eine Team-ID</translation>
    </message>
    <message>
        <source>a list of teams</source>
        <translation>eine Liste von Teams</translation>
    </message>
    <message>
        <source>the new key and its hash</source>
        <translation>den neuen Schlüssel und seinen Hash</translation>
    </message>
    <message>
        <source>the team and whether it is blocked</source>
        <translation>das Team und ob es gesperrt ist</translation>
    </message>
    <message>
        <source>the new key</source>
        <translation>den neuen Schlüssel</translation>
    </message>
    <message>
        <source>The proxy is reachable, but it refused the master key: %1</source>
        <translation>Der Proxy ist erreichbar, hat aber den Master-Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>Connected with an admin key, but the proxy has no database: teams and keys cannot be managed.</source>
        <translation>Mit einem Admin-Schlüssel verbunden, aber der Proxy hat keine Datenbank: Teams und Schlüssel lassen sich nicht verwalten.</translation>
    </message>
    <message>
        <source>Connected: the proxy is up, its database is connected and the master key is an admin key%1.</source>
        <translation>Verbunden: Der Proxy läuft, seine Datenbank ist angebunden und der Master-Schlüssel ist ein Admin-Schlüssel%1.</translation>
    </message>
    <message>
        <source> (LiteLLM %1)</source>
        <translation> (LiteLLM %1)</translation>
    </message>
</context>
<context>
    <name>LiteLlmError</name>
    <message>
        <source> (HTTP %1%2)</source>
        <translation> (HTTP %1%2)</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; und %1 weitere</translation>
    </message>
    <message>
        <source>The proxy at %1 did not answer in time.</source>
        <translation>Der Proxy unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not connect to the proxy at %1: the connection was refused (is the proxy running and the URL right?).</source>
        <translation>Keine Verbindung zum Proxy unter %1: Die Verbindung wurde abgelehnt (läuft der Proxy und stimmt die URL?).</translation>
    </message>
    <message>
        <source>The proxy at %1 closed the connection before answering.</source>
        <translation>Der Proxy unter %1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The proxy host %1 was not found (check the URL and your DNS).</source>
        <translation>Der Proxy-Host %1 wurde nicht gefunden (prüfen Sie die URL und Ihr DNS).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>Das TLS-Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation>Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Network error talking to the proxy at %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit dem Proxy unter %1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The proxy at %1 answered with a redirect (HTTP %2); OrgConsole does not follow redirects with the master key. Put the final address in the profile URL.</source>
        <translation>Der Proxy unter %1 hat mit einer Weiterleitung geantwortet (HTTP %2); OrgConsole folgt Weiterleitungen mit dem Master-Schlüssel nicht. Tragen Sie die endgültige Adresse als Profil-URL ein.</translation>
    </message>
    <message>
        <source>The proxy refused the master key (check the key in the profile).</source>
        <translation>Der Proxy hat den Master-Schlüssel abgelehnt (prüfen Sie den Schlüssel im Profil).</translation>
    </message>
    <message>
        <source>The master key is not allowed to do this (it must be a proxy admin key).</source>
        <translation>Der Master-Schlüssel darf das nicht (er muss ein Admin-Schlüssel des Proxys sein).</translation>
    </message>
    <message>
        <source>Not found on the proxy.</source>
        <translation>Auf dem Proxy nicht gefunden.</translation>
    </message>
    <message>
        <source>It already exists on the proxy.</source>
        <translation>Es existiert bereits auf dem Proxy.</translation>
    </message>
    <message>
        <source>The proxy rejected the request as invalid.</source>
        <translation>Der Proxy hat die Anfrage als ungültig zurückgewiesen.</translation>
    </message>
    <message>
        <source>The proxy refused the request.</source>
        <translation>Der Proxy hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The proxy is rate limiting requests; try again shortly.</source>
        <translation>Der Proxy begrenzt die Anfragerate; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The proxy is unavailable (HTTP 503).</source>
        <translation>Der Proxy ist nicht verfügbar (HTTP 503).</translation>
    </message>
    <message>
        <source>The proxy failed with a server error (HTTP %1).</source>
        <translation>Der Proxy ist mit einem Serverfehler gescheitert (HTTP %1).</translation>
    </message>
    <message>
        <source>The proxy at %1 has no database connected, so it cannot manage teams and keys.</source>
        <translation>Der Proxy unter %1 hat keine Datenbank angebunden und kann daher keine Teams und Schlüssel verwalten.</translation>
    </message>
    <message>
        <source> The proxy said: </source>
        <translation> Der Proxy meldete: </translation>
    </message>
</context>
<context>
    <name>LiteLlmTransport</name>
    <message>
        <source>&quot;%1&quot; is not a valid proxy URL (expected e.g. https://litellm.example.com).</source>
        <translation>„%1“ ist keine gültige Proxy-URL (erwartet z. B. https://litellm.example.com).</translation>
    </message>
    <message>
        <source>The proxy URL must start with https:// (or http:// for a proxy on this machine).</source>
        <translation>Die Proxy-URL muss mit https:// beginnen (oder mit http:// für einen Proxy auf diesem Rechner).</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to a proxy on this machine; %1 would receive the master key unencrypted. Use https://, or allow plain HTTP explicitly in the profile.</source>
        <translation>Unverschlüsseltes http:// ist nur zu einem Proxy auf diesem Rechner erlaubt; %1 würde den Master-Schlüssel unverschlüsselt erhalten. Verwenden Sie https:// oder erlauben Sie unverschlüsseltes HTTP ausdrücklich im Profil.</translation>
    </message>
    <message>
        <source>The CA bundle %1 could not be read or holds no PEM certificate.</source>
        <translation>Das CA-Bündel %1 konnte nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The operator name &quot;%1&quot; cannot be sent to the proxy: it is over %2 characters or holds control characters. Set a plain name in Settings or with --operator.</source>
        <translation>Der Bearbeitername „%1“ kann nicht an den Proxy gesendet werden: Er ist länger als %2 Zeichen oder enthält Steuerzeichen. Setzen Sie einen einfachen Namen in den Einstellungen oder mit --operator.</translation>
    </message>
    <message>
        <source>The master key of the profile &quot;%1&quot; holds a space, line break or other character that cannot be sent in a header; store the key again.</source>
        <translation>Der Master-Schlüssel des Profils „%1“ enthält ein Leerzeichen, einen Zeilenumbruch oder ein anderes Zeichen, das in keinem Header gesendet werden kann; speichern Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>No master key is set for the proxy profile &quot;%1&quot;.</source>
        <translation>Für das Proxy-Profil „%1“ ist kein Master-Schlüssel gesetzt.</translation>
    </message>
    <message>
        <source>The proxy at %1 did not finish its reply within %2 s.</source>
        <translation>Der Proxy unter %1 hat seine Antwort nicht innerhalb von %2 s beendet.</translation>
    </message>
    <message>
        <source>The proxy at %1 sent a reply of over %2 MiB; OrgConsole accepts at most %3 MiB for this request.</source>
        <translation>Der Proxy unter %1 hat eine Antwort von über %2 MiB gesendet; OrgConsole nimmt für diese Anfrage höchstens %3 MiB an.</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>The proxy at %1 sent a reply that is not valid JSON (%2 at byte %3).</source>
        <translation>Der Proxy unter %1 hat eine Antwort gesendet, die kein gültiges JSON ist (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>The proxy at %1 sent a value OrgConsole does not accept: %2</source>
        <translation>Der Proxy unter %1 hat einen Wert gesendet, den OrgConsole nicht annimmt: %2</translation>
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
    <name>Member</name>
    <message>
        <source>The role must be &quot;user&quot; or &quot;admin&quot;.</source>
        <translation>Die Rolle muss „user“ oder „admin“ sein.</translation>
    </message>
    <message>
        <source>The organization is empty.</source>
        <translation>Die Organisation ist leer.</translation>
    </message>
    <message>
        <source>The owner user id</source>
        <translation>Benutzer-ID des Inhabers</translation>
    </message>
    <message>
        <source>The user id</source>
        <translation>Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>MemberClaimedChanges</name>
    <message>
        <source>%1 in &quot;%2&quot; changed or is being changed elsewhere; nothing was done.%3 Look again in a moment.</source>
        <translation>%1 in „%2“ wurde anderswo geändert oder wird gerade geändert; es wurde nichts getan.%3 Sehen Sie gleich noch einmal nach.</translation>
    </message>
</context>
<context>
    <name>MemberLifecycle</name>
    <message>
        <source>&quot;%1&quot; is %2; only an active member&apos;s key can be rotated.</source>
        <translation>„%1“ ist %2; nur der Schlüssel eines aktiven Mitglieds kann rotiert werden.</translation>
    </message>
    <message>
        <source>Generating the new key failed: </source>
        <translation>Das Erzeugen des neuen Schlüssels ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>The new key kept the temporary alias: </source>
        <translation>Der neue Schlüssel hat den vorläufigen Alias behalten: </translation>
    </message>
    <message>
        <source>Deleting the old key failed, so the rotation was undone: </source>
        <translation>Das Löschen des alten Schlüssels ist fehlgeschlagen, daher wurde die Rotation rückgängig gemacht: </translation>
    </message>
    <message>
        <source> The new key was withdrawn.</source>
        <translation> Der neue Schlüssel wurde zurückgezogen.</translation>
    </message>
    <message>
        <source> Withdrawing the new key failed too (%1); run Reconcile.</source>
        <translation> Auch das Zurückziehen des neuen Schlüssels ist fehlgeschlagen (%1); führen Sie den Abgleich aus.</translation>
    </message>
    <message>
        <source>Saving the new key failed: </source>
        <translation>Das Speichern des neuen Schlüssels ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>&quot;%1&quot; owns &quot;%2&quot; and cannot be removed while the organization exists; make another member the owner first.</source>
        <translation>„%1“ ist Inhaber von „%2“ und kann nicht entfernt werden, solange die Organisation existiert; machen Sie zuerst ein anderes Mitglied zum Inhaber.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed or is being removed elsewhere; nothing was done. Look again in a moment.</source>
        <translation>„%1“ wurde anderswo geändert oder wird gerade entfernt; nichts wurde getan. Sehen Sie gleich noch einmal nach.</translation>
    </message>
    <message>
        <source>Reading the team&apos;s keys failed: </source>
        <translation>Das Lesen der Schlüssel des Teams ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>Deleting the key failed: </source>
        <translation>Das Löschen des Schlüssels ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>Deleting a key failed: </source>
        <translation>Das Löschen eines Schlüssels ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>Removing the membership failed: </source>
        <translation>Das Entfernen der Mitgliedschaft ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>Removal failed: </source>
        <translation>Entfernen fehlgeschlagen: </translation>
    </message>
    <message>
        <source>%1 / member %2</source>
        <translation>%1 / Mitglied %2</translation>
    </message>
    <message>
        <source>member&apos;s keys, membership and row removed</source>
        <translation>Schlüssel, Mitgliedschaft und Zeile des Mitglieds entfernt</translation>
    </message>
</context>
<context>
    <name>MemberOperations</name>
    <message>
        <source>&quot;%1&quot; is not a member of &quot;%2&quot;.</source>
        <translation>„%1“ ist kein Mitglied von „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only an active member&apos;s budget can change.</source>
        <translation>„%1“ ist %2; nur das Budget eines aktiven Mitglieds lässt sich ändern.</translation>
    </message>
    <message>
        <source>The member&apos;s budget %1 is more than the organization&apos;s budget %2.</source>
        <translation>Das Budget des Mitglieds (%1) ist höher als das Budget der Organisation (%2).</translation>
    </message>
    <message>
        <source> The proxy already has the new budget; run Reconcile.</source>
        <translation> Der Proxy hat bereits das neue Budget; führen Sie den Abgleich aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no working key.</source>
        <translation>„%1“ hat keinen funktionierenden Schlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the owner.</source>
        <translation>„%1“ ist bereits der Inhaber.</translation>
    </message>
</context>
<context>
    <name>MemberReconcile</name>
    <message>
        <source>%1 is a member here but not in the team on the proxy.</source>
        <translation>%1 ist hier Mitglied, aber nicht im Team auf dem Proxy.</translation>
    </message>
    <message>
        <source>The key %1 of %2 is gone from the proxy.</source>
        <translation>Der Schlüssel %1 von %2 ist auf dem Proxy nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The budget of %1 is %2 here and %3 on the proxy.</source>
        <translation>Das Budget von %1 ist hier %2 und auf dem Proxy %3.</translation>
    </message>
    <message>
        <source>%1 is in the team on the proxy but not a member here: add them with Add member (their membership is kept and they get a key), or remove them on the proxy.</source>
        <translation>%1 ist im Team auf dem Proxy, aber hier kein Mitglied: Fügen Sie es mit „Mitglied hinzufügen“ hinzu (die Mitgliedschaft bleibt erhalten und es bekommt einen Schlüssel) oder entfernen Sie es auf dem Proxy.</translation>
    </message>
    <message>
        <source>Reading the members of &quot;%1&quot; failed: </source>
        <translation>Das Lesen der Mitglieder von „%1“ ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>membership re-added</source>
        <translation>Mitgliedschaft neu hinzugefügt</translation>
    </message>
    <message>
        <source>budget adopted</source>
        <translation>Budget übernommen</translation>
    </message>
    <message>
        <source>key re-issued</source>
        <translation>Schlüssel neu ausgestellt</translation>
    </message>
</context>
<context>
    <name>MemberStore</name>
    <message>
        <source>&quot;%1&quot; is already a member of this organization.</source>
        <translation>„%1“ ist bereits Mitglied dieser Organisation.</translation>
    </message>
    <message>
        <source>reserving the member</source>
        <translation>Reservieren des Mitglieds</translation>
    </message>
    <message>
        <source>saving the member</source>
        <translation>Speichern des Mitglieds</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; was removed meanwhile.</source>
        <translation>Das Mitglied „%1“ wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>changing the member&apos;s status</source>
        <translation>Ändern des Mitgliedsstatus</translation>
    </message>
    <message>
        <source>removing the member</source>
        <translation>Entfernen des Mitglieds</translation>
    </message>
    <message>
        <source>reading the member</source>
        <translation>Lesen des Mitglieds</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of this organization.</source>
        <translation>„%1“ ist kein Mitglied dieser Organisation.</translation>
    </message>
    <message>
        <source>listing members</source>
        <translation>Auflisten der Mitglieder</translation>
    </message>
    <message>
        <source>finding unfinished members</source>
        <translation>Suchen unvollendeter Mitglieder</translation>
    </message>
    <message>
        <source>claiming the member</source>
        <translation>Übernehmen des Mitglieds</translation>
    </message>
    <message>
        <source>updating the member&apos;s heartbeat</source>
        <translation>Aktualisieren des Lebenszeichens des Mitglieds</translation>
    </message>
    <message>
        <source>changing the member&apos;s budget</source>
        <translation>Ändern des Mitgliedsbudgets</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; was changed by someone else in the meantime; reload and try again.</source>
        <translation>Das Mitglied „%1“ wurde inzwischen von jemand anderem geändert; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Database error while saving the member&apos;s key: cannot start a transaction.</source>
        <translation>Datenbankfehler beim Speichern des Mitgliedsschlüssels: Es kann keine Transaktion gestartet werden.</translation>
    </message>
    <message>
        <source>saving the member&apos;s key</source>
        <translation>Speichern des Mitgliedsschlüssels</translation>
    </message>
    <message>
        <source>saving the organization&apos;s key</source>
        <translation>Speichern des Schlüssels der Organisation</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; was removed, or is being removed, meanwhile.</source>
        <translation>Das Mitglied „%1“ wurde inzwischen entfernt oder wird gerade entfernt.</translation>
    </message>
    <message>
        <source>Database error while saving member figures: cannot start a transaction.</source>
        <translation>Datenbankfehler beim Speichern der Mitgliedszahlen: Es kann keine Transaktion gestartet werden.</translation>
    </message>
    <message>
        <source>saving member figures</source>
        <translation>Speichern der Mitgliedszahlen</translation>
    </message>
    <message>
        <source>Database error while saving member figures: the commit failed.</source>
        <translation>Datenbankfehler beim Speichern der Mitgliedszahlen: Das Commit ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 and has no working key; only an active member can become the owner.</source>
        <translation>„%1“ ist %2 und hat keinen funktionierenden Schlüssel; nur ein aktives Mitglied kann Inhaber werden.</translation>
    </message>
    <message>
        <source>changing the owner</source>
        <translation>Ändern des Inhabers</translation>
    </message>
    <message>
        <source>The organization was changed by someone else in the meantime (or is not active); reload and try again.</source>
        <translation>Die Organisation wurde inzwischen von jemand anderem geändert (oder ist nicht aktiv); laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>claiming the member for a change</source>
        <translation>beim Beanspruchen des Mitglieds für eine Änderung</translation>
    </message>
    <message>
        <source>ending the change of the member</source>
        <translation>beim Abschließen der Änderung des Mitglieds</translation>
    </message>
    <message>
        <source>The member was released meanwhile.</source>
        <translation>Das Mitglied wurde inzwischen freigegeben.</translation>
    </message>
    <message>
        <source>releasing an abandoned change of the member</source>
        <translation>beim Freigeben einer abgebrochenen Änderung des Mitglieds</translation>
    </message>
    <message>
        <source>reading the member&apos;s version</source>
        <translation>beim Lesen der Version des Mitglieds</translation>
    </message>
    <message>
        <source>The member was changed elsewhere while this change ran.</source>
        <translation>Das Mitglied wurde anderswo geändert, während diese Änderung lief.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, but this OrgConsole knows only up to version %2. It was written by a newer OrgConsole; update this one. The database was not changed.</source>
        <translation>Die Datenbank hat die Schemaversion %1, dieses OrgConsole kennt aber nur Versionen bis %2. Sie wurde von einem neueren OrgConsole geschrieben; aktualisieren Sie dieses. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot start the migration to schema version %1: %2</source>
        <translation>Die Migration auf Schemaversion %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock the database for the migration to schema version %1: %2</source>
        <translation>Die Datenbank kann für die Migration auf Schemaversion %1 nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed and was rolled back: %2</source>
        <translation>Die Migration auf Schemaversion %1 ist fehlgeschlagen und wurde zurückgerollt: %2</translation>
    </message>
</context>
<context>
    <name>OperationError</name>
    <message>
        <source>%1 failed: </source>
        <translation>%1 fehlgeschlagen: </translation>
    </message>
    <message>
        <source> %1 failed: %2</source>
        <translation> %1 fehlgeschlagen: %2</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Above this budget: the own budget of %n member(s), %1. The organization&apos;s budget stops their requests first; change their budgets in Members to keep them within it.</source>
        <translation>
            <numerusform>Über diesem Budget: das eigene Budget von %n Mitglied, %1. Das Budget der Organisation stoppt dessen Anfragen zuerst; ändern Sie das Budget unter „Mitglieder“, damit es darin bleibt.</numerusform>
            <numerusform>Über diesem Budget: die eigenen Budgets von %n Mitgliedern, %1. Das Budget der Organisation stoppt deren Anfragen zuerst; ändern Sie ihre Budgets unter „Mitglieder“, damit sie darin bleiben.</numerusform>
        </translation>
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
        <source>No problems found in %1.</source>
        <translation>Keine Probleme in %1 gefunden.</translation>
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
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked: %2, %3, %4 for information.</source>
        <translation>%1 geprüft: %2, %3, %4 zur Information.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
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
        <source>A budget cannot be negative (%1). Type an amount of 0 or more, or tick &quot;%2&quot;.</source>
        <translation>Ein Budget kann nicht negativ sein (%1). Geben Sie einen Betrag von 0 oder mehr ein oder wählen Sie „%2“.</translation>
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
    <name>OrgConsole::BudgetWatch</name>
    <message>
        <source>The level %1 is outside %2 to %3 percent of the max budget; nothing was changed.</source>
        <translation>Die Schwelle %1 liegt außerhalb von %2 bis %3 Prozent des Höchstbudgets; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database is not open yet.</source>
        <translation>Die Datenbank ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>No proxy is connected: the forecast needs the daily spend.</source>
        <translation>Kein Proxy verbunden: Die Prognose braucht die täglichen Ausgaben.</translation>
    </message>
    <message>
        <source>Reading the daily spend of %1 failed: </source>
        <translation>Das Lesen der täglichen Ausgaben von %1 ist fehlgeschlagen: </translation>
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
    <message>
        <source>This deletes &lt;b&gt;%1&lt;/b&gt; and its team on the proxy, with the keys of its %2 members. The audit trail is kept.&lt;br&gt;Type the organization&apos;s name to confirm:</source>
        <translation>Dies löscht &lt;b&gt;%1&lt;/b&gt; sowie sein Team auf dem Proxy, mit den Schlüsseln seiner %2 Mitglieder. Das Audit-Protokoll bleibt erhalten.&lt;br&gt;Geben Sie zur Bestätigung den Namen der Organisation ein:</translation>
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
    <message>
        <source>Your change: a new key for &quot;%1&quot;.</source>
        <translation>Ihre Änderung: ein neuer Schlüssel für „%1“.</translation>
    </message>
    <message>
        <source>Reload it and rotate its key as it is now?</source>
        <translation>Neu laden und den Schlüssel im jetzigen Stand rotieren?</translation>
    </message>
    <message>
        <source>Your change: block its key.</source>
        <translation>Ihre Änderung: den Schlüssel sperren.</translation>
    </message>
    <message>
        <source>Your change: unblock its key.</source>
        <translation>Ihre Änderung: den Schlüssel entsperren.</translation>
    </message>
    <message>
        <source>Reload it and block its key as it is now?</source>
        <translation>Neu laden und den Schlüssel im jetzigen Stand sperren?</translation>
    </message>
    <message>
        <source>Reload it and unblock its key as it is now?</source>
        <translation>Neu laden und den Schlüssel im jetzigen Stand entsperren?</translation>
    </message>
    <message>
        <source>Your change: delete &quot;%1&quot;.</source>
        <translation>Ihre Änderung: „%1“ löschen.</translation>
    </message>
    <message>
        <source>Delete it as it is now?</source>
        <translation>Im jetzigen Stand löschen?</translation>
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
    <message>
        <source>No organization matches the quick filter &quot;%1&quot;.</source>
        <translation>Keine Organisation passt zum Schnellfilter „%1“.</translation>
    </message>
    <message>
        <source>No organization matches &quot;%1&quot; with the quick filter &quot;%2&quot;.</source>
        <translation>Keine Organisation passt zu „%1“ mit dem Schnellfilter „%2“.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::GuardedChange</name>
    <message>
        <source>Being changed elsewhere</source>
        <translation>Wird anderswo geändert</translation>
    </message>
    <message>
        <source>%1

%2
It can be done once that ends.</source>
        <translation>%1

%2
Das ist möglich, sobald dies beendet ist.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>%1

%2
%3</source>
        <translation>%1

%2
%3</translation>
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
    <message>
        <source>The database went away before this window knew what it holds: the list is read again.</source>
        <translation>Die Datenbank war weg, bevor dieses Fenster ihren Stand kannte: Die Liste wird neu gelesen.</translation>
    </message>
</context>
<context>
    <name>OrgConsole::LiveUpdates</name>
    <message>
        <source>on %1 (process %2)</source>
        <translation>auf %1 (Prozess %2)</translation>
    </message>
    <message>
        <source>in this window</source>
        <translation>in diesem Fenster</translation>
    </message>
    <message>
        <source>being deleted %1, %2 s</source>
        <translation>wird %1 gelöscht, %2 s</translation>
    </message>
    <message>
        <source>being recovered %1, %2 s</source>
        <translation>wird %1 wiederhergestellt, %2 s</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>being created %1, %2 s</source>
        <translation>wird %1 angelegt, %2 s</translation>
    </message>
    <message>
        <source>being added by %1 since %2</source>
        <translation>wird von %1 seit %2 hinzugefügt</translation>
    </message>
    <message>
        <source>being removed by %1 since %2</source>
        <translation>wird von %1 seit %2 entfernt</translation>
    </message>
    <message>
        <source>being recovered by %1 since %2</source>
        <translation>wird von %1 seit %2 wiederhergestellt</translation>
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
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
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
    <message numerus="yes">
        <source>%1 of %Ln organization(s)</source>
        <translation>
            <numerusform>%1 von %Ln Organisation</numerusform>
            <numerusform>%1 von %Ln Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in „%2“)</translation>
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
    <message>
        <source>Your change: budget %1 for %2.</source>
        <translation>Ihre Änderung: Budget %1 für %2.</translation>
    </message>
    <message>
        <source>Reload and set this budget on the current version?</source>
        <translation>Neu laden und dieses Budget auf den aktuellen Stand setzen?</translation>
    </message>
    <message>
        <source>Your change: a new key for %1.</source>
        <translation>Ihre Änderung: ein neuer Schlüssel für %1.</translation>
    </message>
    <message>
        <source>Reload and rotate the key now?</source>
        <translation>Neu laden und den Schlüssel jetzt rotieren?</translation>
    </message>
    <message>
        <source>Your change: block the key of %1.</source>
        <translation>Ihre Änderung: den Schlüssel von %1 sperren.</translation>
    </message>
    <message>
        <source>Your change: unblock the key of %1.</source>
        <translation>Ihre Änderung: den Schlüssel von %1 entsperren.</translation>
    </message>
    <message>
        <source>Reload and block the key now?</source>
        <translation>Neu laden und den Schlüssel jetzt sperren?</translation>
    </message>
    <message>
        <source>Reload and unblock the key now?</source>
        <translation>Neu laden und den Schlüssel jetzt entsperren?</translation>
    </message>
    <message>
        <source>Your change: remove %1.</source>
        <translation>Ihre Änderung: %1 entfernen.</translation>
    </message>
    <message>
        <source>Reload and remove them now?</source>
        <translation>Neu laden und jetzt entfernen?</translation>
    </message>
    <message>
        <source>Your change: make %1 the owner.</source>
        <translation>Ihre Änderung: %1 zum Inhaber machen.</translation>
    </message>
    <message>
        <source>Reload and make them the owner now?</source>
        <translation>Neu laden und jetzt zum Inhaber machen?</translation>
    </message>
    <message>
        <source>Not now: %1 is %2.</source>
        <translation>Jetzt nicht: %1 %2.</translation>
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
    <name>OrgConsole::SpendReports</name>
    <message>
        <source>The database is not open yet.</source>
        <translation>Die Datenbank ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is no organization &quot;%1&quot;.</source>
        <translation>Es gibt keine Organisation „%1“.</translation>
    </message>
    <message>
        <source>No proxy is connected: the days not stored yet need it.</source>
        <translation>Kein Proxy verbunden: Die noch nicht gespeicherten Tage brauchen ihn.</translation>
    </message>
    <message>
        <source>Reading the daily spend failed: </source>
        <translation>Das Lesen der täglichen Ausgaben ist fehlgeschlagen: </translation>
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
    <name>OrgOperations</name>
    <message>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>skipped (another desktop)</source>
        <translation>übersprungen (anderer Desktop)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only active organizations can change budget.</source>
        <translation>„%1“ ist %2; nur aktive Organisationen können ihr Budget ändern.</translation>
    </message>
    <message>
        <source> The proxy already has the new budget; run Reconcile.</source>
        <translation> Der Proxy hat bereits das neue Budget; führen Sie den Abgleich aus.</translation>
    </message>
    <message>
        <source> The proxy&apos;s budget was put back to %1.</source>
        <translation> Das Budget auf dem Proxy wurde auf %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source> Putting the proxy&apos;s budget back failed too (%1); run Reconcile.</source>
        <translation> Auch das Zurücksetzen des Budgets auf dem Proxy ist fehlgeschlagen (%1); führen Sie den Abgleich aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no key.</source>
        <translation>„%1“ hat keinen Schlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed or is being deleted elsewhere (another window, desktop or orgctl); nothing was done. Look again in a moment.</source>
        <translation>„%1“ wurde anderswo geändert oder wird gerade gelöscht (anderes Fenster, anderer Desktop oder orgctl); nichts wurde getan. Sehen Sie gleich noch einmal nach.</translation>
    </message>
    <message>
        <source>Deleting the team failed, and the proxy could not say whether it is gone: </source>
        <translation>Das Löschen des Teams ist fehlgeschlagen, und der Proxy konnte nicht sagen, ob es weg ist: </translation>
    </message>
    <message>
        <source> Recovery finishes the delete.</source>
        <translation> Die Wiederherstellung schließt das Löschen ab.</translation>
    </message>
    <message>
        <source>Delete failed: </source>
        <translation>Löschen fehlgeschlagen: </translation>
    </message>
    <message>
        <source>Deleting the team failed; nothing was deleted: </source>
        <translation>Das Löschen des Teams ist fehlgeschlagen; nichts wurde gelöscht: </translation>
    </message>
    <message>
        <source>Saving the refreshed figures failed.</source>
        <translation>Das Speichern der aktualisierten Zahlen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Deleting the key failed: </source>
        <translation>Das Löschen des Schlüssels ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>Deleting the team failed: </source>
        <translation>Das Löschen des Teams ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>team, key and row removed</source>
        <translation>Team, Schlüssel und Zeile entfernt</translation>
    </message>
    <message>
        <source>the proxy had no team of ours; row removed</source>
        <translation>der Proxy hatte kein Team von uns; Zeile entfernt</translation>
    </message>
    <message>
        <source>a new key was issued</source>
        <translation>ein neuer Schlüssel wurde ausgestellt</translation>
    </message>
</context>
<context>
    <name>OrgQueries</name>
    <message>
        <source>No proxy is connected.</source>
        <translation>Kein Proxy verbunden.</translation>
    </message>
</context>
<context>
    <name>OrgRepository</name>
    <message>
        <source>reading the database identity</source>
        <translation>Lesen der Datenbankidentität</translation>
    </message>
    <message>
        <source>The database has no identity row.</source>
        <translation>Die Datenbank hat keine Identitätszeile.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already taken by another organization (names are compared ignoring case and spaces).</source>
        <translation>Der Name „%1“ ist bereits durch eine andere Organisation belegt (Namen werden ohne Rücksicht auf Groß-/Kleinschreibung und Leerzeichen verglichen).</translation>
    </message>
    <message>
        <source>reserving the organization</source>
        <translation>Reservieren der Organisation</translation>
    </message>
    <message>
        <source>saving the provisioned organization</source>
        <translation>Speichern der eingerichteten Organisation</translation>
    </message>
    <message>
        <source>The organization %1 no longer exists.</source>
        <translation>Die Organisation %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>saving the owner as a member</source>
        <translation>Speichern des Inhabers als Mitglied</translation>
    </message>
    <message>
        <source>saving the owner&apos;s member key</source>
        <translation>Speichern des Mitgliedsschlüssels des Inhabers</translation>
    </message>
    <message>
        <source>changing the organization&apos;s status</source>
        <translation>Ändern des Status der Organisation</translation>
    </message>
    <message>
        <source>claiming the organization for recovery</source>
        <translation>Übernehmen der Organisation zur Wiederherstellung</translation>
    </message>
    <message>
        <source>updating the organization&apos;s heartbeat</source>
        <translation>Aktualisieren des Lebenszeichens der Organisation</translation>
    </message>
    <message>
        <source>removing the organization</source>
        <translation>Entfernen der Organisation</translation>
    </message>
    <message>
        <source>reading the organization</source>
        <translation>Lesen der Organisation</translation>
    </message>
    <message>
        <source>reading the organizations</source>
        <translation>Lesen der Organisationen</translation>
    </message>
    <message>
        <source>No organization has the id %1.</source>
        <translation>Keine Organisation hat die ID %1.</translation>
    </message>
    <message>
        <source>looking the organization up by name</source>
        <translation>Suchen der Organisation nach Namen</translation>
    </message>
    <message>
        <source>No organization is named &quot;%1&quot;.</source>
        <translation>Keine Organisation heißt „%1“.</translation>
    </message>
    <message>
        <source>listing organizations</source>
        <translation>Auflisten der Organisationen</translation>
    </message>
    <message>
        <source>searching organizations</source>
        <translation>Durchsuchen der Organisationen</translation>
    </message>
    <message>
        <source>counting organizations</source>
        <translation>Zählen der Organisationen</translation>
    </message>
    <message>
        <source>finding unfinished organizations</source>
        <translation>Suchen unvollendeter Organisationen</translation>
    </message>
    <message>
        <source>changing the budget</source>
        <translation>Ändern des Budgets</translation>
    </message>
    <message>
        <source>The organization &quot;%1&quot; was changed by someone else in the meantime; reload it and try again.</source>
        <translation>Die Organisation „%1“ wurde inzwischen von jemand anderem geändert; laden Sie sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation>Speichern des Schlüssels</translation>
    </message>
    <message>
        <source>saving the new key</source>
        <translation>Speichern des neuen Schlüssels</translation>
    </message>
    <message>
        <source>The organization was deleted, or is being deleted, meanwhile.</source>
        <translation>Die Organisation wurde inzwischen gelöscht oder wird gerade gelöscht.</translation>
    </message>
    <message>
        <source>claiming the organization for deletion</source>
        <translation>Übernehmen der Organisation zum Löschen</translation>
    </message>
    <message>
        <source>saving spend</source>
        <translation>Speichern der Ausgaben</translation>
    </message>
    <message>
        <source>announcing the changes</source>
        <translation>Ankündigen der Änderungen</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>Schreiben des Audit-Protokolls</translation>
    </message>
    <message>
        <source>The audit entry waits until the database %1 takes it.</source>
        <translation>Der Audit-Eintrag wartet, bis die Datenbank %1 ihn annimmt.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>recording a spend snapshot</source>
        <translation>Erfassen eines Ausgabenstands</translation>
    </message>
    <message>
        <source>reading spend snapshots</source>
        <translation>Lesen der Ausgabenstände</translation>
    </message>
    <message>
        <source>The database could not start a transaction; nothing was saved.</source>
        <translation>Die Datenbank konnte keine Transaktion starten; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The database could not commit; nothing was saved.</source>
        <translation>Die Datenbank konnte das Commit nicht abschließen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>claiming the organization for a change</source>
        <translation>beim Beanspruchen der Organisation für eine Änderung</translation>
    </message>
    <message>
        <source>ending the change of the organization</source>
        <translation>beim Abschließen der Änderung der Organisation</translation>
    </message>
    <message>
        <source>The organization was released by recovery meanwhile.</source>
        <translation>Die Organisation wurde inzwischen von der Wiederherstellung freigegeben.</translation>
    </message>
    <message>
        <source>releasing an abandoned change</source>
        <translation>beim Freigeben einer abgebrochenen Änderung</translation>
    </message>
    <message>
        <source>reading the organization&apos;s version</source>
        <translation>beim Lesen der Version der Organisation</translation>
    </message>
    <message>
        <source>The organization was changed elsewhere while this change ran.</source>
        <translation>Die Organisation wurde anderswo geändert, während diese Änderung lief.</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>team missing</source>
        <translation>Team fehlt</translation>
    </message>
    <message>
        <source>budget changed outside the console</source>
        <translation>Budget außerhalb der Konsole geändert</translation>
    </message>
    <message>
        <source>key missing</source>
        <translation>Schlüssel fehlt</translation>
    </message>
    <message>
        <source>team without an organization</source>
        <translation>Team ohne Organisation</translation>
    </message>
    <message>
        <source>key without a team</source>
        <translation>Schlüssel ohne Team</translation>
    </message>
    <message>
        <source>OrgConsole team of unknown origin</source>
        <translation>OrgConsole-Team unbekannter Herkunft</translation>
    </message>
    <message>
        <source>member missing from the team</source>
        <translation>Mitglied fehlt im Team</translation>
    </message>
    <message>
        <source>member&apos;s key missing</source>
        <translation>Schlüssel des Mitglieds fehlt</translation>
    </message>
    <message>
        <source>member&apos;s budget changed outside the console</source>
        <translation>Budget des Mitglieds außerhalb der Konsole geändert</translation>
    </message>
    <message>
        <source>team member unknown to the console</source>
        <translation>Teammitglied der Konsole unbekannt</translation>
    </message>
    <message>
        <source>The proxy has no team %1 for &quot;%2&quot;.</source>
        <translation>Der Proxy hat kein Team %1 für „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the database says %2, the proxy says %3.</source>
        <translation>„%1“: Die Datenbank sagt %2, der Proxy sagt %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the proxy no longer has its key %2.</source>
        <translation>„%1“: Der Proxy hat den Schlüssel %2 nicht mehr.</translation>
    </message>
    <message>
        <source>Team %1 (&quot;%2&quot;) was created by this database but no organization holds it.</source>
        <translation>Team %1 („%2“) wurde von dieser Datenbank angelegt, gehört aber zu keiner Organisation.</translation>
    </message>
    <message>
        <source>Team %1 (&quot;%2&quot;) says it was made by OrgConsole, before databases had an identity; this database does not hold it. Check with your colleagues and delete it on the proxy by hand if nobody uses it.</source>
        <translation>Team %1 („%2“) gibt an, von OrgConsole angelegt worden zu sein, bevor Datenbanken eine Identität hatten; diese Datenbank führt es nicht. Klären Sie das mit Ihren Kollegen und löschen Sie es von Hand auf dem Proxy, wenn es niemand verwendet.</translation>
    </message>
    <message>
        <source>Key %1 (alias &quot;%2&quot;) was created by this database for team %3, which is gone; the key still works.</source>
        <translation>Schlüssel %1 (Alias „%2“) wurde von dieser Datenbank für Team %3 angelegt, das es nicht mehr gibt; der Schlüssel funktioniert noch.</translation>
    </message>
    <message>
        <source>OrgConsole does not delete a team it cannot prove this database created; decide about team %1 by hand.</source>
        <translation>OrgConsole löscht kein Team, von dem nicht nachweisbar ist, dass diese Datenbank es angelegt hat; entscheiden Sie über Team %1 von Hand.</translation>
    </message>
    <message>
        <source>%1 was not created by this database; it was left alone.</source>
        <translation>%1 wurde nicht von dieser Datenbank angelegt; es wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>Deleted the orphan team.</source>
        <translation>Das verwaiste Team wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the orphan key.</source>
        <translation>Der verwaiste Schlüssel wurde gelöscht.</translation>
    </message>
    <message>
        <source>Issuing a new key failed: </source>
        <translation>Das Ausstellen eines neuen Schlüssels ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>A new key was issued; hand it to the customer.</source>
        <translation>Ein neuer Schlüssel wurde ausgestellt; übergeben Sie ihn dem Kunden.</translation>
    </message>
    <message>
        <source>Marked as failed; run Recover to roll it back or re-issue it.</source>
        <translation>Als fehlgeschlagen markiert; führen Sie die Wiederherstellung aus, um es zurückzurollen oder neu auszustellen.</translation>
    </message>
</context>
<context>
    <name>RecoveryPreview</name>
    <message>
        <source>interrupted creation: finished with a new key (shown once)</source>
        <translation>unterbrochenes Anlegen: mit einem neuen Schlüssel abgeschlossen (wird einmal angezeigt)</translation>
    </message>
    <message>
        <source>interrupted creation: rolled back (its team, key and row are removed)</source>
        <translation>unterbrochenes Anlegen: zurückgerollt (Team, Schlüssel und Zeile werden entfernt)</translation>
    </message>
    <message>
        <source>interrupted delete: finished (its team, key and row are removed)</source>
        <translation>unterbrochenes Löschen: abgeschlossen (Team, Schlüssel und Zeile werden entfernt)</translation>
    </message>
    <message>
        <source>failed: rolled back (its team, key and row are removed)</source>
        <translation>fehlgeschlagen: zurückgerollt (Team, Schlüssel und Zeile werden entfernt)</translation>
    </message>
    <message>
        <source> — it failed with: %1</source>
        <translation> — Fehler war: %1</translation>
    </message>
    <message>
        <source>still running in process %1 on this computer; left alone</source>
        <translation>läuft noch in Prozess %1 auf diesem Computer; nicht angerührt</translation>
    </message>
    <message>
        <source>still running on %1 (last sign of life %2 s ago); taken over after %3 s without one</source>
        <translation>läuft noch auf %1 (letztes Lebenszeichen vor %2 s); wird nach %3 s ohne Lebenszeichen übernommen</translation>
    </message>
    <message>
        <source>another desktop</source>
        <translation>einem anderen Desktop</translation>
    </message>
</context>
<context>
    <name>ReplyValues</name>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 %2 is outside 0 to 1,000,000,000,000 USD</source>
        <translation>%1 %2 liegt außerhalb von 0 bis 1.000.000.000.000 USD</translation>
    </message>
    <message>
        <source>key_name &quot;%1&quot; is not a key&apos;s short display name</source>
        <translation>key_name „%1“ ist kein kurzer Anzeigename eines Schlüssels</translation>
    </message>
    <message>
        <source>%1 is %2 characters long</source>
        <translation>%1 ist %2 Zeichen lang</translation>
    </message>
    <message>
        <source>the reply is nested too deeply</source>
        <translation>die Antwort ist zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
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
    <name>ReportFormat</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Spend by %1</source>
        <translation>Ausgaben nach %1</translation>
    </message>
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
    <name>RepositoryWorker</name>
    <message>
        <source>%1 (database %2)</source>
        <translation>%1 (Datenbank %2)</translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation>Die Datenbank %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>connecting again</source>
        <translation>erneuten Verbinden</translation>
    </message>
</context>
<context>
    <name>SafeText</name>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 weitere Zeichen)</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>Das Feld „%1“ ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>The %1 contains control or invisible characters (such as a line break, an escape character or a text-direction override): &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ enthält Steuer- oder unsichtbare Zeichen (etwa einen Zeilenumbruch, ein Escape-Zeichen oder eine Umkehr der Schreibrichtung): „%2“.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No OS keychain is available (on Linux: no Secret Service such as gnome-keyring or KWallet on the D-Bus session). The secret is kept in memory for this session only and was not saved anywhere; you will be asked for it again next time.</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar (unter Linux: kein Secret Service wie gnome-keyring oder KWallet auf dem D-Bus der Sitzung). Das Geheimnis bleibt nur für diese Sitzung im Speicher und wurde nirgends gespeichert; Sie werden beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; from the keychain failed: %2</source>
        <translation>Das Lesen von „%1“ aus dem Schlüsselbund ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; in the keychain failed: %2</source>
        <translation>Das Speichern von „%1“ im Schlüsselbund ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain failed: %1</source>
        <translation>Das Entfernen des Geheimnisses aus dem Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SpendReport</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The range needs a start and an end day (YYYY-MM-DD).</source>
        <translation>Der Zeitraum braucht einen Start- und einen Endtag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The range is reversed: %1 is after %2.</source>
        <translation>Der Zeitraum ist vertauscht: %1 liegt nach %2.</translation>
    </message>
    <message>
        <source>The range ends on %1, after today (%2, UTC); spend of later days is not known yet.</source>
        <translation>Der Zeitraum endet am %1, nach heute (%2, UTC); Ausgaben späterer Tage sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>The range has %1 days; a report covers at most %2 days. Split it into shorter ranges.</source>
        <translation>Der Zeitraum umfasst %1 Tage; ein Bericht deckt höchstens %2 Tage ab. Teilen Sie ihn in kürzere Zeiträume auf.</translation>
    </message>
    <message>
        <source>(no member)</source>
        <translation>(kein Mitglied)</translation>
    </message>
    <message>
        <source>(unknown model)</source>
        <translation>(unbekanntes Modell)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>SpendStore</name>
    <message>
        <source>Reading which days are stored</source>
        <translation>Lesen der gespeicherten Tage</translation>
    </message>
    <message>
        <source>Storing the daily spend</source>
        <translation>Speichern der täglichen Ausgaben</translation>
    </message>
    <message>
        <source>Reading the stored daily spend</source>
        <translation>Lesen der gespeicherten täglichen Ausgaben</translation>
    </message>
    <message>
        <source>Reading the members&apos; keys</source>
        <translation>Lesen der Schlüssel der Mitglieder</translation>
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
<context>
    <name>Validation</name>
    <message>
        <source>The organization name is empty.</source>
        <translation>Der Name der Organisation ist leer.</translation>
    </message>
    <message>
        <source>The organization name is %1 characters long; at most 255 are allowed.</source>
        <translation>Der Name der Organisation ist %1 Zeichen lang; höchstens 255 sind erlaubt.</translation>
    </message>
    <message>
        <source>The organization name contains control characters (such as a tab or a line break).</source>
        <translation>Der Name der Organisation enthält Steuerzeichen (etwa einen Tabulator oder einen Zeilenumbruch).</translation>
    </message>
    <message>
        <source>The owner user id is empty.</source>
        <translation>Die Benutzer-ID des Inhabers ist leer.</translation>
    </message>
    <message>
        <source>The owner user id is longer than 255 characters.</source>
        <translation>Die Benutzer-ID des Inhabers ist länger als 255 Zeichen.</translation>
    </message>
    <message>
        <source>The owner user id must not contain spaces or control characters.</source>
        <translation>Die Benutzer-ID des Inhabers darf keine Leer- oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The budget must be a finite number.</source>
        <translation>Das Budget muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The budget is unreasonably large (over 1,000,000,000,000 USD).</source>
        <translation>Das Budget ist unvernünftig hoch (über 1.000.000.000.000 USD).</translation>
    </message>
    <message>
        <source>A model name is empty.</source>
        <translation>Ein Modellname ist leer.</translation>
    </message>
    <message>
        <source>The model name &quot;%1&quot; contains invalid characters.</source>
        <translation>Der Modellname „%1“ enthält ungültige Zeichen.</translation>
    </message>
    <message>
        <source>The operator name is empty.</source>
        <translation>Der Bearbeitername ist leer.</translation>
    </message>
    <message>
        <source>operator name</source>
        <translation>Bearbeitername</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>The budget is empty.</source>
        <translation>Das Budget ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of US dollars.</source>
        <translation>„%1“ ist kein Betrag in US-Dollar.</translation>
    </message>
</context>
<context>
    <name>WorkPhase</name>
    <message>
        <source>key being rotated %1</source>
        <translation>Schlüssel wird %1 rotiert</translation>
    </message>
    <message>
        <source>budget being changed %1</source>
        <translation>Budget wird %1 geändert</translation>
    </message>
    <message>
        <source>key being blocked %1</source>
        <translation>Schlüssel wird %1 gesperrt</translation>
    </message>
    <message>
        <source>key being unblocked %1</source>
        <translation>Schlüssel wird %1 entsperrt</translation>
    </message>
    <message>
        <source>being changed %1</source>
        <translation>wird %1 geändert</translation>
    </message>
    <message>
        <source>%1, %2 s</source>
        <translation>%1, %2 s</translation>
    </message>
    <message>
        <source>by %1 since %2</source>
        <translation>von %1 seit %2</translation>
    </message>
</context>
</TS>
