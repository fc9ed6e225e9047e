"""Who says it. Mentions are tracked across the article (full names, surnames with titles and
gender cues, organisations with their short forms, "the ministry", "his office"); a pronoun goes
to the subject of the previous attribution when it fits, not merely to the last name; the
attribution patterns of news copy are read outside quotation marks ("X said", "said X",
"according to X", "in a statement, X said", "X's office said", "a statement by X says", a
transcript's "NAME:" label)."""

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from webapp.extraction.rules import IRREGULAR_PAST

# "figures showed", "data show", "the poll also shows": figures or a poll as the source
# (a poll named as such, "The latest Field Poll shows …", is capitalised)
_FIGURE_SOURCES = (
    "figures",
    "estimates",  # "UK Health Security Agency (UKHSA) estimates show that …"
    "data",
    "statistics",
    "poll",
    "survey",
    "records",
    "documents",
    "Poll",
    "Survey",
)
# "Scientists believe the mineral covers …", "most legal experts think it would …": a group's
# view, given as theirs by the annotators in every such tuning sentence (six of six)
_GROUP_BELIEF = "|".join(
    rf"{verb}(?<=\b{group} {verb})"
    for verb in ("believe", "think", "suspect", "estimate")
    for group in (
        "experts",
        "analysts",
        "scientists",
        "researchers",
        "economists",
        "investigators",
        "officials",
        "Experts",
        "Analysts",
        "Scientists",
        "Researchers",
        "Economists",
        "Investigators",
        "Officials",
    )
)
_SHOWN_BY_FIGURES = "|".join(
    verb
    + "(?:"
    + "|".join(
        rf"(?<=\b{source}{also} {verb})" for source in _FIGURE_SOURCES for also in ("", " also")
    )
    + ")"
    for verb in ("showed", "shows", "show")
)
_SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|asked|asks|replied|stated|declared|announced|"
    # 'Mr Jobs … continued: "We will …"' (masked quotation: "_")
    r"continued(?=:\s*[“\"_])|"
    # '"That is quite a welcome!" Romney began, …': a quotation's opening words
    r"began(?=,)|"
    # "…, a 107 percent increase, the figures show.": a closing source, nothing after the verb
    r"show(?=\s*[.,;]\s*(?:$|[“\"_]))|showed(?=\s*[.,;]\s*(?:$|[“\"_]))|"
    r"announces|warned|warns|argued|argues|insisted|insists|explained|wrote|"
    # ("Secretary Ernesto Pernia last week expressed confidence that the economy …")
    r"expressed(?=\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:confidence|hope|concern|doubts?|optimism|"
    r"fears?)\s+that\b)|"
    # ("X, director-general of Cern, commented: "…"", not "commented to KGVO News")
    r"commented(?=:|,?\s*[“\"_]|\s+that\b)|"
    # (not "Wozniacki claimed her 20th career title", "the outbreak has claimed 14 lives")
    r"claimed(?!\s+(?:[\w’'-]+\s+){0,3}?(?:title|titles|crown|victory|win|medal|gold|silver|"
    r"bronze|trophy|championship|seats?|spot|lives|life|wickets?|prize|pole)\b)|"
    r"writes|suggested|suggests|predicted|predicts|estimated|stressed|emphasized|"
    # "Scientists warn that …", "some analysts predict Garcia will …" (a plural's present)
    r"warn(?=\s+(?:that|of)\s)|predict(?=\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}(?:will|would)\s)|"
    # a parenthetical estimate: "In that year, the Centers for Disease Control and Prevention
    # estimates, 34 million Americans got the flu"
    r"estimates(?=,)|"
    # "The U.S. probation office calculated that range as …": its own figure
    r"calculated(?=\s+(?:that|the|its|this|their)\s)|"
    # a company's guidance: "Apple forecast earnings for the current quarter of 95 cents …"
    r"forecasts?(?<!had forecast)(?<!had forecasts)(?=\s+(?:[\w-]+\s+){0,3}?for\s+"
    r"(?:the\s+)?(?:current|next|coming|full|fiscal)\b)|"
    # "The Commerce Department attributed the higher growth rate to …": its reading of figures
    r"attributed(?=\s+(?:[^.,;_]|[.,]\d){1,80}?\s+to\s)|"
    # "Mithali termed this as one of the best …", "Mott rued the missed chances", "Barak also
    # voiced his objections", "Shas informed the PM that …"
    r"termed|rued|lamented|voiced|informed(?=\s+(?:[\w’'-]+\s+){0,3}that\s)|"
    # "Jack Nicklaus advised Romney supporters it is "too late …""
    r"advised(?=\s+(?:[\w’'-]+\s+){0,3}(?:that|it|they|he|she|we)\s)|"
    # "The ministry advised members of the public to be on alert", "He also advised
    # individuals handling chickens in nearby areas to take …", "… and urged both parties to
    # respect the cease-fire"
    r"(?:advised|urged)(?=\s+(?:[\w’'-]+\s+){1,7}?to\s+[a-z])|"
    # "Wins will come, assured their coach"
    r"emphasised|underlined|urged|urges|vowed|promised|pledged|pledges|assured|reassured|tweeted|tweets|"
    r"cautioned|conceded|"
    # "…, reports Xinhua news agency.": the outlet's own report, after a comma and before a name
    r"reports(?<=, reports)(?=\s+(?:the\s+)?[A-Z])|"
    # "…, Slate reports.": the outlet's account, closing the sentence
    r"reports(?=\s*\.\s*$|\s*\.[\s”\"])|"
    # '“Twenty-seven dollars!” people yelled.': a crowd's answer
    r"yelled|shouted|chanted|"
    # "Jill Greenfield … emailed the court to say that …": a message, then what it said
    r"(?:emailed|e-mailed|phoned|telephoned|texted|called|wrote\s+to)(?=\s+(?:[\w’'-]+\s+){0,4}?"
    r"to\s+say\b)|"
    # "The rebels have dismissed the offer as ploy …": a verdict stated
    r"dismissed(?=\s+[^.,;_]{1,60}?\s+as\s)|"
    # "David Cameron hailed the fall in unemployment as a boost …": an appraisal stated
    r"hailed(?=\s+[^.,;_]{1,60}?\s+as\s)|"
    # "Analysts view Continental as having the stronger management team": their view
    r"(?:view|views|viewed)(?=\s+[^.,;_]{1,60}?\s+as\s)|"
    # "the rebels dismissed the toll provided by the government": a statement disputed
    r"(?:dismissed|disputed|rejected)(?=\s+(?:the|these|those|such)\s+(?:[\w-]+\s+)?(?:toll|"
    r"claims?|reports?|allegations?|accusations?|figures?|account|charges|findings)\b)|"
    r"countered|responded|alleged|alleges|allege|contended|contends|contend|asserted|asserts|"
    r"pointed out|denied|denies|accused|accuses|"
    r"questioned|chided|criticized|criticised|reiterated|speculated|"
    r"concluded|"
    r"conclude|concludes|finds|"
    # (not a verdict or a state: "the lawyer found guilty of killing his wife", "was found dead")
    # ("Jurors have found State Sen. Jane Orie guilty": the person between)
    r"found(?!\s+(?:(?:him|her|them|(?:former\s+)?[A-Z][\w.’'-]*(?:,?\s+[A-Z\d][\w.’'-]*){0,4}),?"
    r"\s+)?"
    r"(?:not\s+)?(?:guilty|innocent|liable|responsible|dead|alive|unconscious|unresponsive|"
    r"injured|wounded)\b)|reported|noted|confirmed|confirms|predicting|forecasting|"
    r"acknowledged|admitted|recalled|recounted|recounts|(?:hinted|hints)(?=\s+that\s)|disclosed|revealed|reveals|testified|condemned|condemns|"
    r"denounced|denounces|blamed|blames|welcomed|welcomes|praised|praises|"
    # ("called for by federal sentencing guidelines" is passive: no speaker before it)
    r"called on|calls on|called for(?! by\b)|calls for(?! by\b)|appealed|expects|documented|"
    r"defended|defends|"
    # "Economists polled by Reuters had forecast the trade gap falling to …": their forecast
    r"(?:(?<=\bhad )|(?<=\bhave ))(?:forecast|predicted)(?=\s)|"
    # "The ELN took credit for the attack": a claim of its own deed
    r"(?:took|takes|claimed) credit(?=\s+for\s)|"
    # "Commerce Department figures showed Thursday": the department's own figures
    # ("The new figures also showed …", "a poll showed Murphy with a slight lead")
    # (the verb first, then what comes before it: a lookbehind at every position is slow)
    rf"{_SHOWN_BY_FIGURES}|{_GROUP_BELIEF}|"
    # "Analysts expect the bank to raise rates": the analysts' forecast
    r"expect(?=\s+(?:[\w’'-]+\s+){1,6}?to\s+[a-z]|\s+(?:\S+\s+){0,2}(?:earnings|revenue|sales|"
    r"profit|growth|income|a loss|a profit)\b)|"
    # a progressive speech verb: "A WHO official … is urging more support", "is calling for"
    r"(?:(?<=\bis )|(?<=\bare )|(?<=\bnow )|(?<=\bwas )|(?<=\bwere ))(?:urging|calling for|"
    r"calling on|warning(?=\s+that\b))"
)
# Verbs that report speech only when a "that" clause follows ("hopes that", "believes that").
_THAT_VERBS = (
    r"maintained|maintains|believes|believe|thinks|think|hopes|hope|indicated|"
    r"signalled|signaled|showed|shows|reports|notes|claims|states|estimates|"
    # "economists worry that …", "The agency projects that …"
    r"worry|worries|fear|fears|projects|projected|foresee|foresees|"
    # "Naidu mentioned that …", "Naqvi intervened that …", "scientists noticed that …",
    # "researchers admit that …"
    r"mentioned|mentions|intervened|noticed|observed|admit|admits|felt|feels|"
    # "The ministry clarified that the deaths are not linked to …"
    r"clarified|clarifies|"
    # "Dole's campaign acknowledges that outside advertising …"
    r"acknowledges|acknowledge|concedes|concede|"
    # "The CDC cautions that the figures are early estimates", "recommended that any user …"
    r"cautions|cautioned|caution|recommended|recommends|recommend"
)
# A court's or an official's finding: "Jackson ruled that delaying …", "Jackson indicated she
# would delay …" (not "ruled out", "indicated a rise")
_RULING_VERBS = (
    r"\b(?:ruled|rules|indicated|indicates|signalled|signaled)(?=\s+(?:that\b|(?:he|she|they|it)\s+"
    r"(?:would|will|was|were|is|had|could|did|might)\b))"
)
_PRONOUN_CLAUSE = (
    r"\s+(?:he|she|they)(?:[’']s\b|\s+(?:is|was|are|were|had|has|would|will|did|could)\b)"
)
# (a speech verb starts with a letter: the lookahead skips other positions at once)
_VERB = re.compile(
    # (or a pronoun's clause straight after: "Park, 66, maintains she’s a victim of …")
    rf"(?=[a-z])(?:\b(?:{_SPEECH_VERBS})\b|\b(?:{_THAT_VERBS})(?=\s+that\b|{_PRONOUN_CLAUSE})|"
    rf"{_RULING_VERBS})"
)
SPEECH_VERB = re.compile(rf"(?:{_SPEECH_VERBS}|{_THAT_VERBS})")
# Verbs that are also nouns or past participles need a subject right before them.
_SPEECH_OPENING = re.compile(
    r"(?:also\s+|only\s+)?(?:said|says|told|added|announced|saying|adding|noting|declaring|stating|"
    r"pledging)\s+(?:that\s+)?"
    r"(?:it|he|she|they|we)\b"
    # "… posted on Twitter and said Stone's conviction …", "and said the damage was …"
    r"|(?:also\s+|only\s+)?(?:said|says)\s+(?:the\s|[A-Z][\w’'-]*[’']s\s"
    # ("…, and said Long intends to appeal his conviction": what the subject said of Long)
    r"|(?:[A-Z][\w’'-]+\s+){1,2}(?:[a-z]+ly\s+)?(?:[a-z]{3,}s|[a-z]{3,}ed|had|has|was|were|"
    r"would|will|could|is)\b)"
    # "… posted a loss and expects to return to profit": the subject's own forecast
    r"|(?:now\s+|also\s+)?expects\s+to\s"
    # "…, pledging to be a champion of the middle class": the subject's promise
    r"|(?:pledging|promising|vowing)\s+to\s"
)
_PRONOUN_AFTER_VERB = re.compile(
    rf"\b(?:[a-z]{{3,}}ed|{IRREGULAR_PAST}|was|were)\b[^,;:“”\"_]*\s(?:as|when|while|before|after|because|"
    r"since|until)\s+(?:he\s+|she\s+)?\Z"
)
_TELLING_SOMEONE = re.compile(r",\s+telling\s+(?:[A-Z][\w.’'-]*|reporters|journalists)\b")
_PARTICIPLE_OPENING = re.compile(
    r"(?:killing|injuring|wounding|leaving|forcing|prompting|bringing|marking|pushing|sending|"
    r"causing|displacing|destroying|damaging)\b"
)
_SPEECH_BEFORE = re.compile(r"\b(?:saying|adding|noting)(?:\s+that)?\s*\Z")
# "asked" reports speech before a question or after a quotation, not in "asked for …"
_ASKED_SPEECH = re.compile(
    r"\s*(?:[.,;]|$|\s*(?:whether|if|why|how|what|when|where|who)\b"
    r"|\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:whether|if|why|how|what|when|where|who)\b)"
)
_QUOTATION_THEN_SPEAKER = re.compile(r"_+[,.!?]?\s+(?:[A-Z][\w.’'-]*\s+){1,4}\Z")
# "reported a 33 percent rise in profit", "reported stronger quarterly earnings"
_RESULTS_OBJECT = re.compile(
    r"\s+(?:(?:a|an|its|their|his|her|the|record|net)\s+)?(?:[\w.,%$-]+\s+){0,4}?"
    r"(?:earnings|profits?|loss(?:es)?|revenues?|sales|income|results|rise|increase|drop|"
    # ("GM North America reported EBIT of $2.2bn")
    r"decline|fall|gain|jump|surge|slump|EBIT|EBITDA|margins?|turnover)\b"
)
# "added 184,000 jobs", "added more jobs than forecast", "added about 50 staff"
ADDED_COUNT = re.compile(
    # ("Manufacturing added no jobs in August")
    r"\s+no\s+(?:net\s+|new\s+)?(?:jobs|positions|workers|employees)\b"
    r"|\s+(?:(?:more\s+than|at\s+least|more|fewer|about|nearly|almost|some|roughly|another|"
    r"an\s+estimated|a\s+net|"
    r"a\s+further|only|just)\s+)?(?:[$€£]?\d|(?:more|fewer)\b|(?:a|an)\s+(?:net|total|further|"
    r"record)\b|(?:one\s+more|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|"
    r"fifty|hundreds|thousands|dozens)\b)"
    # "U.S. added more jobs in November", "Employers added workers to their payrolls": hiring
    r"|\s+(?:[\w-]+\s+){0,2}(?:jobs|workers|positions|employees)\b"
)
_DECLARED_ACT = re.compile(
    r"\s+(?:(?:the|its|their)\s+(?:[\w’'-]+\s+){1,3}(?:a|an)\s|a\s+state\s+of\s+emergency\b"
    # "The WHO declared cholera a Stage Three health emergency", "declared a national alert"
    r"|(?:[\w’'-]+\s+){0,2}(?:a|an)\s+(?:[\w’'-]+\s+){0,4}(?:emergency|alert|disaster|pandemic|"
    r"epidemic|outbreak)\b"
    # a verdict or a state declared: "a jury declared Murdaugh, 54, guilty", "declared him dead"
    r"|(?:[\w’'.,-]+\s+){1,4}(?:not\s+)?(?:guilty|innocent|dead|bankrupt|insolvent)\b)"
)
# "…, Wooten said …, according to the Los Angeles Times": the paper passes on her words
_PUBLICATION = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}(?:Times|Post|Journal|News|Press|Herald|Tribune|"
    r"Guardian|Telegraph|Reuters|Associated Press|AFP)\s*$"
)
_JOINT_SOURCES = re.compile(
    r"(?:(?:[Tt]he|[Ss]ome|[Ss]enior)\s+)?(?P<np>[A-Z][\w-]+\s+and\s+[A-Z][\w-]+\s+"
    r"(?:[a-z]+\s+)?(?P<noun>[a-z]+))"
)
_TESTIFIED_AGAINST = re.compile(
    r"\s+(?:against|for|on behalf of|about)\b(?![^.;]*\bthat\b)(?![^.;]*\s(?:he|she)\s+said\b)"
)
# announcing one's own act: "Cain … announced his endorsement of Gingrich", "announced her
# resignation": the act is the news, not words to check
_ANNOUNCED_ACT = re.compile(
    r"\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:endorsement|resignation|candidacy|"
    r"retirement|withdrawal|engagement|departure|bid|run|"
    # ("Three Court of Appeal judges … announced their decision today": the ruling is the act)
    r"decision|ruling|verdict|judgment|judgement)\b"
    # a company's act: "The retailer announced a reverse stock split", "Alcoa announced a plant
    # closing in Lebanon, Pa."
    r"|\s+(?:a|an|its|their)\s+(?:[\w$.,-]+\s+){0,3}?(?:split|closing|closure|merger|"
    r"acquisition|buyback|recall|layoffs|dividend|offering|spin-off|spinoff|takeover)\b"
)
# "A bipartisan group … issued a joint statement declaring they're …": the subject speaks
_ISSUED_DOCUMENTS = r"statement|letter|report|study|numbers|figures|data|poll|survey"
_ISSUED_STATEMENT = re.compile(
    r"\b(?:issued|released|put out|sent|published)\s+(?:a|an|this|the following|its|new)\s+"
    rf"(?:[\w-]+\s+){{0,2}}(?P<document>{_ISSUED_DOCUMENTS})"
    r"(?:\s+to\s+[A-Z][\w’'-]+)?"
    # ("she issued this statement, "Earlier today, I entered …": the quotation is hers; "the
    # Commerce Department released a report on Wednesday showing the deficit widened": the
    # finding is the department's, and so is what "the report" says next)
    r"(?:(?:\s+(?:on|last|this)\s+\w+)?\s+(?:saying|declaring|stating|pledging|announcing|"
    r"showing|finding)\b|\s*[,:]\s*(?=_))"
)
# "Twelve mayors — including …": a counted group as a subject
_COUNTED_GROUP = (
    r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds|\d+)"
    r"\s+[a-z]+s\b"
)
# the name after these verbs heard what was said: "…, an economist, told Bloomberg"
_LISTENER_AFTER = frozenset({"told", "tells"})
_REPORTING_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "wrote"})
_QUOTING_VERB = re.compile(r"\b(?:called|described|dismissed|branded|labell?ed)\b")
_AUXILIARIES = re.compile(
    r"(?:\s+|^)(?:has|have|had|also|again|later|earlier|previously|repeatedly|publicly|further|"
    r"still|already|once|"
    r"since|"
    r"reportedly|recently|then|now|on \w+day|(?:late|early) \w+day|\w+day|"
    r"(?:last|this) (?:week|month|year|morning|afternoon|evening)|"
    # "Prime Minister Ranil Wickremesinghe however insisted …"
    r"however|though|too|"
    # "the Finance Minister, Ken Ofori-Atta on his part says …"
    r"(?:on|for) (?:his|her|its|their) part|"
    # adverbs in -ly, not "family", "ally", "rally" nor a name ("Kelly")
    r"(?!(?:fami|dai|a|ra|assemb|supp|rep|monopo|bel|jel|bul|Ita|Ju)ly\b)[a-z]+ly)\s*$"
)
# (and a contracted "is": "It's confirmed.")
_PASSIVE = re.compile(
    # ("Remains of a dinosaur were first reported in 2003 by …": an adverb between)
    r"\b(?:was|were|been|being|is|are|be)(?:\s+(?:first|initially|originally|widely|also))?\s*$"
    r"|\b(?:[Ii]t|[Tt]hat|[Tt]his)[’']s\s*$"
)
_CAPITALISED = (
    # ("J.C. Penney", "J.P. Morgan": initials written together are one token)
    # ("O Estado de S.Paulo": an initial glued to the word it shortens the name with)
    # ("Commander D.K.P Dassanyake": initials whose last has no full stop)
    r"(?:(?:U\.S|U\.N|U\.K|E\.U)\.|(?:[A-Z]\.){2,3}(?=\s)|(?:[A-Z]\.){1,3}[A-Z](?=\s+[A-Z][a-z])|"
    r"[A-Z]\.[A-Z][a-z]+\b|[A-Z]\.|"
    r"(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Prof|Rev|St|Jr|Sr)\.|"
    r"[A-Z][\w’'\-]*(?:&[A-Z][\w’'\-]*)?)"  # ("P&G", "AT&T")
)
_PARTICLE = r"(?:al-\w+|el-\w+|bin|ibn|van|von|de|da|del|der|den|la|le|du|dos|das)\b"
# "Bureau of Labor Statistics", "Centers for Disease Control and Prevention".
_CONNECTED = rf"(?:\s+(?:of|for)\s+(?=[A-Z])(?!(?:The|A|An)\b){_CAPITALISED})"
# "National Oceanic and Atmospheric Administration", "Food and Drug Administration",
# "Securities and Exchange Commission": an "and" inside a body's name
_BODY_END_AFTER_AND = (
    r"(?:[A-Z][\w’'-]*\s+){0,2}(?:Administration|Commission|Prevention|Services|Exchange|"
    # ("National Snow and Ice Data Center")
    r"Development|Research|Welfare|Statistics|Affairs|Center|Centre|Institute|Foundation|"
    r"Association|Laboratory|Agency)\b"
)
_CONNECTED_AND = rf"(?:\s+and\s+(?={_BODY_END_AFTER_AND}){_CAPITALISED})"
_NAME_RUN = (
    rf"{_CAPITALISED}(?:(?:[ \t]+(?:{_CAPITALISED}|{_PARTICLE}))|{_CONNECTED}|{_CONNECTED_AND})*"
)
_CAPITALISED_RUN = re.compile(rf"\b{_NAME_RUN}")
_GROUP_AFTER_NAME = re.compile(r"\s+(?:monitoring\s+group|rights\s+group|monitor|watchdog)$")
_BODY_AFTER_VERB = re.compile(rf"\s*(?:the\s+)?(?P<name>{_NAME_RUN})")
# the subject of the clause "and said" goes on from: "… came after President Donald Trump
# posted on Twitter … and said …" → Donald Trump
_CLAUSE_SUBJECT = re.compile(
    rf"(?P<name>{_NAME_RUN})\s+(?:(?:has|had|have|also|then|later|\w+ly)\s+)?"
    r"(?:[a-z]{2,}ed|went|came|took|gave|won|lost|met|held|made|sent|left|ran|wrote|spoke|"
    r"told|said)\b"
)
_COORDINATED_SUBJECT = re.compile(
    rf"\b(?:and|but)\s+(?P<np>(?:the|its|his|her|their)\s+[a-z][\w-]*|{_NAME_RUN})\s+"
    rf"(?:(?:also|then|later|\w+ly)\s+)?(?:[a-z]{{2,}}ed|{IRREGULAR_PAST})\b"
)
_DESCRIBED_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:(?:[A-Z][\w’']*-)?[a-z][\w’'-]*\s+){1,4}?"
    r"(?:group|organi[sz]ation|monitor|agency|company|firm|network|website|newspaper|"
    r"broadcaster|charity|institute|think\s+tank|watchdog|body|union|coalition)\s+"
    rf"(?P<name>{_NAME_RUN})"
)
# (not after an initial: "J.C. Penney Co Inc cut …" opens with "J.C.", not "Penney")
_SENTENCE_OPENING = re.compile(r"(?:\A|(?<=[.!?]\s)(?<![A-Z]\.\s)|(?<=\n))(?=[A-Z])")
# a company opening a sentence as its subject: "Coca-Cola, the world's …", "Unilever reported"
_COMPANY_SUBJECT = re.compile(
    rf"(?P<name>{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}})"
    r"(?=,\s+(?:the|a|an)\s|\s+(?:also\s+)?(?:reported|reports|posted|said|says|announced|"
    r"issued|earned|raised|cut|lost)\b"
    # "Facebook's profit totaled …", "Facebook (FB) shares rose …": its results or its ticker
    r"|[’']s\s+(?:[\w-]+\s+)?(?:profit|revenue|sales|earnings|income|shares|stock|results|"
    # (not a dateline's wire tag: "CINCINNATI (AP) —")
    r"headcount)\b|\s+\((?!AP\)|AFP\)|UPI\))[A-Z]{1,5}\))"
)
_MAKER_OF = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:maker|seller|owner|operator|producer|provider|"
    r"retailer|manufacturer|developer|publisher|distributor|parent)\s+of\s+(?P<what>[^_;:]*)"
)
# "The world's largest consumer product maker, based in Cincinnati, says …": the company the
# article is about
_LARGEST_OF_ITS_KIND = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?:world|nation|country|[A-Z][\w.-]*)[’']s\s+(?:(?:second|third)-?)?"
    r"(?:largest|biggest|leading|top|No\.\s+\d)\s+(?P<what>(?:[\w-]+\s+){0,3}?)"
    r"(?:maker|seller|retailer|manufacturer|producer|company|firm|chain|bank|lender|insurer|"
    r"airline|carmaker|automaker|drugmaker|group)"
)
_UNCLOSED_ROLE = re.compile(
    rf"(?P<name>{_NAME_RUN}),\s+(?P<role>(?:the\s+|a\s+|an\s+)?[a-z][\w-]*(?:\s+[\w’'&.-]+){{0,7}})"
)
# words that open a sentence and link it to the one before, never a name before its role
# ("Meanwhile, chief executive Ann Lee said …")
_CONNECTIVES = frozenset(
    "Meanwhile Nevertheless Nonetheless However Still Separately Moreover Instead Later Earlier "
    "Also Yet Elsewhere Overall Similarly Likewise Indeed Besides Additionally Furthermore "
    "Further Now Then Again Today Yesterday Afterwards Previously Currently Finally Ultimately "
    "Initially Otherwise Thus Therefore Hence Consequently Notably Importantly Specifically".split()
)
_NAME_ROLE_AT = re.compile(
    rf"(?P<name>{_NAME_RUN}),\s+(?P<role>(?:the\s+|a\s+|an\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}})"
    r"\s+(?:at|of|for|with)\s+(?P<employer>[^_;:]*,[^_;:,]*),?"
)
_APPOSITIVE_SUBJECT = re.compile(
    rf"(?P<name>{_NAME_RUN}),\s+(?P<appositive>(?:an?|the)\s+[^;:_,]*,\s+[^;:_,]*),?"
)
_OWNING_BODY = re.compile(rf"\s(?:of|at)\s+(?:the\s+)?(?:\w+[’']s\s+)?(?P<org>{_NAME_RUN})$")
_PRONOUN = re.compile(r"\b(?:he|she|they|it|He|She|They|It)$")
_POSSESSIVE_OFFICE = re.compile(
    r"\b(?P<owner>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|"
    + _NAME_RUN
    + r"[’']s)\s+(?P<office>office|campaign)$"
)
_SHORT_FORM = re.compile(r"\((?:the\s+)?(?P<short>[A-Z][A-Z.&-]{1,9})\)")
_AFTER_BRACKETED_SHORT_FORM = re.compile(r"^[^()\s]{1,10}\)\s*")
_PLURAL_ROLE_BEFORE_NAMES = re.compile(r"(?P<role>[a-z-]+)s\s+(?=[A-Z][^,]*\sand\s+[A-Z])")
_POSSESSIVE_END = re.compile(r"(?<=[a-z])(?:[’']s?)$")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME_RUN})\s+$")
_TRANSCRIPT_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){1,3}):[ \t]", re.MULTILINE
)
_ACCORDING_TO = re.compile(
    # "according to the latest situation report released by the NCDC on Monday"
    # ("As per Reserve Bank of India (RBI) data on Tuesday, …": the same)
    r"\b(?:[Aa]ccording to|[Aa]s per)\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<document>report|statement|study|survey|poll|data|figures|release|announcement|bulletin|"
    r"update|"
    # "according to the latest count from the Centers for Disease Control and Prevention"
    r"count|tally|estimates?|analysis|statistics|numbers|"
    # "according to the sentence handed down by U.S. District Judge Deborah K. Chasanow"
    r"sentence|ruling|order|verdict|decision|indictment|complaint|filing)"
    # ("a long-awaited report Thursday from the Bureau of Labor Statistics")
    r"(?:\s+(?:on|released on|issued on)\s+\w+|\s+\w+day)?\s+(?:(?:handed down|issued|released|"
    # (not whom a poll asked: "according to a post-primary poll of Arizona voters")
    r"published|filed|signed|given|shared|provided|compiled)\s+)?(?:by|from|(?<!poll )of)\s+"
    r"(?:the\s+)?)?"
    # "the U.S. Bureau of Labor Statistics", "Judge Deborah K. Chasanow"
    r"(?P<np>(?:(?:[A-Z]\.){2,}|(?<=\s)[A-Z]\.(?=\s+[A-Z])|[^,;.:])+)"
)
_NAME_THEN_CLAUSE = re.compile(
    r"(?P<name>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*)\s+(?=(?:the|a|an|his|her|its|their|this|"
    r"these|those)\s+[a-z][^,;]*?\s(?:is|are|was|were|has|have|had|will|would)\s)"
)
_PROCESSED_BY = re.compile(
    r"^(?P<source>[A-Z][\w.&]*)-(?:processed|compiled|collected|gathered|provided|published)\b.*$"
)
# a quotation in curly or straight marks, within one paragraph
_WHOLE_QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_THE_DOCUMENT = re.compile(r"[Aa]ccording to the\s")
_STATEMENT_BY = re.compile(
    # ("a recent report by a United Nations monitoring team suggests …")
    r"\b(?:[Aa]|[Tt]he)\s+(?:(?:recent|new|latest|separate|joint|confidential|leaked)\s+)?"
    r"(?:statement|report|letter|release|study|survey|poll|memo)(?P<comma>,)?\s+"
    # "The report, released Monday by the Government Accountability Office, found …"
    r"(?:(?:issued|signed|released|published)\s+(?:(?:on\s+)?\w+day\s+|yesterday\s+|today\s+|"
    r"(?:last|this)\s+\w+\s+)?)?(?:by|from)\s+(?:the\s+)?"
    r"(?P<np>[^,;.:_]+?)(?(comma)(?:\s+(?:on|in|last|this)\s+[^,;_]+?)?,)"
    r"(?:\s+(?:yesterday|today|on\s+\w+day|last\s+\w+|this\s+\w+))?"
    # ("The survey by the Strategic Centre … also showed": not part of the name)
    r"(?:\s+(?:also|again|further|previously))?\s+"
    r"(?:says|said|stated|states|shows|showed|found|finds|concluded|concludes|revealed|"
    r"suggests|suggested|indicates|indicated)\b"
)
# figures and their source in a passive: "The death toll reported Tuesday by the World Health
# Organization represents a jump of …", "Figures released by the Labor Department showed …"
# "Similar information was reported by a local activist collective."
_PASSIVE_REPORT_BY = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:also\s+)?(?:reported|confirmed)\s+by\s+"
    r"(?P<np>(?:the\s+|a\s+|an\s+)?[^,;.:_]+?)\s*[.;]?$"
)
_FIGURES_BY = re.compile(
    # ("A new poll conducted by University of Connecticut and Hartford Courant shows …")
    r"\b(?i:death toll|toll|figures?|data|numbers?|statistics|tally|count|estimates?|results?|"
    r"polls?|surveys?)\s+"
    # ("A poll of lawmakers published on Tuesday by newspaper O Estado de S.Paulo found …")
    r"(?:of\s+[a-z]+\s+)?"
    r"(?:reported|released|published|issued|compiled|provided|announced|given|conducted|"
    r"commissioned|carried out)\s+"
    r"(?:(?:on\s+)?\w+day\s+|yesterday\s+|today\s+|(?:last|this)\s+\w+\s+)?by\s+(?:the\s+)?"
    r"(?:(?:newspaper|daily|weekly|magazine|broadcaster|pollster|polling firm)\s+)?"
    rf"(?P<np>{_NAME_RUN})"
)
# a source's own count: "The Interior Ministry put the death toll at 14", "Police put the
# number of injured at 30"
_PUT_COUNT_AT = re.compile(
    r"\b(?:put|puts|placed|places|estimated|estimates)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:toll|number|figure|count|total|tally)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?at\s+"
    r"(?:about\s+|around\s+|nearly\s+|more than\s+|at least\s+)?[\d$]"
)
_FIGURES_ADJECTIVES = frozenset(
    "revised new latest official preliminary final early recent monthly weekly annual "
    "quarterly government federal national historical provisional unofficial internal "
    "published".split()
)
# "according to BLS historical data" → BLS; "the ONS breakdown of figures showed" → ONS
_NAMED_FIGURES = re.compile(
    # (after a short form in brackets too: "Reserve Bank of India (RBI) data")
    r"(?<=[\w)])(?:\s+(?:breakdown|analysis|release|summary)\s+of(?:\s+the)?)?"
    rf"(?:\s+(?:{'|'.join(sorted(_FIGURES_ADJECTIVES))}))*"
    r"\s+(?:figures|data|statistics|numbers|estimates|calculations|count)$"
)
# "the most recent CNN Poll of Polls", "a new ABC News poll", "the latest Reuters/Ipsos poll"
_RECENT_BEFORE_NAME = re.compile(
    r"^(?:(?:[Aa]|[Tt]he)\s+)?(?:most\s+)?(?:new|latest|recent|newest)\s+(?=[A-Z])"
)
_NOT_A_SUBJECT = frozenset("What This That These Those It There Here Which Who".split())
_SAYING = re.compile(
    r",\s+(?:saying|adding|arguing|insisting|contending|declaring|noting|warning|claiming|stressing|"
    r"explaining|"
    # "…, telling AFP that one woman died": whom it was told, then what
    # ("…, telling CNBC he saw no material barriers": a pronoun after whom it was told)
    r"telling\s+(?:[\w’'-]+\s+){1,3}?(?=that\s|(?:he|she|they|it|we)\s))\s*(?:that\s+)?(?!to\s)\w"
)
_SOURCE_NOUNS = frozenset(
    "documents records data figures report reports statement study survey officials police "
    "sources witnesses estimates analysts experts prosecutors investigators authorities "
    "residents doctors poll polls census tally count evidence testimony filings filing "
    "file neighbors neighbours relatives families".split()
)
# people a clause may open with, with no article: "prosecutors argued …"
_PLURAL_SOURCES = (
    "officials|police|witnesses|analysts|experts|prosecutors|investigators|authorities|"
    "residents|doctors|economists|lawyers|researchers|scientists|relatives|neighbou?rs"
)
# party tags and degrees after a name: ", R-S.D.,", "(D-Calif.)", ", MD,"
_PARTY_TAG = re.compile(
    r",\s*[DRI]-[A-Z][A-Za-z.]*,|\s*\([DRI]-[A-Z][A-Za-z.]*\)"
    r"|,\s*(?:MD|M\.D\.|PhD|Ph\.D\.|DO|RN|MPH),"
)
_ORGANISATION_NOUNS = frozenset(
    "agency ministry department organization organisation company firm bank fund office "
    "government administration committee commission council court group institute "
    "association union party army military police service board authority forces force "
    "bureau division centers centres center centre observatory network exchange "
    "university hospital nations league federation corporation inc corp ltd times post "
    "news press journal statistics tribunal parliament congress senate cabinet command "
    "coalition scouts rangers marines constabulary guards troops brigade battalion regiment "
    "militia directorate secretariat inspectorate headquarters front movement alliance "
    # news media: "He told Eye Radio" names a broadcaster, not a person
    "radio television tv broadcasting broadcaster channel newspaper magazine tribune herald "
    "gazette telegraph "
    # company names: "General Motors said …. It explained …" is the company
    "motors airlines airways holdings industries technologies pharmaceuticals petroleum "
    "electric mills dynamics communications telecom insurance".split()
)
# the last word of a place's name, never a person's: "Montana State Prison", "Kennedy Airport"
_PLACE_NOUNS = frozenset(
    "prison jail penitentiary airport stadium station street avenue road square bridge "
    "church cathedral mosque temple museum park school college hotel hall building tower "
    "palace castle harbour harbor port island river lake mountain valley "
    "republic kingdom emirates federation province county township borough parish".split()
)
# "the military" may stand for an organisation whose name holds one of these words.
_SYNONYMS = {
    "military": ("military", "army", "forces", "defense", "defence"),
    "army": ("army", "military", "forces"),
    "ministry": ("ministry",),
    "company": (),
    "firm": (),
    "party": ("party",),
    "agency": ("agency", "administration", "bureau"),
    "department": ("department",),
    "office": ("office",),
    "group": ("group",),
    "court": ("court", "tribunal"),
    "family": ("family",),
    "campaign": ("campaign",),
    "bank": ("bank",),
    "government": ("government",),
}
_DOCUMENTS = frozenset({"statement", "report", "release", "summary", "study", "letter"})
_ROLE_AFTER = re.compile(
    r",\s+(?:(?:a|an|the|its|his|her)\s+)?(?:[\w’'-]+\s+){0,3}(?:adviser|advisor|economist|"
    r"analyst|spokesman|spokeswoman|spokesperson|director|minister|secretary|president|"
    r"chairman|chairwoman|chair|chief|executive|professor|researcher|official|lawmaker|"
    r"senator|ambassador|envoy|leader|head|founder|author|scientist|doctor|lawyer|expert|"
    r"strategist|commander|mayor|governor|whip|editor|resident|witness|worker|student|"
    r"sergeant|officer|judge|prosecutor|mother|father|widow|wife|husband|son|daughter|"
    r"businessman|businesswoman|candidate|nominee|activist|entrepreneur|investor|billionaire)\b"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told)\s+$")
