"""From sentence frames to an article's mentions (extract/assemble.py): one incident told in
several sentences is one mention; two incidents in two towns on two days are two; unplaced
tolls are claims; every mention carries evidence spans that slice the article text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

ONE_INCIDENT = ("Troops and army defectors clashed in the town of Rastan on Saturday, killing seven people, activists said. "
                "Four soldiers, two rebels and a civilian were killed in the fighting, the activists said. "
                "At least 20 people were wounded.")


@pytest.fixture(scope="module")
def one_incident(read):
    return read(ONE_INCIDENT)


def test_incident_told_in_three_sentences_is_one_mention(one_incident) -> None:
    (mention,) = one_incident.mentions
    assert (mention.event_type, mention.sub_event_type) == ("Battles", "Armed clash")
    assert mention.place.location == "Ar Rastan"
    assert (mention.event_date, mention.time_precision) == (date(2011, 12, 3), 1)
    # the breakdown (4 + 2 + 1) is the same seven dead told again: the largest figure, not 7 + 7
    assert (mention.fatalities.best, mention.fatalities.low, mention.fatalities.high) == (7, 7, 7)
    assert mention.injuries is not None and mention.injuries.best == 20
    assert mention.killed_or_injured is None
    assert mention.claimants == ["activists"]
    assert [e.text for e in mention.evidence] == [s.text for s in one_incident.sentences]


def test_breakdown_larger_than_the_lead_figure_wins(read) -> None:
    doc = read("Troops and army defectors clashed in Rastan on Saturday, killing five people, activists said. "
               "Seven soldiers, five rebels and three civilians were killed in the fighting, the activists later said.")
    (mention,) = doc.mentions
    assert mention.sub_event_type == "Armed clash"
    assert mention.fatalities.best == 15


def test_killed_or_wounded_alone_gives_no_death_count(read) -> None:
    (mention,) = read("Ten people were killed or wounded when troops shelled Rastan on Saturday, activists said.").mentions
    assert mention.sub_event_type == "Shelling/artillery/missile attack"
    assert mention.fatalities.best == 0
    assert mention.killed_or_injured == 10
    assert mention.injuries is None


def test_two_incidents_in_two_towns_on_two_days(read) -> None:
    doc = read("Troops shelled Rastan on Saturday, killing three people, activists said. "
               "On Friday, gunmen killed two villagers in Jisr al-Shughour, residents said.")
    found = sorted((m.place.location, m.event_date, m.sub_event_type, m.fatalities.best) for m in doc.mentions)
    assert found == [
        ("Ar Rastan", date(2011, 12, 3), "Shelling/artillery/missile attack", 3),
        ("Jisr al-Shughour", date(2011, 12, 2), "Attack", 2),
    ]
    assert len({m.mention_id for m in doc.mentions}) == 2


def test_same_town_on_two_days_is_two_mentions(read) -> None:
    doc = read("Troops shelled Rastan on Friday, killing three people, activists said. "
               "On Saturday, tanks shelled Rastan again, killing two more, the activists said.")
    assert sorted((m.event_date, m.fatalities.best) for m in doc.mentions) == [(date(2011, 12, 2), 3), (date(2011, 12, 3), 2)]


def test_overnight_is_the_night_before_publication(read) -> None:
    (mention,) = read("Army tanks shelled the town of Rastan overnight, killing two people, activists said.",
                      published="2011-12-04").mentions
    assert (mention.event_date, mention.time_precision) == (date(2011, 12, 3), 1)


def test_undated_incident_takes_the_publication_day(read) -> None:
    (mention,) = read("Army tanks shelled the town of Rastan, killing two people, activists said.",
                      published="2011-12-04").mentions
    assert mention.event_date == date(2011, 12, 4)


def test_toll_without_a_place_is_a_claim_not_a_mention(read) -> None:
    doc = read("Troops shelled Rastan on Saturday, killing three people, activists said. "
               "In all, at least 23 people were killed across the country on Saturday, the activists said.")
    (mention,) = doc.mentions
    assert mention.place.location == "Ar Rastan"
    assert mention.fatalities.best == 3
    (claim,) = doc.claims
    assert (claim.quantity, claim.qualifier, claim.claimant, claim.as_of) == (23, "at least", "activists", date(2011, 12, 3))
    assert "killed" in claim.what


def test_unplaced_day_toll_alone_is_kept_as_a_claim(read) -> None:
    doc = read("At least 23 people were killed on Saturday, activists said.")
    assert doc.mentions == []
    assert [(c.quantity, c.qualifier) for c in doc.claims] == [(23, "at least")]


def test_country_wide_statement_is_not_a_mention(read) -> None:
    doc = read("Security forces killed 12 people across Syria on Saturday, activists said.")
    assert doc.mentions == []


def test_evidence_slices_the_article_text(read) -> None:
    text = ("DAYTON, Ohio -- Two men were shot outside a bar on Saturday night, police said. "
            "One of them died later at Miami Valley Hospital.\n\n"
            "Earlier on Saturday, a woman was stabbed in Houston, Texas, police there said.")
    doc = read(text, published="2012-06-03", title="Two shot in Dayton")
    assert [(m.place.location, len(m.evidence)) for m in doc.mentions] == [("Dayton", 3), ("Houston", 1)]  # the headline too
    # two shot, one of whom died: one dead, one hurt
    assert (doc.mentions[0].fatalities.best, doc.mentions[0].injuries.best) == (1, 1)
    spans = [e for m in doc.mentions for e in m.evidence]
    for evidence in spans:
        source = doc.article.title if evidence.field == "title" else doc.article.text
        assert source[evidence.start:evidence.end] == evidence.text
        assert evidence.article_id == doc.article.id
    assert any(e.field == "text" for e in spans)


def test_evidence_of_a_multi_sentence_incident(one_incident) -> None:
    text = one_incident.article.text
    (mention,) = one_incident.mentions
    assert len(mention.evidence) == 3
    for evidence in mention.evidence:
        assert text[evidence.start:evidence.end] == evidence.text
    assert [e.start for e in mention.evidence] == sorted(e.start for e in mention.evidence)


@pytest.mark.parametrize(
    ("text", "published", "killed"),
    [
        # a stated number beats the codebook's vague reading of a plural ("women killed" = 3)
        ("Police name women killed in Friday shooting\n\n"
         "HARLAN, Ky. -- Two women were shot dead outside a bar in Harlan on Friday night, police said.", "2015-03-09", 2),
        # another victim "also killed" adds one
        ("A 46-year-old woman was shot dead in Harlan, Kentucky, on Saturday night, police said. "
         "Gino Nicolas, 24, was also killed in the shooting.", "2016-04-24", 2),
        # "one other" adds to those told before it, not to a total told after
        ("A 19-year-old man was shot dead in Harlan, Kentucky, on Saturday night, police said. "
         "One other man was killed as well. Police said two men were killed in the shooting.",
         "2016-04-24", 2),
        # a death a noun names beside the one a verb tells in the same sentence is that one person
        ("A Harlan, Kentucky, man who died Saturday of a gunshot wound had been struck by a stray round from a "
         "hunter's rifle, the sheriff's report on the death of Tom Reed says.", "2016-04-24", 1),
        # "that boy", told again in the same sentence, is the boy told before
        ("A week after a boy was fatally shot in what deputies first called a holdup at a gas station in Harlan, "
         "Kentucky, they now say that boy was murdered by the cashier.", "2016-04-24", 1),
        # (but the suspect who died is someone else than the girl whose murder a noun names)
        ("The teen suspect in the New Year's Day murder of a 16-year-old girl in Harlan, Kentucky, has died, police "
         "said.", "2016-01-05", 2),
    ],
)
def test_deaths_told_across_sentences(read, text: str, published: str, killed: int) -> None:
    (mention,) = read(text, published=published).mentions
    assert mention.fatalities.best == killed


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # beside two dead or more, someone new told only as carried to care is alive: one of the hurt
        (("Three men were killed in gunfire at a car wash in Harlan, Kentucky, on Sunday. A six-year-old girl was "
          "flown to a hospital in Lexington."), 3, 1),
        # others told hurt beside those told shot are apart from them
        ("Two men were shot and three others were grazed by bullets at a party in Harlan, Kentucky, on Saturday night.",
         0, 5),
    ],
)
def test_the_hurt_counted_from_those_told_hit(read, text: str, killed: int, injured: int) -> None:
    (mention,) = read(text, published="2016-04-24").mentions
    assert (mention.fatalities.best, mention.injuries and mention.injuries.best) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man was shot dead outside a bar in Harlan, Kentucky, on Friday night, police said. "
         "Another man was shot in the leg.", 1, 1),
        ("Six people were wounded in a shooting outside a bar in Harlan, Kentucky, on Friday night, police said. "
         "All the victims had wounds that were not life-threatening, and four were taken to a hospital.", 0, 6),
        # victims described one by one after a total are among it, "another" included
        ("Three women and a boy were hurt when someone fired from a passing car in Harlan, Kentucky, late Friday, police said. "
         "A 30-year-old woman was badly injured. A 12-year-old boy was shot in the foot and a 41-year-old woman was shot "
         "in the arm. Another woman, 25, was shot in the hand.", 0, 4),
        # a person named among the wounded who then died is no longer wounded
        ("One man was shot dead and three men were wounded at a family party in Harlan, Kentucky, on Friday, police said. "
         "Marco Ruiz and three of his cousins were wounded. "
         "Marco Ruiz was taken to Harlan Memorial Hospital where he died.", 1, 3),
        # "three others" with no place of their own still add to the incident
        ("A boy was struck by a stray bullet during a shooting in Harlan, Kentucky, on Saturday night, police said. "
         "Three others turned up at a nearby hospital with gunshot wounds.", 0, 4),
        # others told after one of a group are the rest of it; "others" told again are the same people
        ("Three people were shot in Harlan, Kentucky, on Tuesday night, police said. One victim was treated for injuries at "
         "the scene. Two other victims went to a hospital with gunshot wounds.", 0, 3),
        ("One man was killed and six others were wounded at a party in Harlan, Kentucky, on Saturday, police said. "
         "A 15-year-old girl was among six other people wounded in the shooting.", 1, 6),
        # "others shot" are more people hit, even in the number of the wounded told beside the dead: a number alone
        # does not refer back ("the three", "among the wounded" would)
        ("A quarrel over a debt ended in a shooting in Harlan, Kentucky, on Saturday that left two men dead and three "
         "wounded, police said. Three others were shot in the incident, including a woman from Corbin.", 2, 6),
        # someone else shot beside the dead was hurt; so is one "fighting for her life"
        ("A neighbor in Harlan, Kentucky, described the moments before an officer was shot and a man killed on Saturday.", 1, 1),
        ("Three people are dead and another is fighting for her life after a shooting in Harlan, Kentucky, on Saturday.", 3, 1),
        ("A man was shot and killed in Harlan, Kentucky, on Saturday.", 1, None),
        # "a second man" is the second person hit; a group named by number, then who they were
        ("A 17-year-old boy was shot dead on Elm Street in Harlan, Kentucky, on Thursday evening, police said. "
         "Detectives learned a second man was injured in the shooting when he arrived at a hospital.", 1, 1),
        ("Police said four people, three women and one man, were taken to a hospital after a shooting in Harlan, Kentucky, "
         "on Sunday.", 0, 4),
        # an ordinal after a group is the last of them
        ("Two men were wounded outside a bar in Harlan, Kentucky, on Friday, and a third victim was wounded in the arm.", 0, 3),
        # an ordinal after people hurt counts them: "a third person died" is one death
        ("Two women suffered minor injuries and a third person died when shots were fired at a bus stop in Harlan, "
         "Kentucky, on Sunday, deputies said.", 1, 2),
        # a harm of an earlier year, or the victim a vigil remembers, is not this incident's
        ("Four people were shot late Tuesday on Elm Street in Harlan, Kentucky, in what police called revenge for a "
         "2015 murder.", 0, 4),
        ("A gunman fired into a crowd at a vigil for a homicide victim in Harlan, Kentucky, on Monday evening, "
         "wounding five people.", 0, 5),
        # more victims told days apart are another incident's
        ("A 19-year-old man was shot dead on Elm Street in Harlan, Kentucky, on Friday night, police said. His death came "
         "three days after another man was shot in the leg on the same street.", 1, None),
        # a first figure the report says was corrected gives way
        ("Three people were wounded outside a bar in Harlan, Kentucky, on Friday night. Deputies had initially said "
         "that six people were shot, but later lowered the number to three.", 0, 3),
        # an ordinal after the dead is the one hurt: four killed and a fifth wounded
        ("The gunman shot the five workers in the back room of a store in Harlan, Kentucky, on Saturday, killing four "
         "of them and wounding a fifth man, police said.", 4, 1),
        # a death named by another month is another incident's, "another man" or not
        ("A man was shot dead on Elm Street in Harlan, Kentucky, on Saturday, police said. Detectives think the "
         "killing was in retaliation for the January shooting death of another man.", 1, None),
        # the dead victim's injuries, told again, are not another person hurt
        ("A 9-year-old boy was fatally shot at a home in Harlan, Kentucky, on Sunday, police said. "
         "A police spokesman said the boy's injuries appeared to come from a single gunshot.", 1, 0),
        # a share of a group told in the same sentence is not more people
        ("Two people were hurt in a shooting outside a bar in Harlan, Kentucky, on Friday night, police said. "
         "The two victims were taken to a hospital, one with serious injuries and the other was in stable condition, "
         "deputies said.",
         0, 2),
        # an ordinal "also" hurt is the last of those told, not that many more
        (("A woman was shot in the back and a man was shot in the arm at a club in Harlan, Kentucky, on Friday night. "
          "A third victim was also injured."), 0, 3),
        # "another" just after the dead is beside them: one of the hurt told before
        (("One man died and four others were hurt in a shooting outside a bar in Harlan, Kentucky, on Friday night. "
          "The first man died later at a hospital, officers said. Another man remains in critical condition."), 1, 4),
        # "the other five" are the rest, beside the dead just told
        (("Two of the victims died at the scene in Harlan, Kentucky, on Friday night. "
          "The other five were taken to a hospital with minor injuries."), 2, 5),
        # ... but the rest of a group told with its dead ("four shot, one dead ... the other three") are among it,
        # and the others a killer shot before killing himself are others than him
        (("Police found four men shot in Harlan, Kentucky, on Friday night, and one was pronounced dead at the scene. "
          "The other three were taken to hospitals."), 1, 3),
        (("Four people were found dead at a hotel in Harlan, Kentucky, on Friday in a murder and suicide. "
          "Police said the man shot the other three victims and then killed himself."), 4, 0),
        # the dead told as a share of the hurt told before are among them
        (("Four people were injured in a shooting outside a club in Harlan, Kentucky, on Saturday. "
          "One of the men later died."), 1, 3),
        # another victim told by his condition after a sentence that counted the dead and the hurt is one of them
        (("One person was killed and four others were wounded in a shooting at a park in Harlan, Kentucky, on "
          "Saturday, police said. Another victim remained in critical condition on Sunday."), 1, 4),
        # ... but beside "several" (no figure), or told "also", they are more people
        (("Several people were hurt when shots were fired at a party in Harlan, Kentucky, on Saturday, police said. "
          "Seven others were treated at a hospital and released."), 0, 10),
        (("A 16-year-old was wounded when a gun went off in a car in Harlan, Kentucky, on Saturday, police said. The boy was "
          "taken to a hospital in critical condition. The driver was also taken to a hospital."), 0, 2),
        # those a sentence tells taken to hospital after the people it tells were shot are among them
        ("Four people were shot in Harlan, Kentucky, on Friday night and one victim was flown by helicopter to a "
         "trauma center.", 0, 4),
        # "her", killed by no one the sentence names, is the woman who died
        (("Jenna Wolfe, a 24-year-old nursing student, has died after a rifle her cousin was cleaning went off in Harlan, "
          "Kentucky, on Saturday, striking and killing her."), 1, None),
        # "the two" are the two the sentence named before
        (("Police in Harlan, Kentucky, are looking into the killing of Nora Webb and her nephew Cal Ortiz, after the two "
          "were shot to death outside their home on Friday."), 2, None),
        # someone told again as alive ("in stable condition") beside a death is not the one who died
        ("A man was killed in a shootout with deputies at a farm in Harlan, Kentucky, on Saturday, police said. "
         "A deputy was shot during the shootout. The deputy is in stable condition.", 1, 1),
        # the one a killer shot before turning the gun on himself is someone else than him, and no one tells her dead
        ("Deputies said a man shot his girlfriend and then turned the gun on himself outside a diner in Harlan, Kentucky, "
         "on Friday.", 1, 1),
        # ... and those of them his sentence does not tell dead
        ("Deputies said a man shot three co-workers at a warehouse in Harlan, Kentucky, on Friday, killing one, before "
         "turning the gun on himself.", 2, 2),
        # the one taken to hospital in critical condition, told by the age of the one who died, is that person
        (("A 15-year-old boy has died after being shot in the head on Friday night in Harlan, Kentucky, police said. "
          "Officers who got there first found a 15-year-old male with a head wound and took him to a hospital in "
          "critical condition."), 1, 0),
        # the one told wounded, then dead by a word that points back, died: GVA counts him killed only
        (("A 30-year-old man was wounded by gunfire near a gas station in Harlan, Kentucky, on Saturday night, officers "
          "said. He died at a hospital early Sunday."), 1, 0),
        # ... but a vague figure of the hurt may not hold him
        (("Several people were hurt when gunfire broke out near a gas station in Harlan, Kentucky, on Saturday night. "
          "The man died at a hospital early Sunday."), 1, 3),
        # the hurt told first as all of the hit, then apart from the dead, held the dead
        (("Five people were wounded when gunfire broke out at a cookout in Harlan, Kentucky, on Saturday night. "
          "One woman is dead and four others were hurt, deputies said."), 1, 4),
        # one verb tells someone shot, the verb joined to it someone else killed: two people hit
        (("Deputies said a man shot his teenage son and killed his wife at their home in Harlan, Kentucky, "
          "on Sunday night."), 1, 1),
        (("A farmer in Harlan, Kentucky, is charged with killing a neighbor and shooting the neighbor's nephew "
          "during a quarrel over a fence on Sunday."), 1, 1),
        # "others" told shot beside the dead are apart from them
        (("One man died and two others were rushed to a hospital after gunfire at a cookout in Harlan, Kentucky, "
          "on Saturday night."), 1, 2),
        # (but a verb that tells what became of the one shot tells no one more)
        (("A boy playing with a rifle in Harlan, Kentucky, on Sunday accidentally shot his cousin in the chest, "
          "killing the child."), 1, 0),
        (("A teenager handling a pistol in Harlan, Kentucky, on Sunday accidentally shot another boy in the neck, "
          "killing the youth."), 1, 0),
    ],
)
def test_people_hurt_told_across_sentences(read, text: str, killed: int, injured: int | None) -> None:
    (mention,) = read(text, published="2016-04-24").mentions
    assert (mention.fatalities.best, mention.injuries and mention.injuries.best) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        ("A sheriff's deputy was shot while serving a warrant in Harlan, Kentucky, on Friday. The deputy is in stable "
         "condition. The suspect is now dead, the sheriff said."),
        "A trooper was wounded during a traffic stop in Harlan, Kentucky, on Friday. The gunman was later found dead, police said.",
    ],
)
def test_a_dead_culprit_is_not_one_of_the_hurt_told_before(read, text: str) -> None:
    # (beside "a man was wounded ... he died": there the dead points back to the one hurt)
    (mention,) = read(text, published="2016-04-24").mentions
    assert (mention.fatalities.best, mention.injuries and mention.injuries.best) == (1, 1)


def test_the_one_a_killer_shot_is_not_hurt_when_the_report_tells_her_dead(read) -> None:
    (mention,) = read("Deputies said a man shot his girlfriend and then turned the gun on himself outside a diner in Harlan, "
                      "Kentucky, on Friday. The girlfriend died at the scene.", published="2016-04-24").mentions
    assert not mention.injuries or mention.injuries.best == 0


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a killer's death by his own hand, told in a sentence of its own, is one more than the victims told before
        ("Police said a man killed his wife and his daughter at their home in Harlan, Kentucky, on Friday. "
         "He then killed himself, police said.", 3),
        ("Police said a man killed his wife and his daughter at their home in Harlan, Kentucky, on Friday. "
         "The gunman died of a self-inflicted gunshot wound, police said.", 3),
        # ... and the one he shot, told dead after the sentence that tells his own death
        ("Deputies said a man shot his girlfriend and then turned the gun on himself outside a diner in Harlan, "
         "Kentucky, on Friday. The girlfriend died at the scene.", 2),
        # not where the dead told elsewhere outnumber those he shot (they hold him), nor beside a murder-suicide's toll
        ("A man shot his two sons and then himself at their home in Harlan, Kentucky, on Friday. All three are dead, "
         "police said.", 3),
        ("Two people died in a murder-suicide at a home in Harlan, Kentucky, on Friday. Police said a man killed his "
         "wife. He then killed himself.", 2),
        # nor where the only death told elsewhere is his own again, no one else killed
        ("A boy died in Harlan, Kentucky, on Friday of a self-inflicted gunshot wound. The boy was pronounced dead at "
         "a hospital.", 1),
    ],
)
def test_a_killers_own_death_told_apart_adds_to_his_victims(read, text: str, killed: int) -> None:
    (mention,) = read(text, published="2016-04-24").mentions
    assert mention.fatalities.best == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll that holds the killer ("a murder-suicide", "including gunman") has one victim fewer than it says,
        # so one of those he shot lived
        ("A murder-suicide left two people dead in Harlan, Kentucky, on Friday. Deputies said a man shot his wife and "
         "her sister as they fled the home, then killed himself. The sister was taken to a hospital.", (2, 1)),
        ("Five dead, including gunman, in Harlan shooting. A gunman shot six people in Harlan, Kentucky, on "
         "Saturday and killed four of them before he took his own life, the sheriff said.", (5, 2)),
    ],
)
def test_those_a_killer_shot_and_a_toll_holding_him_leave_alive_were_hurt(read, text: str, expected: tuple[int, int]) -> None:
    (mention,) = read(text, published="2016-04-24").mentions
    assert (mention.fatalities.best, mention.injuries and mention.injuries.best) == expected


def test_a_victim_told_by_age_and_then_by_name_is_one_person(read) -> None:
    doc = read("A 17-year-old died after being shot in a parked car in Harlan, Kentucky, on Monday evening, police said. "
               "Police said the teenager had been showing friends a handgun. "
               "Darnell Hayes was taken to Harlan Memorial Hospital where he later died.", published="2016-08-16")
    (mention,) = doc.mentions
    assert (mention.fatalities.best, mention.injuries.best if mention.injuries else 0) == (1, 0)


@pytest.mark.parametrize(
    "text",
    [
        # a victim the report has named dies of the incident's wound days later: the same incident, on its day
        ("A 20-year-old man was charged on Wednesday in the accidental shooting of his friend in Harlan, Kentucky. "
         "Owen Marsh was shot in the head at a home on Elm Road on June 2, police said. "
         "Marsh died from a gunshot wound to his head on June 5."),
        ("Two sisters were shot at their home on Elm Road in Harlan, Kentucky, on June 2, police said. "
         "The younger girl died of her injuries at the hospital on June 5."),
    ],
)
def test_a_victim_who_dies_of_the_wounds_later_is_the_same_incident(read, text: str) -> None:
    (mention,) = [m for m in read(text, published="2016-06-23").mentions if m.event_type != "Strategic developments"]
    assert mention.event_date == date(2016, 6, 2)
    assert mention.fatalities.best == 1


def test_an_incident_a_court_report_names_and_tells_as_past_is_one_mention(read) -> None:
    # the news names the deaths; the past-tense sentence tells and dates them: one incident, not two
    doc = read("Two men were charged on Monday in the shooting deaths of a woman and her young son in Harlan, Kentucky. "
               "The woman and the boy were shot and killed inside their home on Aug. 6, police said.", published="2016-11-08")
    (mention,) = [m for m in doc.mentions if m.event_type != "Strategic developments"]
    assert (mention.event_date, mention.fatalities.best) == (date(2016, 8, 6), 2)
    assert len(mention.evidence) == 2


@pytest.mark.parametrize(
    ("text", "published", "toll"),
    [
        # a street named after a town far away ("on Porter at Elgin") places the same six victims again
        ("Six people were shot outside a nightclub in Harlan, Kentucky, early Sunday, police said. "
         "Deputies arriving at the club on Porter at Elgin found the six wounded in the parking lot.", "2016-05-02", (0, 6)),
        ("Three men were shot dead at a barbecue in Harlan, Kentucky, on Saturday night, police said. "
         "Deputies said all three men were killed by the same gunman at a house on Corbin Road, near Elgin.", "2016-05-02", (3, 0)),
    ],
)
def test_the_same_toll_of_several_on_the_same_day_placed_far_away_is_one_incident(read, text: str, published: str,
                                                                                   toll: tuple[int, int]) -> None:
    (mention,) = read(text, published=published).mentions
    assert mention.place.location == "Harlan"
    assert (mention.fatalities.best, mention.injuries.best if mention.injuries else 0) == toll


def test_a_headline_repeated_in_a_run_together_sentence_is_one_person(read) -> None:
    doc = read("Harlan boy killed by stray bullet at party Local News Harlan boy killed by stray bullet at party "
               "on Friday night in Harlan, Kentucky.", published="2016-04-24")
    (mention,) = doc.mentions
    assert mention.fatalities.best == 1


def test_a_crosshead_names_who_says_so_not_who_was_hurt(read) -> None:
    doc = read("A toddler was hurt in a drive-by shooting in Harlan, Kentucky, on Friday night, police said.\n\n"
               "Police: Toddler wounded in drive-by shooting on Elm Street\n\n"
               "The girl was released from the hospital on Saturday.", published="2016-04-24")
    (mention,) = doc.mentions
    assert mention.injuries is not None and mention.injuries.best == 1


def test_victims_of_an_earlier_year_are_not_counted(read) -> None:
    doc = read("A man was wounded in a shooting in Harlan, Kentucky, on Friday night, police said. "
               "The shooting happened a block from a March 2012 shooting that left a teenager dead.",
               published="2015-03-09")
    (mention,) = doc.mentions
    assert mention.fatalities.best == 0
    assert mention.injuries is not None and mention.injuries.best == 1


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day of an inquiry or a hearing is not the day of the shooting it names
        ("Police on Monday were investigating the death of a man who was shot outside a motel in Harlan, Kentucky. "
         "Officers were called to the motel at about 11 p.m. Sunday.", "2015-03-09", date(2015, 3, 8)),
        ("A 16-year-old boy appeared in court Thursday morning on charges stemming from the shooting of a 14-year-old "
         "in Harlan, Kentucky. Police were called at 1:30 p.m. Wednesday to a home on Elm Street in Harlan where the "
         "14-year-old had been shot in the head.", "2015-06-04", date(2015, 6, 3)),
        ("A man wanted in the killing of a store clerk in Harlan, Kentucky, was extradited from Ohio on Monday. "
         "The clerk was shot at about 9 p.m. Thursday as he closed the store.", "2015-06-09", date(2015, 6, 4)),
        ("Hundreds of mourners in Harlan, Kentucky, buried on Saturday a teenager who was shot dead outside his school. "
         "He was hit by a stray bullet as classes ended on Tuesday afternoon.", "2015-06-08", date(2015, 6, 2)),
        # a day said of the incident's noun is the incident's, whatever verb its phrase hangs on
        ("Deputies in Harlan, Kentucky, have arrested two brothers in connection with a shooting in the town's east end "
         "Sunday night. The brothers were taken into custody late Monday afternoon at a motel.", "2015-06-10", date(2015, 6, 7)),
        ("A Harlan, Kentucky, man is charged with murder in the May 31 death of a toddler, the prosecutor said Thursday. "
         "The boy was killed when shots were fired into his grandmother's home. The charges were made public Thursday.",
         "2015-07-24", date(2015, 5, 31)),
        # what follows "said" is what was said: its day is the incident's ("said the argument Wednesday night")
        ("A boy shot his two brothers in Harlan, Kentucky, the sheriff said Thursday. The sheriff earlier said "
         "the quarrel Wednesday night began over a video game.", "2015-03-26", date(2015, 3, 25)),
        # the arrest's own verbs date the arrest, not the incident
        ("A man accused of wounding a clerk at a gas station in Harlan, Kentucky, was taken into custody on Friday "
         "afternoon. The clerk was shot during a robbery on Wednesday night.", "2015-07-04", date(2015, 7, 1)),
        ("A man accused of wounding a clerk at a gas station in Harlan, Kentucky, was booked into the county jail on "
         "Friday afternoon. The clerk was shot during a robbery on Wednesday night.", "2015-07-04", date(2015, 7, 1)),
        ("A man accused of wounding a clerk at a gas station in Harlan, Kentucky, was captured on Friday afternoon. "
         "The clerk was shot during a robbery on Wednesday night.", "2015-07-04", date(2015, 7, 1)),
        # a day to come, told without its year, is no day of the incident (nor last year's day)
        ("A man accused of shooting a store clerk in Harlan, Kentucky, on Sunday is due in court on July 13, "
         "prosecutors said.", "2015-06-10", date(2015, 6, 7)),
        ("Prosecutors said a man who shot a store clerk in Harlan, Kentucky, is due in court on July 13.",
         "2015-06-10", date(2015, 6, 10)),
        # a follow-up (a plea, a bail hearing) dates its incident in full further down: a shooting's day told without
        # its year is last year's even when this year's same day is a few weeks off, and a day told of the shooting
        # as a noun ("the shooting took place ... June 19, 2015") is the incident's, not the hearing's
        ("Three men admitted on Friday their part in the Nov. 21 gunfight behind a grocery in Harlan, Kentucky, in which "
         "six people were hurt.", "2016-10-17", date(2015, 11, 21)),
        ("A judge set bond on Saturday for the second suspect in a double killing at a tennis court in Harlan, "
         "Kentucky. The shooting took place by the nets at 9:15 a.m. June 19, 2015, deputies said.",
         "2016-07-02", date(2015, 6, 19)),
        # but a day the sentence tells as the court's, or as still to come, is no day of the incident
        ("Three men pleaded guilty on Friday in a gunfight behind a grocery in Harlan, Kentucky, that hurt six "
         "people. The men, charged in the gunfight, will be back in court on Nov. 21.", "2016-10-17", date(2016, 10, 14)),
        ("Three men pleaded guilty on Friday in a gunfight behind a grocery in Harlan, Kentucky, that hurt six "
         "people. A trial in the shooting of a bystander is set to begin on Nov. 21.", "2016-10-17", date(2016, 10, 14)),
        # a victim who died later was hurt on the incident's day; a victim's state is told on the report's day
        ("A woman from Harlan, Kentucky, died Sunday of the gunshot wounds she suffered on Thursday at a gas station.",
         "2015-06-08", date(2015, 6, 4)),
        ("A 15-year-old boy remained in custody on Monday on charges of murder in Harlan, Kentucky. He was arrested "
         "after the shootings on Saturday at his family's farm.", "2015-06-09", date(2015, 6, 6)),
        # a vague time and a day it holds are one incident, on that day; "last week" narrowed to the day named
        ("Friends gathered on Friday night for a teenager from Harlan, Kentucky, who was killed earlier this month. "
         "Police said a 22-year-old man shot and killed the boy inside a home on Elm Drive in Harlan on Aug. 5.",
         "2014-08-15", date(2014, 8, 5)),
        ("An arrest has been made in last week's drive-by shooting in Harlan, Kentucky, that wounded a girl. "
         "On Tuesday, March 3, deputies were called to a report of a girl shot on Main Street.", "2015-03-09", date(2015, 3, 3)),
        # a report dated at its head, or posted long before the page was stamped, counts days from that date
        ("HARLAN, Ky. (March 1, 2015): Two men were wounded in a shooting outside a bar in Harlan early this morning.",
         "2016-06-20", date(2015, 3, 1)),
        ("Two wounded in Harlan bar shooting Posted: Sunday, March 1, 2015 10:02 AM Updated: Monday, March 16, 2015\n\n"
         "Two men were wounded in a shooting outside a bar in Harlan, Kentucky, early Sunday.", "2015-03-17", date(2015, 3, 1)),
        # so does a page's creation stamp ("Created: 03/01/2015 6:12 AM")
        ("Created: 03/01/2015 6:12 AM Test Wire\n\nTwo men were wounded in a shooting outside a bar in Harlan, Kentucky, "
         "early Sunday.", "2016-06-20", date(2015, 3, 1)),
    ],
)
def test_the_day_of_the_incident(read, text: str, published: str, day: date) -> None:
    mentions = [m for m in read(text, published=published).mentions if m.event_type != "Strategic developments"]
    assert mentions[0].event_date == day


@pytest.mark.parametrize(
    ("text", "day", "of_the_incident"),
    [
        ("She is accused of six counts, one for every neighbour wounded in the gunfire on Oct. 3 behind the mill.",
         "on Oct. 3", True),
        ("The shooting on Oct. 3 left nine people hurt.", "on Oct. 3", True),
        ("He was booked into the county jail on Oct. 9 after a long search.", "on Oct. 9", False),
        ("Deputies heard gunfire and took the man into custody on Oct. 9.", "on Oct. 9", False),
        ("Smith, charged in the killing, is due back in court on Oct. 9.", "on Oct. 9", False),
        # the incident's own place may run long between its noun and its day
        ("Two men face charges over the shooting outside the Lakeview community recreation centre on May 3.",
         "on May 3", True),
    ],
)
def test_a_day_told_of_the_incident_noun(text: str, day: str, of_the_incident: bool) -> None:
    # "gunfire" names the incident as "shooting" does: the day told of it is the incident's, not an arrest's
    from wirecoder.extract.assemble import _dates_the_incident

    start = text.index(day)
    assert _dates_the_incident(text, start, start + len(day)) is of_the_incident


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Police in Harlan said Friday that a boy had been hurt.", True),
        # the incident itself "was reported" then, however long the hour told between them
        ("The shooting was reported at 10:35 a.m. Monday on Elm Street.", False),
        # what follows "said" is what was said
        ("The sheriff said the quarrel Wednesday night began over a video game.", False),
        ("Harlan police told the newspaper Tuesday that the boy had died.", True),
        # the state of things when the report was written
        ("A search for the gunman continued Monday along the river.", True),
        ("Deputies were still at the house Tuesday morning gathering shell casings.", True),
        ("Why the man opened fire remained unclear Friday.", True),
    ],
)
def test_a_day_told_beside_a_reporting_word(text: str, statement: bool) -> None:
    from wirecoder.extract.assemble import _statement_day

    day = next(word for word in ("Friday", "Monday", "Wednesday", "Tuesday") if word in text)
    assert _statement_day(text, text.index(day)) is statement


def test_a_place_in_the_report_country_beats_a_namesake_abroad(read) -> None:
    doc = read("NORFOLK, Va. -- A man was shot dead outside a bar near Granby Street and Guadalajara in Norfolk on Friday night, police said.",
               published="2015-03-09")
    (mention,) = doc.mentions
    assert mention.place.country_code == "US"


def test_a_court_report_is_about_the_incident_it_dates(read) -> None:
    doc = read("Two men accused in the shooting death of a Harlan teenager entered guilty pleas on Friday. "
               "Dale Porter, 17, was shot and killed outside his home in Harlan, Kentucky, on May 2, 2013.",
               published="2015-03-09")
    main = doc.mentions[0]
    assert (main.event_date, main.fatalities.best) == (date(2013, 5, 2), 1)


def test_a_county_and_a_town_in_it_are_one_place(read) -> None:
    doc = read("A father and two children were found dead inside a home in Harlan County on Thursday. "
               "HARLAN, Ky. -- The three were found dead in a house in Harlan on Thursday, deputies said.",
               published="2015-08-28")
    assert len([m for m in doc.mentions if m.event_type != "Strategic developments"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A teenager sustained serious injuries early Sunday when she was shot inside an apartment in Harlan, Kentucky.",
        "A man accidentally shot himself in the leg in Harlan, Kentucky, on Sunday as he was cleaning his handgun.",
    ],
)
def test_a_pronoun_is_the_person_already_counted(read, text: str) -> None:
    (mention,) = read(text, published="2017-02-27").mentions
    assert mention.injuries is not None and mention.injuries.best == 1


def test_an_arrest_day_is_not_the_shooting_day(read) -> None:
    doc = read("HARLAN, Ky. -- Deputies arrested two brothers on Monday over the deadly shooting of a teenage boy. "
               "Officers said the gunfire was reported shortly after 4 p.m. Saturday near a block of flats in Harlan.",
               published="2017-01-31")
    attack = next(m for m in doc.mentions if m.event_type != "Strategic developments")
    assert attack.event_date == date(2017, 1, 28)


def test_an_embedded_post_date_is_a_stamp(read) -> None:
    doc = read("HARLAN, Ky. -- Police on Tuesday described Friday's shooting outside a Harlan casino in which two bystanders were hit. "
               "HARLAN SHOOTING: police show where the suspect was standing — Jo Reporter (@joreporter) January 26, 2016",
               published="2016-01-26")
    assert doc.mentions[0].event_date == date(2016, 1, 22)


@pytest.mark.parametrize("stamp", [
    "UPDATE SATURDAY 6:10 AM",  # an update's own day
    "UPDATE 9:40 PM, JAN. 7 -",  # its hour, then its day
    "Winter Storm Warning issued January 3 at 4:12PM EST expiring January 6 at 7:00AM EST in effect for: Harlan",  # an alert
])
def test_an_update_stamp_or_a_weather_alert_dates_no_incident(read, stamp: str) -> None:
    (mention,) = read(f"{stamp}\n\nA man was wounded in a shooting on Elm Street in Harlan, Kentucky, police said.",
                      published="2015-01-09").mentions
    assert mention.event_date == date(2015, 1, 9)  # undated: the report's day


def test_the_incident_the_headline_tells_is_the_main_one(read) -> None:
    doc = read("Police in Corbin, Kentucky, were still looking for the man who stabbed a woman on Elm Street on Tuesday. "
               "The stabbing left the woman hurt. Officers searched the area around Elm Street for the attacker on Tuesday. "
               "In Harlan, Kentucky, a man was shot dead outside a bar on Saturday night, police said.",
               published="2016-04-24", title="Man shot dead outside Harlan bar")
    assert doc.mentions[0].place.location == "Harlan"


def test_a_town_before_a_victim_is_no_name_of_his(read) -> None:
    # the dead firefighter of the headline is the man the report names, not a second one called "Stoneham"
    doc = read("STONEHAM, Mass. (Test Wire) - Police said Lee Cole, 24, was found dead inside his home on Tuesday.",
               published="2016-06-30", title="Stoneham firefighter fatally shot inside home")
    assert [m.fatalities.best for m in doc.mentions] == [1]


def test_a_house_number_like_a_year_does_not_date_the_incident(read) -> None:
    doc = read("Harlan police are investigating the shooting of a 6-year-old girl on the 2000 block of Elm Street in "
               "Harlan, Kentucky.", published="2016-04-24")
    assert [(m.event_date.isoformat(), m.injuries and m.injuries.best) for m in doc.mentions] == [("2016-04-24", 1)]
    from wirecoder.extract.assemble import _YEAR

    assert [_YEAR.findall(text) for text in ("on the 2000 block of Elm Street", "at 2012 Oak Ave.", "in 2014")] == [[], [], ["2014"]]


def _killed_and_injured(doc) -> list[tuple[int, int]]:
    return [(m.fatalities.best, m.injuries.best if m.injuries else 0) for m in doc.mentions]


def test_the_victim_told_again_beside_a_death_is_the_one_who_died(read) -> None:
    doc = read("HARLAN, Ky. (Test Wire) - A 4-year-old boy died on Sunday after he was shot at a home on Elm Street, "
               "deputies said. The victim was taken from the scene in critical condition.", published="2016-02-08")
    assert _killed_and_injured(doc) == [(1, 0)]


def test_a_survivor_told_first_as_such_still_counts(read) -> None:
    doc = read("HARLAN, Ky. (Test Wire) - A man was killed and a woman was wounded on Sunday in a shooting on Elm Street, "
               "deputies said. The woman was taken to a hospital in critical condition.", published="2016-02-08")
    assert _killed_and_injured(doc) == [(1, 1)]


def test_a_recovered_weapon_is_no_one_recovering(read) -> None:
    doc = read("HARLAN, Ky. (Test Wire) - A man was shot dead on Sunday on Elm Street, deputies said. "
               "The rifle used in the shooting was recovered near the house.", published="2016-02-08")
    assert _killed_and_injured(doc) == [(1, 0)]


RETOLD_NEXT_DAY = ("A man was killed and five people were wounded in a shooting at a party in San Bernardino late Saturday, "
                   "police said. \"I watched them shooting at each other from across the street Sunday,\" a San Bernardino "
                   "resident said.")


def test_a_retelling_without_victims_or_counts_is_evidence_of_the_incident(read) -> None:
    # the neighbour's "Sunday" (the early hours after a late Saturday) names no victim and no count:
    # the same shooting told again, not a second event with no casualties
    (mention,) = read(RETOLD_NEXT_DAY, published="2016-06-13").mentions
    assert (mention.place.location, mention.event_date, mention.fatalities.best, mention.injuries.best) == (
        "San Bernardino", date(2016, 6, 11), 1, 5)
    assert any("across the street" in e.text for e in mention.evidence)


def test_a_second_incident_nearby_with_its_own_victim_stays_apart(read) -> None:
    doc = read("A man was killed and five people were wounded in a shooting at a party in San Bernardino late Saturday, "
               "police said. On Sunday, a woman was wounded in a shooting in Fontana, police said.", published="2016-06-13")
    found = sorted((m.place.location, m.event_date, m.fatalities.best, m.injuries.best) for m in doc.mentions)
    assert found == [("Fontana", date(2016, 6, 12), 0, 1), ("San Bernardino", date(2016, 6, 11), 1, 5)]


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Thirteen people shot on Rockford street corner overnight",
     "Thirteen people were wounded in a shooting on a street corner in Rockford late Saturday, police said.",
     ("Rockford", date(2016, 6, 11), 0, 13)),
    ("Man killed, two hurt in Rockford shooting Saturday",
     "A man was killed and two women were hurt in a shooting in Rockford on Friday night, police said.",
     ("Rockford", date(2016, 6, 10), 1, 2)),
])
def test_the_same_toll_told_again_at_the_same_place_is_the_same_incident(read, title: str, text: str, expected) -> None:
    # the headline and the body read a day apart (the small hours, the report's own day) tell one toll
    doc = read(text, published="2016-06-13", title=title)
    assert [(m.place.location, m.event_date, m.fatalities.best, m.injuries.best) for m in doc.mentions] == [expected]


def test_one_victim_each_in_shootings_a_day_apart_in_one_town_stay_apart(read) -> None:
    # one person hurt is too common a toll to say two reports of it are one
    doc = read("A man was wounded in a shooting in Rockford on Sunday, police said. On Saturday, a woman was wounded "
               "in a separate shooting in Rockford, police said.", published="2016-06-13")
    assert len(doc.mentions) == 2


def test_a_victim_s_death_told_the_next_day_is_one_of_the_incident_s_dead(read) -> None:
    # the boy hurt on Thursday dies on the report's day: one incident of Thursday with one dead, not a second one
    doc = read("A 14-year-old boy was shot by accident while hunting with a friend near Harlan, Kentucky, on Thursday "
               "evening, game wardens said. \"A neighbour rang me this morning to say the boy had passed away,\" a "
               "neighbour said.", published="2016-06-17")
    assert [(m.place.location, m.event_date, m.fatalities.best) for m in doc.mentions] == [("Harlan", date(2016, 6, 16), 1)]


def test_a_far_town_the_victim_was_taken_to_is_no_second_incident(read) -> None:
    # the hospital's town, read as where she was shot, tells no one the report has not: the same shooting
    doc = read("A 7-year-old girl was accidentally shot by another child in the woods near Harlan, Kentucky, on Wednesday, "
               "deputies said. The girl was shot in the leg and driven to a hospital in Knoxville, Tennessee.", published="2016-06-16")
    assert [(m.place.location, m.event_date, m.injuries.best) for m in doc.mentions] == [("Harlan", date(2016, 6, 15), 1)]


@pytest.mark.parametrize("text", [
    ("A man was shot dead outside a bar in Harlan, Kentucky, on Saturday night, police said. The suspect was caught "
     "hours later in Dayton, Ohio, where he shot a 45-year-old clerk in the arm, police said."),
    ("Gunmen killed seven people at a checkpoint in Hama on Saturday, activists said. Security forces shot dead "
     "three protesters in Homs on Saturday, the activists said."),
])
def test_a_far_town_s_incident_with_people_of_its_own_stays_apart(read, text: str) -> None:
    # fewer people hit on the same day, but not the ones told before: another incident
    doc = read(text, published="2016-06-13")
    assert len(doc.mentions) == 2


def test_an_earlier_day_told_far_down_at_the_same_town_does_not_date_the_news(read) -> None:
    # the opening dates the killing (early Sunday); Saturday's shooting, recalled at the end, is read at the same
    # town a day apart, but its day is not the news's own
    doc = read("A 19-year-old man was shot and killed outside a bar in Rockford early Sunday, police said. "
               "Officers found him lying in the parking lot of the bar on Main Street. He was taken to a hospital, where he died. "
               "Police have not named a suspect. Witnesses told officers they heard several shots. "
               "The bar was closed for the rest of the night. Police said they did not know whether the killing was tied "
               "to a shooting that wounded a woman in Rockford on Saturday.", published="2016-06-13")
    assert [(m.place.location, m.event_date) for m in doc.mentions][:1] == [("Rockford", date(2016, 6, 12))]


def test_a_court_day_does_not_date_the_incident_the_court_hears(read) -> None:
    # "indicted today" dates the indictment; the killing is the one "Feb. 22" dates
    (mention,) = read("A man charged in the shooting death of a high school senior in Toledo was indicted today by a grand jury. "
                      "He was indicted for complicity to murder in the Feb. 22 slaying of the 17-year-old.",
                      published="2016-06-13").mentions
    assert (mention.place.location, mention.event_date) == ("Toledo", date(2016, 2, 22))


def test_a_follow_up_is_dated_by_the_past_it_tells_not_by_its_hearing(read) -> None:
    # the trial is the news, stamped with the report's day; the girl's death is the incident, and the report tells
    # it as past with its own day: one incident of that day, not a second one on the day of the report
    (mention,) = read("(09/07/16) - A jury was picked in the trial of a Dayton man charged with murder after his daughter, 8, "
                      "found his rifle in a closet and killed herself. Court records show the trial will go on Wednesday "
                      "morning. The girl was fatally shot in the chest Jan. 14 on the city's north side. Her father denied "
                      "the charges in April.",
                      title="Dayton father on trial over daughter's death with his rifle", published="2016-09-07").mentions
    assert (mention.place.location, mention.event_date) == ("Dayton", date(2016, 1, 14))


def test_a_follow_up_s_bare_weekday_is_the_weekday_of_the_day_it_gives_in_full(read) -> None:
    # the arrest is the news; "Sunday" (a line kept from the first report) is the Sunday of "the Aug. 9 death",
    # not the Sunday before the report, six weeks later
    (mention,) = [m for m in read("Police on Tuesday said a third man had been arrested in connection with the Aug. 9 death "
                                  "of Dario Mendes outside a bar in Ocala, Florida. Dario Mendes was shot and killed Sunday "
                                  "outside the bar on Pine Avenue in Ocala.",
                                  title="Third man arrested in fatal Ocala bar shooting", published="2015-09-22").mentions
                  if m.event_type != "Strategic developments"]
    assert mention.event_date == date(2015, 8, 9)


def test_a_hearing_s_day_in_the_clause_gives_way_to_the_incident_s(read) -> None:
    # "today" is the hearing's, though nearer the verb than "on Sept. 3", which is the killing's
    (mention,) = read("A Reading man will stand trial on charges he shot and killed a 24-year-old earlier this month. "
                      "Marcus Dell, 19, had a preliminary hearing today before a district judge on charges that he killed "
                      "Tony Ruiz, 24, in the 800 block of Penn Street in Reading, Pennsylvania, on Sept. 3.",
                      published="2016-09-14").mentions
    assert mention.event_date == date(2016, 9, 3)


def test_a_report_of_a_plea_takes_the_day_it_gives_the_incident_in_full(read) -> None:
    # the plea's "Thursday" is the news; the incident's own day is the one written out, "June 3"
    (mention,) = read("A teenager in Hamilton, Ohio, is to be sentenced for the accidental shooting death of his friend, 14. "
                      "His lawyer entered a guilty plea for him Thursday. Detectives say the pair were handling a pistol "
                      "together when it went off June 3.", published="2015-07-10").mentions
    assert mention.event_date == date(2015, 6, 3)


def test_a_day_written_before_the_noun_is_the_noun_s_even_under_a_charge(read) -> None:
    (mention,) = read("Police in Cedar Rapids, Iowa, arrested a 13-year-old boy on Tuesday and charged him with manslaughter "
                      "in connection with the March 18th shooting of a 15-year-old boy, who died the next day.",
                      published="2016-04-07").mentions
    assert mention.event_date == date(2016, 3, 18)


@pytest.mark.parametrize("told", ["in the April 9 death of Tomas Verlo", "in connection with the shooting at a Dunmore car wash on April 9"])
def test_a_day_the_incident_noun_carries_dates_a_follow_up(read, told: str) -> None:
    # "charged ... in the April 9 death": the charge is Wednesday's news, the incident the day its noun is given
    (mention,) = read(f"DUNMORE, Pa. -- Prosecutors said Wednesday that a 20-year-old man is charged with third-degree murder {told}. "
                      "Verlo, 31, was shot once and died at the scene.", published="2016-06-03").mentions
    assert mention.event_date == date(2016, 4, 9)


@pytest.mark.parametrize(("clock", "day"), [("about 2 a.m.", date(2016, 6, 12)), ("about 11 p.m.", date(2016, 6, 11))])
def test_an_overnight_shooting_in_the_small_hours_is_on_the_next_day(read, clock, day) -> None:
    (mention,) = read(f"A man was shot and killed overnight in Dayton, Ohio, {clock}, police said.", published="2016-06-12").mentions
    assert mention.event_date == day


@pytest.mark.parametrize(("told", "day"), [
    ("Officers found them early Sunday on Elm Street.", date(2016, 6, 12)),  # after midnight: the report's day
    ("Neighbours heard the shots late Saturday.", date(2016, 6, 11)),  # before midnight: the evening's day
    ("The call came in at about 9:40 p.m.", date(2016, 6, 11)),
])
def test_an_overnight_shooting_takes_the_side_of_midnight_the_report_tells(read, told, day) -> None:
    (mention,) = read(f"Two men were wounded in a shooting overnight in Dayton, Ohio, police said. {told}",
                      published="2016-06-12").mentions
    assert mention.event_date == day


def test_a_name_and_an_age_told_together_tell_who_died() -> None:
    # "Maria Hill-Dorsey, an 8-year-old, was shot ... Hill-Dorsey was in critical condition ... the
    # 8-year-old died": the name is tied to the age that died, so the one in critical condition died
    from wirecoder.extract.assemble import _People, _with_linked

    dead = {"age:8"}
    told = _with_linked(dead, {"age:8;name:maria hill dorsey", "name:hill dorsey", "age:30;name:ann lee"})
    assert told == {"age:8", "age:8;name:maria hill dorsey"}
    assert _People({"name:hill dorsey"}).among(_People(told)) == 1
    assert _People({"name:ann lee"}).among(_People(told)) == 0
    # a family's two people share a name, not a person: the son is not the father who died
    assert _with_linked({"name:dale krauss"}, {"age:8;name:wyatt krauss"}) == {"name:dale krauss"}


def test_an_age_in_words_is_the_same_age(read) -> None:
    doc = read("HARLAN, Ky. (Test Wire) - A three-year-old boy who was critically injured in a shooting on Elm Street "
               "on Sunday has died, deputies said. The 3-year-old found a pistol in a bedroom.", published="2016-02-08",
               title="3-year-old critically injured in Harlan shooting")
    assert _killed_and_injured(doc)[0] == (1, 0)


def test_an_overnight_shooting_s_hour_told_a_few_sentences_down(read) -> None:
    # the lead tells "overnight", the hour comes after the scene and the victims are described
    (mention,) = read("Four people were wounded in an overnight shooting in Dayton, Ohio, police said. "
                      "The gunfire broke out in a parking lot on Elm Street. "
                      "Two of the victims are brothers who live in the neighbourhood. "
                      "A third victim is a woman in her thirties. "
                      "Officers were called to the lot around 3:30 a.m. and found shell casings.",
                      published="2016-06-12").mentions
    assert mention.event_date == date(2016, 6, 12)


def test_a_day_the_opening_tells_before_a_later_evening(read) -> None:
    # the incident's day comes first; the evening after is when the mother spoke
    mentions = read("Police are looking for a suspect in the shooting of a 9-year-old girl who was hit by a stray bullet "
                    "in her Harlan, Kentucky, bedroom Monday. Stepping out of her home Tuesday night, the girl's mother "
                    "told reporters her daughter is recovering.", published="2016-03-01").mentions
    assert mentions[0].event_date == date(2016, 2, 29)


def test_a_month_told_is_narrowed_to_the_day_written_out_in_it(read) -> None:
    mentions = read("A store clerk was shot and killed last month in Harlan, Kentucky. Police said the gunman walked "
                    "into the store on Dec. 23 and demanded cash.", published="2015-01-06").mentions
    assert mentions[0].event_date == date(2014, 12, 23)


@pytest.mark.parametrize(("text", "published", "day"), [
    # the day of a hearing or a press conference is theirs, not the incident's
    ("A gunman wounded two officers at a coffee shop in Harlan, Kentucky. At a press conference Monday afternoon, "
     "the police chief described the officers as lucky. They were on a break Sunday when the man walked in.",
     "2015-06-09", date(2015, 6, 7)),
    ("Police in Harlan, Kentucky, gave new details about a shooting that left three people dead in a Sunday afternoon "
     "press conference. The gunman opened fire on Friday night.", "2015-06-08", date(2015, 6, 5)),
    ("A man accused of wounding a clerk at a gas station in Harlan, Kentucky, stood in silence during Friday "
     "morning's short hearing. The clerk was shot during a robbery on Wednesday.", "2015-07-04", date(2015, 7, 1)),
    # a day told right after the killing is the killing's, though the parse may hang it on the charge
    ("Police in Harlan, Kentucky, arrested Carter on Friday. Carter has been charged with one count each of murder "
     "and carrying a concealed weapon and is accused of killing 41-year-old Dale Moss at the Blue Moon, 220 E. Oak St., "
     "on Feb. 3.", "2013-03-18", date(2013, 2, 3)),
    # the day told with a crime's name is the charge's, not the incident's
    ("Police in Harlan, Kentucky, said a 19-year-old was being held Thursday on charges of murder. "
     "The gunfire broke out at a bus stop on Elm Street early Tuesday, police said.", "2017-03-03", date(2017, 2, 28)),
    ("A 19-year-old from Harlan, Kentucky, was charged with murder Thursday. "
     "Investigators say he opened fire at a bus stop on Elm Street early Tuesday.", "2017-03-03", date(2017, 2, 28)),
    # a statement, a filing, the state of things when the report was written
    ("A 17-year-old boy shot himself in the leg at a park in Harlan, Kentucky, deputies stated Wednesday. "
     "The boy was handling a pistol there at about 8 p.m. Monday, according to a news release.", "2015-12-30", date(2015, 12, 28)),
    ("Prosecutors on Wednesday filed a manslaughter charge against a man who shot his roommate in Harlan, Kentucky. "
     "The complaint says the man fired a rifle in their kitchen on Monday.", "2015-12-30", date(2015, 12, 28)),
    ("As of Wednesday afternoon, a 9-year-old girl shot in Harlan, Kentucky, was in stable condition. Her mother says "
     "a stray bullet hit her while she played in the yard on Monday evening.", "2015-12-30", date(2015, 12, 28)),
])
def test_a_day_of_what_followed_does_not_date_the_incident(read, text: str, published: str, day: date) -> None:
    mentions = [m for m in read(text, published=published).mentions if m.event_type != "Strategic developments"]
    assert mentions[0].event_date == day


@pytest.mark.parametrize("noun", ["attempted murder", "quadruple murder", "fatal shooting"])
def test_a_day_written_before_an_incident_noun_dates_the_incident(noun: str) -> None:
    from wirecoder.extract.assemble import _dates_the_incident

    text = f"He was convicted in connection to the June 13, 2015 {noun} of a clerk."
    start = text.index("June")
    assert _dates_the_incident(text, start, start + len("June 13, 2015"))


@pytest.mark.parametrize("told", [
    "A teenager charged with murder in a shooting that killed a man and left four other people hurt in Harlan, Kentucky, "
    "faced a judge Tuesday.",
    "Charges against a teenager held in a shooting that killed a man and left four other people hurt in Harlan, "
    "Kentucky, were dismissed Tuesday.",
    # the inquiry's day, told by its subject: "an investigation is underway Tuesday"
    "An investigation is underway Tuesday into a shooting that killed a man and left four other people hurt in "
    "Harlan, Kentucky.",
])
def test_a_later_day_of_the_courts_is_after_the_fact(read, told: str) -> None:
    mentions = [m for m in read(f"{told} Police say the shooting broke out early Sunday at a party in an empty house.",
                                published="2016-01-27").mentions if m.event_type != "Strategic developments"]
    assert mentions[0].event_date == date(2016, 1, 24)


@pytest.mark.parametrize(("text", "day"), [
    # the day a victim died is not the incident's when the report names the earlier day of the wound
    ("A 15-year-old boy shot in the head in Harlan, Kentucky, has died, officials said Friday. Tyler Moss died Thursday, "
     "three days after he was shot near his school. A gunman in a gray car jumped out and fired at the boy and his "
     "friends about 2:30 p.m. Monday.", date(2015, 6, 8)),
    # "died after a shooting Saturday": the day is the shooting's, and a day in a sentence of no violence is no wound's
    ("A 15-year-old boy died after a hunting accident Thursday near Harlan, Kentucky. The deer season opened Tuesday.",
     date(2015, 6, 11)),
    # "died Thursday after being shot Tuesday": the day after "died" is the death's, the wound's is told
    ("Tyler Moss, 16, of Harlan, Kentucky, died Thursday after being shot in the head Tuesday. Two men were shot "
     "on the same street on Sunday.", date(2015, 6, 9)),
    # an hour between the death and its day: "was pronounced dead at 1:40 p.m. Wednesday"
    ("A girl, 4, who was shot by her cousin, 6, was pronounced dead at 1:40 p.m. Wednesday at a hospital in Harlan, "
     "Kentucky. Deputies were called to the family home about 8:15 p.m. Monday.", date(2015, 6, 8)),
])
def test_a_death_day_gives_way_to_the_day_of_the_wound(read, text: str, day: date) -> None:
    mentions = [m for m in read(text, published="2015-06-12").mentions if m.event_type != "Strategic developments"]
    assert mentions[0].event_date == day


@pytest.mark.parametrize(("text", "day", "after"), [
    ("The teenager appeared before a judge Friday morning.", "Friday morning", True),
    ("He made his first appearance in juvenile court Friday afternoon.", "Friday afternoon", True),
    ("The defendant abruptly halted his trial Tuesday and pleaded guilty.", "Tuesday", True),
    ("The father walked out of the county jail Thursday after posting bond.", "Thursday", True),
    # a jail can be where the incident happened
    ("An inmate was stabbed in the county jail Thursday.", "Thursday", False),
    # the trial of the incident of that day
    ("The parents of a boy who shot himself June 7 will stand trial.", "June 7", False),
    ("Wednesday morning's short hearing was adjourned.", "Wednesday morning", True),
    # the conference's day is the one told beside it; the one after it is the shooting's
    ("Police held a press conference Tuesday on Friday's shooting at the fountains.", "on Friday", False),
    ("Police held a press conference Tuesday on Friday's shooting at the fountains.", "Tuesday", True),
])
def test_a_day_of_the_court_or_the_jail_is_after_the_fact(text: str, day: str, after: bool) -> None:
    from wirecoder.extract.assemble import _aftermath_day

    start = text.index(day)
    assert _aftermath_day(text, start, start + len(day)) is after
def test_an_incident_told_again_with_the_next_day_at_its_town_is_one_mention(read) -> None:
    # the second sentence dates the search, not a second shooting: one incident, on the shooting's day
    doc = read("A man was wounded when gunmen fired on a birthday party in Rockford late Saturday, police said. "
               "On Sunday, detectives in Rockford were looking for two men who shot five people at the party, police said.",
               published="2016-06-13")
    assert [(m.place.location, m.event_date, m.injuries.best) for m in doc.mentions] == [("Rockford", date(2016, 6, 11), 5)]


def test_an_incident_told_again_the_next_day_in_its_state_is_one_mention(read) -> None:
    # the state's investigators telling it the next day tell the Rockford party again
    doc = read("Gunmen fired on a birthday party in Rockford late Saturday, wounding a man, police said. "
               "Two men were being tracked down Sunday after Illinois investigators said they shot five people at the party.",
               published="2016-06-13")
    assert [(m.place.location, m.event_date) for m in doc.mentions] == [("Rockford", date(2016, 6, 11))]


def test_another_shooting_the_next_day_in_the_same_town_stays_apart(read) -> None:
    doc = read("A man was wounded in a shooting in Rockford late Saturday, police said. "
               "On Sunday, another man was shot and wounded in Rockford, police said.", published="2016-06-13")
    assert sorted(m.event_date for m in doc.mentions) == [date(2016, 6, 11), date(2016, 6, 12)]


def test_a_victim_told_dying_days_later_is_the_incidents_death(read) -> None:
    # "the boy died on Friday" is the Tuesday shooting's victim; "a man died" after another shooting is not
    doc = read("A 17-year-old boy was shot in the head in Rockford on Tuesday night, police said. "
               "The boy died on Friday, police said. A man died on Thursday after a separate shooting in Rockford.",
               published="2016-06-13")
    assert sorted((m.event_date, m.fatalities.best) for m in doc.mentions) == [(date(2016, 6, 7), 1), (date(2016, 6, 9), 1)]


@pytest.mark.parametrize(("text", "after"), [
    ("He pleaded not guilty to capital murder on Feb. 25.", True),
    ("He was arrested for murder on Feb. 25.", True),
    ("He was arrested in the murder on Feb. 25 of a clerk.", False),
])
def test_a_crime_named_as_a_charge_is_not_the_incident_noun(text: str, after: bool) -> None:
    from wirecoder.extract.assemble import _dates_the_incident

    start = text.index("on Feb. 25")
    assert _dates_the_incident(text, start, start + len("on Feb. 25")) is not after


def test_a_day_of_an_autopsy_told_in_the_noun_s_phrase_is_after_the_fact(read) -> None:
    # "an autopsy conducted Tuesday": the day hangs on the autopsy's own verb
    mentions = read("An autopsy conducted Tuesday showed that a man shot in Harlan, Kentucky, died of a single wound "
                    "to the chest. His body was found in a field behind a church on Saturday.", published="2016-03-30").mentions
    assert mentions[0].event_date == date(2016, 3, 26)


def test_a_day_with_its_hour_told_deep_in_a_report_dates_it(read) -> None:
    # the report opens with the scene and the people and tells the day with its hour only in its twelfth sentence
    text = ("Two men were shot and killed at a house on Birch Street in Harlan, Kentucky. "
            "Neighbours said they heard several shots and then a car speeding away. "
            "One of the men lived at the house with his mother. "
            "The other was a friend who had come over to watch a game. "
            "Both were pronounced dead at the scene. "
            "Police have not said whether they know who fired. "
            "The house has been the subject of several complaints. "
            "A neighbour said the street is usually quiet. "
            "Another said she moved there two years ago. "
            "Police asked anyone with information to call them. "
            "Detectives spent hours at the house collecting evidence. "
            "Officers were called to the house about 9 p.m. Monday.")
    mentions = read(text, published="2015-12-30").mentions
    assert mentions[0].event_date == date(2015, 12, 28)


def test_a_day_the_report_says_of_the_incident_beats_other_days_of_its_opening(read) -> None:
    # a trial's report: "testified Tuesday" is the trial's day, "Sept. 12" a day of the defendant's life;
    # the shooting's own day is the one said of it, "the Oct. 4 shooting scene"
    (mention,) = read("Witnesses testified Tuesday in the trial of a Dayton, Ohio, man accused of wounding three people outside "
                      "a bowling alley. The defendant had moved to the city on Sept. 12 after losing his job. "
                      "A detective told jurors that officers reached the Oct. 4 shooting scene within minutes.",
                      published="2016-02-10").mentions
    assert mention.event_date == date(2015, 10, 4)


def test_a_day_said_of_the_incident_gives_way_to_one_told_with_the_violence_before_it(read) -> None:
    # "was shot on Jan. 8" tells the report's incident first; "the Jan. 3 shooting" further on is another one
    (mention,) = read("A Dayton, Ohio, man was shot on Jan. 8 outside a bowling alley, police said. "
                      "Detectives are also looking into the Jan. 3 shooting of a woman on the same street.",
                      published="2016-02-10").mentions[:1]
    assert mention.event_date == date(2016, 1, 8)


def test_a_day_written_out_deep_in_a_follow_up_beats_its_publication_day(read) -> None:
    # a follow-up weeks on: the opening tells no day, the day comes eleven sentences down
    filler = " ".join(f"Neighbours on the street recalled the family's garden number {n}." for n in range(1, 10))
    (mention,) = read("Three people were found shot dead in a car near Lamesa, Texas, the sheriff said. "
                      f"Investigators are still waiting for laboratory results. {filler} "
                      "Deputies found the car on a county road on July 14, 2016.", published="2016-08-17").mentions
    assert mention.event_date == date(2016, 7, 14)


# --- wire reports told from a neighbour's capital, about several towns --------------------------------

def test_a_dateline_abroad_is_not_where_an_unplaced_incident_happened(read) -> None:
    # the village is too small for the gazetteer: the headline's town places it, Beirut never does
    text = ("BEIRUT (Wire) - Army defectors ambushed a military convoy near the village of Tell Qarmoun on Tuesday, "
            "killing six soldiers, the Syrian Observatory for Human Rights said.")
    doc = read(text, published="2012-01-04", title="Defectors kill six soldiers near Deraa")
    assert [(m.place.location, m.place.country, m.fatalities.best) for m in doc.mentions] == [("Deraa", "Syria", 6)]


def test_an_incident_told_as_separate_keeps_apart_from_the_one_before(read) -> None:
    text = ("BEIRUT (Wire) - Army defectors ambushed a military convoy near the village of Tell Qarmoun on Tuesday, "
            "killing six soldiers, activists said. In a separate incident, security forces shot dead two men at a "
            "checkpoint in Douma, activists said.")
    doc = read(text, published="2012-01-04", title="Defectors kill six soldiers near Deraa")
    assert sorted((m.place.location, m.sub_event_type, m.fatalities.best) for m in doc.mentions) == [
        ("Deraa", "Armed clash", 6), ("Douma", "Attack", 2)]


def test_the_province_named_before_a_town_leaves_the_town_the_place(read) -> None:
    (mention,) = read("In the northern province of Idlib, soldiers clashed with army deserters near the town of Saraqeb "
                      "on Tuesday, killing four soldiers, activists said.", published="2012-02-08").mentions
    assert mention.place.location == "Saraqib"


def test_the_suburb_of_a_city_is_the_place_not_the_city(read) -> None:
    (mention,) = read("A car bomb exploded in the Damascus suburb of Jaramana on Friday, killing three people, state "
                      "television said.", published="2012-01-07").mentions
    assert mention.place.location == "Jaramana"


def test_arrests_in_raids_that_harmed_no_one_are_arrests(read) -> None:
    (mention,) = read("Security forces arrested at least 30 people in house-to-house raids in Rastan on Saturday, "
                      "activists said.").mentions
    assert mention.sub_event_type == "Arrests"


def test_a_protest_in_several_towns_is_an_event_in_each(read) -> None:
    doc = read("Thousands of people demonstrated in Hama and in the southern city of Deraa on Friday, activists said.",
               published="2012-03-03")
    assert sorted((m.place.location, m.sub_event_type) for m in doc.mentions) == [
        ("Deraa", "Peaceful protest"), ("Hama", "Peaceful protest")]
    # a toll is not split between towns: one event keeps it
    doc = read("Troops killed nine people in Hama and Deraa on Friday, activists said.", published="2012-03-03")
    assert len(doc.mentions) == 1 and doc.mentions[0].fatalities.best == 9


@pytest.mark.parametrize("told", ["Sunday's shooting", "Sunday night's deadly drive-by", "Sunday’s incident"])
def test_a_day_told_as_the_incident_s_possessive_dates_it(told: str) -> None:
    from wirecoder.extract.assemble import _dates_the_incident

    text = f"Detectives announced an arrest in {told} outside a Harlan bakery."
    start = text.index("Sunday")
    end = start + len("Sunday night" if told.startswith("Sunday night") else "Sunday")
    assert _dates_the_incident(text, start, end)


def test_a_statement_day_gives_way_to_the_possessive_day_of_the_incident(read) -> None:
    mentions = read("Three people were wounded in a shooting on Elm Street in Harlan, Kentucky. Police announced on "
                    "Thursday a first arrest in Monday's early morning drive-by.", published="2016-03-10").mentions
    assert mentions[0].event_date == date(2016, 3, 7)


def test_the_headline_s_town_places_the_incident_the_body_names_another_town_beside(read) -> None:
    # the body's first town is named in passing (whose gang the shooter belonged to); the headline says where
    doc = read("A one-year-old girl was shot in the leg on Sunday night by a member of a Tacoma gang, police said. "
               "Officers in Kent arrested a man on Monday.", published="2015-12-22",
               title="Toddler shot in Kent drive-by, police say")
    assert doc.mentions[0].place.location == "Kent"
    assert doc.mentions[0].place.admin1 == "Washington"


def test_a_headline_naming_only_the_state_leaves_the_body_s_town(read) -> None:
    doc = read("A one-year-old girl was shot in the leg on Sunday night outside a home in Tacoma, police said.",
               published="2015-12-22", title="Toddler shot in Washington drive-by")
    assert doc.mentions[0].place.location == "Tacoma"


def test_a_headline_naming_two_towns_as_where_leaves_the_body_s_town(read) -> None:
    doc = read("A one-year-old girl was shot in the leg on Sunday night by a member of a Tacoma gang, police said. "
               "Officers in Kent arrested a man on Monday.", published="2015-12-22",
               title="Suspect in Tacoma drive-by caught in Kent")
    assert doc.mentions[0].place.location == "Tacoma"


@pytest.mark.parametrize("happened", ["occurred", "happened", "took place"])
def test_a_named_shooting_said_to_have_happened_is_an_incident(read, happened: str) -> None:
    # nothing else dates or counts it, but "the shooting occurred" tells one incident, placed by the dateline
    doc = read(f"HARLAN, Ky. -- Deputies were called to a farmhouse on Route 9. The shooting {happened} at 10:40 p.m., "
               "a deputy said.", published="2016-04-12")
    assert len(doc.mentions) == 1 and doc.mentions[0].place.location == "Harlan"


def test_a_shooting_only_named_is_still_no_incident(read) -> None:
    doc = read("HARLAN, Ky. -- Deputies were called to a farmhouse on Route 9. The shooting remains under investigation, "
               "a deputy said.", published="2016-04-12")
    assert doc.mentions == []


def test_a_cuisine_is_not_the_story_s_country(read) -> None:
    # "Chinese" names a kind of restaurant: the Philadelphia station's story stays in Philadelphia
    doc = read("Two men were shot outside a Chinese restaurant on Elm Street on Sunday night, police said.",
               published="2015-11-16", title="Two shot outside restaurant", outlet="nbcphiladelphia.com")
    assert doc.mentions[0].place.location == "Philadelphia"

def test_an_incident_placed_in_a_town_leads_one_placed_only_in_a_state(read) -> None:
    # the state is where the gunman was caught; the counts told before any place are the town's incident's
    doc = read("Two people were killed and five were wounded Thursday. The gunman was caught in Nebraska on Thursday, "
               "where officers shot and wounded him. The shooting at the cinema in Grinnell was the town's first in a decade.",
               published="2017-03-11", title="Cinema gunman caught")
    first = doc.mentions[0]
    assert (first.place.location, first.place.admin1) == ("Grinnell", "Iowa")
    assert first.fatalities.best == 2
    assert first.injuries is not None and first.injuries.best == 5

def test_one_death_and_one_person_critically_hurt_before_are_one_person(read) -> None:
    doc = read("A 15-year-old boy was critically injured when a rifle went off inside a garage in Harlan, Kentucky, "
               "on Saturday. The teenager died at a hospital on Sunday, the coroner said.", published="2016-03-07")
    main = doc.mentions[0]
    assert (main.fatalities.best, main.injuries.best if main.injuries else 0) == (1, 0)


@pytest.mark.parametrize("second", [
    "A woman was also hurt and is in critical condition.",  # "also": one more
    "A woman is in critical condition.",  # a woman beside a boy
    "A 40-year-old neighbour is in critical condition.",  # another age
    "A neighbour was taken to a hospital with minor injuries.",  # hurt, not in danger: someone who lived
])
def test_one_death_beside_someone_told_apart_keeps_the_hurt(read, second: str) -> None:
    doc = read("A 15-year-old boy was shot and killed inside a garage in Harlan, Kentucky, on Saturday. " + second,
               published="2016-03-07")
    main = doc.mentions[0]
    assert (main.fatalities.best, main.injuries.best if main.injuries else 0) == (1, 1)


def test_one_death_beside_the_dead_s_kin_gravely_hurt_keeps_the_hurt(read) -> None:
    # "his father" is someone else than the boy, whatever their sex
    doc = read("A 6-year-old boy was shot to death in his family's car in Harlan, Kentucky, on Saturday. "
               "His father was taken to a hospital in critical condition.", published="2016-03-07")
    main = doc.mentions[0]
    assert (main.fatalities.best, main.injuries.best if main.injuries else 0) == (1, 1)


def test_a_speaker_who_tells_twice_of_being_shot_is_one_person(read) -> None:
    doc = read("A 10-year-old girl was wounded outside a school in Harlan, Kentucky, on Monday. "
               "“He hit me in the hand and then he shot me in the arm,” the girl said.", published="2016-03-08")
    main = doc.mentions[0]
    assert (main.fatalities.best, main.injuries.best if main.injuries else 0) == (0, 1)


def test_the_headline_s_town_places_the_incident_the_body_ties_only_to_a_state_named_in_passing(read) -> None:
    # the body's only place for its incident is where the accused were convicted before; the headline says where
    doc = read("Two men were arrested on Tuesday in the shooting death of a man who was ambushed in his car last week. "
               "A prosecutor said both men have earlier assault and gun convictions in Oregon. Kent police said the "
               "investigation goes on.", published="2015-12-22", title="Two arrested in Kent ambush shooting that killed one")
    assert (doc.mentions[0].place.location, doc.mentions[0].place.admin1) == ("Kent", "Washington")


def test_a_place_told_near_the_incident_is_more_precise_than_the_victim_s_home_town(read) -> None:
    # "A Dubuque man" says whose he was; the farm near Epworth, half an hour away, is where he was shot
    doc = read("A Dubuque man died in a hunting accident on Saturday. Deputies said he was shot at a farm near Epworth "
               "when his son fired at a deer.", published="2016-11-14", title="Dubuque man dies in hunting accident")
    assert doc.mentions[0].place.location == "Epworth"


@pytest.mark.parametrize("written", ["in northwest Harris County", "in northwestern Harris County"])
def test_a_compass_part_of_a_county_is_placed_in_that_part(read, written: str) -> None:
    # the county's own point is Houston, at its centre; the report places the shooting in its north-west
    (mention,) = read(f"A 3-year-old boy was shot on Friday at a home {written}, deputies said.",
                      published="2016-05-02").mentions
    (whole,) = read("A 3-year-old boy was shot on Friday at a home in Harris County, deputies said.", published="2016-05-02").mentions
    assert (mention.place.location, mention.place.feature) == ("Harris County", "admin2")
    assert mention.place.latitude > whole.place.latitude + 0.1 and mention.place.longitude < whole.place.longitude - 0.1


def test_a_county_named_after_a_compass_point_is_placed_at_its_own_point(read) -> None:
    (mention,) = read("A man was shot on Friday at a home in East Baton Rouge Parish, deputies said.", published="2016-05-02").mentions
    (town,) = read("A man was shot on Friday at a home in Baton Rouge, deputies said.", published="2016-05-02").mentions
    assert mention.place.location == "East Baton Rouge Parish"
    assert abs(mention.place.latitude - town.place.latitude) < 0.2


def test_a_report_placing_its_incident_only_by_the_victim_s_home_town_is_placed_by_the_police_named(read) -> None:
    # Detroit is only whose the man is; the police who tell the shooting are Lorain's
    doc = read("Lorain police say a Detroit man shot himself in the leg on Sunday while running from officers. John Doe, "
               "31, of Detroit, was taken to a hospital.", published="2016-11-14", title="Detroit man hurt after shooting himself")
    assert (doc.mentions[0].place.location, doc.mentions[0].place.admin1) == ("Lorain", "Ohio")


def test_a_home_town_named_as_where_it_happened_too_stays(read) -> None:
    doc = read("Lorain police say a Detroit man shot himself in the leg on Sunday in Detroit while visiting relatives.",
               published="2016-11-14", title="Detroit man hurt after shooting himself")
    assert doc.mentions[0].place.location == "Detroit"


def test_a_state_narrowed_to_the_victim_s_home_town_is_placed_by_the_sheriff_named(read) -> None:
    # "in Alabama" narrows to the one town of it the report names, Dothan, which is only where the boy was from
    doc = read("A teenager was charged with manslaughter on Friday in the shooting death of a boy in Alabama. Geneva County "
               "Sheriff John Doe said the boy, from Dothan, was shot by accident at a friend's home.", published="2016-12-23",
               title="Teen charged in death of 12-year-old Dothan boy")
    assert (doc.mentions[0].place.location, doc.mentions[0].place.feature) == ("Geneva County", "admin2")


def test_an_earlier_day_of_a_victim_told_far_down_does_not_replace_the_opening_s(read) -> None:
    # the girl of the last sentence shares the boy's age, so her sentence joins his incident; her Tuesday, told
    # far down, is another shooting's day and does not replace the Friday the opening gives the boy's
    doc = read("A 15-year-old boy who was riding his bike in Dayton, Ohio, was shot Friday night, police said. "
               "He was hit in the leg and taken to a hospital in stable condition. "
               "Officers found shell casings near a corner store. "
               "Police said two men had argued outside the store before the shots. "
               "The boy's mother said he was on his way home. "
               "Neighbours said they heard four shots. "
               "Police have not made an arrest. "
               "On Tuesday, a 15-year-old girl was wounded by a stray bullet while sitting on a porch.", published="2016-06-13")
    assert [(m.place.location, m.event_date) for m in doc.mentions][:1] == [("Dayton", date(2016, 6, 10))]


def test_a_suspect_turning_himself_in_does_not_date_the_shooting(read) -> None:
    # "turned himself in ... Wednesday" is the surrender's day; the shooting's is the Tuesday told after
    (mention,) = read("A man accused in a double shooting at a birthday party in a Dayton, Ohio, apartment turned himself in to "
                      "police Wednesday, officials said. Two women were hurt in the shooting, which happened Tuesday afternoon.",
                      published="2016-06-16").mentions
    assert (mention.place.location, mention.event_date) == ("Dayton", date(2016, 6, 14))


def test_a_victim_s_discharge_from_hospital_does_not_date_the_shooting(read) -> None:
    # the boy left hospital Thursday evening; the gun went off Wednesday
    (mention,) = read("Doctors in Dayton, Ohio, said the 9-year-old boy, shot in the chest, was discharged on Thursday "
                      "evening. He and his brother were playing with a gun they found in a closet Wednesday when it went off.",
                      published="2016-06-17").mentions
    assert (mention.place.location, mention.event_date) == ("Dayton", date(2016, 6, 15))


#: sentences that name no day, to push a day told further down past the report's opening
_NO_DAY_FILLER = ("Neighbors described the family as quiet. The street was lined with parked cars. A church stands at the corner. "
                  "The house has a blue door. Relatives gathered on the porch. Several children ride bikes there. "
                  "A school bus stops nearby. The mayor has asked for calm. Counselors will be available. A fund was set up for the family. ")


def test_a_day_told_further_down_before_the_news_dates_the_shooting(read) -> None:
    # the opening tells only the uncle's release from jail (Thursday); the boy was shot Tuesday night, told far down
    (mention,) = read("A Dayton, Ohio, man charged after his nephew was shot in the leg walked out of jail Thursday after posting "
                      "bond. " + _NO_DAY_FILLER + "Police said the boy found the pistol under a couch Tuesday night.",
                      published="2016-03-04").mentions
    assert (mention.place.location, mention.event_date) == ("Dayton", date(2016, 3, 1))


def test_a_span_of_two_days_told_further_down_does_not_date_the_shooting(read) -> None:
    # "between 9 p.m. Monday and noon Tuesday" is when a car went missing, not the hour of the shooting
    (mention,) = read("A Dayton, Ohio, man charged after his nephew was shot in the leg walked out of jail Thursday after posting "
                      "bond. " + _NO_DAY_FILLER + "A car he drove was taken between 9 p.m. Monday and noon Tuesday.",
                      published="2016-03-04").mentions
    assert mention.event_date == date(2016, 3, 3)


def test_a_day_told_right_after_the_shooting_noun_is_the_shooting_s(read) -> None:
    # police searched on Tuesday; the shooting they search about was "last Saturday"
    (mention,) = read("Police in Dayton, Ohio, were searching Tuesday for two more men in connection with a shooting incident last "
                      "Saturday that wounded three people at a park.", published="2016-05-17").mentions
    assert (mention.place.location, mention.event_date) == ("Dayton", date(2016, 5, 14))


def test_a_follow_up_dates_its_incident_in_full_weeks_before_the_news(read) -> None:
    # the hearing was waived Wednesday; the classmate was shot on March 13, as the report writes out
    doc = read("A 15-year-old Dayton, Ohio, boy is charged with killing a classmate. His lawyer said the boy is sorry, and that is "
               "why he waived a preliminary hearing on homicide and weapons charges Wednesday. The classmate was fatally shot on "
               "the evening of March 13 behind a grocery store.",
               published="2016-04-06", title="Boy, 15, charged with killing classmate in Dayton")
    assert (doc.mentions[0].place.location, doc.mentions[0].event_date) == ("Dayton", date(2016, 3, 13))


def test_a_follow_up_keeps_the_day_its_opening_tells_the_shooting_on(read) -> None:
    # the opening says the girl was shot Tuesday night; the written-out day further down is another case's
    doc = read("A baby sitter was charged after a 6-year-old girl shot and killed herself Tuesday night in Dayton, Ohio. "
               "Police are still looking into the killing of a teenager on Jan. 29 in the same neighborhood.",
               published="2016-03-02", title="Baby sitter charged after girl fatally shoots herself")
    assert doc.mentions[0].event_date == date(2016, 3, 1)


def test_a_day_told_further_down_of_something_else_does_not_date_the_shooting(read) -> None:
    # the council's meeting is no day of the incident, however close before the news
    (mention,) = read("A Dayton, Ohio, man was arrested Thursday in the fatal shooting of his neighbor. " + _NO_DAY_FILLER
                      + "The city council met Tuesday night to discuss a curfew.", published="2016-03-04").mentions
    assert mention.event_date == date(2016, 3, 3)


@pytest.mark.parametrize(("title", "text", "dated_by_report"), [
    # a plea's report telling no day of the shooting: its day is the report's, the shooting may be a year older
    ("Man pleads guilty in killings of two men outside Dayton store",
     "DAYTON, Ohio - A Dayton man pleaded guilty Thursday to two counts of murder in the shooting deaths of Marcus Greene "
     "and Tyrell Banks outside a convenience store on Salem Avenue.", True),
    # the same news telling the shooting's own day: dated by it
    ("Man pleads guilty in killings of two men outside Dayton store",
     "DAYTON, Ohio - A Dayton man pleaded guilty Thursday to two counts of murder in the shooting deaths of Marcus Greene "
     "and Tyrell Banks outside a convenience store. The two men were fatally shot Nov. 9 in the store's parking lot on "
     "Salem Avenue.", False),
    # a shooting's own report: no follow-up news
    ("Two men shot dead outside Dayton store",
     "DAYTON, Ohio - Marcus Greene, 24, and Tyrell Banks, 19, were shot and killed Thursday night outside a convenience "
     "store on Salem Avenue, police said.", False),
    # nor is an arrest still to come, or the shots neighbours heard
    ("Man shot dead outside Dayton store",
     "DAYTON, Ohio - A man was shot and killed outside a convenience store on Salem Avenue early Friday, police said. "
     "No arrests have been made, and neighbours reported hearing several gunshots.", False),
    # an arrest's report telling the shooting's day: its day is the incident's, not the report's
    ("Man arrested in killing outside Dayton store",
     "DAYTON, Ohio - Police arrested a man on Friday in the killing of Marcus Greene, who was shot dead outside a "
     "convenience store on Salem Avenue on Wednesday night.", False),
])
def test_a_follow_up_telling_no_day_of_its_incident_is_dated_by_the_report(read, title: str, text: str,
                                                                          dated_by_report: bool) -> None:
    (mention,) = [m for m in read(text, title=title, published="2012-01-20").mentions if m.event_type != "Strategic developments"]
    assert mention.dated_by_report is dated_by_report


def test_a_day_with_its_hour_after_the_incident_noun_dates_the_incident_not_the_charge(read) -> None:
    # the charge hangs on the verb, but "Sunday night" ends the incident's phrase: the night is the shooting's
    (mention,) = read("A 19-year-old Dayton, Ohio, man is charged with reckless homicide in the death of his cousin at a rented "
                      "house on Elm Street Sunday night. His lawyer called the police early Tuesday to say he would surrender. "
                      "The cousin was shot once in the chest.", published="2016-05-10").mentions
    assert (mention.place.location, mention.event_date) == ("Dayton", date(2016, 5, 8))


def test_a_day_with_its_hour_after_a_charge_named_for_the_crime_stays_the_charge_s(read) -> None:
    # "charged with murder Monday night": murder names the charge, so the day is the charge's; the shooting was Saturday
    (mention,) = read("A Dayton, Ohio, man was charged with murder Monday night. Police said he shot his brother-in-law "
                      "in a driveway on Saturday.", published="2016-05-10").mentions
    assert (mention.place.location, mention.event_date) == ("Dayton", date(2016, 5, 7))


def test_an_hour_opening_what_police_say_dates_the_incident_not_the_statement(read) -> None:
    # "says around 3 p.m. on Sunday, deputies were sent": the hour and the day are of what was said, so they date the
    # shooting the opening told only as "over the weekend"
    (mention,) = read("A Wichita, Kansas, boy was wounded by a gun that went off by accident over the weekend. The sheriff's "
                      "office says around 3 p.m. on Sunday, deputies were sent to a farm where they found the boy with a wound to his arm.",
                      published="2016-05-09").mentions
    assert (mention.place.location, mention.event_date) == ("Wichita", date(2016, 5, 8))


@pytest.mark.parametrize("noun", ["gunfight", "gun battle", "home invasion"])
def test_a_day_written_before_a_gunfight_dates_it(noun: str) -> None:
    # "the Aug. 14 gunfight" is as much the incident's day as "the Aug. 14 shooting"
    from wirecoder.extract.assemble import _dates_the_incident

    text = f"Police caught him at a bus station two days after the Aug. 14 {noun} outside a bar."
    start = text.index("Aug.")
    assert _dates_the_incident(text, start, start + len("Aug. 14"))


def test_an_invasion_of_a_country_is_no_incident_noun() -> None:
    # only a home invasion is the incident: "since the March 20 invasion" of a country dates no shooting
    from wirecoder.extract.assemble import _dates_the_incident

    text = "Prices have risen since the March 20 invasion of the country."
    start = text.index("March")
    assert not _dates_the_incident(text, start, start + len("March 20"))


def _arrest_report(read):
    return read("Harlan police make arrest in fatal shooting Murder charge for 20-year-old\n"
                "HARLAN - City police said Sunday a man who knew 18-year-old Dana Reyes is charged in her killing "
                "Friday night at her apartment. Detectives arrested Lee Cole, 20, of Pine Street, Harlan, on Sunday "
                "on a count of second-degree murder.", published="2016-09-19",
                title="Harlan police make arrest in fatal shooting")


def test_an_arrest_leaves_the_dead_to_the_killing_it_follows(read) -> None:
    # the killing is told as its own incident: the arrest's line naming the victim counts no one again
    doc = _arrest_report(read)
    assert sorted((m.sub_event_type, m.fatalities.best) for m in doc.mentions) == [("Arrests", 0), ("Attack", 1)]
    arrest = next(m for m in doc.mentions if m.sub_event_type == "Arrests")
    assert "1 killed" not in arrest.notes


def test_an_arrest_told_alone_keeps_the_harm_it_names(read) -> None:
    # with no incident of its own for the killing, the arrest's count is the only record of the dead
    from dataclasses import replace

    from wirecoder.extract.assemble import _arrests_without_the_crime_s_toll
    from wirecoder.model import Count

    doc = _arrest_report(read)
    arrest = next(replace(m, fatalities=Count.exact(1)) for m in doc.mentions if m.sub_event_type == "Arrests")
    killing = next(m for m in doc.mentions if m.sub_event_type == "Attack")
    assert [m.fatalities.best for m in _arrests_without_the_crime_s_toll([arrest])] == [1]
    assert [m.fatalities.best for m in _arrests_without_the_crime_s_toll([killing, arrest])] == [1, 0]
    # a protest, or a killing in another state, is not the crime the arrest follows
    protest = replace(killing, event_type="Protests", sub_event_type="Peaceful protest", fatalities=Count.exact(0))
    far = replace(killing, place=replace(killing.place, latitude=killing.place.latitude + 3.0))
    later = replace(killing, event_date=arrest.event_date + timedelta(days=1))
    for other in (protest, far, later):
        assert [m.fatalities.best for m in _arrests_without_the_crime_s_toll([other, arrest])][1] == 1


def test_a_bare_murder_suicide_gives_no_figure_to_count_the_living_by(read) -> None:
    # ("a murder-suicide" alone is at least two dead, no count of the living: with no one told alive or
    # hurt, those he shot are its dead, none of them left among the hurt)
    (mention,) = read("Deputies are looking into an apparent murder-suicide inside a farmhouse in Harlan, Kentucky, on Friday. "
                      "Investigators believe the husband shot his spouse and their son before killing himself.",
                      published="2016-04-24").mentions
    assert (mention.fatalities.best, mention.injuries.best if mention.injuries else 0) == (3, 0)


def test_a_total_of_one_fight_is_its_count_not_a_toll(read) -> None:
    (mention,) = read("Officers were called to a fight outside a bar in Harlan, Kentucky, late Friday. Detectives said a total "
                      "of eleven men were shot in the brawl, and one of them, a 20-year-old, died.",
                      published="2016-04-24").mentions
    assert (mention.fatalities.best, mention.injuries and mention.injuries.best) == (1, 10)


#: sentences that tell nothing of when, filling a report's opening out to the sixth sentence
_QUIET_MIDDLE = ("The victims were taken to a hospital and are expected to recover, police said. "
                 "No arrests have been made. "
                 "Neighbours said they heard more than a dozen shots. "
                 "A detective asked anyone with information to call the police. ")


def test_a_day_told_far_below_an_undated_opening_is_another_incidents(read) -> None:
    # the opening tells the shooting with no day; the sixth sentence names it by its day; a shooting the report
    # recalls further down has a day of its own, which is not this one's
    doc = read("Police in Harlan, Kentucky, are hunting a gunman who fired into a crowd on Elm Street, wounding five people. "
               + _QUIET_MIDDLE
               + "Tuesday's incident was the third of its kind in the city in a week. "
               "On Friday, two men were wounded outside a bar on Main Street in Harlan.",
               published="2015-10-07")
    assert doc.mentions[0].event_date == date(2015, 10, 6)


def test_a_far_day_stands_when_the_opening_names_only_an_old_one(read) -> None:
    # the opening's only day is a shooting years back: the day the report tells further down is the incident's
    doc = read("Police in Harlan, Kentucky, are hunting a gunman who fired into a crowd on Elm Street, wounding five people. "
               "The same street saw a deadly shooting on Thanksgiving in 2013. "
               + _QUIET_MIDDLE
               + "The five were shot in Harlan about 10 p.m. Tuesday, police said.",
               published="2015-10-07")
    assert doc.mentions[0].event_date == date(2015, 10, 6)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # an hour told as "4 o'clock" before the people is no count of them
        ("Shortly after 2 o’clock one woman was found dead behind a barn in Harlan, Kentucky, on Saturday, deputies said.", 1),
        # a killer killed by police, told by a passive gerund after his own deeds, is one more death
        ("A gunman shot and killed a customer at a gas station in Harlan, Kentucky, on Saturday, went home and fired at "
         "his brother before being fatally shot by deputies, police said.", 2),
        # a pronoun after a second person named as a subject is that person, not the dead subject told first
        ("Marcus Lee was pronounced dead at the scene in Harlan, Kentucky, on Saturday night, while Tony Ray was flown "
         "to a hospital in Lexington, where he later died.", 2),
        # in a murder-suicide, those the killer shot, told hurt nowhere, died, and he with them
        ("Deputies are calling the deaths at a home in Harlan, Kentucky, on Friday a murder-suicide. They said a man "
         "shot his wife and his son before killing himself.", 3),
        # ... but not one of them told apart as taken to a hospital
        ("Deputies are calling the shooting at a home in Harlan, Kentucky, on Friday a murder-suicide. They said a man "
         "shot his wife and his son before killing himself. The son was taken to a hospital in Lexington.", 2),
        # ... nor those told as living, only by their care or their outlook
        ("Deputies said the deaths at a home in Harlan, Kentucky, on Friday were a murder-suicide. A man shot his mother, "
         "his brother and his uncle before killing himself. The brother and the uncle were treated and released.", 2),
        ("Deputies are calling the deaths at a home in Harlan, Kentucky, on Friday a murder-suicide. They said a man "
         "shot his wife and his son before killing himself. The boy is expected to survive.", 2),
        # (one told alive, or in a hospital's care, is no one's death)
        ("Police said the deaths at a farm in Harlan, Kentucky, on Friday were a murder-suicide. A man shot his wife and "
         "two sons before killing himself. One of the boys is alive.", 2),
        ("Police said the deaths at a farm in Harlan, Kentucky, on Friday were a murder-suicide. A man shot his wife and "
         "daughter before killing himself. The girl is in critical condition.", 2),
        # an ordinal's death after the dead told before is one more of them
        ("Two men were shot and killed on Elm Street in Harlan, Kentucky, on Friday night. A third man was also shot "
         "and killed nearby.", 3),
        ("Two men were shot dead outside a bar in Harlan, Kentucky, on Friday night. A third man was shot and killed "
         "in the parking lot.", 3),
        # ... but one of the hurt after the hurt told before, and one of a group told hit, one death among them
        ("Two men were wounded on Elm Street in Harlan, Kentucky, on Friday night. A third man was shot in the head "
         "and killed.", 1),
        ("A gunman shot four people at a home in Harlan, Kentucky, on Friday, killing one. A woman was hit in the arm. "
         "A third man was shot in the neck and killed.", 1),
        # the same group of dead told twice in a caption run into its text counts once
        ("Three dead at a farm in Harlan Deputies said three people were found dead at the farm in Harlan, Kentucky, "
         "on Saturday.", 3),
    ],
)
def test_the_dead_of_one_report(read, text: str, killed: int) -> None:
    (mention,) = read(text, published="2016-04-24").mentions
    assert mention.fatalities.best == killed



def test_a_headline_giving_the_leads_round_up_is_no_incidents_toll(read) -> None:
    # the headline's two dead are the toll the lead gives over separate incidents; the incident's own is one
    doc = read("Two young men died on Sunday night in separate incidents in Harlan, Kentucky, police said. "
               "Tom Reyes, 19, was shot in the chest outside a bar on Main Street and died at the hospital.",
               published="2016-04-25", title="Two Harlan men die Sunday")
    assert doc.mentions and doc.mentions[0].fatalities.best == 1


# 2016-06-15 is a Wednesday
@pytest.mark.parametrize(("told", "day"), [
    ("late Sunday night or early Monday", date(2016, 6, 13)),  # a night told across midnight: its later day
    ("Sunday night into Monday morning", date(2016, 6, 13)),
    ("overnight Sunday into Monday", date(2016, 6, 13)),
    ("late Sunday night", date(2016, 6, 12)),  # told on one side of midnight only
])
def test_a_night_told_across_midnight_dates_the_incident_on_its_later_day(read, told, day) -> None:
    (mention,) = read(f"Two brothers were found shot dead in a barn near Dayton, Ohio, {told}, deputies said.",
                      published="2016-06-15").mentions
    assert mention.event_date == day


@pytest.mark.parametrize(("told", "day"), [
    # the party ran past midnight, and the report names the next day
    ("Deputies were called to the house about 1:30 a.m. Friday.", date(2016, 1, 1)),
    ("Deputies were called to the house on Jan. 1 at about 1:30 a.m.", date(2016, 1, 1)),
    # a report that names no later day leaves the party on the eve
    ("Deputies were called to the house after neighbours heard several shots.", date(2015, 12, 31)),
])
def test_a_shooting_at_an_eve_s_party_takes_the_next_day_the_report_names(read, told, day) -> None:
    (mention,) = read(f"A man was shot dead and two guests were wounded at a New Year's Eve party in Dayton, Ohio. {told}",
                      published="2016-01-03").mentions
    assert mention.event_date == day


# 2015-12-11 is a Friday
@pytest.mark.parametrize(("told", "day"), [
    # the hour of the shot, the day before the report's own day told at a bedside
    ("Police said that around 9:30 p.m. Thursday a friend of his fired off a round by accident.", date(2015, 12, 10)),
    # an hour told of no violence is no hour of the shot
    ("Police said that around 9:30 p.m. Thursday a neighbour called them.", date(2015, 12, 11)),
])
def test_the_report_s_day_told_of_no_violence_gives_way_to_the_hour_of_the_shot(read, told, day) -> None:
    (mention,) = read("A family kept watch at a hospital in Dayton, Ohio, on Friday morning beside their 16-year-old son. "
                      f"The boy was shot in the chest while friends passed guns around at a home on Elm Street. {told}",
                      published="2015-12-11").mentions
    assert mention.event_date == day


@pytest.mark.parametrize(("told", "day"), [
    # a night's report that speaks in the next day's small hours speaks after midnight
    ("Police said early Thursday that both men were in critical condition.", date(2016, 6, 9)),
    ("Police said Thursday that both men were in critical condition.", date(2016, 6, 8)),
])
def test_an_overnight_shooting_told_of_early_the_next_morning_is_on_that_day(read, told, day) -> None:
    (mention,) = read(f"Two men were shot overnight outside a bar in Dayton, Ohio. {told}", published="2016-06-09").mentions
    assert mention.event_date == day
