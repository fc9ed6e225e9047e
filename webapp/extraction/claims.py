"""Claims from article text: sentences, split into independent checkable parts, with kind,
speaker and a check-worthiness score."""

import re

from webapp.extraction import rules
from webapp.extraction.checkability import unverifiable_reason
from webapp.extraction.scoring import score_passage
from webapp.extraction.sentences import sentence_bounds
from webapp.extraction.speakers import ADDED_COUNT, SPEECH_VERB, Attribution, SpeakerTracker
from webapp.extraction.types import Claim
from webapp.extraction.wording import is_opening_straight_quote, sentence_wording

_MIN_WORDS = 4
# Longer "sentences" are tables or run-on text, not prose worth splitting (and cost O(n²)).
_MAX_SPLIT_CHARS = 1000
_WORD = re.compile(r"\w+")
# Where a sentence can hold two independent claims: "; ", ", while ", "and" + a second
# predicate of the same subject, or ", and"/", but" + a new clause with its own verb.
# Nouns that end in -ing, which do not make "with …" an absolute clause.
_ING_NOUNS = (
    r"(?:nothing|something|anything|everything|morning|evening|building|funding|meeting|"
    r"spending|housing|training|bombing|shooting|wedding|ceiling|king|during|bring|ring|"
    r"thing|wing|clothing|heating|lending|rating|ruling|hearing|warning|offering)\b"
)
_FIGURE_ITEM = (
    # ("In California, the median is $712,430, $630,000 in Southern California")
    r"(?:[$€£]?\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+){0,2}"
    r"(?:in|for|at|from)\s+(?:the\s+)?[A-Z]"
)
_RANK_WORD = (
    r"(?:most|highest|lowest|biggest|largest|smallest|fewest|best|worst|first|strongest|"
    r"weakest|fastest|slowest|steepest|sharpest|deepest)"
)
# Irregular past tenses that open a second predicate as "[a-z]+ed" does for regular ones.
_IRREGULAR_PAST = rules.IRREGULAR_PAST
_CHANGE_VERB = (
    r"(?:rose|fell|grew|dropped|jumped|climbed|slipped|increased|decreased|declined|gained|slid|"
    r"sank|soared|plunged|tumbled|surged|edged\s+(?:up|down|higher|lower))"
)
# an "as" clause with its own subject and verb: "… as many consumers are waiting for …", "… as
# it completes its first year", "… as Whole Foods saw sales fall" (not "as he said")
_AS_VERB = (
    r"(?:[a-z]+ly\s+)?(?!(?:said|says|told|tells|wrote|writes|added|adds|noted|notes|explained|"
    r"explains|reported|reports|stated|states|announced|argued|claimed|insisted|acknowledged|"
    r"admitted|recalled|testified|suggested|described|warned"
    # (nor an ongoing circumstance: "… higher profit as its customers continued to buy more")
    r"|continue|continues|continued)\b)"
)
_AS_AUXILIARY = (
    r"(?:is|are|was|were|has|have|had|will|would|could|can|did|does)\b(?!\s*[,.;:!?—–-])"
)
_AS_SUBJECT_VERB = (
    # (not a comparison: "… not by estimates as it does with death totals")
    # (nor "as you would say", "as Senator Kennedy did,": a comparison)
    rf"(?:(?:he|she|it|they|we|I)\s+{_AS_VERB}(?!does\b)(?:[a-z]{{2,}}s|{_AS_AUXILIARY}|"
    rf"[a-z]{{3,}}ed|{_IRREGULAR_PAST})"
    # ("as unbeaten Liverpool went three points clear": a name after its epithet)
    r"|(?:the|a|an|its|his|her|their|our|many|more|some|most|(?:[a-z]{4,}\s+)?[A-Z][\w’'.-]*)\s+"
    rf"(?:(?!(?:and|or|but|to|as|that|which|who)\b)[\w’'.-]+\s+){{0,4}}?{_AS_VERB}"
    rf"(?:{_AS_AUXILIARY}|[a-z]{{3,}}ed|{_IRREGULAR_PAST}|went|came)"
    r")\b"
)
_OTHER_SIDE_SAID = (
    r"(?:his|her|their|its)\s+(?:[a-z]+\s+)?(?:lawyers|attorneys|lawyer|attorney|opponents|"
    r"rivals|critics|supporters)\s+(?:said|argued|asked|sought|urged|contended|countered)\s"
)
_CLAUSE_BREAK = re.compile(
    # every break opens with a comma, a semicolon or spaces before one of these words, each
    # followed by a space: skip other positions at once
    r"(?=[,;]|\s+(?:and|but|as|after|following|while|when|whereas|saying|declaring|stating|pledging|"
    r"announcing|[—–]|-{1,2})\s)"
    # terms of a sentence, one fact each: "He must pay a $6,000 fine and undergo counselling",
    # "She barred him from drinking … and ordered him to follow a programme"
    r"(?:(?P<court_term>\s+and\s+(?=(?:also\s+)?(?:undergo|serve|pay|forfeit|perform|complete|"
    r"register|ordered|barred|banned|fined|sentenced)\s))"
    r"|(?P<independent>;\s+|,\s+(?:while|whereas|although|though|even after|even as|"
    r"even though|even before)\s+"
    r"|,\s+as\s+(?=(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:says|said)\b)"
    # "… at the high end — although prosecutors said that calculation understated one factor"
    r"|\s+[—–]\s+(?:although|though|even though|whereas)\s+)"
    # "…, the military said, adding that six men were killed": the speaker's second claim
    # ("adding to the French Open crown she won" is a sum, not a remark)
    r"|(?P<continued>,\s+(?:saying|adding|noting|arguing|insisting|contending)(?:\s+that)?\s+"
    r"(?!to\s))"
    # a fact against the one before it: "…, despite a sizeable Tory rebellion", "…, despite
    # efforts by Democrats to stall it" (without the comma it stays: "remained positive
    # despite being last")
    # (whatever follows: "…, despite being behind in the majority of national polls",
    # "…, despite polls showing Yeltsin in the lead")
    r"|(?P<despite>,\s+(?=despite\s+\w))"
    # a promise after what the subject did: "Kerry spoke in Warren, pledging to be a champion …"
    r"|(?P<pledging>,\s+(?=(?:pledging|promising|vowing)\s+to\s))"
    r"|(?P<predicate>,?\s+and\s+(?!(?:suggested|concluded|found|noted|argued|claimed|warned|"
    r"acknowledged|admitted|showed)\s+that\s)"
    r"(?=(?:has|have|had|is|was|are|were|will|would|can|could|must|did\s+not|"
    rf"also|then(?!\s+[A-Z])|later(?!\s+[A-Z])|[a-z]+ed|{_IRREGULAR_PAST})\b))"
    # (not a list item with its figure, "…, and Central Visayas with 9,259": see gapped)
    r"|(?P<clause>,\s+(?:and|but|so|yet)\s+(?!(?:[A-Z][\w.’'-]*\s+){1,3}with\s+[$€£]?\d)"
    r"(?=(?:then\s+|later\s+|now\s+|(?:in exchange|in return|"
    r"in addition|as a result|at the same time),\s+)?"
    r"(?:he|she|they|it|we|I|the|a|an|no|its|his|her|both|all|some|many|most|several|"
    r"their|[A-Z][\w’'-]*|(?:(?:about|nearly|almost|roughly|some|more than|at least|only|just)\s+)?"
    r"\d[\d.,]*%?|(?:tens|hundreds|thousands|millions|dozens|scores)\s+of"
    # ("…, but only one country in eight is on track": a spelled count after its qualifier)
    r"|(?:about|nearly|almost|roughly|more than|at least|only|just)\s+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    # ("…, but three spent Monday morning apart")
    r"|(?:two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:[a-z]{3,}ed|"
    rf"{_IRREGULAR_PAST}|of|were|had|have)\b))\b"
    # (a subject, not a verb: ", but was delayed twice …" borrows its subject)
    r"|(?!(?:was|were|is|are|has|have|had|will|would|could|did|then|also|later|said|says|told|"
    r"added|noted|stated)\b)"
    r"(?![a-z]+ed\b)[a-z]+\s+(?:[a-z]+\s+)?(?:rose|fell|grew|dropped|jumped|climbed|slipped|was|were|is|"
    # "…, and defense attorneys said it overstated several": another side's claim
    # ("…, so reporters would not be allowed to cover the meeting": a modal)
    r"are|had|has|said|say|says|would|could|will|can|may|might|must|should|[a-z]+ed)\b)"
    # "We will face resistance and we will meet it": a clause of its own after "and" with a
    # pronoun subject and no comma (the annotators split 30 such tuning clauses, keep 16)
    r"|(?<=\w)\s+and\s+(?=(?:I|we|he|she|they)\s+(?:[a-z]+\s+)?(?:am|is|are|was|were|have|has|had|"
    rf"will|would|can|could|must|shall|don’t|don't|didn’t|didn't|[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b)"
    r"|\s+but\s+(?=[A-Z][\w’'-]+\s+[A-Z]"
    # "… went on sale in June but its impact was limited", "… but Huvelle turned them down"
    r"|(?:(?:its|his|her|their|the)\s+(?:[\w’'-]+\s+){1,5}|[A-Z][\w’'-]+\s+"
    # "No one abstained but 18 lawmakers were absent"
    r"|(?:\d[\d,.]*%?|most|many|several|both)\s+(?:[\w’'-]+\s+){0,4}"
    # "… the poor third quarter but analysts were now concerned", "… in the fighting but new
    # worries emerged", "… for the bombing but Taliban militants have in the past …"
    r"|(?:[A-Z][\w’'-]+\s+|(?!(?:with|without|for|from|into|over|under|after|before)\b)"
    r"[a-z]{3,}\s+)?[a-z]{3,}s\s+)"
    r"(?:was|were|is|are|had|has|have|did|rose|fell|grew|sank|slid|[a-z]{3,}ed)\b))"
    # a place with its own fact: "… goes to the House, where Republicans hold a slim majority",
    # "… was summoned on Monday, where Pakistan conveyed its concern"
    # (and a count: "…, where 30,000 troops are pitted against …")
    r"|(?P<where_clause>,\s+(?=where\s+(?:(?:the|its|their)\s+|(?:some\s+|about\s+|nearly\s+|"
    r"more than\s+)?\d[\d,.]*\s+)?(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:[a-z][\w’'-]*\s+)?(?:[a-z]+ly\s+)?(?:hold|holds|held|have|has|had|is|are|was|were|"
    rf"continued|[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b))"
    r"|(?P<relative>,\s+(?=(?:which|who)(?:’d|'d)\s+[a-z]+|(?:which|who)\s+"
    r"(?:(?:\w+ly|also|still|already|later|earlier|then)\s+)?"
    r"(?:is|was|were|are|has|had|have|"
    r"would|will|could|"
    # "…, which took place around 8 p.m. in Gerda Serai district"
    rf"[a-z]+ed|[a-z]+s|{_IRREGULAR_PAST})\b))"
    # number-dense sentences: "earnings of $9.30 a share and revenue of $37 billion"
    # (not the manner "one by one": "… and one by one they condemned the president")
    r"|(?P<object>\s+and\s+(?!one\s+by\s+one\b)(?=[a-z]+(?:\s+[a-z]+)?\s+(?:of|at|to|by)\s+(?:[$€£]?\d|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)))"
    # "rose to 58,114, more than 45 times the 2022 total"
    # (", and well above the analyst consensus of $1.90" too)
    r"|(?P<comparison>(?:,(?:\s+and)?|\s+(?:-{1,2}|[—–]))\s+(?=(?:well\s+|far\s+|still\s+)?"
    r"(?:more than|less than|"
    r"fewer than|nearly|almost|about|roughly|"
    r"up from|down from|compared with|compared to|double|triple|twice|just under|just over|"
    r"just below|just above|below|above|short of|ahead of|in line with|versus|vs\.?)\b[^,]{0,30}"
    # (a rate in words: "…, well below the two per cent level deemed right")
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:per\s*cent|percent)\b)"
    # "…, three points higher than Friday"
    r"|(?:\d[\d.,]*%?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+){0,2}"
    r"(?:higher|lower|more|less|fewer)\s+than\b"
    r"|(?:up|down)\s+[\d.,]+\s*(?:%|percent|per cent)\s+from\b"
    # "…, 95% up on the $3bn it made a year ago"
    r"|[\d.,]+\s*(?:%|percent|per cent)\s+(?:up|down|higher|lower)\s+(?:on|from)\b"
    # "…, better than the $29.8 billion that analysts … expected"
    r"|(?:better|worse|higher|lower|bigger|smaller|stronger|weaker|faster|slower)\s+than\s"
    r"[^,;]{0,40}\d"
    # "It sold 4.69m iPads in the quarter, below expectations"
    r"|(?:well\s+|slightly\s+|just\s+)?(?:below|above|ahead\s+of|short\s+of|in\s+line\s+with|"
    r"better\s+than|worse\s+than)\s+(?:the\s+)?"
    r"(?:(?:analysts?|economists|market|Wall\s+Street)[’']?s?\s+)?"
    r"(?:expectations|forecasts?|estimates|projections|hopes|consensus)\b"
    # "…, compared to analysts' projections for the same rate of growth … at 2.2%"
    r"|compared\s+(?:to|with)\s[^,;]{0,90}\d"
    # "… showed a 1.2 per cent monthly rise, against a 1.4 per cent jump in November"
    r"|against\s+(?:a|an)\s+[$€£]?\d[^,;]{0,40}\b(?:rise|increase|gain|jump|drop|decline|fall|"
    r"decrease|loss|profit)\b"
    r"|(?:more than\s+|nearly\s+|almost\s+)?\d[\d.,]*\s+times\b"
    r"|(?:a|an)\s+(?:[a-z]+\s+)?(?:rise|increase|gain|jump|drop|decline|fall|decrease|record)"
    r"\s+(?:of|from|for|over)\b[^,;]{0,80}\d"
    # "…, a 49 percent increase from a year ago"
    r"|(?:a|an)\s+[\d.,]+\s*(?:%|percent|per cent)\s+(?:rise|increase|gain|jump|drop|decline|"
    r"fall|decrease)\b"
    # "… in front of 40,000 people, a record for her in a campaign …"
    r"|(?:a|an)\s+(?:new\s+|all-time\s+)?record\s+(?:for|in|since)\b"
    # "…, a record low and well below the 95% target"
    r"|(?:a|an)\s+(?:new\s+)?record\s+(?:low|high)\b"
    r"|(?:nearly|almost|about|roughly|more than|less than)\s+(?:twice|double|triple|half)\s"
    r"(?:the|that|what|its|their|his|her|last)\b"
    # "…, the most since February", "…, the highest in a decade"
    # (and "…, the highest it's been since October 2021")
    r"|(?:the|its|their)\s+(?:most|highest|lowest|biggest|largest|smallest|fewest|best|worst)"
    r"\s+(?:(?:it|they)(?:['’]s|['’]ve|\s+has|\s+have)\s+been\s+)?(?:since|in|for|on\s+record)\b"
    # "…, the largest gain in five months", "…, the steepest drop since 2009"
    rf"|(?:the|its|their)\s+{_RANK_WORD}\s+(?:[a-z-]+\s+){{1,2}}(?:since|in|for|on\s+record|ever)\b"
    # "…, a stronger performance than the government had expected"
    r"|(?:a|an)\s+(?:much\s+|far\s+|slightly\s+)?(?:stronger|weaker|better|worse|bigger|smaller|"
    r"faster|slower|higher|lower|larger|sharper|steeper)\s+(?:[a-z-]+\s+){0,2}than\b))"
    # a second figure of the same results: "earned $3.48 billion, or 35 cents a share, on revenue
    # of $10.81 billion", "jumped 85%, with iPhone sales of 18.65m", "to expect revenue of …,
    # with per-share earnings between 30 cents and 32 cents"
    r"|(?P<with_figure>,\s+(?=on\s+(?:revenue|sales|turnover)\s+of\s+[$€£]?\d"
    r"|with\s+(?:[\w-]+\s+){1,3}(?:of|between|ranging\s+from)\s+(?:a\s+|an\s+)?[$€£]?\d"
    # "…, with around 18,000 to 20,000 in north Pacific waters": a share of the figure before
    r"|with\s+(?:(?:around|about|some|nearly|roughly|almost|more\s+than|at\s+least)\s+)?"
    r"\d[\d,.]*(?:\s+to\s+\d[\d,.]*)?\s+(?:[a-z]+\s+){0,2}(?:in|at|on)\s))"
    # "climbed 0.7% last month following a downwardly revised 1.8% decrease in July"
    r"|(?P<prior_figure>,?\s+(?=(?:following|after)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}[$€£]?\d"
    r"[\d.,]*\s*(?:%|percent|per cent)?\s+(?:[a-z-]+\s+)?(?:rise|increase|gain|jump|drop|"
    r"decline|fall|decrease|advance|dip|climb|slump)\b"
    # "… added 140,000 jobs after a revised gain of 117,000"
    r"|(?:following|after)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:rise|increase|gain|jump|drop|"
    r"decline|fall|decrease|advance|dip|climb|slump)\s+of\s+[$€£]?\d"
    # "… rose 0.3 percent in May after climbing 0.4 percent in April"
    r"|(?:following|after)\s+(?:[a-z]+ly\s+)?(?:rising|falling|climbing|increasing|declining|"
    r"dropping|gaining|jumping|slipping|edging|advancing|sliding)\s[^,;]{0,40}\d))"
    # "It's the first increase since May and the highest level since June": a second rank
    rf"|(?P<ranked_and>\s+and\s+(?=(?:the|its|their)\s+{_RANK_WORD}\s+(?:[a-z-]+\s+){{0,3}}"
    r"(?:since|in|for|on\s+record|ever)\b))"
    # "Home builders broke ground …, but took out the fewest permits in five years": a
    # second predicate of the same subject, in contrast
    # ("… ended the year 2% down but was up 1 percent without currency": with an auxiliary, and
    # without the comma, as well)
    r"|(?P<but_predicate>,?\s+but\s+(?=(?:also\s+|then\s+|still\s+)?(?!said\b)(?:(?:[a-z]{3,}ed|"
    rf"{_IRREGULAR_PAST}|is|was|are|were|has|have|had|would|could|will|did|does|can|may|might|"
    r"must|should)\s+(?!that\b|to\b)\w"
    # ("…, but tried to convince jurors …", "but failed to win": what was tried is a fact)
    r"|(?:tried|failed|refused|declined|managed|agreed|sought|vowed|promised)\s+to\s"
    # ("… were driven out of Mogadishu in 2011 but still control swathes of territory")
    r"|(?<=still )(?!(?:more|less|far|well|below|above|short|strong|high|low|very|much)\b)"
    r"[a-z]{4,}\s+(?:out\s+)?(?:a|an|the|its|their|his|her|some|many|most|much|large|swathes|frequent|"
    r"[a-z]+s)\b)))"
    # "Romania recorded the most cases, followed by Kazakhstan with 13,000"
    r"|(?P<runner_up>,\s+(?=followed by\b))"
    # "rose from 4.3% to 4.4% as a large rise in employment was offset by …"
    r"|(?P<cause>\s+as\s+(?<!well as )(?<!such as )(?<!so as )(?<!soon as )"
    r"(?:(?=(?:a|an|the|its|their|[a-z]+)\s)(?!(?:well|as|long|soon|much|"
    r"many\s+as|usual|expected|part|of|if|though|it|he|she|they|we|you|this|that|is|was|has|"
    # ("quoted Professor Annim as saying that …": what he was quoted as saying)
    r"saying|telling|stating|having|being|a\s+"
    r"result|such|far|early|late|little|few|recently|planned|scheduled|agreed|required)\b)"
    rf"|(?=(?:he|she|it|they|we|I|you|[A-Z])[\w’'.-]*\s)(?={_AS_SUBJECT_VERB})))"
    # "… said that an assessment was done and that the coalition knew …": a second clause of
    # what was said
    r"|(?P<and_that>\s+and\s+(?=that\s+(?:so far\s+|now\s+|currently\s+)?"
    r"(?:the|a|an|it|he|she|they|there|[A-Z]|\d"
    # ("… and that pairing was not an issue")
    r"|[a-z]+\s+(?:was|is|were|are|had|has|have|will|would)\b)))"
    # "… have sent a letter to Schumer pledging they will vote …": what the letter says
    r"|(?P<statement_clause>\s+(?=(?:saying|declaring|stating|pledging|announcing)\s+"
    r"(?:that\s+)?(?:they|it|he|she|we)\b))"
    # "ordered him to serve 36 months … and to do 300 hours of community service"
    r"|(?P<to_figure>\s+and\s+(?=to\s+[a-z]+\s+(?:[a-z]+\s+)?[$€£]?\d))"
    # "… occurred on Wednesday night and it was not clear whether …"; "It said the incident
    # would be reviewed and officials would decide …"
    r"|(?P<and_clause>\s+and\s+(?=(?:it|there)\s+(?:was|is|were|are|has|had|will|would)\b"
    r"|(?:the\s+)?[a-z]+s\s+(?:will|would)\s+(?:be\s+)?[a-z]+"
    # a second count with its own verb: "30 militants were killed and five others were
    # detained", "… were killed and one was wounded"
    r"|(?:\d+(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:(?!and\b)[\w-]+\s+){0,3}?(?:also\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"[a-z]+ed\b))"
    # "… posted a higher profit and said it expected …": what the subject said is a claim
    r"|(?P<and_said>,?\s+(?:and|but)\s+(?=(?:also\s+|only\s+)?(?:said\s+(?:\w+\s+){0,3}(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s)|"
    # ("Doctors have reported a soaring number of cases, and say it corresponds to …")
    r"(?:said|says|say|told|added|announced)\s+"
    r"(?:that\s+|it\s+|he\s+|she\s+|they\s+|the\s+|[A-Z][\w’'-]*[’']s\s+"
    # ("… a mandatory life sentence, and said Long intends to appeal his conviction")
    r"|(?:[A-Z][\w’'-]+\s+){1,2}(?:[a-z]+ly\s+)?(?:[a-z]{3,}s|[a-z]{3,}ed|had|has|was|were|"
    r"would|will|could|is)\b)"
    r"|(?:suggested|concluded|found|noted|argued|"
    r"claimed|warned|acknowledged|admitted|showed)\s+that\s)))"
    # "Exports fell 3% and imports rose 2%": two subjects, two figures
    # "… cut 500 jobs last year and plans to cut another 300": a plan after a fact
    r"|(?P<plan>,?\s+and\s+(?=(?:now\s+|also\s+)?(?:plans|intends|aims|expects)\s+to\s+[a-z]+))"
    # (also after "while": "Exports rose 5% while imports fell 2%")
    r"|(?P<numbered_clause>\s+(?:and|while|whereas)\s+(?=(?:the\s+|its\s+|their\s+)?[a-z]+"
    r"(?:\s+[a-z]+)?\s+"
    r"(?:rose|fell|grew|dropped|jumped|climbed|slipped|increased|decreased|declined|gained|"
    r"reached|totall?ed|stood|had|recorded)\s"
    # "Prosecutors had urged at least 6½ years while his lawyers said he should get two": the
    # other side's own statement
    rf"|{_OTHER_SIDE_SAID}"
    # "… grew 0.84 percent in July-September while it was 2.07 percent a year earlier"
    r"|(?:it|they)\s+(?:was|were|stood\s+at|had\s+been)\s+[$€£]?\d"
    # "Some 30 militants were killed and five others were detained", "… died and more than
    # 10 militants were killed"
    r"|(?:(?:more than|at least|about|nearly|some|over|up to|only|just)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+"
    r"(?:[a-z]+\s+)?(?:(?:were|was|have been|had been)\s+[a-z]+ed|died|fled|drowned"
    # "364 members voted this time while only 297 had voted earlier"
    r"|had\s+[a-z]+ed|(?:went|are|were|remain|remained)\s+missing)\b"
    # "72% of the cases involved males and 16% were from users under 18": a share of its own
    r"|\d[\d.]*\s*(?:%|percent|per cent)\s+(?:were|was|are|is)\s+(?:from|in|among|under|over|aged|"
    r"between)\b"
    # "five of its workers were killed and five injured by …": the verb left out
    r"|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+"
    r"(?:others\s+|more\s+)?(?:injured|wounded|hurt|arrested|detained|missing)\b))"
    # "… organized a campaign after more than 3,000 suspected cases were reported"
    r"|(?P<after_count>\s+after\s+(?=(?:more than\s+|at least\s+|some\s+|about\s+|nearly\s+)?"
    # (a spelled count too: "… was 48 after four new confirmed cases were registered")
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
    r"thousands)\s+(?:[a-z-]+\s+){0,3}(?:were|was|had|have)\s))"
    # the attack a casualty count came from: "At least 24 militants were killed last week when
    # ethnic Baluch separatists launched raids …", "… were killed, mostly police, when a
    # suicide bomber … blew himself up" (a time, "when the judge handed down …", stays)
    r"|(?P<casualty_when>,?\s+when\s+(?=(?![a-z]+ing\s)[\w’'-]+\s"
    r"(?:[\w’'-]+\s+){0,8}?(?:[a-z]{3,}ed|blew|blown|struck|hit|shot|threw|drove|set|opened|"
    r"stormed)[\s.,;]))"
    # an absolute clause counting its own group: "…, with three testifying against him",
    # "…, with most of its money coming from …"
    r"|(?P<absolute>,\s+(?=with\s+(?:just\s+|only\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"most|many|some|half|several|dozens|hundreds|thousands|about|nearly|more than|at least)"
    r"\b(?:\s+(?!in\b|on\b|at\b)[\w$€£.,%’'-]+){0,5}\s+"
    rf"(?!{_ING_NOUNS})[a-z]{{2,}}ing\b"
    # "…, with retailers accounting for more than half of the jobs created", "…, with much of
    # the increase occurring in clothing stores"
    r"|with\s+(?:(?:the|its|their|much|most|many|some)\s+)?(?:of\s+the\s+)?(?:[a-z-]+\s+){0,2}"
    rf"(?!{_ING_NOUNS})[a-z]{{2,}}(?:s|e)\s+(?!{_ING_NOUNS})[a-z]{{3,}}ing\s+(?:in|for|to|from|at|on)\b"
    # "…, with the last peak occurring in 2016", "…, with the death toll rising to 40"
    r"|with\s+(?:the|its|their)\s+(?:[a-z-]+\s+){1,3}"
    rf"(?!{_ING_NOUNS})[a-z]{{2,}}ing\s[^,;]{{0,60}}\d"
    # "…, with 15 still hospitalized"
    r"|with\s+\d[\d,]*\s+(?:others?\s+|people\s+)?(?:still\s+|now\s+|later\s+)?"
    r"(?:hospitali[sz]ed|missing|injured|wounded|detained|unaccounted)\b"
    # "…, with the highest burden concentrated in Ondo", "…, with reported infections from
    # Ondo, Edo and Benue states", "…, with a nearly equal male-to-female distribution of cases"
    r"|with\s+(?:the|its|their)\s+(?:[a-z-]+\s+){1,3}(?!(?:support|help|backing)\b)"
    r"[a-z]{3,}ed\s+(?:in|from|to|at|on|among)\b"
    r"|with\s+(?:reported|confirmed|suspected|new|recorded)\s+[a-z]+\s+(?:from|in)\s+[A-Z]"
    r"|with\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:distribution|split|share|majority|proportion|range)"
    r"\s+of\b"
    # "…, with 704 cases now confirmed in 22 states", "…, with 426 cases recorded as of …"
    r"|with\s+(?:more than\s+|about\s+|nearly\s+|some\s+)?\d[\d,.]*%?\s+(?:[a-z-]+\s+){1,3}"
    r"(?:now\s+|already\s+|so\s+far\s+)?[a-z]{3,}ed\b"
    # "…, with car sales up 12 percent", "…, with total revenue up 8 percent to 10 percent"
    r"|with\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){1,3}(?:up|down)\s+(?:by\s+)?[\d.]+\s*"
    r"(?:%|percent|per\s+cent)"
    # "…, with each count carrying a maximum of 20 years in prison"
    r"|with\s+each\s+[a-z]+\s+[a-z]{3,}ing\b"
    # a named person's own act: "…, with Sunak trailing Labour's Keir Starmer", "…, with Senate
    # Minority Leader Mitch McConnell of Kentucky endorsing it"
    r"|with\s+(?:[A-Z][\w.’'-]*\s+){1,6}(?:(?:of|from)\s+[A-Z][\w’'-]*\s+)?"
    rf"(?!(?:including|according|{_ING_NOUNS})\b)[a-z]{{3,}}ing\b))"
    # a figure list with the verb left out: "Guinea has recorded 377 deaths, Sierra Leone 348
    # and Liberia 282"
    r"|(?P<gapped>(?:,|,?\s+and)\s+(?=(?:[A-Z][\w.’'-]*\s+){1,3}(?:with\s+)?[$€£]?\d[\d.,]*"
    r"(?:%|\s+(?:percent|per cent|million|billion))?(?:\s*(?:,|and\b|\.|$))))"
    # a list of figures by place: "The deaths include 413 in Liberia, 348 in Sierra Leone and
    # four in Nigeria"
    rf"|(?P<figure_item>(?:,|,?\s+and)\s+(?={_FIGURE_ITEM}))"
    # a list of charges: "found guilty of one count of theft in office, four counts of … and
    # one count of soliciting …"
    r"|(?P<count_item>(?:,|,?\s+and)\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d+)\s+(?:more\s+|other\s+)?(?:counts?|charges?)\s+of\b))"
    # a second figure of the same verb: "expected 97 cents a share in earnings and $3.61
    # billion in revenue"
    # (and of a rate over another period: "increased 0.2% for the month and 3.8% from a year ago")
    r"|(?P<second_figure>\s+and\s+(?=[$€£]\d|[\d.]+\s*(?:%|percent|per cent)\s+(?:from|over|on|"
    r"in|for|year-on-year|year-over-year)\b))"
    # a second measure whose verb the copy left out: "… cases jumped to 805 and the number of
    # deaths to 12"
    r"|(?P<gapped_measure>,?\s+and\s+(?=the\s+(?:number|total|count|toll|tally|rate|share)\s+of\s+"
    r"(?:[\w-]+\s+){1,4}?(?:to|at)\s+[$€£]?\d))"
    # a new total after a dash: "… 12 new deaths today – taking the world toll to more than 700"
    r"|(?P<dash_total>\s+[—–]\s+(?=(?:taking|bringing|pushing|raising|lifting)\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}(?:toll|total|tally|number|count)\s+to\s))"
    # a consequence with its own fact: "…, killing 12 people", "…, prompting the team to resign"
    r"|(?P<consequence>,\s+(?=(?:killing|injuring|wounding|leaving|forcing|prompting|bringing|"
    r"marking|"
    r"pushing|sending|causing|displacing|destroying|damaging)\s"
    # a cause with its own figure: "…, helped by the addition of about 3.8 million subscribers"
    r"|(?:helped|driven|boosted|fu?elled|hurt|weighed down)\s+by\s[^,]{0,60}\d"
    # "…, beating the forecast of analysts surveyed by X, who'd put it at $14.1 billion";
    # "…, after already rising $6.31, or 2.6%, to $251.89"
    r"|(?:beating|topping|missing|exceeding)\s[^.;]{0,120}\d"
    r"|after\s+(?:already\s+)?[a-z]+ing\s[^,]{0,40}[$€£\d]))"
    # a participle with its own fact after a figure: "rose to 5%, surprising analysts who …",
    # "grew by 171,000, surpassing economists' projections", "…, soaring by nearly 500 percent"
    r"|(?P<participle>,\s+(?:and\s+)?(?=(?:largely|mostly|partly|mainly|primarily)\s+"
    r"[a-z]{3,}(?:ing|ed)\s|(?!(?:including|according|following|regarding|concerning|"
    r"excluding|during|using|being|having|saying|adding|noting|arguing|insisting|contending|"
    r"starting|"
    r"beginning|ending|compared|bringing|morning|evening)\b)[a-z]{3,}ing\s+(?!(?:to|and|or)\b)))"
    # a list of counts with their own verbs: "1,654 were laboratory-confirmed, 1,620 are …"
    r"|(?P<figure_clause>,\s+(?=\d(?:[\d,.]*\d)?%?\s+(?:[a-z-]+\s+){0,2}(?:were|are|was|is|had|have|"
    # ("105 lawmakers opposed the changes, 72 did not respond, 42 could not be contacted")
    r"died|remain|remained|did|could|would|will|voted|opposed|supported|backed)\b))"
    # one change after another, each with its own subject: "furniture stores reported a 2.3%
    # drop, electronics sales declined by 1.5%, and department store sales fell by 1.5%"
    r"|(?P<change_clause>(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:the\s+|its\s+|their\s+)?"
    r"(?:(?!(?:said|says|say|and|or|but|that|which|who|whom|as|while|when|after|before|because|"
    r"if|since|than|where|then|so|with|without|to|the)\b)[a-z][\w’'-]*(?<!ing)\s+){1,3}"
    rf"{_CHANGE_VERB}\s+(?:by\s+|to\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+)?[$€£]?\d))"
    # a fine after a prison term: "faces up to 10 years in prison and a $250,000 fine", "a
    # maximum prison sentence of 20 years and a maximum fine of $250,000"
    r"|(?P<fine>\s+and\s+(?=(?:a|an)\s+(?:(?:maximum|minimum|possible|further)\s+)?"
    r"(?:[$€£]?\d[\d.,]*\s*(?:million|billion)?\s+(?:dollars?\s+)?fine|fine\s+of\s+[$€£]?\d)))"
    # "called for payrolls to expand by 125,000 and for the rate to increase to 7.9 percent"
    r"|(?P<for_figure>\s+and\s+(?=for\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){1,4}"
    r"to\s+[a-z]+\s))"
    # a second expectation of the same verb: "had expected overall prices to rise 0.2 percent
    # and the core index to rise 0.1 percent"
    r"|(?P<expected_pair>\s+and\s+(?=(?:the\s+|its\s+|their\s+)?"
    r"(?:(?!(?:is|was|are|were|has|have|had|be|been|will|would)\b)[a-z-]+\s+){1,4}"
    r"to\s+[a-z]+\s+(?:by\s+|to\s+)?[$€£]?\d))"
    # a summary after a dash that counts or ranks: "… a profit of $165 million — the
    # division's second time in the black."
    r"|(?P<dash_summary>\s+[—–]\s+(?=(?:again\s+|also\s+|still\s+)?(?:the|a|an|its|his|her|their)\s+"
    r"[^—–;]*$)"
    # (and after a comma, a rank that ends the sentence: "Shelling hit the city centre over the
    # weekend, the first attack on central parts of the city since February")
    # ("…, the twenty-sixth month in a row the claimant count has fallen, the ONS said.": a
    # spelled ordinal, then the source)
    rf"|,\s+(?=(?:the|its|their)\s+(?:{_RANK_WORD}|second|third|latest|only|last|deadliest|"
    r"(?:[a-z]+-)?(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|"
    r"[a-z]+tieth))\s[^—–;,]*(?:,\s+[^,;]{1,60}?\s(?:said|says|reported)\W*)?$))"
    # a source's own statement after a dash: "… made off with arms and equipment -- local media
    # stated about 20 vehicles were captured"
    r"|(?P<dash_said>\s+(?:—|–|--)\s+(?=(?:[A-Za-z][\w’'.-]*\s+){1,4}"
    r"(?:said|says|stated|reported|told|added)\s))"
    # a subject with a figure in apposition: "Shares of Acme, up 62% this year, rose 6% …"
    r"|(?P<fronted_figure>,\s+(?=(?:also\s+)?(?:rose|fell|climbed|dropped|gained|lost|jumped|"
    r"slid|slipped|surged|soared|sank|plunged|tumbled|edged|closed|ended|were|was|are|is|have|"
    r"has|had|destroyed|damaged|killed|injured|wounded|hit|struck)\b))"
    # "and" + a clause with its own subject and verb, no comma: "The allegations have not been
    # proved and Black and others have all pleaded not guilty"
    r"|(?P<and_subject>\s+and\s+(?!a\s+(?:half|quarter|third)\b)"
    # (or a pronoun in a speaker's words: "… is very different than hers and the reason for
    # that is …", "… and I am sick and tired of …", "… and we are taking decisive actions")
    r"(?=(?:I|we|he|she|they|it|that|there)(?:’|')(?:s|re|m|ve)\s"
    r"|(?:I|we|he|she|they|it|there)\s+(?:am|are|is|was|were|have|has|had|will|would|can|"
    r"could)\s"
    # (or a bare plural: "A siege was laid and efforts were made to ensure their surrender")
    r"|(?!(?:this|thus|its|his|hers|news|series|species|always|perhaps|sometimes|besides|"
    r"unless|less)\b)[a-z]{3,}s\s+(?:were|are|have|had)\s"
    r"|(?:no|the|a|an|its|his|her|their|our|both|all|another|"
    r"[A-Z][\w’'-]+(?:\s+and\s+[a-z]+)?)\s+(?:(?!(?:who|which|that)\b)[\w’'-]+\s+){0,3}?"
    r"(?:were|was|are|is|have|has|had)\s"
    # "… blew past expectations and the company boosted its forecast", "… and Mr Wickham
    # said his hands …", "… and her lawyers argue …" (after a determiner, a noun first: "…
    # facing the dollar crisis and an elevated inflationary pressure" has no verb)
    r"|(?:(?:no|the|a|an|its|his|her|their|our|both|all|another)\s+"
    r"(?:(?!(?:who|which|that)\b)[\w’'-]+\s+){1,3}?"
    r"|[A-Z][\w’'-]+(?:\s+and\s+[a-z]+)?\s+(?:(?!(?:who|which|that)\b)[\w’'-]+\s+){0,3}?)"
    rf"(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST}|said|says|argue|insist|contend|maintain)\s))"
    # a series of predicates of one subject: "Burger King expanded its hours, added a breakfast
    # value menu, opened hundreds of new restaurants and set records …" (checked in _can_split)
    rf"|(?P<series>,\s+(?=(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST})\s))"
    # a fronted concession: "Though X will appeal, the sentence brings …"
    r"|(?P<concession>,\s+(?=(?:the|a|an|this|that|it|he|she|they|we|its|his|her|their|"
    # (or a plural subject: "Although the study offers …, researchers admit …")
    # or any other: "While the data raised a warning flag, many analysts cautioned …")
    # (a word that opens another kind of break is left to it: ", as …", ", but said …")
    r"[A-Z][\w’'-]*|(?!(?:and|but|or|as|so|yet|while|whereas|after|before|because|since|"
    r"when|where|which|who|with|without|from|to|in|on|at|for|by|of|than|then|though|although|"
    r"including|according|said|says|adding|saying|the)\b)[a-z][\w’'-]*)\s)))"
)
_CLOSING_ATTRIBUTION = re.compile(
    r"\s*(?:on\s+)?(?:\w+day|today|yesterday|(?:last|this)\s+\w+|in a statement)?\s*"
)
_OPINION_CLAUSE = re.compile(r"(?:I|we|We)\s+(?:think|believe|feel)\b")
_CAUSE_VERB = re.compile(
    r"\b(?:missed|beat|topped|exceeded|helped|hurt|offset|outweighed|fell|rose|grew|dropped|"
    r"declined|increased|jumped|slumped|surged|climbed|boosted|lifted|weighed)\b"
)
_RESTATED_FIGURE = re.compile(
    r"(?:more than|less than|nearly|almost|about|roughly)\s+[$€£]?[\d.,]+\s*"
    r"(?:%|percent|per cent)?\s*(?:,|$)"
)
_NUMBER_OBJECT = re.compile(
    # a noun of one or two words ("revenue of", "the death toll by"), never the verb before it
    # ("expects earnings of": the prefix keeps "expects")
    r"\b(?:(?![a-z]+(?:ed|s)\s)[a-z’'-]+\s+)?[a-z’'-]+\s+(?:of|at|to|by)\s+(?:[$€£]?\d|"
    r"(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve)\b)"
)
_VERB_THEN_COUNT = re.compile(
    rf"\b(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST})\s+"
    r"(?=(?:about|nearly|some|more than|at least)?\s*[$€£]?\d)"
)
_CHANGE = re.compile(
    r"(?:up|down|compared|better|worse|higher|lower|bigger|smaller)\b"
    r"|(?:a|an)\s+(?:new\s+|all-time\s+)?record\b"
    r"|[\d.,]+\s*(?:%|percent|per cent)"
    r"|(?:a|an)\s+(?:[a-z]+\s+)?(?:rise|increase|gain|jump|drop|decline|fall|decrease)\b"
)
_NUMBER_AFTER_PREPOSITION = re.compile(r"\b(?:to|by|at|of)\s+(?=[$€£]?\d)")
# an amount that can stand where the first figure stood ("rose to more than 45 times the 2022
# total"); a comparison with another figure cannot ("rose by below the 150,000 forecast")
_STANDS_FOR_FIGURE = re.compile(
    r"(?:well\s+|far\s+|still\s+)?(?:more than|less than|fewer than|nearly|almost|about|roughly|"
    r"double|triple|twice|half|just under|just over|\d)"
)
# A first clause that depends on the second ("almost held on … but X scored") stays whole.
_COUNTERFACTUAL = re.compile(r"\b(?:almost|nearly|might have|could have|would have)\b")
_NAME_TOKEN = r"(?:[A-Z][\w.’'&-]*|al-\w+|de|of|for)"
_APPOSITIVE_ANTECEDENT = re.compile(
    rf"((?:[A-Z][\w.’'&-]*)(?:\s+{_NAME_TOKEN})*),\s+(?:a|an|the)\s+[^,]+$"
)
# "… of analysts surveyed by Thomson Reuters, who'd put …": the analysts, not the pollster
_SURVEYED_ANTECEDENT = re.compile(
    rf"\b([a-z]+s\s+(?:surveyed|polled|interviewed|questioned|contacted)\s+by\s+"
    rf"(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+{_NAME_TOKEN})*)$"
)
_NAME_ANTECEDENT = re.compile(rf"(?:\b[Tt]he\s+)?(?:[A-Z][\w.’'&-]*)(?:\s+{_NAME_TOKEN})*$")
# "…, to get a two-year sentence, which would have been …": the noun phrase the clause ends on
# (and "… before rendering their decision, which also included …")
_PHRASE_ANTECEDENT = re.compile(
    r"(?:^|.*\s)((?:a|an|the|its|their|his|her)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5})$"
)
# "… results from NASA's Curiosity rover, which is three months into …": a name's noun
_POSSESSIVE_ANTECEDENT = re.compile(
    r"\b((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*[’']s\s+(?:[A-Z][\w-]*\s+){0,2}[a-z][\w-]*)$"
)
_NOUN_ANTECEDENT = re.compile(
    r"\b(?:by|to|of|from|like|with|for|in|at|on|as)\s+((?:the\s+|a\s+|an\s+)?[a-z][\w’'-]*"
    r"(?:\s+(?:(?:and|of)\s+)?[a-z][\w’'-]*){0,2})$"
)
_FINITE_VERB = re.compile(
    r"(?<![-‐])\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|"
    r"said|says|[a-z]+ed|(?<=[a-z])(?:'|’)(?:re|ve)|"
    rf"{_IRREGULAR_PAST}|went|came|set|spoke|chose|thought|felt|swept)\b"
)
# After "and" + an -ed word, what shows the word is a verb ("and limited the number") rather
# than an adjective ("tanks and armored vehicles").
_OBJECT_START = re.compile(
    rf"(?:[a-z]+ed|{_IRREGULAR_PAST})\s+"
    r"(?:the|a|an|its|their|his|her|our|this|that|these|those|by|to|from|in|on|at|"
    r"for|with|into|up|down|out|off|over|more|less|about|some|all|no|nearly|almost|around|"
    r"millions|billions|thousands|hundreds|dozens)\b"
    rf"|(?:[a-z]+ed|{_IRREGULAR_PAST})\s+[$€£]?\d"
    # a count spelled out: "had six aces and committed four double faults"
    rf"|(?:[a-z]+ed|{_IRREGULAR_PAST})\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\s+[a-z]"
)
# (not "WHO", the World Health Organization)
_RELATIVE = re.compile(r"\b(?:[Tt]hat|[Ww]hich|[Ww]ho)\s+")
# A predicate that opens with an auxiliary or adverb after "and" is a verb phrase for sure.
_AUXILIARIES = tuple(
    f"{word} "
    for word in "has have had is was are were will would can could must also then later".split()
)
# a fronted concession ("While" too, unless it is a time: see _WHILE_AS_TIME)
_CONCESSIVE_WORDS = r"(?:Although|Though|Even though|Whereas|While)"
_CONCESSIVE_OPENING = re.compile(
    # (or commas inside what one side claimed: "While residents claimed that a number of people,
    # including soldiers, were killed")
    rf"\A{_CONCESSIVE_WORDS}\s+(?=[^,]*\Z|[^,]*\b(?:said|says|claimed|claims|insisted)\s+that\s"
    r"|[^,]*,\s*(?:saying|adding|insisting|claiming)\b[^,]*\Z)"
)
_CONCESSIVE = re.compile(rf"[“\"]?{_CONCESSIVE_WORDS}\s")
# "While" is a concession, not a time, unless its clause goes on in the progressive ("While
# Detroit's finances were eroding, …") or only frames the time ("While it is early in …")
_WHILE_AS_TIME = re.compile(
    r"[“\"]?While\s+(?:.*\b(?:is|are|was|were|’s|'s)\s+(?:\w+ly\s+)?[a-z]+ing\b"
    r"|(?:it|it’s|it's)\s+(?:is\s+)?(?:still\s+)?early\b"
    # or lasts: "While the talks went on in Moscow, an envoy headed to the city"
    r"|.*\b(?:went|go|goes|going|dragged|drag|drags)\s+on\b|.*\b(?:continued|lasted|"
    r"waited|stayed)\b)"
)
# "the sentence brings to a close …": a present-tense verb the verb list does not know
_PRESENT_VERB = re.compile(
    r"^(?:\S+\s+){1,4}?[a-z]{3,}s\s+(?:to|a|an|the|that|its|his|her|their)\b"
)
# a plural subject with a verb in the present: "but both sides accuse each other …", "yet a
# group of economists continue to doubt …"
_PLURAL_SUBJECT_PRESENT = re.compile(
    r"(?:both|all|some|many|most|several|a|the|their|its)\s+"
    r"(?:[\w’'-]+\s+){0,4}?[a-z]{3,}s\s+(?:accuse|blame|continue|deny|insist|claim|say|argue|"
    r"remain|want|expect|fear|doubt|believe|dispute|reject)\b"
)
_PRONOUN_PRESENT = re.compile(r"(?:he|she|it)\s+(?:[a-z]+ly\s+)?[a-z]{2,}s\b")
_LEADING_SUBORDINATE = re.compile(r"(?:While|Whereas|Although|Though|Even though|As|If|When)\b")
# Wire-copy furniture that asserts nothing about the story.
_RIGHT_MARK_OPENING = re.compile(r"(?<!\S)”(?=[A-Z0-9])")
_BOILERPLATE = re.compile(
    r"\A(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+and\s+[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,3})?\s*\Z"
    r"|contributed (?:to )?(?:this )?(?:report|story)"
    r"|\A(?:Copyright|©)|All rights reserved"
)