_SAID_AFTER = re.compile(
    rf"(?:,[^,]{{0,80}},|,)?\s+(?:has\s+|had\s+|also\s+)?(?:{_SPEECH_VERBS})\b"
)
_POSSESSIVE = re.compile(r"[’']s$")
_TITLE_WORDS = frozenset(
    "president vice prime minister secretary senator sen. rep. representative gov. governor "
    "dr. mr. mrs. ms. miss prof. professor gen. general lt. col. maj. capt. adm. sgt. rev. "
    "chancellor king queen prince princess pope ayatollah sheikh leader supreme chief "
    "executive officer director spokesman spokeswoman spokesperson ambassador mayor judge pollster "
    "undersecretary under-secretary "
    "justice commissioner chairman chairwoman chair ceo adviser advisor envoy defense "
    "defence foreign interior finance health economy deputy crown speaker commander "
    "attorney state treasury home trade security national minister's foreign-affairs "
    "premier emir sultan senior acting assistant associate nominee "
    "candidate presumptive republican democratic co-founder founder cyclist economist "
    "analyst professor fusilier private corporal sergeant officer lawyer coach striker "
    "manager former professional sir dame lord lady madam detective inspector constable "
    "superintendent sheriff lieutenant captain colonel admiral magistrate coroner "
    "prosecutor barrister solicitor counsel witness eyewitness survivor activist resident "
    "victim host anchor correspondent columnist goalscorer midfielder defender goalkeeper "
    "winger mp mep msp mla labour tory conservative director-general secretary-general "
    "attorney-general solicitor-general auditor-general inspector-general surgeon-general "
    "governor-general politician lawmaker legislator elder cfo coo cto cio parliamentarian "
    "congressman congresswoman councillor councilor alderman head comptroller treasurer".split()
)
_NOT_NAME_STARTS = frozenset(
    # ("Like I said before the series, …": no one called "Like I")
    "like the a an in on at for after before when while if as but and or so however meanwhile "
    "both some many most all this that these those there here his her their our its "
    "earlier later then first next last kabul monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)
_FEMALE = frozenset(
    "mrs mrs. ms ms. miss madam dame lady queen princess chairwoman spokeswoman "
    "congresswoman businesswoman widow wife mother daughter sister grandmother "
    "girlfriend actress she her".split()
)
_MALE = frozenset(
    "mr mr. sir lord king prince chairman spokesman congressman businessman widower husband "
    "father son brother grandfather boyfriend actor he his him".split()
)
_PERSON_PRONOUNS = {"he": "m", "she": "f"}
_GENDER_PRONOUN = re.compile(r"\b(?:he|his|him|she|her|hers)\b", re.IGNORECASE)
# capitalised words that open a sentence or a title, never a first name
_NOT_FIRST_NAMES = frozenset(
    "When While Whether After Before If As But And Since Although Though Because Until Once "
    "Meanwhile However Then Still Also Even Only Now Today Yesterday Last This That These Those "
    "Former Both Neither Either Like Unlike Under Over For From With Without Against Despite "
    "During Throughout Among According Asked Speaking Dear Saint Lake Mount Fort Port New North "
    "South East West Central Upper Lower Great Little".split()
)
_TICKER = re.compile(
    r"\((?:[A-Z]{1,6}\.[A-Z]{1,3}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NYSE American)\s*:\s*[A-Z.]+)\)"
)
_COMPANY_SUFFIXES = frozenset({"Inc", "Ltd", "Corp", "LLC", "PLC", "Co"})
_COMPANY_SUFFIX_AFTER = re.compile(r",\s+(?P<suffix>Inc|Ltd|Corp|LLC|PLC)\b\.?")
_SMALL_WORD = re.compile(r"\b[a-z]+\b")
_FIRST_AND_LAST = re.compile(r"[A-Z][a-z]{2,}\s+[A-Z][a-z]+(?:[A-Z][a-z]+)?")
_OTHER_GENDER_PRONOUN = {
    "f": re.compile(r"\b(?:him|his|he)\b", re.IGNORECASE),
    "m": re.compile(r"\b(?:her|hers|she)\b", re.IGNORECASE),
}
_OTHER_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")
_SPEECH_THEN_POSSESSIVE = re.compile(r"^\s*(?:said|says|told\s+\w+|added)\s+(?:his|her)\b")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# a person's first name and surname, with a middle initial or none ("John Q. Public")
_FULL_NAME = r"[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w’'-]*"
_NAME_AFTER_ROLE = re.compile(
    # (an owner or a place before the role: "NASA’s associate administrator", "Iowa state
    # epidemiologist")
    r"\s*(?:the\s+)?(?:[A-Z][\w.&-]*(?:’s|'s)?\s+)?(?P<role>(?:[a-z][\w-]*\s+){1,5}?)"
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<name>{_FULL_NAME})\b"
)
# occupations that name a speaker after "said" ("said lead scientist Alan Stern")
_WORK_ROLES = frozenset(
    "scientist administrator engineer investigator historian expert strategist researcher "
    "consultant officer operator planner pollster author co-author coauthor employee worker "
    "resident student teacher owner farmer driver witness survivor neighbour neighbor "
    "volunteer activist organiser organizer physician inspector superintendent detective "
    "foreman forewoman juror "
    "constable sergeant editor correspondent epidemiologist examiner coroner pathologist "
    # a member of an armed group: "said CJTF fighter Kachallah Bumu"
    "fighter militiaman vigilante member "
    # a player named by position: "Goalscorer Chris Dooley praised …"
    "goalscorer scorer striker midfielder defender goalkeeper winger".split()
)
_IN_A_DOCUMENT = re.compile(
    r"\s+(?:\w+\s+){0,2}?in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?P<document>statement|report|"
    r"letter|release)\b"
)
_OWNED_DOCUMENT = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?P<owner>[^\s].*?)\s+"
    r"(?P<document>statement|report|letter|release)"
)
_INVERTED_NAME = re.compile(
    # ("…, said the World Health Organization in its latest report": a body after "the")
    r"\s+(?:the\s+(?=(?:[A-Z][\w.’'-]*\s+){1,4}in\s+(?:its|a|an|the|their)\s))?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)\b)"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}?[A-Z][\w’'-]+(?=\s*(?:,|\.|$)"
    # "…, said Matthew Knight of the US Naval Research Laboratory."
    r"|\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z]"
    r"|\s+in\s+(?:its|a|an|the|their)\s"
    # "…, reports Xinhua news agency."
    r"|\s+(?:news\s+)?(?:agency|newspaper|daily|radio|television|broadcaster)\s*(?:[,.]|$))"
)
_INVERTED_GROUP = re.compile(
    r"\s+(?P<group>analysts|experts|officials|economists|witnesses|residents|sources|"
    r"scientists|researchers|observers|critics|authorities|police|prosecutors)(?=\s*[,.;]|\s*$)"
)
_TITLED_SUBJECT = re.compile(
    rf"(?:(?:But|And|However|Meanwhile)\s+)?(?:[Tt]he\s+)?{_NAME_RUN}\s+"
    r"(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?:\s+(?P<name>"
    rf"{_NAME_RUN}))?(?=\s)"
)
_ROLE_THEN_NAME = re.compile(
    # "the away side’s head coach Scott Cooper": the owner's word is part of the role
    # and "Bank of Montreal economist Doug Porter": the employer is part of it too
    r"(?:[Tt]he\s+)?(?:[A-Z][\w&.’'-]*\s+(?:(?:of|for|and|the)\s+)*){0,4}"
    r"(?P<role>(?:[a-z][\w’'-]*\s+){1,4})"
    rf"(?P<name>{_CAPITALISED}(?:\s+{_CAPITALISED})+)"
)
# speech verbs that are also plural nouns ("Mr Trump’s claims that …")
_NOUN_TOO = frozenset({"claims", "reports", "promises", "calls", "warns", "pledges"})
_FEARS = frozenset({"fears", "fear", "worries", "hopes"})
# what makes the next word a noun: a verb's -ing ("sparking"), an adjective ("Remarkable",
# "growing"), a preposition
_NOUN_BEFORE_CLAIMS = re.compile(
    r"(?:\b[a-z]+ing|\b[A-Za-z]+(?:able|ible|ous|ful|ive|ent|ant|ary|ic)|\b(?:amid|over|of|with|new))$"
)
_SHARE_OF_RESPONDENTS = re.compile(
    # ("A total 40% of surveyed voters said …")
    r"(?:[Aa]\s+total\s+(?:of\s+)?)?"
    r"(?:just\s+|only\s+|about\s+|nearly\s+|some\s+|more than\s+)?\d[\d.,]*\s*(?:%|percent|"
    r"per cent)"
)
_POLL_NAMED = re.compile(
    r"\b(?:[Ii]n|[Aa]ccording to)\s+(?:the|a|an)\s+(?:new\s+|latest\s+)?"
    r"(?P<poll>[A-Z][\w.&-]*(?:[\s-]+[A-Z][\w.&-]*)*)\s+(?:survey|poll)\b"
)
_INSTITUTION_AND = re.compile(
    rf"\s(?:for|of)\s+(?:[A-Z][\w’'-]*\s+){{1,3}}and\s+[A-Z]|\sand\s+{_BODY_END_AFTER_AND}"
)


def _subject_segment(prefix: str, segment: str) -> str | None:
    """The phrase before a speech verb that names its subject, or None."""
    relayed = "that" in segment and _NAME_AFTER_THAT.search(segment)
    if relayed:
        # "Detroit newspapers reported that Joseph Ashton, a UAW vice president, said …": the
        # person the papers quote
        return relayed.group("name")
    opening = "," in prefix and _APPOSITIVE_SUBJECT.fullmatch(prefix.strip())
    if opening and not _FINITE.search(re.sub(r"\S+-\S+", "", opening.group("appositive"))):
        # "Airwars, an independent, Britain-based group, says …": the name before its
        # description
        segment = opening.group("name")
    unclosed = "," in prefix and _UNCLOSED_ROLE.fullmatch(prefix.strip())
    if (
        unclosed
        and unclosed.group("name") not in _CONNECTIVES
        and _SPEAKING_ROLES & set(unclosed.group("role").split()[:3])
    ):
        # "David Kern, chief economist at the BCC said: …": the name before its role, whose
        # closing comma the copy left out
        return unclosed.group("name")
    employed = "," in prefix and _NAME_ROLE_AT.fullmatch(prefix.strip())
    if (
        employed
        and _SPEAKING_ROLES & set(employed.group("role").split())
        and not _FINITE.search(employed.group("employer"))
    ):
        # "Elaine Clancy, chief nursing officer at St George's, Epsom and St Helier hospitals,
        # said …": the name before a role whose employer's name holds commas
        return employed.group("name")
    described = _DESCRIBED_NAME.fullmatch(segment)
    if described:
        # "The Britain-based monitoring group Syrian Observatory for Human Rights reported":
        # the name after its description
        return described.group("name")
    if len(segment.split()) > 8 and _is_titled_noun_phrase(segment):
        # "Acting Assistant Attorney General Jane Roe of the … Division and United States
        # Attorney John Doe for the … District, announced": the first person named
        return _head(segment)
    head = _head(segment)
    # (not a hyphenated adjective: "a choked-up Dean Skelos")
    if _FINITE.search(_HYPHENATED.sub("", head)):
        return _tail_noun_phrase(segment)
    if len(segment.split()) > 8 and _STAFF_OF.fullmatch(segment):
        # "scientists from NASA and the National Oceanic and Atmospheric Administration": the
        # staff of the bodies, however long their names
        return segment
    if len(segment.split()) > 8:
        # "the Russian-installed police force in the part of … controlled by Moscow": a long
        # description of the subject, the head before its first preposition
        described = _DETERMINED_HEAD.match(segment) and len(head.split()) <= 4
        # ('"…," Jose Maria Bermudez de Castro of the Natural Museum of … told': a long name
        # opening the clause, then its institution)
        # (its short form in brackets after it: "… Humanitarian Affairs (OCHA) told")
        stripped = re.sub(r"\s*\([^()]*\)$", "", prefix.strip())
        # (after a connective too: "But the rebel Convention of Patriots for … dismissed")
        opens = stripped.endswith(segment) and stripped[: -len(segment)].strip(" _,") in _OPENERS
        named = opens and (
            (_CAPITALISED_RUN.fullmatch(head) and len(head.split()) <= 6)
            # one body's name with "and" in it: "Convention of Patriots for Justice and Peace"
            or (_INSTITUTION_AND.search(head) and _BODY_WITH_AND.fullmatch(head))
        )
        return head if described or named else _tail_noun_phrase(segment)
    return segment


