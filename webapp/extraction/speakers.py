"""Who says it: direct and reported speech, quotes continued without attribution, pronouns,
and short names expanded to the fullest form the article gives ("Netanyahu" → "Benjamin
Netanyahu")."""

import re
from bisect import bisect_left

_SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|asked|asks|replied|stated|states|declared|announced|"
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
# A capitalised word; only initials and title abbreviations keep their period ("W.", "Dr.").
_CAPITALISED = (
    r"(?:[A-Z]\.|(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Prof|Rev|St|Jr|Sr)\.|"
    r"[A-Z][\w’'\-]*)"
)
_NAME_TOKEN = rf"(?:{_CAPITALISED}|(?:al-\w+|bin|ibn|van|von|de|da|del|la|le|du)\b)"
_GROUPS = (
    r"(?:reports|officials|sources|analysts|experts|media|police|authorities|witnesses|"
    r"residents|investigators|prosecutors|doctors|scientists|researchers|economists|"
    r"diplomats|lawmakers|critics|activists|organizers|organisers|Ukrainians|Americans)"
)
_SUBJECT_AT_END = re.compile(
    r"(?:(?P<pronoun>\b(?:he|she|they|it|He|She|They|It)\b)"
    rf"|(?P<name>{_CAPITALISED}(?:\s+{_NAME_TOKEN}){{0,5}})"
    r"|(?P<phrase>\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
    r"[A-Z][\w\-]*['’]s)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*"
    rf"|(?:\b[A-Z][a-z]+\s+|\b[a-z]+\s+)?\b{_GROUPS}))"
    r"\s*$"
)
_ACCORDING_TO = re.compile(
    rf"\b[Aa]ccording to\s+(?:the\s+)?(?P<name>{_CAPITALISED}(?:\s+{_NAME_TOKEN}){{0,5}})"
)
_FROM_POSSESSIVE = re.compile(r"[’']s\b.*$")
_REPORTING_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "wrote"})
_QUOTING_VERB = re.compile(r"\b(?:called|described|dismissed|branded|labell?ed)\b")
_PARTY_TAG = re.compile(r",\s*[DRI]-[A-Z][A-Za-z.]*,")
_ORGANISATION_NOUNS = frozenset(
    "agency ministry department organization organisation company firm bank fund office "
    "government administration committee commission council court group institute "
    "association union party army military police service board authority".split()
)
_NAME_AFTER = re.compile(rf"\s+(?P<name>{_CAPITALISED}(?:\s+{_NAME_TOKEN}){{0,5}})")
_CAPITALISED_RUN = re.compile(rf"\b{_CAPITALISED}(?:[ \t]+{_NAME_TOKEN})*")
# "Jane Doe, chief economist at …" or "said Jane Doe": a person even without a title before.
_ROLE_AFTER = re.compile(
    r",\s+(?:(?:a|an|the|its|his|her)\s+)?(?:[\w’'-]+\s+){0,3}(?:adviser|advisor|economist|"
    r"analyst|spokesman|spokeswoman|spokesperson|director|minister|secretary|president|"
    r"chairman|chairwoman|chair|chief|executive|professor|researcher|official|lawmaker|"
    r"senator|ambassador|envoy|leader|head|founder|author|scientist|doctor|lawyer|expert|"
    r"strategist|commander|mayor|governor|whip|editor|resident|witness|worker)\b"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says)\s+$")
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
_LONGEST_QUOTE = 8
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})
_NONPERSON_PRONOUNS = frozenset({"it", "they"})
_QUOTE_MARK = re.compile(r"[“”\"]")
_OPEN_QUOTE = "“"
_CLOSE_QUOTE = "”"


