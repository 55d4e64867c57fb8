"""What the demo meeting says: its people's words, scores, groups and OKRs, in Norwegian
(as a Bergen company's meeting would). `store/demo.py` builds the meeting from these."""

from __future__ import annotations

from datetime import date

# (speaker, good news, challenges): each spoke for about 100 s of block time, in order.
GOOD_NEWS = [
    (
        "Ingrid Solheim",
        "Rekordkvartal: 212 nye anlegg montert, 18 % over målet.",
        "Leveransetiden på batterier er fortsatt for lang.",
    ),
    (
        "Åse Ødegård",
        "Avtalen med Bergen boligbyggelag er signert – 340 tak!",
        "Vi mister for mange tilbud i siste fase.",
    ),
    (
        "Sølvi Aaberg",
        "Appen «Min strøm» ble lansert 1. november; 4,6 av 5 i App Store.",
        "Integrasjonen mot nettselskapene er ustabil.",
    ),
    (
        "Tove Ålvik",
        "Svartiden på telefon er nede fra 6 til 2 minutter.",
        "Vinterstormen ga 3× vanlig pågang i én uke.",
    ),
    ("Håkon Sæther", "Første kunde i Sogn & Fjordane <3", ""),
    ("Mari Fjære", "Ny monteringsveiledning halverte antall returbesøk.", ""),
]


SKIPPED_SPEAKER = "Ørjan Bø"  # away today: his turn is skipped


# (praised, praised by, for what)
SHOUT_OUTS = [
    (
        "Rune Hauge (lageret på Ågotnes)",
        "Åse Ødegård",
        "Pakket og sendte 40 invertere en lørdag så Bergen boligbyggelag fikk levert i tide.",
    ),
    ("Eirik Næss", "Tove Ålvik", "Tok 61 samtaler på én dag under stormen – med godt humør."),
    ("Installatørteamet i Voss", "Bjørn Kråkenes", "Null avvik på 30 anlegg i november."),
]


# (value index, given by, example)
VALUE_EXAMPLES = [
    (0, "Jørgen Strøm", "Sa nei til en stor kunde som ville ha en løsning vi ikke tror på."),
    (1, "Kjersti Lærum", "Deler salgstallene for hele teamet hver fredag, også de dårlige."),
    (2, "Eirik Næss", "Ringte tilbake alle 112 kunder som ventet under stormen."),
    (3, "Per-Øyvind Hæreid", "Utviklerne satt med kundeservice en dag i uka i oktober."),
]


# (from, to or None for everyone, text)
FEEDBACK = [
    ("Ingrid Solheim", None, "Takk for et kvartal der vi holdt sammen gjennom stormen."),
    (
        "Sølvi Aaberg",
        "Tove Ålvik",
        "Tilbakemeldingene fra kundeservice gjorde appen mye bedre.",
    ),
    ("Håkon Sæther", "Åse Ødegård", "Du gir oss trygghet til å ta de store kundene."),
]


REFLECTIONS = [
    "Vi feirer for sjelden de små seirene – i dag så vi hvor mange de var.",
    "Tverrfaglige grupper ga nye ideer; det bør vi gjøre oftere enn én gang i kvartalet.",
]


# (department or None for the company, reporter, score, notes by dimension)
EVALUATIONS = [
    (
        None,
        "Ingrid Solheim",
        7,
        {
            "execution": (
                "Vi leverte 212 anlegg og lanserte appen.",
                "Batterileveransene burde vært sikret tidligere.",
            ),
            "leadership": (
                "Tydelig prioritering da stormen kom.",
                "Ledergruppen fulgte for sjelden opp OKR-ene ukentlig.",
            ),
            "competence": (
                "Sterk fagkompetanse på montering.",
                "Vi mangler kompetanse på energilagring og nettariffer.",
            ),
        },
    ),
    (
        "Salg og marked",
        "Åse Ødegård",
        8,
        {
            "execution": (
                "Stor avtale med Bergen boligbyggelag.",
                "For mange tapte tilbud sent.",
            ),
            "leadership": ("Modige prisvalg.", "Mer coaching av nye selgere."),
            "competence": ("God produktkunnskap.", "Trenger bedre kalkyleverktøy."),
        },
    ),
    (
        "Produkt og utvikling",
        "Per-Øyvind Hæreid",
        6,
        {
            "execution": (
                "Appen lansert på dato.",
                "Integrasjonen mot nettselskap er ustabil.",
            ),
            "leadership": (
                "Gode prioriteringsmøter.",
                "Beslutninger tok for lang tid i oktober.",
            ),
            "competence": ("Sterke utviklere.", "Ingen med erfaring fra drift/overvåking."),
        },
    ),
    (
        "Kundeservice",
        "Tove Ålvik",
        9,
        {
            "execution": ("Svartid ned fra 6 til 2 min.", "Chat-kø på kveldstid."),
            "leadership": ("Stod han av under stormen.", "Fordele helgevakter jevnere."),
            "competence": (
                "Alle kan nå svare på fakturaspørsmål.",
                "Mer opplæring i den nye appen.",
            ),
        },
    ),
]


