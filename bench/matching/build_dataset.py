# ruff: noqa: E501  (a table of sentences reads best one row per line)
"""Write bench/matching/archive.jsonl and queries.jsonl from the hand-labelled table below.

Claims were condensed from the news pages named in README.md (one sentence, one fact each).
Each query names the archive claims that state the same fact (`expected`, empty when nothing
earlier matches) and curated hard negatives (same topic or speaker, or the same template with
a different number). The held-out third is fixed by a hash of the query id, before any tuning.
Run: python bench/matching/build_dataset.py
"""

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).parent

POLITICO = "https://www.politico.com/story/2018/05/04/april-jobs-numbers-2018-568596"
SARASOTA = "https://www.sarasotamagazine.com/articles/2018/5/4/unemployment-rate-drops-5-4-2018"
RUSTON = "https://www.rustonleader.com/node/86949"
NBC12 = "TheConfirmationFiles (NBC News repost), September 2012 jobs report"
WNG = "https://world.wng.org/content/employers_add_fewer_jobs_in_september"
FOX19 = "http://www.fox19.com/story/2901766/unemployment/"
GLORIA = "https://gloriamdeo.com/the-wall/"
VNI = "http://www.vietnaminsights.com/pg_memorial.htm"
SUNS = "https://www.sun-sentinel.com/news/fl-xpm-1990-08-19-9002090665-story.html"
DM = "https://www.dailymail.co.uk/news/article-7524667/"
PR = "https://www.pressreader.com/uk/daily-mail/20180116/281547996298877"
NWK = "http://nowweknow.co.uk/lets-give-nhs-350-million-eu-takes-every-week/"
METRO = "https://metro.co.uk/2018/11/16/boriss-big-red-brexit-bus-might-have-been-accurate-after-all-8146322/"
EXPRESS = "http://www.express.co.uk/news/uk/785391/"
FACTUALLY = "https://factually.co/fact-checks/politics/boris-nhs-bus-promise-what-happened-7cf209"
BRAZIL = "https://braziloutlook.com/michael-gove-stands-by-350m-nhs-bus-claim"
RF = "https://therightfacts.org/2021/08/11/consumer-prices-up-0-5-in-july-5-4-in-last-year/"
CBS = "https://www.cbsnews.com/news/cpi-report-june-2025-inflation-trump-tariffs/"
HFCU = "https://www.harvesterfcu.org/inflation-edges-up/"
WHT = "https://westhawaiitoday.com/?p=61467"
VINDY = "https://vindyarchives.com/news/2016/dec/23/us-economy-grew-at-strong--percent/"
SHAW = "https://shawlocal.com/news/2024/07/25/us-economic-growth-increased-last-quarter-to-a-healthy-28-annual-rate"
TT1 = "https://www.ttnews.com/articles/us-economy-grows-33-pace-2q"
TT2 = "https://www.ttnews.com/articles/economy-expands-72-rate-fastest-almost-two-decades"
TPR = "https://thepoliticreview.com/trump-boom-u-s-economy-grows-4-3-fastest-in-two-years-smashing-expectations/amp"
EAJ = "https://www.eajohansson.net/gross-domestic-product-up/"
PFN = "https://personalfinancenews.com/category/business/page/2"
CNBCL = "https://cnbclivenews.online/what-is-the-greatest-tech-acquisition-in-historical-past/"
AWF = "https://www.awesomefintech.com/term/mega-deal"
FXCO = "https://fx.co/bg/photonews/880"
MKT = "https://www.marketplace.org/2014/05/30/economy/numbers/what-billion-dollars-buys-you-week"
PRABIR = "https://prabirseconomicdiary.blogspot.com/2014/02/merger-and-aquisition.html"
CFI = "http://thedead60s.co.uk/a02rn/0ed9be-stock-acquisition-business-combination-example"
CBSQ = "https://www.cbsnews.com/news/earthquake-death-toll-rising-fast/"
UPI = "http://www.upi.com/Top_News/World-News/2011/03/01/Officials-say-quake-death-toll-could-rise/"
KMMS = "https://kmmsam.com/nepal-quake-hundreds-dead-history-crumbles-everest-shaken/"
WEX = "https://www.washingtonexaminer.com/politics/1429718/death-toll-rises-after-ecuador-earthquake"
DW = "https://wufengqin.com/dw/en/death-toll-rises-in-earthquake-in-yunnan-china/a-17829319"
CNN13 = "http://www.cnn.com/2013/09/25/world/asia/pakistan-earthquake/index.html"
FACTV = "http://factvnews.com/content/trump-had-bigger-inauguration-crowd-obama"
BAHR = "https://garybahr.com/2017/04/11/trump-cant-count/"
WEEK = "https://theweek.com/speedreads/950035/critics-dispute-mcenanys-claim-about-maga-march-crowd-size"
RAW = "https://www.rawstory.com/biden-to-travel-to-uk-nato-summit-finland/"
FAST = "https://www.fastcompany.com/4008773/trump-tells-biker-rally-of-5000-people-that-600000-more-were-trying-to-get-in"
PTW = "https://polititweet.org/tweet?account=225265639&tweet=1185011873609113600"
BLAV = "https://blavity.com/trump-agrees-to-debate-kamala-harris-amid-wildmlk-claims"
CAI = "https://californiainform.com/interesting/how-many-homes-have-burned-in-california/"
NP = "https://nationalpost.com/pmn/news-pmn/disaster-pmn/california-wildfire-home-losses-leap-as-evacuees-return-to-torched-houses"
INQ = "https://www.inquisitr.com/2433376/over-1000-homes-destroyed-by-california-fires/"
WAVE = "http://www.wave3.com/story/7269643/california-wildfires-at-a-glance"
FAY = "https://fayettevillenewsnow.com/2018/11/deadly-fire-incinerates-california-town-in-less-than-a-day"
WIBIZ = "https://wibiz.org/?p=3732"
F1851 = "https://1851franchise.com/congressional-budget-office-federal-15-minimum-wage-would-increase-pay-for-17-million-workers-2710448"
HRR = "https://humanresources.report/news/dollar15-minimum-wage-would-boost-incomes-trigger-job-cuts/6264"
FXBR = "http://www.forexbr.com.br/2019/07/08/economic-report-a-15-minimum-wage-could-help-27-million-workers-cbo-says-but-cost-1-3-million-jobs/"
INFOD = "https://infodecay.com/raising-minimum-wage-to-15-an-hour-would-lift-pay-for-up-to-27m-but-leave-1-3m-jobless-usa-today/"
X96 = "https://x96.com/life/cbo-15-minimum-wage-could-benefit-17m-while-killing-1-3m-jobs/"
OWN = "rewritten"  # a colleague's rewording of a sourced sentence (numbers/dates written differently)

# topic -> archive claims: (id, text, source)
ARCHIVE = {
    "jobs": [
        ("jobs-1804-rate", "The U.S. unemployment rate fell to 3.9 percent in April, the lowest since December 2000.", POLITICO),
        ("jobs-1804-payrolls", "The economy also added 164,000 jobs, the Labor Department reported Friday, up from 135,000 in March.", POLITICO),
        ("jobs-1804-wages", "Average hourly private-sector earnings were up 2.6 percent over the previous year.", POLITICO),
        ("jobs-1809-rate", "The U.S. unemployment rate fell to 3.7 percent in September, the lowest level since December 1969.", RUSTON),
        ("jobs-1809-payrolls", "Employers added just 134,000 jobs last month, the fewest in a year, the Labor Department said.", RUSTON),
        ("jobs-1209-rate", "The Labor Department reported Friday that the unemployment rate fell to 7.8 percent in September, the lowest since January 2009.", NBC12),
        ("jobs-1209-payrolls", "The government said the economy created 114,000 jobs in September, about as expected.", NBC12),
        ("jobs-1209-household", "A survey of households showed 873,000 job gains last month, the most since June 1983.", NBC12),
        ("jobs-2020-sept", "The number of jobs added to the economy fell from 1.5 million in August to about 661,000 in September.", WNG),
        ("jobs-fox-rate", "The nation's unemployment rate has dropped two-tenths to 5.2 percent.", FOX19),
        ("jobs-fox-payrolls", "The Labor Department says 146,000 jobs were added to payrolls.", FOX19),
        ("jobs-fox-manuf", "Manufacturing employment declined by 25,000 jobs, while services added 177,000.", FOX19),
    ],
    "vietnam": [
        ("vn-names-2018", "As of May 2018, 58,320 names, including eight women, are on the wall.", GLORIA),
        ("vn-deaths-2018", "The official number of U.S. Vietnam War deaths is 58,220 as of May 2018.", GLORIA),
        ("vn-names-1982", "The wall numbered 57,939 names when it was dedicated in 1982.", GLORIA),
        ("vn-names-1997", "There is a total of 58,209 names on the memorial as of Memorial Day 1997.", VNI),
        ("vn-visitors-3m", "The Vietnam Veterans Memorial receives about three million visitors every year.", GLORIA),
        ("vn-visitors-2.5m", "Approximately 2,500,000 people visit the memorial each year.", VNI),
        ("vn-lin", "The wall was designed by 21-year-old Maya Lin, an undergraduate architecture student at Yale.", GLORIA),
        ("vn-entries", "In 1981 her design was chosen as the best of 1,421 entries in a national competition.", GLORIA),
        ("vn-missing", "About 1,300 men whose names carry the cross symbol remain missing and unaccounted for.", VNI),
        ("vn-panels", "The names fill 140 panels of polished black granite.", GLORIA),
        ("vn-opened", "The Vietnam Veterans Memorial Wall was first opened to the public on November 11, 1982.", GLORIA),
    ],
    "brexit": [
        ("bx-bus", "We send the EU £350 million a week, let's fund our NHS instead.", NWK),
        ("bx-400", "Boris Johnson said that if Britain stayed in the EU the figure would rise to £400million gross.", DM),
        ("bx-438", "Johnson said the weekly gross contribution would rise to £438million by the end of a post-Brexit transition period.", PR),
        ("bx-362", "The UK's contribution was already up to £362million a week for 2017-18, Johnson said.", PR),
        ("bx-394", "The Prime Minister said the NHS would actually get £394 million extra.", METRO),
        ("bx-100", "Gisela Stuart said £100m of that should go straight into the NHS.", EXPRESS),
        ("bx-57bn", "A government document projected a £57bn rise in NHS spending by 2024-25.", FACTUALLY),
        ("bx-1bn-month", "Johnson said keeping the UK bound in would cost £1billion a month.", DM),
        ("bx-gdp", "Brexit resulted in a 6-8% decrease in UK GDP per capita, UK in a Changing Europe estimated.", BRAZIL),
        ("bx-60bn", "Stuart was asked about a rumoured Brexit bill of up to £60billion.", EXPRESS),
    ],
    "cpi": [
        ("cpi-2107-yoy", "The consumer price index increased 5.4% from a year ago in July, the largest 12-month increase since August 2008.", RF),
        ("cpi-2107-mom", "The CPI increased 0.5% in July after rising 0.9% in June.", RF),
        ("cpi-2107-core", "Core CPI, which excludes food and energy, is up 4.3% from the previous year.", RF),
        ("cpi-2107-energy", "The energy index is up 23.8% from the previous year.", RF),
        ("cpi-2506-yoy", "The Consumer Price Index in June rose 2.7% on an annual basis.", CBS),
        ("cpi-2506-core", "Core inflation rose by 2.9% over the past 12 months, according to the Bureau of Labor Statistics.", CBS),
        ("cpi-2506-mom", "On a month-over-month basis, the CPI rose 0.3%, the largest increase since January.", CBS),
        ("cpi-may-yoy", "Over the last 12 months, the all items index rose 2.8 percent, the highest since February 2012.", HFCU),
        ("cpi-may-medical", "The medical care index rose 0.2 percent.", HFCU),
        ("cpi-may-gas", "The gasoline index increased 1.7 percent.", HFCU),
    ],
    "gdp": [
        ("gdp-16q3-adv", "Gross domestic product expanded at a 2.9 percent annual rate from July through September, the fastest pace since 2014.", WHT),
        ("gdp-16q3-third", "The U.S. economy grew at a 3.5 percent annual rate in the July-September quarter, the fastest pace in two years.", VINDY),
        ("gdp-16q2", "Growth was a lackluster 1.4 percent annual rate in the second quarter of 2016.", WHT),
        ("gdp-16-exports", "U.S. exports grew at a 10 percent annual rate in the third quarter, the best performance since 2013.", WHT),
        ("gdp-24q2", "The nation's economy accelerated last quarter at a strong 2.8% annual pace.", SHAW),
        ("gdp-03q3", "The U.S. economy expanded at a 7.2% annual rate in the third quarter, the fastest in almost two decades.", TT2),
        ("gdp-03q2", "The U.S. economy grew at a 3.3% annual pace in the second quarter, slightly faster than previously estimated.", TT1),
        ("gdp-25q3", "U.S. gross domestic product rose at a 4.3 percent annual rate in the third quarter.", TPR),
        ("gdp-11q1", "Real gross domestic product grew at an annual rate of 1.8% in the first quarter of 2011.", EAJ),
        ("gdp-19q3", "Economic activity grew at an annualized rate of 1.9% in the third quarter, down slightly from the 2% pace in the second quarter.", PFN),
        ("gdp-infl", "Inflation has slowed sharply, to 3% from 9.1% in 2022.", SHAW),
    ],
    "deals": [
        ("deal-msft-atvi", "Microsoft's acquisition of Activision Blizzard is the largest tech buyout in history at $68.7 billion.", CNBCL),
        ("deal-dell-emc", "Dell acquired enterprise storage company EMC for $67 billion in cash and stock.", CNBCL),
        ("deal-twitter", "Elon Musk bought Twitter in October 2022 for $44 billion.", CNBCL),
        ("deal-nvda-arm", "Nvidia's failed attempt to acquire Arm was a $40 billion transaction.", CNBCL),
        ("deal-softbank-arm", "Softbank bought Arm for nearly $32 billion.", CNBCL),
        ("deal-avago", "Broadcom merged with Avago Technologies in a cash and stock deal valued at $37 billion.", CNBCL),
        ("deal-xilinx", "AMD agreed in 2020 to buy Xilinx in an all-stock deal valued at $35 billion.", CNBCL),
        ("deal-redhat", "IBM acquired open-source software developer Red Hat for $34 billion in 2018.", CNBCL),
        ("deal-linkedin", "Microsoft acquired LinkedIn in a $26 billion deal.", CFI),
        ("deal-aetna", "CVS bought the health insurance giant Aetna for about $70 billion in a deal that closed in late 2018.", AWF),
        ("deal-anadarko", "Occidental Petroleum outbid Chevron to acquire Anadarko for $55 billion.", AWF),
        ("deal-allergan", "Pfizer announced it would acquire Allergan in a deal worth $160 billion.", FXCO),
        ("deal-warner", "Pfizer paid $111.79 billion to acquire Warner-Lambert in 2000.", FXCO),
        ("deal-bg", "Royal Dutch Shell paid £47 billion to buy BG Group.", FXCO),
        ("deal-brighthouse", "Charter plans to acquire Bright House Networks for $10.4 billion.", FXCO),
        ("deal-beats", "Apple will spend $3 billion on Beats.", MKT),
        ("deal-clippers", "Steve Ballmer is set to buy the Los Angeles Clippers for $2 billion.", MKT),
        ("deal-hillshire", "Pilgrim's Pride offered to buy Hillshire Brands for $5.7 billion.", MKT),
        ("deal-txi", "Martin Marietta agreed to buy Texas Industries in a $2.7 billion deal.", PRABIR),
        ("deal-sprint", "The acquisition of Sprint by T-Mobile for $26 billion was finalized in 2020.", AWF),
    ],
    "quakes": [
        ("eq-pak05-dead", "Interior minister Aftab Khan Sherpao said 19,136 people died in Saturday's quake in Pakistan.", CBSQ),
        ("eq-pak05-injured", "Sherpao said 42,397 people were injured in the quake.", CBSQ),
        ("eq-pak05-kashmir", "Of the deaths, 17,388 were reported in Kashmir.", CBSQ),
        ("eq-pak05-muzaffarabad", "In Muzaffarabad, the worst-hit city, 11,000 people died.", CBSQ),
        ("eq-pak05-india", "India reported 360 killed and 900 injured.", CBSQ),
        ("eq-chch", "Police recovered three more bodies, raising the Christchurch earthquake toll to 154 confirmed dead.", UPI),
        ("eq-chch-240", "Police said the death toll from the Christchurch earthquake could rise to 240.", UPI),
        ("eq-nepal", "At least 1,130 people have been confirmed dead following the earthquake in Nepal, a police official said.", KMMS),
        ("eq-nepal-688", "Authorities say at least 688 people are confirmed dead in Nepal.", KMMS),
        ("eq-ecuador", "The official death toll in Ecuador rose to 233 on Sunday, President Rafael Correa said.", WEX),
        ("eq-ecuador-1987", "A magnitude-7.2 earthquake in Ecuador in 1987 took about 1,000 lives.", WEX),
        ("eq-yunnan", "Chinese officials said the death toll from Sunday's earthquake in Yunnan had risen to 381.", DW),
        ("eq-sichuan", "In 2008, a quake in Sichuan killed almost 70,000 people.", DW),
        ("eq-pak13", "An earthquake in Pakistan has killed at least 330 people, Pakistani officials said.", CNN13),
        ("eq-pak13-inj", "In addition to the fatalities, 445 people were injured, a disaster agency spokesman said.", CNN13),
    ],
    "crowds": [
        ("cr-inaug", "Trump said his inauguration crowd looked like a million-and-a-half people.", FACTV),
        ("cr-mcenany", "Kayleigh McEnany claimed that more than one million people came out to march in support of Trump in Washington.", WEEK),
        ("cr-75k", "Trump falsely claimed that there were 75,000 people at his event.", RAW),
        ("cr-rolling", "Trump told a crowd of 5,000 bikers that over 600,000 more people were trying to attend his rally.", FAST),
        ("cr-30k", "Trump claims there are close to 30,000 people outside.", PTW),
        ("cr-jan6", "Trump claimed his rally on Jan. 6 drew a larger crowd than Martin Luther King Jr.'s I Have a Dream speech.", BLAV),
        ("cr-10x", "Trump said he has 10 times, 20 times, 30 times the crowd size of Harris.", BLAV),
        ("cr-spicer", "Sean Spicer said this was the largest audience to ever witness an inauguration, period.", FACTV),
    ],
    "wildfires": [
        ("wf-camp-dead", "At least 88 civilians were killed by the Camp Fire.", CAI),
        ("wf-camp-struct", "The Camp Fire destroyed more than 10,321 structures.", CAI),
        ("wf-woolsey-homes", "The Woolsey fire destroyed more than 616 homes and other structures.", CAI),
        ("wf-woolsey-acres", "The Woolsey fire blackened more than 98,000 acres from Calabasas to Malibu.", CAI),
        ("wf-ranch", "The Ranch Fire, at 410,203 acres, is the largest fire in California history.", CAI),
        ("wf-2020", "California has seen around 1.4 million acres burn so far in 2020, Governor Gavin Newsom said.", NP),
        ("wf-czu", "A wildfire north of Santa Cruz incinerated 538 structures, Cal Fire said.", NP),
        ("wf-butte-acres", "Cal Fire updates indicate that the Butte fire remains at 70,760 acres.", INQ),
        ("wf-butte-homes", "The Butte fire has destroyed 511 homes.", INQ),
        ("wf-lake-evac", "About 19,000 people were ordered to evacuate from the Lake County fire.", INQ),
        ("wf-2007", "More than 1,780 homes have been destroyed in the California wildfires, according to authorities.", WAVE),
        ("wf-witch", "The Witch Fire destroyed 1,061 homes and 30 commercial properties.", WAVE),
        ("wf-evac-2018", "State officials put the total number of people forced from their homes at more than 200,000.", FAY),
        ("wf-lightning", "Over 14,000 dry-lightning strikes since Aug. 15 sparked the fires.", NP),
    ],
    "minwage": [
        ("mw-17m", "A $15 federal minimum wage would increase pay for 17 million workers, the Congressional Budget Office estimates.", F1851),
        ("mw-27m", "Raising the federal minimum wage to $15 per hour would raise pay for 27 million workers, according to CBO projections.", HRR),
        ("mw-jobs", "The CBO projects that 1.3 million workers would lose their jobs under a $15 minimum wage.", F1851),
        ("mw-poverty", "A $15 minimum wage would lift 1.3 million people out of poverty, the CBO says.", X96),
        ("mw-since2009", "The federal minimum wage has been $7.25 since 2009.", F1851),
        ("mw-tipped", "The hourly pay floor for tipped workers would immediately jump from $2.13 to $3.60.", INFOD),
        ("mw-10m", "Another 10 million employees earning slightly more than $15 could see their paychecks increase as well.", INFOD),
        ("mw-poor-7.7", "The CBO estimates a $15 minimum wage would give $7.7 billion to folks below the poverty line.", WIBIZ),
    ],
}

