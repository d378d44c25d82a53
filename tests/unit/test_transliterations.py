"""Names written in another transliteration than the gazetteer's (gazetteer/names.sound_key,
Gazetteer.lookup_by_sound, and the places stage's use of them)."""

from __future__ import annotations

import pytest

from wirecoder.gazetteer.names import other_spellings, sound_key, spelling_key, transliteration_key


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("Maarat al-Numan", "Ma‘arrat an Nu‘mān"),
        ("Jisr al-Shughur", "Jisr ash Shughūr"),
        ("Saraqeb", "Saraqib"),
        ("Deir al-Zor", "Dayr az Zawr"),
        ("Khan Sheikhoun", "Khān Shaykhūn"),
    ],
)
def test_two_transliterations_of_a_name_share_a_sound_key(written: str, stored: str) -> None:
    assert sound_key(written) == sound_key(stored) is not None


def test_short_names_have_no_sound_key() -> None:
    # "Homs" and "Hama" would meet too many other names
    assert sound_key("Homs") is None
    assert sound_key("Al Bab") is None


def test_the_double_finds_places_of_transliterated_countries_only(small_gazetteer) -> None:
    assert [e.name for e in small_gazetteer.lookup_by_sound("Jebel al-Zawiyeh")] == ["Jabal al-Zawiya"]
    assert small_gazetteer.lookup_by_sound("Rocky Mountt") == []  # an American name is read as written


def test_the_gazetteer_finds_a_town_by_its_sound(gazetteer) -> None:
    assert [(e.name, e.country_code) for e in gazetteer.lookup_by_sound("Maarat al-Numan")] == [("Ma‘arrat an Nu‘mān", "SY")]
    assert gazetteer.lookup_by_sound("Smith Road") == []


def test_a_town_written_another_way_is_placed_in_a_report_of_its_country(read) -> None:
    (mention,) = read("Syrian troops shelled Maarat al-Numan on Sunday, killing six civilians, activists said.",
                      published="2012-06-11").mentions
    assert (mention.place.admin1, mention.place.country) == ("Idlib", "Syria")
    assert mention.place.latitude == pytest.approx(35.65, abs=0.05)


def test_a_name_is_not_read_by_its_sound_in_a_report_of_another_country(read) -> None:
    (mention,) = read("DENVER (AP) -- A man was shot dead in Marrat Heights on Sunday, police said.", published="2012-06-11").mentions
    assert mention.place.country == "United States"


def test_a_small_town_is_kept_in_a_report_datelined_in_a_neighbours_capital(read) -> None:
    # Taftanaz is some 300 km from Beirut: far from the dateline, but in the country the report is about
    (mention,) = read("BEIRUT (Wire) -- Syrian troops shelled Taftanaz on Sunday, killing three people, activists said.",
                      published="2012-08-13").mentions
    assert (mention.place.admin1, mention.place.country) == ("Idlib", "Syria")


@pytest.mark.parametrize(
    ("written", "without"),
    [("Al-Raqqah", ["raqqah"]), ("as-Suwayda", ["suwayda"]), ("al- Tadamon", ["tadamon"]), ("al Bab", ["bab"]),
     # English words and first names, not articles
     ("Al Smith", []), ("An Alexandria", []), ("El Paso", [])],
)
def test_an_arabic_article_written_as_one_is_left_out_as_another_spelling(written: str, without: list[str]) -> None:
    assert other_spellings(written) == without


def test_the_gazetteer_finds_a_name_written_with_another_article(gazetteer) -> None:
    # stored as "Ar Raqqah" (and "Raqqah"): news writes "al-" for every article
    assert {(e.name, e.feature) for e in gazetteer.lookup("Al-Raqqah")} >= {("Ar Raqqah", "city")}


def test_the_double_finds_a_name_written_with_another_article(small_gazetteer) -> None:
    assert [e.name for e in small_gazetteer.lookup("el-Rastan")] == ["Ar Rastan"]


@pytest.mark.parametrize(
    ("written", "stored"),
    [("Mehtarlam", "Mehtar Lām"), ("Kafarbatna", "Kafr Baţnā"), ("Jabla", "Jablah"), ("Joubar", "Jawbar")],
)
def test_names_joined_split_or_short_share_a_transliteration_key(written: str, stored: str) -> None:
    assert transliteration_key(written) == transliteration_key(stored) is not None