# Older wire copy writes quotation marks as two backticks and two apostrophes (``…'').
_BACKTICKS_OPEN = re.compile(r"``")
_APOSTROPHES_CLOSE = re.compile(r"(?<=\S)''")
_APOSTROPHES_OPEN = re.compile(r"(?:^|(?<=[\s(]))''(?=[^\s'])", re.MULTILINE)


# a straight single mark opening a quotation: at a paragraph's start or after "added, " /
# "said: ", before a capital; and one closing it after the quotation's punctuation
_SINGLE_QUOTE_OPENING = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[,:.!?]\s))'(?=[A-Z][a-z])", re.MULTILINE
)
_SINGLE_QUOTE_CLOSING = re.compile(r"(?<=[.,!?])'(?=\s|$)")


def _reading_copy(text: str) -> str:
    """The text as the rules read it, the same length so every offset holds (the wording keeps
    the marks as written): a quotation opened with a right-hand mark ('”A suicide bomber …,” he
    said') is read as one, ``…'' as “‘…’”, and ″…″ as "…"."""
    if "'" in text and _SINGLE_QUOTE_OPENING.search(text):
        # (a quotation in straight single marks: "'Distortions … have peaked,' said Michael
        # Pearce", "He added, 'We think …'")
        text = _SINGLE_QUOTE_OPENING.sub('"', text)
        text = _SINGLE_QUOTE_CLOSING.sub('"', text)
    if "″" in text:
        # (an archive's double primes for quotation marks: '″It’s a self-limiting disease,″
        # said Cartter.')
        text = text.replace("″", '"')
    if "”" in text:
        text = _RIGHT_MARK_OPENING.sub("“", text)
    if "``" in text:
        text = _APOSTROPHES_CLOSE.sub("’”", _BACKTICKS_OPEN.sub("“‘", text))
    elif "''" in text and _APOSTROPHES_OPEN.search(text):
        # ''…'' (two apostrophes on both sides, as some papers' text-only pages print quotes)
        text = _APOSTROPHES_CLOSE.sub("’”", _APOSTROPHES_OPEN.sub("“‘", text))
    return text