# (query id, text, source, expected ids, curated hard-negative ids)
QUERIES = [
    # jobs
    ("q-jobs-1", "The nation's unemployment rate dropped from 4.1 to 3.9 percent in April.", SARASOTA, ["jobs-1804-rate"], ["jobs-1809-rate", "jobs-fox-rate", "jobs-1209-rate"]),
    ("q-jobs-2", "Unemployment slid to 3.9% in April 2018, its lowest level since 2000.", OWN, ["jobs-1804-rate"], ["jobs-1809-rate", "jobs-1209-rate"]),
    ("q-jobs-3", "The American economy added 164,000 jobs in April, according to Bureau of Labor Statistics data released on Friday.", SARASOTA, ["jobs-1804-payrolls"], ["jobs-1809-payrolls", "jobs-1209-payrolls", "jobs-fox-payrolls"]),
    ("q-jobs-4", "Employers created 164 000 jobs last month, the Labor Department said.", OWN, ["jobs-1804-payrolls"], ["jobs-1809-payrolls", "jobs-fox-payrolls"]),
    ("q-jobs-5", "Joblessness hit 3.7% in September, a level not seen since Dec. 1969.", OWN, ["jobs-1809-rate"], ["jobs-1804-rate", "jobs-1209-rate"]),
    ("q-jobs-6", "The economy added 134,000 jobs in September, the fewest in a year.", RUSTON, ["jobs-1809-payrolls"], ["jobs-1804-payrolls", "jobs-1209-payrolls"]),
    ("q-jobs-7", "Unemployment rate falls to 7.8% as the economy creates jobs.", NBC12, ["jobs-1209-rate"], ["jobs-1809-rate", "jobs-1804-rate"]),
    ("q-jobs-8", "The economy created 114 thousand jobs in September, the government said.", OWN, ["jobs-1209-payrolls"], ["jobs-1809-payrolls", "jobs-fox-payrolls"]),
    ("q-jobs-9", "Payrolls grew by 146 thousand, the Labor Department said.", OWN, ["jobs-fox-payrolls"], ["jobs-1209-payrolls", "jobs-1804-payrolls"]),
    ("q-jobs-10", "The household survey showed 873,000 more people with jobs, the biggest gain since June 1983.", OWN, ["jobs-1209-household"], ["jobs-1209-payrolls"]),
    ("q-jobs-11", "About 661,000 jobs were added in September, down from 1.5 million in August.", WNG, ["jobs-2020-sept"], ["jobs-1809-payrolls"]),
    ("q-jobs-12", "The government reports the unemployment rate has dropped to five-point-two percent.", FOX19, ["jobs-fox-rate"], ["jobs-1804-rate"]),
    ("q-jobs-n1", "Analysts surveyed by Bloomberg had predicted the creation of 190,000 jobs.", POLITICO, [], ["jobs-1804-payrolls"]),
    ("q-jobs-n2", "Manufacturing accounted for about a tenth of the increase in new jobs.", WNG, [], ["jobs-fox-manuf"]),
    ("q-jobs-n3", "The unemployment rate fell below 8 percent for the first time since March.", WNG, [], ["jobs-1209-rate"]),
    ("q-jobs-n4", "Almost one-third of the new jobs came from the food and drink industry.", WNG, [], []),
    ("q-jobs-n5", "Analysts had predicted hourly earnings would rise 2.7 percent over the year.", POLITICO, [], ["jobs-1804-wages"]),
    # vietnam
    ("q-vn-1", "The black granite memorial lists 58 320 names, eight of them women.", OWN, ["vn-names-2018"], ["vn-deaths-2018", "vn-names-1997", "vn-names-1982"]),
    ("q-vn-2", "Including eight women, the Vietnam wall carries 58,320 names (May 2018).", OWN, ["vn-names-2018"], ["vn-deaths-2018", "vn-names-1997"]),
    ("q-vn-3", "The official count of American deaths in the Vietnam War stands at 58,220.", OWN, ["vn-deaths-2018"], ["vn-names-2018", "vn-names-1997"]),
    ("q-vn-4", "When it was dedicated in 1982 the memorial held 57,939 names.", OWN, ["vn-names-1982"], ["vn-names-2018", "vn-names-1997", "vn-opened"]),
    ("q-vn-5", "By Memorial Day 1997 the wall listed 58,209 names.", OWN, ["vn-names-1997"], ["vn-names-2018", "vn-deaths-2018"]),
    ("q-vn-6", "Some 3 million people visit the Vietnam Veterans Memorial annually.", OWN, ["vn-visitors-3m"], ["vn-visitors-2.5m"]),
    ("q-vn-7", "About 2.5 million visitors come to the memorial every year.", OWN, ["vn-visitors-2.5m"], ["vn-visitors-3m"]),
    ("q-vn-8", "Maya Lin was a 21-year-old Yale architecture student when she designed the wall.", OWN, ["vn-lin"], ["vn-entries"]),
    ("q-vn-9", "Her design beat 1421 other entries in the 1981 national competition.", OWN, ["vn-entries"], ["vn-lin"]),
    ("q-vn-10", "The memorial opened to the public on 11 November 1982.", OWN, ["vn-opened"], ["vn-names-1982"]),
    ("q-vn-11", "The wall's names are spread over 140 black granite panels.", OWN, ["vn-panels"], []),
    ("q-vn-12", "More than 58,000 names are engraved on the Vietnam wall.", "https://thetwoks.com/us/etched-in-memory-exploring-the-list-of-names-on-the-vietnam-wall", ["vn-names-2018", "vn-names-1997"], ["vn-deaths-2018"]),
    ("q-vn-13", "Roughly 1,300 of the men named on the wall are still missing.", OWN, ["vn-missing"], []),
    ("q-vn-n1", "The expanse of black granite panels in Constitution Gardens bears 58,175 names.", SUNS, [], ["vn-names-2018", "vn-names-1997"]),
    ("q-vn-n2", "The names were enough to fill a directory 763 pages thick.", SUNS, [], []),
    ("q-vn-n3", "Each of the walls is 246 feet and 8 inches long.", VNI, [], ["vn-panels"]),
    ("q-vn-n4", "The Wall has surpassed Mount Rushmore as the most-visited national monument.", SUNS, [], ["vn-visitors-3m"]),
    ("q-vn-n5", "The black granite for the wall was quarried in Bangalore, India.", GLORIA, [], []),
    # brexit
    ("q-bx-1", "The UK sends £350million per week to Brussels that could be used to fund health services.", DM, ["bx-bus"], ["bx-400", "bx-362"]),
    ("q-bx-2", "Every week we send £350 million to Brussels.", NWK, ["bx-bus"], ["bx-100", "bx-438"]),
    ("q-bx-3", "The UK pays 350 million pounds a week to the European Union.", OWN, ["bx-bus"], ["bx-438", "bx-362"]),
    ("q-bx-4", "Leaving the EU would give the NHS £350,000,000 a week.", METRO, ["bx-bus"], ["bx-394"]),
    ("q-bx-5", "Were we obliged to stay in the EU the figure would be rising £400million gross, Johnson said.", DM, ["bx-400"], ["bx-bus", "bx-438"]),
    ("q-bx-6", "By 2020-21 the UK's gross EU contribution would reach £438m a week, Johnson argued.", OWN, ["bx-438"], ["bx-362", "bx-400"]),
    ("q-bx-7", "Johnson put the UK's weekly contribution at £362m for 2017-18.", OWN, ["bx-362"], ["bx-438", "bx-bus"]),
    ("q-bx-8", "We said £100m should go to the NHS, Stuart said.", EXPRESS, ["bx-100"], ["bx-bus"]),
    ("q-bx-9", "Brexit has cut UK GDP per head by 6 to 8 per cent, according to UK in a Changing Europe.", OWN, ["bx-gdp"], []),
    ("q-bx-10", "Keeping Britain in the EU would cost £1bn a month, Johnson claimed.", OWN, ["bx-1bn-month"], ["bx-400"]),
    ("q-bx-11", "NHS spending was projected to rise by 57 billion pounds by 2024-25.", OWN, ["bx-57bn"], []),
    ("q-bx-n1", "A crowdfunding campaign to prosecute Johnson over the bus raised tens of thousands of pounds.", METRO, [], []),
    ("q-bx-n2", "Johnson's essay laying out his vision for Brexit ran to 4,000 words.", PR, [], []),
    ("q-bx-n3", "Sir David Norgrove said he was surprised and disappointed to see the claim repeated.", PR, [], ["bx-bus"]),
    ("q-bx-n4", "The Vote Leave bus slogan was unveiled on 11 May.", NWK, [], ["bx-bus"]),
    ("q-bx-n5", "Only about half of the weekly gross figure could be spent on public services, Johnson conceded.", PR, [], ["bx-438"]),
    # cpi
    ("q-cpi-1", "Consumer prices were up 5.4 per cent on the year in July, the biggest jump since 2008.", OWN, ["cpi-2107-yoy"], ["cpi-2107-core", "cpi-may-yoy"]),
    ("q-cpi-2", "Prices rose half a percent in July after a 0.9% rise in June.", OWN, ["cpi-2107-mom"], ["cpi-2506-mom"]),
    ("q-cpi-3", "Excluding food and energy, prices were up 4.3 percent over the year.", OWN, ["cpi-2107-core"], ["cpi-2506-core"]),
    ("q-cpi-4", "Energy prices have climbed 23.8 percent in a year.", OWN, ["cpi-2107-energy"], []),
    ("q-cpi-5", "CPI rose in June to 2.7% annual rate, new data shows.", CBS, ["cpi-2506-yoy"], ["cpi-2506-core", "cpi-may-yoy"]),
    ("q-cpi-6", "Annual inflation reached 2.7 percent in June.", OWN, ["cpi-2506-yoy"], ["cpi-may-yoy", "cpi-2107-yoy"]),
    ("q-cpi-7", "Core prices rose 2.9 percent over the past year, the BLS said.", OWN, ["cpi-2506-core"], ["cpi-2107-core"]),
    ("q-cpi-8", "Year-over-year inflation now stands at 2.8 percent, the highest since February 2012.", HFCU, ["cpi-may-yoy"], ["cpi-2506-yoy"]),
    ("q-cpi-9", "The index for gasoline rose 1.7%.", OWN, ["cpi-may-gas"], ["cpi-may-medical"]),
    ("q-cpi-n1", "Economists polled by FactSet had predicted core inflation of 3%.", CBS, [], ["cpi-2506-core"]),
    ("q-cpi-n2", "The food index was unchanged over the month.", HFCU, [], []),
    ("q-cpi-n3", "The food index is up 3.4% from the previous year.", RF, [], ["cpi-2107-energy"]),
    ("q-cpi-n4", "This was the largest one-month change since June 2008, when the index rose 1.0%.", RF, [], ["cpi-2107-mom"]),
    ("q-cpi-n5", "Last month's annual rate was 2.4%.", CBS, [], ["cpi-2506-yoy"]),
    # gdp
    ("q-gdp-1", "The economy grew at a 2.9% annualised rate in the third quarter, its quickest since 2014.", OWN, ["gdp-16q3-adv"], ["gdp-16q3-third", "gdp-24q2"]),
    ("q-gdp-2", "Third-quarter growth was revised up to 3.5 per cent, the strongest in two years.", OWN, ["gdp-16q3-third"], ["gdp-16q3-adv"]),
    ("q-gdp-3", "GDP picked up to a 2.8 percent annual rate in the April-June quarter, the Commerce Department said.", OWN, ["gdp-24q2"], ["gdp-16q3-adv", "gdp-03q2"]),
    ("q-gdp-4", "Third-quarter output surged at a 7.2 percent rate, the fastest since 1984.", OWN, ["gdp-03q3"], ["gdp-25q3"]),
    ("q-gdp-5", "The economy grew at a 3.3 percent rate in the second quarter, a bit faster than first estimated.", OWN, ["gdp-03q2"], ["gdp-24q2"]),
    ("q-gdp-6", "GDP climbed at a 4.3% annualized pace in Q3, beating forecasts.", OWN, ["gdp-25q3"], ["gdp-03q3", "gdp-16q3-third"]),
    ("q-gdp-7", "The economy expanded 1.8 percent annualised in the first quarter of 2011.", OWN, ["gdp-11q1"], ["gdp-19q3"]),
    ("q-gdp-8", "Growth slowed to 1.9% in the third quarter from 2% in the second.", OWN, ["gdp-19q3"], ["gdp-11q1"]),
    ("q-gdp-9", "Exports rose at a 10% annual rate, the best since 2013.", OWN, ["gdp-16-exports"], []),
    ("q-gdp-10", "Inflation has fallen to 3 percent from 9.1 percent in 2022.", OWN, ["gdp-infl"], []),
    ("q-gdp-11", "Second-quarter growth was a weak 1.4% in 2016.", OWN, ["gdp-16q2"], ["gdp-16q3-adv"]),
    ("q-gdp-n1", "Economists had expected a weaker 1.9% annual pace of growth.", SHAW, [], ["gdp-19q3"]),
    ("q-gdp-n2", "Consumer spending grew at an unrevised 1.6% annual rate in the second quarter.", TT1, [], ["gdp-03q2"]),
    ("q-gdp-n3", "Business investment in equipment and software rose at a 15.4% annual pace.", TT2, [], []),
    ("q-gdp-n4", "Gross private domestic investment increased at a 3.1 percent annual rate.", WHT, [], []),
    ("q-gdp-n5", "Growth is expected to slow to a roughly 1.5 percent annual rate in the October-December quarter.", VINDY, [], ["gdp-16q3-third"]),
    # deals
    ("q-deal-1", "Microsoft closed its $68.7bn takeover of Activision Blizzard, the biggest tech deal ever.", OWN, ["deal-msft-atvi"], ["deal-dell-emc", "deal-linkedin"]),
    ("q-deal-2", "Activision Blizzard was bought by Microsoft for 68.7 billion dollars.", OWN, ["deal-msft-atvi"], ["deal-linkedin"]),
    ("q-deal-3", "EMC was acquired by Dell for $67bn.", OWN, ["deal-dell-emc"], ["deal-msft-atvi"]),
    ("q-deal-4", "Musk completed his 44 billion dollar purchase of Twitter in October 2022.", OWN, ["deal-twitter"], []),
    ("q-deal-5", "Nvidia's $40bn bid for Arm collapsed.", OWN, ["deal-nvda-arm"], ["deal-softbank-arm"]),
    ("q-deal-6", "SoftBank paid almost $32 billion for Arm.", OWN, ["deal-softbank-arm"], ["deal-nvda-arm"]),
    ("q-deal-7", "AMD's purchase of Xilinx was an all-share deal worth $35bn.", OWN, ["deal-xilinx"], ["deal-redhat"]),
    ("q-deal-8", "Red Hat was bought by IBM for $34bn.", OWN, ["deal-redhat"], ["deal-xilinx"]),
    ("q-deal-9", "LinkedIn went to Microsoft for $26 billion.", OWN, ["deal-linkedin"], ["deal-sprint", "deal-msft-atvi"]),
    ("q-deal-10", "T-Mobile completed its $26bn acquisition of Sprint in 2020.", OWN, ["deal-sprint"], ["deal-linkedin"]),
    ("q-deal-11", "CVS Health acquired insurer Aetna for roughly 70 billion dollars.", OWN, ["deal-aetna"], []),
    ("q-deal-12", "Anadarko went to Occidental for $55bn after a bidding war with Chevron.", OWN, ["deal-anadarko"], []),
    ("q-deal-13", "Pfizer's takeover of Allergan is valued at $160 billion.", OWN, ["deal-allergan"], ["deal-warner"]),
    ("q-deal-14", "In 2000 Pfizer bought Warner-Lambert for $111.79 billion.", OWN, ["deal-warner"], ["deal-allergan"]),
    ("q-deal-15", "Shell's £47bn purchase of BG Group is the biggest corporate takeover in UK history.", FXCO, ["deal-bg"], []),
    ("q-deal-16", "Charter will buy Bright House for 10.4 billion dollars.", OWN, ["deal-brighthouse"], []),
    ("q-deal-17", "Apple is paying $3bn for Beats.", OWN, ["deal-beats"], ["deal-clippers"]),
    ("q-deal-18", "Ballmer is buying the Clippers for $2bn.", OWN, ["deal-clippers"], ["deal-beats"]),
    ("q-deal-19", "Hillshire Brands received a $5.7 billion offer from Pilgrim's Pride.", OWN, ["deal-hillshire"], []),
    ("q-deal-20", "Both companies' boards approved the $2.7 billion deal for Texas Industries.", PRABIR, ["deal-txi"], []),
    ("q-deal-n1", "Microsoft's acquisition of Nuance was valued at $19.7 billion.", OWN, [], ["deal-msft-atvi", "deal-linkedin"]),
    ("q-deal-n2", "Comcast failed earlier this year to acquire Time Warner Cable.", FXCO, [], ["deal-brighthouse"]),
    ("q-deal-n3", "The combined Charter company would serve 23.9 million customers in 41 states.", FXCO, [], ["deal-brighthouse"]),
    ("q-deal-n4", "Martin Marietta closed the Texas Industries deal on July 2, 2014.", PRABIR, [], ["deal-txi"]),
    ("q-deal-n5", "Southeastern Asset Management held a 27.8% stake in TXI.", PRABIR, [], ["deal-txi"]),
    ("q-deal-n6", "Shell offered BG shareholders 3.83 pounds and 0.4454 shares for each share.", FXCO, [], ["deal-bg"]),
    # quakes
    ("q-eq-1", "Pakistan's interior minister put the toll at 19 136 dead.", OWN, ["eq-pak05-dead"], ["eq-pak05-kashmir", "eq-pak05-injured"]),
    ("q-eq-2", "More than 42,000 people were hurt in the quake, the interior minister said.", OWN, ["eq-pak05-injured"], ["eq-pak05-dead"]),
    ("q-eq-3", "17,388 of the dead were in Pakistan-controlled Kashmir.", OWN, ["eq-pak05-kashmir"], ["eq-pak05-dead"]),
    ("q-eq-4", "India said 360 people had been killed on its side of the border.", OWN, ["eq-pak05-india"], []),
    ("q-eq-5", "Christchurch's quake has now killed 154 people, with about 50 missing.", OWN, ["eq-chch"], ["eq-chch-240"]),
    ("q-eq-6", "Police warn the Christchurch toll may reach 240.", OWN, ["eq-chch-240"], ["eq-chch"]),
    ("q-eq-7", "A top Nepalese police official says at least 1,130 people have been confirmed dead.", KMMS, ["eq-nepal"], ["eq-nepal-688"]),
    ("q-eq-8", "Correa said 233 people had died in the Ecuador earthquake.", OWN, ["eq-ecuador"], ["eq-ecuador-1987"]),
    ("q-eq-9", "Chinese officials said 381 people were killed by Sunday's Yunnan quake.", OWN, ["eq-yunnan"], ["eq-sichuan"]),
    ("q-eq-10", "At least 330 people have lost their lives, a spokesman for the National Disaster Management Authority said.", CNN13, ["eq-pak13"], ["eq-pak13-inj"]),
    ("q-eq-11", "Some 70,000 people died in the 2008 Sichuan earthquake.", OWN, ["eq-sichuan"], ["eq-yunnan"]),
    ("q-eq-12", "In Muzaffarabad 11,000 died, Sherpao said.", CBSQ, ["eq-pak05-muzaffarabad"], ["eq-pak05-dead"]),
    ("q-eq-n1", "Aaj television reported a death toll of more than 25,000.", CBSQ, [], ["eq-pak05-dead"]),
    ("q-eq-n2", "Some 215 Pakistani soldiers were among the dead.", CBSQ, [], ["eq-pak05-dead"]),
    ("q-eq-n3", "The Yunnan earthquake collapsed more than 12,000 homes.", DW, [], ["eq-yunnan"]),
    ("q-eq-n4", "At least 20 people were killed in India by the Nepal quake.", KMMS, [], ["eq-nepal"]),
    ("q-eq-n5", "A magnitude-7.7 quake in Yunnan killed at least 15,000 people in 1970.", DW, [], ["eq-yunnan", "eq-sichuan"]),
    ("q-eq-n6", "At least 1,419 people died in Haiti's 7.2 magnitude earthquake.", "https://comparemela.com/ampnews/caribbean-country-in-haiti-saturday-square", [], ["eq-ecuador-1987"]),
    # crowds
    ("q-cr-1", "Trump claims 1.5 million people attended his Inaugural day ceremony.", BAHR, ["cr-inaug"], ["cr-mcenany", "cr-spicer"]),
    ("q-cr-2", "The White House press secretary said over a million people joined the pro-Trump march.", OWN, ["cr-mcenany"], ["cr-inaug"]),
    ("q-cr-3", "Trump falsely said 75 000 people came to his rally.", OWN, ["cr-75k"], ["cr-30k"]),
    ("q-cr-4", "Trump said 600,000 more people were trying to get into his Rolling Thunder rally.", OWN, ["cr-rolling"], []),
    ("q-cr-5", "Nearly 30,000 people are waiting outside, Trump said.", OWN, ["cr-30k"], ["cr-75k"]),
    ("q-cr-6", "Trump says he had a bigger crowd on Jan. 6 than Dr. Martin Luther King did for his I Have a Dream speech.", BLAV, ["cr-jan6"], ["cr-10x"]),
    ("q-cr-7", "Spicer insisted it was the largest inauguration audience ever.", OWN, ["cr-spicer"], ["cr-inaug"]),
    ("q-cr-n1", "A Secret Service agent said there were 5,000 inside the gate and about 10,000 still in line.", RAW, [], ["cr-75k"]),
    ("q-cr-n2", "A Rolling Thunder spokeswoman confirmed the event drew around 5,000 people.", FAST, [], ["cr-rolling"]),
    ("q-cr-n3", "Fox showed empty seats at a New Hampshire rally in 2019 where Trump bragged the room was packed.", RAW, [], []),
    ("q-cr-n4", "Bernice King said Trump's claim about her father's speech is absolutely not true.", BLAV, [], ["cr-jan6"]),
    # wildfires
    ("q-wf-1", "The Camp Fire killed 88 people, the deadliest in state history.", OWN, ["wf-camp-dead"], []),
    ("q-wf-2", "The Camp Fire destroyed more than 10,000 structures.", OWN, ["wf-camp-struct"], ["wf-2007"]),
    ("q-wf-3", "The Woolsey Fire burned 98,000 acres between Calabasas and Malibu.", OWN, ["wf-woolsey-acres"], ["wf-butte-acres", "wf-woolsey-homes"]),
    ("q-wf-4", "More than 616 homes and buildings were lost to the Woolsey fire.", OWN, ["wf-woolsey-homes"], ["wf-woolsey-acres"]),
    ("q-wf-5", "At 410,203 acres the Ranch Fire is California's biggest ever.", OWN, ["wf-ranch"], []),
    ("q-wf-6", "Newsom said 1.4m acres have burned in California this year.", OWN, ["wf-2020"], []),
    ("q-wf-7", "Cal Fire said the blaze in the Santa Cruz redwoods destroyed 538 buildings.", OWN, ["wf-czu"], ["wf-butte-homes"]),
    ("q-wf-8", "Flames from the Butte Fire have consumed 511 homes.", OWN, ["wf-butte-homes"], ["wf-czu", "wf-butte-acres"]),
    ("q-wf-9", "The Butte fire has burned 70,760 acres.", OWN, ["wf-butte-acres"], ["wf-butte-homes"]),
    ("q-wf-10", "Some 19,000 residents were told to leave as the Lake County blaze spread.", OWN, ["wf-lake-evac"], []),
    ("q-wf-11", "The Witch Fire burned 1,061 homes in San Diego County.", OWN, ["wf-witch"], ["wf-2007"]),
    ("q-wf-12", "More than 200,000 people have been forced from their homes, state officials said.", OWN, ["wf-evac-2018"], []),
    ("q-wf-n1", "The Ranch Fire killed one firefighter.", CAI, [], ["wf-ranch"]),
    ("q-wf-n2", "More than 300,000 people have been forced to evacuate statewide.", CAI, [], ["wf-evac-2018"]),
    ("q-wf-n3", "Ninety-seven homes were destroyed by the Harris Fire.", WAVE, [], ["wf-witch"]),
    ("q-wf-n4", "The Lake County fire tore through 62 square miles in 12 hours.", INQ, [], ["wf-lake-evac"]),
    ("q-wf-n5", "On Friday fire officials had counted 365 homes burned.", INQ, [], ["wf-butte-homes"]),
    # minimum wage
    ("q-mw-1", "The CBO says 17m workers would get higher pay from a $15 minimum.", OWN, ["mw-17m"], ["mw-27m", "mw-10m"]),
    ("q-mw-2", "Doubling the minimum wage to $15 would raise pay for as many as 27 million people.", OWN, ["mw-27m"], ["mw-17m"]),
    ("q-mw-3", "A $15 wage floor would cost 1.3m jobs, according to the Congressional Budget Office.", OWN, ["mw-jobs"], ["mw-poverty"]),
    ("q-mw-4", "1.3 million Americans would be elevated above the poverty level by a $15 minimum wage.", F1851, ["mw-poverty"], ["mw-jobs"]),
    ("q-mw-5", "The minimum wage of $7.25 per hour has not changed since 2009.", HRR, ["mw-since2009"], []),
    ("q-mw-6", "Tipped workers' minimum would go from $2.13 to $3.60 immediately.", OWN, ["mw-tipped"], []),
    ("q-mw-7", "Up to ten million people earning a bit more than $15 might get raises too.", OWN, ["mw-10m"], ["mw-17m"]),
    ("q-mw-8", "People below the poverty line would gain $7.7bn from a $15 minimum wage, the CBO estimates.", OWN, ["mw-poor-7.7"], []),
    ("q-mw-n1", "The minimum wage would reach $15 in five annual steps through January 1, 2025.", INFOD, [], ["mw-since2009"]),
    ("q-mw-n2", "The policy costs Americans in general $8.7 billion net.", WIBIZ, [], ["mw-poor-7.7"]),
    ("q-mw-n3", "Amazon, Target and Walmart are gradually raising their base wages to $15 an hour.", INFOD, [], []),
    ("q-mw-n4", "The $15 minimum would give $14.2 billion to people between one and three times the poverty line.", WIBIZ, [], ["mw-poor-7.7"]),
]


# A second batch of claims with NO earlier match, added before the matcher was run on them or
# tuned against them (see README.md): condensed from further news pages, mostly the hard case
# of the same speaker, topic or template as an archive claim with a different number, date or
# place. Ids start "q2-"; the split is the same hash rule as above.
ABA = "https://bankingjournal.aba.com/tag/employment-bls/"
DUBLS = "https://democraticunderground.com/10142689073"
PCR = "https://procontractorrentals.com/pages/News-09_06_19-August-2019-employment-statistics-released.php"
HGD = "https://www.highgrounddairy.com/unemployment-rate-slips-to-7-9-in-last-jobs-report-before-election/"
URDU = "https://www.urdupoint.com/en/world/us-adds-531000-jobs-in-october-unemployment-1393759.html"
WHENILK = "http://whenilk.blogspot.com/2013_11_24_archive.html"
DCTG = "https://dctourguideonline.com/13-names-added-to-vietnam-wall/"
HYPO = "https://stationhypo.com/2022/03/30/vietnam-memorial-wall/"
WIKIVVM = "https://en.wikipedia.org/wiki/Vietnam_Veterans_Memorial"
GADSDEN = "http://www.gadsdentimes.com/news/20170503/the-wall-marks-its-35th-anniversary-this-year"
VVMF = "https://vvmf.wordpress.com/2022/05/12/40-facts-about-the-vietnam-veterans-memorial-site/"
TLE = "https://thelondoneconomic.com/?p=169677"
CUPLIFT = "https://www.conversion-uplift.co.uk/brexit/the-boris-johnson-brexit-bus-lie-of-350m/"
CHOME = "http://conservativeshome.com/boris-johnson-lied-about-increased-bus-network-spending-plan/"
STANDARD = "http://www.standard.co.uk/news/mayor/my-bus-plans-will-cost-100m-admits-blundering-boris-6697431.html"
MN20 = "https://mn.gov/deed/newscenter/publications/review/february-2020/cpi-feb2020.jsp"
MN16 = "https://mn.gov/deed/newscenter/publications/review/may-2016/cpi.jsp"
WOW = "https://when.com/ (WOW.com content network search digest of CPI reports)"
VOS = "https://valueofstocks.com/2022/10/20/largest-mergers-and-acquisitions-2/page/3/"
INVP = "https://www.investopedia.com/investing/biggest-acquisitions-in-history/"
MNAC = "https://mnacommunity.com/?p=25806"
FOXQ = "https://foxnews.com/world/chinas-state-media-say-death-toll-from-quake-in-countrys-northwest-rises-to-75.amp"
SCRIPPS = "https://www.scrippsnews.com/world/death-toll-from-southwestern-china-earthquake-rises-sharply"
RTQ = "https://rt.com/news/319689-afghanistan-pakistan-india-quake/amp"
WAPO = "https://www.washingtonpost.com/politics/2018/11/19/president-trumps-crowd-size-estimates-increasingly-unbelievable/"
PENSITO = "http://www.pensito.com/2024/05/24/aerial-photo-calls-into-question-trump-campaign-claims-about-crowd-size-at-bronx-rally/"
FACTATT = "https://factually.co/fact-checks/politics/trump-event-attendance-752f2b"
REUTCF = "https://jimbakkershow.dev-ecs.morningsidechurchinc.com/tag/camp-fire/page/2 (Reuters copy)"
HLH = "http://highlighthollywood.com/2018/07/calif-wildfires-8-dead-230000-acres-burned-100s-of-homes-destroyed/"
MISH = "https://www.thestreet.com/mishtalk/economics/tweets-of-the-day-over-1-million-acres-in-california-are-on-fire"
CBSWF = "http://cbsnews.com/news/california-wildfires-destroy-homes-force-evacuations"
GEHEREN = "https://michaelgeheren.com/article/cbo-report-15-minimum-wage-would-boost-pay-for-millions-but-cost-1-4m-jobs/"
NELP = "https://www.nelp.org/nelp-cbo-score-shows-raise-wage-act-no-brainer-congress"

