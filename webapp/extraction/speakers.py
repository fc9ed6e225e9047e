"""Who says it: direct and reported speech, quotes continued without attribution, pronouns,
and short names expanded to the fullest form the article gives ("Netanyahu" → "Benjamin
Netanyahu")."""

import re
from bisect import bisect_left

_SPEECH_VERBS = (
    r"said|says|told|tells|added|adds|asked|asks|replied|stated|states|declared|announced|"
    r"warned|warns|argued|argues|claimed|claims|insisted|insists|explained|wrote|writes|"
    r"suggested|suggests|predicted|predicts|estimated|estimates|stressed|emphasized|"
    r"emphasised|underlined|urged|urges|vowed|promised|tweeted|cautioned|conceded|countered|"
    r"responded|alleged|alleges|pointed out"
)
# Verbs that report speech only when a "that" clause follows ("noted that", "hopes that").
_THAT_VERBS = (
    r"noted|notes|maintained|maintains|believes|believe|thinks|think|hopes|hope|expects|"
    r"confirmed|confirms|denied|denies|admitted|acknowledged|reported|recalled|indicated|"
    r"signalled|signaled|disclosed|revealed"
)
_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS})\b|\b(?:{_THAT_VERBS})(?=\s+that\b)")
_AUXILIARIES = re.compile(
    r"(?:\s+|^)(?:has|have|had|also|again|later|earlier|previously|repeatedly|publicly|"
    r"reportedly|recently|\w+ly)\s*$"
)
_NAME_TOKEN = r"(?:[A-Z][\w’'\-]*\.?|al-\w+|bin|ibn|van|von|de|da|del|la|le|du)"
_SUBJECT_AT_END = re.compile(
    r"(?:(?P<pronoun>\b(?:he|she|they|it|He|She|They|It)\b)"
    rf"|(?P<name>[A-Z][\w’'\-]*\.?(?:\s+{_NAME_TOKEN}){{0,5}})"
    r"|(?P<phrase>\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){0,2}"
    r"[a-z][\w\-]*|\b[A-Z][a-z]+\s+(?:reports|officials|sources|analysts|experts|media)))"
    r"\s*$"
)
_NAME_AFTER = re.compile(rf"\s+(?P<name>[A-Z][\w’'\-]*\.?(?:\s+{_NAME_TOKEN}){{0,5}})")
_CAPITALISED_RUN = re.compile(rf"\b[A-Z][\w’'\-]*\.?(?:[ \t]+{_NAME_TOKEN})*")
_POSSESSIVE = re.compile(r"[’']s$")
_TITLE_WORDS = frozenset(
    "president vice prime minister secretary senator sen. rep. representative gov. governor "
    "dr. mr. mrs. ms. prof. professor gen. general lt. col. maj. capt. adm. sgt. rev. "
    "chancellor king queen prince princess pope ayatollah sheikh leader supreme chief "
    "executive officer director spokesman spokeswoman spokesperson ambassador mayor judge "
    "justice commissioner chairman chairwoman chair ceo adviser advisor envoy defense "
    "defence foreign interior finance health economy deputy crown speaker commander "
    "attorney state treasury home trade security national minister's foreign-affairs "
    "premier emir sultan senior".split()
)
_NOT_NAME_STARTS = frozenset(
    "the a an in on at for after before when while if as but and or so however meanwhile "
    "both some many most all this that these those there here his her their our its "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_NONPERSON_PRONOUNS = frozenset({"it", "they"})
_OPEN_QUOTE = "“"
_CLOSE_QUOTE = "”"


class SpeakerTracker:
    """Attributes sentences in document order; call speaker_for() with increasing offsets."""

    def __init__(self, text: str):
        self._text = text
        self._full_names, people = _collect_names(text)
        self._mentions = _person_mentions(text, self._full_names, people)
        self._mention_positions = [position for position, _ in self._mentions]
        self._last_speaker: str | None = None
        self._last_organisation: str | None = None
        self._inside_quote = False

    def speaker_for(self, start: int, end: int) -> str | None:
        """Speaker of the sentence text[start:end], or None when it is the article's voice."""
        sentence = self._text[start:end]
        continues_quote = self._inside_quote
        masked, has_quote = _mask_quotes(sentence, continues_quote)
        self._inside_quote = _ends_inside_quote(sentence, continues_quote)
        speaker = self._attributed(masked, start)
        if speaker is None and (has_quote or continues_quote):
            return self._last_speaker
        if speaker is not None:
            self._last_speaker = speaker
        return speaker

    def _attributed(self, masked: str, offset: int) -> str | None:
        for verb in _VERB.finditer(masked):
            prefix = masked[: verb.start()].rstrip()
            while True:
                shorter = _AUXILIARIES.sub("", prefix)
                if shorter == prefix:
                    break
                prefix = shorter.rstrip()
            if prefix.endswith(",") and "," in prefix[:-1]:
                prefix = prefix[: prefix[:-1].rindex(",")].rstrip()
            subject = _SUBJECT_AT_END.search(prefix)
            if subject:
                speaker = self._resolve(subject, offset + verb.start())
                if speaker:
                    return speaker
            after = _NAME_AFTER.match(masked, verb.end())
            if after and prefix.endswith(("_", "_,")):
                return self._full_name(after.group("name"))
        return None

    def _resolve(self, subject: re.Match, position: int) -> str | None:
        if subject.group("pronoun"):
            if subject.group("pronoun").lower() in _NONPERSON_PRONOUNS:
                return self._last_organisation
            index = bisect_left(self._mention_positions, position)
            return self._mentions[index - 1][1] if index else self._last_speaker
        if subject.group("phrase"):
            return self._phrase(subject.group("phrase"))
        name = self._full_name(subject.group("name"))
        if name and name not in self._full_names.values():
            self._last_organisation = name
        return name

    def _phrase(self, phrase: str) -> str:
        """'the agency' → the organisation named earlier whose name ends in 'Agency'."""
        head = phrase.split()[-1].lower()
        for full in self._full_names.values():
            if full.split()[-1].lower() == head:
                return full
        return phrase

    def _full_name(self, raw: str) -> str | None:
        name = _strip_titles(raw)
        if not name:
            return None
        return self._full_names.get(name.split()[-1], name)


def _strip_titles(raw: str) -> str:
    tokens = [_POSSESSIVE.sub("", token).rstrip(".") for token in raw.split()]
    while tokens and tokens[0].lower() in _NOT_NAME_STARTS:
        tokens.pop(0)
    last_title = -1
    for index, token in enumerate(tokens[:-1]):
        if token.lower() in _TITLE_WORDS or token.lower() + "." in _TITLE_WORDS:
            last_title = index
    return " ".join(tokens[last_title + 1 :])


def _collect_names(text: str) -> tuple[dict[str, str], set[str]]:
    """Surname → the longest name the article gives for it, and which names are people."""
    full_names: dict[str, str] = {}
    people: set[str] = set()
    for run in _CAPITALISED_RUN.finditer(text):
        tokens = run.group().split()
        titled = any(token.lower() in _TITLE_WORDS for token in tokens[:-1])
        name = _strip_titles(run.group())
        parts = name.split()
        if len(parts) < 2 and not titled or not parts:
            continue
        surname = parts[-1]
        if len(name) > len(full_names.get(surname, "")):
            full_names[surname] = name
        if titled:
            people.add(surname)
    return full_names, people


def _person_mentions(text: str, full_names: dict[str, str], people: set[str]) -> list:
    if not people:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in sorted(people)) + r")\b")
    return [(match.start(), full_names[match.group()]) for match in pattern.finditer(text)]


def _mask_quotes(sentence: str, starts_inside: bool) -> tuple[str, bool]:
    """Hide quoted words (as '_') so attributions are searched in the reporter's words only."""
    chars = list(sentence)
    inside = starts_inside
    has_quote = starts_inside
    straight_open = False
    for index, char in enumerate(sentence):
        if char == _OPEN_QUOTE or char == '"' and not straight_open:
            inside = True
            straight_open = char == '"'
            has_quote = True
        elif char == _CLOSE_QUOTE or char == '"' and straight_open:
            chars[index] = "_"
            inside = False
            straight_open = False
            has_quote = True
            continue
        if inside:
            chars[index] = "_"
    if not has_quote:
        return sentence, False
    return "".join(chars), True


def _ends_inside_quote(sentence: str, starts_inside: bool) -> bool:
    opened = starts_inside
    for char in sentence:
        if char == _OPEN_QUOTE:
            opened = True
        elif char == _CLOSE_QUOTE:
            opened = False
    return opened
