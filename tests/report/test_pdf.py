"""The PDF minutes, parsed back with pypdf."""

import unicodedata
from dataclasses import replace
from datetime import date, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from facilitator.domain import minutes as m
from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind
from facilitator.report.document import Paper, write_minutes_pdf
from facilitator.store.demo import create_demo_meeting
from facilitator.store.minutes import load_minutes


@pytest.fixture
def demo_pdf(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    data.language = "en"  # the demo meeting is held in Norwegian; these check the English
    return write_minutes_pdf(data, tmp_path / "minutes.pdf"), data


def _text(path) -> str:
    reader = PdfReader(path)
    # White space normalised: table cells wrap wherever their width ends.
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_every_section_with_its_content(demo_pdf):
    path, _ = demo_pdf
    text = _text(path)
    for expected in [
        "Nordlys Energi AS — 2026 Q4",
        "Bryggen konferansesenter, Bergen",
        "Meeting leader:",
        "Participants",
        "Absent:",
        "Ørjan Bø",
        "Agenda",
        "Successes and learnings",
        "Good news",
        "Rekordkvartal",
        "Shout-outs",
        "Rune Hauge (lageret på Ågotnes)",
        "Vision, mission and values",
        "Fornybar energi i hvert hjem",
        "Til å stole på",
        "Self-evaluation of the quarter",
        "Execution and effort",
        "Kundeservice",
        "Breakout groups",
        "Gruppe 1",
        "Stormhåndteringen",
        "scribe: Eirik Næss",
        "Closing the quarter",
        "The quarter was declared closed at",
        "New OKRs for 2027 Q1",
        "Strategic priorities",
        "Batterier i hvert tilbud",
        "Approved by Ingrid Solheim, 17 Dec 2026",
        "Draft (not approved yet)",
        "Bli Vestlandets mest anbefalte",
        "Serves company key result: Montere anlegg",
        "41 → 55",
        "100%",
        "Summary",
        "Action items",
        "Send rosen videre",
    ]:
        assert expected in text, expected
    assert "Page 1 of" in text


def test_the_breaks_are_in_the_agenda_with_their_times(demo_pdf):
    path, data = demo_pdf
    rows = [(r.kind, r.break_kind, r.planned_minutes, r.actual_minutes) for r in data.agenda]
    assert rows[2] == (BlockKind.OKR_REPORTING, BreakKind.COFFEE, 15, 15)
    assert rows[5] == (BlockKind.CLOSING_QUARTER, BreakKind.LUNCH, 30, 30)
    coffee = data.agenda[2]
    assert coffee.actual_start == data.agenda[1].actual_end
    assert data.agenda[3].actual_start == coffee.actual_end
    text = _text(path)
    start, end = (f"{t.astimezone():%H:%M}" for t in (coffee.actual_start, coffee.actual_end))
    assert f"Coffee break 15 {start} {end} 15 ±0" in text
    assert text.index("2. OKR reporting") < text.index("Coffee break") < text.index("3. Succ")


def test_metadata_bookmarks_and_page_count(demo_pdf):
    path, _ = demo_pdf
    reader = PdfReader(path)
    assert 3 <= len(reader.pages) <= 12
    meta = reader.metadata
    assert meta.title == "Nordlys Energi AS 2026 Q4 — OKR meeting minutes"
    assert meta.author == "Ingrid Solheim"
    assert "17 Dec 2026" in meta.subject  # English minutes, English date
    outline = [item.title for item in reader.outline]
    assert outline == [
        "Decisions",
        "Participants",
        "Agenda",
        "Good news",
        "Vision, mission and values",
        "Self-evaluation of the quarter",
        "Last quarter's OKRs (2026 Q3): the review",
        "Breakout groups",
        "The room's top learnings",
        "Closing the quarter",
        "Last meeting's action items",
        "New OKRs for 2027 Q1",
        "Summary",
        "Questions from the room",
    ]
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in name for name in fonts)  # the TrueType font is embedded