QUERIES += [
    # jobs
    ("q2-jobs-1", "Total nonfarm payroll employment grew by 304,000 in January, according to the Bureau of Labor Statistics.", ABA, [], ["jobs-1804-payrolls", "jobs-fox-payrolls"]),
    ("q2-jobs-2", "The national unemployment rate rose from 3.9 percent to 4.0 percent.", ABA, [], ["jobs-1804-rate"]),
    ("q2-jobs-3", "Leisure and hospitality added 74,000 jobs.", ABA, [], ["jobs-fox-manuf"]),
    ("q2-jobs-4", "The unemployment rate fell by 0.4 percentage point to 6.3 percent in January.", DUBLS, [], ["jobs-fox-rate", "jobs-1209-rate"]),
    ("q2-jobs-5", "Nonfarm payroll employment changed little in January, rising by 49,000.", DUBLS, [], ["jobs-fox-payrolls", "jobs-1209-payrolls"]),
    ("q2-jobs-6", "The change in payroll employment for December was revised down by 87,000.", DUBLS, [], []),
    ("q2-jobs-7", "Total nonfarm payroll employment rose by 130,000 in August, and the unemployment rate held at 3.7 percent.", PCR, [], ["jobs-1809-rate", "jobs-1809-payrolls"]),
    ("q2-jobs-8", "The unemployment rate slipped to 7.9% in September from 8.4%, the Bureau of Labor Statistics said.", HGD, [], ["jobs-1209-rate", "jobs-2020-sept"]),
    ("q2-jobs-9", "The pandemic caused more than 20 million people to lose their jobs in a single month.", HGD, [], ["jobs-2020-sept"]),
    ("q2-jobs-10", "US employers added 531,000 jobs in October and the unemployment rate edged down to 4.6%.", URDU, [], ["jobs-1804-payrolls", "jobs-1804-rate"]),
    # vietnam
    ("q2-vn-1", "As of November 2013, there are a total of 58,286 names engraved on the wall.", WHENILK, [], ["vn-names-2018", "vn-names-1997"]),
    ("q2-vn-2", "Possibly 38 names on the wall belong to men listed as POW/MIA who might still be alive.", WHENILK, [], ["vn-missing"]),
    ("q2-vn-3", "The Wall will have 58,299 names once the latest 13 are finished.", DCTG, [], ["vn-names-2018", "vn-names-1997"]),
    ("q2-vn-4", "About 350 names have been added since the Wall opened.", DCTG, [], ["vn-names-1982", "vn-opened"]),
    ("q2-vn-5", "Some 728 of the men named on the wall remain unaccounted for.", DCTG, [], ["vn-missing"]),
    ("q2-vn-6", "As of January 2022 there were 58,281 names on the wall, including eight women.", HYPO, [], ["vn-names-2018"]),
    ("q2-vn-7", "Ground was broken for the Vietnam Veterans Memorial on March 22, 1982.", HYPO, [], ["vn-opened", "vn-names-1982"]),
    ("q2-vn-8", "Cracks were detected in the granite of the wall in 1984.", HYPO, [], ["vn-panels"]),
    ("q2-vn-9", "Two blank spare panels for the wall were shattered by the 2011 Virginia earthquake.", HYPO, [], ["vn-panels"]),
    ("q2-vn-10", "Each wall of the memorial is made of 72 black granite panels.", WIKIVVM, [], ["vn-panels"]),
    ("q2-vn-11", "The Vietnam Veterans Memorial had 3,799,968 visitors in 2006.", WIKIVVM, [], ["vn-visitors-3m", "vn-visitors-2.5m"]),
    ("q2-vn-12", "Congress authorized the Vietnam Veterans Memorial Fund to build the memorial in 1980.", GADSDEN, [], ["vn-entries"]),
    ("q2-vn-13", "Jan Scruggs launched the memorial effort with $2,800 of his own money.", VVMF, [], []),
    ("q2-vn-14", "President Carter signed the law giving the memorial its land on the National Mall on July 1, 1980.", VVMF, [], ["vn-opened"]),
    # brexit
    ("q2-bx-1", "According to the Office for National Statistics, the true weekly sum sent to the EU is more like £181 million.", TLE, [], ["bx-bus", "bx-362"]),
    ("q2-bx-2", "The Conservative pledge of 50,000 more nurses involves recruiting only 31,000 new staff.", TLE, [], []),
    ("q2-bx-3", "Some £2.7 billion has been allocated to six hospital trusts for building projects.", TLE, [], ["bx-57bn"]),
    ("q2-bx-4", "Johnson said the UK's gross contribution would rise to £410million a week the following year.", PR, [], ["bx-362", "bx-438", "bx-400"]),
    ("q2-bx-5", "Labour's Matthew Pennycook said Johnson was wrong to make the £350million claim again.", PR, [], ["bx-bus"]),
    ("q2-bx-6", "Dominic Cummings, Vote Leave's campaign director, came up with the 'Take back control' slogan.", CUPLIFT, [], ["bx-bus"]),
    ("q2-bx-7", "Ministers announced £1.2bn for 34 areas that applied for bus service improvement plans.", CHOME, [], ["bx-1bn-month"]),
    ("q2-bx-8", "Only £2.4bn was committed out of the £3bn Johnson pledged for buses.", CHOME, [], []),
    ("q2-bx-9", "Johnson said 500 new Routemaster buses would cost about £100 million.", STANDARD, [], ["bx-100"]),
    # cpi
    ("q2-cpi-1", "The CPI rose 0.1 percent in January after rising 0.2 percent in December.", MN20, [], ["cpi-2107-mom", "cpi-2506-mom"]),
    ("q2-cpi-2", "The all items index increased 2.5 percent for the 12 months ending January, the largest since October 2018.", MN20, [], ["cpi-may-yoy", "cpi-2506-yoy"]),
    ("q2-cpi-3", "The index for all items less food and energy rose 2.3 percent over the year.", MN20, [], ["cpi-2107-core", "cpi-2506-core"]),
    ("q2-cpi-4", "The gasoline index fell 1.6 percent in January.", MN20, [], ["cpi-may-gas"]),
    ("q2-cpi-5", "The energy index increased 3.4 percent in April, with the gasoline index rising 8.1 percent.", MN16, [], ["cpi-2107-energy", "cpi-may-gas"]),
    ("q2-cpi-6", "The all items index rose 1.1 percent for the 12 months ending April.", MN16, [], ["cpi-may-yoy"]),
    ("q2-cpi-7", "Consumer inflation stood at 4.9% in April, the smallest 12-month increase since April 2021.", WOW, [], ["cpi-2107-yoy"]),
    ("q2-cpi-8", "Core goods prices are down 1.8% for the 12 months ended in June.", WOW, [], ["cpi-2506-core"]),
    # gdp
    ("q2-gdp-1", "GDP grew at a 3.1% rate in the fourth quarter of 2010.", EAJ, [], ["gdp-11q1"]),
    ("q2-gdp-2", "Consumer spending slowed to a 2.1 percent annual rate in the third quarter.", WHT, [], ["gdp-16q3-adv"]),
    ("q2-gdp-3", "Exports had grown at just a 1.8 percent rate from April through June.", WHT, [], ["gdp-16-exports"]),
    ("q2-gdp-4", "The U.S. economy grew at a 4.5% rate in the first quarter.", TT1, [], ["gdp-11q1"]),
    ("q2-gdp-5", "Business fixed investment grew at a 12.5% annual rate in the second quarter.", TT1, [], []),
    ("q2-gdp-6", "Government spending increased 2.2% at an annual pace in the second quarter.", TT1, [], ["gdp-03q2"]),
    ("q2-gdp-7", "The economy grew at a 3.8 percent annual rate in the second quarter.", TPR, [], ["gdp-03q2", "gdp-16q2"]),
    ("q2-gdp-8", "GDP expanded at robust rates of 4.9% and 3.4% in the last two quarters of last year.", SHAW, [], ["gdp-24q2"]),
    ("q2-gdp-9", "The economy grew at a 1.4% pace in the January-March period.", SHAW, [], ["gdp-16q2"]),
    # deals
    ("q2-deal-1", "Google purchased Motorola Mobility for $12.5 billion.", VOS, [], []),
    ("q2-deal-2", "Google eventually sold Motorola for only $2.9 billion.", VOS, [], ["deal-beats", "deal-txi"]),
    ("q2-deal-3", "Microsoft bought Skype for $8.5 billion.", VOS, [], ["deal-linkedin", "deal-msft-atvi"]),
    ("q2-deal-4", "Vodafone's $180.95 billion takeover of Mannesmann in 2000 is the largest acquisition in history.", INVP, [], ["deal-warner"]),
    ("q2-deal-5", "Walt Disney acquired 21st Century Fox for $71.3 billion.", MNAC, [], ["deal-aetna"]),
    ("q2-deal-6", "ExxonMobil agreed to buy Pioneer Natural Resources for $60 billion.", MNAC, [], ["deal-anadarko"]),
    ("q2-deal-7", "HP bought Autonomy for $11.7 billion.", MNAC, [], []),
    ("q2-deal-8", "Kraft Foods merged with H.J. Heinz in a $45 billion deal.", MNAC, [], ["deal-twitter"]),
    ("q2-deal-9", "Sprint merged with Nextel Communications in a $35 billion deal.", MNAC, [], ["deal-xilinx", "deal-sprint"]),
    ("q2-deal-10", "Dell's acquisition of EMC was announced in 2015 and completed in 2016.", CNBCL, [], ["deal-dell-emc"]),
    ("q2-deal-11", "Occidental's offer for Anadarko was more than 15% higher than Chevron's.", AWF, [], ["deal-anadarko"]),
    # quakes
    ("q2-eq-1", "The death toll from a shallow earthquake in China's Gansu province has risen to 75.", FOXQ, [], ["eq-yunnan"]),
    ("q2-eq-2", "An additional 459 people were injured in the Gansu quake.", FOXQ, [], ["eq-pak13-inj", "eq-pak05-injured"]),
    ("q2-eq-3", "A magnitude-7.1 quake in Yunnan killed more than 1,400 people in 1974.", DW, [], ["eq-yunnan", "eq-sichuan"]),
    ("q2-eq-4", "More than 2,500 troops had arrived in the Yunnan quake zone by late Sunday.", DW, [], ["eq-yunnan"]),
    ("q2-eq-5", "Xinhua first put the Yunnan earthquake death toll at around 150.", SCRIPPS, [], ["eq-yunnan"]),
    ("q2-eq-6", "Some 414 Pakistani soldiers were injured in the quake.", CBSQ, [], ["eq-pak05-injured", "eq-pak05-dead"]),
    ("q2-eq-7", "The magnitude 7.6 quake was felt from central Afghanistan to western Bangladesh.", CBSQ, [], []),
    ("q2-eq-8", "Pakistani officials reported a magnitude 6 aftershock on Sunday afternoon.", CBSQ, [], []),
    ("q2-eq-9", "The 7.7-magnitude quake struck a remote, sparsely populated area of southwestern Pakistan.", CNN13, [], ["eq-pak13"]),
    ("q2-eq-10", "In Afghanistan the earthquake death toll reached at least 115.", RTQ, [], ["eq-pak13"]),
    ("q2-eq-11", "Pakistani officials increased the country's earthquake death toll to 228.", RTQ, [], ["eq-pak13", "eq-ecuador"]),
    ("q2-eq-12", "At least 4,000 houses were destroyed or damaged in Afghanistan.", RTQ, [], []),
    # crowds
    ("q2-cr-1", "Trump claimed 50,000 people were outside a rally in Houston because they couldn't get in.", WAPO, [], ["cr-30k", "cr-rolling"]),
    ("q2-cr-2", "The Trump campaign claimed 25,000 people attended his rally in the Bronx.", PENSITO, [], ["cr-75k"]),
    ("q2-cr-3", "The Bronx rally had a permit for 3,500 people, according to the Police Department.", PENSITO, [], []),
    ("q2-cr-4", "Trump rallies from 2016 to 2017 averaged about 10,100 attendees.", FACTATT, [], []),
    ("q2-cr-5", "The White House claimed 250,000 people attended the military parade in Washington.", FACTATT, [], ["cr-mcenany"]),
    # wildfires
    ("q2-wf-1", "Remains of 79 victims have been recovered since the Camp Fire erupted on Nov. 8.", REUTCF, [], ["wf-camp-dead"]),
    ("q2-wf-2", "The Butte County Sheriff's missing persons list still has 993 names on it.", REUTCF, [], []),
    ("q2-wf-3", "The Camp Fire has torched more than 151,000 acres, Cal Fire said.", REUTCF, [], ["wf-woolsey-acres", "wf-camp-struct"]),
    ("q2-wf-4", "The Carr Fire destroyed more than 800 homes.", HLH, [], ["wf-woolsey-homes", "wf-butte-homes"]),
    ("q2-wf-5", "The Ferguson Fire grew to more than 57,000 acres.", HLH, [], ["wf-butte-acres"]),
    ("q2-wf-6", "The Ranch Fire grew to 35,000 acres and was just 5 percent contained.", HLH, [], ["wf-ranch"]),
    ("q2-wf-7", "About 1.2 million acres of California were on fire, only 20% contained.", MISH, [], ["wf-2020"]),
    ("q2-wf-8", "California's 14 large fires are pushing 7,000 firefighters to their limits.", CBSWF, [], ["wf-lightning"]),
    ("q2-wf-9", "At least 650 residents were chased from their homes by the Rocky Fire in Lake County.", CBSWF, [], ["wf-lake-evac"]),
    # minimum wage
    ("q2-mw-1", "A $15 minimum wage would cost 1.4 million jobs, the CBO says.", GEHEREN, [], ["mw-jobs", "mw-poverty"]),
    ("q2-mw-2", "The CBO looked at raising the federal minimum wage to $15 an hour in six steps by 2024.", NELP, [], ["mw-since2009"]),
    ("q2-mw-3", "The tipped workers' pay floor would rise by $1.50 each year until reaching $15 by 2029.", INFOD, [], ["mw-tipped"]),
    ("q2-mw-4", "Many states and localities have set their minimum wage above the federal $7.25.", HRR, [], ["mw-since2009"]),
]


# A third batch (ids "q3-"), added before the matcher was run on it or any rule was changed
# (see README.md): the tuning split had too few errors left to learn from. Mostly claims with
# NO earlier match that share a speaker, topic, template or figure with an archive claim (the
# same figure about another subject, the same event with another count, another month or
# place), plus rewordings of archive claims by other outlets. Same hash split as above.
URDU22 = "https://www.urdupoint.com/en/business/us-adds-431000-jobs-in-march-unemployment-r-1491194.html"
ANEWS = "https://www.anews.com.tr/economy/2022/04/01/us-economy-added-431000-jobs-in-march-govt"
CONNECT = "https://www.connectradio.fm/abc-business/unemployment-rate-falls-to-6-in-march-as-employers-add-916000-jobs"
POLLH = "https://www.pollheadlines.com/news-feeds.php?feed=88000-jobs-added-in-march-unemployment-dropped-to-76"
UPI22 = "https://www.upi.com/Top_News/US/2022/04/01/labor-march-jobs-report-joe-biden/2631648815739/"
NBREAK22 = "https://www.newsbreak.com/news/2559031532929/unemployment-rate-drops-to-3-6-as-431-000-jobs-added-in-march"
WKAR = "http://www.wkar.org/post/us-unemployment-rate-drops-37-percent-lowest-nearly-50-years"
EDWF = "https://edworkforce.house.gov/news/documentsingle.aspx?DocumentID=403074"
PIX11 = "https://pix11.com/2018/10/05/unemployment-rate-falls-to-49-year-low/"
TVWW = "https://www.tvworldwide.com/events/vvmf/080421/info.cfm"
HARVREF = "https://harvardreferencinggenerator.com/list-names-vietnam-memorial-wall"
MIRROR17 = "http://www.pressreader.com/uk/daily-mirror/20170918/283102774225857"
LFF = "https://leftfootforward.org/2016/05/boris-johnsons-brexit-bus-is-peddling-a-lie-we-dont-send-eu-350m-a-week/"
MEDIUM = "https://andyroberts-uk.medium.com/350-million-tourettes-ba79ca6a32f3"
OPENBRIT = "https://www.open-britain.co.uk/umunna_uk_statistics_authority_has_exposed_boris_outright_lying"
SPUT17 = "https://sputniknews.com/europe/201709171057467060-boris-johnson-uk-brexit/"
ABA22 = "https://bankingjournal.aba.com/2022/01/consumer-prices-rise-in-december-2/"
BLS12 = "https://www.bls.gov/opub/ted/2012/ted_20120221.htm"
UPI12 = "https://arabstoday.net/en/amp/84/us-inflation-slowed-down-in-2012 (UPI copy)"
ABA25 = "https://bankingjournal.aba.com/2025/01/consumer-price-inflation-2-9-in-december/"
ABA20 = "https://bankingjournal.aba.com/2020/12/consumer-prices-rise-in-november/"
NEWSER = "https://www.newser.com/story/371889/inflation-heats-up-as-tariffs-raise-prices.html"
ABSRE = "https://absre.com/june-sees-highest-uptick-in-consumer-prices-since-february"
AMCONS = "https://www.theamericanconservative.com/monthly-inflation-increases-in-june/"
ICDN = "https://intercitydailynews.com/en-us/category/economy/cpi-rose-in-june-to-2.7percent-annual-rate-new-data-show-1304368 (CBS copy)"
BREIT = "https://breitbart.com/economy/2017/07/28/gdp-rises-annual-pace/amp"
MDM = "https://mdm.com/news/research/economic-trends/real-gross-domestic-product-up-3-in-2q"
TT24 = "https://ttnews.com/articles/second-quarter-gdp-grows-24"
NBREAK21 = "https://www.newsbreak.com/news/2318941409133/cre-transactions-reach-pre-pandemic-levels-in-q2"
ABA15 = "https://bankingjournal.aba.com/2015/08/gdp-revised-up-to-3-7-for-second-quarter/"
WSJ17 = "https://blogs.wsj.com/briefly/2017/07/27/5-things-to-watch-in-the-second-quarter-gdp-report/"
NBC16 = "https://www.nbcnews.com/business/economy/economy-grew-fastest-pace-two-years-n674486"
CNBC16 = "https://www.cnbc.com/2016/12/22/final-reading-on-us-q3-gross-domestic-product-was-up-35-vs-32-prior-estimate.html"
BEAST = "http://blog.thedailybeast.com/gdp-grows-29-in-biggest-gain-in-2-years"
ARK = "http://www.arkansasonline.com/news/2016/oct/29/economy-grows-2-9-consumer-spending-slo/"
THEJC = "https://www.thejc.com/news/israel/teva-does-26bn-mega-deal-gsq2ozq4"
RNZ = "https://www.rnz.co.nz/news/business/40531/pfizer-to-buy-rival-pharmaceutical-company"
BESTCA = "https://bestcurrentaffairs.com/bayer-buy-monsanto-66-billion/"
TRT = "https://trt.global/world/article/12876006"
BELLE = "https://bellenews.com/2015/10/28/business-news/walgreens-buys-rite-aid-for-17-2-billion"
INTAFR = "https://international-africa.com/2017/12/03/the-biggest-ma-deal-of-2017-is-about-to-be-revealed/ (CityAM copy)"
TDI = "https://thediplomaticinsight.com/elon-musk-becomes-twitters-new-chief/"
YNAIJA = "https://ynaija.com/elon-musk-acquires-twitter-and-fires-executives/"
WDUG = "https://www.watchdoguganda.com/news/world-news/20221029/144878/elon-musk-takes-over-twitter-ownership-shuffles-top-management.html"
NATNEWS = "https://www.thenationalnews.com/business/technology/2022/10/28/elon-musk-closes-44bn-twitter-deal-with-tech-companys-ceo-and-cfo-fired-reports-say/"
BBSN = "http://bbsnews.net/2017-09-10/mexico-earthquake-death-toll-rises/128828 (WPLG copy)"
GEPH = "http://gephardtdaily.com/national-international/mexico-earthquake-death-toll-reaches-90/ (UPI copy)"
BNO = "https://bnonews.com/index.php/2025/10/death-toll-rises-to-72-after-earthquake-in-the-philippines/"
DEVD = "https://www.devdiscourse.com/article/science-environment/3648127-tragedy-in-the-philippines-rising-death-toll-from-devastating-earthquake"
IRISH = "https://www.irishtimes.com/news/world/death-toll-in-ecuador-earthquake-rises-to-350-with-2-068-injured-1.2614587"
RSOE = "http://hisz.rsoe.hu/alertmap/database/?pageid=event_update&edis_id=EQ-20160417-52944-ECU"
TOT = "https://www.timesofturkey.com/heading/nepal-earthquake-death-toll-above-4500.html"
BANGLA = "https://banglanews24.com/english/international/news/bd/39443.details"
ATW = "https://atwnetwork.com/2015/04/25/nepal-earthquake-toll-rises-to-1341-dead/"
INTODAY = "http://prod-appfeeds.intoday.in/node/251101"
NTVBD = "https://publisher-en.ntvbd.com/world/3775/Nepalese-quake-death-toll-rises-to-5489"
INFD = "https://inferiordonald.com/exaggerations/2464/claimed-el-paso-fire-marshal-allowed-thousands-of-extra"
FRNEWS = "https://frnewsreport.com/el-pasos-fire-department-refutes-trumps-crowd-size-claims/"
LEFTOVER = "https://leftoverrights.com/trump-claims-border-rally-bigger-than-democrats-but-el-pasos-fire-dept-set-the-record-straight/"
AMIND = "https://americanindependent.com/el-paso-fire-department-destroys-trumps-dumb-lie-about-his-crowd-size/"
DDOT = "https://www.dailydot.com/debug/trump-el-paso-crowd-size/"
INFD2 = "https://inferiordonald.com/exaggerations/2463/vastly-overestimated-the-number-of-people-who-were-outside"
PRODCH = "https://producerschannel.com/2018/11/13/california-fires-have-perished-the-city-of-paradise-5-victims-on-same-street-dead/"
EBT = "https://www.eastbaytimes.com/2018/11/10/butte-county-deadly-camp-fire-consumes-100000-acres/"
ABC10 = "https://www.abc10.com/article/news/local/paradise/remembering-the-sweet-life-of-a-town-wiped-out-by-wildfire/103-615185041"
WPREP = "https://www.weatherpreppers.com/2018/11/10/camp-fire-is-most-destructive-wildfire-in-california-history-9-dead-6713-structures-incinerated/"
BIIN = "https://businessinsider.in/slidelist/72987223.cms"
LAT16 = "http://www.latimes.com/local/california/la-me-updates-wildfire-season-firefighters-on-the-scene-of-the-bogart-1472600550-htmlstory.html"
SIERRA = "https://sierranewsonline.com/california-wildfires-char-644000-acres-destroy-2000-structures/"
MCKN = "https://www.mcknightsseniorliving.com/2018/01/02/18-states-increased-minimum-wage-jan-1/"
OHMFG = "https://www.ohiomfg.com/communities/tax/cbo-15-minimum-wage-would-cost-1-4m-jobs-by-2025/"
BECKERS = "https://beckershospitalreview.com/compensation-issues/21-states-raising-minimum-wage-in-2025.html"
PORTSIDE = "https://portside.org/node/33098/printable/print (EPI copy)"
SHMEWS = "https://shmews.com/article/2035"
WCOMP = "http://www.workcompprofessionals.com/advisory/2016L5/january/a4.html"
MKT17 = "https://www.marketplace.org/2017/12/26/economy/millions-nation-s-lowest-paid-workers-will-get-new-year-boost"