def extract_claims(text: str) -> list[Claim]:
    """Claims in order of start offset; claims that cannot be checked (opinions, predictions,
    questions, boilerplate, exhortations, statements of intent) are kept with checkable=False
    and the reason."""
    claims: list[Claim] = []
    read = _reading_copy(text)
    sentences = [
        (start, end)
        for start, end, is_dateline in sentence_bounds(read)
        if not is_dateline and not _BOILERPLATE.search(text[start:end])
    ]
    parts = [_parts(text, start, end, read) for start, end in sentences]
    tracker = SpeakerTracker(read)
    attributions = tracker.speakers(sentences, [[p[:2] for p in group] for group in parts])
    for group, sentence_attributions in zip(parts, attributions, strict=True):
        for (part_start, part_end, reader_text, is_part), attribution in zip(
            group, sentence_attributions, strict=True
        ):
            claim = _make_claim(text, (part_start, part_end), reader_text, attribution, is_part)
            if claim is not None:
                claims.append(claim)
    return claims


def _parts(text: str, start: int, end: int, read: str) -> list[tuple[int, int, str, bool]]:
    """Split a sentence into independent clauses when every part can stand as a claim (where
    to split is read from `read`, the text with its quotation marks made regular)."""
    sentence = text[start:end]
    if len(sentence) > _MAX_SPLIT_CHARS:
        return [(start, end, sentence, False)]
    pieces = _clause_pieces(read[start:end])
    if not pieces:
        if sentence.endswith(":") and len(sentence) > 1:
            # "The mayor's office released a statement after the sentencing:" (the statement
            # is the next paragraph): the claim ends before the colon, and reads with a stop
            return [(start, end - 1, sentence_wording(sentence[:-1]), False)]
        return [(start, end, sentence, False)]
    results = []
    for index, (piece_start, piece_end, _) in enumerate(pieces):
        raw = sentence[piece_start:piece_end]
        if index == 0:
            # "Though X will appeal his conviction, …": the claim is that X will appeal
            raw = _CONCESSIVE_OPENING.sub(lambda found: " " * len(found.group()), raw)
        # "…, as" leaves the comma behind; "-- because …" and "… - 122% increase - and"
        # their dashes; "… tries to cheat ." its stray full stop (the reader's wording adds one)
        lead = len(raw) - len(raw.lstrip())
        lead += len(_PIECE_LEADING_DASH.match(raw, lead).group())
        if raw[lead : lead + 1] in ('"', "“") and _opens_unclosed_quote(raw[lead:]):
            lead += 1  # '"Three guards have been killed' of '"… killed and nine others …"'
        passage = _PIECE_TRAILING_MARKS.sub("", raw[lead:])
        offset = start + piece_start + lead
        if passage[:1] == "”" and read[offset] == "“":
            # '”A suicide bomber …, which killed …' opens with a closing mark: a part would
            # read with a mark that is not the passage's, so the sentence stays whole
            return [(start, end, sentence, False)]
        reader = _piece_reader(sentence, pieces, index, passage)
        results.append((offset, offset + len(passage), reader, True))
    return results