# (name, members, scribe, presenter, successes, learnings)
GROUPS = [
    (
        "Gruppe 1",
        ["Åse Ødegård", "Sølvi Aaberg", "Eirik Næss", "Bjørn Kråkenes"],
        "Eirik Næss",
        "Sølvi Aaberg",
        ["212 anlegg", "Appen lansert", "Stormhåndteringen"],
        ["Sikre leveranser tidligere", "Dele læring på tvers"],
    ),
    (
        "Gruppe 2",
        ["Håkon Sæther", "Mari Fjære", "Tove Ålvik"],
        "Mari Fjære",
        "Håkon Sæther",
        ["Første kunde i Sogn & Fjordane", "Halvert returbesøk"],
        ["Bedre overlevering salg → montering"],
    ),
    (
        "Gruppe 3",
        ["Kjersti Lærum", "Per-Øyvind Hæreid", "Line Ødven"],
        "Line Ødven",
        "Kjersti Lærum",
        ["Åpne salgstall hver fredag", "Utviklere i kundeservice"],
        ["Mer tid til opplæring", "Færre parallelle prosjekter"],
    ),
    (
        "Gruppe 4",
        ["Jørgen Strøm", "Sigrid Brænne", "Ingrid Solheim"],
        "Sigrid Brænne",
        "Jørgen Strøm",
        ["Sa nei til feil kunde", "Null avvik i Voss"],
        ["Måle kundetilfredshet oftere"],
    ),
]


# (objective, owner, key results as (statement, start, target, unit))
COMPANY_OKRS: list[tuple[str, str, list[tuple[str, float, float, str]]]] = [
    (
        "Bli Vestlandets mest anbefalte solenergileverandør",
        "Ingrid Solheim",
        [
            ("Øke NPS", 41, 55, "poeng"),
            ("Montere anlegg", 0, 250, "anlegg"),
            ("Redusere leveransetid på batterier", 9, 4, "uker"),
        ],
    ),
    (
        "Gjøre hvert anlegg smartere",
        "Bjørn Kråkenes",
        [
            ("Aktive brukere av «Min strøm»", 1200, 3000, "brukere"),
            ("Integrere nettselskaper", 2, 5, "selskaper"),
        ],
    ),
    (
        "Bygge et lag som vokser med oss",
        "Ingrid Solheim",
        [
            ("Ansette montører", 0, 3, "personer"),
            ("Kurs i energilagring fullført", 0, 100, "%"),
        ],
    ),
]


# (department, objective, owner, the company key result it serves as (objective, key
# result) indexes or None, key results)
DEPARTMENT_OKRS: list[
    tuple[str, str, str, tuple[int, int] | None, list[tuple[str, float, float, str]]]
] = [
    (
        "Salg og marked",
        "Vinne borettslagene i Bergen",
        "Åse Ødegård",
        (0, 1),
        [
            ("Signerte borettslag", 1, 6, "avtaler"),
            ("Vinnerrate på tilbud", 22, 35, "%"),
        ],
    ),
    (
        "Produkt og utvikling",
        "Få flere til å bruke «Min strøm» hver uke",
        "Sølvi Aaberg",
        (1, 0),
        [
            ("Ukentlig aktive brukere", 600, 1800, "brukere"),
            ("Krasjfrie økter", 97.5, 99.5, "%"),
        ],
    ),
    (
        "Kundeservice",
        "Svar før kunden rekker å bli bekymret",
        "Tove Ålvik",
        (0, 0),
        [
            ("Svartid telefon", 2, 1, "min"),
            ("Saker løst ved første kontakt", 70, 85, "%"),
        ],
    ),
    (
        "Kundeservice",
        "Lære opp hele teamet i appen",
        "Eirik Næss",
        None,
        [
            ("Opplæringsøkter gjennomført", 0, 6, "økter"),
            ("Ansatte sertifisert", 0, 4, "personer"),
        ],
    ),
]


DRAFT_OBJECTIVE = "Lære opp hele teamet i appen"  # not approved yet


# (what, owner, due)
ACTIONS = [
    ("Send rosen videre til lageret og Voss-teamet", "Ingrid Solheim", date(2026, 12, 18)),
    (
        "Avtale batterileveranser for Q1 med to leverandører",
        "Bjørn Kråkenes",
        date(2027, 1, 15),
    ),
    ("Sette opp ukentlig OKR-oppfølging i kalenderen", "Åse Ødegård", date(2027, 1, 5)),
    ("Plan for opplæring i «Min strøm»", "Tove Ålvik", date(2027, 1, 22)),
]