QUERIES += [
    # jobs
    ("q3-jobs-1", "US employers added 431,000 jobs in March, the Labor Department said.", URDU22, [], ["jobs-1804-payrolls", "jobs-fox-payrolls"]),
    ("q3-jobs-2", "The unemployment rate fell to 3.6 percent in March from 3.8 percent.", ANEWS, [], ["jobs-1804-rate", "jobs-1809-rate"]),
    ("q3-jobs-3", "Economists had forecast jobs to grow by 490,000 in March.", URDU22, [], ["jobs-1804-payrolls"]),
    ("q3-jobs-4", "The U.S. unemployment rate slipped to 6% in March as some 916,000 jobs were added.", CONNECT, [], ["jobs-fox-rate", "jobs-2020-sept"]),
    ("q3-jobs-5", "Just 88,000 jobs were added in March, but the jobless rate edged down to 7.6 percent from 7.7 percent.", POLLH, [], ["jobs-1209-rate", "jobs-1209-payrolls"]),
    ("q3-jobs-6", "The number of unemployed people decreased by 318,000 to 6 million.", UPI22, [], []),
    ("q3-jobs-7", "Before the pandemic the unemployment rate was at a historic low of 3.5%.", CONNECT, [], ["jobs-1804-rate"]),
    ("q3-jobs-8", "Average hourly earnings rose 2.8 percent over the year.", PIX11, [], ["jobs-1804-wages"]),
    ("q3-jobs-9", "Revised figures show employers added 270,000 jobs in August and 165,000 in July.", EDWF, [], ["jobs-1804-payrolls"]),
    ("q3-jobs-10", "Private economists had forecast the economy would add 180,000 jobs in September.", WKAR, [], ["jobs-1809-payrolls", "jobs-1209-payrolls"]),
    ("q3-jobs-11", "Leisure and hospitality added 112,000 jobs in March, the biggest gain of any sector.", NBREAK22, [], ["jobs-fox-manuf"]),
    ("q3-jobs-12", "Manufacturing added another 18,000 jobs in September despite the new tariffs.", PIX11, [], ["jobs-fox-manuf"]),
    ("q3-jobs-13", "Employers have added to payrolls for 96 straight months, the longest streak on record.", EDWF, [], []),
    ("q3-jobs-14", "The jobless rate dropped to 3.7% in September, the lowest rate since December 1969, the Labor Department said.", EDWF, ["jobs-1809-rate"], ["jobs-1804-rate", "jobs-1209-rate"]),
    ("q3-jobs-15", "U.S. nonfarm payrolls rose 134,000 in September, the smallest gain in a year.", EDWF, ["jobs-1809-payrolls"], ["jobs-1209-payrolls"]),
    ("q3-jobs-16", "The US economy added 134,000 jobs last month, below expectations.", PIX11, ["jobs-1809-payrolls"], ["jobs-1209-payrolls"]),
    # vietnam
    ("q3-vn-1", "The Vietnam Veterans Memorial contains the names of 58,256 men and women who died in the war.", TVWW, [], ["vn-names-2018", "vn-deaths-2018"]),
    ("q3-vn-2", "Nearly 3.5 million Americans served in the Vietnam War.", TVWW, [], ["vn-visitors-3m", "vn-visitors-2.5m"]),
    ("q3-vn-3", "More than 1,700 people will be honored in the In Memory Honor Roll.", TVWW, [], []),
    ("q3-vn-4", "Three new names bring the total on the Vietnam wall to 58,284.", HARVREF, [], ["vn-names-2018", "vn-names-1997"]),
    ("q3-vn-5", "New names on the wall are engraved to match the original Optima typeface.", HARVREF, [], []),
    ("q3-vn-6", "The Three Soldiers statue was added to the memorial in 1984.", WIKIVVM, [], ["vn-opened"]),
    ("q3-vn-7", "The Vietnam Women's Memorial was added in 1993.", WIKIVVM, [], []),
    ("q3-vn-8", "In 2007 the memorial ranked tenth on the American Institute of Architects' list of America's Favorite Architecture.", WIKIVVM, [], []),
    ("q3-vn-9", "The walls taper from 8 inches tall at their ends to 10.1 feet at the apex.", WIKIVVM, [], ["vn-panels"]),
    ("q3-vn-10", "A 14th name has been put on hold while a dispute over its spelling is resolved.", DCTG, [], []),
    ("q3-vn-11", "Eight names will have their status changed from missing to recovered.", DCTG, [], ["vn-missing"]),
    ("q3-vn-12", "The memorial receives around three million visitors each year.", WIKIVVM, ["vn-visitors-3m"], ["vn-visitors-2.5m"]),
    ("q3-vn-13", "The Vietnam wall was dedicated in 1982 with 57,939 names inscribed on it.", WHENILK, ["vn-names-1982"], ["vn-names-2018", "vn-opened"]),
    # brexit
    ("q3-bx-1", "Britain made a net contribution to the EU of £156 million a week last year.", MIRROR17, [], ["bx-bus", "bx-362"]),
    ("q3-bx-2", "Norgrove said the £350million figure confuses gross and net contributions.", MIRROR17, [], ["bx-bus"]),
    ("q3-bx-3", "The £350 million figure is based on an annual membership fee of £18 billion.", LFF, [], ["bx-bus"]),
    ("q3-bx-4", "Deducting the £5 billion rebate brings the weekly figure down to roughly £250 million.", LFF, [], ["bx-bus"]),
    ("q3-bx-5", "The EU pays about £4 billion a year to the UK, mostly to subsidise farming.", LFF, [], ["bx-1bn-month"]),
    ("q3-bx-6", "The actual UK contribution to the EU is £161 million per week.", MEDIUM, [], ["bx-bus"]),
    ("q3-bx-7", "The IFS forecasts a £58bn hole in the public finances as a result of Brexit.", OPENBRIT, [], ["bx-57bn", "bx-60bn"]),
    ("q3-bx-8", "The UK Statistics Authority told Vote Leave its figure was potentially misleading.", LFF, [], ["bx-bus"]),
    ("q3-bx-9", "Leaving the EU would free up 350 million pounds a week, Johnson wrote.", SPUT17, ["bx-bus"], ["bx-362", "bx-400"]),
    # cpi
    ("q3-cpi-1", "The Consumer Price Index increased 0.5% in December, the Bureau of Labor Statistics said.", ABA22, [], ["cpi-2107-mom"]),
    ("q3-cpi-2", "Over the last 12 months, the all items index increased 7.0%.", ABA22, [], ["cpi-may-yoy", "cpi-2107-yoy"]),
    ("q3-cpi-3", "The food index rose 6.3% over the last 12 months.", ABA22, [], []),
    ("q3-cpi-4", "The energy index fell 0.4% in December after rising 3.5% in November.", ABA22, [], ["cpi-2107-energy"]),
    ("q3-cpi-5", "The index for energy has risen 6.1 percent over the last year.", BLS12, [], ["cpi-2107-energy"]),
    ("q3-cpi-6", "The medical care index has risen 3.6 percent over the year.", BLS12, [], ["cpi-may-medical"]),
    ("q3-cpi-7", "Over the last 12 months the gasoline index has risen 9.7 percent.", BLS12, [], ["cpi-may-gas"]),
    ("q3-cpi-8", "Consumer prices rose 1.7 percent in 2012, down from 3 percent in 2011.", UPI12, [], []),
    ("q3-cpi-9", "Core prices rose 1.9 percent over the 12 months of 2012.", UPI12, [], ["cpi-2107-core", "cpi-2506-core"]),
    ("q3-cpi-10", "Consumer prices rose 2.9% in the 12 months through December, the BLS reported.", ABA25, [], ["cpi-2506-core", "cpi-may-yoy"]),
    ("q3-cpi-11", "The core CPI rose 3.2% over the last 12 months.", ABA25, [], ["cpi-2107-core", "cpi-2506-core"]),
    ("q3-cpi-12", "The gasoline index increased 4.4% over the month.", ABA25, [], ["cpi-may-gas"]),
    ("q3-cpi-13", "The energy index increased 2.3% in November, its sixth consecutive increase.", ABA20, [], ["cpi-2107-energy"]),
    ("q3-cpi-14", "The inflation rate was 3 percent in January when Trump took office.", AMCONS, [], ["gdp-infl"]),
    ("q3-cpi-15", "Food prices rose 3% on an annual basis in June.", ICDN, [], ["cpi-2506-yoy"]),
    ("q3-cpi-16", "Egg prices are up 27.3% since last June.", ICDN, [], []),
    ("q3-cpi-17", "Consumer prices rose 2.7% in June from a year earlier, the Labor Department said.", NEWSER, ["cpi-2506-yoy"], ["cpi-2506-core", "cpi-may-yoy"]),
    ("q3-cpi-18", "Excluding food and energy, core inflation increased 2.9% in June from a year earlier.", NEWSER, ["cpi-2506-core"], ["cpi-2506-yoy", "cpi-2107-core"]),
    ("q3-cpi-19", "The CPI-U increased 0.3% in June on a seasonally adjusted basis.", ABSRE, ["cpi-2506-mom"], ["cpi-2107-mom"]),
    # gdp
    ("q3-gdp-1", "Gross domestic product expanded at a 2.6 percent annual rate in the second quarter of 2017.", BREIT, [], ["gdp-24q2", "gdp-16q2"]),
    ("q3-gdp-2", "Real GDP increased 1.2 percent in the first quarter of 2017.", BREIT, [], ["gdp-11q1"]),
    ("q3-gdp-3", "Real GDP increased at an annual rate of 3 percent in the second quarter, the second estimate showed.", MDM, [], ["gdp-03q2", "gdp-24q2"]),
    ("q3-gdp-4", "Current-dollar GDP increased 4 percent, or $189.0 billion, in the second quarter.", MDM, [], []),
    ("q3-gdp-5", "U.S. gross domestic product rose at a 2.4% annual rate in the second quarter, slowing from 3.7% in the first.", TT24, [], ["gdp-03q2", "gdp-25q3"]),
    ("q3-gdp-6", "The economy shrank 4.1% from the fourth quarter of 2007 to the second quarter of 2009.", TT24, [], []),
    ("q3-gdp-7", "Real GDP grew at an annual rate of 6.5 percent in the second quarter of 2021.", NBREAK21, [], ["gdp-11q1"]),
    ("q3-gdp-8", "Real GDP grew at a 3.7 percent annual rate in the second quarter, revised up from 2.3 percent.", ABA15, [], ["gdp-03q2"]),
    ("q3-gdp-9", "Exports grew 5.2 percent in the second quarter after falling 6.0 percent in the first.", ABA15, [], ["gdp-16-exports"]),
    ("q3-gdp-10", "Economists estimate GDP grew at a 2.7% annual rate in the April to June period.", WSJ17, [], ["gdp-24q2"]),
    ("q3-gdp-11", "Consumer spending grew at a robust 4.3 percent rate in the second quarter.", NBC16, [], ["gdp-25q3"]),
    ("q3-gdp-12", "Consumer spending increased at a 3.0 percent rate in the third quarter, revised from 2.8 percent.", CNBC16, [], ["gdp-24q2", "gdp-16q3-adv"]),
    ("q3-gdp-13", "Spending on nonresidential structures increased at a 12.0 percent rate.", CNBC16, [], []),
    ("q3-gdp-14", "The U.S. economy expanded at a 2.9 percent annual rate from July through September, its fastest pace in two years.", BEAST, ["gdp-16q3-adv"], ["gdp-16q3-third"]),
    ("q3-gdp-15", "The 2.9 percent annualized increase in GDP in the third quarter was the biggest in two years, the Commerce Department reported.", ARK, ["gdp-16q3-adv"], ["gdp-16q3-third", "gdp-19q3"]),
    ("q3-gdp-16", "Third-quarter GDP grew at a 3.5 percent annual rate in the Commerce Department's third estimate, the best in two years.", CNBC16, ["gdp-16q3-third"], ["gdp-16q3-adv"]),
    ("q3-gdp-17", "A surge in soybean shipments lifted exports 10 percent in the third quarter.", ARK, ["gdp-16-exports"], []),
    # deals
    ("q3-deal-1", "Teva acquired the generics unit of Allergan for $40.5 billion.", THEJC, [], ["deal-allergan", "deal-nvda-arm"]),
    ("q3-deal-2", "Teva bought Barr Pharmaceuticals in 2008 for $9 billion.", THEJC, [], []),
    ("q3-deal-3", "Pfizer is to buy rival Wyeth in a deal worth $68 billion.", RNZ, [], ["deal-msft-atvi", "deal-allergan"]),
    ("q3-deal-4", "Pfizer acquired Warner-Lambert for $93.4 billion in 2000.", RNZ, [], ["deal-warner"]),
    ("q3-deal-5", "Bayer agreed to buy Monsanto for $66 billion in the largest all-cash deal ever.", BESTCA, [], ["deal-dell-emc"]),
    ("q3-deal-6", "InBev offered $60.4 billion for Anheuser-Busch in 2008.", BESTCA, [], ["deal-anadarko"]),
    ("q3-deal-7", "Daimler's 1998 merger with Chrysler valued the U.S. carmaker at more than $40 billion.", BESTCA, [], ["deal-nvda-arm"]),
    ("q3-deal-8", "Takeda agreed to buy Shire for $62 billion.", TRT, [], []),
    ("q3-deal-9", "Walgreens Boots Alliance agreed to buy Rite Aid in a $17.2 billion all-cash deal.", BELLE, [], []),
    ("q3-deal-10", "Musk had acquired 9.2% of Twitter's stock, valued at $2.64 billion.", WDUG, [], ["deal-twitter"]),
    ("q3-deal-11", "Musk offered to buy Twitter at $54.20 a share in April.", NATNEWS, [], ["deal-twitter"]),
    ("q3-deal-12", "A court filing showed that 5 per cent of Twitter's 229 million users were bots.", NATNEWS, [], []),
    ("q3-deal-13", "Aetna's board signed off a $69bn takeover by CVS Health.", INTAFR, ["deal-aetna"], []),
    ("q3-deal-14", "Elon Musk took over Twitter after completing a $44 billion deal to buy it.", TDI, ["deal-twitter"], []),
    ("q3-deal-15", "Elon Musk, the world's wealthiest man, has acquired Twitter for $44 billion.", YNAIJA, ["deal-twitter"], []),
    # quakes
    ("q3-eq-1", "The initial Gansu quake was magnitude 6.6, the earthquake monitoring center said.", FOXQ, [], []),
    ("q3-eq-2", "Ninety people are confirmed to have died in the magnitude 8.1 earthquake that shook Mexico.", BBSN, [], ["eq-ecuador"]),
    ("q3-eq-3", "At least 71 people died in Oaxaca, the state's civil protection agency said.", GEPH, [], []),
    ("q3-eq-4", "The Mexican Seismological Service recorded 721 aftershocks.", GEPH, [], []),
    ("q3-eq-5", "The Philippines' disaster council said 72 people were killed in the earthquake.", BNO, [], ["eq-yunnan"]),
    ("q3-eq-6", "A magnitude 7.2 quake in Bohol province killed more than 200 people in 2013.", BNO, [], ["eq-ecuador-1987"]),
    ("q3-eq-7", "The death toll from the 6.9 magnitude earthquake in the central Philippines reached 60.", DEVD, [], []),
    ("q3-eq-8", "The death toll from Ecuador's earthquake rose to 350 on Monday, with 2,068 injured.", IRISH, [], ["eq-ecuador"]),
    ("q3-eq-9", "Ecuador's risk management secretariat raised the quake's death toll to 660.", RSOE, [], ["eq-ecuador"]),
    ("q3-eq-10", "The death toll from the Nepal earthquake has climbed to 4,455.", TOT, [], ["eq-nepal", "eq-nepal-688"]),
    ("q3-eq-11", "Around 8,300 people were injured in the Nepal quake, police said.", TOT, [], ["eq-pak05-injured"]),
    ("q3-eq-12", "In the Kathmandu Valley 1,441 people have died.", TOT, [], ["eq-nepal"]),
    ("q3-eq-13", "Police spokesman Kamal Singh Ban said the number known to have died in Nepal had risen to 1,953.", BANGLA, [], ["eq-nepal"]),
    ("q3-eq-14", "Nepal police raised the death toll to 1,341, with 630 of the victims in the Kathmandu Valley.", ATW, [], ["eq-nepal", "eq-nepal-688"]),
    ("q3-eq-15", "Police say 6,624 people died in Nepal's April 25 earthquake.", INTODAY, [], ["eq-nepal"]),
    ("q3-eq-16", "India's home secretary said 72 people were killed in India.", TOT, [], ["eq-pak05-india"]),
    ("q3-eq-17", "The United Nations appealed for $415 million for Nepal.", NTVBD, [], []),
    # crowds
    ("q3-cr-1", "Trump said the fire department let 10,000 people into the El Paso arena.", INFD, [], ["cr-75k", "cr-30k"]),
    ("q3-cr-2", "El Paso's fire department said 6,500 people attended Trump's rally.", FRNEWS, [], ["cr-rolling"]),
    ("q3-cr-3", "Trump claimed 69,000 people had signed up to attend the El Paso rally.", LEFTOVER, [], ["cr-75k"]),
    ("q3-cr-4", "Trump claimed 35,000 people were at his El Paso rally and only 200 or 300 at O'Rourke's.", AMIND, [], ["cr-30k", "cr-75k"]),
    ("q3-cr-5", "El Paso police estimated O'Rourke's rally crowd at 10,000 to 15,000.", DDOT, [], ["cr-10x"]),
    ("q3-cr-6", "Trump bragged that tens of thousands of supporters were watching on screens outside.", INFD2, [], ["cr-30k"]),
    # wildfires
    ("q3-wf-1", "At least 31 people have died in Paradise in the Camp Fire.", PRODCH, [], ["wf-camp-dead"]),
    ("q3-wf-2", "The Tubbs Fire killed 22 people.", PRODCH, [], []),
    ("q3-wf-3", "The Woolsey Fire has consumed over 85,000 acres and was only 15 percent contained.", PRODCH, [], ["wf-woolsey-acres"]),
    ("q3-wf-4", "The Camp Fire death toll soared to 23, with dozens still missing.", EBT, [], ["wf-camp-dead"]),
    ("q3-wf-5", "Nearly 9,000 homes in Paradise were destroyed by the Camp Fire.", ABC10, [], ["wf-camp-struct"]),
    ("q3-wf-6", "The Camp Fire incinerated 6,453 homes and 260 commercial buildings.", WPREP, [], ["wf-camp-struct", "wf-witch"]),
    ("q3-wf-7", "The Tubbs Fire destroyed 5,636 structures in Napa and Sonoma counties.", WPREP, [], ["wf-camp-struct"]),
    ("q3-wf-8", "The Camp Fire destroyed more than 18,800 structures.", BIIN, [], ["wf-camp-struct"]),
    ("q3-wf-9", "The Camp Fire forced more than 250,000 people to evacuate their homes.", BIIN, [], ["wf-evac-2018"]),
    ("q3-wf-10", "The final death count of the Camp Fire was 85.", BIIN, [], ["wf-camp-dead"]),
    ("q3-wf-11", "The Chimney fire burned 46,344 acres and destroyed 70 structures in San Luis Obispo County.", LAT16, [], []),
    ("q3-wf-12", "California's wildfires have burned over 644,000 acres and destroyed over 2,000 structures.", SIERRA, [], ["wf-2020"]),
    ("q3-wf-13", "The Carr Fire has destroyed 1,077 residences.", SIERRA, [], ["wf-witch"]),
    ("q3-wf-14", "More than 14,000 firefighters are on the front lines of 15 large wildfires.", SIERRA, [], ["wf-lightning"]),
    # minimum wage
    ("q3-mw-1", "The federal minimum wage has been $7.25 per hour since 2009.", MCKN, ["mw-since2009"], []),
    ("q3-mw-2", "The national minimum wage stands at $7.25 an hour and has not been increased since 2009.", GEHEREN, ["mw-since2009"], []),
    ("q3-mw-3", "A $15 federal minimum wage could boost pay for some 17 million workers, the Congressional Budget Office says.", X96, ["mw-17m"], ["mw-27m"]),
    ("q3-mw-4", "Under a $15 minimum wage 1.3 million workers could lose their jobs, the CBO says.", X96, ["mw-jobs"], ["mw-poverty"]),
    ("q3-mw-5", "Some 27 million low-income Americans would get a raise if the federal minimum wage were doubled to $15.", FXBR, ["mw-27m"], ["mw-17m"]),
    ("q3-mw-6", "The House plans to vote on lifting the national minimum wage for the first time since 2009.", FXBR, [], ["mw-since2009"]),
    ("q3-mw-7", "A $15 federal minimum wage would lift 900,000 people out of poverty, the CBO estimated.", OHMFG, [], ["mw-poverty"]),
    ("q3-mw-8", "The $15 minimum wage would increase the federal deficit by $54 billion over a decade.", OHMFG, [], []),
    ("q3-mw-9", "The CBO looked at raising the $7.25 minimum wage to $10, $12 or $15 an hour.", FXBR, [], ["mw-since2009"]),
    ("q3-mw-10", "Minimum wage increases took effect on Jan. 1 in 21 states, affecting more than 9.2 million workers.", BECKERS, [], ["mw-10m"]),
    ("q3-mw-11", "The state increases are projected to raise wages by $5.7 billion a year.", BECKERS, [], ["mw-poor-7.7"]),
    ("q3-mw-12", "California's minimum wage rose to $16.50 on Jan. 1.", BECKERS, [], []),
    ("q3-mw-13", "Florida raised its minimum wage from $8.10 to $8.25.", MCKN, [], ["mw-tipped"]),
    ("q3-mw-14", "Missouri boosted its minimum wage from $7.70 to $7.85.", MCKN, [], ["mw-since2009"]),
    ("q3-mw-15", "On January 1, 22 states will raise their minimum wages, lifting pay for an estimated 9.9 million workers.", PORTSIDE, [], ["mw-10m"]),
    ("q3-mw-16", "Hawaii's minimum wage grows by $2.00 to $14.00 an hour.", PORTSIDE, [], []),
    ("q3-mw-17", "Twenty states still require only the federal minimum wage of $7.25 per hour.", SHMEWS, [], ["mw-since2009"]),
    ("q3-mw-18", "Washington, D.C., has the highest minimum wage in the nation at $17.95 an hour.", SHMEWS, [], []),
    ("q3-mw-19", "Federal contractors began paying their employees $10.15 an hour, up from $10.10.", WCOMP, [], []),
    ("q3-mw-20", "Minimum-wage workers in 18 states and 20 cities will see a pay increase on Jan. 1.", MKT17, [], []),
]

# Fourth batch (ids "q4-"): claims condensed from further news pages, written and committed
# before the matcher was run on them. Mostly without an earlier match but hard — the same
# figure about another subject, the same subject with another figure or period, the same
# template about another company or country, hedges ("up to", "more than") around a nearby
# figure — and 20 rewordings of an earlier claim by other outlets.
BT20 = "https://thebusinesstimes.com/u-s-labor-report-jobs-up-jobless-rate-down-4/"
BT15 = "https://thebusinesstimes.com/u-s-labor-update-jobless-rate-down-jobs-up/"
BT17 = "https://thebusinesstimes.com/u-s-labor-report-jobs-up-jobless-rate-down/"
TVNL = "http://tvnewslies.org/tvnl/index.php/news/economy/25621-us-unemployment-falls-to-78-pct-a-44-month-low-.html (AP copy)"
SUPST = "https://www.superior-staffing.com/tag/statistics/ (BLS copy)"
FXLIVE = "https://www.forexlive.com/news/!/canada-october-cpi-vs-02-expected-20201118"
KCUR = "https://www.kcur.org/2012-11-29/third-quarter-economic-growth-revised-upward (NPR copy)"
FLOOR = "https://www.floordaily.net/flooring-news/gdp-estimate-shows-economy-slowed-in-q2"
LEVIN = "https://healthcare.levinassociates.com/2018/05/10/takeda-takes-on-shire-for-81-5-billion/"
FIERCE = "http://www.fiercebiotech.com/topics/ma?page=2"
BENCAN = "https://benefitscanada.com/news/bencan/abbvie-to-pay-us21-billion-for-pharmacyclics"
AMWAL = "https://en.amwalalghad.com/abbvie-to-buy-pharmacyclics-for-21-billion-to-boost-cancer-drugs-pipeline (Reuters copy)"
INDW = "https://www.industryweek.com/finance/software-systems/article/21952423/worlds-largest-generic-drug-maker-gets-bigger (AFP copy)"
ABBV63 = "https://234470.3pybb.group/business/abbvie-buys-allergan-in-63-billion-drug-deal-heres-a-look-at-7-biggest-pharma-sector-acquisitions-48153"
USPA = "http://lusovideo.uspa24.com/bericht-830/death-toll-rises-to-193-after-quake-rocks-southwest-china.html"
KASHMIR = "https://kashmirreader.com/2023/02/08/turkiye-syria-quake-deaths-pass-9000-deadliest-in-10-years/ (AP copy)"
FORTUNE = "https://fortune.com/2018/11/12/california-fires-update-camp-woolsey-fire/"
NBCLA = "https://www.nbclosangeles.com/news/local/Southern-California-Fires-All-Containment-at-a-Glance-Evacuations-Power-463441353.html"
NAR = "https://www.nar.realtor/magazine/real-estate-news/nearly-900-homes-buildings-destroyed-in-historic-blaze"
DESERET = "https://www.deseret.com/2007/10/28/20049976/wildfires-at-a-glance"
WGTA = "https://www.wgtatv.com/i/squeezed-by-inflation-families-are-tightening-their-holiday-budgets-2/new-years-pay-boost-these-states-are-raising-their-minimum-wage/"
ALA = "http://ala-apa.org/newsletter/2017/01/09/workers-in-19-states-start-the-new-year-with-higher-minimum-wages/"
GMA = "https://ws.goodmorningamerica.com:5800/news/video/minimum-wage-22-states-year-105985021"
MHP = "https://www.myhighplains.com/news/many-states-raising-their-minimum-wages-in-the-new-year/ (Nexstar copy)"
LEGAL = "https://legalclarity.org/how-many-states-use-the-federal-minimum-wage-of-7-25"
DATAW = "https://datawrapper.dwcdn.net/UE812/2"
EATH = "https://eathealthy365.com/a-2025-breakdown-of-states-at-the-federal-minimum-wage"
USAF = "https://usafacts.org/articles/minimum-wage-america-how-many-people-are-earning-725-hour/"
IEH = "https://indianexamhub.com/2025/10/17/minimum-wage"
NSTAT = "https://www.newstatesman.com/politics/staggers/2017/08/its-official-theres-200m-hole-brexit-bus-nhs-promise"
SHEF = "https://sheftalovich1.rssing.com/chan-44471582/article302.html (Politico copy)"
VLW = "https://www.voteleavewatch.org.uk/use_350_million_a_week_to_double_a_e_funding_say_vote_leave_watch_mps"
FACT350 = "https://factually.co/fact-checks/politics/who-calculated-350-million-per-week-brexit-nhs-figure-how-was-it-calculated-5784fc"
FAREX = "https://www.farageexposed.co.uk/factcheckinghub/farage-repeats-350m-week-nhs-brexit-claim"
BMJ18 = "http://blogs.bmj.com/bmj/2018/04/19/martin-mckee-they-promised-us-350-million-a-week-for-the-nhs-the-reality-will-be-very-different/"
DHEAD = "https://dailyheadlines.net/chaos-thousands-of-trump-supporters-locked-out-of-full-venue-despite-ample-space/"
SUPERN = "https://supernews.to/2024/07/03/claims-about-the-length-of-the-crowd-at-donald-trumps-rally-are-the-main-problem (Newsweek copy)"
THELIST = "https://www.thelist.com/1677644/trump-rally-scapegoat-hints-ego-cant-handle-dwindling-crowd-size/"

