"""Round 97, English: questions about the remedy at the offer. Every customer, once a remedy is offered, first asks
about it (how long, who comes and when, will it cost anything, can I keep using it meanwhile, do I need to be home,
what do I have to do) in a `say` with when=offer, and only then accepts or declines. Review and safety customers never
reach an offer, so they carry the question in the story. meta: the facts check.py recomputes the expectation from
(start = days before the reference date; day of sale from purchases.json); meta.asks = the kinds of question asked."""
from common import S, E

EN = [
    S("lukewarm-tank-how-long-and-do-i-stay-home-e60",
      ["hey, our electric water heater (the 60 litre one) only gives lukewarm water now, even after heating all night",
       "the light comes on like normal, it just never gets properly hot. 2 kids in the house so its a pain"],
      {"done": "no that's everything", "confirm": "yep", "product": "DSZ-E60 water heater", "serial": "DE60K251124",
       "started": "4 or 5 days ago, call it 5",
       "circumstances": "no nothing like that, nobody's opened it or dropped anything on it, power's been fine",
       "wants": "get it fixed", "phone": "137 5521 8846",
       "offer": ["ok go on, book it. they'll text before they turn up right?", "yes thats fine"],
       "person": "no its ok", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DE60K251124: DSZ-E60 sold 313 days ago (CITY), 52 days of cover left; NO_HOT_WATER since ~5 days, no circumstance "
      "-> Covered, FreeRepair. The customer asks how long, whether someone must be home and whether to keep using it, "
      "then accepts with one more question (a text before the visit).",
      {"serial": "DE60K251124", "start": 5, "fault": "NO_HOT_WATER", "wish": "repair",
       "asks": ["time", "be_home", "keep_using", "who_when"], "theme": ["remedy_questions", "question_in_yes"]},
      say=[("offer", "before I say yes - how long till someone actually comes? and does somebody have to be home the whole "
                     "time, I work till 6. also can we keep using it lukewarm in the meantime or should I switch it off?")],
      hard=True),

    S("printer-jams-does-a-tech-come-or-do-i-bring-it-lp2200",
      ["Hi, our LP-2200 laser printer keeps jamming, pretty much every 3rd or 4th page comes out crumpled at the back",
       "we've tried a different pack of paper, same thing"],
      {"done": "no thats it", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22DF251194",
       "started": "about a week ago", "circumstances": "No, nobody has opened it up or dropped it. just normal office use",
       "wants": "repair it please", "phone": "0571 8623 4419",
       "offer": ["ok, yes please send someone", "yes"], "person": "no thanks", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "LP22DF251194: LP-2200 sold 322 days ago (CITY), 43 days left; PAPER_JAM since ~7 days, a different paper pack is "
      "no circumstance -> Covered, FreeRepair. One question at the offer: does a technician come or do I bring it in.",
      {"serial": "LP22DF251194", "start": 7, "fault": "PAPER_JAM", "wish": "repair", "asks": ["who_when"],
       "theme": ["remedy_questions"]},
      say=[("offer", "does a technician come out to us or do I have to bring it somewhere?")]),

    S("new-colour-copier-refund-who-collects-it-dc4525",
      ["we got the DC-4525 colour copier delivered to our office in Tonglu 4 days ago",
       "since the day after it arrived it jams constantly, we lose ages every day pulling paper out of it",
       "honestly we just want to send it back and get our money back"],
      {"done": "no", "confirm": "yes that's right", "product": "DC-4525 colour copier", "serial": "DC45252609875",
       "started": "the day after it was delivered, so 3 days ago",
       "circumstances": "no. your installer set it up, nobody has opened anything or moved it, normal paper",
       "wants": "a full refund", "phone": "0571 6489 3372",
       "offer": ["alright, yes, go ahead with the refund. someone will call to arrange the pickup, yes?", "yes"],
       "person": "not needed", "other": "yes we have the invoice"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC45252609875: DC-4525 sold 4 days ago (COUNTY, Tonglu), inside the 7-day return window; PAPER_JAM since day 1, "
      "refund asked -> Covered, Refund. Asks how many days for the money, who collects it, the box, and whether to keep "
      "using it until pickup; accepts with a question about the pickup call.",
      {"serial": "DC45252609875", "start": 3, "fault": "PAPER_JAM", "wish": "refund",
       "asks": ["time", "who_when", "keep_using", "how"], "theme": ["remedy_questions", "question_in_yes", "window"]},
      say=[("offer", "OK, a few practical things first: how many days until the money is back in our account? who comes "
                     "to collect it, it's far too heavy for us to move. do we need the original box? and can we still use "
                     "it for the odd copy until it's picked up?")],
      hard=True),

    S("finance9-slow-do-i-need-to-sit-there-s9",
      ["hello, Finance Suite 9 single user on our office pc has become really slow, opening the voucher list takes like a minute",
       "it was fast when we first got it"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 9 single-user", "serial": "FS9-2606-UNCV",
       "started": "the last 2 weeks or so",
       "circumstances": "no, nobody changed anything in the database, no add-ons, nobody else worked on it, no power cuts",
       "wants": "just make it fast again", "phone": "139 5718 6263",
       "offer": ["fine, yes do that", "ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: CW-S9 sold 124 days ago (COUNTY), 241 days left; SLOW since ~14 days, no circumstance -> Covered, "
      "remote support first (software). One question at the offer: must I sit at the PC while they connect.",
      {"serial": "FS9-2606-UNCV", "start": 14, "fault": "SLOW", "wish": "repair", "asks": ["be_home"],
       "theme": ["remedy_questions"]},
      say=[("offer", "if it's done remotely, do I need to be sitting at the PC while they do it?")]),

    S("jammed-third-time-new-one-when-and-old-one-lp2200",
      ["Right. the LP-2200 is jamming AGAIN.",
       "Your engineer replaced a part for jamming about 3 months ago and then again about a month ago. third time now",
       "I'm done with repairs on this thing"],
      {"done": "that's it", "confirm": "yes", "product": "LP-2200 printer", "serial": "LP22WW260485",
       "started": "since yesterday",
       "circumstances": "no, nobody's dropped it or opened it, only your engineer has been inside it",
       "wants": "a replacement printer, not another repair", "phone": "186 5710 3394",
       "offer": ["yes, replacement please. your guy sets it up too, or is that on us?", "yes"],
       "person": "no", "other": "yes, I have the invoice"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "LP22WW260485: LP-2200 sold 140 days ago (CITY); PAPER_JAM part replaced twice under warranty (91 and 35 days ago) "
      "-> repeat failure, Covered, Replacement first, Urgent. Asks how long, whether the old one is taken, delivery cost "
      "and what to print on meanwhile; accepts with a question about set-up.",
      {"serial": "LP22WW260485", "start": 1, "fault": "PAPER_JAM", "wish": "new",
       "asks": ["time", "who_when", "cost", "keep_using"], "theme": ["remedy_questions", "question_in_yes", "repeat"]},
      say=[("offer", "ok so if it's a new one, how long until it actually arrives? does whoever brings it take this one "
                     "away? is there anything to pay for delivery? and what do we do for printing in the meantime, can we "
                     "keep limping on with this one?")],
      hard=True),

    S("pulled-back-cover-off-latch-snapped-how-much-dc3020",
      ["hi, bit embarrassing. a sheet got stuck deep inside our DC-3020 copier and I took the back cover off with a "
       "screwdriver to get at it",
       "a plastic latch snapped while I was doing it and now the back door won't stay shut, so it won't copy at all, "
       "just says door open"],
      {"done": "no", "confirm": "yes", "product": "DC-3020 copier", "serial": "DC30202608455",
       "started": "3 days ago, when I did that",
       "circumstances": "yes like I said, I opened it up myself with a screwdriver, that's when the latch broke. nothing else",
       "wants": "get it repaired", "phone": "0571 6379 1456",
       "offer": ["ok that's fair enough, yes book it", "yes"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DC30202608455: DC-3020 sold 48 days ago (COUNTY, Fuyang), in warranty; the customer took the back cover off "
      "himself and broke a latch (DISASSEMBLY, CostFee) -> rule 8, CoveredWithFee, PaidRepair (cost fee + part). "
      "One question at the offer: the total including the visit.",
      {"serial": "DC30202608455", "start": 3, "fault": "BROKEN", "wish": "repair", "circ": ("DISASSEMBLY", "confirmed"),
       "asks": ["cost"], "theme": ["remedy_questions", "cost_shift"]},
      say=[("offer", "roughly what will that cost me in total, including someone coming out to Fuyang?")]),

    S("hob-wont-light-out-of-warranty-evening-visit-q5",
      ["hello my Q5 gas hob, the left burner clicks but doesn't light anymore. right one still works fine",
       "I know it's about a year and a half old so probably not under warranty anymore, that's ok, I just want it sorted"],
      {"done": "no thats all", "confirm": "yes", "product": "Q5 gas hob", "serial": "JQ525057961",
       "started": "about a week ago",
       "circumstances": "no, nothing spilled on it, not dropped, nobody's taken it apart",
       "wants": "repair, I'll pay for it", "phone": "135 7160 4482",
       "offer": ["alright thats fine, go ahead. an evening slot though yeah?", "yes"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "JQ525057961: JZT-Q5 sold 540 days ago (CITY), expired 175 days ago; NO_IGNITION since ~7 days, well after the "
      "expiry -> rule 4, NotCovered, PaidRepair (labour + igniter + visit). Asks the total, when, whether to be home, "
      "and whether to cook on the other burner meanwhile; accepts asking for an evening slot.",
      {"serial": "JQ525057961", "start": 7, "fault": "NO_IGNITION", "wish": "repair",
       "asks": ["cost", "who_when", "be_home", "keep_using"], "theme": ["remedy_questions", "question_in_yes", "expired"]},
      say=[("offer", "ok so what's the total going to be, parts and call-out and everything? when could someone come, I'm "
                     "only home after 6 on workdays. and can I keep cooking on the right burner till then?")],
      hard=True),

    S("invoice-printer-dead-dont-know-about-power-zd630k",
      ["Our ZD-630K dot matrix printer won't switch on at all since this morning. no lights, nothing. tried a different "
       "wall plug, still dead",
       "we print all our invoices on it, so if somebody has to come and look at it, how soon could that be?"],
      {"done": "no that's it", "confirm": "yes", "product": "ZD-630K invoice printer", "serial": "ZD630K260738",
       "started": "this morning",
       "circumstances": "nobody dropped it or opened it. power wise I honestly don't know, the office was empty for two "
                        "days before, could have been anything",
       "wants": "have it fixed", "phone": "0571 8845 1937",
       "offer": ["ok yes", "yes"], "person": "yes fine", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "ZD630K260738: ZD-630K sold 108 days ago (CITY), in warranty; NO_POWER and the customer cannot say whether the "
      "voltage did anything (VOLTAGE unknown, decisive for NO_POWER) -> rule 6, NeedsReview, escalated. No offer is "
      "reached, so the 'how soon' question is in the story.",
      {"serial": "ZD630K260738", "start": 0, "fault": "NO_POWER", "wish": "repair", "circ": ("VOLTAGE", "unknown"),
       "asks": ["time"], "theme": ["remedy_questions", "review"]},
      say=[("offer", "and how long would that take?")]),

    S("heater-lukewarm-shift-worker-times-then-person-h16",
      ["hi. the gas water heater (H16) is giving only lukewarm water, you have to turn the tap right down to get anything warm",
       "I'm a nurse on 12 hour shifts so getting a repair booked is always the hard bit"],
      {"done": "no, that's all", "confirm": "yes", "product": "H16 gas water heater", "serial": "RH1626053738",
       "started": "about 5 days ago",
       "circumstances": "no, none of that. nobody has touched it apart from using the taps",
       "wants": "a repair", "phone": "158 0571 3376",
       "offer": ["honestly I'd rather sort the timing out with a real person, can you put me through to someone?",
                 "no, a person please"],
       "person": "yes please", "other": "ok"},
      E("en", "Covered", "FreeRepair", True, "Normal"),
      "RH1626053738: JSQ-H16 sold 144 days ago (CITY), parts and labour both covered; NO_HOT_WATER since ~5 days -> "
      "Covered, FreeRepair. Asks how soon, what time, whether someone must be home or a neighbour can let them in, then "
      "declines the bot and asks for a person -> escalated, Normal.",
      {"serial": "RH1626053738", "start": 5, "fault": "NO_HOT_WATER", "wish": "repair", "flow": "person",
       "asks": ["time", "who_when", "be_home"], "theme": ["remedy_questions", "wants_person"]},
      say=[("offer", "how soon would that be, and what time would the technician come? is it a fixed slot or could it be "
                     "after 8 at night? and does somebody actually have to be home, or could my neighbour let them in "
                     "with my key?")],
      hard=True),

    S("network-edition-clients-cant-connect-how-soon-n9",
      ["Hi, we had Finance Suite 9 network edition installed on our server 4 days ago",
       "since yesterday none of the 3 client PCs can connect to the server, the server itself opens fine"],
      {"done": "no", "confirm": "correct", "product": "Finance Suite 9 network edition", "serial": "FN9-2610-LHQA",
       "started": "yesterday",
       "circumstances": "no, nobody changed the database or installed any plugins, no power cuts. only your installer set it up",
       "wants": "get the clients connecting again", "phone": "0571 8712 6659",
       "offer": ["yes please, asap", "yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2610-LHQA: CW-N9 sold 4 days ago (CITY); software has no return/exchange window; CONNECTION since yesterday "
      "-> Covered, remote support first. One question at the offer: how soon they can start.",
      {"serial": "FN9-2610-LHQA", "start": 1, "fault": "CONNECTION", "wish": "repair", "asks": ["time"],
       "theme": ["remedy_questions"]},
      say=[("offer", "how soon can they start? month end is coming up and we're stuck")]),

    S("inkjet-doesnt-pick-up-paper-when-does-new-one-arrive-ij680",
      ["hello, bought an IJ-680 inkjet 12 days ago and it has stopped picking up paper, the rollers spin but the sheet "
       "doesn't go in",
       "since it's so new I'd rather just swap it for a new one"],
      {"done": "no", "confirm": "yes", "product": "IJ-680 inkjet printer", "serial": "IJ6802610995",
       "started": "4 days ago", "circumstances": "no, not dropped, no water, never opened, using the tray it came with",
       "wants": "exchange it for a new one", "phone": "139 0657 4418",
       "offer": ["ok yes, swap it", "yes"], "person": "no", "other": "yes I have the receipt"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (CITY), inside the 15-day exchange window (3 days from the edge); paper not "
      "picked up since ~4 days, a new one asked -> Covered, Replacement. One question at the offer: how many days.",
      {"serial": "IJ6802610995", "start": 4, "fault": "PAPER_JAM", "wish": "new", "asks": ["time"],
       "theme": ["remedy_questions", "window"]},
      say=[("offer", "how many days would the new one take to get here?")]),

    S("hood-droning-can-i-keep-using-it-hot-smell-t9",
      ["hi the range hood we had fitted not even 2 weeks ago makes a loud droning hum on all speeds",
       "its the T9 side draught one. so loud we can't hear the TV in the next room"],
      {"done": "no", "confirm": "yes", "product": "T9 range hood", "serial": "YT926090053",
       "started": "about 4 days ago",
       "circumstances": "no, nothing like that. your installer put it in, nobody has opened it",
       "wants": "just get it fixed", "phone": "131 5712 8836",
       "offer": ["ok yes, send someone please. should I leave it switched off till they come?", "yes"],
       "person": "yes", "other": "ok"},
      E("en", "Covered", "FreeRepair", True, "Safety"),
      "YT926090053: CXW-T9 sold 11 days ago (CITY, 4 days from the exchange edge), repair wished; NOISE since ~4 days -> "
      "Covered, FreeRepair. Asking whether to keep using it, the customer names a hot motor housing and a burning "
      "plastic smell AFTER the offer (late safety): the verdict and offer stand, the case is escalated, Safety.",
      {"serial": "YT926090053", "start": 4, "fault": "NOISE", "wish": "repair", "late_safety": True,
       "asks": ["keep_using", "time", "be_home"], "theme": ["remedy_questions", "question_in_yes", "late_safety"]},
      say=[("offer", "before I book, can I keep using it till the repair? last night the motor housing was really hot and "
                     "there was a burning plastic smell from it for a minute, is that normal?? and how long before someone "
                     "comes, do I need to be home for it")],
      hard=True),

    S("copier-jamming-again-roller-replaced-before-keep-using-dc3020",
      ["Hi, the DC-3020 copier in our office is jamming on the paper feed again",
       "your technician replaced a roller for jams maybe 6 or 7 months ago, and came once for an error code a couple "
       "of months back. now it's the jamming again"],
      {"done": "no", "confirm": "yes", "product": "DC-3020 copier", "serial": "DC30202511389",
       "started": "about a week ago",
       "circumstances": "no, nobody opened it apart from your technicians, not dropped, normal paper",
       "wants": "repair it", "phone": "0571 8695 3327",
       "offer": ["yes ok book it", "yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202511389: DC-3020 sold 289 days ago (CITY); repairs.json holds one PAPER_JAM part replacement (202 days ago) "
      "and one ERROR_CODE repair (58 days ago), so a second jam is not yet a repeat failure -> Covered, FreeRepair. "
      "One question at the offer: can we keep using it until then.",
      {"serial": "DC30202511389", "start": 7, "fault": "PAPER_JAM", "wish": "repair", "asks": ["keep_using"],
       "theme": ["remedy_questions", "notrepeat"]},
      say=[("offer", "and can we keep using it until then? we need it for contracts every day")]),

    S("accounts-figures-off-wont-let-anyone-remote-in-s8",
      ["Good afternoon. The profit and loss report in Finance Suite 8 isn't adding up, the totals differ from the ledger "
       "by small amounts",
       "I'm the bookkeeper, I've checked the entries by hand twice. the entries are right, the report is wrong"],
      {"done": "No, that's all", "confirm": "Yes", "product": "Finance Suite 8 single-user", "serial": "FS8-2603-LGYF",
       "started": "about 10 days ago",
       "circumstances": "No. Nobody has edited the data files outside the program, no add-ons, no one else has serviced "
                        "it, no power cuts during posting",
       "wants": "the report fixed", "phone": "138 5716 4429",
       "offer": ["No. I'm not comfortable letting an outsider remote into our accounts machine, sorry.",
                 "No, that doesn't work for me either."],
       "person": "yes, a person please", "other": "ok"},
      E("en", "Covered", "RemoteSupport", True, "Normal"),
      "FS8-2603-LGYF: CW-S8 sold 238 days ago (CITY); REPORT_WRONG since ~10 days, no circumstance -> Covered, remote "
      "support first. The bookkeeper asks how long, what access they need, whether posting can go on and the cost, then "
      "refuses the remote session and the next offer -> escalated after two refusals, Normal.",
      {"serial": "FS8-2603-LGYF", "start": 10, "fault": "REPORT_WRONG", "wish": "repair", "flow": "refuse2",
       "asks": ["time", "how", "keep_using", "cost"], "theme": ["remedy_questions", "declines", "wants_person"]},
      say=[("offer", "Before I agree to anything: how long would a remote session take, would they need our admin "
                     "password, can we keep posting while they work on it, and is it free?")],
      hard=True),

    S("village-voltage-dips-heater-dead-fee-and-wait-e60",
      ["Hello, our E60 electric water heater stopped working completely, no power light at all",
       "the voltage in our village has been all over the place this past week, lights dimming and flickering, and the "
       "heater died right in the middle of it"],
      {"done": "no", "confirm": "yes", "product": "E60 electric water heater", "serial": "DE60V250645",
       "started": "5 days ago",
       "circumstances": "yes the unstable voltage, like I said. nothing else, nobody opened it",
       "wants": "repair it", "phone": "0571 6481 5523",
       "offer": ["ok, fine, go ahead", "yes"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60V250645: DSZ-E60 sold 502 days ago (COUNTY, Chun'an), covered by a 6-month extension, 47 days left; NO_POWER "
      "after village voltage swings said plainly (VOLTAGE, CostFee) -> rule 8, CoveredWithFee, PaidRepair. Asks the fee "
      "and how long to get someone out.",
      {"serial": "DE60V250645", "start": 5, "fault": "NO_POWER", "wish": "repair", "circ": ("VOLTAGE", "confirmed"),
       "asks": ["cost", "time"], "theme": ["remedy_questions", "cost_shift"]},
      say=[("offer", "what's the fee going to be, and how long before someone can get out to Chun'an?")]),

    S("toner-empty-price-and-delivery-to-fuyang-dc4525",
      ["Hi, the colour copier (DC-4525) says black toner empty and won't copy anything now",
       "it's still under warranty, so is the toner covered or do we pay for it?"],
      {"done": "no", "confirm": "yes", "product": "DC-4525 colour copier", "serial": "DC45252512510",
       "started": "yesterday", "circumstances": "no, nothing like that, nobody has opened anything except the toner door",
       "wants": "just a new black toner", "phone": "0571 6358 4417",
       "offer": ["alright, send one. I can put it in myself, it just clicks in right?", "yes"],
       "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "DC45252512510: DC-4525 sold 251 days ago (COUNTY, Fuyang); toner is one of the model's consumables -> rule 2, "
      "NotCovered, PartReplacement at the part price. Asks the price, days to Fuyang, delivery charge and who fits it; "
      "accepts with a question about fitting it.",
      {"serial": "DC45252512510", "start": 1, "fault": "PRINT_QUALITY", "wish": "part", "consumable": True,
       "asks": ["cost", "time", "who_when"], "theme": ["remedy_questions", "question_in_yes", "consumable"]},
      say=[("offer", "ok, how much is a black toner, how many days to get it to us in Fuyang, is delivery charged on top, "
                     "and do I fit it myself or does your technician come?")],
      hard=True),

    S("hob-clicking-for-weeks-how-soon-someone-q5",
      ["hi, the right burner on my Q5 gas hob clicks and clicks before it catches, sometimes it doesn't catch at all and "
       "I use a lighter",
       "its been like this for about 5 weeks, I kept putting off calling. how soon could someone come and have a look?"],
      {"done": "no", "confirm": "yes", "product": "Q5 gas hob", "serial": "JQ525089628",
       "started": "about 5 weeks ago", "circumstances": "no, nothing like that, no spills, nobody has taken it apart",
       "wants": "repair it", "phone": "136 5819 0074",
       "offer": ["ok", "yes"], "person": "yes ok", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "JQ525089628: JZT-Q5 sold 388 days ago (CITY), expired 23 days ago; the fault started ~35 days ago, i.e. while "
      "still in warranty -> rule 3, NeedsReview (EXPIRED, FACTS_UNDECIDED), escalated. The 'how soon' question is in the "
      "story as no offer is reached.",
      {"serial": "JQ525089628", "start": 35, "fault": "NO_IGNITION", "wish": "repair", "asks": ["time"],
       "theme": ["remedy_questions", "review"]},
      say=[("offer", "how soon is that then?")]),

    S("tank-leaking-third-time-who-fits-new-one-e60",
      ["Our electric water heater is leaking from the bottom again. This is the E60 in the bathroom",
       "you've replaced a part for a leak twice on this already, the last time about 6-7 weeks ago. and it's leaking again"],
      {"done": "no", "confirm": "yes", "product": "E60 electric water heater", "serial": "DE60B250547",
       "started": "2 days ago",
       "circumstances": "No. nothing dropped on it, no power problems, only your technicians have opened it",
       "wants": "honestly I'd like a new heater at this point", "phone": "151 5713 6648",
       "offer": ["Ok, yes, let's do the replacement. They'll ring before they come I hope?", "yes"],
       "person": "no", "other": "yes I have the invoice"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "DE60B250547: DSZ-E60 sold 470 days ago (CITY), in warranty by a 6-month extension (79 days left); LEAK part "
      "replaced twice under warranty (235 and 47 days ago) -> repeat failure, Covered, Replacement first, Urgent. Asks "
      "how long, who removes and fits, any fitting charge, and whether to use it with a bucket meanwhile.",
      {"serial": "DE60B250547", "start": 2, "fault": "LEAK", "wish": "new",
       "asks": ["time", "who_when", "cost", "keep_using"], "theme": ["remedy_questions", "question_in_yes", "repeat"]},
      say=[("offer", "a new one, ok. how long will that take? who takes the old tank off the wall and fits the new one, the "
                     "same people? and is there any charge for fitting? and can we keep using it with a bucket under it "
                     "till then?")],
      hard=True),

    S("finance8-network-slow-again-same-as-last-time-n8",
      ["hi, Finance Suite 8 network edition is really slow again whenever more than 2 people are logged in",
       "your support looked at this about a month ago and said they couldn't find anything wrong, but it's still slow"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 8 network", "serial": "FN8-2607-VBFT",
       "started": "about 5 weeks ago, before your people looked at it",
       "circumstances": "no, nothing like that. no plugins, nobody else serviced it, no power cuts",
       "wants": "fix it properly this time", "phone": "0571 6358 9142",
       "offer": ["ok yes, let's try it", "yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN8-2607-VBFT: CW-N8 sold 60 days ago (COUNTY, Lin'an); one SLOW visit 30 days ago was NO_FAULT_FOUND, which does "
      "not count -> not a repeat; Covered, remote support first. Asks whether it is the same check as last time and how "
      "long it takes.",
      {"serial": "FN8-2607-VBFT", "start": 35, "fault": "SLOW", "wish": "repair", "asks": ["how", "time"],
       "theme": ["remedy_questions", "notrepeat"]},
      say=[("offer", "is that going to be the same remote check as last time? how long does it usually take?")]),

    S("gas-heater-dripping-fuyang-callout-and-stay-home-h16",
      ["hi there, the H16 gas water heater is dripping water from underneath, small puddle every morning",
       "you've had someone out twice already on this heater, once for no hot water and once for an error code. now this"],
      {"done": "no", "confirm": "yes", "product": "H16 gas water heater", "serial": "RH1626074209",
       "started": "3 days ago", "circumstances": "no, no one else has touched it, not knocked, nothing",
       "wants": "repair it", "phone": "0571 6327 8815",
       "offer": ["ok fine, book it. mornings are better if there's a choice, is that possible?", "yes"],
       "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626074209: JSQ-H16 sold 101 days ago (COUNTY, Fuyang); earlier repairs NO_HOT_WATER (71 days ago) and "
      "ERROR_CODE (20 days ago), now a LEAK: a different fault, not a repeat -> Covered, FreeRepair; the visit fee is "
      "waived while labour is covered. Asks how long out in Fuyang, the call-out fee, using the hot water meanwhile and "
      "staying home; accepts asking for a morning.",
      {"serial": "RH1626074209", "start": 3, "fault": "LEAK", "wish": "repair",
       "asks": ["time", "cost", "keep_using", "be_home", "who_when"],
       "theme": ["remedy_questions", "question_in_yes", "notrepeat"]},
      say=[("offer", "how long will it take to get someone out here? we're in Fuyang and it's always slow out here. is "
                     "there a call-out fee for Fuyang? can we still use the hot water while it's dripping? and do I need "
                     "to stay home the whole day for them?")],
      hard=True),
]