_NEGATED = re.compile(
    r"\b(?:(?:did|does|do|would|will|could|has|have|had)\s+not|"
    r"(?:didn|doesn|don|wouldn|won|couldn|hasn|haven|hadn)[’']t|never)\s*$"
)


def _source_of_findings(phrase: str) -> str:
    """ "data from the government", "The latest research from Kantar", "Friday's report from
    the Labor Department" → whose data, research or report it is; "The WMO’s annual Greenhouse
    Gas Bulletin" → the WMO; any other phrase as it is."""
    sourced = _DATA_FROM.fullmatch(phrase.strip())
    if sourced:
        return sourced.group("source")
    owned = _OWNER_OF_DOCUMENT.fullmatch(phrase.strip())
    return owned.group("owner") if owned else phrase


_BARE_PEOPLE = {"man": "m", "woman": "f"}
_OWNER_THEN_BODY = re.compile(
    r"(?:the\s+)?[A-Z][\w.&-]*[’']s\s+(?P<body>(?:[A-Z][\w.&-]*\s+){1,5}[A-Z][\w.&-]*)"
)
_OWNER_OF_DOCUMENT = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>(?![A-Z][a-z]+day\b)[A-Z][\w.&-]*)[’']s\s+(?:[\w-]+\s+){0,4}"
    r"(?i:bulletin|report|survey|study|analysis|review)"
)
_ACTING_FOR = re.compile(
    r"(?P<who>[Ll]awyers|[Aa]ttorneys|[Rr]elatives|[Rr]epresentatives)\s+(?:for|of)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?P<client>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)"
)
_DATA_FROM = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+|[A-Z][a-z]+day[’']s\s+)?(?i:latest\s+|new\s+|official\s+)?"
    # ("An alert from the UK Health Security Agency (UKHSA) this afternoon warned …")
    r"(?i:data|figures|statistics|numbers|research|analysis|report|alert|warning|advisory)\s+"
    r"from\s+(?:the\s+)?"
    r"(?P<source>.+)"
)
# an epithet for the person the story is about: "the 34-year-old", "the Australian"
_EPITHET_OF_PERSON = re.compile(
    # ("the 28-year-old Serb": an age and what the person is)
    r"[Tt]he\s+(?P<epithet>\d{1,3}-year-old(?:\s+[A-Za-z][a-z]+)?|[A-Z][a-z]{3,}(?:an|ian|ese|ish|i))"
)
_EPITHET_AFTER_VERB = re.compile(
    r"\s*(?P<phrase>the\s+\d{1,3}-year-old(?:\s+[A-Za-z][a-z]+)?)(?=[\s.,;]|$)"
)
_BY_AFTER = re.compile(r"\s+by\s")
_HYPHENATED = re.compile(r"\S+-\S+")
_FRONTED_PREPOSITION = re.compile(
    r"(?:Prior to|After|Before|Since|Following|Despite|Unlike|Amid|During|Throughout|Until)\s"
)
_NAME_AFTER_THAT = re.compile(
    r"\s(?:reported|said|says|wrote|reports)\s+that\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})$"
)
_BODY_WITH_AND = re.compile(rf"{_NAME_RUN}\s+and\s+{_NAME_RUN}")
# what may come before a subject that opens its clause
_OPENERS = frozenset({"", "But", "And", "However", "Meanwhile"})


def _has_titled_subject(prefix: str) -> bool:
    """Whether the clause opens with a role ("England skipper Jos Buttler", "The Three Lions
    skipper")."""
    titled = _TITLED_SUBJECT.match(re.split(r"[,:;]\s+", prefix)[0])
    return bool(titled) and bool(_SPEAKING_ROLES & set(titled.group("role").split()))