def _clause_pieces(sentence: str) -> list[tuple[int, int, str | tuple[str, str] | None]]:
    """The (start, end, borrowed) pieces a sentence splits into; empty when it does not split."""
    pieces: list[tuple[int, int, str | tuple[str, str] | None]] = []
    if _opens_unclosed_quote(sentence):
        # '… and she said, "I've been out of work since May.' — the quotation goes on in the
        # next paragraph: a part of it would read with a quotation mark that never closes
        return pieces
    cursor = 0
    # how the next piece reads as a sentence: None (as it is), "" (the subject of the piece
    # before), a name (for "which …"), or ("prefix", words) put before it
    borrowed: str | tuple[str, str] | None = None
    for found in _CLAUSE_BREAK.finditer(sentence):
        if found.start() < cursor:
            continue  # inside a longer break a later kind took at the same place
        accepted = _break_at(sentence, found, cursor)
        if accepted is None:
            continue
        match, number_split, antecedent = accepted
        left = sentence[cursor : match.start()]
        if number_split is not None:
            next_borrowed = number_split
            if match.lastgroup == "count_item" and pieces:
                # "four counts of …" reads after the verb of the list's first charge
                first = sentence[pieces[0][0] : pieces[0][1]].strip()
                start = _COUNT_LIST_START.search(first)
                next_borrowed = ("prefix", first[: start.end()]) if start else next_borrowed
            elif match.lastgroup in ("gapped", "figure_item") and pieces:
                # "Liberia 282" borrows the verb of the list's first clause
                first = sentence[pieces[0][0] : pieces[0][1]].strip()
                item = _figure_list_start(first)
                gapped = match.lastgroup == "gapped" or item is None
                next_borrowed = ("prefix", first + ", " if gapped else first[:item])
            elif _reads_after(next_borrowed, left) and _reads_after(borrowed, ""):
                # a part that reads after a part that itself borrowed: "…, with iPhone sales
                # of 18.65m - a rise of 113%" reads after the whole clause before it
                next_borrowed = ("prefix", borrowed[1] + next_borrowed[1])
        elif match.group("relative"):
            next_borrowed = antecedent
        else:
            next_borrowed = _clause_borrowed(match, left)
        pieces.append((cursor, match.start(), borrowed))
        borrowed = next_borrowed
        cursor = match.end()
    if pieces:
        pieces.append((cursor, len(sentence), borrowed))
    return pieces


def _break_at(sentence: str, found: re.Match, cursor: int):
    """The first kind of break at `found`'s place that splits the sentence there, with its
    number split and, for ", which …", its antecedent; None when no kind does. A kind that
    matched first but may not split leaves the place to the kinds after it: "… swelled and his
    temperature climbed to 103" is no second count ("numbered_clause"), but it is a new
    subject with its own verb ("and_subject")."""
    match: re.Match | None = found
    while match is not None:
        left = sentence[cursor : match.start()]
        right = sentence[match.end() :]
        if _can_split(sentence, match, left, right, cursor):
            number_split = _number_split(match, left.strip(), right, sentence[: match.start()])
            antecedent = None
            if number_split is None and match.group("relative"):
                antecedent = _which_antecedent(left, right)
            if number_split is not False and (antecedent or not match.group("relative")):
                return match, number_split, antecedent
        later = _kinds_after(match.lastgroup)
        match = later.match(sentence, match.start()) if later else None
    return None


def _break_kinds() -> tuple[str, list[tuple[str, int, int]]]:
    """_CLAUSE_BREAK's pattern and its kinds of break: each top-level named group with where
    its body starts and ends in the pattern."""
    pattern = _CLAUSE_BREAK.pattern
    kinds: list[tuple[str, int, int]] = []
    opened: list[tuple[int, str | None]] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            named = pattern.startswith("(?P<", index) and len(opened) == 1
            name = pattern[index + 4 : pattern.index(">", index)] if named else None
            opened.append((index + (len(name) + 5 if name else 0), name))
        elif char == ")":
            body_start, name = opened.pop()
            if name:
                kinds.append((name, body_start, index))
        index += 1
    return pattern, kinds


def _kinds_after(kind: str | None) -> re.Pattern | None:
    """_CLAUSE_BREAK with `kind` and every kind before it unable to match; None after the
    last kind. Built at the first sentence that needs one, all at once, and kept like the
    pattern itself (not a per-word cache); a thread that finds them unbuilt builds its own
    whole set, so none reads a half-built one."""
    global _LATER_KINDS
    later = _LATER_KINDS
    if later is None:
        pattern, kinds = _break_kinds()
        later, parts, last = {}, [], 0
        for name, body_start, body_end in kinds[:-1]:
            parts += [pattern[last:body_start], "(?!)"]
            last = body_end
            later[name] = re.compile("".join(parts) + pattern[last:])
        _LATER_KINDS = later
    return later.get(kind)  # type: ignore[arg-type]


_LATER_KINDS: dict[str, re.Pattern] | None = None


def _which_antecedent(left: str, right: str):
    """What a ", which/who …" part is about: the noun phrase `left` ends on, or the whole
    clause read before it."""
    whole = ("prefix", left.strip() + ", ")
    if right.startswith("which") and _EVENT_RELATIVE.match(right):
        return whole  # "… icebergs into the ocean, which will result in rising seas"
    if _FIGURE_RELATIVE.match(right) and _ENDS_ON_RATE.search(left):
        return whole  # "… to be $1.20 a share, which is down from …": the figure, not "a share"
    # ("… killed in the raids, according to government figures, which began early Monday":
    # a "which" goes back past the source to what it is about; "…, according to tribal elder
    # Gul Pasha, who also is …" stays with the source)
    about = _CLOSING_SOURCE.sub("", left) if right.startswith("which") else left
    antecedent = _relative_antecedent(about)
    if (
        not antecedent
        and (_ENDS_ON_FIGURE.search(left) or _FIGURE_RELATIVE.match(right))
        and right.startswith("which")
    ):
        # "fell by 269,000 to 8.3 million, which partially offsets …" is about the figure, and
        # "18 people have recovered, which is one more than …" about the whole clause: it
        # reads after the clause that gives it
        return whole
    return antecedent


_CLOSING_SOURCE = re.compile(r",\s+according\s+to\s+[^,;:]+$")
# ", which is down from its earlier estimate", ", which is 0.5 percent of the total"
_FIGURE_RELATIVE = re.compile(
    r"which\s+(?:is|was|are|were)\s+(?:(?:well|far|still|slightly|just)\s+)?(?:up|down|higher|"
    r"lower|more|less|fewer|above|below|about|nearly|almost|roughly|double|twice|triple|half|"
    r"[\d.,]+\s*(?:%|percent|per cent)|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d[\d,.]*)\s+(?:more|less|fewer|higher|lower|times|percent|per cent))\b"
)
_EVENT_RELATIVE = re.compile(
    r"which\s+(?:(?:will|would|could|may|might|has|have|had)\s+)?(?:also\s+)?"
    # (not "trigger": "declaring a “public health emergency”, which would trigger …" is the
    # emergency's)
    r"(?:result(?:s|ed)?\s+in|lead(?:s)?\s+to|led\s+to|means?|meant|caused?|causes)\b"
)


def _reads_after(borrowed, left: str) -> bool:
    """Whether a part reads after words put before it that begin with `left`."""
    return (
        isinstance(borrowed, tuple)
        and borrowed[0] == "prefix"
        and borrowed[1].startswith(left.strip())
    )


def _clause_borrowed(match: re.Match, left: str) -> str | tuple[str, str] | None:
    """How a clause after a break (not a figure, not a relative) borrows its subject."""
    if match.group("court_term"):
        modal = _COURT_MODAL.match(left.strip())
        # "He must pay a fine and undergo counselling" → "He must undergo counselling."
        return ("prefix", modal.group()) if modal else ""
    if match.group("and_that"):
        said = list(_SAID_THAT.finditer(left))
        return ("prefix", left.strip()[: said[-1].start("that")])
    if match.group("and_said"):
        subordinate = list(_SUBORDINATE_SUBJECT.finditer(left))
        if subordinate:
            # "… came after President Donald Trump posted … and said …": Trump said it
            return ("prefix", subordinate[-1].group("subject"))
    subject = ("predicate", "and_said", "plan", "but_predicate", "series")
    return "" if any(match.group(group) for group in subject) else None


_SAID_THAT = re.compile(
    r"\b(?:said|says|say|told|added|stated|argued|noted)\s+(?P<that>(?:that\s+)?)"
)
# a court's order before "and undergo …", "and ordered him to …"
_COURT_TERM_BEFORE = re.compile(
    r"\b(?:sentenced|ordered|barred|banned|fined|jailed|must|will (?:also )?have to)\b"
)
_COURT_MODAL = re.compile(r"(?:\S+\s+){1,6}?(?:(?:will|must) (?:also )?have to|must|will|shall)\s+")
# the named subject of a subordinate clause: "… after President Donald Trump posted …"
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|before|when|because|since|while|until|once)\s+"
    r"(?P<subject>(?:[A-Z][\w.’'-]*\s+){1,5}?)(?=(?:has\s+|had\s+)?[a-z]{2,}ed\b)"
)
_ENDS_ON_RATE = re.compile(r"\d(?:[\d,.]*\d)?\s+(?:a|an|per)\s+[a-z]+\s*$")
_ENDS_ON_FIGURE = re.compile(
    r"\d(?:[\d,.]*\d)?\s*(?:%|percent|per cent|million|billion|trillion)?\s*$"
)
_RELATIVE_VERB = re.compile(
    r"(?:which|who)(?:’d|'d\s|\s+(?:(?:\w+ly|also|still|already|later|then)\s+)?"
    r"(?:is|was|were|are|has|had|have|would|will|could|"
    rf"[a-z]+ed|[a-z]+s|{_IRREGULAR_PAST})\b)"
)


_PIECE_LEADING_DASH = re.compile(r"(?:-{1,2}|[–—])\s+|")
_PIECE_TRAILING_MARKS = re.compile(r"(?:\s+(?:-{1,2}|[–—])|,|\s)+\Z|\s+[.!?]\Z")
# a dash that opens or closes an aside: " - ", " -- ", " – ", " — ", "word—word"
_ASIDE_DASH = re.compile(r"\s(?:-{1,2}|[–—])\s|(?<=\w)[–—](?=\w)")


def _opens_unclosed_quote(sentence: str) -> bool:
    """Whether the sentence opens a quotation it does not close (it goes on after it)."""
    if '"' not in sentence and "“" not in sentence:
        return False
    if sentence.rfind("“") > sentence.rfind("”"):
        return True
    straight = [m.start() for m in re.finditer('"', sentence)]
    return len(straight) % 2 == 1 and (
        straight[-1] == 0
        or sentence[straight[-1] - 1].isspace()
        or sentence[straight[-1] - 1] in "(["
    )


def _inside_dash_aside(sentence: str, match: re.Match) -> bool:
    """ "… in the United States - and there are 25 million of them - is well fed": a break
    between an opening dash and its closing one is inside the aside."""
    if "-" not in sentence and "—" not in sentence and "–" not in sentence:
        return False
    return len(_ASIDE_DASH.findall(sentence, 0, match.end())) % 2 == 1 and bool(
        _ASIDE_DASH.search(sentence, match.end())
    )


def _relative_antecedent(left: str) -> str | None:
    """The noun a "who/which" clause after `left` stands for, or None when it must not split."""
    # "… announced that Jin Cha, 41, of Tustin, who pleaded guilty …, was sentenced":
    # the clause after "that" has no verb yet, so the "who" clause is not the last word.
    after_that = re.split(r"\bthat\s+", left)[-1]
    return _antecedent(left) if _FINITE_VERB.search(after_that) else None


def _piece_reader(sentence: str, pieces: list, index: int, passage: str) -> str:
    """How one piece of a split sentence reads on its own, with its borrowed subject."""
    return sentence_wording(_piece_with_subject(sentence, pieces, index, passage))


_CLOSING_MARK = re.compile(r"”(?![a-z])|(?<!\w)”")


def _reopened(reading: str) -> str:
    """A reading that closes a quotation opened in an earlier sentence ('Four police have been
    killed and six others wounded," he told AFP.') opens it again, so the mark is kept."""
    # (a closing mark inside a word is copy's apostrophe: "Hernandez”s mother")
    closing = next((m.start() for m in _CLOSING_MARK.finditer(reading)), -1)
    opening = reading.find("“")
    if 0 <= closing and (opening < 0 or closing < opening):
        return "“" + reading
    straight = reading.find('"')
    if 0 < straight and reading.count('"') % 2 and not is_opening_straight_quote(reading, straight):
        return '"' + reading
    return reading


def _piece_with_subject(sentence: str, pieces: list, index: int, passage: str) -> str:
    subject = pieces[index][2]
    if isinstance(subject, tuple) and subject[0] == "prefix":
        return _reopened(subject[1] + passage)
    if subject == "":
        # (in a series of predicates, "expanded its hours, added a menu, opened …", each goes
        # back to the one that has the subject)
        back = index - 1
        while back > 0 and pieces[back][2] == "" and sentence[pieces[back][0]].islower():
            back -= 1
        previous_start, previous_end, _ = pieces[back]
        return _with_subject(sentence[previous_start:previous_end].strip(), passage)
    if subject and not isinstance(subject, tuple):
        # "which added 74,000 jobs." → "Leisure and hospitality added 74,000 jobs."
        predicate = passage.split(None, 1)[1]
        reading = subject + " " + predicate
        # (a quoted "…, which was up 2 percent …," said …" opens its quotation again)
        return _reopened(reading) if _marks_pair(sentence) else reading
    # ('“… Of the 23, nine died in hospitals while 14 deaths were recorded outside,” it added.':
    # the part that closes the quotation opens it again)
    return _reopened(passage) if _marks_pair(sentence) else passage


