<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name></name>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="23"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="24"/>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="27"/>
        <source>&amp;Open meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="30"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="33"/>
        <source>&amp;Export minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="36"/>
        <source>E-&amp;mail minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="38"/>
        <source>&amp;Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="40"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="40"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="53"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="54"/>
        <source>&amp;Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="57"/>
        <source>Send presenter view &amp;back to its screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="59"/>
        <source>Presenter &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="60"/>
        <source>&amp;Chime when a block reaches zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="68"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="69"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="72"/>
        <source>&amp;About Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaListModel</name>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="127"/>
        <source>took {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="129"/>
        <source>last time {m}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../facilitator/app.py" line="28"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockPanels</name>
    <message>
        <location filename="../../facilitator/ui/blocks/block_panels.py" line="57"/>
        <source>(a) Vision and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/block_panels.py" line="58"/>
        <source>(b–c) Self-evaluation reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/block_panels.py" line="60"/>
        <source>(c) Department breakout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/block_panels.py" line="200"/>
        <source>Department breakout · ★ summarises (the manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/block_panels.py" line="236"/>
        <source>Group work: {time} left · ✎ scribe · ★ presents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/block_panels.py" line="240"/>
        <source>Your groups · ✎ scribe · ★ presents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakoutPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/breakout_panel.py" line="24"/>
        <source>Each department goes to its own corner or room, evaluates itself the same way, and chooses one person to summarise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breakout_panel.py" line="38"/>
        <source>Show the departments on the presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breakout_panel.py" line="58"/>
        <location filename="../../facilitator/ui/blocks/breakout_panel.py" line="75"/>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breakout_panel.py" line="78"/>
        <source>⚠ {name} has {n} (under 3): merge with {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breakout_panel.py" line="84"/>
        <source>⚠ {name} has {n} (over 5): split into {k} groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingCard</name>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="137"/>
        <source>The quarter is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="46"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="46"/>
        <source>(from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="47"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="47"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="48"/>
        <source>Praise, recognition or feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="51"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="57"/>
        <source>A shared reflection, experience or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="60"/>
        <source>Add reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="63"/>
        <source>Declare the quarter closed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="68"/>
        <source>Take the declaration back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="76"/>
        <source>Praise, recognition and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="78"/>
        <source>Shared reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="102"/>
        <source>The quarter was declared closed at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="124"/>
        <source>Close the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="126"/>
        <source>Declare the quarter formally closed now? The moment is recorded in the minutes and the closing card is shown to the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="136"/>
        <source>Take the declaration back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing_panel.py" line="137"/>
        <source>Take back the declaration that the quarter is closed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="37"/>
        <source>Where the company is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="39"/>
        <source>What the company does, and for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="41"/>
        <source>Why the company exists (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="54"/>
        <source>New value, e.g. “Open”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="55"/>
        <source>Add &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="56"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="57"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="58"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="73"/>
        <source>&amp;Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="74"/>
        <source>&amp;Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="75"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="76"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="133"/>
        <source>Select the value to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentTableModel</name>
    <message>
        <location filename="../../facilitator/ui/models/departments_model.py" line="53"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/departments_model.py" line="53"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/departments_model.py" line="53"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsTab</name>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="41"/>
        <source>Departments come from the participants&apos; department column. Rename them, add ones nobody is in yet, and choose each department&apos;s manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="47"/>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="48"/>
        <source>&amp;Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="70"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="120"/>
        <source>Select the department to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="126"/>
        <source>Remove department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="128"/>
        <source>Remove the department “{name}”? Its participants stay in the meeting without a department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../facilitator/texts.py" line="68"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="70"/>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="71"/>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="44"/>
        <source>E-mail minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="52"/>
        <source>Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="59"/>
        <source>No address for: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="64"/>
        <source>More addresses, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="65"/>
        <source>Preview PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="67"/>
        <source>Open as draft in mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="70"/>
        <source>Send now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="71"/>
        <source>Mail server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="72"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="83"/>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="116"/>
        <source>Tick at least one person to send the minutes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="131"/>
        <source>No mail program opened the draft; it is saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="136"/>
        <source>The draft is open in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="156"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="157"/>
        <source>Password for {user} on {host}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="166"/>
        <source>Sending failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="168"/>
        <source>Sent to %n people.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlipChartBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/flip_chart.py" line="30"/>
        <location filename="../../facilitator/ui/blocks/flip_chart.py" line="60"/>
        <source>Flip chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/flip_chart.py" line="38"/>
        <source>A success, in keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/flip_chart.py" line="39"/>
        <source>A learning, in keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/flip_chart.py" line="40"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/flip_chart.py" line="43"/>
        <source>Successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/flip_chart.py" line="43"/>
        <source>Learnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/flip_chart.py" line="60"/>
        <source>Flip chart: {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodNewsPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="43"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="43"/>
        <source>Each speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="53"/>
        <source>Good news and results, in keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="55"/>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="60"/>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="56"/>
        <source>Notes for the selected speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="59"/>
        <source>Good news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="69"/>
        <source>Praise for (who)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="70"/>
        <source>For what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="71"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="71"/>
        <source>(from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="74"/>
        <source>Add shout-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news_panel.py" line="76"/>
        <source>Shout-outs — praise to pass on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_controller.py" line="27"/>
        <source>Group {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_controller.py" line="109"/>
        <source>Groups of 3–5 need at least 3 people present; mark who is here on the setup page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="55"/>
        <source>Mixed departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="56"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="57"/>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="58"/>
        <source>Manual (keep locked people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="66"/>
        <source>Fresh mixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="67"/>
        <source>Avoid pairs who sat together at earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="68"/>
        <source>Assign groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="69"/>
        <source>Undo reshuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="73"/>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="84"/>
        <source>Keep apart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="85"/>
        <source>Keep together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="86"/>
        <source>Clear rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="87"/>
        <source>Add late arrival…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="88"/>
        <source>Someone left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="89"/>
        <source>Make scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="90"/>
        <source>Make presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="91"/>
        <source>Lock / unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="113"/>
        <source>Drag people between groups; double-click a group&apos;s name to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="126"/>
        <source>Start group work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="128"/>
        <source>Group work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="135"/>
        <source>Presentation round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="138"/>
        <source>Each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="142"/>
        <source>Start the presentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="218"/>
        <source>scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="220"/>
        <source>presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="248"/>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="250"/>
        <source>⚠ {name} has {n} (under 3): merge with {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="253"/>
        <source>⚠ {name} has {n} (over 5): split into {k} groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="260"/>
        <source>apart: {a} / {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="265"/>
        <source>together: {a} + {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="269"/>
        <source>Rules: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="281"/>
        <source>Select a person in a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="289"/>
        <source>Who?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="295"/>
        <source>Keep apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="295"/>
        <source>Keep together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="299"/>
        <source>…and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="307"/>
        <source>The rule applies at the next Assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="314"/>
        <source>Add late arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="318"/>
        <source>Everyone present is in a group. Mark a late arrival present on the setup page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="327"/>
        <source>Someone left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="381"/>
        <location filename="../../facilitator/ui/blocks/groups_panel.py" line="403"/>
        <source>Start block 3 first (Space or Start).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inhibitor</name>
    <message>
        <location filename="../../facilitator/ui/run/inhibitor.py" line="48"/>
        <source>An OKR meeting is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyResultEditor</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="47"/>
        <source>Make it a department objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="49"/>
        <source>Delete key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="51"/>
        <source>Key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="54"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="55"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="56"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="62"/>
        <source>Serves company objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="81"/>
        <source>Meeting setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="84"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="257"/>
        <source>{app} — {company} {quarter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="277"/>
        <source>Total {total} · planned end {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="284"/>
        <source>{app} — no meeting open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="352"/>
        <source>{name} ({width}×{height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="364"/>
        <source>That was the last speaker. Move on to “{block}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="368"/>
        <source>That was the last speaker. End the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="370"/>
        <source>Next block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="400"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="405"/>
        <source>About Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="406"/>
        <source>{app} {version}
Runs a company&apos;s quarterly OKR meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerDelegate</name>
    <message>
        <location filename="../../facilitator/ui/setup/delegates.py" line="50"/>
        <source>(no manager)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDetailsFields</name>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="25"/>
        <source>e.g. Nordlys Energi AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="29"/>
        <source>e.g. 2026 Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="30"/>
        <source>The quarter this meeting closes, like “2026 Q4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="45"/>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="46"/>
        <source>&amp;Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="47"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="48"/>
        <source>&amp;Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="49"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="50"/>
        <source>Meeting &amp;leader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../facilitator/ui/models/meetings_model.py" line="31"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/meetings_model.py" line="31"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/meetings_model.py" line="31"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/meetings_model.py" line="31"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="48"/>
        <source>Could not read the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="59"/>
        <source>Export minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="59"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="71"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="72"/>
        <source>Could not write “{path}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="79"/>
        <source>Minutes exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="80"/>
        <source>The minutes are saved as “{name}”. Open them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../facilitator/ui/new_meeting_dialog.py" line="20"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/new_meeting_dialog.py" line="28"/>
        <source>Carry over participants, departments, vision and values from the company&apos;s last meeting (its OKRs are reviewed in block 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/new_meeting_dialog.py" line="41"/>
        <source>Create meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveEditor</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="22"/>
        <source>+ Key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="23"/>
        <source>Delete objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="25"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="26"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_editors.py" line="27"/>
        <source>Became from company key result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OkrPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="71"/>
        <source>+ Company objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="73"/>
        <source>+ Department objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="75"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="76"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="80"/>
        <source>Presenter view: timer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="81"/>
        <source>Presenter view: company OKRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="82"/>
        <source>Presenter view: alignment tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="100"/>
        <source>Leadership presents 3–5 company objectives, each with 2–5 measurable key results. Each department then sets its own; about 70 % of them should connect to the company&apos;s — a company key result can become a department objective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="218"/>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="234"/>
        <source>(its own objective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="255"/>
        <source>Make it measurable: where do we start, where do we want to be, and in what unit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="259"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="298"/>
        <source>New company objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="315"/>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="330"/>
        <source>New department objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="323"/>
        <source>Add departments on the setup page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="326"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="338"/>
        <source>New key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="348"/>
        <source>Make it a department objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="364"/>
        <source>Delete objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="365"/>
        <source>Delete “{objective}” and its key results?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="384"/>
        <source>Import OKRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="384"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="396"/>
        <source>“{name}” is not an OKR list: it needs a header row with an objective column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="406"/>
        <source>Imported, but these lines were skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="410"/>
        <source>Imported the OKRs from “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="417"/>
        <source>Export OKRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="419"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="430"/>
        <source>Exported to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="437"/>
        <source>Company OKRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_panel.py" line="440"/>
        <source>How the departments&apos; OKRs support the company&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Okrs</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_files.py" line="25"/>
        <source>Line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenMeetingDialog</name>
    <message>
        <location filename="../../facilitator/ui/open_meeting_dialog.py" line="22"/>
        <source>Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../facilitator/ui/models/participants_model.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/participants_model.py" line="62"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/participants_model.py" line="62"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/participants_model.py" line="62"/>
        <location filename="../../facilitator/ui/models/participants_model.py" line="81"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/participants_model.py" line="81"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="52"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="54"/>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="57"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="59"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="61"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="97"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="99"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="154"/>
        <source>%n participant(s), {present} present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="185"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="195"/>
        <source>Select the participants to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="202"/>
        <source>Remove participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="203"/>
        <source>Remove %n participant(s) from this meeting?

{names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="220"/>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="222"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="237"/>
        <source>“{path}” could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="245"/>
        <source>“{path}” is not a participant list: no rows with a name column were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="259"/>
        <source>Imported %n participant(s) from “{file}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="265"/>
        <source>%n row(s) skipped; see below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="268"/>
        <source>Line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="44"/>
        <source>Facilitator — presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="117"/>
        <source>{number}/{count} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="122"/>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="135"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="136"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="137"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="138"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="148"/>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="150"/>
        <source>Last block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="153"/>
        <source>Projected end {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../facilitator/ui/records/record_panel.py" line="127"/>
        <location filename="../../facilitator/ui/records/record_panel.py" line="245"/>
        <location filename="../../facilitator/ui/records/record_panel.py" line="248"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/records/record_panel.py" line="128"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/records/record_panel.py" line="242"/>
        <source>Select what to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/records/record_panel.py" line="253"/>
        <source>Removed. Press Ctrl+Z to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="171"/>
        <source>Every report is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="177"/>
        <source>Reporting now ({n} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/reporting_panel.py" line="41"/>
        <source>Show on the presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reporting_panel.py" line="44"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reporting_panel.py" line="45"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reporting_panel.py" line="50"/>
        <source>(a) Vision, mission and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reporting_panel.py" line="59"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reporting_panel.py" line="60"/>
        <source>How we live it (example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reporting_panel.py" line="61"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reporting_panel.py" line="61"/>
        <source>(who)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reporting_panel.py" line="64"/>
        <source>Add example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reporting_panel.py" line="66"/>
        <source>Examples from the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="76"/>
        <source>Reporting order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="79"/>
        <source>Each report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="83"/>
        <source>Start the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="86"/>
        <source>After the vision and values: the company reports first, then each department; → moves to the next report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="97"/>
        <source>1–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="107"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="109"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="114"/>
        <source>What was good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="115"/>
        <source>What could be better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="162"/>
        <source>Last quarter&apos;s OKRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="223"/>
        <source>Start block 2 first (Space or Start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="243"/>
        <source>(who reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="260"/>
        <source>7–10 green, 4–6 amber, 1–3 red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="271"/>
        <source>Last quarter ({quarter}): {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="278"/>
        <source>could be better ({dimension}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="285"/>
        <source>Trend: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="289"/>
        <source>Key results reached {share:.0%} of their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/reports_panel.py" line="292"/>
        <source>⚠ a high score on a low measured result — talk about it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/review_model.py" line="82"/>
        <source>Last quarter&apos;s objective / key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/review_model.py" line="83"/>
        <source>Start → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/review_model.py" line="84"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/review_model.py" line="85"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/review_model.py" line="86"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="46"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="47"/>
        <location filename="../../facilitator/ui/run/run_page.py" line="143"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="48"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="49"/>
        <source>−1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="50"/>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="51"/>
        <source>Restart block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="52"/>
        <source>Rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="54"/>
        <source>Shorten the blocks still to come, each within its range, to end on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="56"/>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="80"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="92"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="114"/>
        <source>Now: {number}/{count} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="119"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="131"/>
        <source>Not started — press Space or Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="132"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="133"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="134"/>
        <source>The meeting is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="139"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="141"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="159"/>
        <source>{number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="164"/>
        <source>The guide suggests {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="166"/>
        <source>The guide suggests {low}–{high} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="170"/>
        <source>Last time it took {minutes}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="26"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="27"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="28"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="29"/>
        <source>Vision and values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../facilitator/ui/shortcuts_dialog.py" line="21"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shortcuts_dialog.py" line="25"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shortcuts_dialog.py" line="25"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shortcuts_dialog.py" line="29"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="52"/>
        <source>Sending e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="56"/>
        <source>e.g. smtp.office365.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="62"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="63"/>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="64"/>
        <source>None (local servers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="70"/>
        <source>your.name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="72"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="73"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="74"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="75"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="76"/>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="79"/>
        <source>The password is asked for each time you send and is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="95"/>
        <source>Server must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="101"/>
        <source>From address: “{value}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerView</name>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="47"/>
        <source>Every speaker has had their turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="52"/>
        <source>Speaking now ({n} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="60"/>
        <source>Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/summary_panel.py" line="34"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary_panel.py" line="35"/>
        <source>What gave the most value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary_panel.py" line="36"/>
        <source>What we will do differently or more of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary_panel.py" line="44"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary_panel.py" line="45"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary_panel.py" line="45"/>
        <source>(owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary_panel.py" line="46"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary_panel.py" line="46"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary_panel.py" line="49"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary_panel.py" line="51"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnListBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/turn_list.py" line="50"/>
        <source>Drag to change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/turn_list.py" line="51"/>
        <source>Queue in list order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/turn_list.py" line="52"/>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/turn_list.py" line="53"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/turn_list.py" line="54"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/turn_list.py" line="55"/>
        <source>Skip / bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/turn_list.py" line="61"/>
        <source>Time for each turn (minutes:seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/blocks/turn_list.py" line="140"/>
        <source>%n turn(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../facilitator/ui/welcome_page.py" line="12"/>
        <source>No meeting is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome_page.py" line="14"/>
        <source>Create the meeting you are about to run, or open an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome_page.py" line="16"/>
        <source>New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome_page.py" line="17"/>
        <source>Open meeting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