_MODAL = re.compile(r"\b(?:should|must|might|may|can|could|would|will|shall)\s+[a-z]")
# "…," said Secretary of Commerce Gina Raimondo': the person after the office's name
_OFFICE_AFTER_VERB = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?"
    r"(?P<office>(?:Minister|Secretary|Commissioner|Director|Governor|Chancellor)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w.’'-]*|and|&)\s+){1,6}[A-Z][\w’'-]+)"
)
_INVERTED_STOP = frozenset(
    "here there at in on during after before with from to of by today yesterday tonight "
    "adding saying who which that and".split()
)
_SUBORDINATORS = re.compile(
    r"^(?:as|while|because|since|although|though|and|but|so|when|after|before|where|"
    r"whereas|if|even though|at the same time|meanwhile|however|in contrast|by contrast)\s+",
    re.IGNORECASE,
)
_LONGEST_QUOTE = 8
_PENDING = object()
_EXAMPLE = re.compile(
    rf"(?:e\.g\.|eg|such as|including|among them|for example|like)\s+(?P<name>{_NAME_RUN})$"
)
_DETERMINERS = frozenset("his her its their our my your the a an this that".split())
# "reported"/"found" attribute only where a reporting clause goes on or ends ("…, news agencies
# reported." / "reported today that"), not in "cases reported to CDC".
_REPORTED_TAIL = re.compile(r"\s*(?:[.,;]|$|\s+(?:that|today|on|this|last|in a|earlier)\b)")
_COUNT_OBJECT = re.compile(
    r"\s+(?:only\s+|just\s+|about\s+|nearly\s+|almost\s+|more than\s+|at least\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|"
    r"dozens|hundreds|thousands)\b)"
)
_OPENING_NAME = re.compile(
    rf"(?P<name>{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}})"
    r"(?=,|\s+(?:[a-z]+ed|[a-z]+s|said|spoke|went|came|"
    # ("John Smith held his final rally": an irregular past)
    rf"{IRREGULAR_PAST}|has|had|was|is|will|would)\b)"
)
_TAIL_NP = re.compile(
    r"(?:^|\s)(?P<np>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"(?:[A-Z][\w.’'&-]*(?:\s+(?:of|for)\s+[A-Z][\w.’'&-]*|\s+[A-Z][\w.’'&-]*)*)"
    r"|(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*|[Hh]e|[Ss]he|[Ii]t|[Tt]hey)$"
)
# (not after a hyphen: "Russian-installed officials", "Iran-backed rebels", "state-owned")
_FINITE = re.compile(
    r"\b(?<![-‐])(?:is|are|was|were|has|have|had|will|would|can|could|may|might|did|does|do|"
    rf"[a-z]{{3,}}ed|died|went|came|fit|arose|began|{IRREGULAR_PAST})\b"
)
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which", "what"})
_QUOTE_MARK = re.compile(r"[“”\"]")
# a line break between two sentences and no quotation mark opening the second
_NEW_PARAGRAPH_WITHOUT_QUOTE = re.compile(r"[^\S\n]*\n\s*[^\s“\"‘]")
_NEW_PARAGRAPH = re.compile(r"[^\S\n]*\n\s*\S")
_COLON_BEFORE = re.compile(r":\s*\Z")
_OPEN_QUOTE = "“"
_CLOSE_QUOTE = "”"
_FINITE_IN_QUOTE = re.compile(
    r"(?=[a-z])\b(?:is|are|was|were|am|has|have|had|will|would|can|can't|cannot|could|do|does|did|"
    r"don't|didn't|doesn't|won't|isn't|wasn't|shall|should|must|may|might|[a-z]{3,}ed|"
    r"shook|went|found|came|took|gave|made|saw|told|left|got|knew|thought|felt|began|ran|"
    r"fell|rose|won|lost|held|kept|brought|built|sent|spent|stood|put|hit|cut|"
    r"remains|seems|means|shows|needs|wants|makes|takes|gives|goes|comes|looks|"
    r"regrets|operates|violates|denies|rejects|condemns|supports|believes)\b"
    # "we're firing on all cylinders", "I've pleaded guilty", "we'll continue"
    r"|(?=[a-z])\b(?:I|we|you|they|he|she|it|that|there)(?:'|’)(?:re|ve|m|ll|s|d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who speaks in one sentence and how: speaker None is the reporter's own voice."""

    speaker: str | None
    quoted: bool  # the sentence holds or continues a quotation
    direct: bool  # the speaker's own words: a quoted clause, a quotation going on, a transcript
    verb_start: int | None  # where the attribution verb is (absolute offset), if one was read
    tail: bool  # the attribution closes the sentence (", X said."): it covers every part


@dataclass(slots=True)
class _Entity:
    name: str
    person: bool
    gender: str | None
    roles: set[str] = field(default_factory=set)  # "spokesman", "judge" … from the article


def _after_brackets_and_roles(phrase: str) -> str:
    """People named after their role: "leaders X and Y" → "X and Y", also when the subject was
    read from inside the brackets of a short form before them ("Pakistan Muslim League-Nawaz
    (PML-N) leaders X and Y said"); "The (Cleveland) Plain Dealer" → "Plain Dealer"."""
    unbracketed = _AFTER_BRACKETED_SHORT_FORM.sub("", phrase)
    plural_role = _PLURAL_ROLE_BEFORE_NAMES.match(unbracketed)
    if plural_role and plural_role.group("role") in _SPEAKING_ROLES:
        return unbracketed[plural_role.end() :]
    # a name after the bracket; not "NDMA) statement", which names the body in the brackets
    return unbracketed if unbracketed[:1].isupper() else phrase


class SpeakerTracker:
    """Finds who says each sentence of one article."""

    def __init__(self, text: str):
        self._text = text
        self._aliases: dict[str, str] = {}
        for short in _SHORT_FORM.finditer(text):
            # the name right before "(ACR)", looked for in a bounded window (no backtracking
            # over a whole run of capitalised words)
            name = _NAME_BEFORE.search(text, max(0, short.start() - 120), short.start())
            full = _strip_titles(name.group("name")) if name else ""
            # "the Office for National Statistics’ (ONS) calculations": the name, not its mark
            full = _POSSESSIVE_END.sub("", full)
            if full and " " in full:
                self._aliases[short.group("short")] = full
        self._entities: dict[str, _Entity] = {}
        self._by_last_word: dict[str, list[_Entity]] = {}
        self._persons_by_first_word: dict[str, list[_Entity]] = {}
        self._mentions: list[tuple[int, str]] = []  # (position, entity name), in order
        self._seen_at: dict[str, list[int]] = {}  # entity name → its mention positions
        self._labels = [
            (match.start(), _title_case(match.group("name")))
            for match in _TRANSCRIPT_LABEL.finditer(text)
        ]
        if len(self._labels) == 1 and not text[: self._labels[0][0]].strip():
            # "KUALA LUMPUR: The Opposition did not …": one label opening the text is its
            # dateline, not a transcript's speaker (a transcript names each speaker in turn)
            self._labels = []
        self._label_starts = [start for start, _ in self._labels]
        self._learned_gender: dict[str, str] = {}  # from a he/she that went to a name
        # who issued the statement (report, letter …) last named: "the statement said"
        self._issuers: dict[str, str] = {}
        self._last_attributed_span: tuple[int, int] | None = None
        self._collect()
        self._positions = [position for position, _ in self._mentions]
        self._last_attributed: str | None = None
        # the previous sentence's span; the person opening it is read when a pronoun needs it
        self._previous_span: tuple[int, int] | None = None
        self._current_span: tuple[int, int] | None = None
        self._by_first_word: dict[str, list[_Entity]] | None = None  # built when first needed
        self._history: list[str] = []  # every speaker so far, in order
        # who was only cited ("…, according to FactSet"): a source of figures is not what "the
        # company" stands for
        self._cited: set[str] = set()
        self._quotations: list[tuple[int, int]] | None = None  # built when first needed

    # -- mentions ---------------------------------------------------------------------------

    def _collect(self) -> None:
        text = self._text
        for _, name in self._labels:
            self._entities.setdefault(name, _Entity(name, True, None))
        runs = _name_runs(text)
        named_in_full = self._named = _named_in_full(text, runs)
        for run in runs:
            name, held = _mention_name(text, run)
            held = held or name in named_in_full
            if not name or name in self._aliases:
                if name in self._aliases:
                    alias = self._aliases[name]
                    self._add_mention(
                        run.start(), self._entities.setdefault(alias, _Entity(alias, False, None))
                    )
                continue
            words = len(name.split())
            is_person = held or _names_a_person(text, run, words)
            # the mention's gender cue, read once by whichever step below needs it first
            gender = _gender_of(text, run) if is_person or words == 1 else None
            entity = self._person_for(name, run.start(), gender) if is_person else None
            if entity is None and words == 1:
                entity = self._existing_person(name, run.start(), gender)
            if entity is None:
                if name not in self._entities:
                    if words < 2 and not is_person and not _is_organisation(name):
                        continue
                    self._entities[name] = _Entity(name, is_person, None)
                entity = self._entities[name]
            if entity.person and entity.gender is None:
                if not (is_person or words == 1):
                    gender = _gender_of(text, run)
                entity.gender = gender or _gender_after(text, run.end(), run.start())
            if entity.person:
                entity.roles.update(_roles_of(text, run))
            self._add_mention(run.start(), entity)
        self._role_mentions()

    def _role_mentions(self) -> None:
        """ "the former governor apologized …" mentions the one person named earlier with that
        role, so a later "he said" can go back to him rather than to the last name."""
        found = False
        people = [entity for entity in self._entities.values() if entity.person and entity.roles]
        for described in _ROLE_MENTION.finditer(self._text) if people else ():
            role, at = described.group("role"), described.start()
            if role not in _PERSON_ROLES:
                continue
            holders = [
                entity
                for entity in people
                if role in entity.roles and self._seen_at.get(entity.name, [at])[0] < at
            ]
            if len(holders) == 1:
                self._add_mention(at, holders[0])
                found = True
        if found:
            self._mentions.sort()
            for positions in self._seen_at.values():
                positions.sort()

    def _add_mention(self, position: int, entity: _Entity) -> None:
        self._mentions.append((position, entity.name))
        self._seen_at.setdefault(entity.name, []).append(position)
        if entity.person:
            known = self._by_last_word.setdefault(_surname(entity.name), [])
            if entity not in known:
                known.append(entity)
            if len(entity.name.split()) > 1:
                first = self._persons_by_first_word.setdefault(entity.name.split()[0], [])
                if entity not in first:
                    first.append(entity)

    def _person_for(self, name: str, position: int, gender: str | None) -> _Entity:
        """A person mention: the person already known by a longer form of it, or a new one."""
        known = self._existing_person(name, position, gender)
        if known is not None:
            return known
        entity = self._entities.get(name)
        if entity is None:
            entity = self._entities[name] = _Entity(name, True, gender)
        entity.person = True
        return entity

    def _existing_person(self, name: str, position: int, gender: str | None) -> _Entity | None:
        """The person whose full name ends with this shorter form, preferring the gender cue
        of the mention ("Mrs Rigby" is the widow, not the victim) and the latest mention."""
        tokens = name.split()
        candidates = [
            entity
            for entity in self._by_last_word.get(tokens[-1], ())
            if entity.person
            and len(entity.name.split()) > len(tokens)
            and entity.name.split()[-len(tokens) :] == tokens
        ]
        if gender:
            # "Mr Wickham" after "Dale Wickham … her husband": never the wife; nor "Mrs Obama"
            # a person known only by a name the copy gave no gender ("Barack Obama")
            candidates = [
                e
                for e in candidates
                if self._gender(e.name) == gender
                or (self._gender(e.name) is None and e.name not in self._named)
            ]
        if not candidates and len(tokens) == 1 and gender is None:
            # "Juma said" after "Health Minister Juma Abdallah": a first name used alone is
            # the one person named in full with it, unless it is also someone's surname
            first = [
                entity for entity in self._persons_by_first_word.get(tokens[0], ()) if entity.person
            ]
            if len(first) == 1 and not self._by_last_word.get(tokens[0]):
                candidates = first
        if not candidates:
            return None

        def last_seen(entity: _Entity) -> int:
            positions = self._seen_at.get(entity.name, [])
            index = bisect_left(positions, position)
            return positions[index - 1] if index else -1

        return max(candidates, key=last_seen)

    def _short_form_of(self, name: str, position: int) -> str | None:
        """The organisation last named before `position` whose full name opens with `name`."""
        if self._by_first_word is None:
            self._by_first_word = {}
            for entity in self._entities.values():
                self._by_first_word.setdefault(entity.name.split()[0], []).append(entity)
        fits = _organisation_short_form(name)
        best, best_seen = None, -1
        for entity in self._by_first_word.get(name, ()):
            positions = self._seen_at.get(entity.name, [])
            index = bisect_left(positions, position)
            if index and fits(entity) and positions[index - 1] > best_seen:
                best, best_seen = entity.name, positions[index - 1]
        return best

    def _next_mention(self, position: int, accept, reach: int = 400) -> str | None:
        """The first entity named after `position`, within `reach` characters, that fits."""
        index = bisect_left(self._positions, position)
        while index < len(self._positions) and self._positions[index] < position + reach:
            entity = self._entities.get(self._mentions[index][1])
            if entity is not None and accept(entity):
                return entity.name
            index += 1
        return None

    def _last_subject_organisation(self, position: int) -> str | None:
        """The organisation that last opened a sentence before position ("Coca-Cola, the
        world's largest beverage maker, posted …"): what "the seller of …" stands for."""
        window = max(0, position - 1500)
        found = None
        for opening in _SENTENCE_OPENING.finditer(self._text, window, position):
            name = _COMPANY_SUBJECT.match(self._text, opening.end(), position)
            if name and not self._is_person(name.group("name")):
                found = name
        return self._resolve_name(found.group("name"), found.start()) if found else None

    def _last_mention(self, position: int, accept, outside_quotes: bool = False) -> str | None:
        """The last entity `accept` takes named before `position`; with `outside_quotes`, not
        one named inside a quotation ('"… decades of Supreme Court precedent …," the court
        wrote': the court that writes is not the one it quotes)."""
        index = bisect_left(self._positions, position)
        for back in range(index - 1, -1, -1):
            at, name = self._mentions[back]
            entity = self._entities.get(name)
            if entity is not None and accept(entity):
                if outside_quotes and self._quoted_at(at):
                    continue
                return name
        return None

    def _quoted_at(self, position: int) -> bool:
        if self._quotations is None:
            self._quotations = [
                (match.start(), match.end()) for match in _WHOLE_QUOTATION.finditer(self._text)
            ]
        index = bisect_left(self._quotations, (position + 1,)) - 1
        return index >= 0 and self._quotations[index][1] > position

    # -- sentences --------------------------------------------------------------------------

    def speakers(
        self, spans: list[tuple[int, int]], parts: list[list[tuple[int, int]]] | None = None
    ) -> list[list[Attribution]]:
        """Attribution per part of each sentence span (one part per sentence unless parts says
        otherwise), in document order. A quotation spanning sentences takes the attribution
        found anywhere in it; a part with its own attribution ("…, as the UN says …") keeps it;
        an attribution closing the sentence or opening it covers the other parts."""
        parts = parts or [[span] for span in spans]
        inside = False
        rows = []
        previous_end = 0
        for start, end in spans:
            sentence = self._text[start:end]
            inside, continues = self._quotation_going_on(
                (start, sentence), previous_end, inside, rows
            )
            previous_end = end
            masked, has_quote = _mask_quotes(sentence, inside)
            opens_quote = not inside and sentence.startswith(("“", '"', "‘"))
            continues = continues or opens_quote
            inside = _ends_inside_quote(sentence, inside)
            label = self._label_at(start)
            masked = _PARTY_TAG.sub(_blank_party_tag, masked)
            # the attribution is read when the sentence's turn comes (salience is up to date)
            # or earlier, when an open quotation looks ahead for it
            rows.append([_PENDING, has_quote, continues, inside, label, sentence, masked, start])
        results = []
        last_speaker = None
        for index, row in enumerate(rows):
            self._current_span = spans[index]
            found = self._found(row)
            _, has_quote, continues, open_after, label, sentence, masked, _ = row
            speaker, verb_start, tail = found if found else (None, None, False)
            from_quote = False
            if label is not None:
                speaker = label
            if speaker is None and open_after:
                later = self._attribution_later(rows, index)
                if later is not None:
                    speaker, from_quote = later, True
            if speaker is None and continues:
                speaker, from_quote = last_speaker, True
            start = spans[index][0]
            sentence_direct = label is not None or from_quote or (continues and has_quote)
            part_rows = []
            for part_start, part_end in parts[index]:
                part_speaker = speaker
                part_masked = masked[part_start - start : part_end - start]
                part_text = sentence[part_start - start : part_end - start]
                if len(parts[index]) > 1 and label is None and not from_quote:
                    part_speaker = self._part_speaker(
                        part_rows,
                        (speaker, verb_start, tail),
                        (part_start, part_end),
                        masked,
                        start,
                    )
                    if part_speaker is not None and not self._is_person(part_speaker):
                        # "…, the Pentagon said, but it denied …": "it" is the body just quoted
                        self._last_attributed = part_speaker
                # ('"…," he added, stressing that there were no civilian fatalities': a part
                # outside the marks of a sentence that opens with a quotation is reported)
                outside = (
                    len(parts[index]) > 1
                    and label is None
                    and not from_quote
                    and "_" not in part_masked
                    and not open_after
                )
                direct = part_speaker is not None and (
                    (sentence_direct and not outside)
                    # a quotation going on into the next sentence is the speaker's own words
                    or (open_after and part_end == spans[index][1])
                    or quotes_a_clause(part_text, part_masked)
                )
                part_rows.append(Attribution(part_speaker, has_quote, direct, verb_start, tail))
            if speaker is not None:
                last_speaker = speaker
                self._last_attributed = speaker
                self._last_attributed_span = spans[index]
                self._history.append(speaker)
            elif part_rows and part_rows[-1].speaker is not None:
                # ("She spent days on the stand and the jury foreman said that …. "…," he
                # said": a later part's speaker is the sentence's last attribution)
                self._last_attributed = part_rows[-1].speaker
                self._last_attributed_span = spans[index]
            self._previous_span = spans[index]
            results.append(part_rows)
        return results

    def _quotation_going_on(
        self, at: tuple[int, str], previous_end: int, inside: bool, rows: list
    ) -> tuple[bool, bool]:
        """(whether the marks of the sentence `at` (start, text) are read as inside a
        quotation, whether it goes on with the quotation before it)."""
        start, sentence = at
        if inside and _NEW_PARAGRAPH_WITHOUT_QUOTE.match(self._text, previous_end, start + 1):
            # a quotation running on into a new paragraph opens it with a quotation mark
            # again; one that does not was left open by a stray mark ('…a child," with …')
            rows[-1][3] = False
            return False, False
        if (
            inside
            and sentence.startswith('"')
            and _NEW_PARAGRAPH.match(self._text, previous_end, start + 1)
        ):
            # the straight mark opening the next paragraph of a running quotation opens it
            # again; it does not close it ('… to this afternoon.¶"All credit to …')
            return False, True
        return inside, inside

    def _speaking_subject(self, prefix: str, position: int) -> str | None:
        """The subject of the clause before ", saying …" / "and said …", never "What" ("What
        we've done is …, saying …")."""
        subject = self._clause_subject(prefix, position) or self._leading_subject(prefix, position)
        return None if subject and subject.split()[0] in _NOT_A_SUBJECT else subject

    def _part_speaker(
        self, part_rows: list, found: tuple, span: tuple[int, int], masked: str, start: int
    ) -> str | None:
        """Who speaks one part of a split sentence: its own attribution, else the sentence's
        subject after "and said"/", saying", else the sentence's attribution unless that
        belongs to a later part only."""
        speaker, verb_start, tail = found
        part_start, part_end = span
        part_masked = masked[part_start - start : part_end - start]
        opening = bool(part_rows) and bool(_SPEECH_OPENING.match(part_masked))
        said = part_rows and _AUXILIARY_LEAD.sub("", part_masked)
        verb = said and _VERB.match(said)
        if verb and not _not_speech(said, verb):
            # "… opened the debate and urged the Speaker to …", "… and has said she would …":
            # the subject of the sentence says it
            subject = masked[: part_start - start]
            return (
                part_rows[-1].speaker
                or self._clause_subject(subject, part_start)
                or self._leading_subject(subject, part_start)
            )
        own = None if opening else self.attributed(part_masked, part_start)
        if own is not None:
            return own[0]
        if part_rows and (
            _CONCESSION_BEFORE.search(self._text, max(0, part_start - 16), part_start)
            or part_masked.startswith("despite ")
            or _background_after_speaker(part_masked, masked[: part_start - start])
        ):
            # "…, the group declared, even after the Senate voted to reject …": the reporter's
            # own context for what was said (and "X told supporters he is in the lead, despite
            # being behind in the majority of national polls")
            return None
        if part_rows and _RELATIVE_SPEECH.match(part_masked):
            # "… a public rebuke from Barr, who had said the tweets were …": the clause's
            # antecedent speaks
            antecedent = _NAME_BEFORE.search(masked, 0, part_start - start)
            if antecedent is None:
                antecedent = re.search(
                    rf"(?P<name>{_NAME_RUN}),?\s*$", masked[: part_start - start]
                )
            if antecedent is not None:
                name = self._resolve_name(antecedent.group("name"), part_start)
                if name:
                    return name
        if part_rows and (
            opening or _SPEECH_BEFORE.search(self._text, max(0, part_start - 40), part_start)
        ):
            # "… posted a profit and said it expected …", "…, saying it …": the sentence's
            # subject speaks
            return (
                part_rows[-1].speaker
                or speaker
                or self._speaking_subject(masked[: part_start - start], part_start)
            )
        if part_rows and _READING_OPENING.match(part_masked):
            # "The company said 68 percent were BlackBerry 7s, indicating that traction …
            # remains weak": the reporter's own reading of what was said
            return None
        if part_rows and (
            _PARTICIPLE_OPENING.match(part_masked) or part_masked.startswith("that ")
        ):
            # "…, while the Taliban said the strike hit a school, killing dozens": the
            # consequence goes on in the voice of the part before it; so does a second clause
            # of what it said ("… said she had been paired … and that pairing was no issue")
            return part_rows[-1].speaker
        if verb_start is not None and not (
            verb_start < part_start or tail and verb_start >= part_end
        ):
            # the attribution belongs to a later part only: "…, saying X, and the governor
            # said …" keeps X with the part before it
            # ("Saad … could not confirm the figure and gave a lower toll, telling AFP that …":
            # the sentence's subject tells it, not the one told)
            teller = _TELLING_SOMEONE.search(part_masked) and self._leading_subject(
                masked[: part_start - start], part_start
            )
            return (part_rows[-1].speaker or teller) if part_rows else None
        return speaker

    def _subject_person(self, start: int, end: int) -> str | None:
        """The person a sentence opens with, as its subject ('Tom Baker, the mayor, met …'),
        or None: the first name, with no verb and at most six words before it."""
        index = bisect_left(self._positions, start)
        # (past a body named before the person: "But Credit Suisse analyst Gary Balter is …")
        while index < len(self._positions) and self._positions[index] < end:
            position, name = self._mentions[index]
            lead = self._text[start:position]
            # (nor after a speech verb: "a defense lawyer said Georgescu had served …" opens
            # with the lawyer)
            if len(lead.split()) > 6 or _FINITE.search(lead) or _VERB.search(lead):
                break
            if self._is_person(name):
                return name
            index += 1
        # "Clinton spoke in …", "Jack Dorsey, who co-founded …": a name opening the sentence
        # and followed by its verb or an appositive, when the article never made it anything
        # else
        # ("However, David Miliband, who …, has expressed …": after a connective too)
        connective = _LEADING_CONNECTIVE.match(self._text, start, end)
        opening = _OPENING_NAME.match(self._text, connective.end() if connective else start, end)
        if opening and self._may_be_person(_strip_titles(opening.group("name")) or "the"):
            return self._resolve_name(opening.group("name"), start)
        return None

    def _found(self, row: list) -> tuple[str, int, bool] | None:
        if row[0] is _PENDING:
            row[0] = None if row[4] is not None else self.attributed(row[6], row[7])
        return row[0]

    def _attribution_later(self, rows: list[list], index: int) -> str | None:
        """The attribution of a quotation left open at sentence index, from where it goes on."""
        for row in rows[index + 1 : index + 1 + _LONGEST_QUOTE]:
            found = self._found(row)
            if found is not None:
                return found[0]
            if row[4] is not None or not row[3]:
                return None
        return None

    def _label_at(self, position: int) -> str | None:
        index = bisect_left(self._label_starts, position + 1)
        return self._labels[index - 1][1] if index else None

    def attributed(self, masked: str, offset: int) -> tuple[str, int, bool] | None:
        """(speaker, verb offset, closes the sentence) for the attribution in masked text."""
        first = self._relayed(masked, offset) or self._document_by(masked, offset)
        if first:
            return first
        quoted = "quot" in masked and self._quoted_as_saying(masked, offset)
        if quoted:
            return quoted
        according = ("ccording" in masked or "s per " in masked) and _ACCORDING_TO.search(masked)
        named = according and self._according_named(masked, according, offset)
        if named:
            return named
        issued = _ISSUED_WORDS.search(masked) and _ISSUED_STATEMENT.search(masked)
        if issued:
            name = self._leading_subject(masked[: issued.start()], offset + issued.start())
            if name:
                self._issuers[issued.group("document")] = name
                return name, offset + issued.start(), False
        verbs = sorted(_VERB.finditer(masked), key=lambda verb: _reporting_first(masked, verb))
        if "_" in masked:
            verbs += _QUOTING_VERB.finditer(masked)
        # ("Speaking in Congress about the vote in which his party warned its members …,
        # Gallardón warned that …": a verb inside a fronted participle is not the sentence's)
        fronted = "ing " in masked[:30] and _LONG_FRONTED_PARTICIPLE.match(masked)
        for verb in verbs:
            if _not_speech(masked, verb) or (fronted and verb.start() < fronted.end()):
                continue
            name = self._subject_of(masked, verb, offset)
            if name:
                tail = _is_tail(masked, verb)
                self._note_issuer(masked, verb.end(), name)
                return name, offset + verb.start(), tail
        if according:
            name = self._according_to_source(masked, according, offset)
            if name:
                self._cited.add(name)
                return name, offset + according.start(), according.end() >= len(masked) - 2
        return self._saying(masked, offset)

    def _quoted_as_saying(self, masked: str, offset: int) -> tuple[str, int, bool] | None:
        """ "… quoted Professor Annim as saying …" → Annim; "…, Martin Halliwell, SES chief
        technology officer, was quoted by Space.com as saying" → Halliwell, not the site."""
        quoted = _QUOTED_AS_SAYING.search(masked)
        if not quoted:
            return None
        if quoted.group("name").startswith("by "):
            before = masked[: quoted.start()]
            opening = before.rsplit("_", 1)[-1].lstrip(" ,")  # (after a quotation that opens it)
            name = self._subject_after(" " + opening, offset + len(before) - len(opening))
        else:
            name = self._resolve_phrase(quoted.group("name"), offset + quoted.start())
        return (name, offset + quoted.start(), False) if name else None

    def _according_named(
        self, masked: str, according: re.Match, offset: int
    ) -> tuple[str, int, bool] | None:
        """ "According to the U.S. Bureau of Labor Statistics, …": the named source."""
        if _PUBLICATION.match(according.group("np")):
            return None
        unnamed = _UNNAMED_DOCUMENT.fullmatch(according.group("np").strip())
        # ("according to the latest flu report": the body's report named before; "According to
        # a preliminary report": a report of its own)
        issuer = unnamed and (
            according.group("np").strip()
            if re.match(r"[Aa]ccording to\s+an?\s", according.group())
            and set(according.group("np").split()[:-1]) <= _PLAIN_DOCUMENT_WORDS
            else self._document_issuer(unnamed.group("document"))
        )
        court = _COURT_DOCUMENT.fullmatch(according.group("np").strip())
        # "…, according to the latest flu report": the body whose report it is; "According to
        # the indictment, …": the court document itself
        issuer = issuer or (court and court.group("document"))
        if issuer:
            return issuer, offset + according.start(), according.end() >= len(masked) - 2
        pronoun = _OBJECT_PRONOUNS.get(according.group("np").strip())
        if pronoun:
            # "According to him, the food inflation increased …": the person just quoted
            name = self._pronoun(pronoun, offset + according.start())
            return (name, offset + according.start(), False) if name else None
        apposed = _ROLE_THEN_APPOSED_NAME.match(masked, according.end())
        if apposed and _SPEAKING_ROLES & set(according.group("np").lower().split()[-2:]):
            # "…, according to Hargreaves Lansdown's senior economist, Ben Brettell.": the
            # person the role is given to, not the firm
            name = self._resolve_name(apposed.group("name"), offset + according.start())
            if name:
                return name, offset + according.start(), True
        name = self._according_to(according.group("np"), offset + according.start())
        if not name or not name[:1].isupper():
            return None
        self._cited.add(name)
        if according.group("document") in _DOCUMENTS:
            # "According to a statement issued by the army's media wing, …": a later "the
            # statement said" is the army's
            self._issuers[according.group("document")] = name
        return name, offset + according.start(), according.end() >= len(masked) - 2

    def _relayed(self, masked: str, offset: int) -> tuple[str, int, bool] | None:
        """'"…," said Sergey Bulat, a geneticist at …, LiveScience reported.': the outlet passes
        on what the named speaker said, and "Wooten last week said her department had 47 cases
        …, according to the Los Angeles Times" is Wooten's."""
        relay = ("reported" in masked or "ccording" in masked) and _RELAYED_BY.search(masked)
        if not relay or relay.start() == 0:
            return None
        found = self.attributed(masked[: relay.start()], offset)
        if found and not _SUBORDINATE_BEFORE.search(masked, 0, found[1] - offset):
            return found
        return None

    def _according_to_source(self, masked: str, according: re.Match, offset: int) -> str | None:
        name = self._according_to(according.group("np"), offset + according.start())
        if name and name.lower() in _DOCUMENTS:
            # "Al-Aghbash described the clashes …, according to a statement published on the
            # official Sudan News Agency": a statement with no issuer is the subject's
            subject = self._leading_subject(masked[: according.start()], offset)
            if subject is None and _THE_DOCUMENT.match(according.group()):
                # "According to the statement, …": the statement the article spoke of
                return self._document_issuer(name.lower())
            return subject
        return name

    def _note_issuer(self, masked: str, after_verb: int, name: str) -> None:
        """ "The foreign ministry said in a statement …": a later "the statement said" is the
        ministry's."""
        document = _IN_A_DOCUMENT.match(masked, after_verb)
        if document:
            self._issuers[document.group("document")] = name

    def _saying(self, masked: str, offset: int) -> tuple[str, int, bool] | None:
        """ "The judge disagreed, saying the evidence was overwhelming": the subject of the
        clause before ", saying" speaks."""
        saying = "ing" in masked and _SAYING.search(masked)
        if not saying or not _FINITE.search(masked, 0, saying.start()):
            return None
        # what was said is a clause ("saying the evidence was …"), not a noun ("noting strong
        # sales of …": an act)
        said = " ".join(masked[saying.end() - 1 :].split()[:8])
        if not _FINITE.search(said) and not _MODAL.search(said):
            return None
        name = self._coordinated_subject(
            masked[: saying.start()], offset + saying.start()
        ) or self._leading_subject(masked[: saying.start()], offset + saying.start())
        if not name or name.split()[0] in _NOT_A_SUBJECT:
            return None  # "What we've done is …, saying …"
        return name, offset + saying.start(), False

    def _coordinated_subject(self, prefix: str, position: int) -> str | None:
        """ "The results beat forecasts and the company raised its outlook, saying …": the
        subject of the clause nearest the participle speaks, when it can speak (a name, or
        "the company", "the ministry", "the spokesman")."""
        if "and " not in prefix and "but " not in prefix:
            return None
        clauses = list(_COORDINATED_SUBJECT.finditer(prefix))
        if not clauses:
            return None
        phrase = clauses[-1].group("np")
        head = phrase.split()[-1]
        if phrase[:1].islower() and not (
            head in _SYNONYMS or head in _CIVIL_BODIES or head in _PERSON_ROLES
        ):
            return None
        return self._resolve_phrase(phrase, position)

    def _document_by(self, masked: str, offset: int) -> tuple[str, int, bool] | None:
        """ "A statement by X said …" → X; "The death toll reported by X rose …" → X."""
        # (cheap substring tests first: most sentences hold neither "by" nor "from")
        has_by = "by" in masked
        statement = (has_by or "from" in masked) and _STATEMENT_BY.search(masked)
        if statement:
            name = self._resolve_phrase(statement.group("np"), offset + statement.start())
            if name:
                return name, offset + statement.start(), False
        count = "at" in masked and _PUT_COUNT_AT.search(masked)
        if count:
            name = self._leading_subject(masked[: count.start()], offset + count.start())
            if name:
                return name, offset + count.start(), False
        passive = has_by and ("reported" in masked or "confirmed" in masked)
        passive = passive and _PASSIVE_REPORT_BY.search(masked)
        if passive:
            name = self._resolve_phrase(passive.group("np"), offset + passive.start("np"))
            if name:
                return name, offset + passive.start(), True
        figures = has_by and _FIGURES_BY.search(masked)
        if figures:
            name = self._resolve_name(figures.group("np"), offset + figures.start("np"))
            if name:
                return name, offset + figures.start(), False
        return None

    def _according_to(self, phrase: str, position: int) -> str | None:
        run_on = _NAME_THEN_CLAUSE.match(phrase)
        if run_on:
            # "According to Labour the figures are a consequence of …" (no comma after the
            # source): the name, not the clause that goes on from it
            phrase = run_on.group("name")
        # "… Control and Prevention" is one name; "the police and the army" are two
        if _INSTITUTION_AND.search(phrase):
            # "the Centre for Economic and Business Research (CEBR)": one body
            phrase = re.split(r"\s+(?:that|who|which|presented|published|issued)\s+", phrase)[0]
        else:
            # ("the ministry dated September 23": the source, not the document's date)
            # ("the Saudi-led coalition against the insurgents": the coalition)
            phrase = re.split(
                r"\s+(?:and(?!\s+[A-Z][a-z]+$)|that|who|which|presented|published|issued|dated|"
                r"against)\s+",
                phrase,
            )[0]
        # "figures from the Office for National Statistics (ONS) released today", "official
        # data released yesterday": the source, not when its figures came out
        phrase = re.split(r"\s+released\s", phrase)[0]
        # "the NCDC on Monday via its official website": the source, not when or how
        phrase = re.split(r"\s+(?:on\s+\w+day|via|through|in\s+its)\b", phrase)[0]
        # "according to the most recent CNN Poll of Polls" → CNN Poll of Polls
        phrase = _RECENT_BEFORE_NAME.sub("", phrase)
        # "Heidi Becker of NASA's Jet Propulsion Laboratory": the person, not where she works
        person = _PERSON_OF_BODY.match(phrase)
        if person and not _is_organisation(person.group("name")):
            phrase = person.group("name")
        # "the state Health Minister Juma Abdallah": the person the title names
        # ("according to atmospheric scientist Susan Strahan": a role, then the holder's name)
        titled = _titled_name_at_end(phrase, _SPEAKING_ROLES) if phrase[:1].islower() else None
        if titled:
            return self._resolve_name(titled, position)
        # "the expanded immunization program of the country's Ministry of Public Health"
        owner = _OWNING_BODY.search(phrase.strip())
        if (
            phrase[:1].islower()
            and owner
            and _ORGANISATION_NOUNS & set(owner.group("org").lower().split())
        ):
            return self._resolve_name(owner.group("org"), position)
        owned_body = _OWNER_THEN_BODY.fullmatch(phrase.strip())
        if owned_body and _is_organisation(owned_body.group("body")):
            # "according to Nigeria’s Independent National Electoral Commission": the body
            return self._resolve_name(owned_body.group("body"), position)
        phrase = re.sub(r"[’']s\s.*$", "", phrase.strip())
        # "according to NASA-processed satellite microwave data" → NASA
        phrase = _PROCESSED_BY.sub(r"\g<source>", phrase)
        # "according to a Thomson Financial poll" → Thomson Financial
        # "according to WHO figures" → WHO, "according to Reuters calculations" → Reuters
        phrase = re.sub(r"(?<=\w)\s+(?:poll|survey|tally|count|estimate)$", "", phrase)
        if phrase[:1].isupper():
            phrase = _NAMED_FIGURES.sub("", phrase)
        phrase = re.sub(r"\s*\([^)]*\)$", "", phrase)
        if phrase[:1].isupper():
            return self._resolve_name(phrase, position)
        words = phrase.split()
        if len(words) == 2 and words[0] in _ISSUING_BODIES and words[1] in _DOCUMENTS:
            # "according to a military statement": the military says it, as it does later in
            # "The military said …"
            return words[0]
        if words and len(words) <= 3 and words[-1].lower() in _SOURCE_NOUNS:
            return phrase
        if len(words) == 1 and words[0] in _CIVIL_BODIES | {"ministry", "department", "company"}:
            named = self._description(words[0], position)  # "according to the agency"
            return named if named and named[:1].isupper() else None
        return None

    def _subject_of(self, masked: str, verb: re.Match, offset: int) -> str | None:
        before = masked[: verb.start()]
        named = self._inverted_subject(masked, verb, offset)
        if named:
            return named
        prefix = _subject_prefix(_without_progressive(before, verb.group()))
        # "to deny", "who said"; "the number of confirmed cases", "four new confirmed cases":
        # after a preposition or "new" a speech verb is an adjective
        # (and "Mr Trump’s claims that …": after a possessive, a noun)
        if (
            _PASSIVE.search(prefix)
            # ("Mack didn’t say a word as he walked …": no statement; "He did not say how
            # many …" is the reporter's note)
            or _NEGATED.search(prefix)
            # ("Three days of national mourning declared by Keita began …": a participle)
            or _BY_AFTER.match(masked, verb.end())
            # ("…, slightly slower than previously estimated": a comparison; "Prior to the first
            # poliovirus case reported earlier this year, …": a participle in a fronted phrase)
            # ("… sentenced on Tuesday having admitted misconduct": a plea, not a statement)
            or re.search(
                r"\b(?:to|not|who|which|that|of|in|for|with|from|new|than|having)$", prefix
            )
            or (_FRONTED_PREPOSITION.match(prefix) and "," not in prefix)
            or (verb.group() in _NOUN_TOO and re.search(r"[’']s$", prefix))
            # ("…, sparking fears that …", "Remarkable claims that seem too good …": nouns)
            or (verb.group() in _NOUN_TOO | _FEARS and _NOUN_BEFORE_CLAIMS.search(prefix))
        ):
            return None
        # ('"…," with job gains and low debt levels, said Russell Price': after an adverbial)
        # ("…, an economist at …, told Bloomberg": the name before the verb speaks)
        listener_after = verb.group() in _LISTENER_AFTER and bool(prefix.strip())
        if not listener_after and (
            _speaker_follows_verb(prefix)
            or _adverbial_after_quote(before)
            or _role_after_comma(before, masked[verb.end() :])
        ):
            return self._subject_after(masked[verb.end() :], offset + verb.end())
        if prefix.split()[-1].lower() in _DETERMINERS:
            return None  # "his admitted use": an adjective, not a speech verb
        segment = _last_segment(prefix)
        if not segment:
            return None
        shaped, name = self._subject_by_shape(prefix, segment, offset + verb.start())
        if shaped:
            return name
        subject = _subject_segment(prefix, segment)
        if not subject:
            return self._apposed_name(prefix, segment, offset + verb.start())
        segment = subject
        words = segment.split()
        last_word = words[-1] if words[-1].isupper() and len(words[-1]) > 1 else words[-1].lower()
        last_word = re.sub(r"[’']d$", "", last_word)  # "… economists who’d predicted …"
        # not "WHO"; nor "…, who broke down on the stand as he testified …"
        ends = last_word in _RELATIVE_PRONOUNS or last_word in ("and", "but", "or")
        if ends or words[0] in _RELATIVE_PRONOUNS:
            if words[-1].lower() in ("and", "but", "or") and len(words) > 1:
                return self._leading_subject(prefix, offset + verb.start())
            return None
        if _reports_a_finding(masked, verb, segment):
            return None
        preceding = masked[: verb.start() - len(before) + len(before.rstrip())]
        # ('… on what he called "ballot box security"': a name for a thing, not a statement,
        # also when "what" falls inside the segment)
        if _QUOTING_VERB.fullmatch(verb.group()) and re.search(
            r"\b(?:what|as)\s+(?:\S+\s+){0,3}$", preceding + " "
        ):
            return None
        return self._segment_speaker(prefix, segment, offset + verb.start())

    def _segment_speaker(self, prefix: str, segment: str, position: int) -> str | None:
        """The speaker a subject phrase names; "…, in which they said …" is the subject of the
        clause the statement belongs to ("Al Shabaab claimed … in a brief statement")."""
        relative = _RELATIVE_AFTER_PREPOSITION.match(segment)
        if relative and _PRONOUN.fullmatch(segment[relative.end() :].strip()):
            leading = self._leading_subject(prefix, position)
            if leading:
                return leading
        if _ALSO_BEFORE.search(self._text, max(0, position - 12), position):
            # "The Kota Baru MP also claimed …", "Perikatan Nasional's chief whip also
            # reiterated …": an epithet for the person just quoted, who goes on speaking
            epithet = _EPITHET.fullmatch(segment.strip())
            if epithet and epithet.group("role").lower() in _EPITHET_ROLES:
                person = self._recent_speaker(lambda entity: entity.person)
                if person:
                    return person
        return self._resolve_phrase(segment, position)

    def _apposed_name(self, prefix: str, segment: str, position: int) -> str | None:
        """ "Long's attorney, Michael Hanson, asked Sogn to … and said …": the name in
        apposition to the role that opens the clause the verb goes on from, or None."""
        if segment.split()[-1].lower() not in ("and", "but"):
            return None
        holder = _appositive_holder(prefix)
        if holder:
            return self._resolve_name(holder, position)
        # "When given the opportunity to speak, Long maintained his innocence and told …": the
        # name whose verb opens the clause ("She apologized but insisted …": its pronoun)
        return self._clause_subject(prefix, position) or self._leading_subject(prefix, position)

    def _inverted_subject(self, masked: str, verb: re.Match, offset: int) -> str | None:
        """ "…, near the border, and also suffered …, said Carrie Williams, a spokeswoman": the
        name after the verb, whatever the clauses before it."""
        if verb.group() in _LISTENER_AFTER or not masked[: verb.start()].rstrip().endswith(","):
            return None
        if _INVERTED_NAME.match(masked, verb.end()):
            return self._subject_after(masked[verb.end() :], offset + verb.end())
        group = _INVERTED_GROUP.match(masked, verb.end())
        # "…, has let stores deteriorate, said analysts, who also faulted …": the group
        return group.group("group") if group else None

    def _subject_by_shape(
        self, prefix: str, segment: str, position: int
    ) -> tuple[bool, str | None]:
        """(True, speaker) when the words before the verb have a shape that names the speaker
        elsewhere; (False, None) otherwise."""
        if _SHARE_OF_RESPONDENTS.match(segment):
            # "just 35% of Mr Trump’s supporters said …": a poll's respondents; the poll
            # named in the sentence speaks, else nobody
            poll = _POLL_NAMED.search(prefix)
            return True, (self._resolve_name(poll.group("poll"), position) if poll else None)
        maker = _MAKER_OF.fullmatch(prefix.strip()) or _LARGEST_OF_ITS_KIND.fullmatch(
            prefix.strip()
        )
        if maker and not _FINITE.search(maker.group("what")):
            # "The seller of Coke, Sprite and VitaminWater said …": the company the article is
            # about, not the last brand in the list
            return True, self._last_subject_organisation(position)
        acting = _ACTING_FOR.fullmatch(segment.strip())
        if acting:
            # "Lawyers for British socialite Ghislaine Maxwell say …": the lawyers, for whom
            client = self._resolve_name(acting.group("client"), position) or acting.group("client")
            return True, f"{acting.group('who').lower()} for {client}"
        words = segment.split()
        if words[-1] in ("and", "but") and (len(words) > 8 or _has_titled_subject(prefix)):
            # "Australia captain Pat Cummins reflected on the defeat and said …": the subject
            # of the clause before "and" speaks, however long that clause is
            return True, self._clause_subject(prefix, position) or self._leading_subject(
                prefix, position
            )
        return False, None

    def _clause_subject(self, prefix: str, position: int) -> str | None:
        """The named subject of the last clause before "and said", when the sentence's own
        subject is not the one speaking ("The decision … came after Trump posted … and said")."""
        clauses = list(_CLAUSE_SUBJECT.finditer(prefix))
        if len(clauses) < 1 or clauses[-1].start() == 0:
            return None  # the sentence's subject: _leading_subject reads it with its titles
        name = clauses[-1].group("name")
        if name.split()[0] in ("The", "A", "An", "But", "And", "However"):
            return None
        return self._resolve_name(name, position)

    def _leading_subject(self, prefix: str, position: int) -> str | None:
        """'Twitter stopped short of … but said …': the subject of the clause's first verb."""
        # ("On Saturday, he declared … and noted that …": the time is no subject, nor is a
        # fronted participle: "Reflecting a decrease in exports, the department released …")
        prefix = _FRONTED_PARTICIPLE.sub("", _LEADING_TIME.sub("", prefix))
        holder = _appositive_holder(prefix)
        if holder:
            # "Long's attorney, Michael Hanson, asked … and said …": the name in apposition
            return self._resolve_name(holder, position)
        clause = re.split(r"[,:;]\s+", prefix)[0]
        titled = _TITLED_SUBJECT.match(clause)
        words = titled.group("role").split() if titled else []
        roles = [word for word in words if word in _SPEAKING_ROLES]
        if roles:
            # "England skipper Jos Buttler … and said", "The Three Lions skipper … and said":
            # the person in that role, not the team or country before it
            if titled.group("name"):
                return self._resolve_name(titled.group("name"), position)
            named = self._description("the " + roles[0], position)
            if named and named[:1].isupper():
                return named
        match = re.match(
            rf"(?:(?:But|And|However|Meanwhile)\s+)?(?P<np>{_COUNTED_GROUP}"
            # ("Throughout the trial, prosecutors portrayed … and argued …", "Federal
            # prosecutors charged …": people named by what they do, with no article)
            rf"|(?:[A-Z]?[a-z]+\s+)?(?:{_PLURAL_SOURCES})(?=\s)"
            # "The US government changed …": the country's body, not the country
            rf"|(?:[Tt]he\s+)?{_NAME_RUN}\s+(?:government|military|army|navy|police|ministry|"
            r"administration|embassy|authorities|officials)\b"
            # ("A Somali military officer put the number of dead at 15": the officer)
            r"(?:\s+(?:officer|official|spokesman|spokeswoman|spokesperson|source|commander)\b)?"
            # "the rebel Convention of Patriots … dismissed": the name, not its description
            # (and its whole name before its acronym: "… for Justice and Peace (CPJP)")
            rf"|(?:[Tt]he|[Aa]n?)\s+{_SIDE_BEFORE_NAME}\s+{_NAME_RUN}"
            rf"(?:\s+and\s+{_NAME_RUN}(?=\s+\([A-Z]{{2,}}\)))?"
            # "The mayor visited …": the noun phrase, not the verb after it
            r"|(?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*"
            r"(?:\s+(?!(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|of|on|in|at|for|to|"
            rf"from|with|by|{IRREGULAR_PAST})\b)[a-z][\w-]*){{0,2}}(?:\s+of\s+[a-z][\w-]*)?"
            rf"|(?:(?:[Tt]he|[Aa]n?)\s+)?{_NAME_RUN}"
            # ("On Saturday, he declared …": a pronoun after the time)
            r"|(?:he|she|they|it)(?=\s))",
            clause,
        )
        return self._resolve_phrase(match.group("np"), position) if match else None

    def _named_by_form(self, after: str, position: int):
        """(speaker, words after the verb) when a form of words names the speaker after the
        verb (a given name, a body's name with "and", a document's issuer, an office's
        holder); the speaker is _PENDING when none does."""
        given = _GIVEN_NAME.search(after)
        if given:
            return self._resolve_name(given.group("name"), position), after
        after = _BASED_AFTER_VERB.sub(r"\1", after)  # "said the Britain-based Syrian …"
        after = _LEVEL_AFTER_VERB.sub(r"\1", after)  # "said county Health Officer X"
        after = _AGE_AFTER_VERB.sub(r"\1", after)  # "said 74-year-old Elizabeth Mzize"
        after = _OWNER_AFTER_VERB.sub(r"\1", after)  # "said the Observatory’s head Rami …"
        return self._named_after_verb(after, position), after

    def _named_after_verb(self, after: str, position: int):
        body = _BODY_AFTER_VERB.match(after)
        if body and " and " in body.group("name"):
            # "…," says the National Snow and Ice Data Center": a body's name with "and" in it
            return self._resolve_name(body.group("name"), position)
        issued = _DOCUMENT_ISSUED_BY.match(after)
        if issued:
            # '"…," said a statement released by U.S. forces': whoever issued it
            return self._resolve_phrase(issued.group("np"), position)
        office = _OFFICE_AFTER_VERB.match(after)
        holder = office and _name_after_office(office.group("office").split())
        if holder:
            return self._resolve_name(holder, position)
        epithet = _EPITHET_AFTER_VERB.match(after)
        if epithet:
            person = self._epithet_person(epithet.group("phrase"), position)
            if person:
                return person  # '"…," said the 28-year-old Serb': the person it stands for
        return _PENDING

    def _subject_after(self, after: str, position: int) -> str | None:
        """'…, said White House spokesman Josh Earnest here …' → Josh Earnest; '…, said one
        local resident who only gave her name as Irina' → Irina."""
        named, after = self._named_by_form(after, position)
        if named is not _PENDING:
            return named
        words = []
        tokens = after.split()
        for index, word in enumerate(tokens):
            bare = word.rstrip(",.;:!?")
            if (
                bare == "and"
                and words
                and _is_title(words[-1])
                and index + 1 < len(tokens)
                and _is_title(tokens[index + 1])
            ):
                # "said GM chairman and CEO Dan Akerson": two titles of one person
                words.append(bare)
                continue
            # (an initial or an abbreviation: "Assistant U.S. Attorney George Martin")
            if word.endswith(".") and (_is_title(word) or re.fullmatch(r"(?:[A-Z]\.)+", word)):
                bare = word
            lowered = bare.lower()
            # (a determiner first: "said the coach", "assured their coach")
            determiner = not words and lowered in _DETERMINERS_BEFORE_ROLE
            if not bare or lowered in _INVERTED_STOP and not determiner:
                break
            if (
                bare[:1].isupper()
                or _is_title(bare)
                # ("said a ministry official", "said the defence attorney")
                or (
                    words
                    and words[0].lower() in _DETERMINERS_BEFORE_ROLE
                    and bare.islower()
                    and not bare.endswith("ed")
                    and len(words) < 4
                )
                or determiner
            ):
                words.append(bare)
            else:
                break
            if bare != word:
                break
        if (
            not words
            or all(w.islower() for w in words)
            or any(w.endswith(("’s", "'s")) for w in words)
            # "said Iowa state epidemiologist Dr. Patricia Quinlisk": a place before the role
            or after.split()[len(words) : len(words) + 1] != []
            and after.split()[len(words)][:1].islower()
        ):
            # "said NASA’s associate administrator for science John Grunsfeld", "said lead
            # scientist Alan Stern": the name after the role
            named = _NAME_AFTER_ROLE.match(after)
            if named and _SPEAKING_ROLES & set(named.group("role").split()):
                return self._resolve_name(named.group("name"), position)
        if not words or words[-1].lower() in _DETERMINERS_BEFORE_ROLE:
            return None
        return self._resolve_phrase(" ".join(words), position)

    def _owned_office(self, office: re.Match, position: int) -> str | None:
        """ "Matiullah Qaneh's office", "his office", "Dole's campaign" → whose it is."""
        owner = office.group("owner")
        written = _POSSESSIVE.sub("", owner)
        if owner.lower() in ("his", "her", "its", "their"):
            owner_name = self._pronoun(
                {"his": "he", "her": "she"}.get(owner.lower(), "it"), position
            )
        elif office.group("office") == "campaign":
            # a campaign as the text names its candidate, without the titles ("Republican U.S.
            # Sen. Elizabeth Dole's campaign" → "Elizabeth Dole’s campaign"; "Capito’s campaign"
            # is not widened to another person of that surname)
            owner_name = _strip_titles(written) or written
        else:
            owner_name = self._resolve_name(written, position)
        return f"{owner_name}’s {office.group('office')}" if owner_name else None

    def _resolve_phrase(self, phrase: str, position: int) -> str | None:
        """A subject phrase → the speaker it names or stands for."""
        phrase = _source_of_findings(phrase)
        # ("A new ABC News/Washington Post poll shows …": the poll, not its being new)
        phrase = _RECENT_BEFORE_NAME.sub("", _subject_words(phrase))
        # ("The Syrian Observatory for Human Rights monitoring group said": the name)
        group = _GROUP_AFTER_NAME.search(phrase)
        if group and group.start() and phrase[: group.start()].split()[-1][:1].isupper():
            phrase = phrase[: group.start()]
        if not phrase or _COMPARISON_SUBJECT.match(phrase) or _NO_ONE.match(phrase):
            # ("…, about 10 times more than the government had estimated": a comparison; "no
            # group has claimed responsibility": no one said anything)
            return None
        sources = _JOINT_SOURCES.fullmatch(phrase)
        if sources and sources.group("noun") in _SOURCE_NOUNS:
            return sources.group("np")  # "American and Afghan military officials"
        pronoun = _PRONOUN.search(phrase)
        if pronoun and pronoun.start() == 0:
            return self._pronoun(phrase.lower(), position)
        owned = "  " not in phrase and _OWNED_DOCUMENT.fullmatch(phrase)
        if owned:
            issuer = self._document_owner(owned.group("owner"), position)
            if issuer:
                self._issuers[owned.group("document")] = issuer
                return issuer  # "an Inter-Services Public Relations (ISPR) statement said"
        office = _POSSESSIVE_OFFICE.search(phrase)
        if office:
            return self._owned_office(office, position)
        if _NAMED_FIGURES.search(phrase):
            bare = re.sub(r"^(?:[Tt]he)\s+", "", phrase)
            if bare[:1].isupper():
                # "(the) Commerce Department figures" → the source
                phrase = _NAMED_FIGURES.sub("", bare)
                if phrase.lower() in _FIGURES_ADJECTIVES:
                    return None  # "Revised data show …": the reporter's own figures
        # ("The Australian hit 17 of 18 greens" after "Australia’s Marc Leishman", "the
        # 64-year-old" after "Jaime Rios, 64,": the person named so)
        named = _named_within(phrase)
        return (
            self._epithet_person(phrase, position)
            or (self._resolve_name(named, position) if named else None)
            or self._resolve_head(_head(phrase), position)
        )

    def _resolve_head(self, head: str, position: int) -> str | None:
        """The head of a subject phrase ('the UN agency', 'economist Maria Lopez') → the
        speaker it names or stands for."""
        if not head:
            return None
        last = head.split()[-1]
        if (
            last in _PERSON_ROLES
            and len(head.split()) > 1
            and re.match(r"(?:The\s+)?[A-Z]", head)
            and not re.match(r"(?:A|An|The)\s+[a-z]", head)
        ):
            # "The Baggy Greens captain", "the England skipper": the person in that role
            named = self._description("the " + last, position)
            if named and named[:1].isupper():
                return named
        described = _DESCRIBED_BEFORE_NAME.fullmatch(head)
        if described and not any(
            _is_title(word) or word in _PERSON_ROLES for word in described.group("words").split()
        ):
            # "a choked-up Dean Skelos", "a tearful Ann Lee": the person, however described
            return self._resolve_name(described.group("name"), position)
        roled = _ROLE_THEN_NAME.fullmatch(head)
        if roled and _SPEAKING_ROLES & set(roled.group("role").split()):
            # "ministry spokesperson Yousuf Stanizai": the name after the role
            return self._resolve_name(roled.group("name"), position)
        if (
            re.match(r"(?:The|A|An)\s+[a-z]", head)
            or head.split()[-1] in _CIVIL_BODIES
            # "the Matthews, N.C.-based company", "the Russian-installed police force": a
            # description whose first word is a compound adjective, not a name
            or _COMPOUND_ADJECTIVE_HEAD.match(head)
        ):
            return self._description(head, position)  # also "the UN agency"
        tokens = head.split()
        if (
            head[:1].islower()
            and any(t[:1].isupper() for t in tokens)
            and all(_is_title(t) for t in tokens if t[:1].islower())
        ):
            return self._resolve_name(head, position)  # "economist Maria Lopez"
        if head[:1].isupper() or head.startswith(("al-",)):
            return self._resolve_name(head, position)
        titled = _titled_name_at_end(head)
        if titled:
            return self._resolve_name(titled, position)  # "veteran BJP leader L K Advani"
        return self._description(head, position)

    def _epithet_person(self, phrase: str, position: int) -> str | None:
        """The person an age ("the 64-year-old") or a nationality ("The Australian") stands for:
        the one named with that age ("Jaime Rios, 64,"), or the person last quoted or named when
        the copy named them with that nationality ("Australia’s Marc Leishman")."""
        found = _EPITHET_OF_PERSON.fullmatch(phrase)
        if not found:
            return None
        epithet = found.group("epithet")
        if epithet[:1].isdigit():
            age = re.escape(epithet.split("-")[0])
            aged = list(re.finditer(rf"(?P<name>{_NAME_RUN}),\s+{age},", self._text[:position]))
            if aged:
                return self._resolve_name(aged[-1].group("name"), position)
            if " " not in epithet:
                return None
            # ("Novak Djokovic has admitted …. "…," said the 28-year-old Serb": an age the copy
            # never gave, with what the person is: the person the story is quoting)
            return self._recent_speaker(lambda entity: entity.person)
        person = self._recent_speaker(lambda entity: entity.person) or self._last_mention(
            position, lambda entity: entity.person
        )
        if person is None:
            return None
        stem = re.escape(epithet[:5])
        surname = re.escape(person.split()[-1])
        named_with = re.search(
            rf"\b{stem}\w*(?:[’']s)?\s+(?:[\w.’'-]+\s+){{0,3}}{surname}\b",
            self._text[:position],
        )
        return person if named_with else None

    def _document_issuer(self, document: str) -> str | None:
        """ "the statement said": whoever issued the statement last named, else the body last
        quoted."""
        if document in self._issuers:
            return self._issuers[document]
        if self._last_attributed and not self._is_person(self._last_attributed):
            return self._last_attributed
        return None

    def _document_owner(self, owner: str, position: int) -> str | None:
        """Who issued "an ISPR statement", "the ministry statement", "a police report"."""
        owner = re.sub(r"\s*\([^)]*\)|[()]", "", owner).strip()
        if not owner:
            return None
        if owner[:1].isupper():
            # "NOAA’s annual climate report": the owner, not its kind of report
            return self._resolve_name(re.sub(r"[’']s\s.*$", "", owner), position)
        words = owner.split()
        if len(words) <= 2 and (
            words[-1] in _SYNONYMS or words[-1] in _ISSUING_BODIES or words[-1] in _CIVIL_BODIES
        ):
            named = self._description("the " + owner, position)
            return named
        return None

    def _description(self, phrase: str, position: int) -> str | None:
        """'the ministry' → the ministry the article named; 'the health ministry' stays itself
        unless a named organisation holds those words; 'the statement' → who issued it."""
        words = _LEADING_DETERMINER.sub("", phrase).split()
        if not words:
            return None
        head = words[-1].lower()
        # "a defense attorney said" is someone new, never the attorney named before
        if not re.match(r"(?:[Aa]n?|[Aa]nother)\s", phrase):
            named = self._person_described(phrase, head, position)
            if named:
                return named
        if (head in _DOCUMENTS or head == "figures") and len(words) == 1:
            return self._document_issuer(head)  # ("…, the figures show.": whose figures)
        keys = _SYNONYMS.get(head)
        if keys is not None:
            fits = _organisation_matcher(keys, [w.lower() for w in words[:-1]])
            # "the company said" with no company quoted yet: the one the article is about (the
            # last to open a sentence), before the last name that could be one ("COVID-19")
            subject = self._last_subject_organisation(position) if not keys else None
            spoke = fits if keys else lambda entity: fits(entity) and entity.name not in self._cited
            found = (
                self._recent_speaker(spoke)
                or (subject if subject and fits(self._entity(subject)) else None)
                or self._last_mention(position, fits, outside_quotes=True)
            )
            if found:
                return found
        if len(words) == 1 or head in _CIVIL_BODIES:  # "the agency", "the UN agency"
            quoted = self._body_last_quoted(head)
            if quoted:
                return quoted
        if not _can_speak(words, head):
            # "stronger than the 2.1-percent pace initially estimated", "The surprising
            # improvement in sales … suggests": a thing, not a source, before the verb
            return None
        return " ".join(words)

    def _person_described(self, phrase: str, head: str, position: int) -> str | None:
        """ "the spokesman said" → the spokesman the article named; None when no one fits."""
        if "-turned-" in head:
            # "The businessman-turned-politician also told the crowd …": an epithet for the
            # person the article is quoting, never a new one
            return self._recent_speaker(lambda entity: entity.person)
        if head in _BARE_PEOPLE and re.match(r"[Tt]he\s", phrase):
            # "The man said he did his own research": the last person named who may be one
            gender = _BARE_PEOPLE[head]
            return self._last_mention(
                position,
                lambda entity: entity.person and self._gender(entity.name) in (gender, None),
            )
        if head not in _PERSON_ROLES:
            return None
        named = self._recent_or_mentioned(position, lambda entity: head in entity.roles)
        if not named and head in _SCHOLARS:
            # "The researcher said …" after "study author Yohannes Haile-Selassie, curator
            # of physical anthropology …": the scholar the article quoted last
            named = self._recent_speaker(
                lambda entity: entity.person and bool(entity.roles & _SCHOLARS)
            )
        if not named and head == "chief":
            # "The RBI chief expects …" after "central bank governor Shaktikanta Das": the
            # body's head, whatever the title the article gave first
            named = self._recent_speaker(
                lambda entity: entity.person and bool(entity.roles & _LEADING_ROLES)
            )
        if not named and re.match(r"(?:its|his|her|their)\s", phrase):
            # "its chief executive said …" before "The chief executive, John Roe, …"
            named = self._next_mention(position, lambda entity: head in entity.roles)
        return named

    def _body_last_quoted(self, head: str) -> str | None:
        """'the company' → the speaker last quoted; 'the newspaper' → the outlet last quoted
        (after 'The New York Times reported'); 'the agency' → the institution last quoted
        (after 'the CDC said')."""
        if head in ("company", "firm"):
            # the company last quoted; not "police" or "officials" ("The company … said" after
            # "police said" is a company the article has not named), nor a figure ("the
            # analyst consensus called for $1.90")
            last = self._last_attributed
            fits = last and _organisation_matcher((), [])(self._entity(last))
            return last if fits else None
        if head in _PUBLICATIONS:
            fits = _is_capitalised
        elif head in _CIVIL_BODIES:
            fits = _is_institution
        else:
            return None
        for earlier in reversed(self._history[-12:]):
            if not self._is_person(earlier) and fits(earlier):
                return earlier
        return None

    def _recent_or_mentioned(self, position: int, fits) -> str | None:
        """The latest of the last 12 speakers that fits, else the last fitting entity named."""
        return self._recent_speaker(fits) or self._last_mention(position, fits)

    def _recent_speaker(self, fits) -> str | None:
        """The latest of the last 12 speakers that fits."""
        for earlier in reversed(self._history[-12:]):
            if fits(self._entity(earlier)):
                return earlier
        return None

    def _entity(self, name: str) -> _Entity:
        return self._entities.get(name) or _Entity(name, False, None)

    def _gender(self, name: str) -> str | None:
        return self._entity(name).gender or self._learned_gender.get(name)

    def _may_be_person(self, name: str) -> bool:
        """A known person, or a capitalised name the article never gave as anything else
        ("Adebolajo told jurors …" with no first name in the text)."""
        if self._is_person(name):
            return True
        return (
            bool(name.strip())
            and len(name.split()) <= 3
            and all(word[:1].isupper() for word in name.split())
            and not _is_organisation(name)
            and not _is_institution(name)
        )

    def _is_person(self, name: str) -> bool:
        entity = self._entities.get(name)
        return bool(entity and entity.person)

    def _pronoun(self, pronoun: str, position: int) -> str | None:
        """he/she → the subject of the previous attribution when it is a person of that gender,
        else the last person of that gender named; it/they → the organisation last quoted."""
        pronoun = pronoun.split()[0]
        gender = _PERSON_PRONOUNS.get(pronoun)
        last = self._last_attributed
        if gender:
            # the subject of the previous attribution, else the person the previous sentence
            # opened with, else the last person of that gender named; a gender cue that fits
            # beats no cue at all; a bare surname never given as anything else comes last
            previous = self._subject_person(*self._previous_span) if self._previous_span else None
            candidates = [name for name in (last, previous) if name]
            if (
                previous
                and previous != last
                # (not a person named with no cue who has not spoken: "Holm, 45, denies
                # murder" after the witness Anna Berg testified)
                and (
                    previous in self._history
                    or (len(previous.split()) >= 2 and previous not in self._named)
                    # ("Helane Becker, airline analyst with Dahlman Rose, expected …. "…," she
                    # said": a person given a speaking role, named again later)
                    or bool(self._entity(previous).roles & _SPEAKING_ROLES)
                )
                and self._last_attributed_span != self._previous_span
            ):
                # "Habeck was relaxed about …. "We have …," he said": a speaker the article
                # quoted before, or a person named in full ("But Credit Suisse analyst Gary
                # Balter is not so sure. "…," he wrote"), opens the sentence just before; an
                # older attribution to someone else is not what "he" goes back to
                candidates.reverse()

            self._other_in_quotation(gender, position)

            def fits(name: str) -> bool:
                return self._gender(name) in (gender, None)

            opener = self._sentence_opener(position)
            if opener and fits(opener):
                # "Sen. Jim Hargrove nearly broke down as he said …": the person the sentence
                # opened with, not the speaker of the sentence before
                return opener

            salient = [name for name in candidates if self._is_person(name) and fits(name)]
            salient.sort(key=lambda name: self._gender(name) != gender)
            found = salient[0] if salient else None
            if not found and last and self._last_attributed_span == self._previous_span:
                # "In court, a defense lawyer said …. He said …": the unnamed speaker of the
                # sentence just before, not the last person named; so is a full name the text
                # gives no gender ('…," noted Eoin O'Callaghan of BNP Paribas. "…," he added')
                # — and so is a bare surname just quoted ('“…,” said Ostrova. “…,” she added';
                # not "Holm denies murder. “I saw him …,” she said", the witness's words)
                quoted = self._previous_span and _QUOTE_MARK.search(
                    self._text, *self._previous_span
                )
                # (a full name counts only when the copy gave a cue that it is a person's:
                # "Holm, 45, denies murder" after "… testified against Peter Holm" is no
                # speaker a "she" goes back to)
                full = len(last.split()) >= 2 and last not in self._named
                # ("Green, who double bogeyed the 18th, said …": "who" marks a person)
                who = self._previous_span and re.search(
                    re.escape(last) + r",\s+who\s", self._text[slice(*self._previous_span)]
                )
                person = _unnamed_person(last) or (
                    (full or bool(quoted) or bool(who)) and self._may_be_person(last)
                )
                found = last if person and fits(last) else None
            found = found or self._last_mention(
                position, lambda entity: entity.person and fits(entity.name)
            )
            if not found:
                # a named person never given as anything else, or one quoted by role only
                # ("…, a military spokesman said." … "He said a curfew …")
                loose = [
                    name
                    for name in candidates
                    if (self._may_be_person(name) or _unnamed_person(name)) and fits(name)
                ]
                found = loose[0] if loose else None
            if found and self._gender(found) is None:
                self._learned_gender[found] = gender  # "she said" → later "he" is someone else
            return found
        if pronoun == "they" and last and _looks_like_a_name(last):
            # "A group of Spanish scientists said …. “…,” Jose Maria Bermudez de Castro told …
            # They said …": the people last quoted, not the one person quoted since
            people = self._recent_speaker(lambda entity: _plural_people(entity.name))
            if people:
                return people
        if (
            last
            and not self._is_person(last)
            and (pronoun != "it" or not _is_group_of_people(last))
        ):
            return last  # "they" may be the officials last quoted, "it" never is
        if (
            pronoun == "it"
            and last
            and self._last_attributed_span == self._previous_span
            and _IN_A_DOCUMENT.search(self._text, *self._previous_span)
        ):
            # '"…," US Attorney Alamdar Hamdani said in a statement. "…," it added': the
            # statement goes on, and it is his
            return last
        return self._last_mention(position, lambda entity: not entity.person)

    def _other_in_quotation(self, gender: str, position: int) -> None:
        """ "Holm, 45, denies murder. “I saw him carry a knife …,” she said": the quotation
        speaks of someone of the other gender, so the last person the copy named with no cue
        (Peter Holm) is taken to be that one, not the speaker."""
        span = self._current_span
        other = _OTHER_GENDER_PRONOUN[gender]
        if span is None or not other.search(self._text, span[0], position):
            return
        named = self._last_mention(span[0], lambda entity: entity.person)
        if named in self._named and self._gender(named) is None:
            self._learned_gender[named] = "m" if gender == "f" else "f"

    def _sentence_opener(self, position: int) -> str | None:
        """The person the current sentence opens with, when a pronoun at `position` follows
        that person's own verb and a subordinating word ("… broke down as he said …")."""
        here = self._current_span
        if not here or not here[0] < position < here[1]:
            return None
        before = self._text[here[0] : position]
        # (not after a relative clause's verb: "…, who broke down as she testified")
        if not _PRONOUN_AFTER_VERB.search(before) or re.search(r"\b(?:who|which|whom)\b", before):
            return None
        return self._subject_person(*here)

    def _resolve_name(self, raw: str, position: int) -> str | None:
        """Strip titles; expand an acronym or a surname to the fullest name the article gives."""
        # "Minister for Workplace Relations and Safety Iain Lees-Galloway": the holder, before
        # the office's "and" makes the whole read as a description
        raw = _name_after_office([_bare(token) for token in raw.split()]) or raw
        name = _strip_titles(raw)
        if not name:
            return None
        if _is_description(raw):
            named = _NAME_AFTER_DESCRIPTION.search(raw)
            if named:
                # "PGA icon Jack Nicklaus": the person the description names
                return self._resolve_name(named.group("name"), position)
            titled = _titled_name_at_end(raw)
            if titled:
                # "Jizan’s civil defence spokesman Colonel Yahya Abdullah al-Qahtani"
                return self._resolve_name(titled, position)
            return re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", raw.strip())
        if name in self._aliases:
            return self._aliases[name]
        entity = self._entities.get(name)
        gender = _gender_of_title(raw)
        longer = self._existing_person(name, position, gender)
        if longer is not None and (entity is None or entity.person or len(name.split()) == 1):
            return longer.name
        if longer is None and gender and self._existing_person(name, position, None):
            # the surname belongs to someone of the other gender: "Mr Wickham" is the husband
            # the article has not named in full, and reads as written
            return " ".join(_bare(token) for token in raw.split()[-len(name.split()) - 1 :])
        if longer is None and len(name.split()) == 1 and (entity is None or not entity.person):
            fuller = self._short_form_of(name, position)
            if fuller:
                return fuller  # "Amnesty" after "Amnesty International"
        return name


# "Forecasters at the National Association for Business Economics": the body speaks
_STAFF_OF = re.compile(
    r"(?:[A-Z]?[a-z]+\s+)?(?i:forecasters|economists|analysts|researchers|scientists|experts|"
    r"strategists|statisticians)\s+(?:at|of|from|with)\s+(?:the\s+)?"
    # ("scientists from NASA and the National Oceanic and Atmospheric Administration": the
    # first of the bodies)
    rf"(?P<org>{_NAME_RUN})(?:\s+and\s+(?:the\s+)?{_NAME_RUN})?"
)
# A described subject whose head names a quantity or a thing is no source: "stronger than the
# 2.1-percent pace initially estimated", "The surprising improvement in sales … suggests".
_NOT_SPEAKING_HEAD = frozenset(
    "pace rate level improvement increase decrease rise fall gain growth demand figure amount "
    "number total share price percent percentage payment movement development investment "
    "agreement measure sale spending output inflation unemployment economy market index stock "
    "future bond cost revenue profit earning income budget deficit export import production "
    "activity performance reading estimate forecast projection outlook trend decline drop "
    "jump surge consumer purchase weakness strength result loss quarter toll tally look "
    "glance".split()
)


def _can_speak(words: list[str], head: str) -> bool:
    """Whether a described subject can be a source: not a phrase that opens with a
    preposition, nor one whose head names a quantity or a thing (unless it holds a name)."""
    if words[0].lower() in ("with", "without", "by", "from", "than", "down", "up", "as"):
        return False
    if any(word[:1].isupper() for word in words):
        return True
    single = re.sub(r"ies$", "y", head) if head.endswith("ies") else re.sub(r"s$", "", head)
    if single == "figure" and len(words) > 1 and words[-2].lower() in _PUBLIC_FIGURES:
        return True  # "The opposition figure said": a person, not a number
    return head not in _NOT_SPEAKING_HEAD and single not in _NOT_SPEAKING_HEAD


# the side a body is on is no part of its name: "the rebel Convention of Patriots for …"
_SIDE_BEFORE_NAME = r"(?:rebel|militant|opposition|ruling|separatist|insurgent|jihadist)"
_RELATIVE_AFTER_PREPOSITION = re.compile(
    r"^(?:in|by|of|from|under|with|through|during|after|for)\s+(?:which|whom)\s+"
)
# where a body is based is no part of its name: "the London-based Amnesty International"
_BASED = r"[A-Z][\w.’']*-based\s+(?=[A-Z])"
_ADJECTIVE_BEFORE_NAME = re.compile(
    rf"^(?:[Tt]he\s+)?(?:federal|national|state|provincial|regional|local|{_SIDE_BEFORE_NAME})\s+"
    r"(?=[A-Z][a-z])"
)
_BASED_IN = re.compile(rf"^(?:[Tt]he\s+)?{_BASED}")
_BASED_AFTER_VERB = re.compile(rf"^(\s*(?:[Tt]he\s+)?){_BASED}")
_AGE_AFTER_VERB = re.compile(r"^(\s*)\d{1,3}-year-old\s+(?=[A-Z][a-z])")
# the level of government an office is held at, before its capitalised title
# a body's officer named after the verb, the body first: "said the Syrian Observatory for Human
# Rights’ head Rami Abdel Rahman" → "head Rami Abdel Rahman"
_OWNER_AFTER_VERB = re.compile(
    r"^(\s*)(?:the\s+)?[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|for|and))*?(?:[’']s|s[’'])\s+"
    r"(?=(?:[a-z][\w-]*\s+){1,2}[A-Z][a-z][\w’'-]*\s+[A-Z][a-z])"
)
_LEVEL_AFTER_VERB = re.compile(
    r"^(\s*)(?:county|state|city|district|federal|provincial|regional|local)\s+(?=[A-Z][a-z])"
)
_SCHOLARS = frozenset("researcher scientist author co-author professor curator".split())


_PUBLIC_FIGURES = frozenset(
    "opposition political public senior leading key prominent party religious tribal "
    "community military government rebel militant business sporting".split()
)


def _is_group_of_people(name: str) -> bool:
    """'Officials', 'police', 'federal prosecutors', 'Witnesses': people, never 'it'."""
    words = name.lower().split()
    return bool(words) and (
        words[-1] in _SOURCE_NOUNS and words[-1].endswith("s") or words[-1] in ("police", "people")
    )


def _looks_like_a_name(name: str) -> bool:
    """'Jose Maria Bermudez de Castro', 'Smith': a person's name, not a body or a group."""
    return (
        bool(_CAPITALISED_RUN.fullmatch(name))
        and not _is_organisation(name)
        and not _is_institution(name)
    )


def _plural_people(name: str) -> bool:
    """'Spanish scientists', 'officials', 'several council members': people in the plural."""
    words = name.split()
    return bool(words) and words[-1].islower() and words[-1].endswith("s") and len(words) <= 4


def _organisation_short_form(name: str):
    """A test for an organisation whose full name opens with `name` ("Amnesty International"
    for "Amnesty"), or holds it before an organisation word ("the Pentagon" never matches)."""

    def fits(entity: _Entity) -> bool:
        words = entity.name.split()
        return (
            not entity.person
            and len(words) > 1
            and words[0] == name
            and (_is_organisation(entity.name) or _is_institution(entity.name) or len(words) == 2)
            # (not a title after the short form: "GM Chairman and CEO Mary Barra" is no longer
            # name of GM)
            and not _is_title(words[-1])
        )

    return fits


_ASIDE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:he|she|they|it|we)\s+\Z")
_ASIDE_AFTER = re.compile(r"\s+(?:is|are|was|were)\b")
# a relative clause without "that": "– money they say should have gone to shareholders"
_BARE_ASIDE_BEFORE = re.compile(r"\b[a-z]{3,}\s+(?:they|he|she|we)\s+\Z")
_BARE_ASIDE_AFTER = re.compile(
    r"\s+(?:should|would|could|might|must|is|are|was|were|had|has|have)\b"
)
# a speech verb used as an adjective after a count: "Of the 48 confirmed cases, nine …",
# "12 reported deaths", "three alleged members"
_PLURAL_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b")
_COUNTED_ADJECTIVE = re.compile(
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
    r"hundreds|thousands)\s+\Z",
    re.IGNORECASE,
)
# Speech verbs that, with these objects, report an act rather than words.
_CONCLUDED_ACT = re.compile(
    r"\s+(?:(?:a|an|the|its|his|her|their)\s+)(?:[\w’'-]+\s+){0,3}?(?:tour|visit|trip|meeting|"
    r"meetings|talks|campaign|series|round|session|hearing|speech|rally|rallies|season|deal|"
    r"agreement|match|game|summit|conference|exercise|exercises|operation|mission)\b"
)
# (nor a score: "scored three tries and conceded none", "conceded two goals")
_CONCEDED_ACT = re.compile(
    r"\s+(?:to|defeat|none|nothing|only|just|a\s+(?:goal|try|penalty)|(?:\d+|one|two|three|four|five|"
    r"six|seven|eight|nine|ten)\s)"
)
_DENIED_SOMEONE = re.compile(
    r"\s+(?:him|her|them|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:a|an|the|his|her|their|its)\s"
)
_ACTS = {
    "asked": None,  # "had asked for a lighter sentence", "asked Lee for his plans"
    "asks": None,
    "testified": _TESTIFIED_AGAINST,  # "testified against the McDonnells at trial"
    "reported": _RESULTS_OBJECT,  # "Cisco reported stronger quarterly earnings"
    "declared": _DECLARED_ACT,  # "declared the outbreak a public health emergency"
    "announced": _ANNOUNCED_ACT,  # "announced his endorsement of Gingrich"
    "announces": _ANNOUNCED_ACT,
    "added": ADDED_COUNT,  # "employers added 184,000 jobs", "the US added more jobs"
    "adds": ADDED_COUNT,
    # "an Afghan woman accused of being a spy": a participle, not "X accused Y of …"
    "accused": re.compile(r"\s+of\b"),
    # "concluded a last-gasp tour of swing states": an event ended, not a finding
    "concluded": _CONCLUDED_ACT,
    "concludes": _CONCLUDED_ACT,
    # "conceded to Jaitley's request": an act, not a concession that something is so
    "conceded": _CONCEDED_ACT,
    "concedes": _CONCEDED_ACT,
    # "adding to the French Open crown she won last year": a sum, not a remark
    "adding": re.compile(r"\s+to\b"),
    # "Muguruza denied Williams a first major title": kept from, not a denial of something said
    "denied": _DENIED_SOMEONE,
    "denies": _DENIED_SOMEONE,
    # "FBI agents … found the cash in his freezer": a thing found somewhere, not a finding
    "found": re.compile(
        r"\s+(?:the|a|an|his|her|its|their|some|\d[\d,]*|two|three|four|five|six|seven|eight|"
        r"nine|ten)\s+(?:[\w’'-]+\s+){0,3}?(?:in|inside|at|on|near|under|behind|hidden)\b"
    ),
}


_ADDED_THING = re.compile(
    r"\s+(?:a|an|new)\s+(?:[a-z-]+\s+){0,3}(?P<head>[a-z-]+)(?=,|\.|$|\s+(?:and|to|at|in)\b)"
)


# verbs in -s that are plural nouns after a determiner, a preposition or a verb of inquiry
_ALSO_NOUNS = frozenset(
    {"reports", "claims", "fears", "hopes", "worries", "estimates", "notes", "say", "pledges"}
)
_NOUN_USE_BEFORE = re.compile(
    # "give voters a fresh say on who should run the country"
    r"\b(?:a|an|fresh|final|greater|bigger|more|no|any|equal|"
    r"the|these|those|such|its|their|his|her|of|amid|over|about|on|despite|after|"
    r"following|denied|denies|deny|dismissed|rejected|investigating|investigate|investigated|"
    r"probing|examining|reviewing|checking|unconfirmed|conflicting|initial|earlier|local|"
    r"media|news|press|by|from|with|in|at|than|"
    # ("a "contract" setting out key pledges to two million voters")
    r"key|main|major|new|several|many|repeated|campaign|election)\s+\Z"
    # after a possessive: "Analysts' estimates, which …", "The company's estimates, …"
    r"|\w(?:[’']s|s[’'])\s+\Z"
)


# who adds jobs, not words: "the economy added", "employers also added"
_HIRING_SUBJECT = re.compile(
    r"\b(?:economy|employers|businesses|companies|payrolls|factories|manufacturers|retailers|"
    r"hospitals|restaurants|the private sector)\s+(?:also\s+|only\s+|just\s+)?\Z"
)


# ("said nothing had changed" is speech)
_SAID_NOTHING = re.compile(
    r"\s+(?:very\s+|almost\s+)?(?:little|nothing)\b(?!\s+(?:had|has|was|is)\b)"
)


# the reporter's note of when and where something already quoted was said: "He stated this on
# Wednesday after the meeting", "disclosed this at a press briefing in Minna yesterday"
_SAID_THIS_WHERE = re.compile(
    r"\s+(?:this|these)\s+(?:on|at|in|after|during|while|when|yesterday|today|last|earlier)\b"
)


def _not_speech(masked: str, verb: re.Match) -> bool:
    """Whether this speech verb reports an act here, not what someone said."""
    word = verb.group()
    # (each pattern before the verb ends at it: read a window of the words just before it, not
    # the whole sentence, which a long sentence of many parts would read once a part)
    near = max(0, verb.start() - 60)
    if _ASIDE_BEFORE.search(masked, near, verb.start()) and _ASIDE_AFTER.match(masked, verb.end()):
        return True  # "stories about him that he says are false": an aside in a relative clause
    if _BARE_ASIDE_BEFORE.search(masked, near, verb.start()) and _BARE_ASIDE_AFTER.match(
        masked, verb.end()
    ):
        return True  # "money they say should have gone to shareholders"
    if (
        word.endswith("ed")
        and _COUNTED_ADJECTIVE.search(masked, near, verb.start())
        and _PLURAL_NOUN_AFTER.match(masked, verb.end())
    ):
        return True  # "Of the 48 confirmed cases": an adjective
    if word in _ALSO_NOUNS and _NOUN_USE_BEFORE.search(masked, near, verb.start()):
        return True  # "officials are investigating reports that …", "amid fears that …"
    if word in ("added", "adds"):
        if _HIRING_SUBJECT.search(masked, near, verb.start()):
            return True  # "many of the jobs the economy added last month were part time"
        # "Burger King expanded its hours, added a breakfast value menu, …": something new
        # (not '"…," added a spokesman for the ministry')
        thing = _ADDED_THING.match(masked, verb.end())
        if thing and thing.group("head") not in _SPEAKING_ROLES | _SCHOLARS | _SOURCE_NOUNS:
            return True
    if (word in ("said", "says", "say") and _SAID_NOTHING.match(masked, verb.end())) or (
        _SAID_THIS_WHERE.match(masked, verb.end())
    ):
        # "Trump said little to suggest …": the reporter's account of a silence; "He stated
        # this on Wednesday after the MPC meeting": of when and where
        return True

    if word not in _ACTS:
        return False
    if _ACTS[word] is None:
        if _QUOTATION_THEN_SPEAKER.search(masked, 0, verb.start()):
            # '"Are you ready?," Vogel asked to loud applause': the quotation is what was asked
            return bool(
                re.match(
                    r"\s+(?:for|to\s+[a-z]+\s+(?:the|a|an|him|her|them|it)\b)", masked[verb.end() :]
                )
            )
        return not _ASKED_SPEECH.match(masked, verb.end())
    return bool(_ACTS[word].match(masked, verb.end()))


def _reports_a_finding(masked: str, verb: re.Match, segment: str) -> bool:
    """'cases reported to CDC', 'Andorra reported only four': "reported"/"found" with an
    object, not an attribution."""
    if verb.group() not in ("found", "reported", "confirmed"):
        return False
    bare = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", segment.strip())
    bare = re.sub(r"\s+(?:also|on \w+day|\w+day)$", "", bare)
    if (
        verb.group() == "confirmed"
        and bare
        and (_is_organisation(bare) or _is_group_of_people(bare))
    ):
        # "The WHO on Monday confirmed 19 deaths", "Health officials have confirmed 15 new
        # cases": the organisation or the officials are the source
        return False
    if verb.group() == "reported" and bare and _is_group_of_people(bare):
        return False  # "witnesses reported aerial bombardments": what the people saw and said
    if _COUNT_OBJECT.match(masked, verb.end()):
        return True
    return (
        verb.group() != "confirmed"
        and not _REPORTED_TAIL.match(masked, verb.end())
        and not re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", segment)[:1].isupper()
    )


def _blank_party_tag(match: re.Match) -> str:
    """', R-S.D.,' → ',' + spaces (offsets stay), '(D-Calif.)' → spaces."""
    tag = match.group()
    return "," + " " * (len(tag) - 1) if tag.startswith(",") else " " * len(tag)


def _reporting_first(masked: str, verb: re.Match) -> tuple[bool, bool, int]:
    """'…, he said' outranks other speech verbs in the sentence ('Kyiv has asked …'), and an
    attribution closing the sentence ('Investigators allege …, the witness testified.')
    outranks the verbs of what was said."""
    tail = verb.group() in _TAIL_VERBS and _is_tail(masked, verb)
    return not tail, verb.group() not in _REPORTING_VERBS, verb.start()


# an outlet passing on another's words, closing the sentence: ", LiveScience reported.",
# ", according to the Los Angeles Times."
_RELAYED_BY = re.compile(
    r",\s+(?:according\s+to\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*\s*){1,5}(?:in\s+[A-Z][\w.’'-]*\s*)?|"
    # ("…, ABC15 in Phoenix reported.": the outlet's city is no part of it)
    r"(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){1,5}(?:in\s+[A-Z][\w.’'-]*\s+)?(?:has\s+)?reported)"
    r"[\s.]*$"
)
# "The comment came one day after Romney said …, Politico reported": the outlet's account
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|since|until|as)\s+(?:\S+\s+){1,4}\Z")

_TAIL_VERBS = frozenset({"testified", "wrote", "tweeted", "added", "reported", "told"})


def _is_tail(masked: str, verb: re.Match) -> bool:
    """Whether the attribution closes the sentence: '…, the ministry said on Friday.'"""
    # (a relative clause after it is an aside: '…," Radio Omdurman reported in an SMS news
    # alert, which gave no source for the information.')
    rest = _TRAILING_RELATIVE.sub("", masked[verb.end() :])
    # (nor does a clause of its own after it: "…, officials said Friday, but the Interior
    # Ministry said a large number of civilians died.")
    rest = _NEXT_CLAUSE.split(rest, 1)[0]
    if _FINITE.search(rest) or re.search(r"\b(?:he|she|it|they|we|I)\b", rest):
        return False  # "…, and the governor said he would visit" has its own clause
    return (
        not re.search(r"\bthat\b", rest)
        and len(rest.split()) <= 12
        and (
            masked[: verb.start()].rstrip().endswith(("_", ","))
            or bool(_CLOSING_SUBJECT.search(masked[: verb.start()]))
        )
    )


_NEXT_CLAUSE = re.compile(r",\s+(?:but|while|whereas|although)\s")
_TRAILING_RELATIVE = re.compile(r",\s+(?:which|who)\s[^_]*$")
# "…, the ministry said." closes the sentence; "…, while defense lawyers suggested …" is a
# clause of its own
_CLOSING_SUBJECT = re.compile(
    # after a comma, or after a closing quotation ('… were "silly," Rosenberg testified')
    # ("…, as USA Today recounts." closes it too: the outlet's account of the whole sentence)
    r"(?:,|_)\s*(?!(?:while|whereas|although|though|but|and|because|since|after|before|when)\b)"
    r"(?:[\w’'.()-]+\s+){1,8}$"
)


# what may stand before a speech verb opening a part: "… and has said …", "… and also urged …"
_AUXILIARY_LEAD = re.compile(r"^(?:,?\s*and\s+)?(?:(?:has|have|had|also)\s+)*")
# a reporter's reading of what was said: "…, indicating that traction … remains weak"
_READING_OPENING = re.compile(
    r"(?:indicating|suggesting|signall?ing|showing|underscoring|highlighting)\s"
)
# a person given by role alone, as a clause's subject: "the former governor apologized"
_ROLE_MENTION = re.compile(r"\b[Tt]he\s+(?:former\s+|then-|ex-)?(?P<role>[a-z]+)\s+(?=[a-z]+ed\b)")
# ("although …", "though …" after an attribution stay the speaker's: "…, though he could not
# ignore the jury's verdict")
_CONCESSION_BEFORE = re.compile(r"\beven\s+(?:though|after|as|before|if)\s+\Z")
_RELATIVE_SPEECH = re.compile(
    r"who(?:\s+(?:had|has|have|also|later|earlier|previously|once|repeatedly|publicly))*\s+"
    rf"(?:{_SPEECH_VERBS})\b"
)
_PLACE_AFTER_ROLE = re.compile(
    r"(\s[a-z][a-z-]*)\s+(?:in|from|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$"
)
_PROGRESSIVE = re.compile(r"\s+(?:is|are|was|were)(?:\s+(?:now|still|also|again))?$")


def _without_progressive(before_verb: str, verb: str) -> str:
    """The progressive's auxiliary goes: "HP is now predicting …", "officials are urging …";
    and so does a manner of saying: "the Victorian Government was quick to say …"."""
    if verb.endswith(("ing", "for", "on")):
        return _PROGRESSIVE.sub("", before_verb.rstrip())
    return _QUICK_TO.sub("", before_verb)


_QUICK_TO = re.compile(
    r"\s+(?:was|were|is|are)\s+(?:quick|quicker|swift|keen|eager|careful|at\s+pains)\s+to\s*$"
)
_LEADING_TIME = re.compile(
    r"^(?:(?:On|Late on|Early on|By|Since|Last|Earlier on|Later on)\s+\w+(?:\s+\w+)?|Earlier|Later|"
    # ("In August that year, FBI agents searched …")
    r"In\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|\d{4})(?:\s+\d{4}|\s+(?:that|this|last|the\s+same)\s+year)?|"
    r"Meanwhile|However|Yesterday|Today|Separately|Afterward|Afterwards|Then|"
    # ("Until now, the government has repeatedly declined to …, insisting that …")
    r"Until now|Until then|So far|To date|For now|By then|"
    # ("Throughout the trial, prosecutors portrayed … and argued …")
    r"(?:Throughout|During)\s+(?:the|his|her|their|its)\s+\w+(?:\s+\w+)?|"
    r"(?:Two|Three|Four|Five|Six|Several|A few)\s+"
    r"(?:days|weeks|months|years)\s+ago),\s+"
)


def _named_within(phrase: str) -> str | None:
    """The name a subject phrase holds after a description: "Economic and Fiscal Policy
    Minister Akira Amari" (an office whose name holds "and") → Akira Amari; "Forecasters at
    the National Association for Business Economics" → the body."""
    office = " and " in phrase and _OFFICE_WITH_AND.match(phrase)
    if office:
        return office.group("name")
    known = "known" in phrase and _KNOWN_AS.search(phrase)
    if known:
        return known.group("name")
    spokesman = re.search(r"\s(?:for|from|of)\s", phrase) and _SPOKESMAN_FOR.fullmatch(phrase)
    if spokesman:
        # "a spokesman for Morrisons said" (no name given): the body speaks
        return spokesman.group("org")
    staff = _STAFF_OF.fullmatch(phrase)
    return staff.group("org") if staff else None


_SPOKESMAN_FOR = re.compile(
    # ("A spokesman from the rebel Sudan Liberation Movement (SLM) told Reuters …")
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:spokesman|spokeswoman|spokesperson)\s+(?:for|from|of)\s+"
    r"(?:the\s+)?(?:rebel\s+|ruling\s+|opposition\s+)?"
    r"(?:[A-Z][\w.-]*-based\s+)?(?P<org>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*)"
)
_NO_ONE = re.compile(r"(?:[Nn]o|[Nn]either|[Nn]one\s+of)\s|(?:[Nn]obody|[Nn]o one|[Nn]one)$")
_OFFICE_WITH_AND = re.compile(
    r"(?:[A-Z][\w-]*\s+){1,2}and\s+(?:[A-Z][\w-]*\s+){1,3}"
    r"(?:Minister|Secretary|Commissioner|Director|Chancellor)\s+"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})$"
)
_ISSUED_WORDS = re.compile(_ISSUED_DOCUMENTS)  # (a cheap test before the whole pattern)
_LONG_FRONTED_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b[^,;:_]{0,200},\s+(?=[A-Z])")
_FRONTED_PARTICIPLE = re.compile(r"^[A-Z][a-z]+(?:ing|ed)\b[^,;:]{0,80},\s+(?=[A-Za-z])")
_LEADING_CONNECTIVE = re.compile(r"(?:[Hh]owever|Meanwhile|Separately|Still|But|And),?\s+")
_OPENING_CONNECTIVE = re.compile(
    r"^(?:However|Meanwhile|Separately|Elsewhere|Still),\s+|^Yet\s+(?=[a-z])"
    # "Commissioned by Afrobarometer, the poll, … shows …": the poll, not "Commissioned"
    r"|^[A-Z][a-z]+ed\s+by\s+[^,]{1,60},\s+"
    # "In New York, the UN Secretary-General's spokesperson, Stephane Dujarric, said": where,
    # not who
    r"|^(?:In|At|From)\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*,\s+(?=\S)"
)
# "Local media reports quoted Professor Annim as saying that …": the person quoted
_UNNAMED_DOCUMENT = re.compile(
    r"(?:(?:the|its|their|an?)\s+)?(?:[a-z-]+\s+){0,3}(?P<document>report|study|statement|release)"
)
_COURT_DOCUMENT = re.compile(
    r"(?:(?:the|an?)\s+)?(?P<document>indictment|criminal complaint|complaint|lawsuit|affidavit|"
    r"charging documents?|court documents?|court records?|plea agreement)"
)
# words that say nothing of whose a document is ("a preliminary report"; not "a military
# statement", the military's)
_PLAIN_DOCUMENT_WORDS = frozenset(
    "preliminary new latest recent separate internal initial final draft leaked "
    "confidential".split()
)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_QUOTED_AS_SAYING = re.compile(
    r"\bquot(?:ed|ing)\s+(?P<name>(?:[\w.’'-]+\s+){1,6}?)as\s+(?:saying|telling)\b"
)
# "The UN peacekeeping mission known as MONUSCO": the name it is known by
_KNOWN_AS = re.compile(
    r"\b(?:known|referred to)\s+as\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$"
)