QUERIES += [
    # jobs
    ("q4-jobs-1", "Nonfarm payrolls grew 638,000 in October and the jobless rate fell to 6.9 percent.", BT20, [], ["jobs-1804-payrolls", "jobs-1809-rate"]),
    ("q4-jobs-2", "Employment remains 10.1 million below its February level.", BT20, [], []),
    ("q4-jobs-3", "Leisure and hospitality added 271,000 jobs in October.", BT20, [], ["jobs-fox-manuf"]),
    ("q4-jobs-4", "Government payrolls dropped 268,000 as 147,000 temporary census workers were laid off.", BT20, [], ["jobs-fox-manuf"]),
    ("q4-jobs-5", "The labor force participation rate rose three-tenths of a point to 61.7 percent.", BT20, [], ["jobs-fox-rate"]),
    ("q4-jobs-6", "The jobless rate edged down a tenth of a point to 5 percent in October, the lowest since April 2008.", BT15, [], ["jobs-fox-rate", "jobs-1804-rate"]),
    ("q4-jobs-7", "Nonfarm payrolls increased 271,000 in October, the largest monthly gain since December 2014.", BT15, [], ["jobs-1809-payrolls", "jobs-fox-payrolls"]),
    ("q4-jobs-8", "Over the past year, hourly earnings have increased 2.5 percent.", BT15, [], ["jobs-1804-wages"]),
    ("q4-jobs-9", "Nonfarm payrolls grew 138,000 in May and the jobless rate slipped to 4.3 percent.", BT17, [], ["jobs-1804-payrolls", "jobs-1804-rate"]),
    ("q4-jobs-10", "Average hourly earnings rose 4 cents to $26.22 in May.", BT17, [], ["jobs-1804-wages"]),
    ("q4-jobs-11", "U.S. employers added just 64,000 jobs in November.", TVNL, [], ["jobs-1809-payrolls"]),
    ("q4-jobs-12", "The number of people with a job in the household survey jumped by 873,000 in September.", TVNL, ["jobs-1209-household"], ["jobs-1209-payrolls"]),
    ("q4-jobs-13", "The U.S. unemployment rate fell to 7.8 percent last month, below 8 percent for the first time in nearly four years.", TVNL, ["jobs-1209-rate"], ["jobs-1804-rate", "jobs-1809-rate"]),
    ("q4-jobs-14", "Companies and government agencies added 114,000 jobs in September, a separate survey showed.", TVNL, ["jobs-1209-payrolls"], ["jobs-1809-payrolls"]),
    ("q4-jobs-15", "Total nonfarm payroll employment rose by 114,000 in September, the BLS said.", SUPST, ["jobs-1209-payrolls"], ["jobs-1809-payrolls"]),
    ("q4-jobs-16", "Services added 177,000 jobs even as manufacturing shed 25,000.", FOX19, ["jobs-fox-manuf"], []),
    # cpi
    ("q4-cpi-1", "The food index is up 3.4% from the previous year.", RF, [], ["cpi-2107-energy"]),
    ("q4-cpi-2", "It was the largest one-month change since June 2008, when the index rose 1.0%.", RF, [], ["cpi-2107-mom"]),
    ("q4-cpi-3", "Consumer prices rose 0.5% in July, following a 0.9% jump in June.", RF, ["cpi-2107-mom"], ["cpi-2506-mom"]),
    ("q4-cpi-4", "The core CPI is up 4.3% from a year earlier.", RF, ["cpi-2107-core"], ["cpi-2506-core"]),
    ("q4-cpi-5", "Energy prices are 23.8 percent higher than a year ago.", RF, ["cpi-2107-energy"], []),
    ("q4-cpi-6", "Canada's consumer price index rose 0.4% in October from the month before.", FXLIVE, [], ["cpi-2107-mom", "cpi-2506-mom"]),
    ("q4-cpi-7", "Canadian vegetable prices were up 9.5% from a year earlier.", FXLIVE, [], []),
    ("q4-cpi-8", "US prices rose 2.7% in the year to November.", TVNL, [], ["cpi-2506-yoy"]),
    # gdp
    ("q4-gdp-1", "Real GDP grew at a 3.1% rate in the fourth quarter of 2010.", EAJ, [], ["gdp-11q1"]),
    ("q4-gdp-2", "Real gross domestic product increased at a 1.8 percent annual rate in the first three months of 2011, the second estimate showed.", EAJ, ["gdp-11q1"], []),
    ("q4-gdp-3", "The Commerce Department said the economy grew at a 3.3 percent rate in the April-June quarter, a bit faster than first estimated.", TT1, ["gdp-03q2"], ["gdp-03q3"]),
    ("q4-gdp-4", "Consumer spending grew at a 1.6% annual rate in the second quarter, the slowest since 2001.", TT1, [], ["gdp-03q2"]),
    ("q4-gdp-5", "Business fixed investment grew at a 12.5% annual rate in the second quarter.", TT1, [], []),
    ("q4-gdp-6", "The GDP price deflator rose at a 3.2% annual rate in the second quarter.", TT1, [], ["gdp-03q2"]),
    ("q4-gdp-7", "The U.S. economy grew at a 4.5% rate in the first quarter.", TT1, [], ["gdp-11q1"]),
    ("q4-gdp-8", "The U.S. economy grew at a 2.7 percent annual rate in the third quarter, revised up from 2 percent.", KCUR, [], ["gdp-19q3", "gdp-16q3-adv"]),
    ("q4-gdp-9", "GDP expanded at a 1.3 percent annual rate in the second quarter of 2012.", KCUR, [], ["gdp-16q2"]),
    ("q4-gdp-10", "Real gross domestic product rose at a 2.4% annual rate in the second quarter of 2010.", FLOOR, [], ["gdp-24q2", "gdp-16q2"]),
    ("q4-gdp-11", "First-quarter growth was revised up to a 3.7% rate from 2.7%.", FLOOR, [], ["gdp-11q1"]),
    # deals
    ("q4-deal-1", "Takeda agreed to acquire Shire for $81.5 billion including assumed debt.", LEVIN, [], ["deal-allergan"]),
    ("q4-deal-2", "Pfizer bought Wyeth in 2009 for about $78.5 billion including $10.5 billion of debt.", LEVIN, [], ["deal-warner", "deal-allergan"]),
    ("q4-deal-3", "Shire bought Baxalta in 2016 for $32.0 billion.", LEVIN, [], ["deal-softbank-arm"]),
    ("q4-deal-4", "Pfizer's 2014 bids for AstraZeneca were reported to be around $118 billion.", LEVIN, [], ["deal-allergan", "deal-warner"]),
    ("q4-deal-5", "Merck agreed to buy Cubist Pharmaceuticals in a $9.5 billion deal.", FIERCE, [], []),
    ("q4-deal-6", "Zimmer's proposed acquisition of Biomet is valued at $13.4 billion.", FIERCE, [], ["deal-brighthouse"]),
    ("q4-deal-7", "BTG is buying PneumRx in a deal worth up to $475 million.", FIERCE, [], []),
    ("q4-deal-8", "AbbVie agreed to acquire Pharmacyclics for about $21 billion.", BENCAN, [], ["deal-linkedin"]),
    ("q4-deal-9", "AbbVie's $55 billion bid for Shire failed last October.", AMWAL, [], ["deal-anadarko"]),
    ("q4-deal-10", "Valeant agreed to buy Salix Pharmaceuticals for about $10.1 billion.", AMWAL, [], ["deal-brighthouse"]),
    ("q4-deal-11", "Teva will buy Cephalon in a $6.8 billion deal.", INDW, [], ["deal-hillshire"]),
    ("q4-deal-12", "Cephalon rejected a hostile $5.7 billion bid from Valeant.", INDW, [], ["deal-hillshire"]),
    ("q4-deal-13", "AbbVie agreed to buy Allergan for about $63 billion.", ABBV63, [], ["deal-allergan", "deal-dell-emc"]),
    ("q4-deal-14", "Pfizer's all-stock purchase of Warner-Lambert was valued at $90 billion when it was announced in 1999.", ABBV63, [], ["deal-warner"]),
    ("q4-deal-15", "Bristol-Myers Squibb agreed to acquire Celgene for about $74 billion.", ABBV63, [], ["deal-aetna"]),
    ("q4-deal-16", "Glaxo Wellcome and SmithKline Beecham merged in a stock swap worth nearly $72 billion.", ABBV63, [], ["deal-aetna"]),
    # quakes
    ("q4-eq-1", "Nearly 400 people are now reported dead in the Yunnan earthquake.", SCRIPPS, [], ["eq-yunnan"]),
    ("q4-eq-2", "At least 12,000 homes were destroyed in the Yunnan quake.", SCRIPPS, [], ["eq-yunnan"]),
    ("q4-eq-4", "Chinese officials raised the toll from Sunday's Yunnan quake to 381 dead overnight.", DW, ["eq-yunnan"], []),
    ("q4-eq-5", "The 2008 Sichuan earthquake killed more than 69,000 people.", USPA, ["eq-sichuan"], []),
    ("q4-eq-6", "A 7.7-magnitude earthquake in Yunnan in 1970 killed at least 15,000 people.", DW, [], ["eq-sichuan"]),
    ("q4-eq-7", "The death toll from the Lushan earthquake in Sichuan rose to at least 193.", USPA, [], ["eq-sichuan", "eq-chch"]),
    ("q4-eq-8", "Some 12,211 people were treated for injuries after the Sichuan quake.", USPA, [], ["eq-pak13-inj"]),
    ("q4-eq-9", "A 7.1 quake in northwest China in 2010 killed nearly 3,000 people.", USPA, [], ["eq-sichuan"]),
    ("q4-eq-10", "The 8.0-magnitude Sichuan quake of May 2008 left 18,000 people missing.", USPA, [], ["eq-sichuan"]),
    ("q4-eq-11", "Turkish authorities raised the country's earthquake death toll to 6,957.", KASHMIR, [], []),
    ("q4-eq-12", "Syria's government reported 1,250 deaths from the earthquake.", KASHMIR, [], ["eq-nepal"]),
    ("q4-eq-13", "A magnitude 7.8 earthquake in Nepal in 2015 killed more than 8,800 people.", KASHMIR, [], ["eq-nepal", "eq-nepal-688"]),
    ("q4-eq-14", "More than 30,000 people were injured in Turkey and Syria.", KASHMIR, [], ["eq-pak05-injured"]),
    ("q4-eq-15", "The 2011 magnitude 9.0 quake off Japan triggered a tsunami that killed nearly 20,000 people.", KASHMIR, [], ["eq-pak05-dead"]),
    # wildfires
    ("q4-wf-1", "The Camp Fire is threatening 15,500 structures.", FORTUNE, [], ["wf-camp-struct"]),
    ("q4-wf-2", "The Woolsey Fire has burned 91,572 acres and is 20% contained.", FORTUNE, [], ["wf-woolsey-acres"]),
    ("q4-wf-3", "The Woolsey Fire has destroyed an estimated 370 structures.", FORTUNE, [], ["wf-woolsey-homes"]),
    ("q4-wf-4", "The cost of the Camp Fire to the state, insurers and homeowners is expected to top $19 billion.", FORTUNE, [], []),
    ("q4-wf-5", "The Camp Fire has burned 113,000 acres and is 25% contained.", FORTUNE, [], ["wf-woolsey-acres"]),
    ("q4-wf-6", "The Thomas Fire has burned 230,500 acres and destroyed 794 structures.", NBCLA, [], ["wf-ranch"]),
    ("q4-wf-7", "The Dixie Fire has destroyed at least 893 homes.", NAR, [], ["wf-butte-homes", "wf-witch"]),
    ("q4-wf-8", "More than 650,000 acres have burned across the state in five wildfires.", NAR, [], ["wf-2020"]),
    ("q4-wf-9", "A blaze north of Santa Cruz has destroyed 538 structures, according to Cal Fire.", NP, ["wf-czu"], []),
    ("q4-wf-10", "Some 1.4 million acres of California have burned so far this year, Newsom said.", NP, ["wf-2020"], []),
    ("q4-wf-11", "The fires were sparked by more than 14,000 dry-lightning strikes since Aug. 15.", NP, ["wf-lightning"], []),
    ("q4-wf-12", "More than 15,000 firefighters are battling two dozen large fires in Northern and Central California.", NP, [], ["wf-lightning"]),
    ("q4-wf-13", "The Witch Fire burned 1,061 homes and 30 commercial buildings.", WAVE, ["wf-witch"], []),
    ("q4-wf-14", "Authorities say wildfires have destroyed more than 1,780 homes in California.", WAVE, ["wf-2007"], []),
    ("q4-wf-15", "The Rice Fire destroyed 206 homes and two commercial properties in Fallbrook.", WAVE, [], ["wf-witch"]),
    ("q4-wf-16", "The Harris Fire burned about 84,000 acres north of Tecate.", WAVE, [], ["wf-woolsey-acres"]),
    ("q4-wf-17", "At least 1,700 homes were destroyed, according to county authorities.", DESERET, [], ["wf-2007"]),
    # minimum wage
    ("q4-mw-1", "Hourly minimum wages in 23 states will rise by January 1.", WGTA, [], ["mw-10m"]),
    ("q4-mw-2", "Nineteen states increased their minimum wages at the start of the year, raising pay for over 4.3 million workers.", ALA, [], ["mw-10m"]),
    ("q4-mw-3", "Close to 10 million workers in 22 states will see a minimum wage raise in January.", GMA, [], ["mw-10m"]),
    ("q4-mw-4", "New Mexico raised its minimum wage by $1.50 to $10.50.", MHP, [], []),
    ("q4-mw-5", "California has the highest state minimum wage, at $14.", MHP, [], []),
    ("q4-mw-6", "Twenty states effectively use the federal minimum wage of $7.25 an hour as their wage floor.", LEGAL, [], ["mw-since2009"]),
    ("q4-mw-7", "Thirteen states have set their own minimum wage at exactly $7.25.", LEGAL, [], ["mw-since2009"]),
    ("q4-mw-8", "Only Georgia and Wyoming have minimum wages set below the federal $7.25.", DATAW, [], ["mw-since2009"]),
    ("q4-mw-9", "The federal minimum wage of $7.25 an hour has not changed since July 2009.", EATH, ["mw-since2009"], []),
    ("q4-mw-10", "Congress last raised the federal minimum wage to $7.25 an hour in July 2009.", USAF, ["mw-since2009"], []),
    ("q4-mw-11", "A worker earning $7.25 an hour for 40 hours a week makes just over $15,000 a year.", USAF, [], ["mw-since2009", "mw-17m"]),
    ("q4-mw-12", "The federal minimum wage was set at $0.25 an hour in 1938.", USAF, [], ["mw-since2009"]),
    ("q4-mw-13", "Five states have no state minimum wage law.", IEH, [], []),
    ("q4-mw-14", "The District of Columbia's minimum wage is $17.50 an hour.", IEH, [], []),
    ("q4-mw-15", "Thirty states and D.C. have minimum wages above the federal rate.", IEH, [], ["mw-since2009"]),
    # brexit
    ("q4-bx-1", "The UK's contribution to the EU budget was £156m a week in 2016-17.", NSTAT, [], ["bx-bus", "bx-362"]),
    ("q4-bx-2", "The Office for Budget Responsibility forecast a £58bn black hole in the public finances from Brexit.", NSTAT, [], ["bx-60bn", "bx-57bn"]),
    ("q4-bx-3", "Gross payments to the EU will reach £438 million a week by the end of the transition period, Johnson said.", SHEF, ["bx-438"], ["bx-400"]),
    ("q4-bx-4", "Just £52 million a week could double the A&E budget.", VLW, [], ["bx-100"]),
    ("q4-bx-5", "A&E and urgent care cost the NHS £2.7bn in the last financial year.", VLW, [], []),
    ("q4-bx-6", "That would still leave £298 million a week for other parts of the NHS.", VLW, [], ["bx-bus"]),
    ("q4-bx-7", "The UK's net contribution was closer to £250m a week, according to the ONS.", FAREX, [], ["bx-bus"]),
    ("q4-bx-8", "The NHS would need an extra £20 billion by 2022-23, think tanks estimate.", BMJ18, [], ["bx-57bn"]),
    ("q4-bx-9", "Vote Leave used gross contributions of £18.8 billion for 2014 to reach its weekly figure.", FACT350, [], ["bx-bus"]),
    # crowds
    ("q4-cr-1", "The Columbus fire marshal said the event was always limited to 1,000 people.", DHEAD, [], []),
    ("q4-cr-2", "Trump said four, five or six thousand people could have attended in Columbus.", DHEAD, [], ["cr-rolling"]),
    ("q4-cr-3", "Trump said only 20,000 people came to his Las Vegas rally.", SUPERN, [], ["cr-30k"]),
    ("q4-cr-4", "Trump said 50,000 people, maybe more, would have come to his Wisconsin rally.", THELIST, [], ["cr-75k", "cr-30k"]),
    ("q4-cr-5", "NBC reported 7,000 to 8,000 people at O'Rourke's counter-rally.", FRNEWS, [], ["cr-10x"]),
]

# Fifth batch (ids "q5-"): claims condensed from further news pages, written and committed
# before the matcher was run on them. Mostly without an earlier match but hard — the same
# speaker, topic or template as an archive claim with another figure, month, year, place or
# company, hedges around a nearby figure — and 26 rewordings of an earlier claim by other
# outlets (some with the figure rounded: "$69 billion" for $68.7 billion).
FLOORJOBS = "https://www.floordaily.net/flooring-news/economy-adds-jobs-unemployment-rate-falls"
NEWSER18 = "https://img1-azrcdn.newser.com/story/257557/unemployment-rate-doesnt-budge-for-6th-month-in-row.html (WSJ and AP copy)"
TRUEPUNDIT = "https://truepundit.com/u-s-adds-103k-jobs-unemployment-rate-sits-at-4-1/"
HRDIVE = "https://www.hrdive.com/news/may-2025-jobs-report/750060"
POLITICIT = "http://www.politicit.com/us-economic-slowdown-hits-hiring-in-april/"
BONDBUYER = "http://www.bondbuyer.com/issues/120_171/-1030723-1.html"
CLARION = "https://clarion.causeaction.com/2020/10/01/u-s-unemployment-rate-continues-to-decline-now-at-7-9-according-to-new-report/ (Just the News copy)"
ABA16 = "http://bankingjournal.aba.com/2016/06/cpi-increased-0-2-percent-in-may (BLS copy)"
TED12 = "https://www.bls.gov/opub/ted/2012/ted_20120221.htm (BLS Economics Daily, public domain)"
DEMARCO = "http://roberttdemarco.blogspot.com/2013/01/consumer-price-index-december-2012.html (BLS copy)"
TED1211 = "http://www.bls.gov/opub/ted/2012/ted_20121116.htm (BLS Editor's Desk, public domain)"
TED11 = "https://www.bls.gov/opub/ted/2011/ted_20110218.htm (BLS Economics Daily, public domain)"
STORYCO = "https://storytellingco.com/slow-down-july-cpi-release/ (BLS copy)"
EYEHOUSING = "http://eyeonhousing.org/tag/shelter/"
NACS25 = "https://www.convenience.org/Media/Daily/2025/July/16/6-Inflation-Increased-in-June_Finance (AP copy)"
NEWSER25 = "https://www.newser.com/story/371889/inflation-heats-up-as-tariffs-raise-prices.html (AP copy)"
GETTYSBURG = "https://gettysburgconnection.org/inflation-climbs-to-2-7-in-june (CNBC copy)"
NEWSN24 = "https://newsn24.de/en-es/category/economy/inflation-rises-to-2.7percent-in-the-united-states-due-to-tariffs-1304525 (ABC.es copy)"
IBT14 = "http://www.ibtimes.com/us-economy-grows-35-q3-1716125"
LAT14 = "https://www.latimes.com/business/la-fi-gdp-third-quarter-economy-20141223-story.html"
WEX14 = "https://www.washingtonexaminer.com/politics/2164358/third-quarter-economic-growth-revised-up-to-5-percent"
DBI23 = "https://dailybusinessinvestor.com/2023/11/01/u-s-gdp-grew-at-a-4-9-annual-pace-in-the-third-quarter-better-than-expected/"
SHARECAST = "https://sharecast.com/news/international-economic/us-gdp-expanded-at-35-clip-in-the-third-quarter--615711.html"
BEA18 = "https://apps.bea.gov/scb/issues/2019/02-february/0219-gdp-economy.htm (BEA Survey of Current Business, public domain)"
KESQ = "https://kesq.com/news/ap-national-news/2023/07/27/us-economy-grew-at-a-faster-2-4-rate-in-april-june-quarter-despite-fed-rate-hikes (AP copy)"
EPOCH24 = "https://theepochtimes.com/business/us-economy-expanded-2-8-percent-in-2nd-quarter-fueled-by-consumer-spending-5693296"
GVWIRE = "https://gvwire.com/2024/08/29/us-economic-growth-for-last-quarter-is-revised-up-to-a-solid-3-annual-rate (AP copy)"
KAKIFX = "http://kakiforex.com/2024/08/3-annual-rate-us-economic-growth-last_30.html (AP copy)"
RUETIR = "https://www.ruetir.com/2023/10/microsoft-completes-acquisition-of-activision-blizzard-for-68-7-billion-today-is-a-good-day-to-play-ruetir/"
NEWSIO = "https://newsio.com/2023/10/13/microsoft-closes-69-billion-acquisition-of-activision-blizzard-after-lengthy-regulatory-review/ (CNBC copy)"
OODA = "https://www.oodaloop.com/technology/2022/01/18/microsoft-to-acquire-activision-blizzard-for-68-7-billion/"
BIDELL = "https://www.businessinsider.com/dell-emc-merger-to-happen-september-7-2016-8"
SWCURATED = "http://softwarecurated.com/software-category/development-software/dell-just-announced-the-largest-tech-acquisition-ever-emc-for-67-billion"
DABCC = "http://www.dabcc.com/biztech-brief-2016-summary-define-tomorrow/"
LOOBO = "http://loobobilly.blogspot.com/2016/10/loobobilly-new-zeeland-news-british.html (RNZ copy)"
BMGLOBAL = "https://bmglobalnews.com/?p=195558 (Bloomberg copy)"
NBCGANSU = "https://www.nbcnews.com/news/other/death-toll-89-after-central-chinese-earthquake-thousands-homes-lost-f6C10702087"
NEWSCUTTERS = "https://newscutters.com/technology/305242.html (Observador copy)"
BBCECU = "https://www.bbc.com/news/world-latin-america-36089792"
AOLECU = "https://www.aol.com/article/2016/04/18/ecuador-earthquake-toll-expected-to-rise-in-a-considerable-way/21346038/ (CNN copy)"
ECR = "https://ecr.co.za/news-sport/news/1700-still-missing-ecuador-earthquake"
BANGLAMIRROR = "https://banglamirrornews.com/2015/04/28/nepal-quake-death-toll-rises-to-3617/"
BREAKINGIE = "http://www.breakingnews.ie/world/more-than-2000-confirmed-dead-in-quake-674443.html"
VOICEONLINE = "https://voiceonline.com/widespread-destruction-as-quake-ravages-nepal-rocks-india/ (IANS copy)"
TRIBUNEPK = "https://tribune.com.pk/story/875680/some-buildings-collapse-in-nepal-capital-after-7-7-quake-witnesses (AFP copy)"
RNZCHCH = "https://www.rnz.co.nz/news/canterbury-earthquake/69234/quake-death-toll-climbs-to-75,-hundreds-missing"
IREXAMINER = "https://www.irishexaminer.com/world/arid-30495771.html"
MABORO = "http://internationalnews-maboro.blogspot.com/2011/02/christchurch-quake-toll-rises-to-98_24.html (ABC copy)"
ABC28 = "https://www.abc.net.au/news/2011-02-28/christchurch-death-toll-could-top-200/1959792"
ABC26 = "https://www.abc.net.au/news/2011-02-26/christchurch-quake-toll-hits-145/1958538"
GARDENCITY = "http://gardencityquake.blogspot.com/2011/03/christchurch-earthquake-death-toll.html (The Press copy)"
TIMESSD = "https://timesofsandiego.com/crime/2020/08/26/california-wildfire-losses-rise-as-evacuees-return-to-find-charred-homes/ (Reuters copy)"
HIGHHOLLY = "http://highlighthollywood.com/2018/07/calif-wildfires-8-dead-230000-acres-burned-100s-of-homes-destroyed/"
SIERRA18 = "https://sierranewsonline.com/california-wildfires-char-644000-acres-destroy-2000-structures/"
SACBEE = "https://www.sacbee.com/latest-news/article221490695.html"
LATPARADISE = "https://www.latimes.com/local/lanow/la-me-paradise-fire-20181110-story.html"
AZCENTRAL = "https://www.azcentral.com/story/news/local/arizona/2018/11/20/california-fires-often-sparked-power-lines-does-happen-arizona-oregon-washington-utah-colorado/2027690002/"
TYLERCRALLE = "https://tylercralle.com/2021/02/08/15-minimum-wage-would-cost-jobs-but-lift-others-out-of-poverty/ (WSJ copy)"
ARADVOCATES = "https://www.aradvocates.org/new-cbo-report-shows-big-reductions-in-family-poverty/"
NEWSVOICE = "https://newsvoice.com/i/3743716"
BILLWHITTLE = "https://billwhittle.com/raise-minimum-wage-to-15-lift-1-3m-from-poverty-kill-1-3m-jobs-cbo-says/"
DAILYPOSTAL = "https://dailypostal.com/2015/12/25/list-of-14-u-s-states-raising-minimum-hourly-pay-by-jan-1-2016"
WHNT = "https://whnt.com/2016/02/29/questions-arise-over-head-count-at-trump-rally/"
IJR = "https://ijr.com/trump-vs-obama-inauguration-here-are-the-real-photos-you-decide/"
CNBC17 = "http://www.cnbc.com/2017/01/23/sean-spicer-white-house-press-conference.html"
TOPIX = "http://www.topix.com/state/dc/2017/01/2009-vs-2017-comparing-trumps-and-obamas-inauguration-crowds"
USMAG = "http://www.usmagazine.com/fe_dev.php/celebritynews/photos/stars-who-wed-too-young-200919/id/2850 (Washington Post copy)"
BINL = "https://www.businessinsider.nl/boris-johnson-says-his-350-million-a-week-brexit-claim-was-an-underestimate-2018-1/"
CONVUPLIFT = "https://www.conversion-uplift.co.uk/brexit/the-boris-johnson-brexit-bus-lie-of-350m/"
VIETNAMPIX = "http://vietnampix.com/popwall.htm"
SLIDEBATCH = "https://www.slidebatch.com/the-vietnam-war-memorial-washington-dc"
WISEGEEK = "https://wisegeek.net/what-is-the-vietnam-veterans-memorial.htm"
WINGSCH = "https://www.wingsch.net/en/vietnam-veterans-memorial-in-washington-d-c/ (Wikipedia copy, CC BY-SA 4.0)"
HOWSTUFF = "https://adventure.howstuffworks.com/11-structures-that-define-america4.htm"
ENCYCHUB = "https://encyclopediahub.com/ar585365"