def test_two_letter_names_have_no_transliteration_key() -> None:
    assert transliteration_key("Hama") is None
    assert transliteration_key("al-Bab") is None


@pytest.mark.parametrize(
    ("text", "town", "province"),
    [
        ("Syrian troops shelled Jabla in Latakia province on Monday, killing three people, activists said.", "Jablah", "Latakia"),
        ("Afghan police said insurgents attacked a checkpoint in Mehtarlam on Sunday, killing two officers.",
         "Mehtarlam", "Laghman"),
        ("Government forces clashed with rebels in Al-Raqqah on Monday, killing five fighters, Syrian activists said.",
         "Ar Raqqah", "Ar Raqqah"),
    ],
)
def test_a_town_written_short_joined_or_with_an_article_is_placed(read, text: str, town: str, province: str) -> None:
    (mention,) = read(text, published="2014-05-05").mentions
    assert (mention.place.location, mention.place.admin1, mention.place.geo_precision) == (town, province, 1)


def test_a_reading_by_sound_far_from_the_places_the_report_names_is_not_taken(read) -> None:
    # "Kakrak" sounds like Karukh, a town of Herat some 360 km away: not the village beside Tarin Kot
    (mention,) = read("Gunmen struck a police post in Kakrak, on the outskirts of Tarin Kot, on Monday, killing four officers, "
                      "Afghan officials said.", published="2014-05-05").mentions
    assert (mention.place.location, mention.place.admin1) == ("Tarin Kot", "Uruzgan")


@pytest.mark.parametrize(
    ("text", "town", "province"),
    [
        # the gazetteer knows "Kasab" as another name of a Yemeni town, "Arbin" as a French village
        ("Rebels shelled army posts in Kasab on Monday, killing two soldiers, a monitoring group in Syria said.",
         "Kassab", "Latakia"),
        ("Warplanes bombed Arbin on Monday, killing six civilians, a monitoring group in Syria said.",
         "Arbin", "Damascus Countryside"),
    ],
)
def test_a_name_known_only_as_a_small_town_abroad_is_the_town_at_home_it_sounds_like(read, text: str, town: str,
                                                                                      province: str) -> None:
    (mention,) = read(text, published="2014-05-05").mentions
    assert (mention.place.location, mention.place.admin1, mention.place.country) == (town, province, "Syria")


@pytest.mark.parametrize("written", ["in al- Bukamal", "in the city of al Bukamal"])
def test_a_name_after_an_arabic_article_written_apart_is_a_place(read, written: str) -> None:
    (mention,) = read(f"Fighting broke out {written} on Monday, killing seven militants, Syrian activists said.",
                      published="2014-05-05").mentions
    assert (mention.place.admin1, mention.place.country) == ("Dayr az Zawr", "Syria")


@pytest.mark.parametrize(
    "text",
    [
        # three consonants (shr, mrj) sound like villages of other provinces: with no place named to be near, no reading
        "Barrel bombs hit Shaar on Monday, killing 10 people, Syrian activists said.",
        "Taliban fighters attacked a checkpoint in Marja on Monday, killing three policemen, Afghan officials said.",
    ],
)
def test_a_short_name_alone_is_not_read_by_sound(read, text: str) -> None:
    assert read(text, published="2014-05-05").mentions == []


@pytest.mark.parametrize(
    "text",
    [
        "Fighters from al Nusra attacked an army post on Monday, killing four soldiers, Syrian activists said.",
        "Gunmen loyal to al Shabab stormed a hotel on Monday, killing eight people, Somali officials said.",
    ],
)
def test_a_group_after_a_detached_article_is_no_place(read, text: str) -> None:
    assert all(m.place.location.lower() not in ("nusra", "shabab") for m in read(text, published="2014-05-05").mentions)


@pytest.mark.parametrize("name", ["Al-Shabab", "Al-Maliki", "El-Sisi"])
def test_an_article_before_a_name_finds_no_place_abroad(gazetteer, name: str) -> None:
    # without its article the name is a town of Iran, Albania, Greece, where no article is written
    assert gazetteer.lookup(name) == []


