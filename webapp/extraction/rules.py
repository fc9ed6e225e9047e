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


# Past tenses not in -ed: a verb after a subject ("the results blew past …", "… and sought …").
IRREGULAR_PAST = (
    r"took|made|gave|won|lost|fell|rose|held|kept|sold|saw|cut|grew|broke|brought|spent|"
    r"sought|bought|paid|sent|left|began|led|met|ran|struck|told|wrote|drew|built|hit|shot|"
    r"fought|threw|caught|taught|froze|swore|stole|sank|slid|flew|fled|hid|blew|knew|stood|"
    r"swung|spun|shook|withdrew|overtook|became|shrank|found|heard|drove|rode|wore|fed|dug|lent|"
    r"meant|slept|swam|rang|sang|hung|stuck|sprang|forgave|forbade|undertook|arose|beat"
)


def letter_first(pattern: re.Pattern) -> re.Pattern:
    """The same pattern, faster to search: every match of it starts with a letter, and the
    lookahead lets the engine skip other positions before trying the long alternation."""
    return re.compile(rf"(?=[A-Za-z])(?:{pattern.pattern})", pattern.flags)


_SPELLED_QUANTITY = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|dozens?|scores|hundreds|thousands|millions|billions|doubled|tripled|halved)\b",
    re.IGNORECASE,
)


_DIGIT_OR_CURRENCY = re.compile(r"[\d$€£¥]")
# Case-insensitive alternations are slow in re: on ASCII text the same patterns without
# IGNORECASE run on the lower-cased text give the same matches at the same offsets.
_NUMBER_LOWER = re.compile(NUMBER.pattern)
_SPELLED_LOWER = re.compile(_SPELLED_QUANTITY.pattern)


def _search(pattern: re.Pattern, lower: re.Pattern, text: str) -> bool:
    if text.isascii():
        return lower.search(text.lower()) is not None
    return pattern.search(text) is not None


def has_quantity(text: str) -> bool:
    """A number that measures something; years, days of the month and clock times do not."""
    if not _DIGIT_OR_CURRENCY.search(text):
        # without a digit only spelled-out quantities can match: skip the full pattern
        return _search(_SPELLED_QUANTITY, _SPELLED_LOWER, text) and _search(
            NUMBER, _NUMBER_LOWER, text
        )
    return _search(NUMBER, _NUMBER_LOWER, _DAY_OR_TIME.sub(" ", text))


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
_HEDGE_WORDS = (
    r"might|could|possibly|perhaps|reportedly|allegedly|apparently|likely|unlikely|"
    r"suggest(?:s|ed)?|seem(?:s|ed)?|appear(?:s|ed)?|believed|rumou?red|unconfirmed|"
    r"signs? of|(?:about|around|roughly|nearly|almost|some)(?=\s+[$€£\d])"
)
HEDGE = re.compile(rf"\b(?:(?-i:may)|{_HEDGE_WORDS})\b", re.IGNORECASE)
# The same on ASCII text: the other words on the lower-cased text, "may" (not "May", a month)
# on the text as written.
_HEDGE_LOWER = re.compile(rf"\b(?:{_HEDGE_WORDS})\b")
_MAY = re.compile(r"\bmay\b")


# Every word _HEDGE_WORDS finds holds one of these: a text with none of them needs no search.
_HEDGE_STEMS = (
    "might", "could", "possib", "perhaps", "reported", "alleged", "apparent", "likely",
    "suggest", "seem", "appear", "believed", "rumo", "unconfirmed", "sign", "about", "around",
    "roughly", "nearly", "almost", "some",
)  # fmt: skip


def is_hedged(text: str) -> bool:
    """Whether HEDGE finds a hedge in text."""
    if text.isascii():
        if _MAY.search(text):
            return True
        lowered = text.lower()
        return any(stem in lowered for stem in _HEDGE_STEMS) and bool(_HEDGE_LOWER.search(lowered))
    return bool(HEDGE.search(text))


# Evaluative words only in lower case, so "Great Britain" and "Best Buy" stay neutral.
OPINION = re.compile(
    r"\b(?:I (?:think|believe|feel|hope)|[Ww]e (?:believe|think|hope)|[Ii]n my (?:view|opinion)|"
    r"[Ss]hould|[Oo]ught to|[Mm]ust|[Ll]et's|[Ll]et us|[Hh]opefully|[Oo]bviously|[Cc]learly|"
    r"[Ff]rankly|[Ss]adly|[Ff]ortunately|[Uu]nfortunately|great|terrible|wonderful|awful|"
    r"best(?![- ](?:known|selling))|worst|beautiful|disgrace(?:ful)?|outrageous|ridiculous|"
    r"shameful|unacceptable|fantastic|"
    r"tremendous|horrible|wrong|right thing)\b"
)
PAST_EVENT = re.compile(
    r"\b(?:[a-z]{2,}ed|met|held|went|came|left|took|gave|won|lost|fell|rose|hit|shot|killed|"
    r"struck|began|made|sent|told|said|fired|signed|set|ran|built|sold|bought|paid)\b"
)