QUERIES += [
    # jobs
    ("q5-jobs-1", "The economy added 200,000 jobs in December and the unemployment rate fell to 8.5%, the Labor Department said Friday.", FLOORJOBS, [], ["jobs-1804-payrolls", "jobs-1209-rate"]),
    ("q5-jobs-2", "Construction added 17,000 jobs in December.", FLOORJOBS, [], ["jobs-fox-manuf"]),
    ("q5-jobs-3", "The unemployment rate edged down to 8.5% from an upwardly revised 8.7% in November.", FLOORJOBS, [], ["jobs-1209-rate"]),
    ("q5-jobs-4", "The jobless rate held steady at 4.1% in March for the sixth month in a row.", NEWSER18, [], ["jobs-1804-rate"]),
    ("q5-jobs-5", "Some 103,000 jobs were added in March, well below the 178,000 economists expected.", NEWSER18, [], ["jobs-1804-payrolls"]),
    ("q5-jobs-6", "Average hourly pay climbed 2.7% in March compared with a year earlier.", NEWSER18, [], ["jobs-1804-wages"]),
    ("q5-jobs-9", "The 103,000 jobs created in March were the fewest in six months.", TRUEPUNDIT, [], ["jobs-1809-payrolls"]),
    ("q5-jobs-11", "Total nonfarm payroll employment increased by 139,000 in May, the BLS said.", HRDIVE, [], ["jobs-1209-payrolls"]),
    ("q5-jobs-12", "The unemployment rate held steady at 4.2% in May.", HRDIVE, [], ["jobs-1804-rate"]),
    ("q5-jobs-13", "The unemployment rate held at 5.0 percent in April as just 160,000 jobs were added.", POLITICIT, [], ["jobs-fox-rate", "jobs-1804-rate"]),
    ("q5-jobs-14", "U.S. employers added no jobs in August and the unemployment rate stayed at 9.1%.", BONDBUYER, [], ["jobs-1809-payrolls"]),
    ("q5-jobs-15", "Manufacturers cut 3,000 jobs in August, their first decline in 10 months.", BONDBUYER, [], ["jobs-fox-manuf"]),
    ("q5-jobs-16", "The U.S. economy added 661,000 nonfarm payroll jobs in September, the Department of Labor said.", CLARION, ["jobs-2020-sept"], ["jobs-1809-payrolls"]),
    # cpi
    ("q5-cpi-1", "The consumer price index increased 0.2 percent in May.", ABA16, [], ["cpi-2506-mom", "cpi-may-medical"]),
    ("q5-cpi-2", "The gasoline index rose 2.3 percent in May after an 8.1 percent increase in April.", ABA16, [], ["cpi-may-gas"]),
    ("q5-cpi-4", "Over the last twelve months, the all items index rose 1.0 percent.", ABA16, [], ["cpi-may-yoy"]),
    ("q5-cpi-5", "From January 2011 to January 2012 consumer prices increased 2.9 percent.", TED12, [], ["cpi-2506-core"]),
    ("q5-cpi-9", "The consumer price index was unchanged in December on a seasonally adjusted basis.", DEMARCO, [], ["cpi-2506-mom"]),
    ("q5-cpi-10", "Over the last 12 months, the all items index increased 1.7 percent.", DEMARCO, [], ["cpi-may-yoy", "cpi-may-gas"]),
    ("q5-cpi-11", "The index for all items less food and energy rose 1.9 percent over the last 12 months.", DEMARCO, [], ["cpi-2506-core", "cpi-2107-core"]),
    ("q5-cpi-12", "From October 2011 to October 2012 the CPI-U increased 2.2 percent.", TED1211, [], ["cpi-may-yoy"]),
    ("q5-cpi-13", "The energy index increased 4.0 percent over the last 12 months.", TED1211, [], ["cpi-2107-energy"]),
    ("q5-cpi-15", "The gasoline index is up 13.4 percent over the last 12 months.", TED11, [], ["cpi-may-gas"]),
    ("q5-cpi-16", "Consumer prices jumped 0.6 percent in August 2012, the largest monthly change since mid-2009.", EYEHOUSING, [], ["cpi-2107-mom", "cpi-2506-mom"]),
    ("q5-cpi-17", "The CPI for all urban consumers rose 0.5% in July and 0.9% in June, seasonally adjusted.", STORYCO, ["cpi-2107-mom"], ["cpi-2506-mom"]),
    ("q5-cpi-18", "Before seasonal adjustment, the all-items index was up 5.4% over the past 12 months.", STORYCO, ["cpi-2107-yoy"], ["cpi-2107-core"]),
    ("q5-cpi-19", "The gasoline index rose 2.4% in July.", STORYCO, [], ["cpi-may-gas"]),
    ("q5-cpi-20", "The food index rose 0.7% in July.", STORYCO, [], ["cpi-2107-mom"]),
    ("q5-cpi-21", "Consumer prices rose 2.7% in June from a year earlier, up from 2.4% in May, the Labor Department said.", NACS25, ["cpi-2506-yoy"], ["cpi-2506-core"]),
    ("q5-cpi-23", "On a monthly basis, prices climbed 0.3% from May to June.", NEWSER25, ["cpi-2506-mom"], ["cpi-2107-mom"]),
    ("q5-cpi-25", "Gasoline prices were down 8.3% compared with a year ago.", GETTYSBURG, [], ["cpi-may-gas"]),
    ("q5-cpi-26", "In June food prices rose 3% year on year while energy prices fell 0.8%.", NEWSN24, [], ["cpi-2107-energy"]),
    # gdp
    ("q5-gdp-1", "The U.S. economy expanded at a 3.5 percent annualized rate in the third quarter of 2014, the advance estimate showed.", IBT14, [], ["gdp-16q3-third", "gdp-16q3-adv"]),
    ("q5-gdp-2", "GDP fell at a 2.1 percent rate in the first quarter of 2014.", IBT14, [], ["gdp-11q1"]),
    ("q5-gdp-3", "Exports increased by 7.8 percent in the third quarter.", IBT14, [], ["gdp-16-exports"]),
    ("q5-gdp-5", "GDP increased at a 5% annual rate from July through September, the best since 2003.", LAT14, [], ["gdp-16q3-adv"]),
    ("q5-gdp-6", "The economy grew at a 4.6% annual rate in the second quarter of 2014.", LAT14, [], ["gdp-24q2", "gdp-16q2"]),
    ("q5-gdp-7", "Third-quarter growth had been estimated at 3.9 percent a month earlier.", WEX14, [], ["gdp-16q3-third"]),
    ("q5-gdp-8", "U.S. GDP grew at a 4.9% annual pace in the third quarter, the highest since the second quarter of 2014.", DBI23, [], ["gdp-25q3", "gdp-16q3-adv"]),
    ("q5-gdp-10", "Consumer spending grew at a 1.8% clip in the third quarter.", SHARECAST, [], ["gdp-11q1"]),
    ("q5-gdp-12", "Real GDP increased at an annual rate of 3.4 percent in the third quarter of 2018, the third estimate showed.", BEA18, [], ["gdp-16q3-third", "gdp-25q3"]),
    ("q5-gdp-13", "In the second quarter of 2018, real GDP increased 4.2 percent.", BEA18, [], ["gdp-25q3"]),
    ("q5-gdp-16", "The U.S. economy accelerated to a 2.4% annual growth rate from April through June.", KESQ, [], ["gdp-24q2"]),
    ("q5-gdp-18", "The U.S. economy grew at an annualized pace of 2.8 percent in the April-June period, the advance estimate showed.", EPOCH24, ["gdp-24q2"], ["gdp-16q2"]),
    ("q5-gdp-19", "The economy grew at a healthy 3% annual pace last quarter, the government said in an upgrade of its first estimate.", GVWIRE, [], ["gdp-24q2"]),
    ("q5-gdp-20", "Growth in the first three months of 2024 was a sluggish 1.4%.", GVWIRE, [], ["gdp-16q2"]),
    ("q5-gdp-22", "Rate hikes helped reduce annual inflation from a peak of 9.1% to 2.9% last month.", KAKIFX, [], ["gdp-infl"]),
    # deals
    ("q5-deal-1", "Microsoft has completed its $68.7 billion acquisition of Activision Blizzard, the largest in its history.", RUETIR, ["deal-msft-atvi"], ["deal-linkedin"]),
    ("q5-deal-2", "Microsoft has closed its $69 billion acquisition of video game publisher Activision Blizzard.", NEWSIO, ["deal-msft-atvi"], []),
    ("q5-deal-3", "Activision Blizzard generated $7.5 billion in revenue in its latest fiscal year.", NEWSIO, [], ["deal-msft-atvi"]),
    ("q5-deal-4", "Microsoft paid $26 billion to acquire LinkedIn in 2016.", OODA, ["deal-linkedin"], ["deal-sprint"]),
    ("q5-deal-5", "The $67 billion Dell-EMC deal, the largest tech merger in history, cleared its last regulatory hurdle in China.", BIDELL, ["deal-dell-emc"], ["deal-msft-atvi"]),
    ("q5-deal-7", "Avago acquired chipmaker Broadcom for $37 billion in May 2015.", SWCURATED, ["deal-avago"], ["deal-xilinx"]),
    ("q5-deal-9", "Dell completed its $65 billion acquisition of EMC on September 7.", DABCC, [], ["deal-dell-emc"]),
    ("q5-deal-12", "British American Tobacco offered to buy the rest of Reynolds American in a US$47 billion cash-and-stock deal.", LOOBO, [], ["deal-bg"]),
    ("q5-deal-13", "BAT said the deal values Reynolds at US$93 billion.", LOOBO, [], ["deal-warner"]),
    ("q5-deal-14", "Rogers Communications agreed to buy rival Shaw Communications in a $20 billion deal.", BMGLOBAL, [], ["deal-clippers"]),
    ("q5-deal-15", "Including debt, the Rogers-Shaw deal is worth about $26 billion.", BMGLOBAL, [], ["deal-linkedin", "deal-sprint"]),
    # quakes
    ("q5-eq-1", "The death toll from the Gansu earthquake has risen to 89, with more than 700 people injured.", NBCGANSU, [], ["eq-yunnan"]),
    ("q5-eq-3", "In Minxian county 87 people were killed and 515 injured.", NBCGANSU, [], ["eq-pak05-india"]),
    ("q5-eq-4", "The death toll from the Sichuan earthquake rose from 74 to 82, state media said.", NEWSCUTTERS, [], ["eq-sichuan", "eq-yunnan"]),
    ("q5-eq-5", "The earthquake near Luding injured 270 people.", NEWSCUTTERS, [], ["eq-pak13-inj"]),
    ("q5-eq-6", "The death toll from Saturday's earthquake in Ecuador has risen to 570.", BBCECU, [], ["eq-ecuador"]),
    ("q5-eq-7", "More than 4,000 people were injured in the Ecuador disaster, officials said.", BBCECU, [], ["eq-pak13-inj"]),
    ("q5-eq-9", "The 7.8-magnitude earthquake killed at least 272 people in Ecuador, President Rafael Correa said.", AOLECU, [], ["eq-ecuador", "eq-ecuador-1987"]),
    ("q5-eq-12", "Three days after the quake, 480 people are known to have died in Ecuador, the government said.", ECR, [], ["eq-ecuador"]),
    ("q5-eq-14", "Nepal's police say at least 3,617 people have been confirmed killed in Saturday's earthquake.", BANGLAMIRROR, [], ["eq-nepal", "eq-nepal-688"]),
    ("q5-eq-15", "Another 61 people were killed in neighbouring India.", BANGLAMIRROR, [], ["eq-pak05-india"]),
    ("q5-eq-16", "At least 2,152 people are now confirmed dead in the quake near Kathmandu, a Nepali police official said.", BREAKINGIE, [], ["eq-nepal"]),
    ("q5-eq-17", "At least 721 people died in Kathmandu alone.", BREAKINGIE, [], ["eq-nepal-688"]),
    ("q5-eq-18", "The home ministry put the toll from the 7.9-magnitude Nepal quake at 3,815.", VOICEONLINE, [], ["eq-nepal"]),
    ("q5-eq-19", "A total of 6,515 people were injured in Nepal.", VOICEONLINE, [], ["eq-pak05-injured"]),
    ("q5-eq-20", "Nepal police spokesman Kamal Singh Bam said the death toll had reached 1,170.", TRIBUNEPK, [], ["eq-nepal"]),
    ("q5-eq-21", "The confirmed death toll from the Christchurch earthquake stands at 75, with hundreds reported missing.", RNZCHCH, [], ["eq-chch"]),
    ("q5-eq-23", "One more body was found overnight, taking the Christchurch count to 161.", IREXAMINER, [], ["eq-chch"]),
    ("q5-eq-24", "Officials have said the final Christchurch death toll could be as high as 240.", IREXAMINER, ["eq-chch-240"], ["eq-chch"]),
    ("q5-eq-25", "The death toll from the Christchurch earthquake has risen to 98, with 226 people still missing.", MABORO, [], ["eq-chch"]),
    ("q5-eq-26", "The official Christchurch death toll stood at 148 this morning.", ABC28, [], ["eq-chch"]),
    ("q5-eq-28", "The death toll in quake-stricken Christchurch has risen to 145.", ABC26, [], ["eq-chch"]),
    ("q5-eq-29", "Of the 166 confirmed dead in Christchurch, 94 were found in the CTV building.", GARDENCITY, [], ["eq-chch"]),
    # wildfires
    ("q5-wf-1", "A wildfire in redwood forests north of Santa Cruz has incinerated 538 structures and is one-fifth contained, Cal Fire said.", TIMESSD, ["wf-czu"], []),
    ("q5-wf-2", "Around 1.4 million acres of California have burned so far in 2020, 25 times more than this time last year, Gov. Gavin Newsom said.", TIMESSD, ["wf-2020"], []),
    ("q5-wf-3", "Nearly 1,000 homes and structures were incinerated in Napa, Sonoma and Solano counties.", TIMESSD, [], ["wf-2007", "wf-czu"]),
    ("q5-wf-4", "The LNU Lightning Complex fire, the third-largest in California history, reached 33% containment.", TIMESSD, [], ["wf-ranch"]),
    ("q5-wf-5", "The Carr Fire grew to more than 103,000 acres and was 23 percent contained.", HIGHHOLLY, [], ["wf-woolsey-acres"]),
    ("q5-wf-9", "More than 15,000 residents remain under evacuation.", SIERRA18, [], ["wf-lake-evac"]),
    ("q5-wf-10", "The Camp Fire death toll has reached 29, the deadliest California fire in 85 years.", SACBEE, [], ["wf-camp-dead"]),
    ("q5-wf-11", "The Camp Fire has destroyed 6,700 buildings, the most destructive blaze in state history.", SACBEE, [], ["wf-camp-struct"]),
    ("q5-wf-13", "The Camp Fire had burned 100,000 acres and was 20% contained as of Saturday morning.", LATPARADISE, [], ["wf-woolsey-acres"]),
    ("q5-wf-15", "The Las Conchas Fire burned more than 150,000 acres in New Mexico's Santa Fe National Forest.", AZCENTRAL, [], ["wf-woolsey-acres"]),
    ("q5-wf-16", "Fires in Bastrop County, Texas, burned 34,000 acres and 1,660 homes in 2011.", AZCENTRAL, [], ["wf-2007"]),
    # minimum wage
    ("q5-mw-1", "The CBO study said 17 million U.S. workers, about 10% of the labor force, would get a raise under a $15 minimum wage.", TYLERCRALLE, ["mw-17m"], ["mw-27m"]),
    ("q5-mw-2", "A further 10 million workers who earn slightly more than $15 an hour could also see pay increases, the CBO said.", TYLERCRALLE, ["mw-10m"], ["mw-17m"]),
    ("q5-mw-4", "Under a federal $15 minimum wage, 27.3 million low-wage workers would receive higher wages, the CBO found.", ARADVOCATES, ["mw-27m"], ["mw-17m"]),
    ("q5-mw-5", "Annual earnings for low-wage workers would be $44 billion higher in 2025, the CBO estimated.", ARADVOCATES, [], ["mw-poor-7.7"]),
    ("q5-mw-6", "A $15 minimum wage could lift 1.3 million people out of poverty, the CBO said on Monday.", NEWSVOICE, ["mw-poverty"], ["mw-jobs"]),
    ("q5-mw-7", "As many as 3.7 million workers could lose their jobs if the federal minimum rose to $15, the CBO noted.", NEWSVOICE, [], ["mw-jobs"]),
    ("q5-mw-8", "Democrats say they have 200 votes in the House to raise the federal minimum wage from $7.25 to $15.", BILLWHITTLE, [], ["mw-since2009"]),
    ("q5-mw-12", "The federal minimum wage last moved in 2009, when it rose from $6.55 to $7.25.", DAILYPOSTAL, ["mw-since2009"], []),
    ("q5-mw-13", "Alaska raised its minimum wage from $8.75 to $9.75 on January 1.", DAILYPOSTAL, [], ["mw-tipped"]),
    ("q5-mw-14", "California's minimum wage rises from $9.00 to $10.00 on Jan. 1.", DAILYPOSTAL, [], ["mw-tipped"]),
    # crowds
    ("q5-cr-1", "This is our biggest crowd of the political season by far, we have 30,000 people, Trump said in Madison.", WHNT, [], ["cr-30k"]),
    ("q5-cr-2", "Trump then raised his count of the Madison crowd to 35,000.", WHNT, [], ["cr-30k", "cr-75k"]),
    ("q5-cr-3", "The mayor estimated about 25,000 people attended the Madison rally, inside and outside.", WHNT, [], []),
    ("q5-cr-4", "It looked, honestly, like 1.5 million people, Trump said of his inauguration crowd.", IJR, ["cr-inaug"], ["cr-mcenany"]),
    ("q5-cr-6", "Spicer claimed that this was the largest audience to ever witness an inauguration, both in person and around the globe.", CNBC17, ["cr-spicer"], ["cr-inaug"]),
    ("q5-cr-7", "Some 1.8 million people attended Obama's inauguration in 2009, according to DC officials.", TOPIX, [], ["cr-inaug"]),
    ("q5-cr-8", "Close to 1 million people attended Obama's second inauguration in 2013.", TOPIX, [], ["cr-mcenany"]),
    ("q5-cr-9", "Experts estimate Trump's inauguration crowd was about two-thirds smaller than Obama's first.", USMAG, [], ["cr-inaug"]),
    # brexit
    ("q5-bx-1", "Johnson said the UK's gross weekly contribution to the EU will rise to £438 million by the end of the transition period in 2021.", BINL, ["bx-438"], ["bx-400"]),
    ("q5-bx-2", "The Leave campaign's bus claimed Britain sends the EU £350 million a week that could fund the NHS instead.", BINL, ["bx-bus"], ["bx-394"]),
    ("q5-bx-3", "FullFact described the claim as a clear misuse of official statistics in September 2017.", BINL, [], ["bx-bus"]),
    ("q5-bx-7", "The UK Statistics Authority said the EU membership fee of £19 billion a year is not an amount the UK actually pays.", CONVUPLIFT, [], ["bx-bus", "bx-1bn-month"]),
    # vietnam
    ("q5-vn-1", "The black granite wall is inscribed with the names of the 58,191 Americans who died in the Vietnam War.", VIETNAMPIX, [], ["vn-names-2018", "vn-deaths-2018", "vn-names-1997"]),
    ("q5-vn-2", "The memorial was dedicated on Veterans Day, November 13th, 1982.", VIETNAMPIX, [], ["vn-opened"]),
    ("q5-vn-3", "Maya Lin was a 21-year-old Yale student when she submitted her design in a 1981 competition.", VIETNAMPIX, ["vn-lin"], ["vn-entries"]),
    ("q5-vn-4", "The polished stone carries the 58,260 names of those who never came home.", SLIDEBATCH, [], ["vn-names-2018", "vn-names-1997"]),
    ("q5-vn-6", "Lin's design was picked from entries by more than a thousand architects, landscape designers and artists.", WISEGEEK, ["vn-entries"], ["vn-lin"]),
    ("q5-vn-7", "As of May 2018 there were 58,320 names on the wall.", WINGSCH, ["vn-names-2018"], ["vn-deaths-2018"]),
    ("q5-vn-8", "The stone for the memorial's 144 panels was quarried in Bangalore, India.", WINGSCH, [], ["vn-panels"]),
    ("q5-vn-9", "The names of more than 59,000 soldiers killed or missing in action dominate the structure.", HOWSTUFF, [], ["vn-names-2018"]),
    ("q5-vn-12", "A plaque honouring service members who died after the war from injuries suffered in Vietnam was dedicated in 2004.", ENCYCHUB, [], ["vn-opened"]),
]