def _subject_prefix(before_verb: str) -> str:
    """The words before a speech verb, without auxiliaries, adverbs and appositives."""
    # ("However, the Finance Minister, Ken Ofori-Atta says …": no part of the subject)
    prefix = _NOT_THE_NAME.sub("", _OPENING_CONNECTIVE.sub("", before_verb.rstrip()))
    # ("coach Jacques Nienaber and captain Siya Kolisi both admitted …"; not '“…,” both
    # responded', where "both" is the subject)
    prefix = _BOTH_AFTER_SUBJECT.sub("", prefix)
    while True:
        shorter = _AUXILIARIES.sub("", prefix).rstrip()
        if shorter == prefix:
            break
        prefix = shorter
    while prefix.endswith(","):
        commas = list(re.finditer(r",\s+", prefix[:-1]))  # not the comma in "40,000"
        segments = (
            [prefix[: commas[-1].start()], prefix[commas[-1].end() : -1]] if commas else [prefix]
        )
        if len(segments) < 2:
            break
        appositive = segments[1].strip()
        example = _EXAMPLE.match(appositive)
        if example:
            return example.group("name")  # "Some experts, e.g. Prof. Ana Ruiz, said"
        members = _NAMED_MEMBERS.fullmatch(appositive)
        if members and _PLURAL_BODIES.search(segments[0]):
            # "Each of two allied militant groups, the Pakistani Taliban and Lashkar-e-Islam,
            # claimed …": the groups named, the first of them
            return members.group("first")
        if (
            appositive[:1].islower()
            or re.match(r"[DRI]-[A-Z]", appositive)
            or re.fullmatch(r"\d{1,3}", appositive)
        ):
            prefix = segments[0].rstrip()
            if _CHAINED_APPOSITIVE.search(prefix):
                prefix += ","  # "X, a spokesman for Y, in a statement issued in Z, the …,"
            continue
        if _PLACE_BEFORE.search(segments[0]) and _PLACE_NAME.fullmatch(appositive):
            # "HP, which is based in Palo Alto, Calif., said": the state of a place
            prefix = segments[0].rstrip() + ","
            continue
        if _is_role_description(appositive):
            # "Dick Costolo, Twitter's chief executive," → the name before it
            prefix = segments[0].rstrip()
            continue
        # "the district governor of X district, Saaz Wali," → the name
        prefix = prefix[:-1].rstrip()
        break
    return prefix