_OWN_FACT_BREAKS = (
    "after_count",
    "with_figure",
    "numbered_clause",
    "absolute",
    "consequence",
    "gapped",
    "figure_item",
    "second_figure",
    "to_figure",
    "participle",
    "figure_clause",
    "for_figure",
    "expected_pair",
    "prior_figure",
    "ranked_and",
    "where_clause",
    "count_item",
    "change_clause",
    "fine",
    "gapped_measure",
    "dash_total",
)


_READING_PARTICIPLE = re.compile(
    r"(?:showing|suggesting|signall?ing|indicating|reflecting|underscoring|highlighting|"
    r"pointing to)\s"
)
_NUMBER_BREAKS = (
    "object",
    "comparison",
    "runner_up",
    "cause",
    "dash_summary",
    "fronted_figure",
    *_OWN_FACT_BREAKS,
)
_FIGURE_APPOSITION = re.compile(
    r"(?P<subject>[A-Z][^,]{2,80}),\s+(?:(?:up|down|off|higher|lower)\s+[^,]*\d[^,]*"
    # "The strike, the deadliest on the capital since 2006, destroyed …"
    r"|(?P<rank>the\s+(?:deadliest|largest|biggest|worst|highest|lowest|first|heaviest|"
    r"costliest)\s[^,]*))$"
)


_EXPECTATION_VERB = re.compile(
    r"\b(?:expected|expect|expects|expecting|forecast|forecasts|predicted|predict|predicts|"
    r"projected|projects|estimated|estimate|estimates)\s+"
)


def _own_fact_split(kind: str, left: str, right: str):
    """How the part after an absolute, consequence, gapped, figure-list or two-figure break
    reads, or False."""
    if kind == "with_figure":
        # "on revenue of $10.81 billion" reads after the figure it goes with
        return ("prefix", left + ", ") if rules.has_quantity(left) else False
    if kind in _TAIL_SPLITS:
        return _TAIL_SPLITS[kind](left, right)
    if kind == "figure_clause":
        # "1,620 are clinically confirmed" after "1,654 were laboratory-confirmed" (not after
        # the whole the counts are parts of: "Among the 189 newly hospitalised patients, 136
        # were …" is one claim)
        whole = _WHOLE_BEFORE_PARTS.match(left) and "," not in left
        apart = _FINITE_VERB.search(left) and rules.has_quantity(left) and not whole
        return ("capital", "") if apart else False
    if kind == "for_figure":
        # "and for the rate to increase to 7.9 percent" reads after the verb of the first "for"
        first = list(re.finditer(r"\bfor\s", left))
        both = first and rules.has_quantity(left) and rules.has_quantity(right)
        return ("prefix", left[: first[-1].start()]) if both else False
    if kind == "gapped":
        # "Sierra Leone 348" reads after the clause that gives its verb
        return ("prefix", left + ", ") if rules.has_quantity(left) else False
    if kind == "figure_item":
        # "348 in Sierra Leone" reads after what the first figure of the list follows
        first = _figure_list_start(left)
        if first is not None:
            return ("prefix", left[:first])
        # "Two deaths were reported in Monroe County and four in Lucas County": the count
        # opened the first clause, whose verb the second figure leaves out
        counted = _COUNT.match(left) or rules.has_quantity(left.split(None, 1)[0])
        return ("prefix", left + " and ") if counted and _FINITE_VERB.search(left) else False
    if kind == "after_count":
        return ("capital", "") if _FINITE_VERB.search(left) else False
    if kind == "to_figure":
        # "and to do 300 hours of …" reads after the verb that governs the first "to"
        first = list(re.finditer(r"\bto\s+[a-z]+\s+(?:[a-z]+\s+)?[$€£]?\d", left))
        both = first and rules.has_quantity(right)
        return ("prefix", left[: first[-1].start()]) if both else False
    return _numbered_clause_split(left, right)


def _numbered_clause_split(left: str, right: str):
    """ "Some 30 militants were killed and five others were detained": the second clause
    reads as it is, when each side has its own count and verb."""
    if not _FINITE_VERB.search(left):
        return False  # "Seven other soldiers and 13 civilians were wounded": one subject
    if re.match(_OTHER_SIDE_SAID, right):
        return ("capital", "")  # what the other side said, figures or none
    if _GAPPED_COUNT.match(right):
        # "five of its workers were killed and five injured by …" reads after the first count
        return ("prefix", left + " and ") if _COUNT.search(left) else False
    counted = rules.has_quantity(left) or _COUNT.search(left)  # "five of its workers were …"
    both = counted and (rules.has_quantity(right) or _COUNT.match(right))
    if not both and _PLURAL_SUBJECT_ACT.match(right) and _and_clause_apart(left, True):
        return ("capital", "")  # "Futures pared losses and bonds slipped after the report"
    return ("capital", "") if both else False


# a figure that ends its clause: "In California, the median is $712,430"
# (not a year: "during the summers of 2018 and 2019 in …")
_LIST_FIGURE = re.compile(
    r"(?<![\w$€£.,])(?!(?:1[89]|20)\d\d$)[$€£]?\d[\d,.]*(?:\s*(?:%|percent|million|billion))?$"
)


def _figure_list_start(clause: str) -> int | None:
    """Where the first figure of a list of figures starts in the clause that opens it, after
    the verb the later items leave out: "Liberia had 282 in Monrovia" → before "282"; "In
    California, the median is $712,430" → before "$712,430"; None for neither."""
    item = re.search(rf"(?<![\w$€£.,]){_FIGURE_ITEM}", clause)
    if item:
        return item.start()
    figure = _LIST_FIGURE.search(clause)
    if figure and _FINITE_VERB.search(clause, 0, figure.start()):
        return figure.start()
    return None


_WHOLE_BEFORE_PARTS = re.compile(r"(?:Among|Of|Out of)\s")
_RANGE_START = re.compile(
    r"\b(?:between|from)\s+[$€£]?[\d.,]+\s*(?:million|billion|trillion|thousand|%|percent|"
    r"per cent|m|bn)?\s*\Z"
)
# "and bonds slipped", "and imports fell": a plural subject with its own past verb
_PLURAL_SUBJECT_ACT = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:[a-z]{3,}s|[a-z]{3,}\s+(?:rate|index|price|output|deficit))"
    r"\s+(?:rose|fell|grew|dropped|jumped|climbed|slipped|increased|decreased|"
    r"declined|gained|slid|sank|surged|tumbled|rallied|eased|edged)\b"
)


def _participle_split(left: str, right: str):
    """ "surprising analysts who had expected no change" reads after the figure it follows;
    "showing resilient consumer demand" after the fact it reads."""
    word = right.split(None, 1)[0]
    own = _FINITE_VERB.search(left) and not re.match(_ING_NOUNS, word)
    figure = rules.has_quantity(left) or rules.has_quantity(right)
    reading = _READING_PARTICIPLE.match(right)
    own = own or (reading and _CAUSE_VERB.search(left))  # "… more than offset weakness"
    # (without a figure, an act of its own: "… roared off a launch pad, delivering a NASA
    # satellite to orbit", "a crane bumped the satellite, damaging the antenna" — not what a
    # speaker went on to say, "…, he said, citing …", nor a list of gerunds, "… of raising
    # the wage, expanding healthcare …", nor a title, "Geoff Yoder, acting administrator")
    plain = _PARTICIPLE_OBJECT.match(right) and not (
        _SPEECH_PARTICIPLE.match(right) or SPEECH_VERB.search(left)
    )
    gerunds = _GERUND_LIST.search(left)
    apart = own and not gerunds and (figure or reading or plain) and _word_count(right) >= 3
    return ("prefix", left + ", ") if apart else False


_GERUND_LIST = re.compile(r"\b(?:of|by|for|from|about)\s+[a-z]{3,}ing\b")
# (a participle with its object: "polling firms and media were …" is a noun)
_PARTICIPLE_OBJECT = re.compile(
    r"[a-z]{3,}ing\s+(?:the|a|an|its|his|her|their|our|this|these|those|[A-Z][\w’'-]*|\d)\b"
)
_SPEECH_PARTICIPLE = re.compile(
    r"(?:acting|pending|telling|claiming|alleging|accusing|calling|asking|demanding|citing|"
    r"explaining|urging|promising|describing|insisting|arguing|warning|vowing|pledging|"
    r"stressing|blaming|denying|hoping|seeking|praising|criticising|criticizing|thanking|"
    r"expressing|reiterating|emphasising|emphasizing|referring)\b"
)


def _prior_figure_split(left: str, right: str):
    """ "following a downwardly revised 1.8% decrease in July" reads after the figure's
    clause."""
    own = rules.has_quantity(left) and _FINITE_VERB.search(left)
    return ("prefix", left + ", ") if own else False


def _ranked_and_split(left: str, right: str):
    """ "and the highest level since June" reads after what the first rank follows."""
    ranks = list(_RANK_BEFORE.finditer(left))
    return ("prefix", left[: ranks[-1].start()]) if ranks and ranks[-1].start() else False


def _after_clause_split(left: str, right: str):
    """ "with three testifying …", "killing 12 people" read after their clause; not after a
    comment on what came before, whose fact the clause gives ("This was a short-lived lead,
    however, with Oklahoma City scoring five minutes later")."""
    if _COMMENT_OPENING.match(left) and re.match(r"with\s+[A-Z]", right):
        return False
    return ("prefix", left + ", ")


_COMMENT_OPENING = re.compile(r"(?:This|That|It)\s+(?:was|is)\b")


def _where_split(left: str, right: str):
    """ "where Republicans hold a slim majority" reads after the clause that names the place."""
    own = _FINITE_VERB.search(left) or _PRESENT_VERB.match(left.strip())
    return ("prefix", left + ", ") if own else False


def _second_figure_split(left: str, right: str):
    """ "$3.61 billion in revenue" reads after the verb of the first figure; "between $40
    million and $45 million" is one range, one figure."""
    if _RANGE_START.search(left):
        return False
    first = re.search(r"[$€£]?\d", left)
    both = first and first.start() and rules.has_quantity(left)
    return ("prefix", left[: first.start()]) if both else False


def _gapped_measure_split(left: str, right: str):
    """ "and the number of deaths to 12" reads after the clause whose verb it leaves out, when
    that clause moved a figure the same way ("jumped to 805")."""
    moved = re.search(r"\b[a-z]+\s+(?:to|at)\s+[$€£]?\d", left)
    return ("prefix", left + " and ") if moved and _FINITE_VERB.search(left) else False


def _expected_pair_split(left: str, right: str):
    """A second expectation ("the core index to rise 0.1 percent") reads after the first verb."""
    verbs = list(_EXPECTATION_VERB.finditer(left))
    both = verbs and rules.has_quantity(left) and rules.has_quantity(right)
    return ("prefix", left[: verbs[-1].end()]) if both else False


_COUNT_ITEM = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?:more\s+|other\s+)?(?:counts?|charges?)\s+of\b"
)
_COUNT_LIST_START = re.compile(rf"\b(?:of|on|to)\s+(?={_COUNT_ITEM.pattern})")


def _change_clause_split(left: str, right: str):
    """ "electronics sales declined by 1.5%" reads as it is, only after a change of its own with
    its figure, not after a fronted phrase ("In premarket trading, the stock slid 12 percent")."""
    changed = re.search(rf"\b(?:{_CHANGE_VERB}|reported|recorded|posted)\b[^,;]*\d", left)
    return ("capital", "") if changed else False


_PENALTY_VERB = re.compile(
    r"\b(?:faces|faced|face|facing|pay|pays|paid|ordered|sentenced|given|receive[sd]?)\s+"
    r"(?:to\s+(?:pay\s+)?)?"
)


def _fine_split(left: str, right: str):
    """ "and a $250,000 fine" reads after the verb of the prison term before it ("He faced a
    $250,000 fine"); not without a term with its figure, nor after a part that borrowed its
    subject ("has to pay $44,000 …"), nor when a clause follows the fine (", but prosecutors
    …" splits from the sentence as it was)."""
    verbs = list(_PENALTY_VERB.finditer(left))
    if not verbs or not rules.has_quantity(left[verbs[-1].end() :]) or ", " in right:
        return False
    if not _SUBJECT_START.match(left):
        return False
    return ("prefix", left[: verbs[-1].end()])


_SUBJECT_START = re.compile(r"(?:[A-Z]|(?:the|a|an|he|she|they|it|his|her|its|their)\s)")


def _count_item_split(left: str, right: str):
    """ "King was found guilty of one count of theft, four counts of …": each charge reads
    after the verb of the first ("King was found guilty of four counts of …"); a later
    charge's reading is taken from the first part in _clause_pieces."""
    start = _COUNT_LIST_START.search(left)
    if start:
        return ("prefix", left[: start.end()])
    return ("prefix", "") if _COUNT_ITEM.match(left.strip()) else False


_TAIL_SPLITS = {
    "expected_pair": _expected_pair_split,
    "absolute": _after_clause_split,
    "consequence": _after_clause_split,
    "dash_total": _after_clause_split,
    "participle": _participle_split,
    "prior_figure": _prior_figure_split,
    "ranked_and": _ranked_and_split,
    "count_item": _count_item_split,
    "change_clause": _change_clause_split,
    "fine": _fine_split,
    "where_clause": _where_split,
    "second_figure": _second_figure_split,
    "gapped_measure": _gapped_measure_split,
}


def _number_split(match: re.Match, left: str, right: str, before: str = ""):
    """For the number-dense breaks: False (do not split), None (not one of them), or how the
    second part reads: ("prefix", words borrowed from the first part)."""
    kind = match.lastgroup
    if kind not in _NUMBER_BREAKS:
        return None
    if _inside_quote_or_brackets(left, len(left)) and not _quoted_break(
        match, before + match.group() + right
    ):
        return False
    if kind == "fronted_figure":
        # "Shares of Acme, up 62% this year, rose 6%": the subject carries the second figure
        subject = _FIGURE_APPOSITION.match(left)
        ranked = subject and subject.group("rank")  # "the deadliest since 2006" is a fact
        both = subject and (ranked or rules.has_quantity(right.split(",")[0]))
        return ("prefix", subject.group("subject") + " ") if both else False
    if kind == "dash_summary":
        # "— the division's second time in the black": a rank or count of its own, no verb
        # (a clause of the summary's own noun is no verb of it: "…, the first time that has
        # happened since 1992")
        # (nor one after "in a row" or after the source's comma: "…, the twenty-sixth month in
        # a row the claimant count has fallen, the ONS said")
        head = re.split(r"\b(?:that|which|who)\s|\bin a row\b|,", right, maxsplit=1)[0]
        summary = _RANKED.search(right) and not _FINITE_VERB.search(head)
        own = summary and _FINITE_VERB.search(left)
        return ("prefix", left + match.group().rstrip() + " ") if own else False
    if kind in _OWN_FACT_BREAKS:
        return _own_fact_split(kind, left, right)
    if kind == "runner_up":
        return ("prefix", left + ", ") if rules.has_quantity(right) else False
    if kind == "cause":
        return _cause_split(before or left, right)
    if kind == "object":
        return _object_split(left)
    if not rules.has_quantity(left) or _RESTATED_FIGURE.match(right):
        return False  # "…, sending shares up to $35.37, more than 10 percent, in …"
    if match.group()[:1] != "," and not _CHANGE.match(right):
        return False  # after a dash only a change ("- a rise of 113%"), not "grown from uh - about"
    # "more than 45 times the 2022 total" can stand where the number stood ("rose to …");
    # a change ("down 55% from a year earlier") reads after the whole first part.
    to_number = list(_NUMBER_AFTER_PREPOSITION.finditer(left))
    if to_number and not _CHANGE.match(right) and _STANDS_FOR_FIGURE.match(right):
        return ("prefix", left[: to_number[-1].end()])
    return ("prefix", left + ", ")


def _object_split(left: str):
    """ "earnings of $9.30 a share and revenue of …", "the death toll by one and
    hospitalizations by nine": the second reads after the verb of the first."""
    shape = _NUMBER_OBJECT.search(left)
    if shape and shape.start() > 0:
        return ("prefix", left[: shape.start()])
    # "reported 17 outbreaks in the U.S. and a total of 349 cases": after the verb
    counted = [verb for verb in _VERB_THEN_COUNT.finditer(left) if verb.start() > 0]
    return ("prefix", left[: counted[-1].end()]) if counted else False


_RANK_BEFORE = re.compile(rf"\b(?:the|its|their)\s+{_RANK_WORD}\s")
_RANKED = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"[a-z]+teenth|[a-z]+tieth|last|record|highest|lowest|biggest|largest|smallest|"
    r"most|least|fewest|best|worst)\b|\d"
)


_AS_CLAUSE = re.compile(_AS_SUBJECT_VERB)
_AS_COMPLEMENT = re.compile(
    r"\b(?:describ\w*|regard\w*|seen|known|brand\w*|label\w*|view\w*|hail\w*|"
    r"characteri[sz]\w*|classif\w*|bill(?:ed|s|ing)|tout\w*|portray\w*|depict\w*|identif\w*)"
    r"\b(?:\s+\S+){0,5}\s*$"
)


