"""The one object that flows through the pipeline: an article and what the
stages have found in it so far. Each field is filled by one stage (see
`pipeline.STAGES`); later stages read what earlier ones added."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .gazetteer import GazetteerEntry
from .model import Actor, Article, Claim, Count, Evidence, Mention


@dataclass(slots=True)
class Sentence:
    """A sentence of the article text (offsets into `Article.text`)."""

    index: int
    start: int
    end: int
    text: str
    #: worth the expensive analysis: it has words that can report an incident or a toll
    candidate: bool = False
    #: the spaCy parse of this sentence alone, when it was analysed
    parse: Any = None
    #: who the report credits for this sentence ("activists", "police")
    claimant: str | None = None

    def evidence(self, article_id: str) -> Evidence:
        return Evidence(article_id, self.start, self.end, self.text, "title" if self.index < 0 else "text")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place line a wire report opens with: "ROCKY MOUNT, N.C. (WRAL) --"."""

    sentence: int
    start: int  # article offset of the city name
    end: int  # article offset just after the dateline (where the report's first sentence begins)
    city: str
    region: str | None  # "N.C.", "Syria", ...


#: PlaceMention.relation of a town named only in the site's name after a headline ("... - KSLA News 12
#: Shreveport"): where the outlet is, not where its story happened
SITE_RELATION = "site"
#: PlaceMention.relation of an area written in brackets after a place, as ACLED's notes write them ("in
#: Oicha (Beni, Nord-Kivu)"): it says where the place before it lies, and is no place of its own
AREA_RELATION = "area"
#: the relation of the town a news site's address names ("nbcchicago.com"), where no text names it
OUTLET_RELATION = "outlet"


@dataclass(slots=True)
class PlaceMention:
    """A place name found in the text and what it was resolved to."""

    sentence: int  # index into Document.sentences; -1 for the title
    start: int  # offsets into the article text (title: into the title)
    end: int
    text: str
    entry: GazetteerEntry | None = None
    #: how the text ties it to its surroundings: "in", "near", "outside", "of" (distance), ...,
    #: SITE_RELATION for a name only in the site's name after the headline
    relation: str = ""
    #: 1, 2 or 3 as the text qualifies it ("near X" is 2; "X province" is 3)
    precision: int = 1


@dataclass(slots=True)
class TimeExpression:
    """A time expression resolved against the publication date."""

    sentence: int
    start: int
    end: int
    text: str
    day: date
    precision: int  # 1 day, 2 week, 3 month