@pytest.mark.parametrize(("written", "stored"), [("al Dumair", "Aḑ Ḑumayr"), ("Ras al-Ain", "Ra’s al ‘Ayn"), ("Deir", "Dayr"),
                                                  ("Salamyeh", "As Salamīyah")])
def test_spellings_that_differ_within_a_class_of_vowels_share_a_spelling_key(written: str, stored: str) -> None:
    assert spelling_key(written) == spelling_key(stored)


def test_spellings_with_other_vowels_do_not_share_a_spelling_key() -> None:
    assert spelling_key("Marja") != spelling_key("Mirja")


@pytest.mark.parametrize(
    ("text", "province", "latitude"),
    [
        # consonants alone (rsn, jbl) are too short to trust; the vowels agree too, class by class
        ("Kurdish fighters repelled an assault on Ras al-Ain on Monday, a Syrian monitoring group said.", "Al Hasakah", 36.85),
        ("A car bomb went off in Jabla on Monday, Syrian state media said.", "Latakia", 35.36),
        ("Rockets fell near Salamyeh on Monday, Syrian state media said.", "Hama", 35.01),
    ],
)
def test_a_short_name_alone_spelled_with_other_vowels_of_a_class_is_placed(read, text: str, province: str,
                                                                          latitude: float) -> None:
    (mention,) = read(text, published="2014-05-05").mentions
    assert (mention.place.admin1, mention.place.country) == (province, "Syria")
    assert mention.place.latitude == pytest.approx(latitude, abs=0.05)


def test_a_district_written_with_its_kind_is_read_by_the_sound_of_its_name(read) -> None:
    # "Shirzad" is held only as Sherzad: the word "District" after it is no part of how it sounds
    (mention,) = read("Insurgents overran a police post in Shirzad District on Monday, Afghan officials said.",
                      published="2014-05-05").mentions
    assert (mention.place.admin1, mention.place.country) == ("Nangarhor", "Afghanistan")


def test_a_province_ending_a_chain_of_areas_is_read_by_its_sound(read) -> None:
    # the village is too small to know; "Hirat" is held only as Herat, and the parser may take it for a person
    (mention,) = read("Afghan police said insurgents ambushed a patrol in Pashmak village, Hirat.", published="2014-05-05").mentions
    assert (mention.place.admin1, mention.place.country) == ("Hirot viloyati", "Afghanistan")


def test_a_citys_suburbs_are_another_translation_of_its_countryside() -> None:
    assert other_spellings("Damascus Suburbs") == ["damascus countryside"]
    assert other_spellings("Damascus") == []


def test_the_gazetteer_finds_the_province_around_a_city_by_its_suburbs(gazetteer) -> None:
    # Rif Dimashq, held as "Damascus Countryside"
    assert ("Damascus Countryside", "admin1") in {(e.name, e.feature) for e in gazetteer.lookup("Damascus Suburbs")}


def test_a_name_led_by_an_arabic_article_is_a_place_though_the_parser_reads_a_person(read) -> None:
    (mention,) = read("Syrian activists said government troops shelled rebel positions in al Dumair.", published="2014-05-05").mentions
    assert (mention.place.admin1, mention.place.country) == ("Damascus Countryside", "Syria")


def test_a_district_named_with_another_before_a_plural_kind_is_a_place(read) -> None:
    # "Shirin" is also a given name: the plural "districts" after it says it is an area
    (mention,) = read("Afghan officials said the Taliban attacked police posts in Khwaja Sabz Posh and Shirin Tagab districts.",
                      published="2014-05-05").mentions
    assert (mention.place.admin1, mention.place.country) == ("Foryob", "Afghanistan")


@pytest.mark.parametrize("part", ["on the frontlines of", "in the area of"])
def test_a_name_after_the_part_of_a_place_it_names_is_a_place_though_the_parser_reads_a_person(read, part: str) -> None:
    (mention,) = read(f"Syrian activists said rebels and troops fought {part} Kafr Nabl, south of Idlib.",
                      published="2014-05-05").mentions
    assert mention.place.latitude == pytest.approx(35.61, abs=0.05)  # Kafranbel, not Idlib
