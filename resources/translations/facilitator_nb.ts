<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="30"/>
        <source>{company} {quarter} — OKR meeting agenda</source>
        <translation>{company} {quarter} — dagsorden for OKR-møtet</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="40"/>
        <source>{company} {quarter} OKR agenda</source>
        <translation>{company} {quarter} OKR-dagsorden</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="57"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="58"/>
        <source>Block</source>
        <translation>Blokk</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="59"/>
        <source>Length</source>
        <translation>Lengde</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="62"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="75"/>
        <source>Reports</source>
        <translation>Rapporterer</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="75"/>
        <source>Reported by</source>
        <translation>Rapporteres av</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="77"/>
        <source>Block 2: who reports, in this order</source>
        <translation>Blokk 2: hvem rapporterer, i denne rekkefølgen</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="127"/>
        <source>Breakout groups (block 3)</source>
        <translation>Grupper (blokk 3)</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="138"/>
        <source>Led by {leader}</source>
        <translation>Ledet av {leader}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="141"/>
        <source>{n} participants</source>
        <translation>{n} deltakere</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="148"/>
        <source>Planned length: {length}</source>
        <translation>Planlagt lengde: {length}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="174"/>
        <source>Agenda of the quarterly OKR meeting, {date}</source>
        <translation>Dagsorden for det kvartalsvise OKR-møtet, {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="182"/>
        <source>OKR meeting agenda</source>
        <translation>Dagsorden for OKR-møtet</translation>
    </message>
</context>
<context>
    <name>AgendaBlock</name>
    <message>
        <location filename="../../facilitator/texts.py" line="23"/>
        <source>Good news</source>
        <translation>Gode nyheter</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="24"/>
        <source>OKR reporting</source>
        <translation>OKR-rapportering</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="25"/>
        <source>Successes and learnings</source>
        <translation>Suksesser og læring</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="26"/>
        <source>Closing the quarter</source>
        <translation>Avslutning og oppstart</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="27"/>
        <source>New OKRs</source>
        <translation>Nye OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="28"/>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="38"/>
        <source>Coffee break</source>
        <translation>Kaffepause</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="39"/>
        <source>Lunch</source>
        <translation>Lunsj</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="40"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="118"/>
        <source>Round-robin: each participant shares prepared good results and news, then challenges, related to the OKRs since last time. Sharing itself takes at most 10 minutes. When someone outside the meeting gets praise, note it as a shout-out so the praise can be passed on afterwards.</source>
        <translation>Runde rundt bordet: hver deltaker deler forberedte gode resultater og nyheter, deretter utfordringer, knyttet til OKR-ene siden sist. Selve delingen tar maks 10 minutter. Når noen utenfor møtet får ros, noteres det slik at rosen kan videreformidles etterpå.</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="125"/>
        <source>(a) Repeat the company&apos;s vision, mission and values, with examples from the group of how they live them. (b) The top leader reports the company OKR status and results, then the OKR owners report theirs. (c) Departments break out, evaluate themselves the same way, and one person per department summarises the score and what was good and could be better.</source>
        <translation>(a) Gjenta selskapets visjon, misjon og verdier, med eksempler fra gruppen på hvordan de leves. (b) Toppleder rapporterer selskapets OKR-status og resultater, deretter rapporterer OKR-eierne sine. (c) Avdelingene går hver til sitt, evaluerer seg selv på samme måte, og én person per avdeling oppsummerer poengsummen og hva som var bra og kunne vært bedre.</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="133"/>
        <source>Groups of 3–5 people, each with a flip-chart sheet and a scribe who writes down what is said. After 10–15 minutes the sheets go up on the wall and one person per group presents. Celebrate small and large successes; reflect on what could be better.</source>
        <translation>Grupper på 3–5 personer, hver med et flippoverark og en referent som skriver ned det som blir sagt. Etter 10–15 minutter henges arkene opp på veggen, og én person per gruppe presenterer. Feir små og store suksesser; reflekter over hva som kunne vært bedre.</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="140"/>
        <source>Praise, recognition and feedback to each other, individually and in plenary. Ask for shared reflections and experiences. Then the quarter is formally declared closed, marked with a physical gesture.</source>
        <translation>Ros, anerkjennelse og tilbakemeldinger til hverandre, enkeltvis og i plenum. Be om felles refleksjoner og erfaringer. Deretter erklæres kvartalet formelt avsluttet, markert med en fysisk handling.</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="146"/>
        <source>Leadership presents the strategic priorities and the 3–5 top company OKRs. Each department sets its OKRs with its manager; they are presented in plenary and anchored. About 70 % of department OKRs should connect to the company&apos;s; a company key result can become a department objective.</source>
        <translation>Ledelsen presenterer de strategiske prioriteringene og de 3–5 viktigste OKR-ene for selskapet. Hver avdeling setter sine OKR-er med lederen sin; de presenteres i plenum og forankres. Omtrent 70 % av avdelingenes OKR-er bør knyttes til selskapets; et nøkkelresultat for selskapet kan bli et avdelingsmål.</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="153"/>
        <source>Sum up with feedback to the organisation and to the departments, lift out what gave the most value, and what we will do differently or more of as a result.</source>
        <translation>Oppsummer med tilbakemelding til organisasjonen og avdelingene, løft fram det som ga mest verdi, og hva vi skal gjøre annerledes eller mer av som følge av møtet.</translation>
    </message>
</context>
<context>
    <name>AgendaListModel</name>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="113"/>
        <source>The break after block {n}.</source>
        <translation>Pausen etter blokk {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="138"/>
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="139"/>
        <source>running</source>
        <translation>går</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="140"/>
        <source>paused</source>
        <translation>på pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="141"/>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="144"/>
        <source>current block, {state}</source>
        <translation>nåværende blokk, {state}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="146"/>
        <source>{name}, {state}, {start} to {end}, {minutes}</source>
        <translation>{name}, {state}, {start} til {end}, {minutes}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="170"/>
        <source>took {m}</source>
        <translation>tok {m}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/agenda_model.py" line="172"/>
        <source>last time {m}</source>
        <translation>sist {m}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../facilitator/app.py" line="51"/>
        <source>“{path}” is already open in Facilitator; that window was brought to the front.</source>
        <translation>«{path}» er allerede åpen i Facilitator; det vinduet ble hentet fram.</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="56"/>
        <source>“{path}” is already open in another Facilitator window.</source>
        <translation>«{path}» er allerede åpen i et annet Facilitator-vindu.</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="122"/>
        <source>The last change before Facilitator stopped was not finished; SQLite rolled it back, and everything saved before it is here.</source>
        <translation>Den siste endringen før Facilitator stoppet ble ikke fullført; SQLite rullet den tilbake, og alt som ble lagret før den, er her.</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="154"/>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="158"/>
        <source>{message}

A copy was taken before an earlier upgrade: “{backup}”. Restore that copy? The current file is kept beside it, renamed to end in .damaged.</source>
        <translation>{message}

En kopi ble tatt før en tidligere oppgradering: «{backup}». Vil du gjenopprette den kopien? Den nåværende filen beholdes ved siden av, med navn som slutter på .damaged.</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="180"/>
        <source>Password for the shared meeting</source>
        <translation>Passord for det delte møtet</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="181"/>
        <source>Password for “{where}” (used for this start only, never saved):</source>
        <translation>Passord for «{where}» (brukes bare denne gangen, lagres aldri):</translation>
    </message>
</context>
<context>
    <name>BlockBrief</name>
    <message>
        <location filename="../../facilitator/ui/blocks/breaks/plan_row.py" line="41"/>
        <location filename="../../facilitator/ui/run/block_brief.py" line="59"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/block_brief.py" line="86"/>
        <source>&amp;Planned</source>
        <translation>&amp;Planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breaks/plan_row.py" line="29"/>
        <source>Break after this block</source>
        <translation>Pause etter denne blokken</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breaks/plan_row.py" line="31"/>
        <source>No break after this block</source>
        <translation>Ingen pause etter denne blokken</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breaks/plan_row.py" line="34"/>
        <source>{title} after this block</source>
        <translation>{title} etter denne blokken</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breaks/plan_row.py" line="38"/>
        <source>Length of the break</source>
        <translation>Pausens lengde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/block_brief.py" line="108"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/block_brief.py" line="113"/>
        <source>The guide suggests {minutes} min.</source>
        <translation>Veiledningen foreslår {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/block_brief.py" line="115"/>
        <source>The guide suggests {low}–{high} min.</source>
        <translation>Veiledningen foreslår {low}–{high} min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/block_brief.py" line="119"/>
        <source>Last time it took {minutes}.</source>
        <translation>Sist tok den {minutes}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breaks/plan_row.py" line="79"/>
        <source>{title} after block {number}</source>
        <translation>{title} etter blokk {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breaks/plan_row.py" line="86"/>
        <source>During the break the room&apos;s screen shows when to be back. Space pauses the break; PageDown, when everyone is back, starts the next block. Choose “No break after this block” to take the break out of the agenda.</source>
        <translation>I pausen viser skjermen i rommet når alle skal være tilbake. Mellomrom setter pausen på vent; PageDown starter neste blokk når alle er tilbake. Velg «Ingen pause etter denne blokken» for å ta pausen ut av agendaen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/block_brief.py" line="153"/>
        <source>The guide for this block</source>
        <translation>Veiledningen for denne blokken</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/block_brief.py" line="153"/>
        <source>Show the guide</source>
        <translation>Vis veiledningen</translation>
    </message>
</context>
<context>
    <name>BlockPanels</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/block.py" line="57"/>
        <source>(a) Vision and values</source>
        <translation>(a) Visjon og verdier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/block.py" line="59"/>
        <source>(b–c) Self-evaluation reports</source>
        <translation>(b–c) Egenevalueringer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/block.py" line="61"/>
        <source>(c) Department breakout</source>
        <translation>(c) Avdelingsvis gruppearbeid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/block.py" line="210"/>
        <source>Department breakout · ★ summarises (the manager)</source>
        <translation>Avdelingsvis gruppearbeid · ★ oppsummerer (lederen)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="289"/>
        <source>The room&apos;s top lines · {n} voted</source>
        <translation>Rommets viktigste linjer · {n} stemte</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="294"/>
        <source>No dots were given.</source>
        <translation>Ingen prikker ble gitt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="302"/>
        <source>{group}&apos;s flip chart</source>
        <translation>Flippoveren til {group}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="303"/>
        <source>{group}&apos;s flip chart, photo {n} of {count}</source>
        <translation>Flippoveren til {group}, bilde {n} av {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="326"/>
        <source>Your groups · ✎ scribe · ★ presents</source>
        <translation>Gruppene deres · ✎ referent · ★ presenterer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="329"/>
        <source>Group work · ✎ scribe · ★ presents</source>
        <translation>Gruppearbeid · ✎ referent · ★ presenterer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="330"/>
        <source>Group work: time is up ({time}) · time to present</source>
        <translation>Gruppearbeid: tiden er ute ({time}) · tid for presentasjon</translation>
    </message>
</context>
<context>
    <name>BreakoutPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/breakout_panel.py" line="23"/>
        <source>Each department goes to its own corner or room, evaluates itself the same way, and chooses one person to summarise.</source>
        <translation>Hver avdeling går til sitt hjørne eller rom, evaluerer seg selv på samme måte og velger én person som oppsummerer.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/breakout_panel.py" line="30"/>
        <source>Department breakout groups</source>
        <translation>Avdelingsgruppene</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/breakout_panel.py" line="39"/>
        <source>Show the departments on the presenter view</source>
        <translation>Vis avdelingene i presentasjonsvisningen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/breakout_panel.py" line="52"/>
        <location filename="../../facilitator/ui/blocks/okr_reporting/breakout_panel.py" line="64"/>
        <source>No department</source>
        <translation>Ingen avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/breakout_panel.py" line="63"/>
        <source>{name} ({n}) can break out on its own, or join {other}.</source>
        <translation>{name} ({n}) kan gå ut alene, eller sammen med {other}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../facilitator/cli.py" line="24"/>
        <source>Run a quarterly OKR meeting.</source>
        <translation>Led et kvartalsmøte om OKR.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="64"/>
        <source>create a fully filled demo meeting</source>
        <translation>lag et ferdig utfylt demomøte</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="69"/>
        <source>make it a meeting in progress today, with a block running</source>
        <translation>gjør det til et møte som pågår i dag, med en blokk i gang</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="75"/>
        <source>make the company N people (departments, groups and OKRs in proportion)</source>
        <translation>gjør selskapet til N personer (avdelinger, grupper og OKR-er i forhold)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="49"/>
        <source>meeting number (default: the latest)</source>
        <translation>møtenummer (standard: det siste)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="87"/>
        <source>PDF file to write (before the meeting has started: its agenda)</source>
        <translation>PDF-fil som skal skrives (før møtet har startet: dagsordenen)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="99"/>
        <source>write the printed agenda as PDF</source>
        <translation>skriv dagsordenen for utskrift som PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="110"/>
        <source>paper size (default A4)</source>
        <translation>papirstørrelse (standard A4)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="115"/>
        <source>also write an unsent e-mail draft with the PDF attached</source>
        <translation>skriv også et usendt e-postutkast med PDF-en vedlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="58"/>
        <source>recipients (default: participants with an address)</source>
        <translation>mottakere (standard: deltakere med adresse)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="30"/>
        <source>database file or PostgreSQL URL (default: FACILITATOR_DB or user data)</source>
        <translation>databasefil eller PostgreSQL-adresse (standard: FACILITATOR_DB eller brukerdata)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="41"/>
        <source>database file or PostgreSQL URL</source>
        <translation>databasefil eller PostgreSQL-adresse</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="82"/>
        <source>write the minutes as PDF (and e-mail) or the results as a workbook</source>
        <translation>skriv referatet som PDF (og e-post) eller resultatene som regneark</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="92"/>
        <source>write the results as an Excel workbook (evaluations, review, new OKRs, …)</source>
        <translation>skriv resultatene som Excel-regneark (egenevalueringer, gjennomgang, nye OKR-er, …)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="104"/>
        <source>also write one PDF per department into FOLDER</source>
        <translation>skriv også én PDF per avdeling i MAPPE</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="120"/>
        <source>write the invitation: a calendar request (.ics) and an e-mail draft</source>
        <translation>skriv invitasjonen: en kalenderinvitasjon (.ics) og et e-postutkast</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="127"/>
        <source>unsent e-mail draft with the calendar request attached</source>
        <translation>usendt e-postutkast med kalenderinvitasjonen vedlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="130"/>
        <source>calendar request on its own</source>
        <translation>kalenderinvitasjonen alene</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="136"/>
        <source>organiser, as Name &lt;address&gt; (default: the leader&apos;s address)</source>
        <translation>arrangør, som Navn &lt;adresse&gt; (standard: møteleders adresse)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="141"/>
        <source>cancel the meeting in everyone&apos;s calendar</source>
        <translation>avlys møtet i alles kalender</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="146"/>
        <source>time zone of the start time, e.g. Europe/Oslo (default: this computer&apos;s)</source>
        <translation>tidssonen for starttiden, f.eks. Europe/Oslo (standard: denne datamaskinens)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="153"/>
        <source>run the room link without the window: the live timer and the scribe pages</source>
        <translation>kjør romlenken uten vinduet: den levende nedtellingen og referentsidene</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="161"/>
        <source>the address to serve on, e.g. this laptop&apos;s on the room&apos;s network (default 127.0.0.1: this computer only)</source>
        <translation>adressen det serveres på, f.eks. denne maskinens på rommets nettverk (standard 127.0.0.1: bare denne maskinen)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="168"/>
        <source>port (default 8765)</source>
        <translation>port (standard 8765)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="222"/>
        <source>Give --pdf FILE, --xlsx FILE, --agenda FILE or --departments FOLDER.</source>
        <translation>Oppgi --pdf FIL, --xlsx FIL, --agenda FIL eller --departments MAPPE.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="273"/>
        <source>Demo meeting {id} created in {path}</source>
        <translation>Demomøte {id} opprettet i {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli_support.py" line="36"/>
        <source>The folder for “{path}” does not exist.</source>
        <translation>Mappen for «{path}» finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli_support.py" line="102"/>
        <source>The database has no meeting yet; create one first.</source>
        <translation>Databasen har ingen møter ennå; opprett et først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli_support.py" line="107"/>
        <source>There is no meeting number {id} in the database.</source>
        <translation>Det finnes ikke noe møte nummer {id} i databasen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export_command.py" line="49"/>
        <source>The meeting has not started, so there are no minutes to e-mail; use `facilitator invite` for the invitation.</source>
        <translation>Møtet har ikke startet, så det finnes ikke noe referat å sende; bruk `facilitator invite` for invitasjonen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export_command.py" line="55"/>
        <source>The meeting has not started: writing its agenda instead.</source>
        <translation>Møtet har ikke startet: skriver dagsordenen i stedet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export_command.py" line="64"/>
        <source>Left out of the e-mail: {name} (“{address}” is not an address).</source>
        <translation>Ikke med i e-posten: {name} («{address}» er ikke en adresse).</translation>
    </message>
    <message>
        <location filename="../../facilitator/export_command.py" line="83"/>
        <source>The folder “{path}” does not exist.</source>
        <translation>Mappen «{path}» finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export_command.py" line="95"/>
        <source>The meeting has no departments: nothing written.</source>
        <translation>Møtet har ingen avdelinger: ingenting skrevet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export_command.py" line="97"/>
        <source>Department results written to {path}</source>
        <translation>Avdelingsresultater skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export_command.py" line="115"/>
        <source>Workbook written to {path}</source>
        <translation>Regnearket er skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli_support.py" line="116"/>
        <source>Could not write “{path}”: {reason}</source>
        <translation>Kunne ikke skrive «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export_command.py" line="71"/>
        <source>Minutes written to {path}</source>
        <translation>Referat skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export_command.py" line="73"/>
        <location filename="../../facilitator/invite_command.py" line="95"/>
        <source>E-mail draft written to {path}</source>
        <translation>E-postutkast skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/invite_command.py" line="40"/>
        <source>Say who sends the invitation with --from ADDRESS (the meeting&apos;s leader has no e-mail address in the participant list).</source>
        <translation>Oppgi hvem som sender invitasjonen med --from ADRESSE (møtelederen har ingen e-postadresse i deltakerlisten).</translation>
    </message>
    <message>
        <location filename="../../facilitator/invite_command.py" line="58"/>
        <source>Give --eml FILE, --ics FILE or both.</source>
        <translation>Oppgi --eml FIL, --ics FIL eller begge.</translation>
    </message>
    <message>
        <location filename="../../facilitator/invite_command.py" line="68"/>
        <source>“{zone}” is not a time zone name.</source>
        <translation>«{zone}» er ikke navnet på en tidssone.</translation>
    </message>
    <message>
        <location filename="../../facilitator/invite_command.py" line="78"/>
        <source>Nobody to invite: no participant has an e-mail address; use --to.</source>
        <translation>Ingen å invitere: ingen deltaker har e-postadresse; bruk --to.</translation>
    </message>
    <message>
        <location filename="../../facilitator/invite_command.py" line="92"/>
        <source>Calendar invitation written to {path}</source>
        <translation>Kalenderinvitasjon skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/invite_command.py" line="99"/>
        <source>No longer invited: {people}. A cancellation for them is in {path}</source>
        <translation>Ikke lenger invitert: {people}. En avlysning til dem ligger i {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/invite_command.py" line="120"/>
        <source>Agenda written to {path}</source>
        <translation>Dagsorden skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/serve_command.py" line="57"/>
        <source>Cannot serve on {host}:{port}: {reason}</source>
        <translation>Kan ikke servere på {host}:{port}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/serve_command.py" line="61"/>
        <source>Room link (the live timer): {url}</source>
        <translation>Romlenke (den levende nedtellingen): {url}</translation>
    </message>
    <message>
        <location filename="../../facilitator/serve_command.py" line="64"/>
        <source>Scribe page of {group}: {url}</source>
        <translation>Referentside for {group}: {url}</translation>
    </message>
    <message>
        <location filename="../../facilitator/serve_command.py" line="69"/>
        <source>Press Ctrl+C to stop.</source>
        <translation>Trykk Ctrl+C for å stoppe.</translation>
    </message>
</context>
<context>
    <name>ClosingCard</name>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="141"/>
        <source>The quarter is closed</source>
        <translation>Kvartalet er avsluttet</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="49"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="49"/>
        <source>(from)</source>
        <translation>(fra)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="50"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="50"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="51"/>
        <source>Praise, recognition or feedback</source>
        <translation>Ros, anerkjennelse eller tilbakemelding</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="54"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="60"/>
        <source>A shared reflection, experience or value</source>
        <translation>En felles refleksjon, erfaring eller verdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="63"/>
        <source>Add reflection</source>
        <translation>Legg til refleksjon</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="66"/>
        <source>Declare the quarter closed…</source>
        <translation>Erklær kvartalet avsluttet …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="71"/>
        <source>Take the declaration back…</source>
        <translation>Trekk erklæringen tilbake …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="80"/>
        <source>Praise, recognition and feedback</source>
        <translation>Ros, anerkjennelse og tilbakemeldinger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="82"/>
        <source>Shared reflections</source>
        <translation>Felles refleksjoner</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/panel.py" line="116"/>
        <source>The quarter was declared closed at {time}.</source>
        <translation>Kvartalet ble erklært avsluttet kl. {time}.</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="42"/>
        <source>Where the company is going</source>
        <translation>Hvor selskapet skal</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="44"/>
        <source>What the company does, and for whom</source>
        <translation>Hva selskapet gjør, og for hvem</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="46"/>
        <source>Why the company exists (optional)</source>
        <translation>Hvorfor selskapet finnes (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="58"/>
        <source>New value</source>
        <translation>Ny verdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="59"/>
        <source>New value, e.g. “Open”</source>
        <translation>Ny verdi, f.eks. «Åpen»</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="60"/>
        <source>Add &amp;value</source>
        <translation>Legg til &amp;verdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="61"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="62"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="63"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="78"/>
        <source>&amp;Vision</source>
        <translation>&amp;Visjon</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="79"/>
        <source>&amp;Mission</source>
        <translation>&amp;Misjon</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="80"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="51"/>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="81"/>
        <source>Values</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/company_tab.py" line="139"/>
        <source>Select the value to remove first.</source>
        <translation>Velg verdien som skal fjernes, først.</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <location filename="../../facilitator/ui/conflict_question.py" line="14"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/conflict_question.py" line="25"/>
        <source>Changed on another laptop</source>
        <translation>Endret på en annen PC</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/conflict_question.py" line="27"/>
        <source>{what} was changed on another laptop while you were editing it.</source>
        <translation>{what} ble endret på en annen PC mens du redigerte.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/conflict_question.py" line="32"/>
        <source>On the other laptop: {theirs}
Yours: {yours}</source>
        <translation>På den andre PC-en: {theirs}
Din: {yours}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/conflict_question.py" line="37"/>
        <source>Keep theirs</source>
        <translation>Behold deres</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/conflict_question.py" line="40"/>
        <source>Use mine</source>
        <translation>Bruk min</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="23"/>
        <source>{hands} (n = {n})</source>
        <translation>{hands} (n = {n})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="28"/>
        <source>Nobody showed a hand.</source>
        <translation>Ingen viste en hånd.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="30"/>
        <source>To discuss before approval: {n} at 0–2</source>
        <translation>Drøftes før godkjenning: {n} på 0–2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="33"/>
        <source>Nobody below 3: the room backs it</source>
        <translation>Ingen under 3: rommet står bak</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="38"/>
        <source>Nobody has shown a hand yet</source>
        <translation>Ingen har vist en hånd ennå</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="39"/>
        <source>Hands shown so far: {n}</source>
        <translation>Hender vist så langt: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="43"/>
        <source>Fist to five on your phone · objective {n} of {count} · 0 = I cannot back it, 5 = fully behind it</source>
        <translation>Fist to five på mobilen · mål {n} av {count} · 0 = jeg kan ikke stå bak det, 5 = helt med</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="52"/>
        <source>The room&apos;s consent</source>
        <translation>Rommets tilslutning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="55"/>
        <source>After the company OKRs, the room shows its hand on each objective</source>
        <translation>Etter selskapets OKR-er viser rommet hånd på hvert mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="59"/>
        <source>The room&apos;s hand on each objective</source>
        <translation>Rommets hånd på hvert mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/consent_box.py" line="82"/>
        <source>(hidden until revealed)</source>
        <translation>(skjult til det vises)</translation>
    </message>
</context>
<context>
    <name>CueControls</name>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="21"/>
        <source>Cue to the speaker:</source>
        <translation>Signal til taleren:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="22"/>
        <source>Wrap up (W)</source>
        <translation>Rund av (W)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="24"/>
        <source>“Please wrap up” on the room&apos;s screen; W again takes it back.</source>
        <translation>«Rund av nå» på rommets skjerm; W igjen tar det bort.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="26"/>
        <source>1 minute</source>
        <translation>1 minutt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="29"/>
        <source>A line for the speaker…</source>
        <translation>En linje til taleren …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="30"/>
        <source>A line for the speaker</source>
        <translation>En linje til taleren</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="32"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="33"/>
        <source>Show the line on the room&apos;s screen</source>
        <translation>Vis linjen på rommets skjerm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="34"/>
        <source>Clear</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="35"/>
        <source>Take the cue off the room&apos;s screen</source>
        <translation>Ta signalet bort fra rommets skjerm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/cue_controls.py" line="65"/>
        <source>On the screen: “{cue}” ({n} s)</source>
        <translation>På skjermen: «{cue}» ({n} s)</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../facilitator/ui/presenter/cue_banner.py" line="24"/>
        <source>Please wrap up</source>
        <translation>Rund av nå</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/cue_banner.py" line="26"/>
        <source>1 minute left</source>
        <translation>1 minutt igjen</translation>
    </message>
</context>
<context>
    <name>DepartmentTableModel</name>
    <message>
        <location filename="../../facilitator/ui/models/departments_model.py" line="69"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/departments_model.py" line="69"/>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/departments_model.py" line="69"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
</context>
<context>
    <name>DepartmentsTab</name>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="41"/>
        <source>Departments come from the participants&apos; department column. Rename them, add ones nobody is in yet, and choose each department&apos;s manager.</source>
        <translation>Avdelingene kommer fra deltakernes avdelingskolonne. Gi dem nye navn, legg til avdelinger ingen er i ennå, og velg hver avdelings leder.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="46"/>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="47"/>
        <source>New department</source>
        <translation>Ny avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="48"/>
        <source>&amp;Add department</source>
        <translation>&amp;Legg til avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="54"/>
        <source>Departments</source>
        <translation>Avdelinger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="70"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="114"/>
        <source>Select the department to remove first.</source>
        <translation>Velg avdelingen som skal fjernes, først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="120"/>
        <source>Remove department</source>
        <translation>Fjern avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/departments_tab.py" line="122"/>
        <source>Remove the department “{name}”? Its participants stay in the meeting without a department.</source>
        <translation>Fjerne avdelingen «{name}»? Deltakerne blir i møtet uten avdeling.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../facilitator/ui/setup/details_tab.py" line="30"/>
        <source>Language of the minutes</source>
        <translation>Språk i referatet</translation>
    </message>
</context>
<context>
    <name>Dimensions</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/report_context.py" line="21"/>
        <source>Execution and effort</source>
        <translation>Gjennomføring og innsats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/report_context.py" line="22"/>
        <source>Leadership and attitude</source>
        <translation>Lederskap og innstilling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/report_context.py" line="23"/>
        <source>Competence — do we have the right one?</source>
        <translation>Kompetanse — har vi den rette?</translation>
    </message>
</context>
<context>
    <name>DotVote</name>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/top_lines_box.py" line="23"/>
        <source>Success</source>
        <translation>Suksess</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/top_lines_box.py" line="24"/>
        <source>Learning</source>
        <translation>Læring</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/top_lines_box.py" line="29"/>
        <source>{rank}. {text} ({group}, {kind} · dots: {dots})</source>
        <translation>{rank}. {text} ({group}, {kind} · prikker: {dots})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="30"/>
        <source>Nobody has voted yet</source>
        <translation>Ingen har stemt ennå</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="31"/>
        <source>Voted so far: {n}</source>
        <translation>Stemt så langt: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="37"/>
        <source>On your phone: give your {dots} dots to the lines that gave the most value</source>
        <translation>På mobilen: gi dine {dots} prikker til linjene som ga mest verdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="40"/>
        <source>On your phone: give your {dots} dots to the lines that gave the most value (up to {n} on one line)</source>
        <translation>På mobilen: gi dine {dots} prikker til linjene som ga mest verdi (opptil {n} på én linje)</translation>
    </message>
</context>
<context>
    <name>DotVoteBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="51"/>
        <source>The room&apos;s dot-vote</source>
        <translation>Rommets prikkavstemning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="54"/>
        <source>After the presentations, the room votes on its phones</source>
        <translation>Etter presentasjonene stemmer rommet på mobilene</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="57"/>
        <source>Dots per phone</source>
        <translation>Prikker per mobil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="61"/>
        <source>Dots one phone may give one line</source>
        <translation>Prikker én mobil kan gi én linje</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="68"/>
        <source>The room&apos;s top lines</source>
        <translation>Rommets viktigste linjer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="74"/>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="76"/>
        <source>at most on one line</source>
        <translation>høyst på én linje</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="131"/>
        <source>Revealed: {n} voted</source>
        <translation>Vist: {n} stemte</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="133"/>
        <source>PageDown after the last presentation opens the vote.</source>
        <translation>PageDown etter siste presentasjon åpner avstemningen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="136"/>
        <source>(hidden until revealed)</source>
        <translation>(skjult til det vises)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/dot_vote_box.py" line="138"/>
        <source>Turn on the room link so that the phones can vote.</source>
        <translation>Slå på romlenken så mobilene kan stemme.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../facilitator/texts.py" line="165"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="167"/>
        <source>{h} h</source>
        <translation>{h} t</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="168"/>
        <source>{h} h {m} min</source>
        <translation>{h} t {m} min</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="51"/>
        <source>E-mail minutes</source>
        <translation>E-post referatet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="59"/>
        <source>Subject: {subject}</source>
        <translation>Emne: {subject}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="100"/>
        <source>{name} (“{address}” is not an address)</source>
        <translation>{name} («{address}» er ikke en adresse)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="107"/>
        <source>No address for: {names}</source>
        <translation>Ingen adresse for: {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="69"/>
        <source>More addresses, separated by commas</source>
        <translation>Flere adresser, skilt med komma</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="70"/>
        <source>Preview PDF</source>
        <translation>Forhåndsvis PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="72"/>
        <source>Open as draft in mail program</source>
        <translation>Åpne som utkast i e-postprogrammet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="75"/>
        <source>Send now…</source>
        <translation>Send nå …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="76"/>
        <source>Mail server…</source>
        <translation>E-postserver …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="77"/>
        <source>Cancel sending</source>
        <translation>Avbryt sendingen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="79"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="112"/>
        <source>Send to:</source>
        <translation>Send til:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="141"/>
        <source>The minutes attached: {size} MB.</source>
        <translation>Referatet som legges ved: {size} MB.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="146"/>
        <source>The flip-chart photos are smaller in the e-mail so that it can be sent; the meeting keeps them as they were taken.</source>
        <translation>Bildene av flippoverne er mindre i e-posten så den kan sendes; møtet beholder dem slik de ble tatt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="164"/>
        <source>Tick at least one person to send the minutes to.</source>
        <translation>Kryss av minst én person som skal få referatet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="177"/>
        <source>The draft is open in your mail program.</source>
        <translation>Utkastet er åpent i e-postprogrammet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="202"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="203"/>
        <source>Password for {user} on {host}:</source>
        <translation>Passord for {user} på {host}:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="216"/>
        <source>Sending to {host}… The countdown keeps running; Cancel stops waiting.</source>
        <translation>Sender til {host} … Nedtellingen går videre; Avbryt slutter å vente.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="226"/>
        <source>Sending cancelled. The message is kept as {path}.</source>
        <translation>Sendingen er avbrutt. Meldingen er tatt vare på som {path}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="245"/>
        <source>the mail server did not answer within {seconds} seconds</source>
        <translation>e-postserveren svarte ikke innen {seconds} sekunder</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="250"/>
        <source>the connection to {host} is not encrypted, so your password was not sent (choose STARTTLS or SSL/TLS under Mail server…, or allow it there for a server in your own network)</source>
        <translation>forbindelsen til {host} er ikke kryptert, så passordet ble ikke sendt (velg STARTTLS eller SSL/TLS under E-postserver …, eller tillat det der for en server i ditt eget nettverk)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="258"/>
        <source>Sending failed: {reason}. The message is kept as {path}; open it in your mail program to send it.</source>
        <translation>Sendingen mislyktes: {reason}. Meldingen er tatt vare på som {path}; åpne den i e-postprogrammet for å sende den.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/minutes/email_dialog.py" line="239"/>
        <source>Sent to %n people.</source>
        <translation>
            <numerusform>Sendt til %n person.</numerusform>
            <numerusform>Sendt til %n personer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlipChartBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="31"/>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="100"/>
        <source>Flip chart</source>
        <translation>Flippover</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="46"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="44"/>
        <source>Successes</source>
        <translation>Suksesser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="45"/>
        <source>Learnings</source>
        <translation>Læring</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="49"/>
        <source>S&amp;uccesses</source>
        <translation>S&amp;uksesser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="49"/>
        <source>&amp;Learnings</source>
        <translation>&amp;Læring</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="78"/>
        <source>Choose a group in the list first</source>
        <translation>Velg en gruppe i listen først</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="79"/>
        <source>New success</source>
        <translation>Ny suksess</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="80"/>
        <source>New learning</source>
        <translation>Ny læring</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="83"/>
        <source>New success of {group}</source>
        <translation>Ny suksess for {group}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="86"/>
        <source>New learning of {group}</source>
        <translation>Ny læring for {group}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="89"/>
        <source>A success of {group}, in keywords</source>
        <translation>En suksess for {group}, i stikkord</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="92"/>
        <source>A learning of {group}, in keywords</source>
        <translation>En læring for {group}, i stikkord</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="100"/>
        <source>Flip chart: {group}</source>
        <translation>Flippover: {group}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart.py" line="129"/>
        <source>Choose the group this goes to first; the text is kept.</source>
        <translation>Velg først gruppen dette hører til; teksten er tatt vare på.</translation>
    </message>
</context>
<context>
    <name>FlipChartController</name>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_controller.py" line="58"/>
        <source>The flip-chart line</source>
        <translation>Linjen på flippoveren</translation>
    </message>
</context>
<context>
    <name>FlipChartPhotos</name>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="67"/>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="75"/>
        <source>Photos of the flip chart</source>
        <translation>Bilder av flippoveren</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="77"/>
        <source>No photo yet: the scribe&apos;s page has a camera button.</source>
        <translation>Ingen bilder ennå: referentens side har en kameraknapp.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="80"/>
        <source>Add photo…</source>
        <translation>Legg til bilde …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="81"/>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="82"/>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="270"/>
        <source>Remove photo</source>
        <translation>Fjern bilde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="84"/>
        <source>On the room&apos;s screen</source>
        <translation>På skjermen i rommet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="89"/>
        <source>While this group presents, the room sees the photo chosen here (PageDown also shows each photo in turn).</source>
        <translation>Mens denne gruppen presenterer, ser rommet bildet som er valgt her (PageDown viser også hvert bilde etter tur).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="143"/>
        <source>Photo {n} of {group}&apos;s flip chart, from the scribe&apos;s phone</source>
        <translation>Bilde {n} av flippoveren til {group}, fra referentens telefon</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="146"/>
        <source>Photo {n} of {group}&apos;s flip chart, added on this laptop</source>
        <translation>Bilde {n} av flippoveren til {group}, lagt til på denne maskinen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="214"/>
        <source>Add a photo of the flip chart</source>
        <translation>Legg til et bilde av flippoveren</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="216"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="228"/>
        <source>“{name}” could not be read.</source>
        <translation>«{name}» kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/flip_chart_photos.py" line="271"/>
        <source>Remove this photo of {group}&apos;s flip chart from the meeting?</source>
        <translation>Fjerne dette bildet av flippoveren til {group} fra møtet?</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/follow_up_box.py" line="25"/>
        <source>Last meeting&apos;s action items: done, not done or moved?</source>
        <translation>Tiltak fra forrige møte: gjort, ikke gjort eller flyttet?</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/follow_up_model.py" line="46"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/follow_up_model.py" line="46"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/follow_up_model.py" line="46"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/follow_up_model.py" line="46"/>
        <source>Followed up</source>
        <translation>Fulgt opp</translation>
    </message>
</context>
<context>
    <name>GoodNewsPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="45"/>
        <source>Speakers</source>
        <translation>Talere</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="45"/>
        <source>Each speaker</source>
        <translation>Hver taler</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="57"/>
        <source>Good news and results, in keywords</source>
        <translation>Gode nyheter og resultater, i stikkord</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="59"/>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="61"/>
        <source>Challenges</source>
        <translation>Utfordringer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="62"/>
        <source>Notes for the selected speaker</source>
        <translation>Notater for valgt taler</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="55"/>
        <source>Good news</source>
        <translation>Gode nyheter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="66"/>
        <source>&amp;Good news</source>
        <translation>&amp;Gode nyheter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="67"/>
        <source>Chall&amp;enges</source>
        <translation>&amp;Utfordringer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="76"/>
        <source>Praise for (who)</source>
        <translation>Ros til (hvem)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="77"/>
        <source>For what</source>
        <translation>For hva</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="78"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="78"/>
        <source>(from)</source>
        <translation>(fra)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="81"/>
        <source>Add shout-out</source>
        <translation>Legg til ros</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="83"/>
        <source>Shout-outs — praise to pass on</source>
        <translation>Ros som skal videreformidles</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="125"/>
        <source>Select the speaker whose good news this is first; it keeps waiting.</source>
        <translation>Velg først taleren som den gode nyheten hører til; den venter så lenge.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="155"/>
        <source>speaking now</source>
        <translation>snakker nå</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/panel.py" line="157"/>
        <source>No speaker selected</source>
        <translation>Ingen taler valgt</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../../facilitator/texts.py" line="79"/>
        <source>missed</source>
        <translation>bommet</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="80"/>
        <source>progress</source>
        <translation>framgang</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="81"/>
        <source>delivered</source>
        <translation>levert</translation>
    </message>
</context>
<context>
    <name>GradePreferences</name>
    <message>
        <location filename="../../facilitator/ui/grade_preferences.py" line="23"/>
        <source>Grade last quarter&apos;s key results 0.0–1.0 beside the percent</source>
        <translation>Gi forrige kvartals nøkkelresultater karakter 0,0–1,0 ved siden av prosenten</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/grade_preferences.py" line="28"/>
        <source>As OKR tools grade: 1.0 is the target reached, 0.7 the usual aim. The grade stands beside the 1–10 self-evaluation, never in its place.</source>
        <translation>Slik OKR-verktøy gir karakter: 1,0 er målet nådd, 0,7 det vanlige siktet. Karakteren står ved siden av egenvurderingen 1–10, aldri i stedet for den.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/grade_preferences.py" line="35"/>
        <source>Yellow (“progress”) from</source>
        <translation>Gul («framgang») fra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/grade_preferences.py" line="37"/>
        <source>green (“delivered”) from</source>
        <translation>grønn («levert») fra</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_controller.py" line="33"/>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_controller.py" line="37"/>
        <source>Group {n}</source>
        <translation>Gruppe {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_controller.py" line="149"/>
        <source>Groups of 3–5 need at least 3 people present; mark who is here on the setup page.</source>
        <translation>Grupper på 3–5 krever minst 3 til stede; marker hvem som er her på oppsettsiden.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_controller.py" line="249"/>
        <source>No groups yet: choose how to split and press Assign.</source>
        <translation>Ingen grupper ennå: velg hvordan de skal deles, og trykk Fordel.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_controller.py" line="252"/>
        <source>{people} people in {groups} groups of {sizes}</source>
        <translation>{people} personer i {groups} grupper på {sizes}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_controller.py" line="258"/>
        <source>not in a group: {names}</source>
        <translation>ikke i en gruppe: {names}</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="68"/>
        <source>Mixed departments</source>
        <translation>Blandede avdelinger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="69"/>
        <source>Random</source>
        <translation>Tilfeldig</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="70"/>
        <source>By department</source>
        <translation>Per avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="71"/>
        <source>Manual (keep locked people)</source>
        <translation>Manuelt (behold låste personer)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="76"/>
        <source>Smallest group size</source>
        <translation>Minste gruppestørrelse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="77"/>
        <source>Largest group size</source>
        <translation>Største gruppestørrelse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="78"/>
        <source>How groups are mixed</source>
        <translation>Hvordan gruppene blandes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="82"/>
        <source>Fresh mixes</source>
        <translation>Nye blandinger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="83"/>
        <source>Avoid pairs who sat together at earlier meetings</source>
        <translation>Unngå par som satt sammen på tidligere møter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="84"/>
        <source>Assign groups</source>
        <translation>Fordel grupper</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="85"/>
        <source>Undo reshuffle</source>
        <translation>Angre ny fordeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="89"/>
        <source>Sizes</source>
        <translation>Størrelser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="104"/>
        <source>Keep apart…</source>
        <translation>Hold fra hverandre …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="105"/>
        <source>Keep together…</source>
        <translation>Hold sammen …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="106"/>
        <source>Clear rules</source>
        <translation>Fjern reglene</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="107"/>
        <source>Add late arrival…</source>
        <translation>Legg til en som kom sent …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="108"/>
        <source>Someone left…</source>
        <translation>Noen gikk …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="109"/>
        <source>Make scribe</source>
        <translation>Gjør til referent</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="110"/>
        <source>Make presenter</source>
        <translation>Gjør til presentatør</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="111"/>
        <source>Lock / unlock</source>
        <translation>Lås / lås opp</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="126"/>
        <source>Groups and their members</source>
        <translation>Gruppene og medlemmene deres</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="132"/>
        <source>Drag people between groups; double-click a group&apos;s name to rename it</source>
        <translation>Dra personer mellom gruppene; dobbeltklikk på et gruppenavn for å endre det</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="145"/>
        <source>Time for group work</source>
        <translation>Tid til gruppearbeid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="150"/>
        <source>Start group work</source>
        <translation>Start gruppearbeidet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="152"/>
        <source>Group work</source>
        <translation>Gruppearbeid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="161"/>
        <source>Presentation round</source>
        <translation>Presentasjonsrunde</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="164"/>
        <source>Each group</source>
        <translation>Hver gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="168"/>
        <source>Start the presentations</source>
        <translation>Start presentasjonene</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_tree.py" line="48"/>
        <source>scribe</source>
        <translation>referent</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_tree.py" line="50"/>
        <source>presenter</source>
        <translation>presentatør</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_tree.py" line="58"/>
        <source>No department</source>
        <translation>Ingen avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_tree.py" line="60"/>
        <source>⚠ {name} has {n} (under 3): merge with {other}.</source>
        <translation>⚠ {name} har {n} (under 3): slå sammen med {other}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_tree.py" line="63"/>
        <source>⚠ {name} has {n} (over 5): split into {k} groups.</source>
        <translation>⚠ {name} har {n} (over 5): del i {k} grupper.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_tree.py" line="70"/>
        <source>apart: {a} / {b}</source>
        <translation>fra hverandre: {a} / {b}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_tree.py" line="75"/>
        <source>together: {a} + {b}</source>
        <translation>sammen: {a} + {b}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_tree.py" line="79"/>
        <source>Rules: </source>
        <translation>Regler: </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="254"/>
        <source>Select a person in a group first.</source>
        <translation>Velg en person i en gruppe først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="262"/>
        <source>Who?</source>
        <translation>Hvem?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="268"/>
        <source>Keep apart</source>
        <translation>Hold fra hverandre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="268"/>
        <source>Keep together</source>
        <translation>Hold sammen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="272"/>
        <source>…and</source>
        <translation>… og</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="280"/>
        <source>The rule applies at the next Assign.</source>
        <translation>Regelen gjelder fra neste fordeling.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="287"/>
        <source>Add late arrival</source>
        <translation>Legg til en som kom sent</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="291"/>
        <source>Everyone present is in a group. Mark a late arrival present on the setup page first.</source>
        <translation>Alle som er til stede, er i en gruppe. Marker den som kom sent som til stede på oppsettsiden først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="300"/>
        <source>Someone left</source>
        <translation>Noen gikk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="367"/>
        <location filename="../../facilitator/ui/blocks/successes_learnings/groups_panel.py" line="384"/>
        <source>Start block 3 first (Space or Start).</source>
        <translation>Start blokk 3 først (mellomrom eller Start).</translation>
    </message>
</context>
<context>
    <name>Inhibitor</name>
    <message>
        <location filename="../../facilitator/ui/run/inhibitor.py" line="48"/>
        <source>An OKR meeting is running</source>
        <translation>Et OKR-møte pågår</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <location filename="../../facilitator/report/invitation.py" line="97"/>
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="101"/>
        <location filename="../../facilitator/report/invitation.py" line="80"/>
        <source>What to prepare</source>
        <translation>Hva du forbereder</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/invitation.py" line="61"/>
        <location filename="../../facilitator/report/invitation.py" line="232"/>
        <source>Cancelled: {company} {quarter} — OKR meeting</source>
        <translation>Avlyst: {company} {quarter} — OKR-møte</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/invitation.py" line="63"/>
        <source>Invitation: {company} {quarter} — OKR meeting</source>
        <translation>Invitasjon: {company} {quarter} — OKR-møte</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/invitation.py" line="110"/>
        <source>Our quarterly OKR meeting ({quarter}) on {when} is cancelled.</source>
        <translation>Det kvartalsvise OKR-møtet vårt ({quarter}) {when} er avlyst.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/invitation.py" line="116"/>
        <source>You are invited to our quarterly OKR meeting ({quarter}) on {when}.</source>
        <translation>Du er invitert til det kvartalsvise OKR-møtet vårt ({quarter}) {when}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/invitation.py" line="122"/>
        <source>Place: {place}</source>
        <translation>Sted: {place}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/invitation.py" line="123"/>
        <location filename="../../facilitator/report/invitation.py" line="177"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/invitation.py" line="129"/>
        <source>The calendar invitation is attached; accepting it puts the meeting in your calendar.</source>
        <translation>Kalenderinvitasjonen er vedlagt; godtar du den, legges møtet i kalenderen din.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/invitation.py" line="157"/>
        <source>{company} {quarter} — OKR meeting</source>
        <translation>{company} {quarter} — OKR-møte</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/invitation.py" line="236"/>
        <source>You are no longer invited to our quarterly OKR meeting ({quarter}) on {when}; this takes it out of your calendar.</source>
        <translation>Du er ikke lenger invitert til vårt kvartalsvise OKR-møte ({quarter}) {when}; denne fjerner det fra kalenderen din.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/invitation_files.py" line="68"/>
        <source>Nobody to invite: no participant has an e-mail address. Add addresses on the Participants tab.</source>
        <translation>Ingen å invitere: ingen deltaker har e-postadresse. Legg til adresser under fanen Deltakere.</translation>
    </message>
</context>
<context>
    <name>KeyResultEditor</name>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="119"/>
        <source>Make it a department objective…</source>
        <translation>Gjør det til et avdelingsmål …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="121"/>
        <source>Delete key result</source>
        <translation>Slett nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="123"/>
        <source>Key result</source>
        <translation>Nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="126"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="127"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="128"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="134"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="135"/>
        <source>Serves company objective</source>
        <translation>Støtter selskapsmål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="173"/>
        <source>Make it measurable: where do we start, where do we want to be, and in what unit?</source>
        <translation>Gjør det målbart: hvor starter vi, hvor vil vi være, og i hvilken enhet?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="177"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../facilitator/ui/run/keys.py" line="135"/>
        <source>Start, pause or resume the block</source>
        <translation>Start, sett på pause eller fortsett blokken</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/keys.py" line="126"/>
        <source>Next step: the next speaker, statement, report or presenter; then the next block. Leaving a block, declaring the quarter closed and ending the meeting ask first: press again to confirm.</source>
        <translation>Neste steg: neste taler, utsagn, rapport eller presentasjon; deretter neste blokk. Å forlate en blokk, erklære kvartalet avsluttet og avslutte møtet spør først: trykk igjen for å bekrefte.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/keys.py" line="132"/>
        <source>Back one step (or one speaker); takes back a question that was asked</source>
        <translation>Ett steg tilbake (eller én taler); trekker tilbake et spørsmål som ble stilt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/keys.py" line="136"/>
        <source>Blank the room&apos;s screen, or show it again</source>
        <translation>Gjør rommets skjerm svart, eller vis den igjen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/keys.py" line="137"/>
        <source>Room&apos;s screen full screen</source>
        <translation>Rommets skjerm i fullskjerm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/keys.py" line="138"/>
        <source>Room&apos;s screen full screen on or off</source>
        <translation>Rommets skjerm i fullskjerm av eller på</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/keys.py" line="139"/>
        <source>Take back a question; otherwise leave full screen</source>
        <translation>Trekk tilbake et spørsmål; ellers gå ut av fullskjerm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/keys.py" line="140"/>
        <source>One minute more</source>
        <translation>Ett minutt mer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/keys.py" line="141"/>
        <source>One minute less</source>
        <translation>Ett minutt mindre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/keys.py" line="142"/>
        <source>“Please wrap up” to the speaker on the room&apos;s screen, or take it back</source>
        <translation>«Rund av nå» til taleren på rommets skjerm, eller ta det bort</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="125"/>
        <source>Opening “{name}”…</source>
        <translation>Åpner «{name}» …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/other_laptops.py" line="86"/>
        <source>The connection to the shared meeting is lost. Your edits stay on this screen; the app reconnects by itself and reads the others&apos; edits again.</source>
        <translation>Forbindelsen til det delte møtet er brutt. Endringene dine blir stående på skjermen; appen kobler til igjen av seg selv og leser de andres endringer på nytt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="276"/>
        <source>{app} — {company} {quarter}</source>
        <translation>{app} — {company} {quarter}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="280"/>
        <source> — shared: {where}</source>
        <translation> — delt: {where}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda_sidebar.py" line="54"/>
        <source>Total {total} · planned end {end}</source>
        <translation>Totalt {total} · planlagt slutt {end}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="284"/>
        <source>{app} — no meeting open</source>
        <translation>{app} — ingen møter åpne</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/window_commands.py" line="132"/>
        <source>About Facilitator</source>
        <translation>Om Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/window_commands.py" line="133"/>
        <source>{app} {version}
Runs a company&apos;s quarterly OKR meeting.</source>
        <translation>{app} {version}
Leder et selskaps kvartalsmøte om OKR.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="70"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt møte …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="73"/>
        <source>&amp;Open meeting…</source>
        <translation>&amp;Åpne møte …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="76"/>
        <source>Open &amp;database…</source>
        <translation>Åpne &amp;database …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="82"/>
        <source>&amp;Export minutes…</source>
        <translation>&amp;Eksporter referat …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="85"/>
        <source>Export &amp;department results…</source>
        <translation>Eksporter &amp;avdelingsresultater …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="87"/>
        <source>Export &amp;workbook…</source>
        <translation>Eksporter &amp;regneark…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="89"/>
        <source>E-&amp;mail minutes…</source>
        <translation>E-&amp;post referatet …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="136"/>
        <source>&amp;Paper size</source>
        <translation>&amp;Papirstørrelse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="139"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="140"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="171"/>
        <source>&amp;Questions from the room…</source>
        <translation>&amp;Spørsmål fra rommet…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="96"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="155"/>
        <source>&amp;Presenter view</source>
        <translation>&amp;Presentasjonsvisning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="159"/>
        <source>Send presenter view &amp;back to its screen</source>
        <translation>Send presentasjonsvisningen &amp;tilbake til sin skjerm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="162"/>
        <source>Presenter &amp;screen</source>
        <translation>Skjerm for &amp;presentasjonsvisning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="164"/>
        <source>&amp;Chime when a block reaches zero</source>
        <translation>&amp;Klokkespill når en blokk når null</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="168"/>
        <source>&amp;Room link…</source>
        <translation>&amp;Romlenke …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="126"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="129"/>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Om Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_commands.py" line="96"/>
        <source>Opening “{where}” in a window of its own…</source>
        <translation>Åpner «{where}» i et eget vindu …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_commands.py" line="98"/>
        <source>Facilitator could not be started again on “{where}”.</source>
        <translation>Facilitator kunne ikke startes på nytt med «{where}».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/window_frame.py" line="46"/>
        <source>Meeting setup</source>
        <translation>Møteoppsett</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/window_frame.py" line="54"/>
        <location filename="../../facilitator/ui/window_frame.py" line="86"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/window_frame.py" line="57"/>
        <source>Opening…</source>
        <translation>Åpner …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/window_frame.py" line="77"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/window_frame.py" line="78"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/window_frame.py" line="79"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
</context>
<context>
    <name>ManagerDelegate</name>
    <message>
        <location filename="../../facilitator/ui/setup/delegates.py" line="48"/>
        <source>(no manager)</source>
        <translation>(ingen leder)</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsFields</name>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="24"/>
        <source>e.g. Nordlys Energi AS</source>
        <translation>f.eks. Nordlys Energi AS</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="28"/>
        <source>e.g. 2026 Q4</source>
        <translation>f.eks. 2026 Q4</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="29"/>
        <source>The quarter this meeting closes, like “2026 Q4”.</source>
        <translation>Kvartalet dette møtet avslutter, som «2026 Q4».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="44"/>
        <source>&amp;Company</source>
        <translation>&amp;Selskap</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="45"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Kvartal</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="46"/>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="47"/>
        <source>&amp;Start time</source>
        <translation>S&amp;tarttid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="48"/>
        <source>&amp;Place</source>
        <translation>S&amp;ted</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/details_fields.py" line="49"/>
        <source>Meeting &amp;leader</source>
        <translation>Møte&amp;leder</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../facilitator/ui/models/meetings_model.py" line="32"/>
        <source>Company</source>
        <translation>Selskap</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/meetings_model.py" line="32"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/meetings_model.py" line="32"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/meetings_model.py" line="32"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../facilitator/messages.py" line="13"/>
        <source>Company</source>
        <translation>Selskap</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="14"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="15"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="16"/>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="17"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="18"/>
        <source>Meeting leader</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="19"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="20"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="21"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="22"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="23"/>
        <source>Praise for</source>
        <translation>Ros til</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="24"/>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="25"/>
        <source>What was said</source>
        <translation>Hva som ble sagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="26"/>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="27"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="28"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="29"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="30"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="31"/>
        <source>Score</source>
        <translation>Poengsum</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="32"/>
        <source>Objective</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="33"/>
        <source>Key result</source>
        <translation>Nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="34"/>
        <source>Number</source>
        <translation>Tall</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="35"/>
        <source>Group name</source>
        <translation>Gruppenavn</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="36"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="45"/>
        <source>{field} must not be empty.</source>
        <translation>{field} kan ikke være tom.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="47"/>
        <source>{field} is too long.</source>
        <translation>{field} er for lang.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="49"/>
        <source>{field}: “{value}” is already in this meeting.</source>
        <translation>{field}: «{value}» finnes allerede i dette møtet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="53"/>
        <source>{field}: {value} is before the meeting; choose a later date.</source>
        <translation>{field}: {value} er før møtet; velg en senere dato.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="57"/>
        <source>{field}: choose one of the meeting&apos;s participants.</source>
        <translation>{field}: velg en av møtets deltakere.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="61"/>
        <source>Score: “{value}” is not a whole number from 1 to 10.</source>
        <translation>Poengsum: «{value}» er ikke et helt tall fra 1 til 10.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="65"/>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» er ikke et tall.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="67"/>
        <source>Quarter: “{value}” is not a quarter; write it like “2026 Q4”.</source>
        <translation>Kvartal: «{value}» er ikke et kvartal; skriv det som «2026 Q4».</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="71"/>
        <source>E-mail: “{value}” is not an e-mail address.</source>
        <translation>E-post: «{value}» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="74"/>
        <source>{field}: “{value}” is not valid.</source>
        <translation>{field}: «{value}» er ikke gyldig.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="90"/>
        <source>“{path}” is not a Facilitator database (not SQLite).</source>
        <translation>«{path}» er ikke en Facilitator-database (ikke SQLite).</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="93"/>
        <source>“{path}” is an SQLite database of another program, not a Facilitator database.</source>
        <translation>«{path}» er en SQLite-database fra et annet program, ikke en Facilitator-database.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="97"/>
        <source>“{path}” is damaged (SQLite&apos;s integrity check failed) and cannot be opened; it was left untouched. Restore it from a backup copy (files ending in .bak beside it).</source>
        <translation>«{path}» er skadet (SQLites integritetskontroll feilet) og kan ikke åpnes; filen er ikke endret. Gjenopprett den fra en sikkerhetskopi (filer som slutter på .bak ved siden av den).</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="117"/>
        <source>“{path}” could not be upgraded to this version; it was left as it was.</source>
        <translation>«{path}» kunne ikke oppgraderes til denne versjonen; filen er latt være som den var.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="121"/>
        <source>The disk that holds “{path}” is full; free some space and try again. Everything saved before is intact.</source>
        <translation>Disken som har «{path}», er full; frigjør litt plass og prøv igjen. Alt som er lagret fra før, er i behold.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="135"/>
        <source>“{path}” is not a database Facilitator can use: give a file, or a PostgreSQL address such as postgresql://name@server/okr.</source>
        <translation>«{path}» er ikke en database Facilitator kan bruke: oppgi en fil eller en PostgreSQL-adresse som postgresql://navn@server/okr.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="140"/>
        <source>The server of “{path}” refused the user name or password. Give the password when asked, or in the PGPASSWORD variable or a .pgpass file; it is never saved by Facilitator.</source>
        <translation>Serveren for «{path}» avviste brukernavnet eller passordet. Oppgi passordet når du blir spurt, eller i variabelen PGPASSWORD eller en .pgpass-fil; Facilitator lagrer det aldri.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="146"/>
        <source>No database server answered at “{path}”. Check the address, the network and that the server is running.</source>
        <translation>Ingen databaseserver svarte på «{path}». Sjekk adressen, nettverket og at serveren kjører.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="151"/>
        <source>The server has no database named in “{path}”; create it first (see the README: a shared meeting).</source>
        <translation>Serveren har ingen database med navnet i «{path}»; opprett den først (se README: et delt møte).</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="156"/>
        <source>The connection to “{path}” is lost; the app keeps trying. The meeting goes on, and the timers, the steps and what you type in reports and OKRs are saved when the connection is back; anything else must be done again then.</source>
        <translation>Forbindelsen til «{path}» er brutt; appen prøver igjen av seg selv. Møtet går videre, og tidtakerne, stegene og det du skriver i rapporter og OKR-er lagres når forbindelsen er tilbake; alt annet må gjøres på nytt da.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="103"/>
        <source>“{path}” is read-only; choose a file or folder you are allowed to change.</source>
        <translation>«{path}» er skrivebeskyttet; velg en fil eller mappe du har lov til å endre.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="106"/>
        <source>“{path}” is locked by another program; close it there and try again.</source>
        <translation>«{path}» er låst av et annet program; lukk den der og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="109"/>
        <source>“{path}” is a folder, not a database file.</source>
        <translation>«{path}» er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="112"/>
        <source>The folder for “{path}” does not exist.</source>
        <translation>Mappen for «{path}» finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="113"/>
        <source>“{path}” was written by a newer version of Facilitator; update the app to open it.</source>
        <translation>«{path}» ble skrevet av en nyere versjon av Facilitator; oppdater appen for å åpne den.</translation>
    </message>
    <message>
        <location filename="../../facilitator/messages.py" line="126"/>
        <source>Saving to “{path}” failed; the last change was not saved.</source>
        <translation>Lagring til «{path}» mislyktes; den siste endringen ble ikke lagret.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../facilitator/report/charts.py" line="73"/>
        <source>Planned minutes</source>
        <translation>Planlagte minutter</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/charts.py" line="74"/>
        <source>Actual minutes</source>
        <translation>Faktiske minutter</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/charts.py" line="78"/>
        <source>{block}: planned {planned} min, took {actual} min</source>
        <translation>{block}: planlagt {planned} min, tok {actual} min</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/charts.py" line="86"/>
        <source>Chart of the agenda&apos;s minutes. {rows}.</source>
        <translation>Diagram over agendaens minutter. {rows}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/charts.py" line="127"/>
        <source>{entity}: {score}</source>
        <translation>{entity}: {score}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/charts.py" line="134"/>
        <source>Chart of the self-evaluation scores (1–10). {scores}.</source>
        <translation>Diagram over egenevalueringens poengsummer (1–10). {scores}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/agenda_document.py" line="70"/>
        <location filename="../../facilitator/report/charts.py" line="94"/>
        <location filename="../../facilitator/report/charts.py" line="128"/>
        <location filename="../../facilitator/report/email_draft.py" line="87"/>
        <location filename="../../facilitator/report/sections_decisions.py" line="115"/>
        <location filename="../../facilitator/report/sections_results.py" line="82"/>
        <location filename="../../facilitator/report/sections_results.py" line="111"/>
        <source>Company</source>
        <translation>Selskap</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/document.py" line="127"/>
        <location filename="../../facilitator/report/sections_meeting.py" line="33"/>
        <source>OKR meeting minutes</source>
        <translation>Referat fra OKR-møte</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/document.py" line="129"/>
        <source>Page {n} of {m}</source>
        <translation>Side {n} av {m}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/document.py" line="194"/>
        <location filename="../../facilitator/report/email_draft.py" line="35"/>
        <source>{company} {quarter} — OKR meeting minutes</source>
        <translation>{company} {quarter} — referat fra OKR-møte</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/document.py" line="198"/>
        <source>Minutes of the quarterly OKR meeting, {date}</source>
        <translation>Referat fra kvartalsmøtet om OKR, {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="47"/>
        <source>{company} {quarter} OKR minutes</source>
        <translation>{company} {quarter} OKR-referat</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="70"/>
        <location filename="../../facilitator/report/invitation.py" line="107"/>
        <source>Hi all,</source>
        <translation>Hei alle sammen,</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="72"/>
        <source>Attached are the minutes of our quarterly OKR meeting on {date}.</source>
        <translation>Vedlagt er referatet fra kvartalsmøtet vårt om OKR {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="113"/>
        <source>Our company OKRs for {quarter}:</source>
        <translation>Selskapets OKR-er for {quarter}:</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="118"/>
        <source>(draft)</source>
        <translation>(utkast)</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="80"/>
        <source>Each department&apos;s own OKRs ({n} objectives) are in the minutes.</source>
        <translation>Avdelingenes egne OKR-er ({n} mål) står i referatet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="86"/>
        <source>Our self-evaluation of the quarter (1–10):</source>
        <translation>Vår egenevaluering av kvartalet (1–10):</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="92"/>
        <source>The quarter was declared closed at {time}.</source>
        <translation>Kvartalet ble erklært avsluttet kl. {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="133"/>
        <source>Action items:</source>
        <translation>Tiltak:</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="140"/>
        <source>due {date}</source>
        <translation>frist {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="99"/>
        <source>Our next OKR meeting is on {date}.</source>
        <translation>Vårt neste OKR-møte er {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/email_draft.py" line="103"/>
        <location filename="../../facilitator/report/invitation.py" line="135"/>
        <location filename="../../facilitator/report/invitation.py" line="242"/>
        <source>Best regards,</source>
        <translation>Vennlig hilsen</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/labels.py" line="44"/>
        <source>Execution and effort</source>
        <translation>Gjennomføring og innsats</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/labels.py" line="45"/>
        <source>Leadership and attitude</source>
        <translation>Lederskap og innstilling</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/labels.py" line="46"/>
        <source>Competence</source>
        <translation>Kompetanse</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="45"/>
        <source>Meeting leader:</source>
        <translation>Møteleder:</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="54"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="58"/>
        <location filename="../../facilitator/report/sections_meeting.py" line="61"/>
        <source>No department</source>
        <translation>Ingen avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="68"/>
        <source>{department} (manager: {manager})</source>
        <translation>{department} (leder: {manager})</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="75"/>
        <location filename="../../facilitator/report/sections_results.py" line="317"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="75"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="84"/>
        <source>Absent:</source>
        <translation>Fraværende:</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="109"/>
        <source>Block</source>
        <translation>Blokk</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="110"/>
        <source>Planned min</source>
        <translation>Planlagt min</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="111"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="112"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="113"/>
        <source>Actual min</source>
        <translation>Faktisk min</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="114"/>
        <source>+/−</source>
        <translation>+/−</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="118"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="131"/>
        <location filename="../../facilitator/report/sections_meeting.py" line="138"/>
        <source>Good news</source>
        <translation>Gode nyheter</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="60"/>
        <location filename="../../facilitator/report/sections_meeting.py" line="137"/>
        <location filename="../../facilitator/report/sections_results.py" line="89"/>
        <location filename="../../facilitator/report/sections_review.py" line="140"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="139"/>
        <source>Challenges</source>
        <translation>Utfordringer</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="147"/>
        <source>Shout-outs — praise to pass on</source>
        <translation>Ros som skal videreformidles</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="158"/>
        <source>Passed on</source>
        <translation>Gitt videre</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="155"/>
        <source>Praise for</source>
        <translation>Ros til</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="156"/>
        <source>For what</source>
        <translation>For hva</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="157"/>
        <location filename="../../facilitator/report/sections_results.py" line="194"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="172"/>
        <source>Vision, mission and values</source>
        <translation>Visjon, misjon og verdier</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="175"/>
        <source>Vision</source>
        <translation>Visjon</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="176"/>
        <source>Mission</source>
        <translation>Misjon</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="177"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_meeting.py" line="184"/>
        <source>Values</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="44"/>
        <source>median {median} (n = {n})</source>
        <translation>median {median} (n = {n})</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="78"/>
        <source>Self-evaluation of the quarter</source>
        <translation>Egenevaluering av kvartalet</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="90"/>
        <source>Score (1–10)</source>
        <translation>Poengsum (1–10)</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="91"/>
        <source>Reported by</source>
        <translation>Rapportert av</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="97"/>
        <source>The room&apos;s own scores</source>
        <translation>Rommets egne poeng</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="70"/>
        <source>Last quarter&apos;s grade</source>
        <translation>Karakter forrige kvartal</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="56"/>
        <source>{score} (after seeing the room&apos;s)</source>
        <translation>{score} (etter å ha sett rommets)</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="118"/>
        <source>Dimension</source>
        <translation>Dimensjon</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="119"/>
        <source>What was good</source>
        <translation>Hva var bra</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="120"/>
        <source>What could be better</source>
        <translation>Hva kunne vært bedre</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="136"/>
        <source>Breakout groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="141"/>
        <source>scribe: {name}</source>
        <translation>referent: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="143"/>
        <source>presenter: {name}</source>
        <translation>presentatør: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="146"/>
        <source>Members:</source>
        <translation>Medlemmer:</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="152"/>
        <source>Successes</source>
        <translation>Suksesser</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="157"/>
        <source>Learnings</source>
        <translation>Læring</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="21"/>
        <source>success</source>
        <translation>suksess</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="22"/>
        <source>learning</source>
        <translation>læring</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="35"/>
        <source>Rank</source>
        <translation>Plass</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="36"/>
        <source>Line of the flip chart</source>
        <translation>Linje fra flippoveren</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="37"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="38"/>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="39"/>
        <source>Phones</source>
        <translation>Mobiler</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="41"/>
        <source>{n} people voted with their phones on every group&apos;s lines.</source>
        <translation>{n} personer stemte med mobilen på alle gruppenes linjer.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="47"/>
        <source>The room&apos;s top learnings</source>
        <translation>Rommets viktigste læringer</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="58"/>
        <source>Questions from the room</source>
        <translation>Spørsmål fra rommet</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="60"/>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="61"/>
        <source>Still open</source>
        <translation>Fortsatt åpne</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_room.py" line="64"/>
        <source>{text} (upvotes: {n})</source>
        <translation>{text} (stemmer: {n})</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="171"/>
        <source>Photo {n} of {count} of the flip chart of {group}</source>
        <translation>Bilde {n} av {count} av flippoveren til {group}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="184"/>
        <source>Closing the quarter</source>
        <translation>Avslutning og oppstart</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="186"/>
        <source>Praise, recognition and feedback</source>
        <translation>Ros, anerkjennelse og tilbakemeldinger</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="188"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="195"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="196"/>
        <source>What was said</source>
        <translation>Hva som ble sagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="204"/>
        <source>Shared reflections</source>
        <translation>Felles refleksjoner</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="254"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="282"/>
        <source>New OKRs for {quarter}</source>
        <translation>Nye OKR-er for {quarter}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="289"/>
        <source>Strategic priorities</source>
        <translation>Strategiske prioriteringer</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="74"/>
        <source>The quarter was declared closed at</source>
        <translation>Kvartalet ble erklært avsluttet</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="216"/>
        <source>(achieved {value})</source>
        <translation>(oppnådd {value})</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="221"/>
        <source>serves: {objective}</source>
        <translation>støtter: {objective}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="232"/>
        <location filename="../../facilitator/report/sections_review.py" line="40"/>
        <source>Owner: {name}</source>
        <translation>Eier: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="238"/>
        <source>Continued from last quarter</source>
        <translation>Videreført fra forrige kvartal</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="241"/>
        <source>Serves company key result: {kr}</source>
        <translation>Støtter selskapets nøkkelresultat: {kr}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="251"/>
        <location filename="../../facilitator/report/sections_review.py" line="65"/>
        <source>Key result</source>
        <translation>Nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="252"/>
        <location filename="../../facilitator/report/sections_review.py" line="66"/>
        <source>Start → target</source>
        <translation>Start → mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="253"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="293"/>
        <location filename="../../facilitator/report/sections_review.py" line="108"/>
        <source>Company OKRs</source>
        <translation>Selskapets OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="310"/>
        <source>Alignment with the company OKRs (recommended about 70 %)</source>
        <translation>Kobling til selskapets OKR-er (anbefalt omtrent 70 %)</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="318"/>
        <source>Objectives</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="319"/>
        <source>Linked to company</source>
        <translation>Knyttet til selskapet</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="320"/>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="331"/>
        <location filename="../../facilitator/report/sections_review.py" line="110"/>
        <source>Department: {name}</source>
        <translation>Avdeling: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="340"/>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="345"/>
        <source>What gave the most value</source>
        <translation>Hva ga mest verdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_results.py" line="350"/>
        <source>What we will do differently or more of</source>
        <translation>Hva vi skal gjøre annerledes eller mer av</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="30"/>
        <source>Draft (not approved yet)</source>
        <translation>Utkast (ikke godkjent ennå)</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="32"/>
        <source>Approved by {name}</source>
        <translation>Godkjent av {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="33"/>
        <source>Approved by {name}, {date}</source>
        <translation>Godkjent av {name}, {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="45"/>
        <source>the room&apos;s consent (0–5): {hands}, n = {n}</source>
        <translation>rommets tilslutning (0–5): {hands}, n = {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="49"/>
        <source>{n} at 0–2</source>
        <translation>{n} på 0–2</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="84"/>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="136"/>
        <source>Company OKRs for {quarter}</source>
        <translation>Selskapets OKR-er for {quarter}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="153"/>
        <source>Objective (owner)</source>
        <translation>Mål (eier)</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="154"/>
        <source>Key results (owner)</source>
        <translation>Nøkkelresultater (eier)</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="155"/>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="89"/>
        <source>The departments set {n} objectives of their own; they follow with the new OKRs.</source>
        <translation>Avdelingene satte {n} egne mål; de følger under de nye OKR-ene.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="101"/>
        <source>Still drafts, not approved: {n} of {total} objectives.</source>
        <translation>Fortsatt utkast, ikke godkjent: {n} av {total} mål.</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="56"/>
        <source>Action items</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="59"/>
        <location filename="../../facilitator/report/sections_review.py" line="139"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="61"/>
        <location filename="../../facilitator/report/sections_review.py" line="141"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="117"/>
        <source>Scores (1–10):</source>
        <translation>Poengsum (1–10):</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_decisions.py" line="123"/>
        <source>Next meeting:</source>
        <translation>Neste møte:</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_review.py" line="33"/>
        <source>grade {grade}</source>
        <translation>karakter {grade}</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_review.py" line="67"/>
        <source>Achieved</source>
        <translation>Oppnådd</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_review.py" line="68"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_review.py" line="76"/>
        <source>Grade</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_review.py" line="96"/>
        <source>Last quarter&apos;s OKRs ({quarter}): the review</source>
        <translation>Forrige kvartals OKR-er ({quarter}): gjennomgangen</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_review.py" line="136"/>
        <source>Last meeting&apos;s action items</source>
        <translation>Tiltak fra forrige møte</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/sections_review.py" line="142"/>
        <source>Followed up</source>
        <translation>Fulgt opp</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/department_document.py" line="70"/>
        <source>{department}: results of the OKR meeting</source>
        <translation>{department}: resultater fra OKR-møtet</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/department_document.py" line="81"/>
        <source>Results of the OKR meeting of {date} ({quarter})</source>
        <translation>Resultater fra OKR-møtet {date} ({quarter})</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/department_document.py" line="90"/>
        <source>Department leader:</source>
        <translation>Avdelingsleder:</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/department_document.py" line="112"/>
        <source>{company} {quarter} {department} OKR results</source>
        <translation>{company} {quarter} {department} OKR-resultater</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="59"/>
        <source>Could not read the meeting</source>
        <translation>Kunne ikke lese møtet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="73"/>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="131"/>
        <source>Export minutes</source>
        <translation>Eksporter referat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="73"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="125"/>
        <source>Writing “{name}”…</source>
        <translation>Skriver «{name}» …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="126"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="106"/>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="156"/>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="94"/>
        <source>Export workbook</source>
        <translation>Eksporter regneark</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="96"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-regneark (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="107"/>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="157"/>
        <source>Could not write “{path}”: {reason}</source>
        <translation>Kunne ikke skrive «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="114"/>
        <source>Workbook exported</source>
        <translation>Regnearket er eksportert</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="115"/>
        <source>The results are saved as “{name}”.</source>
        <translation>Resultatene er lagret som «{name}».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="167"/>
        <source>Minutes exported</source>
        <translation>Referatet er eksportert</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="168"/>
        <source>The minutes are saved as “{name}”. Open them now?</source>
        <translation>Referatet er lagret som «{name}». Åpne det nå?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="184"/>
        <source>Export department results to</source>
        <translation>Eksporter avdelingsresultater til</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="198"/>
        <source>Department results</source>
        <translation>Avdelingsresultater</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="199"/>
        <source>The meeting has no departments.</source>
        <translation>Møtet har ingen avdelinger.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="204"/>
        <source>Department results exported</source>
        <translation>Avdelingsresultater eksportert</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_actions.py" line="205"/>
        <source>{n} PDFs, one per department, are saved in “{folder}”. Open it now?</source>
        <translation>{n} PDF-er, én per avdeling, er lagret i «{folder}». Åpne mappen nå?</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../facilitator/ui/new_meeting_dialog.py" line="21"/>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/new_meeting_dialog.py" line="30"/>
        <source>Carry over participants, departments, vision and values from the company&apos;s last meeting (its OKRs are reviewed in block 2)</source>
        <translation>Ta med deltakere, avdelinger, visjon og verdier fra selskapets forrige møte (OKR-ene derfra gjennomgås i blokk 2)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/new_meeting_dialog.py" line="44"/>
        <source>Create meeting</source>
        <translation>Opprett møte</translation>
    </message>
</context>
<context>
    <name>ObjectiveEditor</name>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="53"/>
        <source>+ Key result</source>
        <translation>+ Nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="54"/>
        <source>Delete objective…</source>
        <translation>Slett mål …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="56"/>
        <source>Objective</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="57"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="58"/>
        <source>Became from company key result</source>
        <translation>Ble til fra selskapets nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="59"/>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="79"/>
        <source>(its own objective)</source>
        <translation>(eget mål)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="89"/>
        <source>Draft: not approved yet</source>
        <translation>Utkast: ikke godkjent ennå</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="90"/>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="94"/>
        <source>Approved by {name} at {time}</source>
        <translation>Godkjent av {name} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="99"/>
        <source>Take back approval</source>
        <translation>Trekk tilbake godkjenningen</translation>
    </message>
</context>
<context>
    <name>OkrController</name>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/controller.py" line="115"/>
        <source>The objective</source>
        <translation>Målet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/controller.py" line="127"/>
        <source>The key result</source>
        <translation>Nøkkelresultatet</translation>
    </message>
</context>
<context>
    <name>OkrPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="84"/>
        <source>Strategic priorities, as the leadership presents them before the company OKRs (they open the new OKRs in the minutes)</source>
        <translation>Strategiske prioriteringer, slik ledelsen legger dem fram før selskapets OKR-er (de innleder de nye OKR-ene i referatet)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="89"/>
        <source>Approve all drafts</source>
        <translation>Godkjenn alle utkast</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="91"/>
        <source>The top leader (the meeting&apos;s leader) approves every objective still a draft.</source>
        <translation>Øverste leder (møtelederen) godkjenner alle mål som fortsatt er utkast.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="94"/>
        <source>New OKRs</source>
        <translation>Nye OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="100"/>
        <source>+ Company objective</source>
        <translation>+ Selskapsmål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="102"/>
        <source>+ Department objective…</source>
        <translation>+ Avdelingsmål …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="106"/>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="121"/>
        <source>How to set good OKRs</source>
        <translation>Slik setter dere gode OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="125"/>
        <source>Leadership presents 3–5 company objectives, each with 2–5 measurable key results. Each department then sets its own; about 70 % of them should connect to the company&apos;s — a company key result can become a department objective.</source>
        <translation>Ledelsen presenterer 3–5 selskapsmål, hvert med 2–5 målbare nøkkelresultater. Hver avdeling setter så sine egne; omtrent 70 % av dem bør knyttes til selskapets — et nøkkelresultat for selskapet kan bli et avdelingsmål.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/editors.py" line="25"/>
        <source>(no owner)</source>
        <translation>(ingen eier)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/controller.py" line="195"/>
        <source>The top leader approves the OKRs: add the meeting&apos;s leader to the participants (setup page) to record the approval.</source>
        <translation>Øverste leder godkjenner OKR-ene: legg møtelederen til blant deltakerne (oppsettsiden) for å registrere godkjenningen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="104"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="105"/>
        <source>OKRs from Excel, LibreOffice or a CSV file</source>
        <translation>OKR-er fra Excel, LibreOffice eller en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="333"/>
        <source>New company objective</source>
        <translation>Nytt selskapsmål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="339"/>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="351"/>
        <source>New department objective</source>
        <translation>Nytt avdelingsmål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="344"/>
        <source>Add departments on the setup page first.</source>
        <translation>Legg til avdelinger på oppsettsiden først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="347"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="358"/>
        <source>New key result</source>
        <translation>Nytt nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="366"/>
        <source>Make it a department objective</source>
        <translation>Gjør det til et avdelingsmål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="377"/>
        <source>Delete objective</source>
        <translation>Slett mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="378"/>
        <source>Delete “{objective}” and its key results?</source>
        <translation>Slette «{objective}» og nøkkelresultatene?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/csv_actions.py" line="66"/>
        <source>“{name}” is not an OKR list: it needs a header row with an objective column.</source>
        <translation>«{name}» er ikke en OKR-liste: den trenger en overskriftsrad med en målkolonne.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/csv_actions.py" line="81"/>
        <source>Imported, but these lines were skipped:</source>
        <translation>Importert, men disse linjene ble hoppet over:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/csv_actions.py" line="86"/>
        <source>Imported the OKRs from “{name}”.</source>
        <translation>Importerte OKR-ene fra «{name}».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/csv_actions.py" line="93"/>
        <source>Export OKRs</source>
        <translation>Eksporter OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/csv_actions.py" line="96"/>
        <source>OKRs {quarter}.csv</source>
        <translation>OKR-er {quarter}.csv</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/csv_actions.py" line="100"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/csv_actions.py" line="112"/>
        <source>Exported to “{name}”.</source>
        <translation>Eksportert til «{name}».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/panel.py" line="80"/>
        <location filename="../../facilitator/ui/blocks/new_okrs/room_screen.py" line="51"/>
        <source>Strategic priorities</source>
        <translation>Strategiske prioriteringer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/room_screen.py" line="31"/>
        <source>Presenter view: timer only</source>
        <translation>Presentasjonsvisning: bare tidtaker</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/room_screen.py" line="32"/>
        <source>Presenter view: company OKRs</source>
        <translation>Presentasjonsvisning: selskapets OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/room_screen.py" line="33"/>
        <source>Presenter view: alignment tree</source>
        <translation>Presentasjonsvisning: koblingstre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/room_screen.py" line="34"/>
        <source>Presenter view: strategic priorities</source>
        <translation>Presentasjonsvisning: strategiske prioriteringer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/room_screen.py" line="43"/>
        <source>Company OKRs for {quarter}</source>
        <translation>Selskapets OKR-er for {quarter}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/room_screen.py" line="56"/>
        <source>How the departments&apos; OKRs support the company&apos;s</source>
        <translation>Slik støtter avdelingenes OKR-er selskapets</translation>
    </message>
</context>
<context>
    <name>Okrs</name>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/files.py" line="30"/>
        <source>Line {line}: {reason}</source>
        <translation>Linje {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/tree.py" line="34"/>
        <source>{statement}  (no numbers yet)</source>
        <translation>{statement}  (ingen tall ennå)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/tree.py" line="57"/>
        <source>{mark} Company objectives: {n} (aim for 3–5)</source>
        <translation>{mark} Selskapsmål: {n} (sikt mot 3–5)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/tree.py" line="66"/>
        <source>⚠ “{objective}” has {n} key result(s) (aim for 2–5)</source>
        <translation>⚠ «{objective}» har {n} nøkkelresultat(er) (sikt mot 2–5)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/tree.py" line="78"/>
        <source>{mark} {department}: {aligned} of {total} objectives linked to the company&apos;s ({share:.0%}; aim for about {aim:.0%})</source>
        <translation>{mark} {department}: {aligned} av {total} mål knyttet til selskapets ({share:.0%}; sikt mot omtrent {aim:.0%})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/tree.py" line="102"/>
        <source>OKRs</source>
        <translation>OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/tree.py" line="105"/>
        <source>{company} (company OKRs for {quarter})</source>
        <translation>{company} (selskapets OKR-er for {quarter})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/tree.py" line="130"/>
        <source>↻ continued</source>
        <translation>↻ videreført</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/tree.py" line="132"/>
        <source>(draft)</source>
        <translation>(utkast)</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="32"/>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="87"/>
        <source>Open database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="34"/>
        <source>A meeting file on this computer</source>
        <translation>En møtefil på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="37"/>
        <source>A shared meeting (PostgreSQL), for several laptops</source>
        <translation>Et delt møte (PostgreSQL), for flere PC-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="45"/>
        <source>meetings.sqlite3</source>
        <translation>moter.sqlite3</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="46"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="61"/>
        <source>used to connect, never saved</source>
        <translation>brukes til å koble til, lagres aldri</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="63"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="64"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="87"/>
        <source>Facilitator databases (*.sqlite3 *.db)</source>
        <translation>Facilitator-databaser (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="98"/>
        <source>Choose a meeting file.</source>
        <translation>Velg en møtefil.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/open_database_dialog.py" line="104"/>
        <source>Write the address as postgresql://name@server/database.</source>
        <translation>Skriv adressen som postgresql://navn@server/database.</translation>
    </message>
</context>
<context>
    <name>OpenMeetingDialog</name>
    <message>
        <location filename="../../facilitator/ui/open_meeting_dialog.py" line="22"/>
        <source>Open meeting</source>
        <translation>Åpne møte</translation>
    </message>
</context>
<context>
    <name>OpenQuestionsBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/open_questions_box.py" line="54"/>
        <source>Open questions from the room</source>
        <translation>Åpne spørsmål fra rommet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/open_questions_box.py" line="58"/>
        <source>Make it an action item</source>
        <translation>Gjør det til et tiltak</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../facilitator/ui/outbox.py" line="30"/>
        <source>No mail program opened the draft; it is saved as {path}.</source>
        <translation>Ingen e-postprogram åpnet utkastet; det er lagret som {path}.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../facilitator/ui/models/participants_model.py" line="113"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/participants_model.py" line="113"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/participants_model.py" line="113"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/participants_model.py" line="113"/>
        <location filename="../../facilitator/ui/models/participants_model.py" line="132"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models/participants_model.py" line="132"/>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="65"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="67"/>
        <source>New participant&apos;s e-mail</source>
        <translation>Ny deltakers e-post</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="69"/>
        <source>E-mail (optional)</source>
        <translation>E-post (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="71"/>
        <source>New participant&apos;s department</source>
        <translation>Ny deltakers avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="76"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="79"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="81"/>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="95"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="115"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="94"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="96"/>
        <source>A list from Excel, LibreOffice or a CSV file</source>
        <translation>En liste fra Excel, LibreOffice eller en CSV-fil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="186"/>
        <source>%n participant(s), {present} present</source>
        <translation>
            <numerusform>%n deltaker, {present} til stede</numerusform>
            <numerusform>%n deltakere, {present} til stede</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="215"/>
        <source>Added {name}.</source>
        <translation>La til {name}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="225"/>
        <source>Select the participants to remove first.</source>
        <translation>Velg deltakerne som skal fjernes, først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="232"/>
        <source>Remove participants</source>
        <translation>Fjern deltakere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="233"/>
        <source>Remove %n participant(s) from this meeting?

{names}</source>
        <translation>
            <numerusform>Fjerne %n deltaker fra møtet?

{names}</numerusform>
            <numerusform>Fjerne %n deltakere fra møtet?

{names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="265"/>
        <source>Importing “{file}”…</source>
        <translation>Importerer «{file}» …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="294"/>
        <source>“{path}” could not be read: {reason}</source>
        <translation>«{path}» kunne ikke leses: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="289"/>
        <source>“{path}” is not a participant list: no rows with a name column were found.</source>
        <translation>«{path}» er ikke en deltakerliste: ingen rader med navnekolonne ble funnet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="63"/>
        <source>New participant&apos;s name</source>
        <translation>Ny deltakers navn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="305"/>
        <source>“{path}” could not be imported ({reason}); nothing was added.</source>
        <translation>«{path}» kunne ikke importeres ({reason}); ingenting ble lagt til.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="313"/>
        <source>Imported %n participant(s) from “{file}”.</source>
        <translation>
            <numerusform>Importerte %n deltaker fra «{file}».</numerusform>
            <numerusform>Importerte %n deltakere fra «{file}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="319"/>
        <source>%n row(s) skipped; see below.</source>
        <translation>
            <numerusform>%n rad hoppet over; se under.</numerusform>
            <numerusform>%n rader hoppet over; se under.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participants_tab.py" line="322"/>
        <source>Line {line}: {reason}</source>
        <translation>Linje {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="48"/>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="52"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="59"/>
        <source>Takes effect the next time Facilitator starts. The minutes follow each meeting&apos;s own language.</source>
        <translation>Gjelder fra neste gang Facilitator starter. Referatet følger hvert møtes eget språk.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="142"/>
        <source>Default minutes for new meetings (0: follow the head count)</source>
        <translation>Standard minutter for nye møter (0: følg antall deltakere)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="117"/>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="149"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="153"/>
        <source>The guide suggests {low}–{high} min.</source>
        <translation>Veiledningen foreslår {low}–{high} min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="123"/>
        <source>Soft chime when a block reaches zero</source>
        <translation>Mykt klokkespill når en blokk når null</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="133"/>
        <source>Off: only the clicker&apos;s keys (PageDown, PageUp, F5, Esc) drive the meeting, so typed letters never do. On: the single keys work wherever focus is on no control that takes them.</source>
        <translation>Av: bare klikkerens taster (PageDown, PageUp, F5, Esc) styrer møtet, så bokstaver du skriver gjør det aldri. På: enkelttastene virker der fokus ikke står i et felt eller en kontroll som tar dem.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="93"/>
        <source>Any screen but the laptop&apos;s</source>
        <translation>En annen skjerm enn den bærbare</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="99"/>
        <source>{name} (not connected)</source>
        <translation>{name} (ikke tilkoblet)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="103"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="104"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="109"/>
        <source>Mail server…</source>
        <translation>E-postserver …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="71"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="73"/>
        <source>Warn in the last</source>
        <translation>Varsle de siste</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="74"/>
        <source>…or the last share of a block</source>
        <translation>… eller den siste andelen av en blokk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="77"/>
        <source>Presenter view on</source>
        <translation>Presentasjonsvisning på</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="78"/>
        <source>Paper for the minutes</source>
        <translation>Papir for referatet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="80"/>
        <source>OKR grades</source>
        <translation>OKR-karakterer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="82"/>
        <source>Sending e-mail</source>
        <translation>Sende e-post</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="127"/>
        <source>Single-key shortcuts: Space, B, &apos;.&apos;, F, W, + and − drive the meeting</source>
        <translation>Enkelttaster: mellomrom, B, «.», F, W, + og − styrer møtet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/preferences_dialog.py" line="174"/>
        <source>Not set up (drafts open in your mail program)</source>
        <translation>Ikke satt opp (utkast åpnes i e-postprogrammet)</translation>
    </message>
</context>
<context>
    <name>Preparation</name>
    <message>
        <location filename="../../facilitator/texts.py" line="172"/>
        <source>Last quarter&apos;s company results: each key result&apos;s achieved value</source>
        <translation>Selskapets resultater forrige kvartal: oppnådd verdi for hvert nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="175"/>
        <source>The vision, mission and values, to repeat in block 2</source>
        <translation>Visjon, misjon og verdier, som gjentas i blokk 2</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="178"/>
        <source>The strategic priorities for the coming quarter</source>
        <translation>De strategiske prioriteringene for kommende kvartal</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="181"/>
        <source>A draft of next quarter&apos;s 3–5 company objectives with key results</source>
        <translation>Et utkast til neste kvartals 3–5 selskapsmål med nøkkelresultater</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="184"/>
        <source>The department&apos;s results on last quarter&apos;s OKRs</source>
        <translation>Avdelingens resultater på forrige kvartals OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="187"/>
        <source>The self-evaluation: a score from 1 to 10, and what went well and could be better on execution, leadership and competence</source>
        <translation>Egenevalueringen: en karakter fra 1 til 10, og hva som gikk bra og kunne vært bedre på gjennomføring, ledelse og kompetanse</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="192"/>
        <source>A draft of the department&apos;s OKRs for next quarter</source>
        <translation>Et utkast til avdelingens OKR-er for neste kvartal</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="195"/>
        <source>One piece of good news related to our OKRs since last time</source>
        <translation>Én god nyhet knyttet til OKR-ene våre siden sist</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="198"/>
        <source>One challenge you have met</source>
        <translation>Én utfordring du har møtt</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="202"/>
        <source>Top leader</source>
        <translation>Øverste leder</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="203"/>
        <source>Department leaders</source>
        <translation>Avdelingsledere</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="204"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>PreparationTab</name>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="51"/>
        <source>What each person prepares, as the guide asks. The invitation tells everyone their part; tick each item off when the person says it is ready.</source>
        <translation>Hva hver enkelt forbereder, slik veilederen ber om. Invitasjonen forteller alle hva de skal gjøre; kryss av hvert punkt når personen sier det er klart.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="58"/>
        <source>Preparation checklist</source>
        <translation>Sjekkliste for forberedelser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="65"/>
        <source>Invitation e-mail…</source>
        <translation>Invitasjon på e-post …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="68"/>
        <source>Opens an e-mail to every participant in your mail program, with the agenda, what each person prepares and a calendar invitation.</source>
        <translation>Åpner en e-post til alle deltakerne i e-postprogrammet ditt, med dagsordenen, hva hver enkelt forbereder og en kalenderinvitasjon.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="72"/>
        <source>Save calendar file…</source>
        <translation>Lagre kalenderfil …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="73"/>
        <source>Cancel the meeting…</source>
        <translation>Avlys møtet …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="74"/>
        <source>Print agenda…</source>
        <translation>Skriv ut dagsorden …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="173"/>
        <source>{done} of {total} items prepared</source>
        <translation>{done} av {total} punkter forberedt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="180"/>
        <source>No invitation sent yet.</source>
        <translation>Ingen invitasjon er sendt ennå.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="182"/>
        <source>The meeting was cancelled in the calendars.</source>
        <translation>Møtet er avlyst i kalenderne.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="184"/>
        <source>Invitation sent (version {n}).</source>
        <translation>Invitasjon sendt (versjon {n}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="221"/>
        <source>Who sends the invitation?</source>
        <translation>Hvem sender invitasjonen?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="222"/>
        <source>The leader has no e-mail address on the participant list. Your address:</source>
        <translation>Møtelederen har ingen e-postadresse i deltakerlisten. Din adresse:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="242"/>
        <source>The invitation is open in your mail program.</source>
        <translation>Invitasjonen er åpnet i e-postprogrammet ditt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="251"/>
        <source>The invitation is open in your mail program, and a cancellation for those no longer invited beside it.</source>
        <translation>Invitasjonen er åpen i e-postprogrammet ditt, og en avlysning til dem som ikke lenger er invitert, ved siden av.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="262"/>
        <source>Cancel the meeting</source>
        <translation>Avlys møtet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="264"/>
        <source>Write an e-mail that removes the meeting from everyone&apos;s calendar? Nothing in the meeting itself is deleted.</source>
        <translation>Skrive en e-post som fjerner møtet fra alles kalender? Ingenting i selve møtet slettes.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="280"/>
        <source>Save calendar file</source>
        <translation>Lagre kalenderfil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="280"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="289"/>
        <source>Saved as {path}.</source>
        <translation>Lagret som {path}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="300"/>
        <source>Print agenda</source>
        <translation>Skriv ut dagsorden</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="300"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="332"/>
        <source>Could not write “{path}”: {reason}</source>
        <translation>Kunne ikke skrive «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/preparation_tab.py" line="311"/>
        <source>The agenda is saved as {path}.</source>
        <translation>Dagsordenen er lagret som {path}.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="64"/>
        <source>Facilitator — presenter view</source>
        <translation>Facilitator — presentasjonsvisning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/room_link_codes.py" line="43"/>
        <source>The meeting on your phone</source>
        <translation>Møtet på mobilen din</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="224"/>
        <source>{number}/{count} · {title}</source>
        <translation>{number}/{count} · {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="167"/>
        <location filename="../../facilitator/web/room.py" line="55"/>
        <source>Thank you</source>
        <translation>Takk</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="233"/>
        <source>Back at {time}</source>
        <translation>Tilbake kl. {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="190"/>
        <source>Starts at {time}</source>
        <translation>Starter {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="235"/>
        <source>+{time} over time</source>
        <translation>+{time} over tiden</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="241"/>
        <source>Last minute</source>
        <translation>Siste minutt</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="242"/>
        <source>Last {n} minutes</source>
        <translation>Siste {n} minutter</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="244"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="245"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="247"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="254"/>
        <source>Next: {title}</source>
        <translation>Neste: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="253"/>
        <source>Last block</source>
        <translation>Siste blokk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/presenter_window.py" line="187"/>
        <source>Projected end {time}</source>
        <translation>Forventet slutt {time}</translation>
    </message>
</context>
<context>
    <name>QuestionsWindow</name>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="31"/>
        <source>Questions from the room</source>
        <translation>Spørsmål fra rommet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="34"/>
        <source>Open now (blocks 2 and 6 open them by themselves)</source>
        <translation>Åpne nå (blokk 2 og 6 åpner dem selv)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="37"/>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="41"/>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="42"/>
        <source>Dismiss</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="44"/>
        <source>On the room&apos;s screen</source>
        <translation>På rommets skjerm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="47"/>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="48"/>
        <source>Make an action item</source>
        <translation>Gjør til tiltak</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="75"/>
        <source>waiting for you</source>
        <translation>venter på deg</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="76"/>
        <source>on the phones</source>
        <translation>på mobilene</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="77"/>
        <source>answered</source>
        <translation>besvart</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="78"/>
        <source>dismissed</source>
        <translation>avvist</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="80"/>
        <source>on the room&apos;s screen</source>
        <translation>på rommets skjerm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="81"/>
        <source>{votes} ▲  {text}  ({state}{screen})</source>
        <translation>{votes} ▲  {text}  ({state}{screen})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/questions_window.py" line="96"/>
        <source>Waiting for you: {n}</source>
        <translation>Venter på deg: {n}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../facilitator/ui/records/record_panel.py" line="138"/>
        <location filename="../../facilitator/ui/records/record_panel.py" line="264"/>
        <location filename="../../facilitator/ui/records/record_panel.py" line="267"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/records/record_panel.py" line="139"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/records/record_panel.py" line="261"/>
        <source>Select what to remove first.</source>
        <translation>Velg det som skal fjernes, først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/records/record_panel.py" line="272"/>
        <source>Removed. Press Ctrl+Z to bring it back.</source>
        <translation>Fjernet. Trykk Ctrl+Z for å få det tilbake.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="200"/>
        <source>Every report is in</source>
        <translation>Alle rapportene er inne</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="207"/>
        <source>Reporting now ({n} of {count})</source>
        <translation>Rapporterer nå ({n} av {count})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="219"/>
        <source>Their own score</source>
        <translation>Egen poengsum</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="220"/>
        <source>The room&apos;s median</source>
        <translation>Rommets median</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="247"/>
        <source>Last quarter&apos;s key results: grade {grade}</source>
        <translation>Forrige kvartals nøkkelresultater: karakter {grade}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/presenter/content.py" line="259"/>
        <source>and %n more objective(s)</source>
        <translation>
            <numerusform>og %n mål til</numerusform>
            <numerusform>og %n mål til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../facilitator/texts.py" line="60"/>
        <source>Achieved</source>
        <translation>Oppnådd</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="61"/>
        <source>Continued</source>
        <translation>Videreført</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="62"/>
        <source>Dropped</source>
        <translation>Droppet</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="65"/>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="66"/>
        <source>Not done</source>
        <translation>Ikke gjort</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="67"/>
        <source>Moved to this quarter</source>
        <translation>Flyttet til dette kvartalet</translation>
    </message>
</context>
<context>
    <name>ReviewBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="40"/>
        <source>Last quarter&apos;s OKRs</source>
        <translation>Forrige kvartals OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="71"/>
        <source>No OKRs from last quarter here yet. On a company&apos;s first meeting, add them by hand or import the OKR file (with its “achieved” column).</source>
        <translation>Ingen OKR-er fra forrige kvartal her ennå. På selskapets første møte legger du dem inn for hånd eller importerer OKR-filen (med kolonnen «achieved»/«oppnådd»).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="79"/>
        <source>+ Objective</source>
        <translation>+ Mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="80"/>
        <source>+ Key result</source>
        <translation>+ Nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="81"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="82"/>
        <source>Import last quarter…</source>
        <translation>Importer forrige kvartal …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="83"/>
        <source>From Excel, LibreOffice or a CSV file, with what each key result achieved.</source>
        <translation>Fra Excel, LibreOffice eller en CSV-fil, med det hvert nøkkelresultat oppnådde.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="178"/>
        <source>Remove objective</source>
        <translation>Fjern mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="179"/>
        <source>Remove “{objective}” and its key results from last quarter?</source>
        <translation>Fjerne «{objective}» og nøkkelresultatene fra forrige kvartal?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="212"/>
        <source>“{name}” is not an OKR list this app can read.</source>
        <translation>«{name}» er ikke en OKR-liste appen kan lese.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_box.py" line="232"/>
        <source>Line {line}: {reason}</source>
        <translation>Linje {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_model.py" line="117"/>
        <source>Last quarter&apos;s objective / key result</source>
        <translation>Forrige kvartals mål / nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_model.py" line="118"/>
        <source>Start → target</source>
        <translation>Start → mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_model.py" line="119"/>
        <source>Achieved</source>
        <translation>Oppnådd</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_model.py" line="120"/>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_model.py" line="121"/>
        <source>Grade</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_model.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_model.py" line="292"/>
        <source>Changed on another laptop to “{theirs}” while you edited it; yours (“{yours}”) was not saved. Type it again to replace theirs.</source>
        <translation>Endret på en annen PC til «{theirs}» mens du redigerte; din («{yours}») ble ikke lagret. Skriv den inn igjen for å erstatte deres.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_model.py" line="363"/>
        <source>New objective</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/review_model.py" line="378"/>
        <source>New key result</source>
        <translation>Nytt nøkkelresultat</translation>
    </message>
</context>
<context>
    <name>RoomLink</name>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link.py" line="44"/>
        <source>this computer only (for testing)</source>
        <translation>bare denne maskinen (for testing)</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room.py" line="34"/>
        <source>Waiting for the meeting to start</source>
        <translation>Venter på at møtet skal starte</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="106"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Forbindelsen brutt, kobler til igjen …</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="107"/>
        <source>Your own score for {title}&apos;s quarter (1–10)</source>
        <translation>Din egen poengsum for kvartalet til {title} (1–10)</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="108"/>
        <source>Thank you: you gave {score}. Tap again to change it.</source>
        <translation>Takk: du ga {score}. Trykk igjen for å endre.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="109"/>
        <source>Fist to five: how far do you back “{title}”? 0 = I cannot, 5 = fully</source>
        <translation>Fist to five: hvor mye står du bak «{title}»? 0 = ikke, 5 = helt</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="112"/>
        <source>Thank you: you showed {score}. Tap again to change it.</source>
        <translation>Takk: du viste {score}. Trykk igjen for å endre.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="115"/>
        <source>Send good news or a shout-out</source>
        <translation>Send en god nyhet eller en hilsen</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="116"/>
        <source>Good news</source>
        <translation>God nyhet</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="117"/>
        <source>Shout-out</source>
        <translation>Hilsen</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="118"/>
        <source>Praise for (who)</source>
        <translation>Ros til (hvem)</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="119"/>
        <source>What happened</source>
        <translation>Hva skjedde</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="120"/>
        <source>Your name (optional)</source>
        <translation>Navnet ditt (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="121"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="122"/>
        <source>Sent: the leader will take it into the meeting.</source>
        <translation>Sendt: møtelederen tar det inn i møtet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="123"/>
        <source>Sending is open during the good-news block.</source>
        <translation>Du kan sende mens runden med gode nyheter pågår.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="125"/>
        <source>Make it shorter, please.</source>
        <translation>Gjør det kortere, takk.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="137"/>
        <source>Vote on the lines that gave the most value</source>
        <translation>Stem på linjene som ga mest verdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="138"/>
        <source>Tap a line to give it a dot; tap it again to take the dot back.</source>
        <translation>Trykk på en linje for å gi den en prikk; trykk igjen for å ta prikken tilbake.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="141"/>
        <source>Use + and − to give a line up to {n} dots or take them back.</source>
        <translation>Bruk + og − for å gi en linje opptil {n} prikker eller ta dem tilbake.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="144"/>
        <source>Dots left: {n} of {count}</source>
        <translation>Prikker igjen: {n} av {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="145"/>
        <source>Saved. You can change your dots until the vote closes.</source>
        <translation>Lagret. Du kan endre prikkene til avstemningen lukkes.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="148"/>
        <source>Success</source>
        <translation>Suksess</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="149"/>
        <source>Learning</source>
        <translation>Læring</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="150"/>
        <source>Give a dot to: {line}</source>
        <translation>Gi en prikk til: {line}</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="151"/>
        <source>Take a dot back from: {line}</source>
        <translation>Ta en prikk tilbake fra: {line}</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="152"/>
        <source>You have no dots left: take one back first.</source>
        <translation>Du har ingen prikker igjen: ta en tilbake først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="153"/>
        <source>That line has all the dots it may take from you.</source>
        <translation>Den linjen har alle prikkene den kan få fra deg.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="154"/>
        <source>That line is no longer in the vote: reload the page.</source>
        <translation>Den linjen er ikke lenger med i avstemningen: last inn siden på nytt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="155"/>
        <source>The vote is closed.</source>
        <translation>Avstemningen er lukket.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="162"/>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="163"/>
        <source>Your question (the leader sees it first)</source>
        <translation>Ditt spørsmål (møteleder ser det først)</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="164"/>
        <source>Ask</source>
        <translation>Spør</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="165"/>
        <source>Sent: the leader will put it in the list.</source>
        <translation>Sendt: møteleder tar det inn i listen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="166"/>
        <source>Questions are closed just now.</source>
        <translation>Spørsmål er stengt akkurat nå.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="167"/>
        <source>Me too: {question}</source>
        <translation>Jeg også: {question}</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="168"/>
        <source>{n} ▲</source>
        <translation>{n} ▲</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="169"/>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="170"/>
        <source>On the screen now</source>
        <translation>På skjermen nå</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="171"/>
        <source>That question is no longer in the list.</source>
        <translation>Det spørsmålet er ikke lenger i listen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="179"/>
        <source>Photograph the flip chart</source>
        <translation>Ta bilde av flippoveren</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="180"/>
        <source>Photos of the flip chart</source>
        <translation>Bilder av flippoveren</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="181"/>
        <source>Sending the photo…</source>
        <translation>Sender bildet …</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="182"/>
        <source>The photo is on the laptop.</source>
        <translation>Bildet er på møteleders maskin.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="183"/>
        <source>Remove this photo</source>
        <translation>Fjern dette bildet</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="184"/>
        <source>Photo {n} of the flip chart</source>
        <translation>Bilde {n} av flippoveren</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="188"/>
        <source>That photo is over 25 MB; take it again smaller.</source>
        <translation>Bildet er over 25 MB; ta det på nytt i mindre størrelse.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="189"/>
        <source>That picture is too large to take.</source>
        <translation>Bildet er for stort til å tas imot.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="190"/>
        <source>That photo is damaged or cut off; take it again.</source>
        <translation>Bildet er skadet eller avkuttet; ta det på nytt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="191"/>
        <source>That file holds something besides a photo; take the photo again.</source>
        <translation>Filen inneholder noe annet enn et bilde; ta bildet på nytt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="194"/>
        <source>This group has all the photos it can keep; remove one first.</source>
        <translation>Gruppen har så mange bilder som kan lagres; fjern ett først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="204"/>
        <source>A success, in keywords</source>
        <translation>En suksess, i stikkord</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="205"/>
        <source>A learning, in keywords</source>
        <translation>En læring, i stikkord</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="206"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="124"/>
        <location filename="../../facilitator/web/room_rules.py" line="209"/>
        <source>Type something first.</source>
        <translation>Skriv noe først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="97"/>
        <location filename="../../facilitator/web/room_rules.py" line="203"/>
        <source>en</source>
        <translation>nb</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="98"/>
        <source>{n} min left</source>
        <translation>{n} min igjen</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="99"/>
        <source>1 min left</source>
        <translation>1 min igjen</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="100"/>
        <source>{n} min over time</source>
        <translation>{n} min over tiden</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="101"/>
        <source>last minutes</source>
        <translation>siste minutter</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="102"/>
        <source>paused</source>
        <translation>på pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="103"/>
        <source>Time left</source>
        <translation>Tid igjen</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="104"/>
        <source>Your score</source>
        <translation>Din poengsum</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="105"/>
        <source>What you send</source>
        <translation>Hva du sender</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="185"/>
        <source>That is not a photo: send a JPEG, PNG, WebP or HEIC picture.</source>
        <translation>Det er ikke et bilde: send et JPEG-, PNG-, WebP- eller HEIC-bilde.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="207"/>
        <source>Add the success</source>
        <translation>Legg til suksessen</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="208"/>
        <source>Add the learning</source>
        <translation>Legg til læringen</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="210"/>
        <source>That is more than one line of a flip chart; shorten it.</source>
        <translation>Det er mer enn én linje på et flippover-ark; gjør det kortere.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="211"/>
        <source>This flip chart is full.</source>
        <translation>Dette flippover-arket er fullt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="126"/>
        <location filename="../../facilitator/web/room_rules.py" line="212"/>
        <source>Slow down a little, then try again.</source>
        <translation>Vent litt, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="127"/>
        <location filename="../../facilitator/web/room_rules.py" line="213"/>
        <source>The laptop cannot be reached; your text is kept, try again.</source>
        <translation>Får ikke kontakt med den bærbare; teksten din er beholdt, prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="216"/>
        <source>This link no longer works: the groups were changed or the link turned off.</source>
        <translation>Denne lenken virker ikke lenger: gruppene ble endret eller lenken slått av.</translation>
    </message>
    <message>
        <location filename="../../facilitator/web/room_rules.py" line="130"/>
        <location filename="../../facilitator/web/room_rules.py" line="219"/>
        <source>That did not work; try again.</source>
        <translation>Det gikk ikke; prøv igjen.</translation>
    </message>
</context>
<context>
    <name>RoomLinkDialog</name>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="40"/>
        <source>Room link</source>
        <translation>Romlenke</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="45"/>
        <source>Everyone in the room opens the meeting&apos;s live timer on their phone; each group&apos;s scribe types the group&apos;s flip chart. Phones must be on the same network as this laptop. Turning the link off ends every link.</source>
        <translation>Alle i rommet åpner møtets levende nedtelling på mobilen; hver gruppes referent skriver gruppens flippover. Mobilene må være på samme nettverk som denne maskinen. Når romlenken slås av, slutter alle lenker å virke.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="61"/>
        <source>Network address</source>
        <translation>Nettverksadresse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="62"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="103"/>
        <source>Copy address</source>
        <translation>Kopier adressen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="104"/>
        <source>Show on the room&apos;s screen</source>
        <translation>Vis på rommets skjerm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="109"/>
        <source>For a TV or a second screen: it shows the timer and cannot send anything.</source>
        <translation>For en TV eller en skjerm til: den viser nedtellingen og kan ikke sende noe.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="111"/>
        <source>For everyone&apos;s phone: the timer, their score, good news</source>
        <translation>For alles mobil: nedtellingen, egen poengsum, gode nyheter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="82"/>
        <source>Every group&apos;s code on the room&apos;s screen</source>
        <translation>Alle gruppenes koder på rommets skjerm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="84"/>
        <source>Scribe page of a group</source>
        <translation>Referentside for en gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="143"/>
        <source>Turn the room link off</source>
        <translation>Slå av romlenken</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="143"/>
        <source>Turn it on</source>
        <translation>Slå den på</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="149"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="153"/>
        <source>A screen that only shows the timer: {url}</source>
        <translation>En skjerm som bare viser nedtellingen: {url}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="167"/>
        <source>No groups yet (block 3 makes them)</source>
        <translation>Ingen grupper ennå (blokk 3 lager dem)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="187"/>
        <source>The link cannot use {host}:{port}: {reason}. Try another port.</source>
        <translation>Lenken kan ikke bruke {host}:{port}: {reason}. Prøv en annen port.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_link/room_link_dialog.py" line="200"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>RoomMessagesBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/room_messages_box.py" line="31"/>
        <source>Take into the meeting</source>
        <translation>Ta inn i møtet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/room_messages_box.py" line="32"/>
        <source>Dismiss</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/room_messages_box.py" line="54"/>
        <source>From the phones, waiting: {n}</source>
        <translation>Fra mobilene, venter: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/room_messages_box.py" line="66"/>
        <source>Shout-out to {who}: {what}</source>
        <translation>Hilsen til {who}: {what}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/room_messages_box.py" line="69"/>
        <source>Good news: {what}</source>
        <translation>God nyhet: {what}</translation>
    </message>
</context>
<context>
    <name>RoomScores</name>
    <message>
        <location filename="../../facilitator/texts.py" line="104"/>
        <source>The room agrees</source>
        <translation>Rommet er enig</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="107"/>
        <source>The room sees it {n} lower</source>
        <translation>Rommet ser det {n} lavere</translation>
    </message>
    <message>
        <location filename="../../facilitator/texts.py" line="108"/>
        <source>The room sees it {n} higher</source>
        <translation>Rommet ser det {n} høyere</translation>
    </message>
</context>
<context>
    <name>RoomScoresRow</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/room_scores_row.py" line="24"/>
        <source>The room: n = {n} (hidden until revealed)</source>
        <translation>Rommet: n = {n} (skjult til de vises)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/room_scores_row.py" line="33"/>
        <source>The room: no scores yet</source>
        <translation>Rommet: ingen poeng ennå</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/room_scores_row.py" line="35"/>
        <source>The room: median {median} ({low}–{high}), n = {n}</source>
        <translation>Rommet: median {median} ({low}–{high}), n = {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/room_scores_row.py" line="67"/>
        <location filename="../../facilitator/ui/blocks/okr_reporting/room_scores_row.py" line="98"/>
        <source>Let the room score</source>
        <translation>La rommet gi poeng</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/room_scores_row.py" line="71"/>
        <source>Everyone gives their own score on this quarter from their phone (anonymous, one per phone); the room link must be on.</source>
        <translation>Alle gir sin egen poengsum for dette kvartalet fra mobilen (anonymt, én per mobil); romlenken må være på.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/room_scores_row.py" line="77"/>
        <source>How many gave 1, 2, … 10</source>
        <translation>Hvor mange ga 1, 2, … 10</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/room_scores_row.py" line="78"/>
        <source>Reveal</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/room_scores_row.py" line="82"/>
        <source>Show the room&apos;s scores beside the reporter&apos;s, here and on the room&apos;s screen (PageDown does it too); until then only the count is shown.</source>
        <translation>Vis rommets poeng ved siden av rapportørens, her og på rommets skjerm (PageDown gjør det også); til da vises bare antallet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/room_scores_row.py" line="98"/>
        <source>Stop the room&apos;s scoring</source>
        <translation>Stopp rommets poenggiving</translation>
    </message>
</context>
<context>
    <name>RoomVoice</name>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/room_voice.py" line="18"/>
        <source>The room&apos;s top learnings</source>
        <translation>Rommets viktigste læringer</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <location filename="../../facilitator/ui/run/prompts.py" line="42"/>
        <source>The app was away for about {n} min (the laptop slept?). Did the block keep running in the room?</source>
        <translation>Appen var borte i omtrent {n} min (sov maskinen?). Fortsatte blokken i rommet?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/prompts.py" line="24"/>
        <source>It kept running</source>
        <translation>Den fortsatte</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/prompts.py" line="26"/>
        <source>Pause it for that time</source>
        <translation>Sett den på pause for den tiden</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="70"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="71"/>
        <location filename="../../facilitator/ui/run/run_page.py" line="178"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="72"/>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="73"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="74"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="75"/>
        <source>Restart block</source>
        <translation>Start blokken på nytt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="76"/>
        <source>Rebalance</source>
        <translation>Juster resten</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="78"/>
        <source>Shorten the blocks still to come, each within its range, to end on time.</source>
        <translation>Forkort blokkene som gjenstår, hver innenfor sitt spenn, for å slutte i tide.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="80"/>
        <source>Presenter view</source>
        <translation>Presentasjonsvisning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="146"/>
        <source>Now: {title} · then {number}/{count} · {block}</source>
        <translation>Nå: {title} · så {number}/{count} · {block}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="153"/>
        <source>Now: {number}/{count} · {title}</source>
        <translation>Nå: {number}/{count} · {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="158"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="203"/>
        <source>Not started — press Space or Start</source>
        <translation>Ikke startet — trykk mellomrom eller Start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="200"/>
        <source>Over time</source>
        <translation>Over tiden</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="201"/>
        <source>Last minutes</source>
        <translation>Siste minutter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="201"/>
        <source>Running</source>
        <translation>Går</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="195"/>
        <location filename="../../facilitator/ui/run/run_page.py" line="204"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="205"/>
        <source>The meeting is over</source>
        <translation>Møtet er over</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="194"/>
        <source>{state} — back at {time}</source>
        <translation>{state} — tilbake kl. {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="195"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="174"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="176"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="209"/>
        <source>Now: {step}</source>
        <translation>Nå: {step}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="242"/>
        <source>{n} min later than planned</source>
        <translation>{n} min senere enn planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="244"/>
        <source>{n} min earlier than planned</source>
        <translation>{n} min tidligere enn planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="246"/>
        <source>as planned</source>
        <translation>som planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="247"/>
        <source>The meeting ended at {time}, {late}</source>
        <translation>Møtet sluttet {time}, {late}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="254"/>
        <source>The meeting starts at {start}; planned end {end}</source>
        <translation>Møtet starter {start}; planlagt slutt {end}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="258"/>
        <source>{n} min behind</source>
        <translation>{n} min bak</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="260"/>
        <source>{n} min ahead</source>
        <translation>{n} min foran</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="262"/>
        <source>On time</source>
        <translation>I rute</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/run_page.py" line="263"/>
        <source>{lead} — projected end {time}</source>
        <translation>{lead} — forventet slutt {time}</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationsController</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_controller.py" line="96"/>
        <source>The score</source>
        <translation>Poengsummen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_controller.py" line="105"/>
        <source>Who reports</source>
        <translation>Hvem som rapporterer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_controller.py" line="115"/>
        <source>The note</source>
        <translation>Notatet</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationsPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="76"/>
        <source>Reporting order</source>
        <translation>Rapporteringsrekkefølge</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="79"/>
        <source>Each report</source>
        <translation>Hver rapport</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="83"/>
        <source>Start the reports</source>
        <translation>Start rapporteringen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="86"/>
        <source>After the vision and values: the company reports first, then each department; → moves to the next report.</source>
        <translation>Etter visjon og verdier: selskapet rapporterer først, deretter hver avdeling; → går til neste rapport.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="106"/>
        <source>Reported by</source>
        <translation>Rapportert av</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="109"/>
        <source>Score, {low} to {high}</source>
        <translation>Poengsum, {low} til {high}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="121"/>
        <source>&amp;Reported by</source>
        <translation>&amp;Rapportert av</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="123"/>
        <source>&amp;Score</source>
        <translation>&amp;Poengsum</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="135"/>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="145"/>
        <source>What was good</source>
        <translation>Hva var bra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="136"/>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="145"/>
        <source>What could be better</source>
        <translation>Hva kunne vært bedre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="248"/>
        <source>Start block 2 first (Space or Start).</source>
        <translation>Start blokk 2 først (mellomrom eller Start).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="313"/>
        <source>No report selected</source>
        <translation>Ingen rapport valgt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="317"/>
        <source>reporting now</source>
        <translation>rapporterer nå</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="320"/>
        <source>(who reports)</source>
        <translation>(hvem rapporterer)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/self_evaluations_panel.py" line="338"/>
        <source>7–10 green, 4–6 amber, 1–3 red</source>
        <translation>7–10 grønn, 4–6 gul, 1–3 rød</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/report_context.py" line="36"/>
        <source>Last quarter ({quarter}): {score}</source>
        <translation>Forrige kvartal ({quarter}): {score}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/report_context.py" line="43"/>
        <source>could be better ({dimension}): {text}</source>
        <translation>kunne vært bedre ({dimension}): {text}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/report_context.py" line="51"/>
        <source>Trend: </source>
        <translation>Utvikling: </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/report_context.py" line="57"/>
        <source>Key results reached {share:.0%} of their targets</source>
        <translation>Nøkkelresultatene nådde {share:.0%} av målene</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/report_context.py" line="64"/>
        <source>grade {grade}</source>
        <translation>karakter {grade}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/report_context.py" line="75"/>
        <source>⚠ a high score on a low measured result — talk about it</source>
        <translation>⚠ høy poengsum på lavt målt resultat — snakk om det</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="37"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="38"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="39"/>
        <source>Departments</source>
        <translation>Avdelinger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="40"/>
        <source>Vision and values</source>
        <translation>Visjon og verdier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="41"/>
        <source>Before the meeting</source>
        <translation>Før møtet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="46"/>
        <source>Next: add the participants (type them or import a CSV file), then their departments and the vision and values. When the room is ready, go to the run and press PageDown (or a clicker&apos;s forward button) to start block 1.</source>
        <translation>Neste: legg inn deltakerne (skriv dem inn eller importer en CSV-fil), deretter avdelingene og visjonen og verdiene. Når rommet er klart, gå til gjennomføringen og trykk PageDown (eller fremoverknappen på en klikker) for å starte blokk 1.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_page.py" line="54"/>
        <source>Go to the run ▶</source>
        <translation>Til gjennomføringen ▶</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="16"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="17"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="18"/>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="19"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="20"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="21"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="22"/>
        <source>Objective</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="23"/>
        <source>Key result</source>
        <translation>Nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="24"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="25"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="26"/>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="27"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="28"/>
        <source>Aligned to</source>
        <translation>Støtter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="29"/>
        <source>Achieved</source>
        <translation>Oppnådd</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="30"/>
        <source>Key result owner</source>
        <translation>Nøkkelresultatets eier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="40"/>
        <source>Import participants</source>
        <translation>Importer deltakere</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="41"/>
        <source>Import last quarter&apos;s OKRs</source>
        <translation>Importer forrige kvartals OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="42"/>
        <source>Import new OKRs</source>
        <translation>Importer nye OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="47"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Regneark (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="58"/>
        <source>“{name}” is protected by a password. Open it in Excel or LibreOffice, save a copy without the password, and import that copy.</source>
        <translation>«{name}» er beskyttet med passord. Åpne den i Excel eller LibreOffice, lagre en kopi uten passord, og importer kopien.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="64"/>
        <source>“{name}” holds no filled cells.</source>
        <translation>«{name}» har ingen utfylte celler.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="66"/>
        <source>“{name}” has a sheet of more than {rows} rows: not a list to import.</source>
        <translation>«{name}» har et ark med mer enn {rows} rader: ingen liste å importere.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="70"/>
        <source>“{name}” is not a spreadsheet this app can read (Excel, LibreOffice or CSV).</source>
        <translation>«{name}» er ikke et regneark denne appen kan lese (Excel, LibreOffice eller CSV).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="75"/>
        <source>“{name}” could not be read: {reason}</source>
        <translation>«{name}» kunne ikke leses: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="78"/>
        <source>“{name}” could not be read.</source>
        <translation>«{name}» kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/sheet_texts.py" line="83"/>
        <source>“{name}” is open in {program}: what was last saved is read. Save it there first if you have just changed it.</source>
        <translation>«{name}» er åpen i {program}: det som sist ble lagret, leses. Lagre den der først hvis du nettopp har endret den.</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="52"/>
        <source>From “{file}”</source>
        <translation>Fra «{file}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="67"/>
        <source>Rows that will be refused</source>
        <translation>Rader som blir avvist</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="88"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Ark</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="94"/>
        <source>No header row</source>
        <translation>Ingen overskriftsrad</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="98"/>
        <source>&amp;Headers on row</source>
        <translation>&amp;Overskrifter på rad</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="104"/>
        <source>Which column holds what</source>
        <translation>Hvilken kolonne har hva</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="122"/>
        <source>The first rows as they will be imported</source>
        <translation>De første radene slik de blir importert</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="127"/>
        <source>Row numbers as in the spreadsheet</source>
        <translation>Radnumre som i regnearket</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="145"/>
        <source>(not in the file)</source>
        <translation>(ikke i filen)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="150"/>
        <source>Column for “{field}”</source>
        <translation>Kolonne for «{field}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="177"/>
        <source>Choose the column that holds each field.</source>
        <translation>Velg kolonnen som har hvert felt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="179"/>
        <source>No rows below the headers.</source>
        <translation>Ingen rader under overskriftene.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="181"/>
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>%n rad blir importert</numerusform>
            <numerusform>%n rader blir importert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="183"/>
        <source>; %n will be refused:</source>
        <translation>
            <numerusform>; %n blir avvist:</numerusform>
            <numerusform>; %n blir avvist:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="188"/>
        <source>Row {line}: {reason}</source>
        <translation>Rad {line}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sheet_import/import_dialog.py" line="194"/>
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Importer %n rad</numerusform>
            <numerusform>&amp;Importer %n rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../facilitator/ui/shortcuts_dialog.py" line="22"/>
        <location filename="../../facilitator/ui/shortcuts_dialog.py" line="35"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shortcuts_dialog.py" line="26"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shortcuts_dialog.py" line="26"/>
        <source>What it does</source>
        <translation>Hva den gjør</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shortcuts_dialog.py" line="30"/>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/shortcuts_dialog.py" line="38"/>
        <source>PageDown, PageUp, F5 and Esc work wherever focus is. Space, B, &apos;.&apos;, F, W, + and − work when focus is on no control that takes them (Space and Return press a focused button; a list or combo box selects by the letters typed); Preferences can switch them off.</source>
        <translation>PageDown, PageUp, F5 og Esc virker uansett hvor fokus er. Mellomrom, B, «.», F, W, + og − virker når fokus ikke står i en kontroll som tar dem (mellomrom og Enter trykker på en knapp med fokus; en liste eller nedtrekksliste velger etter bokstavene du skriver); Innstillinger kan slå dem av.</translation>
    </message>
</context>
<context>
    <name>ShoutOutsBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/shout_outs_box.py" line="37"/>
        <source>(from {name})</source>
        <translation>(fra {name})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/shout_outs_box.py" line="59"/>
        <source>Shout-outs to pass on: {n} left</source>
        <translation>Ros som skal videreformidles: {n} igjen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/shout_outs_box.py" line="61"/>
        <source>Shout-outs: all passed on</source>
        <translation>Ros: alt er videreformidlet</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="57"/>
        <source>Sending e-mail</source>
        <translation>Sende e-post</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="61"/>
        <source>e.g. smtp.office365.com</source>
        <translation>f.eks. smtp.office365.com</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="67"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="68"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="69"/>
        <source>None (local servers only)</source>
        <translation>Ingen (bare lokale servere)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="75"/>
        <source>your.name@company.com</source>
        <translation>ditt.navn@firma.no</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="77"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="78"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="79"/>
        <source>Security</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="80"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="81"/>
        <source>From address</source>
        <translation>Avsenderadresse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="83"/>
        <source>Send my user name and password to this server unencrypted</source>
        <translation>Send brukernavn og passord ukryptert til denne serveren</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="88"/>
        <source>Only for a server inside your own network. Anyone on the network can read an unencrypted password.</source>
        <translation>Bare for en server i ditt eget nettverk. Alle på nettverket kan lese et ukryptert passord.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="96"/>
        <source>The password is asked for each time you send and is never saved.</source>
        <translation>Passordet spørres om hver gang du sender, og lagres aldri.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="112"/>
        <source>Server must not be empty.</source>
        <translation>Server kan ikke være tom.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/smtp_settings.py" line="118"/>
        <source>From address: “{value}” is not an e-mail address.</source>
        <translation>Avsenderadresse: «{value}» er ikke en e-postadresse.</translation>
    </message>
</context>
<context>
    <name>SpeakerView</name>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="49"/>
        <source>Every speaker has had their turn</source>
        <translation>Alle har hatt ordet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="55"/>
        <source>Speaking now ({n} of {count})</source>
        <translation>Har ordet nå ({n} av {count})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter/content.py" line="64"/>
        <source>Next: {name}</source>
        <translation>Neste: {name}</translation>
    </message>
</context>
<context>
    <name>SpokenCountdown</name>
    <message>
        <location filename="../../facilitator/ui/run/spoken_countdown.py" line="19"/>
        <source>The meeting is over</source>
        <translation>Møtet er over</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/spoken_countdown.py" line="25"/>
        <source>1 minute left of {what}</source>
        <translation>1 minutt igjen av {what}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/spoken_countdown.py" line="27"/>
        <source>{n} minutes left of {what}</source>
        <translation>{n} minutter igjen av {what}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/spoken_countdown.py" line="32"/>
        <source>{what}: 1 minute over time</source>
        <translation>{what}: 1 minutt over tiden</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/spoken_countdown.py" line="34"/>
        <source>{what}: {n} minutes over time</source>
        <translation>{what}: {n} minutter over tiden</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/spoken_countdown.py" line="38"/>
        <source>, not started</source>
        <translation>, ikke startet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/spoken_countdown.py" line="40"/>
        <source>, paused</source>
        <translation>, på pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/spoken_countdown.py" line="42"/>
        <source>, last minutes</source>
        <translation>, siste minutter</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <location filename="../../facilitator/ui/statements.py" line="21"/>
        <source>Vision</source>
        <translation>Visjon</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/statements.py" line="22"/>
        <source>Mission</source>
        <translation>Misjon</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/statements.py" line="23"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/statements.py" line="28"/>
        <source>Value {n} of {count}</source>
        <translation>Verdi {n} av {count}</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../facilitator/ui/blocks/good_news/block.py" line="29"/>
        <source>Good news, speaker by speaker</source>
        <translation>Gode nyheter, taler for taler</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/block.py" line="37"/>
        <source>Vision, mission and values: statement {n}</source>
        <translation>Visjon, misjon og verdier: utsagn {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/block.py" line="38"/>
        <source>Self-evaluation reports, one by one</source>
        <translation>Egenevalueringer, én etter én</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/block.py" line="39"/>
        <source>Department breakout</source>
        <translation>Avdelingsvis gruppearbeid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="41"/>
        <source>The groups on the screen</source>
        <translation>Gruppene på skjermen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="42"/>
        <source>Group work (its countdown is on the screen)</source>
        <translation>Gruppearbeid (nedtellingen vises på skjermen)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="45"/>
        <source>Presentations, group by group</source>
        <translation>Presentasjoner, gruppe for gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="46"/>
        <source>The room votes with dots on its phones</source>
        <translation>Rommet stemmer med prikker på mobilene</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/successes_learnings/block.py" line="47"/>
        <source>The room&apos;s top lines (the vote revealed)</source>
        <translation>Rommets viktigste linjer (avstemningen vist)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/block.py" line="24"/>
        <source>Praise, recognition and feedback</source>
        <translation>Ros, anerkjennelse og tilbakemeldinger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/block.py" line="25"/>
        <source>Shared reflections</source>
        <translation>Felles refleksjoner</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/closing/block.py" line="26"/>
        <source>The quarter is declared closed</source>
        <translation>Kvartalet er erklært avsluttet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/block.py" line="41"/>
        <source>The strategic priorities</source>
        <translation>De strategiske prioriteringene</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/block.py" line="42"/>
        <source>The new company OKRs</source>
        <translation>Selskapets nye OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/block.py" line="43"/>
        <source>The room&apos;s hand on objective {n}</source>
        <translation>Rommets hånd på mål {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/new_okrs/block.py" line="44"/>
        <source>How the departments&apos; OKRs support the company&apos;s</source>
        <translation>Slik støtter avdelingenes OKR-er selskapets</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/block.py" line="27"/>
        <source>Summary and closing</source>
        <translation>Oppsummering og avslutning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="26"/>
        <source>The meeting has ended</source>
        <translation>Møtet er slutt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breaks/step.py" line="53"/>
        <source>Break before “{block}”</source>
        <translation>Pause før «{block}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="33"/>
        <source>That was the last turn. PageDown again moves on to “{block}”; PageUp or Esc stays.</source>
        <translation>Det var siste tur. PageDown igjen går videre til «{block}»; PageUp eller Esc blir.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="37"/>
        <source>PageDown again closes this block and moves on to “{block}”; PageUp or Esc stays.</source>
        <translation>PageDown igjen avslutter denne blokken og går videre til «{block}»; PageUp eller Esc blir.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="41"/>
        <source>PageDown again declares the quarter closed and shows the closing card; PageUp or Esc waits.</source>
        <translation>PageDown igjen erklærer kvartalet avsluttet og viser avslutningskortet; PageUp eller Esc venter.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="46"/>
        <source>PageDown again ends the meeting; PageUp or Esc goes on with the summary.</source>
        <translation>PageDown igjen avslutter møtet; PageUp eller Esc fortsetter med oppsummeringen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="49"/>
        <source>PageDown again ends the break and starts “{block}”; PageUp or Esc waits.</source>
        <translation>PageDown en gang til avslutter pausen og starter «{block}»; PageUp eller Esc venter.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="56"/>
        <source>PageDown again closes this block and starts the break; PageUp or Esc stays.</source>
        <translation>PageDown en gang til avslutter denne blokken og starter pausen; PageUp eller Esc blir.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="71"/>
        <source>PageUp reopens the summary.</source>
        <translation>PageUp åpner oppsummeringen igjen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/breaks/step.py" line="58"/>
        <source>Space pauses the break. PageDown when everyone is back starts “{block}”.</source>
        <translation>Mellomrom setter pausen på vent. PageDown når alle er tilbake starter «{block}».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="75"/>
        <source>PageDown or Space starts “{block}”.</source>
        <translation>PageDown eller mellomrom starter «{block}».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="80"/>
        <source>PageDown: reveal the room&apos;s scores beside the reporter&apos;s, then the next report.</source>
        <translation>PageDown: vis rommets poeng ved siden av rapportørens, så neste rapport.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="85"/>
        <source>PageDown: reveal the room&apos;s hands, then the next step.</source>
        <translation>PageDown: vis rommets hender, så neste steg.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="87"/>
        <source>PageDown: photo {n} of {count} of the flip chart, then the next turn.</source>
        <translation>PageDown: bilde {n} av {count} av flippoveren, så neste tur.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="91"/>
        <source>PageDown: the next turn; after the last one, the next step.</source>
        <translation>PageDown: neste tur; etter den siste, neste steg.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/step_texts.py" line="94"/>
        <source>PageDown: {step}.</source>
        <translation>PageDown: {step}.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="40"/>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="41"/>
        <source>What gave the most value</source>
        <translation>Hva ga mest verdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="42"/>
        <source>What we will do differently or more of</source>
        <translation>Hva vi skal gjøre annerledes eller mer av</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="50"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="51"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="51"/>
        <source>(owner)</source>
        <translation>(eier)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="52"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="52"/>
        <source>No due date</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="55"/>
        <source>Add action</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="57"/>
        <source>Action items</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/summary/panel.py" line="60"/>
        <source>The room&apos;s top learnings</source>
        <translation>Rommets viktigste læringer</translation>
    </message>
</context>
<context>
    <name>TopLinesBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/top_lines_box.py" line="56"/>
        <source>Add the room&apos;s top three to what gave the most value</source>
        <translation>Legg rommets tre viktigste til det som ga mest verdi</translation>
    </message>
</context>
<context>
    <name>TurnListBox</name>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="55"/>
        <source>Drag to change the order</source>
        <translation>Dra for å endre rekkefølgen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="56"/>
        <source>Queue in list order</source>
        <translation>Kø i listerekkefølge</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="57"/>
        <source>Shuffle</source>
        <translation>Stokk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="58"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="59"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="60"/>
        <source>Skip / bring back</source>
        <translation>Hopp over / ta med igjen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="67"/>
        <source>Time for each turn (minutes:seconds)</source>
        <translation>Tid for hver tur (minutter:sekunder)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="166"/>
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n tur</numerusform>
            <numerusform>%n turer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="215"/>
        <source>{name} · {now}</source>
        <translation>{name} · {now}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/parts/turn_list.py" line="220"/>
        <source>{name} · chosen by hand (now: {current})</source>
        <translation>{name} · valgt for hånd (nå: {current})</translation>
    </message>
</context>
<context>
    <name>VisionValuesPanel</name>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/vision_values_panel.py" line="42"/>
        <source>Show on the presenter view</source>
        <translation>Vis i presentasjonsvisningen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/vision_values_panel.py" line="45"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/vision_values_panel.py" line="46"/>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/vision_values_panel.py" line="51"/>
        <source>(a) Vision, mission and values</source>
        <translation>(a) Visjon, misjon og verdier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/vision_values_panel.py" line="60"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/vision_values_panel.py" line="61"/>
        <source>How we live it (example)</source>
        <translation>Slik lever vi den (eksempel)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/vision_values_panel.py" line="62"/>
        <source>Given by</source>
        <translation>Gitt av</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/vision_values_panel.py" line="62"/>
        <source>(who)</source>
        <translation>(hvem)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/vision_values_panel.py" line="65"/>
        <source>Add example</source>
        <translation>Legg til eksempel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/blocks/okr_reporting/vision_values_panel.py" line="67"/>
        <source>Examples from the group</source>
        <translation>Eksempler fra gruppen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../facilitator/ui/welcome_page.py" line="14"/>
        <source>No meeting is open</source>
        <translation>Ingen møter er åpne</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome_page.py" line="16"/>
        <source>Create the meeting you are about to run, or open an earlier one.</source>
        <translation>Opprett møtet du skal lede, eller åpne et tidligere.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome_page.py" line="22"/>
        <source>New meeting…</source>
        <translation>Nytt møte …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome_page.py" line="23"/>
        <source>Open meeting…</source>
        <translation>Åpne møte …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome_page.py" line="25"/>
        <source>Look around in a demo meeting</source>
        <translation>Se deg rundt i et demomøte</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <location filename="../../facilitator/ui/window_wiring.py" line="55"/>
        <source>{name} ({width}×{height})</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="42"/>
        <source>Company</source>
        <translation>Selskap</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="47"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="48"/>
        <source>Reported by</source>
        <translation>Rapportert av</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="49"/>
        <source>Score (1–10)</source>
        <translation>Poengsum (1–10)</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="54"/>
        <source>{dimension}: went well</source>
        <translation>{dimension}: gikk bra</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="55"/>
        <source>{dimension}: could be better</source>
        <translation>{dimension}: kunne vært bedre</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="58"/>
        <source>The room&apos;s median</source>
        <translation>Rommets median</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="59"/>
        <source>Phones that scored</source>
        <translation>Telefoner som ga poeng</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="61"/>
        <source>Self-evaluations</source>
        <translation>Egenevalueringer</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="75"/>
        <location filename="../../facilitator/report/workbook_sheets.py" line="121"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="76"/>
        <location filename="../../facilitator/report/workbook_sheets.py" line="122"/>
        <source>Objective</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="78"/>
        <location filename="../../facilitator/report/workbook_sheets.py" line="123"/>
        <source>Key result</source>
        <translation>Nøkkelresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="79"/>
        <location filename="../../facilitator/report/workbook_sheets.py" line="126"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="80"/>
        <location filename="../../facilitator/report/workbook_sheets.py" line="127"/>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="81"/>
        <source>Achieved</source>
        <translation>Oppnådd</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="82"/>
        <location filename="../../facilitator/report/workbook_sheets.py" line="128"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="83"/>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="87"/>
        <source>Grade</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="88"/>
        <source>Grade in words</source>
        <translation>Karakter i ord</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="90"/>
        <source>Last quarter&apos;s review</source>
        <translation>Forrige kvartals gjennomgang</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="119"/>
        <source>New OKRs</source>
        <translation>Nye OKR-er</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="124"/>
        <location filename="../../facilitator/report/workbook_sheets.py" line="156"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="125"/>
        <source>Key result owner</source>
        <translation>Nøkkelresultatets eier</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="129"/>
        <source>Aligned to</source>
        <translation>Støtter</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="130"/>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="131"/>
        <source>Approved at</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="153"/>
        <source>Action items</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="155"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="157"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="158"/>
        <source>Agreed at</source>
        <translation>Avtalt på</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="159"/>
        <source>Followed up</source>
        <translation>Fulgt opp</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="162"/>
        <source>This meeting</source>
        <translation>Dette møtet</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="163"/>
        <source>The last meeting</source>
        <translation>Forrige møte</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="174"/>
        <source>Successes and learnings</source>
        <translation>Suksesser og læring</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="176"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="177"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="178"/>
        <source>What the group wrote</source>
        <translation>Det gruppen skrev</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="181"/>
        <source>Success</source>
        <translation>Suksess</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="181"/>
        <source>Learning</source>
        <translation>Læring</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="190"/>
        <source>Shout-outs</source>
        <translation>Ros</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="192"/>
        <source>Praised</source>
        <translation>Ros til</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="193"/>
        <source>By</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="194"/>
        <source>What for</source>
        <translation>For hva</translation>
    </message>
    <message>
        <location filename="../../facilitator/report/workbook_sheets.py" line="195"/>
        <source>Passed on</source>
        <translation>Gitt videre</translation>
    </message>
</context>
</TS>