@dataclass(slots=True)
class EventFrame:
    """One incident as a single sentence states it, before places and dates are chosen."""

    sentence: int
    trigger: str
    trigger_start: int  # article offsets of the trigger word
    trigger_end: int
    event_type: str
    sub_event_type: str
    #: counts read from this sentence
    killed: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None
    shot: Count | None = None  # people hit by gunfire, fate not stated
    killed_or_injured: int | None = None
    #: kinds whose count is only a vague reading ("women killed" = 3), to give way to stated numbers
    vague: set[str] = field(default_factory=set)
    actor1: Actor | None = None
    actor2: Actor | None = None
    #: the place and time the sentence ties to this incident, if it names them
    place: PlaceMention | None = None
    time: TimeExpression | None = None
    #: the trigger is a noun ("the shooting") rather than a verb ("was shot")
    nominal: bool = False
    #: "past" or "present": "defectors are attacking" states no single incident
    tense: str = "past"
    #: who chose the sub-event type: "rules", "classifier", or "classifier over rules: <the rules' type>"
    typed_by: str = "rules"
    #: about the past the report recalls (an earlier year, a date weeks before), not its news
    historical: bool = False
    #: counts that add to those told before ("another man was wounded", "was also shot"), by kind
    additional: dict[str, int] = field(default_factory=dict)
    #: a count in the sentence hangs on a verb or adjective ("was wounded", "left dead"), not only on a noun
    counted_by_verb: bool = False
    #: the perpetrator killed himself ("before turning the gun on himself"): one more than his victims
    perpetrator_died: bool = False
    #: the dead the sentence counts include the killer ("four dead, including the gunman", "a murder-suicide"
    #: that left two dead): no toll his own death, told apart, adds to
    killer_among_dead: bool = False
    #: the killer's own death is the only death the sentence tells ("he then turned the gun on himself"), in a
    #: report that tells of no mishap: one more than the dead told elsewhere
    killer_died_apart: bool = False
    #: the sentence tells someone killing the dead it counts ("a man killed his wife", "she was shot dead by a
    #: neighbour"), not only that they died
    killing_told: bool = False
    #: in a sentence telling the killer's death apart, the others it tells he shot and does not tell hurt
    #: ("shot his girlfriend and then turned the gun on himself": her fate is told elsewhere, if at all)
    shot_by_killer: int = 0
    #: victims the sentence identifies by age or name, by kind: {"killed": {"age:15"}}
    identified: dict[str, set[str]] = field(default_factory=dict)
    #: kinds whose additional people are "the other five": the rest of a group told before, so more
    #: people only beside a sentence that told just the dead ("two died; the other five were hurt")
    rest_of_group: set[str] = field(default_factory=set)
    #: kinds whose additional people the sentence tells only by their condition or care ("Another victim
    #: was in critical condition", "two others were taken to a hospital"): people of a figure told
    #: before, more people only beside a sentence that told just the dead
    described: set[str] = field(default_factory=set)
    #: the sentence's dead are a share of a group told before ("one of the victims died"): among the hurt told
    dead_among_hurt: bool = False
    #: the place among the people hit of the one whose death the sentence adds ("a third man was shot and
    #: killed": 3); 0 where it adds no such death
    ordinal_of_the_dead: int = 0
    #: kinds whose every victim in the sentence is someone told of before ("the victim was taken away
    #: in critical condition", "she was hurt"): in an incident with a death, perhaps the one who died
    refers_back: set[str] = field(default_factory=set)
    #: only tells that a victim died, perhaps days later ("he died Monday"): not the incident's day
    followup: bool = False
    #: has no event word of its own: it tells more of the incident told before it ("the uncle is in
    #: stable condition"), so it joins that incident wherever its sentence's places point
    continues: bool = False
    #: the one person the sentence tells hurt is told only as gravely hurt ("a boy was critically injured"),
    #: with no death beside: in a report of one death, as likely as not the one who died later
    gravely_hurt_one: bool = False
    #: the sexes ("female", "male") of the people the sentence tells of, by kind: two sexes are two people
    sexes: dict[str, set[str]] = field(default_factory=dict)
    #: the only dead the sentence tells are the culprit ("the suspect is now dead"): not one of the hurt told before
    culprit_dead: bool = False
    #: the parse token of the trigger (same process only; never stored)
    trigger_token: Any = None


@dataclass(slots=True)
class Document:
    """An article moving through the pipeline."""

    article: Article
    title: Sentence | None = None
    #: a Title Case headline with its common words in lower case ("One person shot outside 7-Eleven in
    #: New Castle"): read for its incident when the headline as written shows none to the parser
    title_in_lower_case: Sentence | None = None
    sentences: list[Sentence] = field(default_factory=list)
    dateline: Dateline | None = None
    #: spans of a sentence the parse should not read, by sentence index (offsets into the sentence):
    #: a dateline ("DAYTON, Ohio --"), a crosshead's source ("Police: Toddler wounded ..."), the
    #: second copy of words a scraped page repeats
    blanks: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    places: list[PlaceMention] = field(default_factory=list)
    #: the article's country context, most likely first: [(code, weight)]
    country_context: list[tuple[str, float]] = field(default_factory=list)
    #: the town the outlet's address names, where the article's own places allow it ("nbcchicago.com"):
    #: the place of last resort for an incident the article names no place of (part of or near it)
    outlet_town: PlaceMention | None = None
    times: list[TimeExpression] = field(default_factory=list)
    frames: list[EventFrame] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: set when a stage failed on this article: it is reported and not stored
    error: str | None = None

    #: the day the report says it was written ("SAVANNAH, Ga. (August 2, 2015) -"), when that is
    #: earlier than the page's publication date: relative days count from it
    written: date | None = None

    @property
    def published(self) -> date | None:
        """The day the report's relative dates ("yesterday", "on Friday") count from."""
        return self.written or self.article.published

    def analysed_text(self, sentence: Sentence) -> str:
        """The sentence as the parser and patterns should read it: its blanks blanked out, same
        length so offsets still hold (a dateline would read as the sentence's subject)."""
        text = sentence.text
        for start, end in self.blanks.get(sentence.index, ()):
            text = text[:start] + " " * (end - start) + text[end:]
        return text

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence holding an article offset (-1 when none does)."""
        return next((s.index for s in self.sentences if s.start <= offset < s.end), -1)

    def sentence(self, index: int) -> Sentence:
        """A sentence by index; -1 is the headline."""
        if index < 0:
            assert self.title is not None
            return self.title
        return self.sentences[index]