# Sixth batch (ids "q6-"): claims condensed from further news pages, written and committed
# before the matcher was run on them. Mostly without an earlier match and hard — the same
# template in another month or year ("rose to 3.9% in October, the highest since January 2022"
# against "fell to 3.9 percent in April"), the same figure about another measure (873,000 on
# temporary layoff against 873,000 household job gains), the same event with another count
# (Yunnan's toll close to 600 against 381), other companies' deals at nearby prices — and
# rewordings of an earlier claim by other outlets.
SARASOTA18 = "https://www.sarasotamagazine.com/articles/2018/10/5/unemployment-rate-drops-to-3-7-percent-10-5-2018"
CBTNEWS = "https://cbtnews.com/u-s-added-517000-jobs-in-january-unemployment-reaches-53-year-low"
HRDIVE23 = "https://www.hrdive.com/news/breaking-down-the-monthly-bls-job-report/568584/"
KRDO = "https://krdo.com/news/2023/09/01/what-to-expect-from-the-jobs-report-3/ (CNN copy)"
JJSTAFF = "https://jjstaff.com/2023/11 (BLS copy)"
CAROL11 = "http://carollawsonpa.blogspot.com/2011/12/unemployment-rate-drops-to-86.html"
MONEYCONTROL = "https://www.moneycontrol.com/news/photos/technology/elon-musk-strikes-deal-to-acquire-twitter-for-44-billion-a-look-at-the-largest-tech-acquisitions-ever-8412611.html"
EMERALD = "https://emeraldmorning.com/whats-the-biggest-tech-acquisition-in-history/"
TECHSPOT = "https://www.techspot.com/trivia/79-what-biggest-tech-acquisition-history/"
BANTNING = "https://bantningspiller.xyz/the-biggest-tech-mergers-and-acquisitions-of-all-time/ (PCMag copy)"
CBSASIA = "https://www.cbsnews.com/news/death-toll-rises-in-s-asia-quake/"
ALJPHIL = "http://america.aljazeera.com/articles/2013/10/16/philippines-earthquakedeathtollcontinuestoclimb.html"
UPIGANSU = "http://www.upi.com/Top_News/World-News/2013/07/23/China-earthquake-death-toll-rises-to-94/UPI-44981374555968/"
CGTN14 = "https://america.cgtn.com/2014/08/06/china-quake-death-toll-rises-sharply"
FOX17 = "https://www.fox17online.com/2015/04/26/more-than-2300-dead-following-massive-earthquake-death-toll-rising (CNN copy)"
WARDOON = "http://wardoon.net/en/turkey-syria-earthquake-death-toll-and-devastation"
RXZINE = "https://rxzine.com/turkey-syria-earthquake-death-toll-exceeds-7800-bad-weather-hampers-rescue-operation"
ROCKLIN = "http://www.rocklintoday.com/news/templates/community_news.asp?articleid=16866&zoneid=4 (Cal Fire copy)"
NEWSWEEK20 = "https://www.newsweek.com/california-fire-map-updates-blazes-burn-area-more-4-times-size-l-1527670"
HUFFMW = "https://www.huffpost.com/entry/cbo-15-minimum-wage-jobs_n_602190edc5b6173dd2f8a10d"
BRADENTON = "https://www.bradenton.com/news/politics-government/article249099960.html"
CAREAPP = "https://careappointments.com/care-news/england/98410/leave-campaign-s-350m-a-week-for-nhs-pledge-a-mistake-says-farage (Press Association copy)"
WIKIBUS = "https://en.wikipedia.org/wiki/Vote_Leave_bus (CC BY-SA 4.0)"
YAHOO350 = "https://uk.news.yahoo.com/boris-johnsons-almost-defensible-fib-350m-nhs-004700191.html"
ABA24S = "https://bankingjournal.aba.com/2024/10/consumer-price-inflation-2-4-in-september/ (BLS copy)"
ABA16F = "https://bankingjournal.aba.com/2016/02/cpi-unchanged-in-january/ (BLS copy)"
ABA24J = "https://bankingjournal.aba.com/2024/02/consumer-price-inflation-3-1-in-january/ (BLS copy)"
WAPO18 = "https://www.washingtonpost.com/politics/2018/11/19/president-trumps-crowd-size-estimates-increasingly-unbelievable/"

QUERIES += [
    # jobs
    ("q6-jobs-1", "The American economy added 134,000 jobs in September, according to new Bureau of Labor Statistics data.", SARASOTA18, ["jobs-1809-payrolls"], ["jobs-1804-payrolls", "jobs-1209-payrolls"]),
    ("q6-jobs-2", "The nation's unemployment rate dropped to 3.7 percent in September, the BLS reported Friday.", SARASOTA18, ["jobs-1809-rate"], ["jobs-1209-rate", "jobs-1804-rate"]),
    ("q6-jobs-3", "The unemployment rate was 3.9 percent in August and July.", SARASOTA18, [], ["jobs-1804-rate"]),
    ("q6-jobs-4", "Nonfarm payrolls climbed by 517,000 in January, the largest gain since July 2022.", CBTNEWS, [], ["jobs-1804-payrolls"]),
    ("q6-jobs-5", "The unemployment rate dropped to 3.4% in January, the lowest level since May 1969.", CBTNEWS, [], ["jobs-1809-rate", "jobs-1804-rate"]),
    ("q6-jobs-6", "Leisure and hospitality added the most jobs in January, 128,000.", CBTNEWS, [], ["jobs-fox-manuf"]),
    ("q6-jobs-7", "Average hourly wages rose 4.4% from a year earlier.", CBTNEWS, [], ["jobs-1804-wages"]),
    ("q6-jobs-8", "Total nonfarm payroll employment rose 187,000 in August, according to the Bureau of Labor Statistics.", HRDIVE23, [], ["jobs-1809-payrolls", "jobs-2020-sept"]),
    ("q6-jobs-9", "The unemployment rate rose to 3.8% in August, the highest it has been in over a year.", HRDIVE23, [], ["jobs-1804-rate", "jobs-1809-rate"]),
    ("q6-jobs-10", "Total nonfarm payroll employment rose by 311,000 in February, outpacing expectations once again.", HRDIVE23, [], ["jobs-1804-payrolls"]),
    ("q6-jobs-11", "The unemployment rate fell slightly to 3.5% in July.", HRDIVE23, [], ["jobs-1809-rate"]),
    ("q6-jobs-12", "The July jobs total was revised down by 30,000 to 157,000.", KRDO, [], ["jobs-1804-payrolls"]),
    ("q6-jobs-13", "Economists were expecting total job gains of 170,000 in August, according to Refinitiv.", KRDO, [], ["jobs-1804-payrolls", "jobs-1209-payrolls"]),
    ("q6-jobs-14", "Total nonfarm payroll employment increased by 150,000 in October.", JJSTAFF, [], ["jobs-fox-payrolls", "jobs-1209-payrolls"]),
    ("q6-jobs-15", "The unemployment rate rose to 3.9% in October, the highest level since January 2022.", JJSTAFF, [], ["jobs-1804-rate"]),
    ("q6-jobs-16", "The number of persons on temporary layoff changed little at 873,000.", JJSTAFF, [], ["jobs-1209-household"]),
    ("q6-jobs-17", "The number of permanent job losers increased by 164,000 over the month to 1.6 million.", JJSTAFF, [], ["jobs-1804-payrolls"]),
    ("q6-jobs-18", "Manufacturing posted a loss of 35,000 jobs, nearly all of it because of the auto strikes.", JJSTAFF, [], ["jobs-fox-manuf"]),
    ("q6-jobs-19", "Health care led the job gains in October with 58,000 new jobs.", JJSTAFF, [], ["jobs-fox-manuf"]),
    ("q6-jobs-20", "The nation's unemployment rate fell to 8.6 percent in November as employers added 120,000 jobs, the Department of Labor said.", CAROL11, [], ["jobs-1209-rate", "jobs-1809-payrolls"]),
    ("q6-jobs-21", "The unemployment rate declined from 9.0 percent in October to its lowest level since March 2009.", CAROL11, [], ["jobs-1209-rate"]),
    # deals
    ("q6-deal-1", "Microsoft bought Activision Blizzard for $68.7 billion, the largest tech acquisition in history.", MONEYCONTROL, ["deal-msft-atvi"], ["deal-dell-emc"]),
    ("q6-deal-2", "Dell bought EMC for $67 billion in 2015, pushing further into corporate computing.", MONEYCONTROL, ["deal-dell-emc"], ["deal-msft-atvi"]),
    ("q6-deal-3", "Billionaire Elon Musk struck a deal to buy Twitter for $44 billion in an all-cash transaction.", MONEYCONTROL, ["deal-twitter"], []),
    ("q6-deal-4", "Avago Technologies bought Broadcom in a $37 billion cash and stock deal, the largest merger of chipmakers ever.", MONEYCONTROL, ["deal-avago"], ["deal-xilinx"]),
    ("q6-deal-5", "Nvidia's acquisition of Arm was a transaction worth $40 billion.", EMERALD, ["deal-nvda-arm"], ["deal-softbank-arm"]),
    ("q6-deal-6", "Four years prior, Softbank had purchased Arm for nearly $32 billion.", EMERALD, ["deal-softbank-arm"], ["deal-nvda-arm"]),
    ("q6-deal-7", "IBM acquired Red Hat for $34 billion in 2018, after the two had been partners on enterprise Linux for over 20 years.", EMERALD, ["deal-redhat"], ["deal-xilinx"]),
    ("q6-deal-8", "Microsoft's purchase of LinkedIn came to $26.2 billion in 2016.", TECHSPOT, ["deal-linkedin"], ["deal-sprint"]),
    ("q6-deal-9", "Apple bought Beats by Dre for $3 billion.", BANTNING, ["deal-beats"], []),
    ("q6-deal-10", "Facebook's buyout of WhatsApp was a roughly $19 billion exchange.", TECHSPOT, [], ["deal-linkedin"]),
    ("q6-deal-11", "HP's takeover of Compaq in 2002 was worth about $19 billion.", TECHSPOT, [], ["deal-redhat"]),
    ("q6-deal-12", "AOL paid $106 billion for Time Warner in 2000.", TECHSPOT, [], ["deal-warner"]),
    ("q6-deal-13", "The AOL-Time Warner deal was originally valued at $165 billion.", TECHSPOT, [], ["deal-allergan"]),
    ("q6-deal-14", "Broadcom's $121 billion deal to buy Qualcomm was blocked.", BANTNING, [], ["deal-avago"]),
    ("q6-deal-15", "Qualcomm's $47 billion bid for NXP Semiconductors failed.", BANTNING, [], ["deal-bg"]),
    ("q6-deal-16", "Google acquired Fitbit for $2.1 billion.", BANTNING, [], ["deal-clippers"]),
    ("q6-deal-17", "Google acquired Nest for $3.2 billion.", BANTNING, [], ["deal-beats"]),
    ("q6-deal-18", "Cisco spent $3.7 billion on AppDynamics.", BANTNING, [], ["deal-beats"]),
    ("q6-deal-19", "PayPal acquired the deal-finder app Honey for $4 billion.", BANTNING, [], ["deal-beats"]),
    ("q6-deal-20", "Adobe bought Marketo for $4.75 billion.", BANTNING, [], ["deal-hillshire"]),
    ("q6-deal-21", "Salesforce bought MuleSoft for $6.5 billion.", BANTNING, [], ["deal-hillshire"]),
    ("q6-deal-22", "Microsoft's $6.3 billion purchase of aQuantive was a faux pas.", BANTNING, [], ["deal-linkedin"]),
    # quakes
    ("q6-eq-1", "New casualty figures pushed the death toll from the South Asian earthquake to more than 79,000, regional officials said.", CBSASIA, [], ["eq-pak05-dead"]),
    ("q6-eq-2", "The information minister said 37,958 people died in North West Frontier Province.", CBSASIA, [], ["eq-pak05-dead"]),
    ("q6-eq-3", "India has reported 1,360 deaths in the part of Kashmir that it controls.", CBSASIA, [], ["eq-pak05-india"]),
    ("q6-eq-4", "The central government's count was raised to 47,700 confirmed dead as of Wednesday.", CBSASIA, [], ["eq-pak05-dead"]),
    ("q6-eq-5", "The prime minister of Pakistani-held Kashmir said at least 40,000 people died in that region.", CBSASIA, [], ["eq-pak05-kashmir"]),
    ("q6-eq-6", "The death toll from an earthquake in the central Philippines rose to 144 on Wednesday.", ALJPHIL, [], ["eq-chch"]),
    ("q6-eq-7", "At least 134 of the deaths were on Bohol Island, the disaster council said.", ALJPHIL, [], ["eq-pak05-kashmir"]),
    ("q6-eq-8", "The official death toll from Monday's earthquake in Gansu province was raised to 94, Xinhua reported.", UPIGANSU, [], ["eq-yunnan"]),
    ("q6-eq-9", "The Gansu quake destroyed 51,800 homes, an initial investigation showed.", UPIGANSU, [], []),
    ("q6-eq-10", "About 226,700 people had been relocated after the Gansu earthquake.", UPIGANSU, [], []),
    ("q6-eq-11", "Another 179 people were confirmed dead in Yunnan, bringing the overall toll to close to 600.", CGTN14, [], ["eq-yunnan"]),
    ("q6-eq-12", "There were 2,401 people injured in the 6.5 magnitude Yunnan quake.", CGTN14, [], ["eq-pak13-inj"]),
    ("q6-eq-13", "More than 2,300 people are confirmed dead following the massive earthquake in Nepal.", FOX17, [], ["eq-nepal", "eq-nepal-688"]),
    ("q6-eq-14", "More than 4,600 people have been injured in the Nepal earthquake.", FOX17, [], ["eq-pak05-injured"]),
    ("q6-eq-15", "At least 3,549 deaths have been reported in Turkey.", WARDOON, [], ["eq-pak13"]),
    ("q6-eq-16", "1,602 people have died in Syria in the earthquake.", WARDOON, [], ["eq-pak13"]),
    ("q6-eq-17", "An additional 15,384 people were injured in Turkey, the head of AFAD said.", WARDOON, [], ["eq-pak05-injured"]),
    ("q6-eq-18", "The death toll from Monday's earthquake in Turkey rose to 5,894 on Tuesday.", RXZINE, [], ["eq-ecuador"]),
    ("q6-eq-19", "The death toll in Syria rose to 1,932 on Tuesday.", RXZINE, [], ["eq-ecuador"]),
    # wildfires
    ("q6-wf-1", "At the peak, 21 major wildfires burned over 245,000 acres.", ROCKLIN, [], ["wf-woolsey-acres"]),
    ("q6-wf-2", "The October fires destroyed an estimated 8,700 structures.", ROCKLIN, [], ["wf-camp-struct"]),
    ("q6-wf-3", "The October fire siege took the lives of 42 people.", ROCKLIN, [], ["wf-camp-dead"]),
    ("q6-wf-4", "The fires at one time forced 100,000 people to evacuate.", ROCKLIN, [], ["wf-evac-2018", "wf-lake-evac"]),
    ("q6-wf-5", "The Tubbs Fire destroyed an estimated 5,300 structures.", ROCKLIN, [], ["wf-camp-struct", "wf-czu"]),
    ("q6-wf-6", "The Tubbs Fire burned 36,807 acres between Calistoga and Santa Rosa.", ROCKLIN, [], ["wf-butte-acres"]),
    ("q6-wf-7", "The Atlas Fire destroyed an estimated 785 structures.", ROCKLIN, [], ["wf-czu", "wf-woolsey-homes"]),
    ("q6-wf-8", "Since August 15, 1.25 million acres of land have burned across California, Cal Fire's deputy chief said.", NEWSWEEK20, [], ["wf-2020"]),
    ("q6-wf-9", "Cal Fire confirmed 136,000 people remain evacuated from their homes.", NEWSWEEK20, [], ["wf-evac-2018"]),
    ("q6-wf-10", "There have been 13,000 lightning strikes since August 15.", NEWSWEEK20, [], ["wf-lightning"]),
    ("q6-wf-11", "The SCU Lightning Complex fire has burned 365,772 acres.", NEWSWEEK20, [], ["wf-ranch"]),
    ("q6-wf-12", "The Mendocino Complex, at 300,086 acres, is now the largest fire in state history.", "https://sierranewsonline.com/california-wildfires-char-644000-acres-destroy-2000-structures/", [], ["wf-ranch"]),
    ("q6-wf-13", "The Carr Fire has burned 173,522 acres and is 47% contained.", "https://sierranewsonline.com/california-wildfires-char-644000-acres-destroy-2000-structures/", [], ["wf-woolsey-acres"]),
    # minimum wage
    ("q6-mw-1", "The report estimates 17 million workers who would otherwise make less than $15 an hour would get a raise by 2025.", BRADENTON, ["mw-17m"], ["mw-27m", "mw-10m"]),
    ("q6-mw-2", "Many of the 10 million workers who make slightly above $15 an hour would also see higher pay, the report says.", BRADENTON, ["mw-10m"], ["mw-17m"]),
    ("q6-mw-3", "By 2031 the cumulative pay of workers getting the raise would increase by a net $333 billion.", BRADENTON, [], ["mw-poor-7.7"]),
    ("q6-mw-4", "The Raise the Wage Act would gradually raise the federal minimum wage from $7.25 an hour to $15 an hour by 2025.", BRADENTON, [], ["mw-since2009"]),
    ("q6-mw-5", "The job losses would equate to a 0.9% drop in employment, the CBO said.", HUFFMW, [], ["mw-jobs"]),
    ("q6-mw-6", "The predicted reduction in employment would cut workers' pay by $175 billion.", BRADENTON, [], ["mw-poor-7.7"]),
    # brexit
    ("q6-bx-1", "Vote Leave emblazoned \"We send the EU £350 million a week, let's fund our NHS instead\" on its buses.", CAREAPP, ["bx-bus"], ["bx-394"]),
    ("q6-bx-2", "Counting the rebate and the money that comes back, the net cost was around £137 million a week.", CAREAPP, [], ["bx-bus"]),
    ("q6-bx-3", "Farage said leaving would free a £10 billion a year featherbed that could be spent on the NHS.", CAREAPP, [], ["bx-1bn-month", "bx-57bn"]),
    ("q6-bx-4", "By 2018, 42 percent of people who had heard of the £350 million claim still believed it was true.", WIKIBUS, [], ["bx-bus"]),
    ("q6-bx-5", "Matthew Elliott put the cost of changing the voting system at £250m in the No to AV campaign.", YAHOO350, [], ["bx-bus"]),
    # consumer prices
    ("q6-cpi-1", "The Consumer Price Index edged up 0.2% in September, the same increase as in August and July.", ABA24S, [], ["cpi-may-medical", "cpi-2506-mom"]),
    ("q6-cpi-2", "The index for all items less food and energy rose 3.3% over the last 12 months.", ABA24S, [], ["cpi-2107-core", "cpi-2506-core"]),
    ("q6-cpi-3", "The energy index fell 1.9% in September after declining 0.8% in August.", ABA24S, [], ["cpi-2107-energy"]),
    ("q6-cpi-4", "The gasoline index fell 15.3% over a 12-month span.", ABA24S, [], ["cpi-may-gas"]),
    ("q6-cpi-5", "The index for electricity increased 3.7% over the last 12 months.", ABA24S, [], ["cpi-2107-energy"]),
    ("q6-cpi-6", "The Consumer Price Index was unchanged in January, the BLS said.", ABA16F, [], ["cpi-2506-mom"]),
    ("q6-cpi-7", "Over the last 12 months, the index increased 1.3 percent.", ABA16F, [], ["cpi-may-yoy"]),
    ("q6-cpi-8", "Gasoline prices fell 4.4 percent on the month to their lowest level since March 2009.", ABA16F, [], ["cpi-may-gas"]),
    ("q6-cpi-9", "The Consumer Price Index increased 0.3% in January on a seasonally adjusted basis.", ABA24J, [], ["cpi-2506-mom"]),
    ("q6-cpi-10", "Over the last 12 months, the all items index increased 3.1% before seasonal adjustment.", ABA24J, [], ["cpi-may-yoy"]),
    ("q6-cpi-11", "Prices for all items less food and energy, the core CPI, rose 0.4% in January.", ABA24J, [], ["cpi-2107-core"]),
    ("q6-cpi-12", "The shelter index increased 0.6% in January.", ABA24J, [], ["cpi-may-medical"]),
    ("q6-cpi-13", "The gasoline index decreased 3.3% in January.", ABA24J, [], ["cpi-may-gas"]),
    # crowds
    ("q6-cr-1", "For nine rallies before the 2018 midterms, Trump's own attendance estimates came to 352,600 people.", WAPO18, [], ["cr-rolling"]),
    ("q6-cr-2", "Local officials' counts for the same nine rallies came to 101,000.", WAPO18, [], ["cr-75k"]),
]

# Seventh batch (ids "q7-"): claims condensed from further news pages, written and committed
# before the matcher was run on them. Mostly without an earlier match and hard — the same
# template in another month or year ("fell to 3.6% in April, the lowest since December 1969"
# against "fell to 3.9 percent in April"; 4.1% in September 2024 against 3.7 percent in
# September), the same figure about another subject (VMware's $40 billion market value against
# Nvidia's $40 billion bid for Arm; $44 billion of low-wage pay against Twitter's $44 billion),
# the same company or event with another figure (Chevron–Hess at $53 billion against
# Occidental–Anadarko at $55 billion, after outbidding Chevron; Morocco's toll at 632, 1,037,
# 2,122, 2,681), a revision's starting point ("3.1% … more than the 2.8% seen in earlier
# estimates") and forecasts — and rewordings of an earlier claim by other outlets.
WRTV19 = "https://wrtv.com/news/national/unemployment-rate-falls-to-lowest-level-since-december-1969 (CNN copy)"
SPUTNIK18 = "https://sputniknews.com/us/201810051068636008-us-unemployment-rate/"
UIGAE = "http://uig-ae.com/?p=22485"
TBN19 = "https://trumpbroadcastnetwork.com/2019/10/11/us-unemployment-rate-falls-to-five-decade-low-of-3-5/"
WAPO19 = "https://newssummedup.com/summary/U-S-unemployment-fell-to-3-6-percent-lowest-since-1969-hti3q7 (Washington Post copy)"
MASSLIVE19 = "https://www.masslive.com/news/2019/10/us-unemployment-rate-best-since-december-1969.html"
NBCCHI24 = "https://www.nbcchicago.com/news/business/money-report/u-s-job-creation-totaled-254000-in-september-much-better-than-expected/3565216/ (CNBC copy)"
TICKER24 = "https://ticker.com/ (Stock Market News Today, Oct. 4, 2024; BLS copy)"
KTBB24 = "https://ktbb.com/post/?p=1336430 (ABC News copy)"
WASHSTD23 = "https://washingtonstatestandard.com/tag/service-jobs/"
ROTH24 = "https://www.rothstaffing.com/september-2024-job-report-us-economy-added-254000-jobs/"
ANYTEAM = "https://anyteamnames.com/blog/how-many-names-are-on-the-vietnam-war-memorial"
DBEAST12 = "http://blog.thedailybeast.com/gdp-grew-by-27-percent"
METALS23 = "https://metalsmine.com/news/1258550-gross-domestic-product-third-estimate-gdp-by-industry/amp (BEA release copy)"
ATLFED14 = "https://www.atlantafed.org/economy-matters/economic-and-financial-highlights/charts/2015/01/150108a"
ECONPOP = "http://economicpopulist.org/category/topic-meta-tags/soybean-exports"
INDWEEK = "https://www.industryweek.com/archive/final-calculation-third-quarter-us-gdp-grew-4"
LAT10 = "https://fonts.nohib.com/archives/blogs/money-company/story/2010-12-22/gdp-grew-at-a-slightly-faster-pace-in-the-third-quarter-government-says (Los Angeles Times copy)"
CUTLER24 = "https://cutlercpas.com/2024/12/23/final-3q-gdp-estimate-revises-growth-up-to-3-1 (WSJ copy)"
JTN24 = "https://justthenews.com/nation/economy/consumer-prices-increased-03-january-annual-rate-moved-31-labor-department"
JTN23 = "https://justthenews.com/nation/economy/inflation-64-last-year-rising-first-time-months-labor-department-says"
VICTORY22 = "https://victory1.live/archives/403853"
EFE18 = "https://www.efe.com/efe/english/business/us-consumer-prices-rise-0-3-pct-in-october/50000265-3812840"
XINHUA25 = "https://english.news.cn/northamerica/20251024/5d468c7eaa5a481fb6ec5dbe2ed533ad/c.html"
OJ11 = "https://onlinejournal.com/artman/publish/article_7134.html (UPI copy)"
FUNDOLOGY = "https://fundology.com/blog/successful-acquisition-examples"
REDIFF13 = "https://m.rediff.com/money/slide-show/slide-show-1-special-images-biggest-merger-and-acquisition-deals-in-the-world/20130904.htm"
CITYAM17 = "http://www.cityam.com/257867/bought-biggest-deals-made-so-far-year-revealed"
ETCIO = "https://cio.economictimes.indiatimes.com/tag/chipmaking (Reuters copy)"
TRUEVIRAL = "https://trueviralnews.com/107941-broadcom-is-acquiring-vmware-for-61-billion.html"
FINANZ23 = "https://www.finanznachrichten.de/nachrichten-2023-10/60435964-chevron-to-acquire-hess-corp-all-stock-deal-valued-at-dollar-53-bln-020.htm (dpa-AFX copy)"
MSCREENER = "https://www.marketscreener.com/quote/stock/STATE-STREET-CORPORATION-14499/news/Chevron-Corporation-entered-into-a-definitive-agreement-to-acquire-Hess-Corporation-from-The-Vanguar-45124177/"
AXIOS22 = "https://www.axios.com/2022/05/23/broadcom-preps-mega-deal-for-vmware"
ZINIO22 = "https://www.zinio.com/ca/techlife-news/552-i545612 (AP copy)"
PLEDGE23 = "https://pledgetimes.com/a-new-toll-for-victims-of-the-moroccan-earthquake-the-death-toll-exceeds-2100/"
QATARPRESS = "https://qatarpress.qa/morocco-earthquake-death-toll-rises-to-2681-injured-reach-2501/ (Qatar News Agency copy)"
MENAFN23 = "https://menafn.com/1107039387/Morocco-Earthquake-Death-Toll-Exceeds-2000 (Jordan News Agency copy)"
LIBYANNW = "https://libyannewswire.com/death-toll-of-morocco-earthquake-rise-to-1037/ (Jordan News Agency copy)"
JAZIRANW = "https://jaziranewswire.qa/morocco-al-haouz-earthquake-death-toll-rises-to-632/ (Qatar News Agency copy)"
BRIEFLY25 = "https://heroku.briefly.co/anchor/Los_Angeles/story/la-fires-race-to-contain-outbreaks-with-winds-set-to-return--dw--01122025 (DW digest)"
JAGO25 = "https://thejagotimes.com/?p=435201"
KESQ25 = "https://kesq.com/cnn-regional/2025/01/13/24-people-dead-in-palisades-and-eaton-fires-as-los-angeles-braces-for-more-high-winds-red-flag-weather/ (KCAL copy)"
RANKONEX25 = "https://stories.rankonex.com/news-updates/world/los-angeles-wildfires-5-dead-2000-buildings-destroyed"
CBSLA25 = "https://www.cbsnews.com/losangeles/news/palisades-and-eaton-fires-now-among-most-destructive-wildfires-recorded-in-california-history"
PARTICLE25 = "https://particle.news/story/los-angeles-wildfires-devastate-thousands-of-homes-and-displace-over-150000-residents"
FORTUNE18 = "https://fortune.com/2018/11/12/california-fires-update-camp-woolsey-fire/"
AUDIOB21 = "https://search.audioburst.com/burst/3K7LN6zAD39r/Minimum-Wage-Hike-Would-Help-Poverty-but-Cost-Jobs-CBO-Says"
POLITIFACT15 = "https://www.politifact.com/factchecks/2015/jul/15/rachel-maddow/rachel-maddow-says-donald-trump-exaggerated-his-cr/"
IJR16 = "https://ijr.com/2016/02/529822-trump-tweets-out-photo-of-record-breaking-crowd-then-people-get-a-look-at-a-second-picture/"
CLARION19 = "https://clarion.causeaction.com/2019/12/26/fact-check-did-trump-claim-40000-people-attended-his-recent-michigan-rally/ (Daily Caller News Foundation copy)"
STOPTDT16 = "https://www.stopthedonaldtrump.com/2016/04/28/trump-makes-false-claim-of-31000-attendees-at-costa-mesa/"
SAMATH16 = "https://samathieson.com/sa-mathieson/leave-out-dodgy-numbers-on-eu-and-nhs/"
BMA17 = "https://www.bma.org.uk/news/2017/september/nhs-brexit-windfall-based-on-fantasy"