# Numbers that say how old someone is or how long something took are not statistics: ", 41,",
# "at 29", "19-year-old", "84 months in prison", "a four-day trial", "the past three weeks".
_SPELLED = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|a few|several|a|an"
)
_DURATION_UNITS = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
)
_AGE_OR_DURATION = re.compile(
    rf"\b(?:\d[\d,.]*|{_SPELLED})[\s-]+{_DURATION_UNITS}(?:[\s-]+(?:old|ago|later|earlier))?\b"
    r"|(?<=[A-Za-z.]), \d{1,3},"
    r"|\b(?:at|aged|age) \d{1,3}\b"
    r"|\b\d{1,2}(?::\d\d)\b"
    r"|\(\d{1,3}[′']\)|\b\d{1,3}(?:st|nd|rd|th) minute\b",
    re.IGNORECASE,
)


_AGE_OR_DURATION_LOWER = re.compile(_AGE_OR_DURATION.pattern)
_DURATION_STEMS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur")


def measures_something(text: str, quantity: bool | None = None) -> bool:
    """A quantity that makes a statistic: has_quantity without ages, durations and times.
    `quantity` is has_quantity(text) when the caller already knows it."""
    if text.isascii():
        lowered = text.lower()
        if not _DIGIT_OR_CURRENCY.search(text) and not any(
            unit in lowered for unit in _DURATION_STEMS
        ):
            # every age, duration or time holds a digit or a unit of time
            return has_quantity(text) if quantity is None else quantity
        # the spans found on the lower-cased text, blanked in the text as written
        kept, cursor = [], 0
        for found in _AGE_OR_DURATION_LOWER.finditer(lowered):
            kept += (text[cursor : found.start()], " ")
            cursor = found.end()
        if kept:
            return has_quantity("".join(kept) + text[cursor:])
        return has_quantity(text) if quantity is None else quantity
    return has_quantity(_AGE_OR_DURATION.sub(" ", text))