_BOTH_AFTER_SUBJECT = re.compile(r"(?<=[A-Za-z])\s+(?:both|jointly)\s*$")
_NAMED_MEMBERS = re.compile(
    r"(?:the\s+)?(?P<first>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+and\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
)
_PLURAL_BODIES = re.compile(
    r"\b(?:groups|organi[sz]ations|parties|factions|sides|companies|countries|agencies)$"
)
# ("… at the University of California, Irvine (UCI), said": a campus after its university)
_PLACE_BEFORE = re.compile(r"\b(?:in|University of)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$")
# "Calif.", "Texas", "D.C.", "Irvine (UCI)"
_PLACE_NAME = re.compile(r"(?:[A-Z][a-z]+\.?|[A-Z]\.(?:[A-Z]\.)+)(?:\s+\([A-Z]{2,}\))?")
# One more lower-case appositive or adverbial before the one just dropped.
_CHAINED_APPOSITIVE = re.compile(
    r"[^,]+,\s+(?:a|an|the|in|on|at|for|from|with|during|after|speaking)\s[^,_]*$"
)


def _is_role_description(appositive: str) -> bool:
    """ "Twitter's chief executive", "Acme's spokeswoman", "Department of Health (DOH) Eastern
    Visayas information officer": an owner and a role, not a name."""
    match = re.fullmatch(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*[’']s\s+([a-z][\w\s-]*)", appositive)
    if match:
        return True
    # "Chancellor's Professor of Earth system science at UCI": a titled post
    titled = _TITLED_POST.match(appositive)
    if titled and _is_title(titled.group("title")):
        return True
    words = appositive.split()
    if len(words) > 1 and words[-1] in _SPEAKING_ROLES and not _FINITE.search(appositive):
        return True
    # "European editor of Science", "Scotiabank chief economist": a capitalised modifier
    qualified = _QUALIFIED_ROLE.fullmatch(appositive)
    return bool(qualified and qualified.group("role") in _SPEAKING_ROLES)


_COMPARISON_SUBJECT = re.compile(
    r"(?:about|nearly|almost|some|roughly|far|much|well)?\s*"
    r"(?:(?:[\d.,]+|two|three|four|five|six|seven|eight|nine|ten)\s+times\s+)?"
    r"(?:more|less|fewer|higher|lower|bigger|smaller|greater)\s+than\b"
)
_TITLED_POST = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,2}(?P<title>[A-Z][\w-]*)\s+(?:of|at|for)\s")
_QUALIFIED_ROLE = re.compile(
    r"(?:[A-Z][\w.&-]*\s+){1,3}(?:[a-z][\w-]*\s+)?(?P<role>[a-z][\w-]*)"
    r"(?:\s+(?:of|at|for|with)\s+(?:the\s+)?[A-Z][^,_]*)?"
)


def _role_after_comma(before: str, after: str) -> bool:
    """ "…, such as religious courts, in the city of Idlib …, said an activist based in Idlib
    province", "…, but the new study highlights …, says research co-author Daniel …": after a
    comma, a role named after the verb is the speaker, however the clause before it reads."""
    if not before.rstrip().endswith(","):
        return False
    words = after.split()[:4]
    if words and words[0].lower() in ("a", "an", "the", "one", "another"):
        words = words[1:]
    lowered = [word.strip(",.") for word in itertools.takewhile(str.islower, words)]
    return any(word in _SPEAKING_ROLES for word in lowered)


def _speaker_follows_verb(prefix: str) -> bool:
    """Whether the speaker comes after the verb ('…, said the mayor'), not before it."""
    stripped = prefix.rstrip()
    if not stripped or stripped.endswith(("_", "_,")):
        return True
    if stripped.endswith(","):
        clause = re.split(r"[,;:]\s+|_+", stripped[:-1])[-1]
        return bool(_FINITE.search(clause) or not _last_segment(prefix))
    return False


# an adverbial phrase between a quotation and its inverted attribution
_ADVERBIAL_AFTER_QUOTE = re.compile(
    r"_,?\s+(?:with|without|in|on|at|for|by|after|before|during|amid|despite|given)\s[^_]*,$"
)


def _adverbial_after_quote(before: str) -> bool:
    if "_" not in before:
        return False
    stripped = before.rstrip()
    found = _ADVERBIAL_AFTER_QUOTE.search(stripped)
    return bool(found) and not _FINITE.search(stripped, found.start())


_PUBLICATIONS = frozenset(
    "newspaper magazine paper daily broadcaster network outlet website tabloid journal".split()
)
_CIVIL_BODIES = frozenset({"agency", "organization", "organisation", "body", "institute"})


def _unnamed_person(name: str) -> bool:
    """A speaker given by role alone: "military spokesman", "inspector", "defense lawyer"."""
    words = name.split()
    return bool(words) and name[:1].islower() and words[-1] in _SPEAKING_ROLES


_ISSUING_BODIES = frozenset({"military", "army", "police", "government", "ministry", "navy"})
_INSTITUTION_WORD = re.compile(
    r"\b(?:Centers?|Centres?|Organi[sz]ation|Agency|Administration|Bureau|Office|Service|"
    r"Institutes?|Commission|Authority|Board|Council|Programme|Program|Fund|Bank|"
    # ("Statistics Canada said …. The agency said …")
    r"Statistics)\b"
)


def _is_capitalised(name: str) -> bool:
    return name[:1].isupper()


def _is_institution(name: str) -> bool:
    """An acronym ("CDC", "WHO") or a name with an institution word in it."""
    return bool(re.fullmatch(r"[A-Z][A-Z.&-]{1,9}", name) or _INSTITUTION_WORD.search(name))


def _organisation_matcher(keys, modifiers: list[str]):
    """A test for an organisation named by one of `keys` (any when empty) with every modifier."""

    def fits(entity: _Entity) -> bool:
        lowered = entity.name.lower()
        if entity.person or lowered.rsplit(None, 1)[-1] in _SOURCE_NOUNS:
            return False  # ("court records" is no court)
        if not keys:
            # "the company": any named organisation but people and public bodies, not a figure
            # quoted as a source ("The FactSet analyst consensus called for $1.90")
            last = entity.name.split()[-1]
            return (
                (last[:1].isupper() or last.lower() in _ORGANISATION_NOUNS)
                # (nor a place: "… at a factory in Orion Township. The company says …")
                and last.lower() not in _PLACE_NOUNS
                and not _is_group_of_people(entity.name)
                and not _is_institution(entity.name)
            )
        return any(key in lowered for key in keys) and all(m in lowered for m in modifiers)

    return fits


_TITLE_JOINERS = frozenset({"and", "of", "the", "for"})


def _is_titled_noun_phrase(segment: str) -> bool:
    """A long subject without a verb that opens with a title and a name."""
    tokens = segment.split()
    # "Minority Affairs Minister and Deputy Leader of the House Mukhtar Abbas Naqvi": a run of
    # capitalised words with a title among them
    capitalised = all(token[:1].isupper() or token in _TITLE_JOINERS for token in tokens)
    return (
        (_is_title(tokens[0]) or (capitalised and any(map(_is_title, tokens))))
        and not _FINITE.search(segment)
        and not _PRONOUN_WORD.search(segment)
        and bool(re.match(rf"(?:\S+\s+){{0,4}}{_CAPITALISED}\s+{_CAPITALISED}", segment))
    )


_LEADING_DETERMINER = re.compile(r"^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]heir|[Ii]ts)\s+")
_DESCRIBED_BEFORE_NAME = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<words>(?:[a-z][\w-]*\s+){1,2})"
    # ("parent Shanna Del Conte": a name of three words)
    r"(?P<name>[A-Z][a-z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w’'-]+){1,2})"
)
_NAME_AFTER_DESCRIPTION = re.compile(
    r"\s(?!(?:of|for|and|at|in)\s)[a-z][\w-]+\s+(?P<name>[A-Z][a-z][\w’'-]+\s+[A-Z][a-z][\w’'-]+)$"
)
_DOCUMENT_ISSUED_BY = re.compile(
    r"\s*(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:statement|report|letter|release)\s+"
    r"(?:(?:released|issued|published|put\s+out|sent)\s+)?(?:by|from)\s+(?:the\s+)?"
    r"(?P<np>(?:U\.S\.|U\.N\.|[^,.;:_])+?)\s*(?:[,.;:]|$|\s+(?:on|in|late|early)\s)"
)
_PERSON_OF_BODY = re.compile(
    rf"(?P<name>{_FULL_NAME})\s+(?:of|at|from)\s+"
    r"(?:the\s+)?[A-Z]"
)
_DETERMINERS_BEFORE_ROLE = frozenset(
    {"the", "their", "his", "her", "its", "a", "an", "several", "some", "many", "other"}
)
_ROLE_THEN_APPOSITIVE_NAME = re.compile(rf"(?P<role>[^,_]{{3,60}}),\s+(?P<name>{_NAME_RUN}),\s")