def test_letter_paper(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    path = write_minutes_pdf(data, tmp_path / "letter.pdf", Paper.LETTER)
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_empty_sections_are_left_out(tmp_path):
    data = m.MinutesData("Tomt AS", "2026 Q1", date(2026, 3, 1), time(9), "", "")
    text = _text(write_minutes_pdf(data, tmp_path / "empty.pdf"))
    assert "Tomt AS — 2026 Q1" in text
    for heading in ("Agenda", "Good news", "Breakout groups", "Summary", "Participants"):
        assert heading not in text


_ANY_TEXT = st.one_of(
    st.text(max_size=200),
    st.sampled_from(
        [
            "<b>bold</b> & <i>x",
            "</para><para>",
            "a\x00b\x07c\x1b",
            "🎉🚀👍🏽",
            "æøå ÆØÅ é ü – € “quotes” 'single'",
            "&amp; &lt; <br/>",
            "\n\n\r\n",
            "x" * 10_000,
            ("ord " * 2500).strip(),
        ]
    ),
)


def _minutes(texts) -> m.MinutesData:
    s = iter(texts)
    nx = lambda: next(s)  # noqa: E731
    return m.MinutesData(
        company=nx() or "A",
        quarter="2026 Q4",
        meeting_date=date(2026, 12, 1),
        start_time=time(9),
        place=nx(),
        leader=nx(),
        participants=[
            m.Person(nx() or "P", None, nx() or None, True),
            m.Person(nx() or "Q", None, None, False),
        ],
        managers={},
        agenda=[m.AgendaRow(BlockKind.GOOD_NEWS, 10, None, None, None)],
        good_news=[m.GoodNews(nx(), nx(), nx(), False)],
        shout_outs=[m.ShoutOut(nx(), nx(), nx())],
        vision=nx(),
        mission=nx(),
        purpose=nx(),
        values=[m.ValueWithExamples(nx(), ((nx(), nx()),))],
        evaluations=[m.Evaluation(nx(), nx(), 5, {"execution": (nx(), nx())})],
        groups=[
            m.Group(nx(), BlockKind.SUCCESSES_LEARNINGS, (nx(),), nx(), nx(), (nx(),), (nx(),))
        ],
        feedback=[m.Feedback(nx(), None, nx())],
        reflections=[nx()],
        objectives=[
            m.ObjectiveRow(None, nx(), nx(), (m.KeyResultRow(nx(), 1, 2, None, nx(), None),), None),
            m.ObjectiveRow(nx() or "D", nx(), None, (), nx()),
        ],
        summary=nx(),
        most_value=nx(),
        do_differently=nx(),
        actions=[m.ActionItem(nx(), nx(), None)],
    )


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(_ANY_TEXT, min_size=48, max_size=48))
def test_anything_typed_exports(tmp_path_factory, texts):
    path = tmp_path_factory.mktemp("any") / "minutes.pdf"
    write_minutes_pdf(_minutes(texts), path)
    reader = PdfReader(path)
    assert len(reader.pages) >= 1


def test_markup_prints_literally(tmp_path):
    data = m.MinutesData(
        "R&D <AS>",
        "2026 Q4",
        date(2026, 12, 1),
        time(9),
        "",
        "",
        summary='Vi sa "nei" til <b>alt</b> & mer – 5 € for æøå',
    )
    text = _text(write_minutes_pdf(data, tmp_path / "markup.pdf"))
    assert "R&D <AS> — 2026 Q4" in text
    assert 'Vi sa "nei" til <b>alt</b> & mer – 5 € for æøå' in text