# Why a claim is not checkable, first match wins (see checkable_reason in claims.py).
QUESTION_END = re.compile(r"\?[\"'”’)\]]*\s*$")
BOILERPLATE = re.compile(
    # a contact line closing the copy: "Write to Kerri Panchuk."
    r"^(?:Write to|Contact|Email|E-mail) [A-Z][\w’'-]+ [A-Z][\w’'-]+(?: at \S+)?\.?$|"
    r"\b(?:[Tt]hank(?:s| you)|[Gg]ood (?:morning|afternoon|evening)|(?:I'm|I am|we're) joined|"
    # (not a count that did not: "72 did not respond" to a poll)
    r"(?:declined|refused) to comment|(?<!\d )(?:did not|didn't|didn’t) (?:immediately )?respond|"
    r"could not be reached|(?:did not|didn't|didn’t) (?:immediately )?comment|"
    # what the newsroom could not find out: "A layoff figure … could not be obtained Thursday",
    # "The difference in figures could not be reconciled"
    r"(?<!\d )(?:could not|couldn't|couldn’t) be (?:independently )?(?:obtained|reconciled|"
    r"verified|confirmed|determined|learned|established)\b|"
    # "A spokesman would not comment", "Neither the police nor the army would comment"
    r"(?:would|will)(?: not|n't|n’t)? (?:immediately )?comment\b|"
    r"(?:was|were|is|are) not (?:immediately )?available for comment|no comment|"
    # a newsroom's own note on what it does not know yet, and a promotion line: "No other
    # details were immediately available", "The Gazette has asked for this information",
    # "(RELATED: Dinosaur Skeleton Sells …)"
    r"(?:were|was) (?:not )?immediately available|[Nn]o (?:other|further) details|"
    r"no immediate (?:comment|information|details|word)|"
    r"has asked for (?:this|that|the|more) information|(?:(?<=^\()|^)(?:RELATED|READ MORE|"
    r"ALSO READ|SEE ALSO)(?=:)|"
    # "… and extended condolences to the bereaved families"
    r"(?:extended|offered|expressed|conveyed|sent) (?:his |her |their |its |our )?(?:deepest |"
    r"heartfelt |sincere )?condolences|"
    # "expressed sorrow over the loss of lives and paid tribute to the soldiers"
    r"expressed (?:his |her |their |its |deep |profound )*(?:sorrow|grief|sympathy)|"
    r"paid (?:rich |glowing )?tributes? to|"
    r"not (?:aware of|familiar with) (?:the|any|such) (?:[\w-]+ ){0,2}(?:reports?|assessments?|"
    r"evidence|information|allegations?)|"
    r"(?:can't|cannot|could not|couldn't) (?:independently )?(?:confirm|verify)|"
    # "Reuters has been unable to independently verify casualty figures"
    r"(?:has been|have been|was|were|is|are) unable to (?:independently )?(?:confirm|verify)|"
    r"not (?:immediately )?possible to (?:reconcile|verify|confirm)|"
    r"(?:did not|didn't) have (?:any )?(?:further|more|other) details|"
    # "but they did not have any information about the foreign advisers"
    r"(?:did not|didn't) have any (?:information|details)|"
    # "did not give further details", "did not return calls seeking comment"
    r"(?:did not|didn't) (?:give|provide|offer|release) (?:any )?(?:further|more|other|additional) "
    r"(?:details|information)|"
    # "It provided no additional details and only said …"
    r"(?:gave|provided|offered|released) no (?:further|more|other|additional) "
    r"(?:details|information)|"
    # "More information may be released as appropriate"
    r"(?:[Mm]ore|[Ff]urther|[Aa]dditional) (?:information|details) (?:will|may|would|could) be "
    r"(?:released|provided|made available|given|shared)|"
    r"(?:did not|didn't) (?:immediately )?return (?:phone )?(?:calls|messages|e-?mails|requests)|"
    r"had no (?:further|more) details|"
    # what a source left unsaid: "did not confirm whether Deif had been present", "would not say
    # how many …" (not giving a figure stays checkable: what was released can be checked)
    r"(?:did not|didn't|didn’t|would not|wouldn't|wouldn’t|could not|couldn't|couldn’t) "
    r"(?:immediately )?(?:confirm|say|specify|disclose|reveal) (?:whether|if|how|who|what|when|"
    r"where|why)\b|"
    r"regrets? any harm|takes? (?:all )?(?:allegations|reports|claims) .{0,40}seriously|"
    # "I deeply regret the loss of innocent lives": a stock expression of regret
    r"regrets? the loss of (?:innocent |civilian |any )?lives?|"
    r"(?:is|are|was|were|(?<=[Ww]e)(?:'re|’re)) (?:still )?(?:investigating|looking into|"
    r"assessing|reviewing|evaluating) (?:the|this) "
    # (not when a finding follows: "… assessing the results, but believe dozens were killed")
    r"(?:matter|incident|reports?|results|situation|circumstances)\b(?![^.;]*\bbut\b)|"
    r"(?:I|we) would like to thank|(?:turn|hand) it over to|take your questions|"
    # a page's own promotion: "Receive up-to-the-minute news updates … with NewsHub. Install
    # now.", "Sign up for our newsletter", "Follow us on Twitter", "Click here to …"
    r"(?:[Rr]eceive|[Gg]et|[Ss]ign up for) (?:[\w-]+ ){0,3}(?:news )?(?:updates|alerts|"
    r"newsletters?)|[Ii]nstall (?:it |the app |our app )?now|[Ss]ubscribe (?:now|today|to our)|"
    r"[Ff]ollow us on|[Cc]lick here|[Tt]une in (?:to|on|at)|[Dd]ownload (?:the|our) (?:free )?app|"
    # a briefing's housekeeping: "We're also releasing a graphic figure on our media web page"
    r"(?:[Ww]e(?:'re|’re| are)|I(?:'m|’m| am)) (?:also )?(?:releasing|posting|publishing|"
    r"making available) [^.;]{0,60}\bon our (?:[\w-]+ )?(?:web ?page|website|site)\b"
    # a name withheld: "The identity of the man who died was not released", "The victims' names
    # have not been made public"
    r"|\b(?:identity|identities|name|names) (?:of (?:the )?[\w -]{1,40}? )?(?:was|were|has|have|"
    r"had|is|are) not (?:yet )?(?:been )?(?:immediately )?(?:released|disclosed|made public)"
    # how a reader books or asks: "Appointments can be made by calling 264-5226", "For more
    # information, call …"
    r"|(?:[Aa]ppointments|[Rr]eservations|[Rr]egistrations?) (?:can|may) be made (?:by|at|online)"
    r"|[Ff]or (?:more|further) information, (?:call|visit|contact|go to))\b"
)
EXHORTATION = re.compile(
    r"\b(?:[Ss]hould|[Oo]ught to|[Mm]ust(?! have)|[Ll]et's|[Ll]et us|need to|needs to|"
    r"cannot afford|can't afford|wake-up call|call on|(?<!was )(?<!were )urg(?:e|es|ed|ing)|"
    # "It's high time the government came clean …"
    r"(?:[Ii]t's|[Ii]t’s|[Ii]t is) (?:high |about )?time (?:for|to|that|the|we)\b|"
    r"make sure"
    # a public appeal: "we still need your help to reduce the spread of this infection"
    r"|(?:[Ww]e|I) (?:still |really |now )?need (?:your|the public's|the public’s|everyone's|"
    r"everyone’s) (?:help|support|cooperation)"
    # an obligation the speakers put on themselves: "We have to really work hard to get …"
    r"|(?:[Ww]e|[Yy]ou)(?: all)? (?:have|got) to|(?:[Ww]e|[Yy]ou)(?:'ve|’ve) got to"
    # a warning: "Health experts have cautioned West Africans against becoming complacent"
    r"|(?:cautioned|cautions|caution|warned|warns|warn)\s+(?:[\w’'-]+\s+){0,4}?against\s+"
    r"(?:any\s+|the\s+)?[a-z]+ing"
    # "other scientists still cautioned not to jump any wild conclusions"
    r"|(?:cautioned|cautions|warned|warns)\s+(?:[\w’'-]+\s+){0,3}?not\s+to\s+[a-z]+"
    # advice to the public: "The ministry advised members of the public to be on alert"
    r"|(?<!was )(?<!were )(?<!been )(?:advised|advises|advise)\s+(?:[\w’'-]+\s+){1,7}?to\s+[a-z]+"
    # "We are telling the people to be on maximum alert", "we're asking residents to …"
    r"|(?:[Ww]e|I)(?: are|'re|’re| am|'m|’m) (?:telling|asking|urging|advising|calling on) "
    r"(?:the |all )?(?:people|public|residents|everyone|citizens|parents|travellers|travelers) to "
    # "health care experts encourage all pregnant women to get the vaccine"
    r"|(?<!was )(?<!were )(?<!been )(?:encouraged|encourages|encourage)\s+"
    r"(?:[\w’'-]+\s+){1,7}?to\s+[a-z]+"
    # "said it was necessary to tackle the outbreaks quickly"
    r"|(?:is|was|it's|it’s)\s+(?:necessary|essential|vital|crucial|imperative)\s+to"
    # a reported appeal: "Authorities have appealed to parents to vaccinate their children"
    r"|(?:appealed|appeals|appealing) to (?:\w+ ){1,3}to [a-z]+"
    # "He called on allies to send more air defense systems"
    r"|(?:called|calls|calling) on (?:[\w’'-]+ ){1,4}to [a-z]+)\b"
)
# A quotation (or a sentence) that opens with a bare verb gives an order: "Fix the roof …".
IMPERATIVE = re.compile(
    r"(?:^|[“\"]\s*)(?:Fix|Stop|Vote|Help|Join|Keep|Remember|Do not|Don't|Never|Get|Give|"
    r"Protect|Support|Act|Think|Imagine|Go|Come|Look|Tell|Make|Take|Bring|Let)\b"
)
INTENT = re.compile(
    r"\b(?:I|we|We)(?:'ll|’ll| will| shall|'m going to|’m going to| am going to|'re going to|"
    r"’re going to| are going to| plan to| intend to| want to)\b"
    # what the speakers want of something: "We want Social Security to continue"
    r"|\b(?:I|[Ww]e) (?:want|wanted) (?:the |our |this |that )?(?:[A-Z][\w’'-]* ){1,3}to [a-z]+"
    r"|\bwill be (?:providing|holding|giving|taking|announcing)\b"
    # (not a pledge already reported as made: "only 13 ministers had pledged to vote")
    r"|\b(?<!had )(?:pledged|pledges|pledging|vowed|vows|promised|promises) to [a-z]+"
    # "Defense lawyers already are working on an appeal", "was determined to see the bill pass"
    r"|\b(?:is|are)\s+(?:already\s+|now\s+)?(?:working on|preparing|planning) "
    r"(?:an|the|their|his|her) appeal\b"
    # (not a finding: "CFCs were determined to be the culprits")
    r"|\b(?:is|are|was|were|remains?)\s+(?:still\s+|fully\s+)?determined to (?!be\b)[a-z]+"
    # what the speakers are trying to do: "We are trying to locate them" (not "he is trying to
    # bring down inflation", the reporter's account of an effort)
    r"|\b(?:I|[Ww]e)(?:'re|’re|'m|’m| are| am)\s+(?:still\s+|now\s+|also\s+)?"
    r"(?:trying|working|seeking|striving|attempting) to [a-z]+"
    # a promise of a thing: "Kerry also pledged a more effective war on terror"
    r"|\b(?:pledged|pledges|pledging|promised|promises) (?:a|an|more|new|to be)\b"
    # "we remain committed to our long-term strategy"
    r"|\b(?:remain|remains|are|is|am) (?:fully |firmly |still )?committed to\b"
    # a plan: "The company … plans to cut another 300 jobs this year"
    r"|\b(?:plans|intends|aims|(?:is|are) aiming) to [a-z]+"
    # reported: "Prosecutor Cliff Stricklin … said he planned to seek prison time"
    r"|\b(?:said|says|told \w+) (?:that )?(?:he|she|it|they|we) (?:planned|intended) to [a-z]+"
    # a hope that heads its clause: "The government hopes to raise …", "and he hopes to …"
    # (not "a state … that Trump hopes to flip")
    # (the clause's start by a lookbehind: every match starts with a letter, see letter_first)
    r"|(?:^|(?<=[,;]\s)|\b(?:and|but)\s+)(?:[Tt]he\s+)?(?:[A-Za-z][\w’'-]*\s+){0,3}?(?:also\s+)?"
    r"hopes? to [a-z]+"
    r"|\b(?:he|she|it|they)(?: would| will|'ll|’ll) (?:sentence|announce|decide|rule|hold|"
    r"release|reveal)\b"
    r"|\bwill (?:reveal|announce|release|publish|disclose) (?:more )?details\b"
    # a course of action weighed: "the Opposition was considering bringing a motion", "is
    # considering whether to appeal"
    r"|\b(?:is|are|was|were) (?:still |now |also |seriously )?considering "
    r"(?:whether|a|an|[a-z]+ing)\b"
)
FORECAST = re.compile(
    # ("42 could not be contacted": what was not done, not a forecast)
    # ("not as fast as we would like": a wish, not a forecast)
    r"\b(?:will(?! have been)|won't|shall|going to|would(?! have| like\b| love\b)|"
    r"could(?! have| not be [a-z]+ed\b)|may(?! have)|might(?! have)|"
    r"(?:is|are) (?:already |now |still |also )?"
    r"(?:expected|likely|set|due) to|"
    # "The space probe's arrival there is expected in July 2015"
    r"(?:is|are) expected (?:in|on|by|later|next|this|before|within)\b|"
    # "reinforce the likelihood of an October interest rate hike"
    r"(?:likelihood|probability) of|"
    # "are to host the talks", not "how important that work is to the public health"
    r"(?:is|are) to (?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|us|"
    r"them|him|me|blame)\b)[a-z]+|probably|next (?:faces?|plays?|meets?|hosts?|travels?)|"
    r"(?<!had )(?<!has )(?<!have )projected|fears? that|feared|(?:has|have) the potential to|"
    # "most don't foresee the economy falling back into recession"
    r"foresees?|worr(?:y|ies) that|there (?:are|were) fears|"
    # "there's a good chance for an upward revision"
    r"(?:a|good|strong|fair|little|slim) chances? (?:of|for|that)|"
    # "Clinton remains favorite to succeed Obama", "is poised to win", "is on course to"
    # "… and likely to cast a pall on the turnaround", "seems unlikely to pass"
    r"(?:and|but|seems?|looks?|appears?) (?:very |highly )?(?:un)?likely to [a-z]+|"
    r"(?:is|are|remains?|was|were) (?:still )?(?:the )?(?:clear |strong |heavy )?(?:favou?rites?|"
    r"front-?runners?|poised|on course|tipped) to)\b"
)
# Research findings may speak of the future and still be checkable ("… will take 12 seconds,
# a new study finds").
FINDING = re.compile(
    r"\b(?:study|studies|survey|research|report|analysis|data|projections|estimates)\b.{0,40}"
    r"\b(?:finds?|found|shows?|showed|showing|suggests?)\b|\b(?:finds|found)\b"
    # what a bill or a plan contains: "The bill would make over $1 trillion in cuts"
    r"|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w-]+\s+)?(?:bill|law|measure|legislation|"
    r"plan|proposal|budget|amendment|package)\s+would\b"
    # what someone was told would happen is a fact about what they were told
    r"|\b(?:was|were|had been) (?:told|informed|assured) (?:that )?"
)
OPINION_WORDS = re.compile(
    # a belief in the speaker's own words, also "We still think that …", "I thought we played …"
    r"\b(?:I (?:still |really |just )?(?:think|thought|believe|feel|felt|hope)|"
    r"[Ww]e (?:still |really |just )?(?:believe|think|thought|hope|love|worry|fear|felt)|"
    r"[Ii]n my (?:view|opinion)|[Hh]opefully|[Oo]bviously|[Cc]learly|[Ff]rankly|[Ss]adly|"
    r"[Ff]ortunately|[Uu]nfortunately|great(?! deal\b)|terrible|wonderful|awful|"
    r"best(?![- ](?:known|selling))|worst|beautiful|"
    r"disgrace(?:ful)?|outrageous|ridiculous|shameful|unacceptable|fantastic|tremendous|"
    r"horrible|wrong|right thing|lamentable|deplorable|corrupt|incompetent|disastrous|"
    r"flawed|rigged|fabulous|symbol of|compassion|heroic|cowardly|brilliant|pathetic|"
    r"real takeaway|has enemies|alarming|stunning|shocking|"
    # a reading of a figure: "prosecutors said that calculation understated one factor"
    r"(?:under|over)stat(?:es|ed)|"
    # a worry in the speaker's own words: "Our concern is that ISAF troops don't share …"
    r"(?:[Oo]ur|[Mm]y) (?:main |biggest |greatest |real |only )?(?:concern|worry|fear) "
    r"(?:is|was)\b|"
    # "The result is a much-needed boost for the Prime Minister"
    r"much-needed|"
    # feelings and stakes: "I am very happy doing the job", "one of our sweetest wins", "belief
    # in their own ability was crucial", "further proof that …"
    r"further proof|sweetest|(?:is|are|was|were)\s+crucial\b|"
    # (not a question put to someone: "Asked whether he was pleased, Langford sneered …")
    r"(?<!whether he )(?<!whether she )(?<!whether they )"
    r"(?:am|are|is|was|were|’m|'m|’re|'re)\s+(?:very\s+|so\s+|really\s+|extremely\s+|"
    r"particularly\s+)?(?:happy|pleased|proud)(?!\s+to\b)"
    # praise and appraisal in a speaker's own words: "It was a phenomenal quarter", "iPad is
    # off to a terrific start", "We have made significant progress", "The penalty is a win
    # for defense attorneys", "We're seeing a large number of mixed signals"
    r"|phenomenal|terrific|remarkable|extraordinary|incredible|amazing|excellent|impressive|"
    r"(?:significant|real|good|great|tremendous) progress|(?:a|an) (?:big |major |huge )?win for|"
    r"mixed signals"
    # grief and indignation: "It's a tragedy," "a dark day for our city", "the law is unfair"
    r"|tragedy|tragic|travesty|nightmare|(?:dark|sad|black) day|heartbreaking|unfair|unjust|"
    r"senseless|reckless|irresponsible"
    # appraisal of results and verdicts, quoted or in the reporter's words: "a string of good
    # results", "Dynamite numbers", "The only hiccup", "were not uniformly positive", "analysts
    # were enthusiastic", "a resounding confirmation", "horrific acts", "a really nice start",
    # "justice … has finally been served" (a figure still makes the claim a statistic)
    r"|(?:good|nice|bad|poor|dismal|stellar|strong|solid|tough|weak) (?:results|numbers|figures|"
    r"quarter|year|start|news)"
    # "we played very good football", "the guys were really competitive"
    r"|(?:really|very|so|pretty|extremely) (?:nice|good|bad|competitive|happy|proud|pleased|"
    r"difficult|tough)\b|(?:uniformly|entirely|wholly|universally) "
    r"(?:positive|negative|good|bad)|enthusiastic|optimistic|pessimistic|upbeat|gloomy|"
    r"dynamite|hiccup|resounding|horrific|heinous|atrocious|appalling|monstrous|"
    r"disappointing (?:investors|analysts|markets?|shareholders|fans|voters)|"
    r"found solace|justice (?:[\w-]+ ){0,4}(?:has|had|have) (?:finally )?been (?:served|done)"
    # a match or a side appraised: "they deserved to win", "they are a good team", "the
    # decision-making was poor", "which surprised me", "Some numbers are not as encouraging"
    r"|deserved to (?:win|lose|draw|go through)|(?:did not|didn't|didn’t) deserve"
    r"|(?:a|an) (?:very |really |so )?(?:good|great|strong|fine|excellent|quality) "
    r"(?:team|side|player|club|squad)"
    r"|(?:is|are|was|were) (?:(?:very|really|so|quite|pretty|too|just) )?(?:poor|not good enough)"
    r"|(?:surprised|disappointed|impressed|pleased|frustrated|annoyed) (?:me|us)"
    r"|(?:is|are|was|were|not|as|so|very|quite|less|more|most) encouraging"
    # "Second-quarter sales were disappointing", "showing encouraging progress"
    r"|(?:is|are|was|were) (?:very |deeply |extremely )?disappointing\b"
    r"|encouraging (?:progress|signs?|results|trends?)"
    # how a witness felt: "The situation is very tense", "it's very scary to live like this",
    # "(My) child was so frightened", "It all seems like it'll never end"
    # an impression: "Huguely didn't seem fazed", "It just seemed to last forever"
    r"|(?:didn't|didn’t|did not|doesn't|doesn’t|does not|just|also) seem(?:s|ed)?\b"
    r"|(?:it|he|she|they) (?:just |also |only )?seem(?:s|ed) (?:to|like|as if)\b"
    r"|(?:very|so|really|extremely|incredibly|quite) (?:tense|scary|frightening|frightened|"
    r"terrifying|terrified|afraid|upset|nervous|anxious|painful)|(?:it|all) seems like"
    # a reading of figures: "showing resilient consumer demand", "suggests healthy demand",
    # "remains a weak spot", "kept growth on track", "an encouraging sign", "in very good
    # position", "a troubling reminder" (a figure still makes the claim a statistic)
    r"|(?:show|shows|showed|showing|suggest|suggests|suggested|suggesting|signal|signals|"
    r"signall?ed|signall?ing|indicate|indicates|indicating|points? to|pointing to|reflects?|"
    r"reflecting|underscores?|underscoring)\s+(?:a\s+|an\s+)?(?:(?:still|very|more|less|"
    r"increasingly|relatively)\s+)?(?:resilient|healthy|robust|strong|solid|weak|sluggish|"
    r"soft|tepid|fragile|firm|buoyant|sturdy|vibrant|lacklustre|lackluster|shaky|steady|"
    r"improving|deteriorating|cooling|slowing|overheating)"
    r"|(?:weak|bright|soft|sore) spot|(?:kept|keeps|keep|keeping|is|are|remains?|back|stay|"
    r"stays) on track|(?:kept|keeps|keep|keeping) (?:growth|the economy|the recovery) on track|"
    r"(?:encouraging|good|positive|hopeful|worrying|troubling|bad|ominous|"
    r"promising) (?:sign|signs|reminder)|troubling reminder|(?:very |quite )?good position"
    # a speaker's own feelings and states of mind: "I'm very deeply sorry", "I don't know
    # where I'm going", "His cooperation was critical in …"
    r"|I(?:'m|’m| am)\s+(?:(?:very|so|deeply|truly|really|extremely|terribly)\s+)*(?:sorry|"
    r"remorseful|grateful|thankful|proud|happy|sad|delighted|ashamed|devastated|heartbroken|"
    r"dumbfounded|flabbergasted|stunned|thrilled|humbled|overjoyed|surprised|"
    r"in such a)|I (?:don't|don’t|do not) know|(?:is|was|were|been) critical (?:in|to|for)"
    # the same feelings reported: "Smith told the court he was sorry"
    r"|(?:he|she|they) (?:was|were|is|are) (?:(?:very|so|deeply|truly|really) )*(?:sorry|"
    r"remorseful|ashamed|heartbroken|devastated)"
    r"|(?:I|[Ww]e) (?:appreciate|am grateful|are grateful)"
    r"|(?:was|were|am|is|are) (?:deeply )?(?:moved|touched|saddened|heartened) by"
    # "WHO officials say they are alarmed at the prospect …"
    r"|(?:am|is|are|was|were|’re|'re)\s+(?:\w+ly\s+)?(?:alarmed|worried|concerned|troubled|"
    r"disturbed|heartened|disappointed)\s+(?:at|about|by|that)"
    r"|(?:difficult|hard) to (?:know|say)|I guess|too (?:much|many|few|little) [a-z]+"
    # a verdict given in a word: "termed the passage … a victory", "rued the missed chances",
    # "was all praise for", "lauded him for", "It is a moral victory for us", "He is a decent
    # person", "a renewed sense of optimism", 'The decline was "surprising"'
    r"|termed (?:the|this|it|his|her|their|its) |rued |(?:was|were) all praise|lauded |"
    r"(?:is|was|it's|it’s|be) (?:a|an) (?:moral|big|huge|major|historic|great|famous) victory|"
    r"(?:is|was) (?:a|an) (?:very |really )?(?:decent|good|kind|caring|loving|honest|generous|"
    r"fine|lovely|gentle) (?:person|man|woman|human being|husband|wife|father|mother|son|"
    r"daughter)|optimism|pessimism|(?:was|were|is|are) [“\"]surprising"
    # a side's own reading of a match: "cost us the game", "thoroughly outplayed", "a bit of a
    # stretch", "It was a big decision to bat first"
    r"|cost (?:us|them|him|her) the (?:game|match|title|race|points?|series)|outplayed|"
    # "which is very important", "The draw is a fair result", "a frustrating outcome", "their
    # inability to close the game out", "meant nothing in the end"
    r"(?:is|was|are|were|it's|it’s) (?:(?:very|really|so|extremely|hugely) )?important(?! to note)|"
    r"the most important thing|(?:a|the) fair (?:result|outcome|draw|score)|"
    r"frustrating (?:outcome|result|night|day|afternoon|evening|defeat|draw|season)|"
    r"(?:[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Mm]y) inability to|meant nothing|"
    # "It was hard," he said; "the fault lies with the governor"
    r"(?:It|it)(?:'s|’s| is| was) (?:very |so |really )?(?:hard|tough|difficult)(?=[,.!])|"
    r"(?:fault|blame) lies with|"
    # "The draft is badly drafted", "too vaguely defined", "not as bad as it looks"
    r"(?:badly|poorly|hastily|vaguely) (?:drafted|defined|written|designed|planned|managed|"
    r"handled)|not as (?:bad|good|strong|weak) as|"
    # "unacceptably high case fatality ratios", "the whole nation are proud of the martyrs"
    r"unacceptably|(?:am|is|are|was|were|’re|'re|’m|'m) (?:so |very |deeply |immensely )?proud of|"
    r"(?:a bit of a|a real) stretch|(?:a|an) (?:big|tough|difficult|hard|brave|bold|tricky) "
    r"(?:decision|call|choice)"
    # feelings reported: "said they are disappointed", "We did not expect anything like this"
    r"|(?:are|were|was|is|’re|'re) (?:(?:very|so|deeply|bitterly|extremely) )?(?:disappointed|"
    r"delighted|thrilled|devastated|upset|angry|furious|saddened)(?=\W*$)|"
    r"(?:did not|didn't|didn’t) expect anything like"
    # apologies and acceptance in court: "I just want to apologize", "I accept total
    # responsibility", "I know better who I am", "his alcoholism was no excuse", "It's created
    # such a ringing negativity"
    r"|I (?:just |really )?(?:want to |wish to )?apologi[sz]e|(?:I|[Ww]e) accept (?:full |total |"
    r"complete )?responsibility|I (?:know|knew) (?:better|who|where|what|how|here)"
    r"|(?:is|was) no excuse|(?:created|is|was|been|it's|it’s) such an? [a-z]+"
    # a label in quotation marks: "called the bombing a “mistake.”"
    # "He accused the media of being "an extension of the Clinton campaign""
    r"|accus(?:ed|es|ing) (?:the|a|an|his|her|its|their|this|that) (?:[\w’'-]+ ){0,3}?of being "
    r"(?:a |an |the )?[“\"]"
    r"|called (?:the|a|an|his|her|its|their|this|that) [\w\s’'-]{1,40}?(?:a |an )?"
    r"[“\"][^”\"]{0,30}?\w(?=[.,!?]?[”\"]))"
    r"\b"
)


# (after every pattern above is defined: the speed-up leaves their matches unchanged)
_SPELLED_QUANTITY = letter_first(_SPELLED_QUANTITY)
OFFICIAL = letter_first(OFFICIAL)
HEDGE = letter_first(HEDGE)
_HEDGE_LOWER = letter_first(_HEDGE_LOWER)
OPINION = letter_first(OPINION)
BOILERPLATE = letter_first(BOILERPLATE)
EXHORTATION = letter_first(EXHORTATION)
OPINION_WORDS = letter_first(OPINION_WORDS)
INTENT = letter_first(INTENT)