def _cause_split(left: str, right: str):
    """An "as" clause is a fact of its own after a figure ("rose from 4.3% to 4.4% as the …
    was offset") or when it holds a results verb ("fell as revenue missed forecasts")."""
    if _AS_COMPLEMENT.search(left) or re.search(r"\b(?:and|but|or)$", left):
        # "who described the Tories as the "nasty party"": what they were called; "… and as
        # Port committed men forward, …": the clause goes on after a comma
        return False
    opening = " ".join(right.split()[:16])
    # "as the rise was offset by …", "as more people entered the labor force", "as retail
    # hires were the highest since 2011"
    determined = re.match(
        r"(?:a|an|the|more|fewer|higher|lower|stronger|weaker|rising|falling)\s", right
    ) or re.match(r"(?:[a-z]+\s+){1,2}(?:were|was)\s", right)
    cause_verb = _CAUSE_VERB.search(opening)
    clause = _AS_CLAUSE.match(right)  # (and not "as many as": see the kind's pattern)
    if not ((determined and rules.has_quantity(left)) or cause_verb or clause):
        return False
    if not (_FINITE_VERB.search(left) and (_FINITE_VERB.search(opening) or cause_verb)):
        return False
    return ("capital", "")


def _antecedent(clause: str) -> str | None:
    """What a non-restrictive "which"/"who" clause is about: the name or noun phrase that the
    first clause ends on ("…, led by leisure and hospitality" → "leisure and hospitality")."""
    clause = re.sub(r"\s*\([^)]*\)$", "", clause.strip())
    clause = re.sub(r"[“”\"]", "", clause)  # 'declaring a “public health event”, which …'
    patterns = (
        _SURVEYED_ANTECEDENT,
        _APPOSITIVE_ANTECEDENT,
        _NAME_ANTECEDENT,
        _POSSESSIVE_ANTECEDENT,
        _NOUN_ANTECEDENT,
        _PHRASE_ANTECEDENT,
    )
    for pattern in patterns:
        match = pattern.search(clause)
        if match:
            found = match.group(match.lastindex or 0).strip()
            if found and found.lower() not in ("the", "a", "an"):
                return found
    return None


# counts that split inside a quotation too: '"Twelve civilians have been killed and 22 others
# wounded," he said'
_QUOTED_BREAKS = {"numbered_clause"}


def _quoted_break(match: re.Match, sentence: str) -> bool:
    """A break that splits inside a quotation, in a sentence whose marks pair up (a quotation
    going on from the sentence before may close in it); a stray mark leaves it whole."""
    if match.lastgroup == "clause":
        # a new clause of the speaker's own: '"We scored early, but they came back," said …'
        # (only in a quotation that opens the sentence, so that each part reads with its own
        # marks; not after an editor's "[…]", which a part's wording would leave out)
        return (
            sentence[:1] in ('"', "“")
            and "[" not in sentence[: match.start()]
            and _marks_pair(sentence)
        )
    if (
        match.lastgroup not in _QUOTED_BREAKS
        # a second count with its own verb: '"Our two soldiers were martyred and two were
        # injured in the attack," said …'
        and not (match.lastgroup == "and_clause" and _COUNT.match(sentence, match.end()))
        and not (
            # a figure of its own in a quoted ", which …" clause: '"… as we dealt with inventory,
            # which was up 2 percent at quarter-end," said …'
            match.lastgroup == "relative"
            and re.search(r"[”\"]", sentence[match.end() :])  # (the quotation closes after it)
            and rules.has_quantity(sentence[match.end() : match.end() + 80].split(",")[0])
        )
    ):
        return False
    return _marks_pair(sentence)


def _marks_pair(sentence: str) -> bool:
    """Whether the sentence's quotation marks pair up (a quotation going on from the sentence
    before may close in it)."""
    straight, opening, closing = sentence.count('"'), sentence.count("“"), sentence.count("”")
    carried = sentence.find("”") < sentence.find("“") if opening else closing == 1
    curly_paired = opening == closing or (closing == opening + 1 and carried)
    first = sentence.find('"')
    straight_paired = not straight % 2 or (
        straight == 1 and first > 0 and not is_opening_straight_quote(sentence, first)
    )
    return curly_paired and straight_paired


def _can_split(sentence: str, match: re.Match, left: str, right: str, cursor: int) -> bool:
    """Split only where both sides are independent, checkable statements."""
    if (
        _cannot_be(match.lastgroup, sentence, left, cursor)
        or (
            _inside_quote_or_brackets(sentence, match.start())
            and not _quoted_break(match, sentence)
        )
        or _inside_dash_aside(sentence, match)
    ):
        return False
    if _is_opinion(left) or (
        _is_opinion(right)
        and not _OPINION_CLAUSE.match(right)
        and not match.group("and_said")
        and not _NAMED_SPEAKER.match(right)
    ):
        # … but "…, and I think …" after a fact is an opinion of its own, and so is what the
        # subject went on to say ("… posted on Twitter and said X "should be thrown out"")
        return False
    concession = bool(match.group("concession"))
    if concession or (cursor == 0 and _LEADING_SUBORDINATE.match(sentence) and "," not in left):
        # only a fronted concession ends at its comma; "If/When/As …," clauses stay whole
        return concession and cursor == 0 and _concession_apart(sentence, left, right)
    # "Liberia 282", "four in Nigeria" in a list of figures
    if _parts_too_short(match, left, right):
        return False
    if match.group("continued"):
        opening = " ".join(right.split()[:8])
        # "X said …, adding that …"; "Microsoft raised its guidance, saying it expected …"
        return bool(SPEECH_VERB.search(left) or _FINITE_VERB.search(left)) and bool(
            _FINITE_VERB.search(opening)
        )
    if match.group("and_clause") or match.group("and_subject"):
        return _and_clause_apart(left, bool(match.group("and_subject")), right)
    if match.group("statement_clause"):
        # a fact of its own before it ("Eleven Republicans — including the 10 who …") splits;
        # "issued a statement declaring …" alone is the frame of what follows
        framed = re.search(r"\b(?:statement|letter|release)(?:\s+to\s+[A-Z][\w’'-]+)?$", left)
        return bool(framed) and rules.has_quantity(left)
    if match.group("and_that"):
        # ("Monitoring groups say that the figures are … and that …"; "the ministry says teams
        # are … and that 58 contacts have been listed")
        said = list(_SAID_THAT.finditer(left))
        return bool(said) and bool(_FINITE_VERB.search(left, said[-1].end()))
    if match.group("and_said") or match.group("plan"):
        return bool(_FINITE_VERB.search(left)) and not _open_relative(left)
    if match.group("clause") or match.group("relative"):
        # (no ", which …" part where one would keep a stray mark, '”A suicide bomber …, which
        # killed …', or read two sentences run together, '… fleeing."There were no ISIS …')
        return _clauses_apart(match, left, right) and not (
            match.group("relative") and (not _marks_pair(sentence) or _GLUED.search(sentence))
        )
    if match.lastgroup in _APART_KINDS:
        apart = {
            "court_term": _court_terms_apart,
            "but_predicate": _contrast_apart,
            "casualty_when": _casualty_apart,
            "series": _series_apart,
            "dash_said": _dash_said_apart,
        }
        return apart.get(match.lastgroup, _predicates_apart)(left, right)
    return True


_APART_KINDS = ("predicate", "court_term", "but_predicate", "casualty_when", "series", "dash_said")
_DASH = re.compile(r"\s(?:—|–|--)\s")


def _dash_said_apart(left: str, right: str) -> bool:
    """ "… seized a depot -- local officials said …": a clause of its own before the dash (not
    "The strike — officials said — killed …"), and no dash before it that this one closes
    ("two other species – A and B – relatively recently and X said …")."""
    return bool(_FINITE_VERB.search(left)) and not _DASH.search(left)


_GLUED = re.compile(r"[a-z][.!?][\"“”]?[A-Z]")


def _casualty_apart(left: str, right: str) -> bool:
    return bool(_CASUALTY.search(left))


_CASUALTY = re.compile(r"\b(?:killed|injured|wounded|died|dead|missing)\b")
# "… had been killed when a passenger van and a nearby house were hit by …": one event
# a subordinate clause the second subject may belong to: "examined whether X was … and Y was …"
_SUBORDINATE = re.compile(
    r"\b(?:whether|if|because|when|whenever|after|before|until|since|although|though|while|"
    r"why|how|where|unless|once)\b",
    re.IGNORECASE,
)


# "… and Mr Wickham said …": a second speaker, never part of a clause before it
_NAMED_SPEAKER = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,3}(?:said|says|told)\s")


def _and_clause_apart(left: str, new_subject: bool, right: str = "") -> bool:
    """Two claims when the first clause has its own verb after any speech verb; for a new
    subject ("The allegations have not been proved and Black … have pleaded not guilty") also
    no subordinator or relative clause that could take the second one."""
    # "Employers added 177,000 jobs": "added" before a figure is the fact, not speech
    reported = [
        verb
        for verb in SPEECH_VERB.finditer(left)
        if not (verb.group() in ("added", "adds") and ADDED_COUNT.match(left, verb.end()))
    ]
    own = left[reported[-1].end() :] if reported else left
    if not _FINITE_VERB.search(own) or _COUNTERFACTUAL.search(left):
        return False
    if new_subject and right[:1].isupper() and re.search(r"\b[A-Z][\w’'.-]*\Z", left):
        return False  # "…, American and Afghan military officials said": one subject of two names
    # nor a list the second subject may close: "…, including the four militants and a police
    # officer who was hit"
    return not new_subject or not (
        (_SUBORDINATE.search(left) and not _NAMED_SPEAKER.match(right))
        or _open_relative(left)
        or _RELATIVE.search(own)
        or re.search(r"\b(?:including|such as|among them)\b", own)
    )


def _contrast_apart(left: str, right: str) -> bool:
    """ "… broke ground on more homes, but took out the fewest permits …": two facts."""
    return bool(
        _FINITE_VERB.search(left)
        and not _open_relative(left)
        and not _COUNTERFACTUAL.search(left)
        and not _SUBORDINATE.match(left.strip())
        # (a relative clause split off before: "who was in scoring position but chipped …")
        and not _RELATIVE_OPENING.match(left)
    )


_RELATIVE_OPENING = re.compile(r"\s*(?:who|which|whose|whom)\b", re.IGNORECASE)


def _court_terms_apart(left: str, right: str) -> bool:
    """Two terms of a sentence ("must pay a fine and undergo counselling"); without a court's
    order before it, "and ordered …" is a second predicate as any other."""
    if _COURT_TERM_BEFORE.search(left) and not _open_relative(left):
        return True
    return bool(re.match(r"[a-z]+ed\s", right)) and _predicates_apart(left, right)


def _cannot_be(kind: str | None, sentence: str, left: str, cursor: int) -> bool:
    """Cheap refusals first: any ", the …" is a concession candidate, any ", rose" a fronted
    figure's, but only a fronted concession or a subject with an apposition qualifies."""
    if kind == "concession":
        return bool(cursor) or not _CONCESSIVE.match(sentence)
    if kind == "despite":
        # "But I do know that, despite his pledge …, that it rose …": an aside
        return bool(re.search(r"\b(?:that|and|but|or|if|because)\Z", left))
    return kind == "fronted_figure" and "," not in left


_CLAIMED_THAT = re.compile(r"\b(?:said|says|say|claimed|claim|claims|insisted|told\s+\w+)\s+that\s")
_SUBJECT_THEN_SPEECH = re.compile(
    r"(?:the|a|an|[A-Z][\w’'.-]*|witnesses|residents|officials)\b[^,]{0,60}?\b(?:said|says|told|"
    r"stated|insisted|denied|countered|responded|reported)\b"
)
_SAYING_NEXT = re.compile(r"\s*(?:saying|adding|insisting|claiming)\b[^,]*\Z")


def _concession_apart(sentence: str, left: str, right: str) -> bool:
    """ "Though X will appeal his conviction, the sentence brings …": two claims."""
    # (a long titled subject before its verb: "…, Jizan’s civil defence spokesman Colonel
    # Yahya Abdullah al-Qahtani told …")
    opening = " ".join(right.split()[:12])
    # (a present tense either side: "Although the study offers …, researchers admit that …")
    # (commas inside what one side claimed, when the other side's statement follows: "While
    # residents claimed that a number of people, including soldiers, were killed, the
    # Defence Headquarters said …")
    # (or after what it announced: "While Khartoum announced …, saying the rebels were
    # defeated, witnesses reported …")
    first, _, rest = left.partition(",")
    reported_commas = bool(
        (_CLAIMED_THAT.search(first) or (SPEECH_VERB.search(first) and _SAYING_NEXT.match(rest)))
        and _SUBJECT_THEN_SPEECH.match(right)
    )
    return bool(
        _CONCESSIVE.match(sentence)
        and not _WHILE_AS_TIME.match(left)
        and ("," not in left or reported_commas)
        and (_FINITE_VERB.search(left) or _PRESENT_VERB.search(_CONCESSIVE.sub("", left)))
        and (
            _FINITE_VERB.search(opening)
            or _PRESENT_VERB.search(opening)
            or SPEECH_VERB.search(opening)
        )
        and _word_count(left) > _MIN_WORDS
        and _word_count(right) > _MIN_WORDS
    )


def _parts_too_short(match: re.Match, left: str, right: str) -> bool:
    """Whether a side is too short to stand as a claim; "Liberia 282" in a list of figures, "…
    but Huvelle turned them down" and a term of a sentence ("and undergo counselling") may."""
    # (and "… were killed and 20 wounded": a count with its verb left out)
    if match.group("series"):
        # ("…, added a vegetarian menu, …": a verb and its object, the subject borrowed)
        return _word_count(left) < 3 or _word_count(right) < 3
    gapped_count = match.group("numbered_clause") and _GAPPED_COUNT.match(right)
    # ("… were killed and six injured when a suicide bomber …": the list's last count)
    counted = gapped_count or (match.group("casualty_when") and _GAPPED_COUNT.match(left))
    shortest = 2 if match.group("gapped") or match.group("figure_item") or counted else 3
    if _too_short(left, shortest):
        return True
    if match.group("court_term"):
        return _word_count(right) < 2
    if match.group("continued") and _word_count(right) >= 3 and _FINITE_VERB.search(right):
        return False  # "…, adding that investigations were underway": what else was said
    # "…, below expectations": short, and a fact of its own after a figure
    expectation = match.group("comparison") and _AGAINST_EXPECTATIONS.match(right)
    return _too_short(right, shortest) and not _named_act(match, right) and not expectation


_AGAINST_EXPECTATIONS = re.compile(
    r"(?:well\s+|slightly\s+|just\s+)?(?:below|above|ahead|short|in\s+line|better|worse)\b"
    r"[^,;]*\b(?:expectations|forecasts?|estimates|projections|hopes)\b"
)


def _named_act(match: re.Match, right: str) -> bool:
    """ "… but Huvelle turned them down", "… but permits were much weaker": four words, a
    subject (a name or a plural noun) and its own verb."""
    return bool(match.group("clause")) and bool(
        _SHORT_CLAUSE.match(right) and _word_count(right) >= 4
    )


_SHORT_CLAUSE = re.compile(
    r"[A-Z][\w’'-]+\s+[a-z]{2,}ed\s+\w+"
    r"|(?:[A-Z][\w’'-]+|[a-z]{3,}s)\s+(?:were|was|are|is|rose|fell|grew|[a-z]{2,}ed)\s+\w+"
)


_WHOLE_WORD = re.compile(r"(?:^|\W)\w+(?:\W|$)")
_NOUN_BEFORE = re.compile(
    r"\b(?:in|of|the|a|an|its|their|his|her|our|by|for|from|with|on|at|to|all|many|some|"
    # (and a count: "has grown to 16 confirmed cases")
    r"several|two|three|four|five|these|those|\d[\d,.]*)\s+\Z"
)


