"""News-sensible cues for kind and check-worthiness: numbers, officials, hedges, opinions."""

import re

_UNITS = (
    r"%|percent|per cent|million|billion|trillion|thousand|hundred|km|kilomet\w*|miles?|"
    r"meters?|metres?|kg|tons?|tonnes?|people|persons|dead|killed|deaths|injured|wounded|"
    r"civilians|children|cases|points?|years?|months?|weeks?|days?|hours?|votes?|seats?|"
    r"troops|soldiers|forces|dollars|euros|pounds|barrels|times|jobs|members|countries|"
    r"states|missiles|drones|percentage points?"
)
NUMBER = re.compile(
    rf"(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:{_UNITS})"
    r"|\b(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    rf"fifty|dozens?|scores)\s+(?:of\s+)?(?:{_UNITS})\b"
    r"|\b(?:hundreds|thousands|millions|billions|doubled|tripled|halved)\b)",
    re.IGNORECASE,
)
# Day-of-month and clock numbers are dates, not quantities ("on July 11", "at 5:30 p.m.").
_DAY_OR_TIME = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[AP]\.M\.|GMT|ET|EST|EDT|UTC)"
    r"|\b[A-Z][A-Za-z]*-\d+\b"
)


def has_quantity(text: str) -> bool:
    """A number that measures something; years, days of the month and clock times do not."""
    return bool(NUMBER.search(_DAY_OR_TIME.sub(" ", text)))


YEAR_OR_DATE = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|yesterday|today|last (?:week|month|"
    r"year)|earlier|on \w+day)\b"
)
OFFICIAL = re.compile(
    r"\b(?:President|Prime Minister|Minister|Secretary|Senator|Sen\.|Rep\.|Gov\.|Governor|"
    r"Chancellor|Ambassador|Mayor|Chief|Director|Spokesman|Spokeswoman|Spokesperson|"
    r"spokesman|spokeswoman|spokesperson|officials?|ministry|agency|government|"
    r"department|commission|police|army|military|court|parliament|Congress|Kremlin|"
    r"White House|U\.N\.|United Nations|Bank|Fund|Organization)\b"
)
HEDGE = re.compile(
    r"\b(?:(?-i:may)|might|could|possibly|perhaps|reportedly|allegedly|apparently|likely|unlikely|"
    r"suggest(?:s|ed)?|seem(?:s|ed)?|appear(?:s|ed)?|believed|rumou?red|unconfirmed|"
    r"signs? of|(?:about|around|roughly|nearly|almost|some)(?=\s+[$€£\d]))\b",
    re.IGNORECASE,
)
PREDICTION = re.compile(
    r"\b(?:will|won't|shall|going to|expected to|expects?|forecasts?|predict(?:s|ed)?|"
    r"projected|likely to|set to|plans? to|aims? to|intends? to|next (?:week|"
    r"month|year))\b",
    re.IGNORECASE,
)
# Evaluative words only in lower case, so "Great Britain" and "Best Buy" stay neutral.
OPINION = re.compile(
    r"\b(?:I (?:think|believe|feel|hope)|[Ww]e (?:believe|think|hope)|[Ii]n my (?:view|opinion)|"
    r"[Ss]hould|[Oo]ught to|[Mm]ust|[Ll]et's|[Ll]et us|[Hh]opefully|[Oo]bviously|[Cc]learly|"
    r"[Ff]rankly|[Ss]adly|[Ff]ortunately|[Uu]nfortunately|great|terrible|wonderful|awful|best|"
    r"worst|beautiful|disgrace(?:ful)?|outrageous|ridiculous|shameful|unacceptable|fantastic|"
    r"tremendous|horrible|wrong|right thing)\b"
)
PAST_EVENT = re.compile(
    r"\b(?:[a-z]{2,}ed|met|held|went|came|left|took|gave|won|lost|fell|rose|hit|shot|killed|"
    r"struck|began|made|sent|told|said|fired|signed|set|ran|built|sold|bought|paid)\b"
)
