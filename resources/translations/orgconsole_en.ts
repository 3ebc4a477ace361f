<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppContext</name>
    <message numerus="yes">
        <source>%n file(s) or folder(s) holding customer data were readable by other users of this computer and are now private to you: %1</source>
        <translation>
            <numerusform>%n file or folder holding customer data was readable by other users of this computer and is now private to you: %1</numerusform>
            <numerusform>%n files or folders holding customer data were readable by other users of this computer and are now private to you: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetDiagnosis</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::BudgetDialog</name>
    <message numerus="yes">
        <source>Above this budget: the own budget of %n member(s), %1. The organization&apos;s budget stops their requests first; change their budgets in Members to keep them within it.</source>
        <translation>
            <numerusform>Above this budget: the own budget of %n member, %1. The organization&apos;s budget stops their requests first; change it in Members to keep it within the organization&apos;s.</numerusform>
            <numerusform>Above this budget: the own budgets of %n members, %1. The organization&apos;s budget stops their requests first; change their budgets in Members to keep them within it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::BudgetDoctorDialog</name>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::ImportDialog</name>
    <message numerus="yes">
        <source>Nothing will be created until the %n problem(s) shown in the list are fixed in the file.</source>
        <translation>
            <numerusform>Nothing will be created until the %n problem shown in the list is fixed in the file.</numerusform>
            <numerusform>Nothing will be created until the %n problems shown in the list are fixed in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) ready to import</source>
        <translation>
            <numerusform>%n organization ready to import</numerusform>
            <numerusform>%n organizations ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there (skipped)</source>
        <translation>
            <numerusform>, %n already there (skipped)</numerusform>
            <numerusform>, %n already there (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in conflict with the database (not created).</source>
        <translation>
            <numerusform>, %n in conflict with the database (not created).</numerusform>
            <numerusform>, %n in conflict with the database (not created).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported organization(s)</source>
        <translation>
            <numerusform>%n imported organization</numerusform>
            <numerusform>%n imported organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be added until the %n problem(s) shown in the list are fixed.</source>
        <translation>
            <numerusform>Nothing will be added until the %n problem shown in the list is fixed.</numerusform>
            <numerusform>Nothing will be added until the %n problems shown in the list are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) ready to add</source>
        <translation>
            <numerusform>%n member ready to add</numerusform>
            <numerusform>%n members ready to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there (skipped).</source>
        <translation>
            <numerusform>, %n already there (skipped).</numerusform>
            <numerusform>, %n already there (skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added member(s)</source>
        <translation>
            <numerusform>%n added member</numerusform>
            <numerusform>%n added members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::LiveRefresher</name>
    <message numerus="yes">
        <source>%n change(s) made while the database was away were loaded.</source>
        <translation>
            <numerusform>%n change made while the database was away was loaded.</numerusform>
            <numerusform>%n changes made while the database was away were loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::MainWindow</name>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unfinished operation(s); see Tools &gt; Audit, reconcile and recover.</source>
        <translation>
            <numerusform>Recovered %n unfinished operation; see Tools &gt; Audit, reconcile and recover.</numerusform>
            <numerusform>Recovered %n unfinished operations; see Tools &gt; Audit, reconcile and recover.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) had been changed on the proxy, outside the console: adopted and recorded in the audit log.</source>
        <translation>
            <numerusform>%n budget had been changed on the proxy, outside the console: adopted and recorded in the audit log.</numerusform>
            <numerusform>%n budgets had been changed on the proxy, outside the console: adopted and recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proxy has not answered for %n second(s).</source>
        <translation>
            <numerusform>The proxy has not answered for %n second.</numerusform>
            <numerusform>The proxy has not answered for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Refreshing figures… no answer for %n s&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;Refreshing figures… no answer for %n s&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;Refreshing figures… no answer for %n s&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln organization(s)</source>
        <translation>
            <numerusform>Loading… %Ln organization</numerusform>
            <numerusform>Loading… %Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln organization(s)</source>
        <translation>
            <numerusform>%1 of %Ln organization</numerusform>
            <numerusform>%1 of %Ln organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::MaintenanceDialog</name>
    <message numerus="yes">
        <source>%n organization(s) Recover would act on now.</source>
        <translation>
            <numerusform>%n organization Recover would act on now.</numerusform>
            <numerusform>%n organizations Recover would act on now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n more still running elsewhere (left alone).</source>
        <translation>
            <numerusform> %n more still running elsewhere (left alone).</numerusform>
            <numerusform> %n more still running elsewhere (left alone).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n budget change(s) made outside the console in the last %1 days were adopted.</source>
        <translation>
            <numerusform> %n budget change made outside the console in the last %1 days was adopted.</numerusform>
            <numerusform> %n budget changes made outside the console in the last %1 days were adopted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected team(s) of unknown origin are left for you to decide; OrgConsole deletes only what this database created.</source>
        <translation>
            <numerusform>%n selected team of unknown origin is left for you to decide; OrgConsole deletes only what this database created.</numerusform>
            <numerusform>%n selected teams of unknown origin are left for you to decide; OrgConsole deletes only what this database created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply the fix for %n difference(s)?</source>
        <translation>
            <numerusform>Apply the fix for %n difference?</numerusform>
            <numerusform>Apply the fix for %n differences?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recover %n organization(s) as listed? What each one gets is in the list.</source>
        <translation>
            <numerusform>Recover %n organization as listed? What it gets is in the list.</numerusform>
            <numerusform>Recover %n organizations as listed? What each one gets is in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) handled:</source>
        <translation>
            <numerusform>%n organization handled:</numerusform>
            <numerusform>%n organizations handled:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::OneTimeKeyWidget</name>
    <message numerus="yes">
        <source>Saved %n key(s) to %1 (readable only by you). Delete the file once the keys are handed over.</source>
        <translation>
            <numerusform>Saved %n key to %1 (readable only by you). Delete the file once the key is handed over.</numerusform>
            <numerusform>Saved %n keys to %1 (readable only by you). Delete the file once the keys are handed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgConsole::UserGuideDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