def test_a_norwegian_meeting_gets_norwegian_minutes(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    assert data.language == "nb"
    path = write_minutes_pdf(data, tmp_path / "referat.pdf")
    text = _text(path)
    for expected in [
        "Referat fra OKR-møte · 17.12.2026 · 09:00",
        "Møteleder:",
        "Deltakere",
        "Fraværende:",
        "Gode nyheter",
        "Ros som skal videreformidles",
        "Visjon, misjon og verdier",
        "Egenevaluering av kvartalet",
        "Gjennomføring og innsats",
        "Grupper",
        "referent: Eirik Næss",
        "Kvartalet ble erklært avsluttet",
        "Nye OKR-er for 2027 Q1",
        "Beslutninger",
        "Forrige kvartals OKR-er (2026 Q3): gjennomgangen",
        "Støtter selskapets nøkkelresultat: Montere anlegg",
        "Oppsummering",
        "Tiltak",
        "Side 1 av",
    ]:
        assert expected in text, expected
    assert "Good news" not in text and "Page 1 of" not in text
    reader = PdfReader(path)
    assert reader.metadata.title == "Nordlys Energi AS 2026 Q4 — referat fra OKR-møte"
    assert [item.title for item in reader.outline][:3] == ["Beslutninger", "Deltakere", "Agenda"]


def test_numbers_and_dates_follow_the_minutes_language(db, tmp_path):
    from dataclasses import replace

    from facilitator.store import okrs

    meeting_id = create_demo_meeting(db)
    [first, *_] = okrs.list_objectives(db, meeting_id)
    kr = first.key_results[0]
    okrs.update_key_result(db, kr.id, "target_value", "12345678")
    okrs.update_key_result(db, kr.id, "start_value", "97,5")
    data = load_minutes(db, meeting_id)
    norwegian = " ".join(_text(write_minutes_pdf(data, tmp_path / "nb.pdf")).split())
    assert "97,5 → 12 345 678" in norwegian
    assert "17.12.2026" in norwegian
    english = " ".join(
        _text(write_minutes_pdf(replace(data, language="en"), tmp_path / "en.pdf")).split()
    )
    assert "97.5 → 12,345,678" in english
    assert "17 Dec 2026" in english and "17.12.2026" not in english


def test_right_to_left_text_is_set_in_display_order(tmp_path):
    from bidi import get_display

    from facilitator.report.text import clean

    hebrew = "מרים כהן"
    arabic = "سلام عليكم"
    assert clean(f"Takk til {hebrew}!") == get_display(f"Takk til {hebrew}!")
    assert clean("Kari Nordmann") == "Kari Nordmann"  # left-to-right text is untouched
    data = m.MinutesData(f"Nordlys {hebrew}", "2026 Q4", date(2026, 12, 1), time(9), "", arabic)
    text = _text(write_minutes_pdf(data, tmp_path / "rtl.pdf"))
    # Drawn in display order, the text reads back in logical order (pypdf reverses
    # right-to-left runs); without the reordering it would read backwards.
    assert hebrew in text and get_display(hebrew) not in text
    # Arabic is drawn in its joined forms; compatibility-normalised, it is the same text.
    assert arabic in unicodedata.normalize("NFKC", text)
    assert "\ufffd" not in text


def test_emoji_are_drawn_and_read_back_from_the_pdf(tmp_path):
    data = m.MinutesData(
        "Nordlys 🎉 AS", "2026 Q4", date(2026, 12, 1), time(9), "Oslo ☀", "Kari 😀 Nordmann 𓀀 slutt"
    )
    path = write_minutes_pdf(data, tmp_path / "emoji.pdf")
    text = _text(path)
    # The symbol font draws them, and the text layer keeps them (not "1F60").
    assert "Nordlys 🎉 AS — 2026 Q4" in text and "Oslo ☀" in text
    assert "Nordlys 🎉 AS · 2026 Q4" in text  # the running page header too
    # A character no bundled font has is replaced visibly; the rest of the line is intact.
    assert "Kari 😀 Nordmann \ufffd slutt" in text
    reader = PdfReader(path)
    fonts = {
        str(f["/BaseFont"]) for page in reader.pages for f in page["/Resources"]["/Font"].values()
    }
    assert any(f.endswith("+Symbola") for f in fonts)


def test_page_one_leads_with_the_decisions(demo_pdf):
    path, data = demo_pdf
    first = " ".join(PdfReader(path).pages[0].extract_text().split())
    for expected in [
        "Decisions",
        "Company OKRs for 2027 Q1",
        "Bli Vestlandets mest anbefalte solenergileverandør (Ingrid Solheim)",
        "Øke NPS (Tove Ålvik)",
        "Approved by Ingrid Solheim, 17 Dec 2026",
        "The departments set 4 objectives of their own",
        "Still drafts, not approved: 1 of 7 objectives.",
        "Action items",
        "Avtale batterileveranser for Q1 med to leverandører Bjørn Kråkenes 15 Jan 2027",
        "Scores (1–10): Company 7 · Salg og marked 8 · Produkt og utvikling 6 · Kundeservice 9",
        "The quarter was declared closed at",
    ]:
        assert expected in first, expected
    assert first.index("Decisions") < first.index("Participants")
    assert data.okr_quarter == "2027 Q1"


def test_the_review_and_last_meetings_action_items_are_in_the_minutes(demo_pdf):
    path, data = demo_pdf
    assert data.review_quarter == "2026 Q3"
    text = _text(path)
    review = text[text.index("Last quarter's OKRs (2026 Q3): the review") :]
    for expected in [
        "Company OKRs",
        "Montere flere anlegg enn noen gang — Achieved",
        "Anlegg montert 0 → 200 anlegg 212 anlegg 106%",
        "Department: Kundeservice",
        "Kortere svartid — Achieved",
        "Flere borettslag — Dropped",
    ]:
        assert expected in review, expected
    follow_up = text[text.index("Last meeting's action items") :]
    assert "Ringe tilbake alle kunder som ventet under stormen Tove Ålvik" in follow_up
    assert "Done" in follow_up and "Not done" in follow_up
    assert "Moved to this quarter" in follow_up


def test_right_to_left_text_that_wraps_keeps_its_line_order(tmp_path):
    """Broken into lines in logical order, each line then reordered: a wrapped Arabic
    title starts with its first word, and a Hebrew name in a narrow cell reads in order
    across its lines (reordered before breaking, the first word ended on the second line)."""
    words = ["شركة", "النور", "للطاقة", "المتجددة", "والتقنيات", "الحديثة", "المحدودة"]
    company = " ".join(words)
    hebrew = "מרים בת שבע כהן לוינשטיין"
    data = m.MinutesData(company, "2026 Q4", date(2026, 12, 1), time(9), "", hebrew)
    data = replace(data, participants=[m.Person(hebrew, None, None, True)])
    pdf = write_minutes_pdf(data, tmp_path / "rtl.pdf")
    page = PdfReader(pdf).pages[0]
    lines = [
        unicodedata.normalize("NFKC", line).strip() for line in page.extract_text().split("\n")
    ]
    title_lines = [line for line in lines if any(word in line for word in words)]
    assert len(title_lines) >= 2, lines  # the title wraps
    assert title_lines[0].split()[0] == words[0], title_lines  # its first word comes first
    joined = " ".join(title_lines)
    positions = [joined.index(word) for word in words]
    assert positions == sorted(positions), joined  # and the words follow in order


def test_the_rooms_dot_vote_is_ranked_in_the_minutes(demo_pdf):
    path, _ = demo_pdf
    text = _text(path)
    assert "The room's top learnings" in text
    assert "14 people voted with their phones on every group's lines." in text
    assert "Rank Line of the flip chart Group Dots Phones" in text
    assert "1 Sikre leveranser tidligere Gruppe 1 (learning) 10 10" in text
    # Tied lines share their rank, in the flip charts' order.
    assert "6 Åpne salgstall hver fredag Gruppe 3 (success) 2 2" in text
    assert "6 Mer tid til opplæring Gruppe 3 (learning) 2 2" in text
    assert text.index("Breakout groups") < text.index("The room's top learnings")


def test_the_rooms_consent_stands_beside_each_objectives_approval(demo_pdf):
    path, _ = demo_pdf
    text = _text(path)
    # The demo's second company objective: two phones at 2, heard before it was approved.
    assert (
        "Approved by Ingrid Solheim, 17 Dec 2026 · the room's consent (0–5): 0: 0 · 1: 0 · "
        "2: 2 · 3: 6 · 4: 5 · 5: 1, n = 14; 2 at 0–2"
    ) in text
    assert "3: 3 · 4: 7 · 5: 4, n = 14 ·" in text or "3: 3 · 4: 7 · 5: 4, n = 14" in text


def test_the_rooms_questions_answered_and_still_open(demo_pdf):
    path, _ = demo_pdf
    text = _text(path)
    section = text[text.index("Questions from the room") :]
    assert section.index("Answered") < section.index("Still open")
    assert "Når kommer «Min strøm» på iPhone? (upvotes: 9)" in section
    assert "Får montørene opplæring i batterier før sommeren? (upvotes: 11)" in section
    assert "Blir det kake?" not in text  # dismissed: not the room's word