def _clauses_apart(match: re.Match, left: str, right: str) -> bool:
    """Whether ", and/but/so …" or ", which/who …" starts a clause of its own."""
    if match.group("clause") and _COUNTERFACTUAL.search(left):
        return False
    reported = [
        verb
        for verb in SPEECH_VERB.finditer(left)
        if not (verb.group() in ("added", "adds") and ADDED_COUNT.match(left, verb.end()))
        # a whole word, and not a noun: "in states that allow early voting"
        and _WHOLE_WORD.fullmatch(left, max(0, verb.start() - 1), min(len(left), verb.end() + 1))
        and not _NOUN_BEFORE.search(left, 0, verb.start())
        # (nor a passive: "three further cases have been reported in Uganda, but …")
        and not _PASSIVE_BEFORE.search(left, 0, verb.start())
    ]
    said = left[reported[-1].end() :] if reported else ""
    if (
        match.group("clause")
        and reported
        and _word_count(said) <= 6
        and not re.match(r"\s*(?:for|about)\b", said)
        and not _CLOSING_ATTRIBUTION.fullmatch(said)
        and not re.search(r"[“”\"]", said)
        and not _FINITE_VERB.search(said)
    ):
        return False  # "X said A, 29, and B, 22, had planned …": one clause, two subjects
    opening = " ".join(re.sub(r"\([^)]*\)", " ", right).split()[:10])
    # (a verb of a clause within, "and the 10th overall … since tennis turned professional",
    # is not the part's own)
    opening = _SUBORDINATE_WITHIN.split(opening, 1)[0]
    # two figures make two facts even where the first verb is a present tense the verb
    # list does not know ("employs 3,900 people, and it has offices in 35 cities")
    figures = rules.has_quantity(left) and rules.has_quantity(right)
    own_verb = (
        _FINITE_VERB.search(opening)
        or _OPINION_CLAUSE.match(right)
        # "which partially offsets …", "who’d put …": the break itself found the verb
        or (match.group("relative") and _RELATIVE_VERB.match(right))
        or (match.group("clause") and _PLURAL_SUBJECT_PRESENT.match(opening))
        # "…, and he hopes to implement it in full": a present tense after a pronoun
        or (match.group("clause") and _PRONOUN_PRESENT.match(opening))
    )
    return bool((figures or _FINITE_VERB.search(left)) and own_verb)


_PASSIVE_BEFORE = re.compile(r"\b(?:been|being|be|was|were|is|are)\s+$")
_SUBORDINATE_WITHIN = re.compile(
    r"\s(?:since|when|after|before|because|while|if|until|though|although|unless|who|which)\s"
)


def _predicates_apart(left: str, right: str) -> bool:
    """Two predicates of one subject are two claims when a figure makes one of them a fact of
    its own ("has published 350 million articles and has clocked up …"); "pleaded guilty and
    were sentenced" is one event, and nothing splits inside an open ", which …" clause."""
    if _open_relative(left):
        return False  # "Revenue, which ended May 30 and was the first quarter, rose …"
    if _ALSO_ACT.match(right) and _FINITE_VERB.search(left):
        return True  # "fired mortar bombs on … and also arrested six suspects": a second act
    counted = (
        rules.has_quantity(left)
        or rules.has_quantity(right)
        or _ONE_VICTIM.search(left)
        # a count spelled out on each side: "had six aces and committed four double faults"
        or (_SPELLED_COUNT.search(left) and _SPELLED_COUNT.match(right, right.find(" ") + 1))
    )
    if not counted:
        return bool(
            _FINITE_VERB.search(left)
            and _word_count(left) >= 6
            and _word_count(right) >= 5
            and _SECOND_PREDICATE.match(right)
            # ("pleaded guilty and were sentenced": one event of a case)
            and not _SENTENCED.match(right)
            # (nor a fragment with an unpaired bracket, "Tactics) force arrived …": a cut
            # sentence, whose parts would lose the bracket)
            and left.count("(") == left.count(")")
        )
    if right[:1].islower() and not right.startswith(_AUXILIARIES):
        # "injured one person and damaged windows": a second verb parallel to the first
        parallel = _ONE_VICTIM.search(left) and re.match(r"[a-z]+ed\s", right)
        return bool(_FINITE_VERB.search(left) and (_OBJECT_START.match(right) or parallel))
    return True


# ("… removed a last layer of debris on Thursday and found five shafts inside")
_SECOND_PREDICATE = re.compile(
    # ("… late in the afternoon and did not attend the press conference"; not "does not",
    # whose subject must agree: "“We does not appear …" would read after a quotation's "we")
    rf"(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST}|has|have|had|is|are|was|were|did\s+not)\s"
)
_SPELLED_COUNT = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b"
)


def _series_apart(left: str, right: str) -> bool:
    """ "…, added a breakfast value menu, opened hundreds of new restaurants and set records":
    a predicate with its object in a series that ends in "and" + another predicate."""
    verbs = _FINITE_VERB.findall(left)
    quoted = re.search(r"[“\"]", right)
    end = _SERIES_END.search(right, 0, quoted.start() if quoted else len(right))
    return bool(
        verbs
        # ("Dr Sultan was the director at the hospital, declared out of service by …": a
        # participle describing the hospital, not a second act of hers)
        and verbs[-1] not in ("is", "are", "was", "were")
        and not _BY_AGENT.match(right)
        and not _open_relative(left)
        and _OBJECT_START.match(right)
        and end
        and "“" not in left
        and '"' not in left
    )


_BY_AGENT = re.compile(r"[a-z]+\s+(?:[\w’'-]+\s+){0,4}?by\s")


_SERIES_END = re.compile(
    rf"(?:,\s+|\s+)and\s+(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST}|went|came|set|spoke|chose|swept)\s"
)
_SENTENCED = re.compile(r"(?:was|were)\s+(?:sentenced|convicted|jailed|acquitted)\b")
_ALSO_ACT = re.compile(rf"also\s+(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST})\s+(?!(?:that|to|by)\b)\w")
_GAPPED_COUNT = re.compile(
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+"
    r"(?:others\s+|more\s+)?(?:injured|wounded|hurt|arrested|detained|missing)\b"
)
_COUNT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
    r"hundreds|thousands|(?:thir|four|fif|six|seven|eigh|nine)teen|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b",
    re.I,
)


_SUPERLATIVE = re.compile(
    r"(?:the|its|their)\s+(?:most|highest|lowest|biggest|largest|smallest|fewest)\s+\w+"
)


# "injured one person and damaged the roof": a count of one is a figure too
_ONE_VICTIM = re.compile(
    r"\b(?:killed|injured|wounded|hurt|arrested|detained|rescued)\s+(?:only\s+)?one\s+"
    r"(?:person|man|woman|child|boy|girl|soldier|civilian|officer|resident|worker|member)\b"
)


def _open_relative(left: str) -> bool:
    """Whether `left` ends inside a non-restrictive ", which/who …" clause not yet closed."""
    opened = list(re.finditer(r",\s+(?:which|who)\b", left))
    return bool(opened) and "," not in left[opened[-1].end() :]


def _too_short(part: str, shortest: int = 3) -> bool:
    """Too short to stand as a claim: four words or fewer, unless it holds a figure
    ("Andorra reported only four") in at least `shortest` words."""
    words = _word_count(part)
    if words > _MIN_WORDS or words < shortest:
        return words <= _MIN_WORDS
    return not (_COUNT.search(part) or _SUPERLATIVE.match(part.strip()))  # "the most since May"


_SUBJECT_APPOSITIVE = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,\s+(?:a|an|the)\s[^,]+,\s")
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had"})
_PARTICIPLE_START = re.compile(r"[a-z]{2,}ed\s")
_PARTICIPLE_AFTER = re.compile(
    rf"\s+(?:[a-z]+ly\s+|not\s+|also\s+|been\s+|being\s+)*(?:[a-z]{{2,}}(?:ed|en)|{_IRREGULAR_PAST})\b"
)
_CLAUSE_COMMA = re.compile(r",\s")  # (not the comma of "4,000")
_MODALS = frozenset("can could may might must should will would".split())
_BE_AFTER = re.compile(r"\s+(?:also\s+|not\s+|still\s+)?be\b")
_PASSIVE_PREDICATE = re.compile(rf"(?:[a-z]{{2,}}ed|{_IRREGULAR_PAST})\s")
_SPEECH_PREDICATE = re.compile(r"(?:said|added|told|noted|stated|explained|wrote)\b")


def _with_subject(first_clause: str, passage: str) -> str:
    """Let a coordinated predicate ("… and limited X") read as a sentence: reuse the subject."""
    # (a relative whose verb follows it: "which rose …", not "reports that civilians were …")
    relatives = [
        relative
        for relative in _RELATIVE.finditer(first_clause)
        if _subject_gap(first_clause, relative.end())
    ]
    # "Muslim Khan, a spokesman for militants led by X, confirmed …": the verb after the aside
    aside = _SUBJECT_APPOSITIVE.match(first_clause)
    start = aside.end() if aside else 0
    closed = relatives and _CLAUSE_COMMA.search(first_clause, relatives[-1].end())
    if closed:
        # "In its segment, which provides news …, revenue fell 7 percent but was flat": the
        # relative clause closed before the main clause, whose verb the predicate shares
        relatives, start = [], max(start, closed.end())
    verb = _FINITE_VERB.search(first_clause, start)
    after = relatives and first_clause[relatives[-1].end() :].split(None, 1)[:1]
    auxiliary = after and after[0] in _PASSIVE_AUXILIARIES and _PARTICIPLE_START.match(passage)
    if auxiliary and _SPEECH_PREDICATE.match(passage):
        # "Mr X congratulated leaders who are going to …, and added - “…”": one who speaks is
        # the sentence's subject, not a relative's passive ("leaders who are added")
        relatives = []
    if relatives:
        # "a serviceman who was run down with a car and stabbed to death" → "… who was stabbed"
        sentence = first_clause[: relatives[-1].end()] + (after[0] + " " if auxiliary else "")
        sentence += passage
    elif verb and verb.start() > 0:
        reported = (
            verb.group() in _SAYING_VERBS
            and not SPEECH_VERB.match(passage)  # ("… but denied …": the speaker's own act)
            and _REPORTED_VERB.match(first_clause, verb.end())
        )
        # "X said the strike targeted a house and killed ten people": what was said goes on,
        # with its own subject ("X said the strike killed ten people")
        word, start, end = (
            (reported.group("verb"), reported.start("verb"), reported.end("verb"))
            if reported
            else (verb.group(), verb.start(), verb.end())
        )
        inner = None if reported else _last_inner_clause(first_clause, verb.end())
        if (
            inner
            and inner.group("verb") in _PASSIVE_AUXILIARIES
            and _SPEECH_PREDICATE.match(passage)
        ):
            # ("Kyle cited … after the Ponzi scheme was exposed in 2008 and noted that …": a
            # passive clause's subject notes nothing; the sentence's subject does)
            inner = None
        if inner:
            # "… as East hit 13 three-pointers and controlled the game" → "East controlled …":
            # the predicate goes with the clause just before it, not the sentence's first
            start, (word, end) = inner.start("subject"), (inner.group("verb"), inner.end("verb"))
        # "Smith was sentenced … and ordered to pay …" → "Smith was ordered to pay …"
        # (not a main verb: "Zverev had six aces and committed …" → "Zverev committed …")
        auxiliary = (
            word in _PASSIVE_AUXILIARIES
            and _PARTICIPLE_START.match(passage)
            and _PARTICIPLE_AFTER.match(first_clause, end)
        )
        modal_be = word in _MODALS and _BE_AFTER.match(first_clause, end)
        if modal_be and _PASSIVE_PREDICATE.match(passage):
            # "it also can be manufactured illegally and cut into heroin" → "it also can be
            # cut into heroin": the passive goes on with its modal
            auxiliary, end = True, modal_be.end()
        # "In April, it expanded by 0.31%, but shrank …" → "It shrank …": the time or place
        # put before the subject is the first clause's, not the second's
        fronted = None if closed or aside else _FRONTED_PHRASE.match(first_clause)
        subject = fronted.end() if fronted and fronted.end() <= start else 0
        sentence = first_clause[subject : end + 1 if auxiliary else start]
        if inner:
            sentence = first_clause[start : end + 1 if auxiliary else inner.start("verb")]
        sentence += passage
    else:
        # "Park, 66, maintains she’s a victim … and has been refusing to attend …": a name
        # whose verb is a present tense the verb list does not know still lends its subject
        named = _NAME_THEN_PRESENT.match(first_clause)
        sentence = (named.group("name") + " " if named else "") + passage
    return sentence[:1].upper() + sentence[1:]


_NAME_THEN_PRESENT = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:,\s+\d{1,3},)?\s+[a-z]{3,}s\s"
)


# a clause of its own inside the first part: "… and special police forces have entered …",
# "… as East hit …" (a subject of one to four words, then its finite verb)
_INNER_CLAUSE = re.compile(
    r"\b(?:and|but|as|when|while|after|because|since|though|although)\s+"
    r"(?P<subject>(?:the|its|their|his|her|[A-Z][\w’'-]*)"
    r"(?:\s+(?!(?:and|or|but|as|to|of|in|on|at|by|for|with|that|who|which)\b)[\w’'-]+){0,3}?"
    # ("special police forces")
    r"|(?:[a-z]+\s+){0,2}[a-z]{3,}s)\s+"
    rf"(?P<verb>has|have|had|was|were|is|are|will|would|[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b"
)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+\Z")


def _last_inner_clause(first_clause: str, after: int) -> re.Match | None:
    """The last clause with its own subject and verb after the first clause's verb, when no
    other verb follows its own (the predicate after "and" then goes with it)."""
    inner = None
    for found in _INNER_CLAUSE.finditer(first_clause, after):
        inner = found
    if inner is None or _FINITE_VERB.search(inner.group("subject")):
        return None
    later = [
        verb
        for verb in _FINITE_VERB.finditer(first_clause, inner.end("verb"))
        # ("down the left wing": after a determiner, an adjective)
        if not _DETERMINER_BEFORE.search(first_clause, 0, verb.start())
    ]
    # "have entered": a participle after the clause's auxiliary is its own verb, not another
    if len(later) > 1 or (later and not _PARTICIPLE_AFTER.match(first_clause, inner.end("verb"))):
        return None
    return inner


_FRONTED_PHRASE = re.compile(
    r"(?:In|On|At|By|During|Throughout|Since|Over|Last|This|Earlier|Later|Meanwhile|Separately|"
    r"Overall)"
    r"\b[^,;:“”\"]{0,60}?,\s+(?=[a-z]|[A-Z][\w’'-]*\s+[a-z])"
)
_SAYING_VERBS = frozenset(
    "said says told added noted stated explained contended alleged argued testified".split()
)
# what was said, with its subject and verb: " the air strike on Saturday targeted", " that
# Russian attacks during the past day damaged"
_REPORTED_VERB = re.compile(
    r"(?:,\s+however,)?(?:\s+[\w’'.$%-]+){1,11}?\s+"
    rf"(?P<verb>is|are|was|were|has|have|had|will|would|could|did|[a-z]+ed|{_IRREGULAR_PAST})\b"
)


def _subject_gap(clause: str, at: int) -> bool:
    """Whether a relative pronoun at `at` is the subject of the verb after it ("which rose",
    "who also is"), not the start of a clause with a subject of its own ("that civilians
    were killed")."""
    words = _GAP_WORDS.match(clause, at)
    if not words:
        return False
    first, second = words.group("first"), words.group("second")
    if _FINITE_VERB.fullmatch(first):
        return True
    # "which employs 3,900 people": a present tense the verb list does not know
    verb_after = second and _FINITE_VERB.fullmatch(second)
    return first.endswith("s") and first.islower() and not verb_after


_GAP_WORDS = re.compile(
    r"(?:(?:[a-z]+ly|also|still|already|later|then|now)\s+)?(?P<first>[\w’'-]+)"
    r"(?:\s+(?P<second>[\w’'-]+))?"
)


def _is_opinion(fragment: str) -> bool:
    return bool(rules.OPINION.search(fragment)) and not rules.has_quantity(fragment)


def _inside_quote_or_brackets(sentence: str, position: int) -> bool:
    # a quotation going on from the sentence before: everything up to its closing mark
    closing, opening = sentence.find("”"), sentence.find("“")
    if 0 <= closing and (opening < 0 or closing < opening) and position < closing:
        return True
    # the same with straight quotes: '… in May, surprising economists," Smith said.'
    straight = sentence.find('"')
    if (
        0 < straight
        and position < straight
        and sentence.count('"') % 2
        and not sentence[straight - 1].isspace()
        and sentence[straight - 1] not in "([“"
    ):
        return True
    before = sentence[:position]
    opened = before.count("“") - before.count("”") + before.count('"') % 2
    return opened > 0 or before.count("(") > before.count(")")


def _word_count(fragment: str) -> int:
    return len(_WORD.findall(fragment))


