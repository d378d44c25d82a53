"""The rule sentence splitter (extract/segment.py)."""

from __future__ import annotations

import pytest

from wirecoder.extract.segment import split_spans


def _sentences(text: str) -> list[str]:
    spans = split_spans(text)
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was shot in Jackson, Tenn. Police said on Sunday he had died. Nobody was arrested.",
            ["A man was shot in Jackson, Tenn. Police said on Sunday he had died.", "Nobody was arrested."],
        ),
        (
            "KNOXVILLE, Tenn. (Test Wire) - Two guards were hurt in a fight. The jail was locked down.",
            ["KNOXVILLE, Tenn. (Test Wire) - Two guards were hurt in a fight.", "The jail was locked down."],
        ),
        (
            "The shooting in Rocky Mount, N.C. left one man dead. Police are searching for a gunman.",
            ["The shooting in Rocky Mount, N.C. left one man dead.", "Police are searching for a gunman."],
        ),
        (
            "The blast went off at 9 p.m. Saturday near the market. Two people died.",
            ["The blast went off at 9 p.m. Saturday near the market.", "Two people died."],
        ),
        # an hour runs on into its date as into its weekday ("at 4:15 a.m. Nov. 3, 2014")
        (
            "Jurors watched a video of the robbery at the gas station at 4:15 a.m. Nov. 3, 2014. The clerk was hurt.",
            ["Jurors watched a video of the robbery at the gas station at 4:15 a.m. Nov. 3, 2014.", "The clerk was hurt."],
        ),
        (
            "Sgt. Dana Reyes said the gunman fled on foot. He was armed.",
            ["Sgt. Dana Reyes said the gunman fled on foot.", "He was armed."],
        ),
        (
            "U.S. officials said the strike killed three fighters. Villagers disputed this.",
            ["U.S. officials said the strike killed three fighters.", "Villagers disputed this."],
        ),
        (
            "The U.S. Embassy in the capital closed. Staff were sent home.",
            ["The U.S. Embassy in the capital closed.", "Staff were sent home."],
        ),
        (
            "The attack on Jan. 12 killed four guards. No group claimed it.",
            ["The attack on Jan. 12 killed four guards.", "No group claimed it."],
        ),
        (
            "Gen. Omar K. Haddad spoke to reporters. He gave no figures.",
            ["Gen. Omar K. Haddad spoke to reporters.", "He gave no figures."],
        ),
    ],
)
def test_abbreviations_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_a_time_of_day_can_end_a_sentence() -> None:
    assert _sentences("The blast went off at 9 p.m. Two people died.") == ["The blast went off at 9 p.m.", "Two people died."]


def test_question_exclamation_and_quotes_end_sentences() -> None:
    text = 'He shouted "Run!" Then the shooting began. Who fired first? Nobody knows.'
    assert _sentences(text) == ['He shouted "Run!"', "Then the shooting began.", "Who fired first?", "Nobody knows."]


def test_paragraphs_always_end_a_sentence() -> None:
    text = "A headline without a full stop\nThe first paragraph. It has two sentences.\n\n  The second paragraph is indented"
    assert _sentences(text) == [
        "A headline without a full stop",
        "The first paragraph.",
        "It has two sentences.",
        "The second paragraph is indented",
    ]


def test_offsets_map_back_to_the_text_exactly() -> None:
    text = (
        "BEIRUT, Saturday (Test Wire) - Shells hit the district at 6 a.m. Monday, activists said.  Four died.\n\n"
        "\"We counted the bodies,\" Sgt. Ali Nour told the U.S. network.\r\nA curfew followed!   "
    )
    spans = split_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "BEIRUT, Saturday (Test Wire) - Shells hit the district at 6 a.m. Monday, activists said.",
        "Four died.",
        "\"We counted the bodies,\" Sgt. Ali Nour told the U.S. network.",  # the \r of a CRLF is not part of it
        "A curfew followed!",
    ]
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace()
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


def test_empty_and_blank_texts_have_no_sentences() -> None:
    assert split_spans("") == []
    assert split_spans("  \n\n \t\n") == []


def test_sentences_run_together_by_a_scraper_are_split() -> None:
    from wirecoder.extract.segment import split_spans

    text = "Shots rang out just after midnight.Officers found two men wounded. See www.example.com for more."
    assert [text[s:e] for s, e in split_spans(text)] == [
        "Shots rang out just after midnight.", "Officers found two men wounded.", "See www.example.com for more."]


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Two wounded in Harlan bar shooting - WXYZ-TV 5 News, Weather, Sports-Harlan, KY", "Two wounded in Harlan bar shooting"),
        ("Man shot on Elm Street | Local News | example.com", "Man shot on Elm Street"),
        ("Man shot - police say he was robbed", "Man shot - police say he was robbed"),
        ("Three killed in Harlan - Harlan Daily Courier", "Three killed in Harlan"),
        ("Teen charged in shooting death of - WXYZ Local 9: Your news, weather", "Teen charged in shooting death of"),
        ("Two shot near bar - Two men arrested later", "Two shot near bar - Two men arrested later"),
    ],
)
def test_site_names_are_cut_from_headlines(title: str, headline: str) -> None:
    from wirecoder.extract.segment import headline_without_site

    assert headline_without_site(title) == headline


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("MORE: Man dies after shooting, crash on Elm Street", True),
        ("Man Shot, Killed Few Blocks Away From Home: Police", True),
        ("Police said the man was shot on Elm Street.", False),
        ("HARLAN SHOOTING: police show where the suspect stood", False),
        ("0:41 Woman dies after fall from Elm Street bridge", True),
        ("The shooting happened at 2:15 a.m. on Elm Street.", False),
    ],
)
def test_links_to_other_stories_are_not_read_for_incidents(text: str, link: bool) -> None:
    from wirecoder.extract.select import is_link_to_another_story

    assert is_link_to_another_story(text) is link


