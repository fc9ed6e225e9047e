"""News-sensible cues for kind and check-worthiness: numbers, officials, hedges, opinions."""

import re

NUMBER = re.compile(
    r"(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:%|percent|per cent|million|billion|trillion|thousand|"
    r"hundred|km|kilomet|miles?|meters?|metres?|kg|tons?|tonnes?|people|dead|killed|"
    r"deaths|cases|points?|years?|months?|days?|hours?|votes?|seats?|troops|soldiers|"
    r"forces|dollars|euros|pounds|barrels|times)"
    r"|\b(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|"
    r"half|doubled|tripled|dozens?)\b)",
    re.IGNORECASE,
)
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
    r"\b(?:may|might|could|possibly|perhaps|reportedly|allegedly|apparently|likely|unlikely|"
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
OPINION = re.compile(
    r"\b(?:I think|I believe|I feel|we believe|we think|in my (?:view|opinion)|should|"
    r"ought to|must|great|terrible|wonderful|awful|best|worst|beautiful|disgrace(?:ful)?|"
    r"outrageous|ridiculous|shameful|unacceptable|fantastic|tremendous|horrible|"
    r"let's|let us|I hope|we hope|hopefully|obviously|clearly|frankly|sadly|fortunately|"
    r"unfortunately|wrong|right thing)\b",
    re.IGNORECASE,
)
PAST_EVENT = re.compile(
    r"\b(?:\w+ed|met|held|went|came|left|took|gave|won|lost|fell|rose|hit|shot|killed|"
    r"struck|began|made|sent|told|said|fired|signed|set|ran|built|sold|bought|paid)\b"
)