_LINE_BREAK = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def _make_claim(
    text: str,
    span: tuple[int, int],
    reader_text: str,
    attribution: Attribution,
    is_part: bool,
) -> Claim | None:
    start, end = span
    passage = text[start:end]
    if "\n" in reader_text or "\r" in reader_text:  # (the pattern needs one; most text has none)
        reader_text = _LINE_BREAK.sub(" ", reader_text)  # a hard-wrapped sentence reads as one line
    speaker = attribution.speaker
    words = _word_count(passage)
    quantity = rules.has_quantity(passage)
    # a three-word sentence ("It has enemies.") is still a statement; a part counts the words
    # it reads with ("and undergo counselling" → "He must undergo counselling.")
    read = _word_count(reader_text) if is_part else words
    # (and so is a part of three words with its verb: "Investigations were underway.")
    stands = read >= 3 and bool(_FINITE_VERB.search(reader_text))
    if read < _MIN_WORDS and (is_part and not stands or words < 3):
        counted = quantity or (words >= 2 and _COUNT.search(passage))
        if not counted:
            return None
    # blanking ages and durations can only take a quantity away, never add one
    has_number = quantity and rules.measures_something(passage, quantity)
    reason = checkable_reason(passage, has_number)
    if (
        reason is None
        and is_part
        and len(reader_text) > len(passage) + 1
        and not _FINITE_VERB.search(passage)
        # (not a figure before it: "predicts prices will rise 3%, following a 6% gain this
        # year" — what came before the forecast is a fact)
        and not _PRIOR_PART.match(passage)
    ):
        # a figure with no verb of its own, read after the clause it depends on, keeps that
        # clause's forecast: "said to expect revenue of $11.8 billion, with per-share earnings
        # between 22 and 24 cents"
        framed = checkable_reason(reader_text, has_number)
        reason = framed if framed in ("prediction", "intent") else None
    elif reason is None and is_part and _PASSIVE_PREDICATE.match(passage):
        # "… will be closed on Monday and reopened on Friday": the modal the predicate reads
        # with ("The bridge will be reopened on Friday") makes it a forecast too
        at = reader_text.rfind(passage[:12])
        if at > 0 and _FORECAST_BE.search(reader_text, 0, at):
            reason = "prediction"
    by_model = False
    if reason is None and not _COURT_ORDER.search(reader_text):
        # what the rules leave checkable, the trained model may still read as an opinion, a
        # forecast or an appeal (checkability.py); a court's order ("will have to serve 200
        # hours") is a fact, as for the rules
        # (the passage's measured quantity is the reader's when they are the same text)
        reason = unverifiable_reason(reader_text, has_number if reader_text == passage else None)
        by_model = reason is not None
    kind = _kind(passage, speaker, has_number, reason)
    score, reasons = score_passage(reader_text, kind, speaker, has_number, reason)
    if by_model:
        reasons = reasons + ("reads as not checkable (checkability model)",)
    if is_part:
        reasons = reasons + ("one part of a compound sentence",)
    if speaker is None:
        how = "reporter"
    else:
        how = "direct" if attribution.direct else "reported"
    return Claim(
        start=start,
        end=end,
        text=reader_text,
        kind=kind,
        speaker=speaker,
        score=score,
        reasons=reasons,
        checkable=reason is None,
        attribution=how,
        checkable_reason=reason,
    )


_FORECAST_BE = re.compile(r"\b(?:will|would|may|might|shall)\s+(?:also\s+|still\s+)?be\s+$")
_PRIOR_PART = re.compile(r"(?:following|after)\s+(?:a|an)\s")
# "…?” Maha Abu Rizq said." is a question too.
_QUESTION_THEN_ATTRIBUTION = re.compile(
    r"\?[\"'”’)\]]*,?\s+(?:[\w.’'-]+\s+){0,5}"
    r"(?:said|says|asked|asks|wondered|added|told|tells)\b[^?]*$"
)
# a question reported: "Mr Johnson questioned whether Corbyn wanted to be prime minister"
_REPORTED_QUESTION = re.compile(
    r"\b(?:questioned|questions|wondered|wonders)\s+(?:whether|if|why)\b"
)
# "may be linked" is a hedge; "may be “stabilizing”" a judgement of where things go
_MAY_BE = re.compile(r"\b(?:may|might) be\b(?!\s+[“\"‘']?[a-z]{3,}ing\b)")
_FORECAST_VERB = re.compile(
    r"\bexpects?\b(?:\s+\S+){0,4}\s+to\s+(?:grow|rise|fall|reach|increase|decline|drop|shrink)"
    # "… and said it expected to sell one million iPhones"
    # "said he expects Schumer to schedule another vote"
    r"|\bexpects?\s+(?:[\w’'-]+\s+){0,4}to\s+[a-z]+"
    # "it expects thousands of new cases in Liberia in the next three weeks"
    r"|\bexpects?\s+(?:[\w’'-]+\s+){0,8}?(?:in|over)\s+the\s+(?:next|coming)\b"
    # a company's guidance: "Apple forecast earnings for the current quarter of 95 cents"
    r"|\bforecasts?(?<!had forecast)(?<!had forecasts)\s+(?:[\w-]+\s+){0,3}?for\s+(?:the\s+)?"
    r"(?:current|next|coming|full|fiscal)\b"
    # "HP is now predicting profit of $4.45 to $4.50 per share"
    r"|\b(?:is|are)\s+(?:now\s+)?(?:predicting|forecasting|projecting)\b"
    r"|\b(?:it|he|she|they|we)\s+expected\s+to\s+(?:earn|sell|post|report|make|reach|"
    r"grow|rise|fall|ship|deliver|win|lose|return)\b"
    # "the health department expects an increase in cases this year"
    r"|\bexpects?\s+(?:an?\s+|further\s+)?(?:[a-z-]+\s+)?(?:increase|rise|decline|drop|fall|"
    r"surge|rebound|recovery|slowdown|spike|jump)s?\b"
    # company guidance: "it expects earnings of 94 cents to $1.03 a share"
    r"|\b(?:expects?|forecasts|projects)\s+(?:\S+\s+){0,2}(?:earnings|revenue|sales|profit|"
    r"a loss|a profit|growth|income)\b"
    # "Beyond Meat projects between $85 million and $110 million"
    r"|\b(?:it|company|firm|[A-Z][\w-]*)\s+(?:expects|forecasts|projects)\s+"
    r"(?:between\s+|about\s+|roughly\s+)?[$€£]\d"
)


def checkable_reason(passage: str, has_number: bool | None = None) -> str | None:
    """Why a passage cannot be checked, or None: question, boilerplate, intent, exhortation,
    opinion, prediction (first match wins). Words inside quotation marks count: a quoted
    opinion is an opinion."""
    # (one apostrophe for the patterns: copy types "didn’t" as often as "didn't")
    passage = passage.replace("’", "'")
    if (
        rules.QUESTION_END.search(passage)
        or _QUESTION_THEN_ATTRIBUTION.search(passage)
        or _REPORTED_QUESTION.search(passage)
    ):
        return "question"
    if rules.BOILERPLATE.search(passage):
        return "boilerplate"
    if rules.INTENT.search(passage):
        return "intent"
    # "He must pay a $6,000 fine": a term of a sentence, neither an exhortation nor a prediction
    # (looked for only when the passage would be one)
    if (
        rules.EXHORTATION.search(passage) or rules.IMPERATIVE.match(passage)
    ) and not _COURT_ORDER.search(passage):
        return "exhortation"
    unclear = "unclear" in passage and _UNCLEAR.search(passage)
    if unclear and not SPEECH_VERB.search(passage, 0, unclear.start()):
        # the reporter's own uncertainty: "It's also unclear whether he'll begin serving his
        # term" (what a source calls unclear, "Army Radio said it was unclear …", is reported)
        return "opinion"
    opinion = _evaluative_word(passage)
    if opinion or _opinion_opens_quotation(passage):
        if has_number is None:
            has_number = rules.measures_something(passage)
        # a figure makes a statistic, unless the appraisal is what the clause predicates:
        # "The 1,000th case … is a troubling reminder of …", "It was a phenomenal quarter …"
        if not has_number or (opinion and _appraised(passage, opinion)):
            return "opinion"
    unhedged = _MAY_BE.sub(" ", passage) if " be" in passage else passage  # (what it needs)
    if "face" in unhedged or " be required" in unhedged or " be ordered" in unhedged:
        # "could face more than 20 years in prison": the law's maximum, a checkable fact
        unhedged = _LEGAL_MAXIMUM.sub(" ", unhedged)
    if "could" in unhedged and _PAST_SPEECH.search(unhedged):
        # reported in the past, "could" is the past of "can": "asked him if he could see
        # marks", "told the officer she could not fight back"
        unhedged = _PAST_ABILITY.sub(" ", unhedged)
    forecast = rules.FORECAST.search(unhedged) or _FORECAST_VERB.search(passage)
    if (
        forecast
        and not rules.FINDING.search(passage)
        and not _happened_before(passage, forecast)
        and not _past_fact_after(passage, forecast)
        and not _counted_expectation(passage, forecast)
    ):
        return None if _COURT_ORDER.search(passage) else "prediction"
    return None


def _counted_expectation(passage: str, forecast: re.Match) -> bool:
    counted = _COUNTED_EXPECTATION.search(passage) if "of" in passage else None
    return bool(counted) and counted.start() <= forecast.start() < counted.end() + 80


# a survey's count of people by what they expect: "The share of consumers who said they expect
# business conditions to improve … fell 1.7 points to 29.9 percent" (a figure, not a forecast)
_COUNTED_EXPECTATION = re.compile(
    r"\b(?:share|percentage|proportion|number|percent|majority|fraction)\s+of\s+"
    r"(?:[\w-]+\s+){1,3}?(?:who|that)\s+(?:said\s+they\s+|say\s+they\s+)?"
    r"(?:expect|expected|anticipate|plan|planned|intend)\b"
)


def _evaluative_word(passage: str) -> re.Match | None:
    """The first evaluative word, unless a court's decision comes before it: in "X was
    sentenced to 10 years … for orchestrating a variety of corrupt dealings" the decision is the
    claim, and the words describing the crimes do not make it a view."""
    opinion = rules.OPINION_WORDS.search(passage)
    if opinion and _COURT_OUTCOME.search(passage, 0, opinion.start()):
        return None
    return opinion


_COURT_OUTCOME = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:sentenced|convicted|acquitted|"
    r"found\s+(?:not\s+)?guilty|indicted)\b|\bpleaded\s+(?:not\s+)?guilty\b"
)
_UNCLEAR = re.compile(
    r"\b(?:remains|is|was|[Ii]t's|[Ii]t’s)\s+(?:still\s+|also\s+)?unclear\b(?![^.;]*\bbecause\b)"
)
_LEGAL_MAXIMUM = re.compile(
    r"\b(?:could|would|may|might|will)\s+face\s+(?:up\s+to\s+|more\s+than\s+|at\s+least\s+|"
    r"a\s+maximum\s+(?:sentence\s+)?of\s+|as\s+(?:much|many)\s+as\s+)?(?:\d[\d,.]*|[a-z]+)\s+"
    r"(?:years|months)\b"
    # "He also could be required to forfeit the 52 million dollars": what the law allows
    r"|\b(?:could|would|might)\s+(?:also\s+)?be\s+(?:required|ordered)\s+to\s+"
    r"(?:pay|forfeit|repay|serve)\b"
)
_PAST_SPEECH = re.compile(r"\b(?:said|told|asked|testified|recalled|explained)\b")
_PAST_ABILITY = re.compile(
    r"\bcould(?:\s+not|n't|n’t)?\s+(?:see|hear|feel|walk|move|breathe|speak|talk|fight|"
    r"remember|recall|find|stand|sleep|eat|read|get|reach)\b"
)
_COPULA_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|remains?|remained|’s|'s)\s+(?:(?:a|an|the|such\s+a|so|"
    r"very|really|truly|just|also|still)\s+){0,2}(?:[\w-]+\s+)?\Z"
)


_REPORTED_VIEW = re.compile(
    r"\b(?:why|whether|thinks?|thought|believes?|believed|claims?|claimed|says?|said|argues?|"
    r"argued)\b(?:\s+that)?\s+(?:\S+\s+){0,4}\Z"
)


def _appraised(passage: str, opinion: re.Match) -> bool:
    """Whether an evaluative word is the clause's predicate ("… is a troubling reminder"),
    with no figure of its own up to the end of the clause."""
    copula = _COPULA_BEFORE.search(passage, max(0, opinion.start() - 40), opinion.start())
    if not copula or _REPORTED_VIEW.search(passage, max(0, copula.start() - 40), copula.start()):
        return False  # "… lay out why he thinks that this election is rigged": his view
    clause_end = re.search(r"[,;:]|$", passage[opinion.end() :])
    return not re.search(r"\d", passage[opinion.start() : opinion.end() + clause_end.start()])


# a quotation's first word has a capital only because it opens the quotation: 'said:
# "Dynamite numbers across the board."' (the evaluative words are matched in lower case so that
# "Great Britain" and "Best Buy" stay names)
# (a word before a lower-case one: "Great Britain", "Best Buy" stay names)
_QUOTATION_CAPITAL = re.compile(r"[“\"‘]\s*[A-Z](?=[a-z]+\s+[a-z])")


def _opinion_opens_quotation(passage: str) -> bool:
    opening = _QUOTATION_CAPITAL.search(passage)
    if not opening:
        return False
    lowered = _QUOTATION_CAPITAL.sub(lambda found: found.group().lower(), passage)
    return bool(rules.OPINION_WORDS.search(lowered))


# What a court ordered, in the third person: "will also have to serve three years of supervised
# release", "must pay a $6,000 fine", "will be on probation for two years"
_COURT_ORDER = re.compile(
    # (the lookahead first: the three lookbehinds are tried only where "will"/"must" starts)
    r"(?=[wm])(?<!\bI )(?<!\b[Ww]e )(?<!\b[Yy]ou )\b"
    r"(?:will (?:also )?(?:have to |be required to )?|"
    r"must (?:also )?)(?:serve|pay|undergo|forfeit|register|perform|complete|"
    r"be on (?:probation|supervised release|parole)|turn (?:himself|herself|themselves) in|"
    r"(?:now )?spend (?:the next )?\S+ (?:years|months|decades?) (?:in|behind)|"
    r"report to (?:prison|jail|(?:federal |state )?custody)|"
    # "the one-year larceny charge will run concurrent(ly)": how the terms add up
    r"run (?:concurrent|concurrently|consecutive|consecutively))\b"
)


def _happened_before(passage: str, forecast: re.Match) -> bool:
    """'Netanyahu met Putin …, an issue that is expected to top …' reports an event first; a
    speech verb ('said he would') does not count."""
    return any(
        not SPEECH_VERB.fullmatch(past.group())
        # "When those costs are included, HP expects …": a passive state, not an event
        and not _STATE_BEFORE.search(passage, 0, past.start())
        # "the summer's burst of speed could …", "a hundred", "the expected rise", ", based
        # in …,": a word in -ed that is no past event
        and past.group() not in _NOT_PAST
        and not _ADJECTIVE_BEFORE.search(passage, 0, past.start())
        # ("Stephen Ascher, New York-based criminal defense attorney, said …": an adjective)
        and passage[past.start() - 1 : past.start()] != "-"
        for past in rules.PAST_EVENT.finditer(passage, 0, forecast.start())
    )


def _past_fact_after(passage: str, forecast: re.Match) -> bool:
    """'Israel expects Syria to observe a 1974 deal that set out a demilitarized zone': what
    the expectation is about is described by a relative clause in the past tense, a fact that
    can be checked (a speech verb does not count: 'a plan that he said …')."""
    for relative in _OBJECT_RELATIVE.finditer(passage, forecast.end()):
        past = rules.PAST_EVENT.match(passage, relative.end())
        if past and not SPEECH_VERB.fullmatch(past.group()) and past.group() not in _NOT_PAST:
            return True
    return False


_OBJECT_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:had\s+)?")
_STATE_BEFORE = re.compile(r"\b(?:is|are|be|been|being)\s+\Z")
_NOT_PAST = frozenset(
    "speed need indeed seed feed breed greed hundred red bed shed wed naked wicked sacred "
    "hatred kindred rugged ragged crooked beloved learned aged".split()
)
# an -ed word after a determiner or opening an aside is an adjective or a participle
_ADJECTIVE_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|these|those|more|most|less|un)|,)\s+\Z"
)


_REASON_KINDS = {
    "question": "question",
    "opinion": "opinion",
    "exhortation": "opinion",
    "prediction": "prediction",
    "intent": "prediction",
}


def _kind(passage: str, speaker: str | None, has_number: bool, reason: str | None) -> str:
    """What the claim says, apart from how it is attributed: the reason's kind when it cannot
    be checked, else statistic, position (attributed stance), event (a dated past action) or
    fact."""
    if reason in _REASON_KINDS:
        return _REASON_KINDS[reason]
    if has_number:
        return "statistic"
    if speaker:
        return "position"
    if rules.PAST_EVENT.search(passage) and rules.YEAR_OR_DATE.search(passage):
        return "event"
    return "fact"