@pytest.mark.parametrize(
    ("index", "text", "link"),
    [
        (9, "Deputies: 3-year-old dead after finding pistol in Harlan home", True),
        (1, "Police: Toddler wounded on Elm Street, father held", False),  # a crosshead near the top
        (9, "Deputies said a toddler was wounded on Elm Street.", False),
    ],
)
def test_a_source_led_headline_late_on_a_page_points_to_another_story(index: int, text: str, link: bool) -> None:
    from wirecoder.extract.select import is_trailing_headline

    assert is_trailing_headline(index, 12, text) is link


def test_a_long_page_has_its_parsed_sentences_capped() -> None:
    from wirecoder.document import Document
    from wirecoder.extract import segment, select
    from wirecoder.model import Article

    text = " ".join(f"A man was shot on Elm Street number {n}." for n in range(60))
    doc = Document(article=Article(id="a", text=text, title=None, published=None))
    segment.run(doc)
    select.run(doc)
    assert sum(s.candidate for s in doc.sentences) == select.MAX_CANDIDATES
    assert all(s.candidate for s in doc.sentences[:select.MAX_CANDIDATES])


def test_words_a_page_repeats_in_one_sentence_are_blanked() -> None:
    from wirecoder.extract.segment import repeated_words

    text = "Teen dead in Elm Street shooting News Teen dead in Elm Street shooting Harlan police said a teen died."
    assert [text[a:b] for a, b in repeated_words(text)] == ["Teen dead in Elm Street shooting"]
    assert text.index("News") < repeated_words(text)[0][0]
    assert repeated_words("Police said two men were shot and two men were arrested in the park.") == []


def test_lead_ins_are_blanked_for_the_parse_wherever_they_stand() -> None:
    from wirecoder.document import Document
    from wirecoder.extract import segment
    from wirecoder.model import Article

    text = ("HARLAN, Ky. (Test Wire) - Two men were hurt in a fight.\n\n"
            "Police: Toddler wounded in Elm Street shooting\n\n"
            "HARLAN, Ky. (Test Wire) - A girl was hurt too.\n\n"
            "Police: the fight began at 10 p.m.\n\n"
            "Image 3 of 5 Neighbours gathered on Elm Street 3 / 5")
    doc = Document(article=Article(id="a", text=text, title=None, published=None))
    segment.run(doc)
    read = [doc.analysed_text(s) for s in doc.sentences]
    assert [r.strip() for r in read] == ["Two men were hurt in a fight.", "Toddler wounded in Elm Street shooting",
                                         "A girl was hurt too.", "Police: the fight began at 10 p.m.",
                                         "Neighbours gathered on Elm Street"]
    assert [len(r) for r in read] == [len(s.text) for s in doc.sentences]


@pytest.mark.parametrize("text", ["Two cousins were also struck by bullets.", "Dana Wirt passed away on Friday.",
                                  "The crash took the life of a cyclist."])
def test_sentences_telling_a_fate_in_other_words_are_parsed(text: str) -> None:
    from wirecoder.extract.select import is_candidate

    assert is_candidate(text)


def test_a_full_stop_run_into_a_one_letter_word_or_after_a_clock_time_still_ends_a_sentence() -> None:
    # scraped pages lose the space: "wounded.A second man", "11 p.m.The gunman"
    assert _sentences("Two men were wounded.A second man fled on foot. It began at 11 p.m.The gunman ran. "
                      "It was 11 p.m.Friday when he came back. I heard it.I hid.") == [
        "Two men were wounded.", "A second man fled on foot.", "It began at 11 p.m.", "The gunman ran.",
        "It was 11 p.m.Friday when he came back.", "I heard it.", "I hid."]


def test_a_full_stop_run_in_after_a_decade_or_a_closing_quote_still_ends_a_sentence() -> None:
    # "in their 30s.Two men", "a nightmare,” she said.”Police": scraped pages lose the space there too
    assert _sentences("The men were in their 30s.Two of them were shot in the legs. "
                      "“It was a nightmare.”Neighbours called police. He met Mr.Vance there.") == [
        "The men were in their 30s.", "Two of them were shot in the legs.", "“It was a nightmare.”", "Neighbours called police.",
        "He met Mr.Vance there."]


def test_a_video_list_beside_the_story_is_blanked() -> None:
    from wirecoder.document import Document
    from wirecoder.extract import segment
    from wirecoder.model import Article

    text = ("A woman was shot on Elm Street in Harlan on Sunday.\n\n"
            "2:14 Two dead after crash near Corbin Pause\n\n"
            "7:21 PM: Officers closed Elm Street.")
    doc = Document(article=Article(id="a", text=text, title=None, published=None))
    segment.run(doc)
    read = [doc.analysed_text(s).strip() for s in doc.sentences]
    assert read == ["A woman was shot on Elm Street in Harlan on Sunday.", "", "7:21 PM: Officers closed Elm Street."]


def test_a_video_list_names_no_place_of_the_report(read) -> None:
    doc = read("A woman was shot on Elm Street on Sunday, police said.\n\n"
               "0:50 Man wounded in Corbin drive-by Pause\n\n1:12 Corbin fair opens", published="2016-05-02",
               title="Woman shot on Elm Street", outlet="kentucky.com")
    assert all(p.text != "Corbin" for p in doc.places)