def _appositive_holder(prefix: str) -> str | None:
    """The name in apposition after a role that opens the clause: "Long's attorney, Michael
    Hanson, asked …", "Commissioner for Health, Dr. Mustapha Jibril, disclosed …" (a title
    opening the role counts as a role)."""
    described = _ROLE_THEN_APPOSITIVE_NAME.match(prefix)
    if not described:
        return None
    words = described.group("role").lower().split()
    if _SPEAKING_ROLES & set(words) or _is_title(words[0]):
        return described.group("name")
    return None


# a person named only in a clause after the role: "one resident who only gave her name as
# Irina", "a soldier, identified only as Sergei", "a woman who asked to be identified as Ana"
_GIVEN_NAME = re.compile(
    r"^[^.;:_]{0,60}?\b(?:(?:gave|giving|gives|give)\s+(?:only\s+)?(?:his|her|their)\s+"
    r"(?:first\s+|full\s+)?name\s+(?:only\s+)?as|identified\s+(?:only\s+)?as|"
    r"(?:named|called)\s+only\s+as|"
    # "an activist based in Idlib province who goes by the name of Ahmad Ariha"
    r"(?:goes|going|went)\s+by\s+the\s+name(?:\s+of)?)"
    r"\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
_DETERMINED_HEAD = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.’'-]*-)?[a-z]")
_COMPOUND_ADJECTIVE_HEAD = re.compile(r"[A-Z][\w.’']*-[a-z]+(?:\s+[a-z][\w-]*)+$")
_PRONOUN_WORD = re.compile(r"\b(?:he|she|it|they|we|I|who|which|that)\b")


def _tail_noun_phrase(segment: str) -> str | None:
    """The noun phrase closing a clause ('… after what the UN' → None: 'what' makes it no
    attribution; '…, as the UN' → 'the UN')."""
    match = _TAIL_NP.search(segment)
    if not match:
        return None
    before = segment[: match.start("np")].split()
    if before and before[-1].lower() in _RELATIVE_PRONOUNS and not before[-1].isupper():
        return None
    np = match.group("np")
    if np[:1].islower() and np.split()[0] not in ("he", "she", "it", "they"):
        return None
    return np


def _last_segment(prefix: str) -> str:
    """The subject phrase at the end of prefix: after the last comma, colon or quotation."""
    prefix = re.sub(r"\s*\([^()]*\)$", "", prefix)
    # ("a Civilian Joint Task Force (CJTF) member": a short form inside is no part of it)
    prefix = _SHORT_FORM_INSIDE.sub("", prefix)
    # (wire copy's double hyphen is a dash: "… equipment -- local media stated …")
    segment = re.split(r"[,;:]\s+|_+\s*|\s(?:—|--)\s|\(\s*", prefix)[-1].strip()
    # ("The epidemic comes in cycles but a new study also (revealed …)": the clause after "but")
    segment = _BUT_BREAK.split(segment)[-1]
    clauses = _SUBORDINATE_BREAK.split(segment)
    # "Pugh resigned in May after federal authorities (said …)"; "X's resignation comes a day
    # after he (announced …)": the clause after the time it is measured from
    if len(clauses) > 1 and (_FINITE.search(clauses[0]) or _TIME_SPAN.search(clauses[0])):
        segment = clauses[-1]
    # ("… and one by one they condemned …": the manner, not the subject)
    return _MANNER_BEFORE_SUBJECT.sub("", _SUBORDINATORS.sub("", segment))


_MANNER_BEFORE_SUBJECT = re.compile(r"^(?:one by one|one after another|in turn)\s+")
_SHORT_FORM_INSIDE = re.compile(r"\s+\([A-Z][A-Za-z.&-]{1,9}\)(?=(?:\s+[a-z][\w’'-]*)+\s*$)")
# ("…, weeks after Smollett said …": a time, not part of the speaker's name)
_TIME_SPAN = re.compile(
    r"(?:^|\s)(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments|shortly|"
    r"soon|just|long|only)$"
)
_BUT_BREAK = re.compile(r"\s+but\s+(?=(?:a|an|the|its|their|his|her|[A-Z])\b)")
_SUBORDINATE_BREAK = re.compile(r"\s(?:after|before|when|because|since|until|once)\s+")


# a title that ends on the body it is held in, before the holder's name: "Leader of the House",
# "Speaker of the Senate", "Leader of the Opposition"
_HOUSES = ("House ", "Senate ", "Opposition ", "Assembly ", "Parliament ", "Council ", "Lords ")
_TITLE_OF_A_HOUSE = re.compile(
    r"\b(?:Leader|Speaker|President|Chairman|Chairwoman|Chair|Clerk|Deputy|Member)\s+of\s+the\s+"
    rf"(?:{'|'.join(house.strip() for house in _HOUSES)})\s+(?=[A-Z][a-z])"
)


_PARTICIPLE_PHRASE = re.compile(
    r"(?P<head>.*?\S)\s+(?:[a-z]{3,}ing\s+(?:from|at|in|on|for|with|after|before|outside|near)\s"
    # (its place already cut off: "The spokesman speaking")
    r"|(?:speaking|talking|writing|testifying|appearing)$)"
)
_NAME_FROM_EMPLOYER = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+)\s+from\s+(?:the\s+)?[A-Z][\w&.-]*"
    r"(?:\s+[A-Z][\w&.-]*)*$"
)
_PART_OF_PEOPLE = re.compile(
    r"^(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our)\s+of\s+(?:the|those)\s+"
    r"(?=[a-z]+s$)"
)
_COLLECTIVE_OF = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:small\s+|large\s+)?(?P<origin>[A-Z][a-z]+\s+)?"
    r"(?:group|team|panel|handful|delegation)\s+of\s+(?=(?:[A-Z][\w’'-]*\s+)?[a-z]+s\b)"
)


@lru_cache(maxsize=4096)  # a pure function of the words; names recur
def _head(phrase: str) -> str:
    """'Family members of those killed' → 'Family members'; 'Acting Assistant Attorney General
    Jeffrey H. Wood of the …' → '… Jeffrey H. Wood'; 'Yang and her colleagues' → 'Yang'."""
    titled = _TITLE_OF_A_HOUSE.search(phrase)
    if titled:
        phrase = phrase[titled.end() :]  # "Deputy Leader of the House Mukhtar Abbas Naqvi"
    holder = " of " in phrase and _name_after_office(phrase.split())
    if holder:
        return holder  # "Manager of opposition business Christopher Pyne"
    employed = _NAME_FROM_EMPLOYER.match(phrase)
    if employed:
        return employed.group("name")  # "Sean Langcake from Oxford Economics Australia"
    if " and " in phrase:
        # "Law and order Minister Ranjith Madduma Bandara": the name after the office
        titled = _titled_name_at_end(phrase)
        if titled and re.search(r"\band\s+[a-z]", phrase):
            return titled
    # "Some of the residents" → "residents": the people, not how many of them
    phrase = _PART_OF_PEOPLE.sub("", phrase)
    # "A group of Spanish scientists" → "Spanish scientists": the members, not the collective
    # ("An Italian team of scientists" → "Italian scientists")
    phrase = _COLLECTIVE_OF.sub(lambda found: found.group("origin") or "", phrase)
    # "the rebel Convention of Patriots for Justice …": a name after its side, not a description
    phrase = _ADJECTIVE_BEFORE_NAME.sub("", phrase)
    tokens = phrase.split()
    description = len(tokens) > 1 and tokens[1][:1].islower() and tokens[1] not in ("of", "for")
    doing = _PARTICIPLE_PHRASE.match(phrase) if description else None
    if doing and len(doing.group("head").split()) > 1:
        phrase = doing.group("head")  # "The minister speaking from the scene …": the minister
    phrase = re.split(
        r"\s+(?:of|for|from|at|in|on|with|by|under|against|who|which|that)\s+"
        + ("" if description else r"(?=[a-z]|the\b|The\b)"),
        phrase,
    )[0]
    phrase = re.split(r"\s+and\s+(?=[a-z])", phrase)[0]
    if phrase[:1].isupper() and not _INSTITUTION_AND.search(phrase):
        # "Yang and Chen" are two people; "Centres for Disease Control and Prevention" and
        # "Department of Health and Human Services" are one body
        people = re.split(r"\s+and\s+(?=(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z])", phrase)
        # "Minority Affairs Minister and Deputy Leader … Naqvi": titles stacked before one name
        stacked = len(people) == 2 and _is_title(people[0].split()[-1])
        phrase = people[-1] if stacked else people[0]
    phrase = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+(?=[A-Z])", "", phrase)
    return phrase.strip()


@lru_cache(maxsize=4096)  # a pure function of the words; names recur
def _is_description(raw: str) -> bool:
    """'Ukraine's air force', 'Media reports': a common noun after a name, not a title."""
    if re.search(r"[’']s\s+[a-z]", raw):
        # "Hamas's media office", "the minister's spokesman"; not "Lebanon's caretaker Prime
        # Minister Najib Mikati", where a title and a name follow
        tail = re.split(r"[’']s\s+", raw)[-1].split()
        titled = [i for i, token in enumerate(tail) if _is_title(token)]
        return not (titled and titled[-1] < len(tail) - 1 and tail[-1][:1].isupper())
    tokens = raw.split()[1:]
    lower = [index for index, token in enumerate(tokens) if token[:1].islower()]
    if lower and _is_title(tokens[lower[-1]]) and lower[-1] < len(tokens) - 1:
        return False  # "Houthi military spokesman Yahya Saree": a title, then the name
    return any(
        token[:1].islower()
        and not _is_title(token)
        and not re.fullmatch(_PARTICLE, token)
        and token not in ("of", "for")
        for token in tokens
    )


_GENERAL_COMPANIES = frozenset("Motors Electric Mills Dynamics Atomics".split())


_COMPANY_ENDINGS = frozenset("inc corp ltd plc llc co ag sa nv group holdings".split())
_NAME_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())


def _surname(name: str) -> str:
    """The last word of a person's name, before a suffix: "John B. King Jr." → "King"."""
    words = name.split()
    return words[-2] if len(words) > 1 and words[-1] in _NAME_SUFFIXES else words[-1]