class SpeakerTracker:
    """Finds who says each sentence of one article."""

    def __init__(self, text: str):
        self._text = text
        self._full_names, surnames = _collect_names(text)
        self._people = {self._full_names[surname] for surname in surnames}
        self._mentions = _person_mentions(text, self._full_names, surnames)
        self._mention_positions = [position for position, _ in self._mentions]
        self._last_organisation: str | None = None

    def speakers(self, spans: list[tuple[int, int]]) -> list[tuple[str | None, bool]]:
        """(speaker, quoted) per sentence span, in document order. Speaker None is the
        article's own voice; quoted tells whether the sentence holds or continues a quotation.
        A quotation spanning sentences takes the attribution found anywhere in it."""
        inside = False
        sentences = []
        for start, end in spans:
            sentence = self._text[start:end]
            masked, has_quote = _mask_quotes(sentence, inside)
            opens_quote = not inside and sentence.startswith(("“", '"'))
            continues = inside or opens_quote
            inside = _ends_inside_quote(sentence, inside)
            explicit = self._attributed(_PARTY_TAG.sub(",", masked), start, has_quote)
            if explicit is not None and explicit not in self._people:
                self._last_organisation = explicit
            sentences.append((explicit, has_quote, continues, inside))
        results = []
        last_speaker = None
        for index, (explicit, has_quote, continues, open_after) in enumerate(sentences):
            speaker = explicit
            if speaker is None and open_after:
                speaker = _attribution_later(sentences, index)
            if speaker is None and continues:
                speaker = last_speaker
            if speaker is not None:
                last_speaker = speaker
            results.append((speaker, has_quote))
        return results

    def _attributed(self, masked: str, offset: int, has_quote: bool) -> str | None:
        source = _ACCORDING_TO.search(masked)
        if source:
            # "according to CME Group's FedWatch tool" → CME Group
            return self._full_name(_FROM_POSSESSIVE.sub("", source.group("name")))
        verbs = sorted(_VERB.finditer(masked), key=_reporting_first)
        if has_quote:
            verbs += _QUOTING_VERB.finditer(masked)
        for verb in verbs:
            prefix = _subject_prefix(masked[: verb.start()])
            subject = _SUBJECT_AT_END.search(prefix)
            if subject and subject.group().split()[-1].lower() not in _RELATIVE_PRONOUNS:
                speaker = self._resolve(subject, offset + verb.start())
                if speaker:
                    return speaker
            after = _NAME_AFTER.match(masked, verb.end())
            if after and prefix.endswith(("_", "_,")):
                return self._full_name(after.group("name"))
        return None

    def _resolve(self, subject: re.Match, position: int) -> str | None:
        pronoun = subject.group("pronoun")
        if pronoun:
            if pronoun.lower() in _NONPERSON_PRONOUNS:
                return self._last_organisation
            index = bisect_left(self._mention_positions, position)
            return self._mentions[index - 1][1] if index else None
        if subject.group("phrase"):
            return self._phrase(subject.group("phrase"))
        return self._full_name(subject.group("name"))

    def _phrase(self, phrase: str) -> str:
        """'the agency' → the organisation it refers to, when the article makes that clear."""
        head = phrase.split()[-1].lower()
        for full in self._full_names.values():
            if full.split()[-1].lower() == head:
                return full
        if head in _ORGANISATION_NOUNS and self._last_organisation:
            return self._last_organisation
        return phrase

    def _full_name(self, raw: str) -> str | None:
        """Strip titles; expand a bare surname to the fullest name the article gives."""
        name = _strip_titles(raw)
        if " " in name or not name:
            return name or None
        return self._full_names.get(name, name)


def _attribution_later(sentences: list[tuple], index: int) -> str | None:
    """The attribution of a quotation left open at sentence index, from where it goes on."""
    for explicit, _, _, open_after in sentences[index + 1 : index + 1 + _LONGEST_QUOTE]:
        if explicit is not None:
            return explicit
        if not open_after:
            return None
    return None


def _reporting_first(verb: re.Match) -> tuple[bool, int]:
    """'…, he said' outranks other speech verbs in the sentence ('Kyiv has asked …')."""
    return verb.group() not in _REPORTING_VERBS, verb.start()


