"""Round 141, English: approximate and uncertain dates. Customers who are not sure when they bought the thing or when
the fault began ("about two years ago, maybe a bit more", "somewhere between 10 and 14 months"). The serial's purchase
record decides coverage; the customer's guess never overrides it. Hard customers (hard=True) guess a purchase age that
contradicts the record or straddles the warranty limit, or hedge a fault start that crosses the sale day or the expiry.
meta: the facts check.py recomputes the expectation from (start = days before the reference date, the firm value the
margins use; guess = the (lo, hi) purchase age in days the customer's words allow; hardkind = contradicts / straddles /
start_crosses)."""
from common import S, E

NO = "no nothing like that"

EN = [
    # 1 hard: thinks it is just over a year old (out), record says 346 days (in)
    S("hood-rattle-thinks-its-over-a-year",
      ["hi there, prob a long shot cos I think we're out of warranty now",
       "the T9 cooker hood makes a horrible rattle on the high setting, like a loose bit in the fan",
       "we bought it a bit over a year ago I reckon, maybe 13 months? so yeah probably too late but thought I'd ask"],
      {"done": "that's all", "confirm": "yes that's it", "product": "T9 range hood", "serial": "YT925101215",
       "started": "about a week ago, maybe 8 days", "circumstances": "no, nobody touched it, never dropped anything on it, just normal cooking",
       "wants": "get it fixed if you can", "phone": "137 5581 6624",
       "offer": ["oh nice, yes please book that"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT925101215: CXW-T9 sold 346 days ago, 19 days of cover left; the customer guesses 'a bit over a year, maybe 13 "
      "months' but the record decides -> in warranty; NOISE since ~8 days, no circumstance -> Covered, FreeRepair.",
      {"serial": "YT925101215", "start": 8, "fault": "NOISE", "wish": "repair", "theme": ["guess_in"],
       "guess": (366, 420), "hardkind": "contradicts"}, hard=True),

    # 2 hard: thinks under a year (in), record 388 days (expired 23 days ago)
    S("q5-hob-sure-its-under-a-year",
      ["Hello, my gas hob wont light on the left side, it just clicks and clicks",
       "its the Q5 one. We got it around when we moved in, which was maybe 10 or 11 months ago, so it should still be under warranty right?"],
      {"done": "no that's everything", "confirm": "yes", "product": "Q5 gas hob", "serial": "JQ525089628",
       "started": "about a week ago, maybe a day or two less", "circumstances": "no, nothing. not dropped, no water on it, never took it apart",
       "wants": "repair it", "phone": "159 6631 4478",
       "offer": ["hm ok, if the record says so. how much roughly? fine, go ahead and book it"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "JQ525089628: JZT-Q5 sold 388 days ago, expired 23 days ago; the customer's '10 or 11 months' contradicts the "
      "record, which decides; NO_IGNITION started ~7 days ago, after the expiry -> NotCovered, PaidRepair.",
      {"serial": "JQ525089628", "start": 7, "fault": "NO_IGNITION", "wish": "repair", "theme": ["guess_out"],
       "guess": (300, 335), "hardkind": "contradicts"}, hard=True),

    # 3 hard: thinks about two years (out), record 313 days (in)
    S("e60-lukewarm-two-years-maybe-more",
      ["hey. our electric water heater only gives lukewarm water now even after heating all night",
       "honestly I don't remember when we got it, about two years ago, maybe a bit more? my wife would know but she's away",
       "so I guess we're paying for this one"],
      {"done": "nope", "confirm": "yeah correct", "product": "the E60 electric water heater, 60 litre", "serial": "DE60K251124",
       "started": "maybe 10 days ago, give or take", "circumstances": "no. no power cuts or anything, never opened, nobody else has worked on it",
       "wants": "just want hot water again, repair", "phone": "186 5712 3390",
       "offer": ["really? free? great, yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DE60K251124: DSZ-E60 sold 313 days ago, 52 days left; the customer's 'about two years, maybe more' contradicts "
      "the record, which decides -> in warranty; NO_HOT_WATER since ~10 days, no circumstance -> Covered, FreeRepair.",
      {"serial": "DE60K251124", "start": 10, "fault": "NO_HOT_WATER", "wish": "repair", "theme": ["guess_in"],
       "guess": (700, 800), "hardkind": "contradicts"}, hard=True),

    # 4 hard: range straddles the year, record 584 days (expired long ago)
    S("laser-printer-between-10-and-14-months",
      ["Hi, our office LP-2200 laser printer keeps jamming, every 3rd or 4th page gets crumpled at the back",
       "we bought it somewhere between 10 and 14 months ago, I can't find the invoice. so maybe it's still covered, maybe not?"],
      {"done": "that's it thanks", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22LF250298",
       "started": "about two weeks ago", "circumstances": "no, nobody opened it apart from clearing paper through the front door like the manual says",
       "wants": "repair", "phone": "131 7745 8816",
       "offer": ["ok. send someone then, we'll pay"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "LP22LF250298: LP-2200 sold 584 days ago, expired 219 days ago; the customer's '10 to 14 months' straddles the "
      "year but the record decides; PAPER_JAM since ~14 days, long after the expiry -> NotCovered, PaidRepair.",
      {"serial": "LP22LF250298", "start": 14, "fault": "PAPER_JAM", "wish": "repair", "theme": ["straddle"],
       "guess": (300, 425), "hardkind": "straddles"}, hard=True),

    # 5 hard: range straddles the year, record 330 days (in)
    S("colour-copier-cant-say-which-side-of-a-year",
      ["hello, the colour copier in our office is jamming constantly since last week or so",
       "DC-4525. we got it maybe 10 months ago, maybe 14, I genuinely can't say which side of a year it is. the guy who ordered it left the company"],
      {"done": "no that's all", "confirm": "yes right", "product": "DC-4525 colour copier", "serial": "DC45252511178",
       "started": "about 8 or 9 days ago", "circumstances": "no, nothing like that. it's never been moved or opened, only normal printing",
       "wants": "repair please", "phone": "133 6218 9054",
       "offer": ["yes good, book it"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC45252511178: DC-4525 sold 330 days ago, 35 days left; the customer's '10 months, maybe 14' straddles the year; "
      "the record decides -> in warranty; PAPER_JAM since ~8 days -> Covered, FreeRepair.",
      {"serial": "DC45252511178", "start": 8, "fault": "PAPER_JAM", "wish": "repair", "theme": ["straddle"],
       "guess": (300, 425), "hardkind": "straddles"}, hard=True),

    # 6 hard: fault start guessed before the sale date on record -> facts conflict
    S("h16-heater-fault-older-than-the-record",
      ["Hi. Gas water heater (H16) goes cold in the middle of a shower, then hot again, then cold",
       "we bought it around when we moved in, a year and a half back? and it's been doing this for maybe six or seven months, we just put up with it",
       "finally had enough"],
      {"done": "that's everything", "confirm": "yes", "product": "H16 gas water heater", "serial": "RH1626053738",
       "started": "about half a year ago, maybe seven months. definitely a good while",
       "circumstances": "no, nothing like that, nobody has opened it, no plumber except your installer",
       "wants": "repair it properly", "phone": "177 4518 3362",
       "offer": ["ok"], "person": "yes ok", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "RH1626053738: JSQ-H16 sold 144 days ago per the record; the customer says the fault began ~6-7 months ago "
      "(meta start 200), before the sale on record -> facts conflict -> NeedsReview, escalated.",
      {"serial": "RH1626053738", "start": 200, "fault": "NO_HOT_WATER", "wish": "repair", "theme": ["before_sale"],
       "guess": (500, 560), "hardkind": "start_crosses"}, hard=True),

    # 7 hard: expired, but the fault started (about a year ago) while it was in warranty -> rule 3
    S("q5-clicking-since-about-a-year",
      ["my Q5 stove's right hand ring has been hard to light for ages, now it barely lights at all",
       "bought it maybe two years ago, maybe a bit less. the problem started about a year ago, maybe a little more, it was only now and then back then",
       "so it was broken while it was still under warranty really"],
      {"done": "that's it", "confirm": "yes", "product": "Q5 gas hob", "serial": "JQ524121508",
       "started": "about a year ago, could be 13 months, it started off only sometimes",
       "circumstances": "no, none of those. never repaired by anyone, never opened",
       "wants": "fix it free since it started in warranty", "phone": "150 3366 7129",
       "offer": ["ok"], "person": "yes", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "JQ524121508: JZT-Q5 sold 640 days ago, expired 275 days ago; NO_IGNITION said to have begun ~a year ago "
      "(meta start 365, range 12-13 months all before the expiry) -> rule 3: expired but started in warranty -> NeedsReview.",
      {"serial": "JQ524121508", "start": 365, "fault": "NO_IGNITION", "wish": "repair", "theme": ["started_in_warranty"],
       "guess": (600, 730), "hardkind": "start_crosses"}, hard=True),

    # 8 hard: repeat failure, dates of the two visits hedged, purchase guessed older than the record
    S("t9-noise-third-time-visits-hazy",
      ["this is the THIRD time. the T9 hood is making that grinding noise again",
       "your technician came about two months ago, maybe a bit less, and then again maybe a month ago, for the exact same noise",
       "we bought it maybe 5 or 6 months ago, I'm not sure, but it's been nothing but trouble"],
      {"done": "no that's all", "confirm": "yes", "product": "T9 range hood", "serial": "YT926063911",
       "started": "a few days ago, maybe 4 days", "circumstances": "no. only your people have touched it",
       "wants": "I want it sorted for good", "phone": "139 5817 6643",
       "offer": ["yes, a new one, please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "YT926063911: CXW-T9 sold 129 days ago; NOISE repaired twice under warranty in repairs.json (ours) -> repeat "
      "failure -> Covered, Replacement first, Urgent. The hedged visit dates and '5 or 6 months' do not change the record.",
      {"serial": "YT926063911", "start": 4, "fault": "NOISE", "wish": "repair", "theme": ["repeat"],
       "guess": (150, 185), "hardkind": "contradicts"}, hard=True),

    # 9 hard: software licence, thinks the service year is over, record 321 days (in)
    S("finance8-licence-error-year-and-a-bit",
      ["Morning. Finance Suite 8 single user says the licence is invalid since this morning, can't open any of our books",
       "we bought it a year and a bit ago, maybe 14 or 15 months, so the free service year is probably finished? tell me how much it costs then"],
      {"done": "no", "confirm": "yes correct", "product": "Finance Suite 8 single-user", "serial": "FS8-2511-MZKJ",
       "started": "this morning, maybe 3 hours ago", "circumstances": "no. nobody changed anything, no pirated copy, no add-ons, it is the one we bought from you",
       "wants": "get it working", "phone": "135 2276 4819",
       "offer": ["yes remote is fine, now please"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2511-MZKJ: CW-S8 sold 321 days ago, 44 days of service left; the customer's '14 or 15 months' contradicts "
      "the record, which decides; LICENCE_ERROR today -> Covered, RemoteSupport first.",
      {"serial": "FS8-2511-MZKJ", "start": 0, "fault": "LICENCE_ERROR", "wish": "repair", "theme": ["guess_in", "software"],
       "guess": (420, 460), "hardkind": "contradicts"}, hard=True),

    # 10 hard: thinks under a year, record 562 days (expired); refuses the paid repair, wants a person
    S("copier-3020-not-a-year-surely-wants-person",
      ["our DC-3020 copier shows streaks down every page now",
       "it can't be out of warranty, we got it maybe 11 months ago, not a whole year surely. I remember it was still hot out when it came"],
      {"done": "that's all", "confirm": "yes", "product": "DC-3020 copier", "serial": "DC30202504315",
       "started": "about 10 days ago", "circumstances": "no. no one opened it, no water, nothing weird with the power",
       "wants": "repair under warranty", "phone": "138 6613 5927",
       "offer": ["no, I don't accept paying. I want a real person to check our purchase date please"],
       "person": "yes, a person please", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "DC30202504315: DC-3020 sold 562 days ago, expired 197 days ago; the customer's 'maybe 11 months' contradicts the "
      "record, which decides; PRINT_QUALITY since ~10 days -> NotCovered, PaidRepair; refuses and asks for a person -> escalated.",
      {"serial": "DC30202504315", "start": 10, "fault": "PRINT_QUALITY", "wish": "repair", "theme": ["guess_out", "wants_person"],
       "guess": (300, 360), "hardkind": "contradicts", "flow": "person"}, hard=True),

    # 11 ordinary: Q7 fault again, one earlier repair of ours, dates hedged lightly
    S("q7-ignition-again-after-one-fix",
      ["hi, our Q7 glass stove won't light again on the big ring",
       "you guys fixed the same thing about a month ago i think. bought it maybe two months back"],
      {"done": "no", "confirm": "yes", "product": "Q7 glass top gas stove", "serial": "JQ726093781",
       "started": "around 3 days ago", "circumstances": "no, nobody but your technician has touched it, never dropped anything on it",
       "wants": "fix it again please", "phone": "182 6645 1937",
       "offer": ["ok, book it"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: JZT-Q7 sold 63 days ago; one NO_IGNITION repair under warranty (ours) - one is not a repeat -> "
      "Covered, FreeRepair.",
      {"serial": "JQ726093781", "start": 3, "fault": "NO_IGNITION", "wish": "repair", "theme": ["notrepeat", "vague_light"]}),

    # 12 ordinary: inkjet within 15 days, wants a new one
    S("inkjet-wifi-drops-wants-new-one",
      ["Hello, I bought the IJ-680 inkjet maybe ten days ago, could be nearer two weeks",
       "it keeps dropping off the wifi every few minutes, and the laptop says printer offline"],
      {"done": "no that's it", "confirm": "yes", "product": "IJ-680 inkjet printer", "serial": "IJ6802610995",
       "started": "pretty much from the start, about a week ago", "circumstances": "no, nothing like that",
       "wants": "I'd like a new one please, swap it", "phone": "136 7742 5815",
       "offer": ["yes please, a new one"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (within the 15-day exchange window, past 7); CONNECTION fault, wants a new "
      "one -> Covered, Replacement.",
      {"serial": "IJ6802610995", "start": 7, "fault": "CONNECTION", "wish": "new", "theme": ["window", "vague_light"]}),

    # 13 ordinary: ribbon worn (consumable)
    S("dot-matrix-ribbon-faint",
      ["hi, the invoice printer (630K) prints really faint now, you can hardly read the numbers",
       "we got it about ten months ago maybe. the ribbon is the one that came with it, never changed"],
      {"done": "no", "confirm": "yes", "product": "ZD-630K dot matrix printer", "serial": "ZD630K251219",
       "started": "gradually, the last month or so", "circumstances": "no, none of that",
       "wants": "make it print dark again", "phone": "152 8834 6671",
       "offer": ["ok, send a new ribbon and I'll pay for it"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "ZD630K251219: ZD-630K sold 304 days ago, in contract; faint print from a worn ribbon - a consumable, not covered "
      "at any date -> NotCovered, PartReplacement (the ribbon at its price).",
      {"serial": "ZD630K251219", "start": 30, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair",
       "theme": ["consumable", "vague_light"]}),

    # 14 ordinary: network edition slow, earlier no-fault visit
    S("finance8-network-slow-again",
      ["hi, Finance 8 network edition is crawling again, takes a minute to open a voucher",
       "someone from you looked at it about a month ago, maybe five weeks, and said nothing was wrong. we bought it roughly two months ago"],
      {"done": "that's all", "confirm": "yes", "product": "Finance Suite 8 network edition", "serial": "FN8-2607-VBFT",
       "started": "about a week ago, maybe a bit more", "circumstances": "no, no changes, no other software guys, nothing",
       "wants": "make it fast again", "phone": "189 5516 7734",
       "offer": ["ok remote session is fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN8-2607-VBFT: CW-N8 sold 60 days ago; one earlier SLOW visit ended NO_FAULT_FOUND (does not count) -> "
      "Covered, RemoteSupport first.",
      {"serial": "FN8-2607-VBFT", "start": 8, "fault": "SLOW", "wish": "repair", "theme": ["notrepeat", "software", "vague_light"]}),

    # 15 ordinary: Finance 9 network install fails
    S("finance9-network-install-fails",
      ["hi. we bought Finance 9 network maybe 3 or 4 days ago and the client install fails on the second pc",
       "says installation could not be completed and rolls back"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 9 network edition", "serial": "FN9-2610-LHQA",
       "started": "since the day before yesterday, roughly", "circumstances": "no, fresh windows, nothing modified",
       "wants": "help installing it", "phone": "135 7769 1148",
       "offer": ["yes, remote is good"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2610-LHQA: CW-N9 sold 4 days ago (software: no return window); INSTALL_FAILURE -> Covered, RemoteSupport.",
      {"serial": "FN9-2610-LHQA", "start": 2, "fault": "INSTALL_FAILURE", "wish": "repair", "theme": ["software", "vague_light"]}),

    # 16 ordinary: Finance 9 single report wrong
    S("finance9-report-totals-wrong",
      ["the profit and loss report in Finance 9 shows totals that don't match the ledger",
       "we've had the software about four months I think, it was fine till maybe a couple of weeks ago"],
      {"done": "that's it", "confirm": "yes", "product": "Finance Suite 9 single-user", "serial": "FS9-2606-UNCV",
       "started": "about two weeks ago, maybe a bit less", "circumstances": "no, no one changed the program",
       "wants": "fix the report", "phone": "139 8812 4457",
       "offer": ["remote is fine yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: CW-S9 sold 124 days ago; REPORT_WRONG since ~12 days -> Covered, RemoteSupport.",
      {"serial": "FS9-2606-UNCV", "start": 12, "fault": "REPORT_WRONG", "wish": "repair", "theme": ["software", "vague_light"]}),

    # 17 ordinary: safety (tingle from the tank casing), old unit
    S("e60-tingle-from-the-tank",
      ["hi, urgent-ish. my E60 electric water heater gave me a tingle when I touched the metal casing just now",
       "it's old, maybe two years? anyway it gave me a shock, I switched it off at the breaker"],
      {"done": "no", "confirm": "yes", "product": "E60 electric water heater", "serial": "DE60X250881",
       "started": "just now, about an hour ago", "circumstances": "no, nothing I know of",
       "wants": "someone to check it's safe", "phone": "158 4476 3391",
       "offer": ["ok"], "person": "yes please", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "DE60X250881: DSZ-E60; a tingle / shock from the casing is a hazard -> safety escalation, no verdict.",
      {"serial": "DE60X250881", "start": 0, "safety": True, "theme": ["safety", "vague_light"]}),

    # 18 ordinary: H16 leak, brother-in-law took the cover off (disassembly said plainly)
    S("h16-drip-brother-in-law-opened-it",
      ["hi, the H16 gas water heater drips water from underneath, there's a little puddle every morning",
       "full disclosure, my brother-in-law took the front cover off last week to have a look and tightened a nut inside. didn't help",
       "we've had it maybe three months, could be a bit less"],
      {"done": "that's it", "confirm": "yes", "product": "H16 gas water heater", "serial": "RH1626078391",
       "started": "about 10 days ago", "circumstances": "yes, like I said, my brother-in-law opened the front cover and tightened something. he's not from your company",
       "wants": "repair", "phone": "187 3349 6625",
       "offer": ["fair enough, ok I'll pay the fee"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "RH1626078391: JSQ-H16 sold 80 days ago, in warranty; LEAK, and the unit was opened by the customer's relative "
      "(DISASSEMBLY, confirmed, CostFee) -> CoveredWithFee, PaidRepair.",
      {"serial": "RH1626078391", "start": 10, "fault": "LEAK", "wish": "repair", "circ": ("DISASSEMBLY", "confirmed"),
       "theme": ["cost_shift", "vague_light"]}),

    # 19 ordinary: DC-3020 jams, about six weeks old
    S("copier-3020-jams-six-weeks",
      ["our new-ish DC-3020 keeps jamming in the tray 2 feed",
       "delivered about six weeks ago, maybe seven. jams every dozen copies or so"],
      {"done": "nope", "confirm": "yes", "product": "DC-3020 copier", "serial": "DC30202608455",
       "started": "about 5 days ago", "circumstances": "no, only paper clearing as the screen shows, nothing else",
       "wants": "repair", "phone": "136 5527 8813",
       "offer": ["yes thanks"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202608455: DC-3020 sold 48 days ago; PAPER_JAM since ~5 days -> Covered, FreeRepair.",
      {"serial": "DC30202608455", "start": 5, "fault": "PAPER_JAM", "wish": "repair", "theme": ["vague_light"]}),

    # 20 ordinary: LP-2200 streaky print, about nine months
    S("lp2200-grey-band-nine-months",
      ["Hello, LP-2200 prints a grey band down the left side of every page",
       "changed the toner already, same thing. we got the printer about nine months ago, give or take"],
      {"done": "that's all", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22HU251211",
       "started": "maybe three weeks ago", "circumstances": "no, none. the toner I put in is your original one",
       "wants": "repair", "phone": "151 6638 2274",
       "offer": ["ok good"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "LP22HU251211: LP-2200 sold 277 days ago, 88 days left; PRINT_QUALITY persisting after a new original toner -> "
      "Covered, FreeRepair.",
      {"serial": "LP22HU251211", "start": 21, "fault": "PRINT_QUALITY", "wish": "repair", "theme": ["vague_light"]}),
]