@lru_cache(maxsize=4096)  # a pure function of the words; names recur
def _strip_titles(raw: str) -> str:
    """'Russian Defense Minister Sergei Shoigu' → 'Sergei Shoigu'; organisations stay whole."""
    # '"…," said Whitman Thursday': the day she said it, not part of her name
    raw = _TRAILING_DAY.sub("", raw)
    tokens = [_bare(_POSSESSIVE.sub("", token)) for token in raw.split()]
    while tokens and (
        tokens[0].lower() in _NOT_NAME_STARTS
        # "1st Lt. Nathan Perry" (not "the 2nd U.S. Circuit Court of Appeals")
        or re.fullmatch(r"\d+(?:st|nd|rd|th)", tokens[0])
        and len(tokens) > 1
        and _is_title(tokens[1])
    ):
        tokens.pop(0)
    holder = _name_after_office(tokens)
    if holder:
        return holder  # "Minister for Workplace Relations and Safety Iain Lees-Galloway"
    if tokens and (
        tokens[-1].lower() in _ORGANISATION_NOUNS
        or any(token.lower() in ("of", "for") for token in tokens)
    ):
        # "Lebanon's Health Ministry" keeps its owner as written; "Japan's Takeda
        # Pharmaceutical Co Ltd" is the company (a country does not own it)
        written = [_bare(token) for token in raw.split()][-len(tokens) :]
        if (
            len(written) > 2
            and tokens[-1].lower().rstrip(".") in _COMPANY_ENDINGS
            and _POSSESSIVE.search(written[0])
        ):
            written = written[1:]
        return " ".join(written[:-1] + tokens[-1:])
    if tokens and all(map(_is_title, tokens)):
        return " ".join(tokens)  # "The Prime Minister opened …": titles only, kept whole
    owners = [
        n
        for n, token in enumerate(raw.split()[-len(tokens) :][:-1])
        if _POSSESSIVE.search(token.rstrip(",."))
    ]
    if tokens and owners:
        # "Apple's Tim Cook", "NASA’s Dart spacecraft": what the owner has, not "Apple Tim Cook"
        tokens = tokens[owners[-1] + 1 :]
    last_title = -1
    for index, token in enumerate(tokens[:-1]):
        if (
            _is_title(token)
            and not (
                # "General Motors", "General Electric": a company, not a general
                (token == "General" and tokens[index + 1] in _GENERAL_COMPANIES)
                # "John B. King Jr.", "Martin Luther King Jr.": a surname before its suffix
                or tokens[index + 1 :] in (["Jr"], ["Sr"], ["II"], ["III"], ["IV"])
            )
        ):
            last_title = index
    name = " ".join(tokens[last_title + 1 :])
    return name.rstrip(",")


def _name_after_office(tokens: list[str]) -> str | None:
    """The person named after an office that holds "of"/"for" or ends on a title: "Minister
    for Workplace Relations and Safety Iain Lees-Galloway", "Illinois Department of Public
    Health Chief Medical Officer Jennifer Layden" → the last two words, when they read as a
    name and not as the end of the office ("… of Health and Human Services")."""
    if len(tokens) < 4:
        return None
    name, before = tokens[-2:], tokens[:-2]
    if before[-1].lower() in _PLACE_PREPOSITIONS:
        return None  # "the Minister of Health in Western Equatoria": a place, not a name
    if any(
        not token[:1].isupper()
        or _is_title(token)
        or token.lower() in _ORGANISATION_NOUNS
        or token in _OFFICE_WORDS
        for token in name
    ):
        return None
    # (the office anywhere before the name: "Presidential Chief of Staff Onyx Lorenzoni")
    offices = _is_title(before[-1]) or any(
        head.lower() in _OFFICE_HEADS and joiner.lower() in ("of", "for")
        for head, joiner in zip(before, before[1:], strict=False)
    )
    return " ".join(name) if offices else None


# titles that name an office with "of"/"for" after them: "Secretary of State", "Minister for …"
_OFFICE_HEADS = frozenset(
    # ("Manager of opposition business Christopher Pyne")
    "minister secretary commissioner director governor chancellor manager leader chief".split()
)
_PLACE_PREPOSITIONS = frozenset("in at from of for on near".split())


_OFFICE_BEFORE_AND = re.compile(
    r"\b(?:Minister|Secretary|Commissioner|Director|Governor|Chancellor)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}and\s+\Z"
)
_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?")
# words that end an office's name, never a person's: "… of Health and Human Services"
_OFFICE_WORDS = frozenset(
    "Services Affairs Relations Safety Development Defence Defense Justice Health Education "
    "Energy Environment Trade Industry Works Security Transport Transportation Labour Labor "
    "Finance Treasury Commerce Agriculture Housing State Culture Sport Sports Tourism Welfare "
    "Resources Communications Planning Employment Innovation Science Technology Prevention "
    "Control Statistics Protection Investigation Management Administration Office Department "
    "Ministry Commission Authority Council Agency Bureau Institute Staff Reserve Bank Fund "
    "Court Police Army Navy Force Forces Guard Command Nations Union States Kingdom "
    "Republic".split()
)


def _bare(token: str) -> str:
    """A token without trailing commas and full stops, except an initial's ("T.")."""
    token = token.rstrip(",")
    return token if re.fullmatch(r"(?:[A-Z]\.)+", token) else token.rstrip(".,")


def _titled_name_at_end(phrase: str, roles: frozenset[str] = frozenset()) -> str | None:
    """The two or three capitalised words that end a phrase after its last title word (or
    one of these role words, which may also open the phrase: "atmospheric scientist Susan
    Strahan", "scientist Susan Strahan")."""
    tokens = phrase.split()
    for index in range(len(tokens) - 3, -1 if roles else 0, -1):
        if _is_title(tokens[index]) or tokens[index].lower() in roles:
            name = tokens[index + 1 :]
            # (initials count: "L K Advani", "S. Subramaniam")
            if (
                len(name) <= 3
                and all(
                    (token[:1].isupper() and token[1:2].islower() and not _is_title(token))
                    or re.fullmatch(r"[A-Z]\.?", token)
                    # ("Colonel Yahya Abdullah al-Qahtani")
                    or re.fullmatch(r"(?:al|el|bin|ibn|abu|van|von|de|da|di)-[A-Z][\w’'-]*", token)
                    for token in name
                )
                and name[-1][1:2].islower()
            ):
                return " ".join(name)
            return None
    return None


def _is_title(token: str) -> bool:
    lowered = token.lower()
    if "-" in lowered and lowered not in _TITLE_WORDS:
        # "Vice-President", "Secretary-General", "Attorney-General": titles joined
        parts = lowered.split("-")
        return all(part in _TITLE_WORDS for part in parts) and len(parts) > 1
    return lowered in _TITLE_WORDS or lowered + "." in _TITLE_WORDS


def _subject_words(phrase: str) -> str:
    """The words of a subject phrase that can name a speaker ("" for none): no connective,
    adverb of time, ordinal, "-based", "federal", place after a role or dash before it."""
    # ('"…," – Left Party MP Susanne Ferschl said': the dash sets the quotation off)
    phrase = phrase.strip().strip(",").lstrip("-–— ")
    phrase = re.sub(r"\s*\([^)]*\)$", "", phrase).strip()
    phrase = _after_brackets_and_roles(phrase)
    phrase = _SUBORDINATORS.sub("", phrase)
    # "…, in which they said …": the subject after the relative, not the preposition
    phrase = _RELATIVE_AFTER_PREPOSITION.sub("", phrase)
    # "Then he immediately noted …": an adverb of time is no part of the subject
    phrase = re.sub(r"^(?:Then|Later|Earlier|Finally|Also|Still)\s+(?=[a-zA-Z])", "", phrase)
    # "In a statement a spokesman says …": how it was said, not who said it
    phrase = re.sub(
        r"^(?:In|in)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:statement|interview|email|e-mail|letter|release|post|tweet)\s+(?=[a-zA-Z])",
        "",
        phrase,
    )
    if re.match(r"(?:No|Neither|None)\b", phrase):
        return ""  # "No group has claimed responsibility": nobody speaks
    phrase = phrase.split(": ")[-1]
    phrase = re.sub(r"^\d+(?:st|nd|rd|th)\s+(?=[A-Z])", "", phrase)  # "1st Lt. Nathan Perry"
    phrase = _BASED_IN.sub("", phrase)  # "The London-based Amnesty International said"
    # "The federal Centers for Disease Control and Prevention said": the name
    phrase = _ADJECTIVE_BEFORE_NAME.sub("", phrase)
    if phrase[:1].isdigit():
        return ""  # "245 confirmed, probable or suspected cases … had been reported"
    # "A WHO official in Africa" is the WHO official: the place is not part of the role
    return _PLACE_AFTER_ROLE.sub(r"\1", phrase)


# Places that speak for an institution and look like a person's name.
_INSTITUTIONS = frozenset(
    "White House|Downing Street|Capitol Hill|Wall Street|Blue House|Elysee Palace|Élysée Palace|"
    "State Department|Foreign Office|Home Office".split("|")
)


def _is_organisation(name: str) -> bool:
    words = name.split()
    return (
        words[-1].lower() in _ORGANISATION_NOUNS
        or name.isupper()
        or name in _INSTITUTIONS
        # ("Statistics Canada", "Ministry of Health": a body's noun first)
        or (len(words) > 1 and words[0].lower() in _BODY_FIRST_WORDS)
    )


_BODY_FIRST_WORDS = frozenset(
    "statistics ministry department bureau agency commission council university institute "
    "directorate secretariat".split()
)


def _title_case(label: str) -> str:
    return " ".join(word[:1] + word[1:].lower() for word in label.split())


_KIN = frozenset(
    "neighbour neighbor sister brother wife husband son daughter mother father friend "
    "colleague partner widow widower cousin uncle aunt boyfriend girlfriend fiancee fiance "
    "client patient victim suspect defendant witness".split()
)
_AGE_AFTER = re.compile(r",\s*\d{1,3},")


# a sentence's first words, capitalised, before the name: "Shares of Alcoa Inc. jumped",
# "Two weeks ago Alcoa announced"
_NOT_THE_NAME = re.compile(
    r"^(?:(?:Shares|Stocks?|Units|Sales)\s+(?:of|in)\s+"
    r"|(?:One|Two|Three|Four|Five|Six|Several)\s+(?:days|weeks|months|years)\s+ago\s+)"
)
_ORDINAL_BEFORE = re.compile(r"\b(?P<ordinal>\d+(?:st|nd|rd|th))\s+\Z")
_NUMBERED_BODY = re.compile(r"\b(?:Circuit|District|Division|Brigade|Fleet|Army|Corps|Battalion)\b")


def _name_runs(text: str) -> list[re.Match]:
    """The capitalised runs that may name someone (not a stock ticker: "Ross Stores Inc
    (ROST.O)" had given the body "O")."""
    runs = list(_CAPITALISED_RUN.finditer(text))
    tickers = [found.span() for found in _TICKER.finditer(text)] if "(" in text else []
    if not tickers:
        return runs
    return [run for run in runs if not any(start <= run.start() < end for start, end in tickers)]


def _named_in_full(text: str, runs: list[re.Match]) -> set[str]:
    """ "Barack Obama and John McCain fought …; McCain told supporters …": a first name and a
    surname the copy goes on to use alone name a person, cue or none (not "Whether Ryan": a
    word the copy also writes in small letters is no first name)."""
    words = [_POSSESSIVE_END.sub("", run.group()) for run in runs]
    alone = {word for word in words if " " not in word}
    in_small_letters = set(_SMALL_WORD.findall(text)) if alone else set()
    return {
        name
        for name in words
        if _FIRST_AND_LAST.fullmatch(name)
        and name.split()[1] in alone
        and name.split()[0] not in alone
        and name.split()[0] not in _NOT_FIRST_NAMES
        and not _is_title(name.split()[0])
        and name.split()[0].lower() not in in_small_letters
        and not _is_organisation(name)
    }


def _mention_name(text: str, run: re.Match) -> tuple[str, bool]:
    """The name a capitalised run gives ("" for none), and whether a title held in a house
    makes it a person's: "Leader of the House Mukhtar Abbas Naqvi" → the name after the house;
    "Deputy Leader" before "of the House" → titles, no name."""
    name = _BASED_IN.sub("", _strip_titles(_NOT_THE_NAME.sub("", run.group())))
    ordinal = _ORDINAL_BEFORE.search(text, max(0, run.start() - 8), run.start())
    if ordinal and _NUMBERED_BODY.search(name):
        name = f"{ordinal.group('ordinal')} {name}"  # "the 4th U.S. Circuit Court of Appeals"
    words = name.split()
    if (
        len(words) >= 3
        and _PERSON_NAME.fullmatch(" ".join(words[-2:]))
        and _OFFICE_BEFORE_AND.search(text, max(0, run.start() - 80), run.start())
    ):
        # "Minister for Housing and Urban Renewal Tania Moore": the run after the office's
        # "and" ends on the holder's name
        return " ".join(words[-2:]), True
    if (
        name.startswith(_HOUSES)
        and len(name.split()) > 2
        and text.endswith("of the ", 0, run.start())
    ):
        return name.split(None, 1)[1], True
    if name and all(map(_is_title, name.split())):
        return "", False
    if name[:1].islower():
        return "", False  # "As of Thursday": no name once "As" goes
    if " of " in name:
        return _person_of_employer(text, run, name, False)
    suffix = _COMPANY_SUFFIX_AFTER.match(text, run.end())
    if suffix and " " not in name:
        return f"{name} {suffix.group('suffix')}", False  # "Mars, Inc." is a company: "Mars Inc"
    if name in _COMPANY_SUFFIXES:
        return "", False  # (the suffix of the name before it, never a name of its own)
    if " of " in run.group() and name == _name_after_office(
        [_bare(token) for token in run.group().split()]
    ):
        return name, True  # "Presidential Chief of Staff Onyx Lorenzoni": an office's holder
    return name, False


# "Analyst Matthew R. Boss of J.P. Morgan", "economist Jane Lee of Capital Economics": a
# person named with the employer after "of" (not "Bank of England", "Secretary of State")
_PERSON_OF = re.compile(
    r"(?:(?P<role>[A-Z][a-z]+)\s+)?(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+)"
    r"\s+of\s+[A-Z]"
)


def _person_of_employer(text: str, run: re.Match, name: str, held: bool) -> tuple[str, bool]:
    """The person's name out of "NAME of EMPLOYER" when a role or a middle initial shows that
    the name before "of" is a person's; otherwise the name as it was."""
    found = _PERSON_OF.match(name)
    if not found:
        return name, held
    role = found.group("role")
    before = text[max(0, run.start() - 25) : run.start()].lower().split()
    by_role = (role and role.lower() in _SPEAKING_ROLES) or (
        not role and before and before[-1].strip(",") in _SPEAKING_ROLES
    )
    if role and not by_role:
        return name, held
    if by_role or re.search(r"\s[A-Z]\.\s", found.group("name")):
        return found.group("name"), True
    return name, held


# what a name after it is the name of: never a person
_BODY_KINDS = _PUBLICATIONS | frozenset("weekly pollster agency company firm group channel".split())


def _names_a_person(text: str, run: re.Match, name_length: int) -> bool:
    """A title before the name, or a multi-word name introduced by a role or by 'said'."""
    tokens = run.group().split()
    last = tokens[-1].lower()
    if (
        last in _ORGANISATION_NOUNS
        or last in _PLACE_NOUNS
        or any(t in ("of", "for") for t in tokens)
        or tokens[0].lower() in _BODY_FIRST_WORDS  # "Statistics Canada said"
    ):
        return False  # nor "Montana State Prison", whatever its titles
    if " ".join(tokens[-2:]) in _INSTITUTIONS:
        return False
    if any(_is_title(token) for token in tokens[: len(tokens) - name_length]):
        # ("Former New York state Senate leader Dean Skelos": the title is the leader's)
        return not _TITLE_GOES_ON.match(text, run.end())
    before = [w.strip(",;:") for w in text[max(0, run.start() - 25) : run.start()].lower().split()]
    if before and before[-1] == "from" and name_length > 1:
        return False  # "Sean Langcake from Oxford Economics Australia said": where he works
    if before and before[-1] in _BODY_KINDS:
        return False  # "newspaper O Estado de S.Paulo found …": a body, however its name reads
    if before and before[-1] in _FEMALE | _MALE and before[-1] not in ("he", "she", "his", "her"):
        return True
    if before and before[-1] in _PERSON_ROLES | _KIN and 1 < name_length <= 4:
        return True  # "the former mayor, Ana Pop", "his neighbour Simon Lowe"
    if 1 < name_length <= 4 and _AGE_AFTER.match(text, run.end()):
        return True  # "Daniel Hart, 34,"
    return 1 < name_length <= 4 and bool(
        _ROLE_AFTER.match(text, run.end())
        or _SAID_BEFORE.search(text, max(0, run.start() - 20), run.start())
        or _SAID_AFTER.match(text, run.end())
    )


_ROLE_WORDS = frozenset(
    "spokesman spokeswoman spokesperson minister president judge prosecutor governor mayor "
    "senator ambassador envoy director chairman chairwoman chief commander economist analyst "
    "lawyer attorney coach manager secretary professor researcher official skipper captain".split()
)
# an epithet: "The Kota Baru MP", "Perikatan Nasional's chief parliamentary whip" (a place or a
# body, then the role; no name of its own)
_EPITHET = re.compile(
    r"(?:[Tt]he\s+(?:[A-Z][\w.-]*\s+){1,3}|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+)"
    r"(?:[a-z-]+\s+){0,2}(?P<role>[A-Za-z-]+)"
)
_TRAILING_DAY = re.compile(
    r"(?<=\w)\s+(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)[,.]?$"
)


def _background_after_speaker(part: str, before: str) -> bool:
    """'"…," said Radwanska, who won the Pan Pacific Open in 2011': the reporter's background on
    the speaker (the annotators mark 7 of 8 such tuning parts so; "who claims …" was read as
    speech before this is asked)."""
    return part.startswith("who ") and bool(_CLOSING_ATTRIBUTION_BEFORE.search(before))


_CLOSING_ATTRIBUTION_BEFORE = re.compile(
    rf"[”\"_],?\s+(?:said|says|added|told\s+\w+)\s+{_NAME_RUN},\s*$"
)
_ROLE_THEN_APPOSED_NAME = re.compile(rf",\s+(?P<name>{_NAME_RUN})\s*[.;]?\s*$")
_ALSO_BEFORE = re.compile(r"\balso\s+\Z")
# the head of a body, whom "the chief" names
_LEADING_ROLES = frozenset(
    "governor chairman chairwoman president director executive ceo minister secretary leader "
    "commissioner chancellor premier mayor chief head".split()
)
# Roles a person is named by ("the nominee", "the Vermont senator", "the first lady").
_PERSON_ROLES = _ROLE_WORDS | frozenset(
    "nominee candidate senator lady congressman congresswoman representative chancellor "
    "executive "
    "premier leader ceo founder co-founder defendant widow mother father wife husband soldier "
    "doctor physician nurse chairwoman vice-president challenger incumbent contender "
    "frontrunner front-runner billionaire businessman businesswoman".split()
)
_EPITHET_ROLES = _PERSON_ROLES | frozenset("mp whip lawmaker legislator councillor".split())
# every role that names a speaker: people's roles and occupations ("lead scientist Alan Stern")
_SPEAKING_ROLES = _PERSON_ROLES | _WORK_ROLES
# a description going on after a titled run, to a role and its holder's name: " state Senate
# leader Dean Skelos"
_TITLE_GOES_ON = re.compile(
    r"\s+[a-z][a-z-]+(?:\s+(?:[A-Z][\w.-]*|[a-z][a-z-]+)){0,3}?\s+"
    rf"(?:{'|'.join(sorted(_PERSON_ROLES))})\s+[A-Z][a-z]"
)
_ROLE_BEFORE = re.compile(r"\b([a-z]+),?\s+$")  # "the spokesman Bob Lee", "the chief, Bob Lee"


def _roles_of(text: str, run: re.Match) -> set[str]:
    """Role words given with a name: a title in it ('Judge Ann Lee'), just before it ('the
    spokesman Bob Lee') or in an appositive after it ('Bob Lee, a spokesman for …')."""
    words = {token.lower().rstrip(".") for token in run.group().split()[:-1]}
    before = _ROLE_BEFORE.search(text, max(0, run.start() - 30), run.start())
    if before:
        words.add(before.group(1))
    after = _ROLE_AFTER.match(text, run.end())
    if after:
        words.update(after.group().lower().replace(",", " ").split())
    return words & (_PERSON_ROLES | _SCHOLARS)


def _gender_of_title(raw: str) -> str | None:
    for token in raw.lower().split():
        token = token.rstrip(".")
        if token in _FEMALE or token + "." in _FEMALE:
            return "f"
        if token in _MALE or token + "." in _MALE:
            return "m"
    return None


def _gender_of(text: str, run: re.Match) -> str | None:
    """Gender cue in the title or the role word just before the name ('his widow, Mrs X')."""
    title = _gender_of_title(" ".join(run.group().split()[:-1]))
    if title:
        return title
    before = [w.strip(",;:") for w in text[max(0, run.start() - 25) : run.start()].lower().split()]
    if before:
        word = before[-1].strip(",")
        if word in _FEMALE and word not in ("she", "her"):
            return "f"
        if word in _MALE and word not in ("he", "his", "him"):
            return "m"
    return None


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(". ", 0, position) + 2, text.rfind("\n", 0, position) + 1, 0)


def _gender_after(text: str, position: int, begin: int | None = None) -> str | None:
    """The first he/she/his/her within the sentence after a name, when no other name comes
    between ('Tamam Abu Rizq told AFP … and she …')."""
    window = text[position : position + 160]
    stop = re.search(r"[.!?]\s|\b[A-Z][a-z]+\s+[A-Z][a-z]+", window)
    window = window[: stop.start()] if stop else window
    # ("Judge X announced the penalty for the powerbroker, citing his health …, she gave him":
    # a possessive may be the object's; a subject pronoun goes on with the subject)
    pronoun = _SUBJECT_PRONOUN.search(window) or _GENDER_PRONOUN.search(window)
    if (
        pronoun
        and _SPEECH_THEN_POSSESSIVE.search(window, 0, pronoun.end())
        and begin is not None
        and _OTHER_NAME_BEFORE.search(text, _sentence_start(text, begin), begin)
    ):
        # ("Jail Jackson for 12 months, Recorder Caroline Goodwin said his behaviour …": the
        # possessive may be the man named before her; "Defence lawyer Mark Dunn said his
        # client …" names no one else, and the cue stands)
        return None
    if not pronoun:
        return None
    return "f" if pronoun.group().lower() in ("she", "her", "hers") else "m"


# wire copy may close a straight quotation with two apostrophes: 'exposed the "weakness'' of'
# (also after the quotation's own punctuation: '"It should be quite interesting,'' Haas said.')
_TWO_APOSTROPHES = re.compile(r"(?<=[\w,.!?])''(?!\w)")


def _closing_apostrophes(sentence: str) -> str:
    """The sentence with a closing '' read as a closing '"' (same length, offsets kept), when it
    closes an odd straight quotation mark."""
    if sentence.count('"') % 2 and "''" in sentence:
        return _TWO_APOSTROPHES.sub("\"'", sentence, count=1)
    return sentence


def _mask_quotes(sentence: str, starts_inside: bool) -> tuple[str, bool]:
    """Hide quoted words (as '_') so attributions are searched in the reporter's words only;
    also tells whether the sentence holds any quotation."""
    if not starts_inside and not _QUOTE_MARK.search(sentence):
        return sentence, False
    original = sentence
    sentence = _closing_apostrophes(sentence)
    chars = list(sentence)
    inside = starts_inside
    for index, char in enumerate(sentence):
        # a straight mark closes a quotation opened with a curly one: '“The 1,000th case …",
        # HHS Secretary Alex Azar said' (mixed marks are common in copied copy)
        if char == _OPEN_QUOTE or char == '"' and not inside:
            inside = True
        elif char == _CLOSE_QUOTE or char == '"' and inside:
            chars[index] = "_"
            inside = False
            continue
        if inside or sentence[index - 1 : index + 1] == "\"'" != original[index - 1 : index + 1]:
            chars[index] = "_"  # (and the second apostrophe of a closing '')
        elif sentence[index] != original[index]:
            chars[index] = original[index]
    return "".join(chars), True


def quotes_a_clause(text: str, masked: str) -> bool:
    """Whether the quotation marks hold the speaker's own clause ("… shook the place like an
    earthquake") rather than a scare quote or a phrase ("flawed", "safe zone"); a quotation
    introduced by a colon ('said: "Dynamite numbers …"') is the speaker's words too."""
    if "_" not in masked:
        return False
    for quoted in re.finditer(r"_+", masked):
        words = text[quoted.start() : quoted.end()].strip('“”" ').split()
        if len(words) >= 3 and (
            _FINITE_IN_QUOTE.search(" ".join(words))
            or _COLON_BEFORE.search(masked, 0, quoted.start())
        ):
            return True
    return False


def _ends_inside_quote(sentence: str, starts_inside: bool) -> bool:
    """Whether a quotation is still open after the sentence (it continues in the next one)."""
    if not _QUOTE_MARK.search(sentence):
        return starts_inside
    opened = starts_inside
    for char in _closing_apostrophes(sentence):
        if char == _OPEN_QUOTE:
            opened = True
        elif char == _CLOSE_QUOTE:
            opened = False
        elif char == '"':
            opened = not opened
    return opened