def _subject_prefix(before_verb: str) -> str:
    """The words before a speech verb, without auxiliaries, adverbs and appositives."""
    prefix = before_verb.rstrip()
    while True:
        shorter = _AUXILIARIES.sub("", prefix).rstrip()
        if shorter == prefix:
            break
        prefix = shorter
    while prefix.endswith(","):
        segments = prefix[:-1].rsplit(",", 1)
        if len(segments) < 2 or not segments[1].strip()[:1].islower():
            break
        prefix = segments[0].rstrip()
    return prefix


def _strip_titles(raw: str) -> str:
    """'Russian Defense Minister Sergei Shoigu' → 'Sergei Shoigu'; organisations stay whole."""
    tokens = [_POSSESSIVE.sub("", token).rstrip(".") for token in raw.split()]
    while tokens and tokens[0].lower() in _NOT_NAME_STARTS:
        tokens.pop(0)
    if tokens and tokens[-1].lower() in _ORGANISATION_NOUNS:
        return " ".join(tokens)
    last_title = -1
    for index, token in enumerate(tokens[:-1]):
        if _is_title(token):
            last_title = index
    return " ".join(tokens[last_title + 1 :])


def _is_title(token: str) -> bool:
    lowered = token.lower()
    return lowered in _TITLE_WORDS or lowered + "." in _TITLE_WORDS


def _collect_names(text: str) -> tuple[dict[str, str], set[str]]:
    """Surname → the longest name the article gives for it, and which surnames are people."""
    full_names: dict[str, str] = {}
    people: set[str] = set()
    for run in _CAPITALISED_RUN.finditer(text):
        name = _strip_titles(run.group())
        parts = name.split()
        if not parts:
            continue
        is_person = _names_a_person(text, run, len(parts))
        if len(parts) < 2 and not is_person:
            continue
        surname = parts[-1]
        if len(name) > len(full_names.get(surname, "")):
            full_names[surname] = name
        if is_person:
            people.add(surname)
    return full_names, people


def _names_a_person(text: str, run: re.Match, name_length: int) -> bool:
    """A title before the name, or a multi-word name introduced by a role or by 'said'."""
    tokens = run.group().split()
    if tokens[-1].lower() in _ORGANISATION_NOUNS:
        return False
    if any(_is_title(token) for token in tokens[: len(tokens) - name_length]):
        return True
    return name_length > 1 and bool(
        _ROLE_AFTER.match(text, run.end())
        or _SAID_BEFORE.search(text, max(0, run.start() - 20), run.start())
    )


def _person_mentions(text: str, full_names: dict[str, str], people: set[str]) -> list:
    if not people:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in sorted(people)) + r")\b")
    return [(match.start(), full_names[match.group()]) for match in pattern.finditer(text)]


def _mask_quotes(sentence: str, starts_inside: bool) -> tuple[str, bool]:
    """Hide quoted words (as '_') so attributions are searched in the reporter's words only;
    also tells whether the sentence holds any quotation."""
    if not starts_inside and not _QUOTE_MARK.search(sentence):
        return sentence, False
    chars = list(sentence)
    inside = straight_open = starts_inside
    for index, char in enumerate(sentence):
        if char == _OPEN_QUOTE or char == '"' and not straight_open:
            inside = True
            straight_open = char == '"'
        elif char == _CLOSE_QUOTE or char == '"' and straight_open:
            chars[index] = "_"
            inside = straight_open = False
            continue
        if inside:
            chars[index] = "_"
    return "".join(chars), True


def _ends_inside_quote(sentence: str, starts_inside: bool) -> bool:
    """Whether a quotation is still open after the sentence (it continues in the next one)."""
    if not _QUOTE_MARK.search(sentence):
        return starts_inside
    opened = starts_inside
    for char in sentence:
        if char == _OPEN_QUOTE:
            opened = True
        elif char == _CLOSE_QUOTE:
            opened = False
        elif char == '"':
            opened = not opened
    return opened
