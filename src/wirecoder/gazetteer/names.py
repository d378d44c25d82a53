"""How place names are compared: one normal form for the gazetteer and the text.

"Dar'a", "Daraa" and "Dar`ā" must meet; "al-Rastan" and "Rastan" too. The
gazetteer stores every name under `name_key`, and under `name_key` without a
leading Arabic article where it has one."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'’‘`´ʿʾʼ"
#: the Arabic article as English news writes it before a name ("al-Rastan", "ash-Shughur", "ez-Zor")
ARABIC_ARTICLES = ("al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ath", "adh", "ed", "es", "ez", "er", "en")
_ARTICLE = re.compile(rf"^(?:{'|'.join(ARABIC_ARTICLES)})[\s-]+(?=\S{{3,}})")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")

#: words a name in a text can carry that the gazetteer entry does not
GENERIC_ADMIN_WORDS = (
    "governorate", "province", "state", "region", "district", "county", "oblast",
    "prefecture", "department", "municipality", "division", "territory", "parish",
)


def fold_accents(text: str) -> str:
    """'Ḩimş' -> 'Hims'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_ABBREVIATED_START = {"mt": "mount", "st": "saint", "ste": "sainte", "ft": "fort", "pt": "point"}


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The comparison form of a name: accents folded, lower case, punctuation gone,
    and "Mt."/"St."/"Ft." spelled out ("Mt. Juliet" meets "Mount Juliet")."""
    folded = fold_accents(text).lower()
    for mark in _APOSTROPHES:
        folded = folded.replace(mark, "")
    folded = folded.replace("-", " ").replace("_", " ").replace(".", " ")
    folded = _NON_WORD.sub("", folded)
    key = _SPACES.sub(" ", folded).strip()
    first, _, rest = key.partition(" ")
    if rest and first in _ABBREVIATED_START:
        key = f"{_ABBREVIATED_START[first]} {rest}"
    return key


def without_article(key: str) -> str | None:
    """'ar rastan' -> 'rastan'; None when the key has no leading Arabic article."""
    stripped = _ARTICLE.sub("", key)
    return stripped if stripped != key else None


#: an Arabic article written as one: hyphened to its name ("Al-Raqqah", "as-Suwayda") or in lower case ("al Bab");
#: "Al Smith" and "An Alexandria man" are English
_WRITTEN_ARTICLE = re.compile(rf"^(?:(?i:{'|'.join(ARABIC_ARTICLES)})-\s*|(?:{'|'.join(ARABIC_ARTICLES)})\s+)(?=\S{{3,}})")


def other_spellings(name: str) -> list[str]:
    """Keys under which the gazetteer may hold a name it does not hold as written, most alike first:
    without a leading Arabic article, as the gazetteer also stores its own names ("Al-Raqqah" finds Ar
    Raqqah, stored as "ar raqqah" and "raqqah"); and a city's "Suburbs" as its "Countryside", the two
    translations of the Arabic "Rif" ("Damascus Suburbs" finds Damascus Countryside, Rif Dimashq)."""
    article = _WRITTEN_ARTICLE.match(name.strip())
    spellings = [name_key(name.strip()[article.end():])] if article else []
    suburbs = _RIF_AS_SUBURBS.fullmatch(name_key(name))
    return spellings + ([f"{suburbs.group(1)} countryside"] if suburbs else [])


#: the Arabic "Rif" (a city's countryside, a province around it) as some trackers translate it
_RIF_AS_SUBURBS = re.compile(r"(.+) suburbs")


def is_latin(text: str) -> bool:
    """True for names written in Latin script (the ones English news uses)."""
    if text.isascii():  # most names, and looking each letter's Unicode name up is slow on a GeoNames dump
        return True
    for ch in text:
        if ch.isalpha() and not ("LATIN" in unicodedata.name(ch, "")):
            return False
    return True


def english_name(name: str, aliases: tuple[str, ...] | list[str]) -> str:
    """The form an English-language report would use for an administrative unit.

    GeoNames writes 'Ḩimş' with the alias 'Homs'; prefer a plain-ASCII alias
    without a generic word ('Governorate', 'State of') when the name carries
    diacritics."""
    if name.isascii():
        return name
    for alias in aliases:
        if alias.isascii() and alias and not any(word in alias.lower() for word in GENERIC_ADMIN_WORDS + ("condado", "distrito", " of ")):
            return alias
    return fold_accents(name)


def run_together(name: str) -> str:
    """A name as a web address writes it: its comparison form with no spaces ("San Antonio" -> "sanantonio")."""
    return re.sub(r"[^a-z0-9]", "", name_key(name))


#: countries whose place names English news writes from Arabic, Persian, Pashto or Urdu, each outlet
#: in its own way ("Maarat al-Numan", "Ma'arrat an Nu'man"; "Saraqeb", "Saraqib")
TRANSLITERATED_COUNTRIES = frozenset({
    "SY", "IQ", "LB", "JO", "PS", "EG", "LY", "TN", "DZ", "MA", "EH", "MR", "SD", "YE", "SA", "AE", "OM", "QA", "KW", "BH",
    "AF", "PK", "IR",
})
_ARTICLE_WORDS = {*ARABIC_ARTICLES, "ul", "il"}  # (and Urdu's and Persian's linking "ul", "il")
#: the vowels, and the semivowels transliterations swap with them ("Deir", "Dayr"; "Zor", "Zawr")
_WITHOUT_VOWELS = str.maketrans("", "", "aeiouyw")
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_VOWEL_H = re.compile(r"(?<=[aeiouy])h$")
#: a sound key this short matches too many places to be a reading of the name
SOUND_KEY_LETTERS = 4


def sound_key(text: str) -> str | None:
    """The consonants of a transliterated name, doubled letters once, its Arabic articles left out:
    'Maarat al-Numan' and 'Ma'arrat an Nu'man' -> 'mrt nmn'; 'Deir al-Zor' and 'Dayr az Zawr' ->
    'dr zr'. None for a name with fewer than SOUND_KEY_LETTERS consonants (too many names share
    those)."""
    return sound_key_of(name_key(text))


def sound_key_of(key: str) -> str | None:
    """sound_key of a name already in its `name_key` form (as the gazetteer stores names)."""
    skeleton = _consonants(key)
    return skeleton if len(skeleton) - skeleton.count(" ") >= SOUND_KEY_LETTERS else None


#: a transliteration key this short matches too many places to be a reading of the name
TRANSLITERATION_KEY_LETTERS = 3


def transliteration_key(text: str) -> str | None:
    """The sound key of a transliterated name with its words run together, and shorter: 'Mehtarlam' and
    'Mehtar Lam' -> 'mhtrlm'; 'Jabla' and 'Jablah' -> 'jbl'. For the places of the countries whose names
    news transliterates (Gazetteer.lookup_by_sound), where outlets join and split a name's words as they
    please ("Kafarbatna", "Kafr Batna"). None for a name with fewer than TRANSLITERATION_KEY_LETTERS
    consonants."""
    return transliteration_key_of(name_key(text))


def transliteration_key_of(key: str) -> str | None:
    """transliteration_key of a name already in its `name_key` form."""
    skeleton = _DOUBLED.sub(r"\1", _consonants(key).replace(" ", ""))
    return skeleton if len(skeleton) >= TRANSLITERATION_KEY_LETTERS else None


def _consonants(key: str) -> str:
    """A name's consonants, doubled letters once, its Arabic articles left out, word by word."""
    words = key.split()
    kept = [word for word in words if word not in _ARTICLE_WORDS] or words
    kept = [_FINAL_VOWEL_H.sub("", word) for word in kept]  # "Zawiyeh", "Zawiyah", "Zawiya"
    skeleton = _DOUBLED.sub(r"\1", " ".join(kept)).translate(_WITHOUT_VOWELS)
    return " ".join(_DOUBLED.sub(r"\1", skeleton).split())


