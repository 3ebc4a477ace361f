<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>OrgConsole::BudgetDialog</name>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="70"/>
        <source>Change budget of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="71"/>
        <source>&amp;Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="75"/>
        <source>Max budget in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="93"/>
        <source>Max &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="95"/>
        <source>Budget &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="97"/>
        <source>Currently %1, spent %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::BudgetPage</name>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="178"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="179"/>
        <source>The team&apos;s budget on the proxy. Spend is counted per budget period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="180"/>
        <source>&amp;Unlimited (no max budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="184"/>
        <source>Max budget in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="191"/>
        <source>Budget duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="193"/>
        <source>30d (every 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="194"/>
        <source>1mo (calendar month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="195"/>
        <source>7d (weekly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="196"/>
        <source>1d (daily)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="197"/>
        <source>never resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="200"/>
        <source>Allowed models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="201"/>
        <source>comma separated; empty = all models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="205"/>
        <source>Max &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="207"/>
        <source>Budget &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="208"/>
        <source>Allowed &amp;models:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::ConfirmDeleteDialog</name>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="125"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="126"/>
        <source>This deletes &lt;b&gt;%1&lt;/b&gt;, its team and its key on the proxy. The audit trail is kept.&lt;br&gt;Type the organization&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="133"/>
        <source>Organization name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="135"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::CreateOrgWizard</name>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="496"/>
        <source>Create organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::DetailPane</name>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="46"/>
        <source>Budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="61"/>
        <source>Chart range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="62"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="63"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="64"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="75"/>
        <location filename="../../ui/DetailPane.cpp" line="106"/>
        <source>Audit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="76"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="76"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="76"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="76"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="80"/>
        <source>Change &amp;budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="82"/>
        <source>&amp;Rotate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="84"/>
        <location filename="../../ui/DetailPane.cpp" line="174"/>
        <source>B&amp;lock key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="86"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="94"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="98"/>
        <source>Spend over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="102"/>
        <source>Key, owner and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="143"/>
        <source>No organization selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="157"/>
        <source>Active since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="158"/>
        <source>Status: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="163"/>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="166"/>
        <source>%1 spent — unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="168"/>
        <source>Remaining: %1. Period: %2. Next reset: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="169"/>
        <source>never resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="172"/>
        <location filename="../../ui/DetailPane.cpp" line="177"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="173"/>
        <source>Key %1%2, alias %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="173"/>
        <source> (blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="174"/>
        <source>Un&amp;block key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="176"/>
        <source>Owner: %1
Contact: %2
Created %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="208"/>
        <source>
The proxy could not describe the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="213"/>
        <source>Key %1, alias %2
Key spend %3, key budget %4, expires %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="215"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="216"/>
        <source> — BLOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="238"/>
        <source>Spend could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="253"/>
        <source>Spend (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="268"/>
        <source>Total %1 in the last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="281"/>
        <source>Changing the budget failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="283"/>
        <source>Budget of &quot;%1&quot; set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="289"/>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="290"/>
        <source>Generate a new key for &quot;%1&quot; and delete the current one (%2)? Applications using the old key stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="297"/>
        <source>Rotating the key failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="311"/>
        <source>Blocking the key failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="311"/>
        <source>Unblocking the key failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="313"/>
        <source>Key of &quot;%1&quot; blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="314"/>
        <source>Key of &quot;%1&quot; unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="328"/>
        <source>Deleting the organization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/DetailPane.cpp" line="330"/>
        <source>&quot;%1&quot; was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::DetailsPage</name>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="77"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="78"/>
        <source>Who is being onboarded. The name must be unique (ignoring case and spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="81"/>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="83"/>
        <source>e.g. Acme Corp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="88"/>
        <source>Owner user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="89"/>
        <source>Keycloak user id of the customer&apos;s owner, e.g. kc-123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="92"/>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="95"/>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="99"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="101"/>
        <source>&amp;Owner user id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="102"/>
        <source>Contact &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="103"/>
        <source>Contact &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="136"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="144"/>
        <source>&quot;%1&quot; is already taken (by &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="146"/>
        <source>Available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::ImportDialog</name>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="27"/>
        <source>Bulk import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="31"/>
        <source>&amp;Choose CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="35"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="35"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="35"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="35"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="40"/>
        <source>Columns: name, owner, budget, duration, models (separated by ;), contact_name, contact_email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="45"/>
        <source>at once: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="47"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="66"/>
        <source>Organizations CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="66"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="73"/>
        <source>Import running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="73"/>
        <source>Wait until the running organizations are finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="83"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="95"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportDialog.cpp" line="101"/>
        <source>%n organization(s) ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="102"/>
        <source>Nothing will be created until these are fixed:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="122"/>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="129"/>
        <source>created, key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="133"/>
        <source>failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="141"/>
        <source>Done: %1 created, %2 failed (failures were cleaned up; the rows already created are skipped on a re-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportDialog.cpp" line="146"/>
        <source>%n imported organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="36"/>
        <source>OrgConsole — SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="36"/>
        <source>OrgConsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="44"/>
        <source>Filter organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="45"/>
        <source>Filter by name, owner, key or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="51"/>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="96"/>
        <source>SANDBOX — a simulated LiteLLM proxy and a separate database. Nothing real is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="129"/>
        <source>&amp;New organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="131"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="142"/>
        <source>&amp;Audit, reconcile and recover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Bulk import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="149"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="154"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="160"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="177"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="183"/>
        <source>Loading organizations failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="187"/>
        <source>%n organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>Profile: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="197"/>
        <source>No proxy configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="203"/>
        <source>● offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="206"/>
        <source>● checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="209"/>
        <source>&lt;span style=&apos;color:#2e9d4f&apos;&gt;●&lt;/span&gt; connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="210"/>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="219"/>
        <source>Refreshing budgets and spend from the proxy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="222"/>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="224"/>
        <source>Refreshed %1 organization(s) in %2 request(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="239"/>
        <location filename="../../ui/MainWindow.cpp" line="268"/>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="239"/>
        <location filename="../../ui/MainWindow.cpp" line="268"/>
        <source>Configure a proxy profile in Settings first (or start with --sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="254"/>
        <source>Settings saved. A changed profile or database applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::MaintenanceDialog</name>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="26"/>
        <source>Audit, reconcile and recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="32"/>
        <source>Filter by organization, operator, action or outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="36"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="36"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="36"/>
        <location filename="../../ui/MaintenanceDialog.cpp" line="75"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="36"/>
        <location filename="../../ui/MaintenanceDialog.cpp" line="75"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="36"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="36"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="42"/>
        <location filename="../../ui/MaintenanceDialog.cpp" line="115"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="47"/>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="47"/>
        <source>Organization / team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="47"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="53"/>
        <source>&amp;Compare with the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="55"/>
        <source>&amp;Fix selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="64"/>
        <source>Fixes: a budget changed outside the console is adopted from the proxy; a team without an organization is deleted; a missing team marks the organization failed for Recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="70"/>
        <source>Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="75"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="78"/>
        <source>Finish interrupted creations by issuing a &amp;new key (instead of rolling them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="81"/>
        <source>&amp;Recover unfinished operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="85"/>
        <source>Organizations left provisioning, deleting or failed (e.g. after a crash) for more than a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="90"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="138"/>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="148"/>
        <source>The database and the proxy agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MaintenanceDialog.cpp" line="149"/>
        <source>%n difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="162"/>
        <source>Fix drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MaintenanceDialog.cpp" line="162"/>
        <source>Apply the fix for %n difference(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="173"/>
        <source>Some fixes failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="188"/>
        <source>Recovering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="197"/>
        <source>Nothing to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MaintenanceDialog.cpp" line="198"/>
        <source>%n organization(s) handled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MaintenanceDialog.cpp" line="201"/>
        <source>recovered organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::OrgTableModel</name>
    <message>
        <location filename="../../ui/OrgTableModel.cpp" line="32"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrgTableModel.cpp" line="34"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrgTableModel.cpp" line="36"/>
        <source>Max budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrgTableModel.cpp" line="38"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrgTableModel.cpp" line="40"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrgTableModel.cpp" line="42"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrgTableModel.cpp" line="44"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrgTableModel.cpp" line="46"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrgTableModel.cpp" line="71"/>
        <source> (blocked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::ProvisioningPage</name>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="314"/>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="315"/>
        <source>Each step is shown as it runs. A failure is cleaned up on the proxy and in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="318"/>
        <source>Provisioning steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="320"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="320"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="320"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="372"/>
        <source>The organization was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="375"/>
        <source>&lt;b&gt;%1 failed:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="377"/>
        <source>&lt;br&gt;Cleaned up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="379"/>
        <source>&lt;br&gt;Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="381"/>
        <source>&lt;br&gt;&lt;b&gt;Cleanup failed too:&lt;/b&gt; %1 The organization is marked failed; use Recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="384"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::ResultPage</name>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="402"/>
        <source>Organization created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="403"/>
        <source>Hand the API key to the customer now: it is shown only once and is not stored by OrgConsole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="409"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="414"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="418"/>
        <source>I have &amp;stored the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="420"/>
        <source>Also save a copy in this computer&apos;s &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="427"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="442"/>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="451"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="453"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is active.&lt;br&gt;Budget on the proxy: &lt;b&gt;%2&lt;/b&gt;, spent %3, period %4, next reset %5.&lt;br&gt;Key %6 (alias %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="455"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="463"/>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::ReviewPage</name>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="281"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="282"/>
        <source>Creating the organization provisions a team and an API key on the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="291"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="301"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="301"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="302"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="303"/>
        <source>Max budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="304"/>
        <source>Budget period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="304"/>
        <source>never resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="305"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="305"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="37"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="44"/>
        <location filename="../../ui/SettingsDialog.cpp" line="98"/>
        <source>Proxy profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="53"/>
        <source>kept in the OS keychain; leave empty to keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="56"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="60"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="62"/>
        <source>Allow plain &amp;HTTP to a remote proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="64"/>
        <source>Warning: the master key would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="66"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="71"/>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="73"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="78"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="79"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="80"/>
        <source>&amp;Master key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="81"/>
        <source>&amp;CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="82"/>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="104"/>
        <source>empty = %1, or postgresql://user@host:5432/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="105"/>
        <source>T&amp;est</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="111"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="116"/>
        <source>A PostgreSQL password comes from the keychain or PGPASSFILE. Changes apply at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="117"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="122"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="133"/>
        <source>Default max budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="135"/>
        <source>Default budget period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="136"/>
        <source>Default models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="137"/>
        <source>Your name (audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="138"/>
        <location filename="../../ui/SettingsDialog.cpp" line="303"/>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="151"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="151"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="199"/>
        <location filename="../../ui/SettingsDialog.cpp" line="201"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="199"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="209"/>
        <source>Saved; the master key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="212"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="220"/>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="220"/>
        <source>Remove the profile &quot;%1&quot; and its stored master key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="236"/>
        <location filename="../../ui/SettingsDialog.cpp" line="272"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="253"/>
        <source>No master key: type it above (it is stored in the keychain when you save the profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="283"/>
        <source>✖ Schema version %1 is newer than this OrgConsole (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="284"/>
        <source>✔ Connected (schema version %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConsole::ShowKeyDialog</name>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="152"/>
        <source>New key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="156"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="158"/>
        <source>I have &amp;stored the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="166"/>
        <source>The key is shown only once (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Dialogs.cpp" line="176"/>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/orgconsole/main.cpp" line="66"/>
        <source>OrgConsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/orgconsole/main.cpp" line="74"/>
        <source>Recovered %n unfinished operation(s); see Tools &gt; Audit, reconcile and recover.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="59"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="61"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="63"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/CreateOrgWizard.cpp" line="65"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