QUERIES += [
    # jobs
    ("q7-jobs-1", "The US economy added 263,000 jobs in April, another surprisingly strong month of hiring.", WRTV19, [], ["jobs-1804-payrolls", "jobs-1809-payrolls"]),
    ("q7-jobs-2", "The unemployment rate fell to 3.6% in April, the lowest level since December 1969.", WRTV19, [], ["jobs-1804-rate", "jobs-1809-rate"]),
    ("q7-jobs-3", "The average hourly wage was up 3.2% compared to a year ago.", WRTV19, [], ["jobs-1804-wages"]),
    ("q7-jobs-4", "Wages rose well above the 1.9% rise in prices over the year.", WRTV19, [], ["cpi-2506-yoy"]),
    ("q7-jobs-5", "The US unemployment rate fell from 3.9 percent to 3.7 percent in September, its lowest level since 1969, the Bureau of Labor Statistics said.", SPUTNIK18, ["jobs-1809-rate"], ["jobs-1804-rate", "jobs-1209-rate"]),
    ("q7-jobs-6", "US employers added 134,000 jobs in September, down from 270,000 in August.", SPUTNIK18, ["jobs-1809-payrolls"], ["jobs-1209-payrolls", "jobs-1804-payrolls"]),
    ("q7-jobs-7", "The US jobless rate fell to 3.7% in September, the lowest level since December 1969.", UIGAE, ["jobs-1809-rate"], ["jobs-1804-rate"]),
    ("q7-jobs-8", "Nonfarm payrolls rose by just 136,000 in September as unemployment hit a 50-year low.", TBN19, [], ["jobs-1809-payrolls", "jobs-1209-payrolls"]),
    ("q7-jobs-9", "The jobless rate dropped 0.2 percentage points to 3.5 percent, matching its level of December 1969.", TBN19, [], ["jobs-1809-rate"]),
    ("q7-jobs-10", "A broader measure that includes discouraged workers and the underemployed fell to 6.9 percent.", TBN19, [], ["jobs-1209-rate"]),
    ("q7-jobs-11", "Business services added 76,000 jobs, construction 33,000 and health care 27,000.", WAPO19, [], ["jobs-fox-manuf"]),
    ("q7-jobs-12", "The African American unemployment rate is 6.7 percent, having ticked up since a record low about a year ago.", WAPO19, [], ["jobs-fox-rate"]),
    ("q7-jobs-13", "Job growth has averaged 161,000 per month so far in 2019.", MASSLIVE19, [], ["jobs-fox-payrolls"]),
    ("q7-jobs-14", "Monthly job gains averaged 223,000 in 2018.", MASSLIVE19, [], ["jobs-1804-payrolls"]),
    ("q7-jobs-15", "Average hourly earnings for all employees were $28.09, down 1 cent.", MASSLIVE19, [], ["jobs-1804-wages"]),
    ("q7-jobs-16", "The labor force participation rate held at 63.2 percent in September.", MASSLIVE19, [], ["jobs-1809-rate"]),
    ("q7-jobs-17", "The number of people working part time who would rather work full time was unchanged at 4.4 million in September.", MASSLIVE19, [], ["jobs-1209-household"]),
    ("q7-jobs-18", "The unemployment rate was 3.7 percent a month earlier, in August 2019.", MASSLIVE19, [], ["jobs-1809-rate"]),
    ("q7-jobs-19", "The statewide unemployment rate in Massachusetts was 2.8% in August, down from 2.9% in July.", MASSLIVE19, [], ["jobs-fox-rate"]),
    ("q7-jobs-20", "Nonfarm payrolls surged by 254,000 in September, up from a revised 159,000 in August.", NBCCHI24, [], ["jobs-1809-payrolls", "jobs-1209-payrolls"]),
    ("q7-jobs-21", "The unemployment rate fell to 4.1% in September, down 0.1 percentage point.", NBCCHI24, [], ["jobs-1809-rate", "jobs-1209-rate"]),
    ("q7-jobs-22", "Average hourly earnings rose 13 cents, or 0.4%, to $35.36 in September.", TICKER24, [], ["jobs-1804-wages"]),
    ("q7-jobs-23", "The number of job openings increased 329,000 to 8.04 million in August.", TICKER24, [], ["jobs-2020-sept"]),
    ("q7-jobs-24", "Employers hired 206,000 workers in June, making for 42 consecutive months of growth.", KTBB24, [], ["jobs-fox-payrolls"]),
    ("q7-jobs-25", "The unemployment rate ticked up to 4.1% in June, the first time at that level since November 2021.", KTBB24, [], ["jobs-1809-rate"]),
    ("q7-jobs-26", "Employers added 336,000 jobs in September and the unemployment rate held steady at 3.8%.", WASHSTD23, [], ["jobs-1809-payrolls", "jobs-1809-rate"]),
    ("q7-jobs-27", "The labor force participation rate stayed at 62.7% in September.", ROTH24, [], ["jobs-1809-rate"]),
    # vietnam
    ("q7-vn-1", "The total number of names engraved on the wall is about 58,318.", ANYTEAM, [], ["vn-names-2018"]),
    # gdp
    ("q7-gdp-1", "U.S. gross domestic product grew 2.7 percent in the third quarter, the Commerce Department said Thursday.", DBEAST12, [], ["gdp-16q3-adv", "gdp-25q3"]),
    ("q7-gdp-2", "In the second estimate, the increase in real GDP was 5.2 percent.", METALS23, [], ["gdp-03q2"]),
    ("q7-gdp-3", "In the second quarter of 2023, real GDP increased 2.1 percent.", METALS23, [], ["gdp-16q2"]),
    ("q7-gdp-4", "Real GDP expanded at an annualized rate of 5.0 percent in the third quarter of 2014, according to the third estimate.", ATLFED14, [], ["gdp-16q3-third"]),
    ("q7-gdp-5", "The second GDP reading for the third quarter of 2014 was 3.9 percent.", ATLFED14, [], ["gdp-16q3-third", "jobs-1804-rate"]),
    ("q7-gdp-6", "The third estimate of third-quarter GDP showed real output growing at a 3.5% annual rate, revised from 3.2% in the second estimate.", ECONPOP, ["gdp-16q3-third"], ["gdp-16q3-adv"]),
    ("q7-gdp-7", "U.S. GDP grew at a 4% annual rate from July through September, nearly a percentage point above the initial 3.1% estimate.", INDWEEK, [], ["gdp-16q3-adv"]),
    ("q7-gdp-8", "Corporate profits from current production decreased $14 billion in the third quarter.", INDWEEK, [], ["gdp-16-exports"]),
    ("q7-gdp-9", "The government revised its estimate of third-quarter growth up to an annualized rate of 2.6%.", LAT10, [], ["gdp-16q3-adv"]),
    ("q7-gdp-10", "The BEA initially estimated that GDP grew at an annualized rate of 2% from July through September.", LAT10, [], ["gdp-19q3", "gdp-16q3-adv"]),
    ("q7-gdp-11", "The unemployment rate jumped to 9.8% last month despite continued modest job growth.", LAT10, [], ["jobs-1209-rate"]),
    ("q7-gdp-12", "GDP increased at an annualized rate of 3.1% in the three months through September, more than the 2.8% seen in earlier estimates.", CUTLER24, [], ["gdp-24q2"]),
    ("q7-gdp-13", "Economists polled by The Wall Street Journal had expected a revision to 2.9% growth.", CUTLER24, [], ["gdp-16q3-adv"]),
    ("q7-gdp-14", "The Atlanta Fed's estimator suggests growth at a 3.2% annualized pace in the fourth quarter.", CUTLER24, [], ["gdp-03q2"]),
    ("q7-gdp-15", "The economy grew at a 3% pace in the three months through June.", CUTLER24, [], ["gdp-infl", "gdp-19q3"]),
    # consumer prices
    ("q7-cpi-1", "Economists surveyed by Dow Jones predicted a 0.2% monthly increase in consumer prices and an annual gain of 2.9%.", JTN24, [], ["cpi-2506-core", "cpi-may-medical"]),
    ("q7-cpi-2", "Energy prices declined by 0.9% in January.", JTN24, [], ["cpi-2107-mom"]),
    ("q7-cpi-3", "Consumer prices increased 1.3% last month, adding to a year-over-year increase of 9.1%.", VICTORY22, [], ["gdp-infl"]),
    ("q7-cpi-4", "The consumer price index rose 0.3 percent in October from the previous month and 2.5 percent from October 2017.", EFE18, [], ["cpi-2506-mom"]),
    ("q7-cpi-5", "October's rise in consumer prices was the steepest month-to-month increase since January.", EFE18, [], ["cpi-2506-mom"]),
    ("q7-cpi-6", "The CPI rose 3 percent year on year in September, slightly higher than August's 2.9 percent.", XINHUA25, [], ["cpi-2506-core", "cpi-2506-yoy"]),
    ("q7-cpi-7", "Core CPI gained 0.2 percent month on month and 3 percent year on year.", XINHUA25, [], ["cpi-2107-core"]),
    ("q7-cpi-8", "Gasoline prices jumped 4.1 percent in September.", XINHUA25, [], ["cpi-may-gas"]),
    ("q7-cpi-9", "The Consumer Price Index in January increased 6.4% from a year earlier, the highest since October 2022.", JTN23, [], ["cpi-2107-yoy"]),
    ("q7-cpi-10", "Prices for all items rose 0.1% from November to December.", JTN23, [], ["cpi-may-medical"]),
    ("q7-cpi-11", "Prices for all consumer items rose 0.5 percent in February, the Bureau of Labor Statistics said.", OJ11, [], ["cpi-2107-mom"]),
    ("q7-cpi-12", "Gasoline prices rose 19.2 percent over the past 12 months.", OJ11, [], ["cpi-may-gas"]),
    ("q7-cpi-13", "Core prices rose 0.2 percent from January and 1.1 percent over the year.", OJ11, [], ["cpi-2107-core"]),
    ("q7-cpi-14", "Food price inflation was 0.6 percent for the month and 2.3 percent over the past 12 months.", OJ11, [], ["cpi-2506-mom"]),
    # deals
    ("q7-deal-1", "Vodafone's takeover of Mannesmann was valued at $202.8 billion.", FUNDOLOGY, [], ["deal-allergan"]),
    ("q7-deal-2", "Verizon agreed to pay $130 billion for Vodafone's stake in its wireless business.", REDIFF13, [], ["deal-warner", "deal-allergan"]),
    ("q7-deal-3", "AOL acquired Time Warner for $182 billion.", REDIFF13, [], ["deal-allergan", "deal-warner"]),
    ("q7-deal-4", "Altria acquired Philip Morris for $113 billion.", REDIFF13, [], ["deal-warner"]),
    ("q7-deal-5", "Johnson & Johnson bought Actelion in a $31bn transaction, the biggest deal announced so far in 2017.", CITYAM17, [], ["deal-softbank-arm"]),
    ("q7-deal-6", "Safran agreed to buy Zodiac Aerospace for $10.3bn.", CITYAM17, [], ["deal-brighthouse"]),
    ("q7-deal-7", "Takeda agreed to buy Ariad Pharmaceuticals for $5.6bn.", CITYAM17, [], ["deal-hillshire"]),
    ("q7-deal-8", "Exxon Mobil bought oil and gas assets in the Permian Basin for $6.6bn.", CITYAM17, [], ["deal-hillshire"]),
    ("q7-deal-9", "Broadcom agreed to buy cloud services firm VMware in a $61 billion deal.", ETCIO, [], ["deal-anadarko", "deal-dell-emc"]),
    ("q7-deal-10", "Broadcom will also assume $8 billion of VMware's net debt.", ETCIO, [], []),
    ("q7-deal-11", "Broadcom acquired CA Technologies for $18.9 billion in 2018.", TRUEVIRAL, [], ["deal-redhat"]),
    ("q7-deal-12", "Dell's $67 billion deal for EMC is one of the biggest tech acquisitions of all time.", TRUEVIRAL, ["deal-dell-emc"], ["deal-msft-atvi"]),
    ("q7-deal-13", "Chevron agreed to acquire Hess in an all-stock deal valued at $53 billion, or $171 per share.", FINANZ23, [], ["deal-anadarko"]),
    ("q7-deal-14", "Including debt, the Chevron-Hess deal has an enterprise value of $60 billion.", FINANZ23, [], ["deal-anadarko"]),
    ("q7-deal-15", "Hess would pay Chevron a termination fee of about $1.715 billion in certain circumstances.", MSCREENER, [], []),
    ("q7-deal-16", "Broadcom paid $10.7 billion for Symantec's enterprise security business.", AXIOS22, [], ["deal-brighthouse"]),
    ("q7-deal-17", "VMware had a $40 billion market cap before news of Broadcom's bid.", AXIOS22, [], ["deal-nvda-arm"]),
    ("q7-deal-18", "Microsoft's acquisition of Activision Blizzard was worth nearly $70 billion.", ZINIO22, ["deal-msft-atvi"], ["deal-aetna"]),
    ("q7-deal-19", "Royal Dutch Shell bought Reading-based BG Group for £47 billion in April.", FXCO, ["deal-bg"], ["deal-anadarko"]),
    ("q7-deal-20", "Pfizer's $160 billion Allergan deal was the biggest ever in the pharmaceutical sector.", FXCO, ["deal-allergan"], ["deal-warner"]),
    ("q7-deal-21", "Charter also plans to buy Bright House Networks, the country's seventh-largest cable operator, for $10.4 billion.", FXCO, ["deal-brighthouse"], []),
    # quakes
    ("q7-eq-1", "The quake that struck Pakistan and India killed about 19,500 people.", CBSQ, [], ["eq-pak05-dead"]),
    ("q7-eq-2", "Sherpao said 42,397 people were hurt in Saturday's quake in northwestern Pakistan.", CBSQ, ["eq-pak05-injured"], ["eq-pak05-dead"]),
    ("q7-eq-3", "Muzaffarabad, the capital of Pakistani Kashmir, was the worst-hit city, with 11,000 dead, Sherpao said.", CBSQ, ["eq-pak05-muzaffarabad"], ["eq-pak05-kashmir"]),
    ("q7-eq-4", "The number injured in the Bohol quake rose toward 300, with at least 23 people still missing.", ALJPHIL, [], ["eq-pak13-inj"]),
    ("q7-eq-5", "More than 840 aftershocks have been recorded since the Bohol quake.", ALJPHIL, [], []),
    ("q7-eq-6", "The number injured in the Gansu quake was raised to more than 1,000.", UPIGANSU, [], ["eq-pak05-india"]),
    ("q7-eq-7", "A preliminary assessment put the Gansu region's direct losses at about $400 million.", UPIGANSU, [], ["bx-400"]),
    ("q7-eq-8", "Of the Yunnan deaths, 504 were in the worst-hit Ludian County.", CGTN14, [], ["eq-yunnan"]),
    ("q7-eq-9", "In Nepal, Home Affairs officials put the death toll at a little more than 2,200.", FOX17, [], ["eq-nepal"]),
    ("q7-eq-10", "Climbers said at least 17 people were killed on Mount Everest.", FOX17, [], ["eq-nepal-688"]),
    ("q7-eq-11", "Morocco's Interior Ministry said the earthquake's death toll reached 2,122, with 2,421 injured.", PLEDGE23, [], ["eq-pak13-inj", "eq-nepal"]),
    ("q7-eq-12", "The death toll from the earthquake that struck Morocco rose to 2,681, while the number of injured reached 2,501.", QATARPRESS, [], ["eq-nepal"]),
    ("q7-eq-13", "Al Haouz province had the highest death toll, 1,293, followed by Taroudant with 452.", MENAFN23, [], ["eq-nepal"]),
    ("q7-eq-14", "The death toll of the earthquake in Morocco's Al Haouz province has risen to 1,037 dead and 1,204 injured.", LIBYANNW, [], ["eq-ecuador-1987", "eq-nepal"]),
    ("q7-eq-15", "The death toll from the Al Haouz earthquake has risen to 632, with 329 injured.", JAZIRANW, [], ["eq-nepal-688"]),
    # wildfires
    ("q7-wf-1", "The recent wildfires have consumed more than 209,000 acres, or nearly 326 square miles.", FORTUNE18, [], ["wf-ranch"]),
    ("q7-wf-2", "The fires have already killed seven people across the state.", NP, [], ["wf-camp-dead"]),
    ("q7-wf-3", "More than 15,000 residents remain under evacuation.", SIERRA, [], ["wf-lake-evac"]),
    ("q7-wf-4", "The Nuns Fire burned 56,556 acres and destroyed an estimated 1,200 structures.", ROCKLIN, [], ["wf-butte-acres"]),
    ("q7-wf-5", "Lightning has caused more than 650 fires since August 15.", NEWSWEEK20, [], ["wf-lightning"]),
    ("q7-wf-6", "The Palisades Fire has consumed more than 22,000 acres and destroyed over 5,000 structures.", BRIEFLY25, [], ["wf-camp-struct"]),
    ("q7-wf-7", "Evacuation orders now affect about 153,000 residents.", BRIEFLY25, [], ["wf-evac-2018"]),
    ("q7-wf-8", "AccuWeather estimated the damage and economic loss at between $135 billion and $150 billion.", JAGO25, [], []),
    ("q7-wf-9", "Wildfires have killed at least 24 people in Los Angeles County.", KESQ25, [], ["wf-camp-dead"]),
    ("q7-wf-10", "The Palisades and Eaton fires have burned more than 36,000 acres, just over 52 square miles, in five days.", KESQ25, [], ["wf-woolsey-acres"]),
    ("q7-wf-11", "Mandatory evacuations for more than 100,000 people remain in place.", KESQ25, [], ["wf-evac-2018"]),
    ("q7-wf-12", "The Eaton fire has scorched more than 10,600 acres near Altadena and Pasadena.", RANKONEX25, [], ["wf-camp-struct"]),
    ("q7-wf-13", "Over 130,000 residents in Los Angeles County are under evacuation orders.", RANKONEX25, [], ["wf-evac-2018"]),
    ("q7-wf-14", "Cal Fire's list reported that 5,316 structures were destroyed in the Palisades Fire.", CBSLA25, [], ["wf-camp-struct"]),
    ("q7-wf-15", "Preliminary damage estimates for the Los Angeles fires exceed $60 billion.", PARTICLE25, [], ["bx-60bn"]),
    # minimum wage
    ("q7-mw-1", "Annual earnings for low-wage workers would be $44 billion higher in 2025.", ARADVOCATES, [], ["mw-poor-7.7", "deal-twitter"]),
    ("q7-mw-2", "On net, a $15 minimum wage would cost Americans in general $8.7 billion.", WIBIZ, [], ["mw-poor-7.7"]),
    ("q7-mw-3", "The CBO says the higher wage would raise income levels for 17 million people.", AUDIOB21, ["mw-17m"], ["mw-27m"]),
    # crowds
    ("q7-cr-1", "Trump described an audience of 10,000 to 15,000 to 20,000 people coming to see him in Phoenix.", POLITIFACT15, [], ["cr-30k"]),
    ("q7-cr-2", "There appeared to be more than 6,000 people at the Little Rock rally, based on reporters' estimates.", IJR16, [], ["cr-75k"]),
    ("q7-cr-3", "Trump said 20,000 people outside his Battle Creek rally had to leave.", CLARION19, [], ["cr-30k"]),
    ("q7-cr-4", "Kellogg Arena has a maximum capacity of 6,200 people.", CLARION19, [], ["cr-rolling"]),
    ("q7-cr-5", "Trump claimed there were 31,000 people in attendance at his Costa Mesa rally.", STOPTDT16, [], ["cr-30k"]),
    ("q7-cr-6", "The Pacific Amphitheater can only hold 8,000 people.", STOPTDT16, [], []),
    # brexit
    ("q7-bx-1", "The new Royal Liverpool hospital has a capital cost of £329m.", SAMATH16, [], ["bx-bus"]),
    ("q7-bx-2", "NHS England is struggling to find £22bn in annual efficiency savings.", SAMATH16, [], ["bx-57bn"]),
    ("q7-bx-3", "The Queen Elizabeth Hospital in Birmingham cost £695m.", SAMATH16, [], []),
    ("q7-bx-4", "The EU spends more than £4bn a year in the UK, which would push the weekly figure down to about £165m.", SAMATH16, [], ["bx-bus"]),
    ("q7-bx-5", "Boris Johnson said the UK would take back control of roughly £350m per week.", BMA17, ["bx-bus"], ["bx-362"]),
]


def split_of(query_id: str) -> str:
    """Fixed before tuning: a third of the queries, chosen by hash, is held out."""
    return "held_out" if int(hashlib.sha1(query_id.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def main() -> None:
    known = {}
    with open(HERE / "archive.jsonl", "w", encoding="utf-8") as out:
        for topic, claims in ARCHIVE.items():
            for claim_id, text, source in claims:
                assert claim_id not in known, claim_id
                known[claim_id] = topic
                row = {"id": claim_id, "topic": topic, "text": text, "source": source}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    pairs = 0
    with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
        for query_id, text, source, expected, negatives in QUERIES:
            for ref in expected + negatives:
                assert ref in known, (query_id, ref)
            assert not set(expected) & set(negatives), query_id
            pairs += len(expected) + len(negatives) + (0 if expected else 1)
            row = {
                "id": query_id,
                "text": text,
                "source": source,
                "expected": expected,
                "hard_negatives": negatives,
                "split": split_of(query_id),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(known)} archive claims, {len(QUERIES)} queries, {pairs} labelled pairs")


if __name__ == "__main__":
    main()