#: a diphthong English news writes with "e" where transliterations write "a" ("Deir", "Dayr"; "Sheikh", "Shaykh")
_E_DIPHTHONG = re.compile(r"e(?=[iy])")
#: a name's closing vowel, which Levantine and Persian spellings write "e" ("Salamyeh", "Salamiyah")
_FINAL_E = re.compile(r"e$")
#: the vowels by the sound they stand for: transliterations swap letters within a class, not across them
_VOWEL_CLASSES = str.maketrans("eyo", "iiu")


def spelling_key(text: str) -> str:
    """A transliterated name with its vowels kept by class (e, i, y; o, u), doubled letters once, its words
    run together, its Arabic articles and a final "h" after a vowel left out: 'al Dumair' and 'Aḑ Ḑumayr' ->
    'dumair'; 'Jabla' and 'Jablah' -> 'jabla'. Stricter than `transliteration_key`, which drops the vowels:
    two spellings of a short name meet here where its consonants alone would meet too many other names."""
    words = name_key(text).split()
    kept = [word for word in words if word not in _ARTICLE_WORDS] or words
    joined = "".join(_FINAL_E.sub("a", _FINAL_VOWEL_H.sub("", word)) for word in kept)
    return _DOUBLED.sub(r"\1", _E_DIPHTHONG.sub("a", joined).translate(_VOWEL_CLASSES))
