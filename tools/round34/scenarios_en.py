"""Round 34, English: money. Customers for whom the cost is the point - they ask the price before anything else, quote
the fee schedule back, haggle, want compensation or a goodwill gesture on top of the repair, ask whether the call-out is
charged when nothing is found, compare with a street repair shop, want back a fee they already paid, want an
out-of-warranty repair free anyway, balk at the software's annual maintenance fee, and accept a paid repair grudgingly
or refuse it. meta: the facts check.py recomputes the expectation from (start = days before the reference date; day of
sale from purchases.json); meta.comp = the amount asked on top of the remedy (said at the offer), meta.cap = the policy's
goodwill cap."""
from common import S, E

NO = "no, nothing like that. not dropped, never got wet, no power problems, nobody has opened it or tinkered with it"

EN = [
    S("how-much-before-anything-else-water-heater-h16",
      ["how much do you charge to fix a gas water heater?",
       "its the H16, we got it about 2 and a half months ago. since 3 days ago it lights for a second then the water goes cold again",
       "just want to know what im in for before i book anything, money's tight this month"],
      {"done": "no thats it", "confirm": "yes thats right", "product": "H16 gas water heater",
       "serial": "RH1626078391", "started": "3 days ago",
       "circumstances": NO, "wants": "get it fixed, as long as it's not going to cost a fortune",
       "phone": "137 1846 5093", "offer": ["oh great, free is good. yes please book it"], "person": "no need", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626078391: H16 sold 80 days ago (CITY), NO_HOT_WATER for 3 days, nothing cost-shifting; asks the price first. "
      "In warranty (parts 24 / labour 12 months) -> Covered, FreeRepair: parts, labour and the call-out are free.",
      {"serial": "RH1626078391", "start": 3, "fault": "NO_HOT_WATER", "wish": "repair",
       "theme": ["ask_cost_first"]}),

    S("quotes-the-fee-page-and-haggles-out-of-warranty-hood-t9",
      ["Hi. I know my T9 hood is out of warranty, bought it a bit over a year ago, no need to tell me.",
       "I had a look at your fee page: labour 80, call-out in the city 30, a motor is 260. Right?",
       "It has barely sucked anything for about 10 days now, the smoke goes all over the flat when we fry anything"],
      {"done": "no that's all", "confirm": "yes. weak suction, about 10 days", "product": "CXW-T9 range hood",
       "serial": "YT925073562", "started": "about 10 days ago", "circumstances": NO,
       "wants": "a repair, at a sensible price", "phone": "0571 8836 1947",
       "offer": ["alright. fine. book it. not thrilled about it", "ok"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT925073562: T9 sold 432 days ago (CITY), warranty over 67 days ago; WEAK_SUCTION started 10 days ago, after "
      "the expiry -> NotCovered (EXPIRED), PaidRepair = labour 80 + part + city call-out 30. The haggle ('50 all in') is "
      "said at the offer; whatever the bot answers (a discount within the 100 cap or a polite no) the customer then "
      "accepts the paid repair, so no escalation.",
      {"serial": "YT925073562", "start": 10, "fault": "WEAK_SUCTION", "wish": "repair", "hard": True,
       "theme": ["quote_fees", "haggle", "oow_free", "grudging"]},
      say=[("offer", "before I say yes - 110 plus parts for a hood that's only just over a year old is steep. can you do it for 50 all in?")]),

    S("copier-shop-in-town-is-cheaper-refuses-dc3020",
      ["our DC-3020 copier jams on nearly every sheet for two weeks now",
       "I know the contract ran out ages ago. but before anything: what are you going to charge? because there's a copier repair place in Jiande town that says they'd do it for 100 and come today",
       "we haven't let them touch it yet, I wanted your price first"],
      {"done": "no", "confirm": "yes, paper jams, two weeks", "product": "DC-3020 copier", "serial": "DC30202504315",
       "started": "two weeks ago", "circumstances": "no. nobody's opened it, no damage, nothing. only us pulling the jammed paper out of the tray",
       "wants": "fix it, if the price is fair", "phone": "0571 6471 3385",
       "offer": ["no, 270 before parts is way more than the shop in town. not doing that", "no. still no"],
       "person": "yes, let me talk to someone who can actually do a deal", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "DC30202504315: DC-3020 sold 562 days ago (COUNTY Jiande), expired 197 days ago; PAPER_JAM for 14 days, after the "
      "expiry -> NotCovered, PaidRepair = labour 150 + part + county call-out 120. Compares with a town repair shop that has "
      "NOT touched the machine (no circumstance); refuses twice -> escalated, Normal.",
      {"serial": "DC30202504315", "start": 14, "fault": "PAPER_JAM", "wish": "repair", "flow": "refuse2", "hard": True,
       "theme": ["street_shop", "refuse", "oow_free"]}),

    S("toner-should-be-free-under-warranty-lp2200",
      ["My LP-2200 is printing so faint you can barely read it",
       "the toner low light came on maybe a week ago and now this. the printer is under a year old so this is a warranty thing isn't it",
       "please don't tell me I have to buy toner, you lot charge 180 for it. I've seen cartridges online for 60"],
      {"done": "nope", "confirm": "yes, faint prints since the toner light came on", "product": "LP-2200 laser printer",
       "serial": "LP22DF251194", "started": "about a week ago",
       "circumstances": "no, nothing. it's still got the toner it came with, never changed anything", "wants": "get it printing properly again for free",
       "phone": "186 5713 4928", "offer": ["180... ugh. fine, send one, I need it working", "ok"], "person": "no", "other": "fine"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "LP22DF251194: LP-2200 sold 322 days ago (in warranty); faint prints after the toner-low light: the toner is a "
      "consumable (rule 2) -> NotCovered (CONSUMABLE), PartReplacement at the toner price 180, even in warranty. The "
      "customer compares with an online price but has fitted nothing (no MODIFICATION); accepts grudgingly.",
      {"serial": "LP22DF251194", "start": 7, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair", "hard": True,
       "theme": ["consumable", "haggle", "grudging"]}),

    S("street-stall-changed-igniter-now-flame-goes-out-q5",
      ["Q5 hob, bought it about 9 months ago",
       "a few weeks back the left burner stopped clicking. your call-out here in Nanjing is 150 so I got the guy from the repair stall by the market to come round and he put in a new igniter for 40 yuan",
       "it lit again but now since 5 days ago the flame goes out a few seconds after I let go of the knob. is this still warranty? I don't see why I should pay anything"],
      {"done": "that's all", "confirm": "yes", "product": "Q5 gas hob", "serial": "JQ525127804", "started": "5 days ago",
       "circumstances": "yes, like I said the stall guy fitted the igniter. apart from that nothing, not dropped, not wet",
       "wants": "repair it", "phone": "139 1584 6627",
       "offer": ["so I pay because of a 40 yuan igniter? ...ok. ok, go ahead, I need a hob", "ok"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "JQ525127804: Q5 sold 273 days ago (REMOTE Nanjing), in warranty; a market repair stall fitted an igniter (said "
      "plainly: UNAUTHORISED_REPAIR / MODIFICATION, both CostFee) and FLAME_GOES_OUT since 5 days -> rule 8 CoveredWithFee, "
      "PaidRepair = cost fee 50 + part. Accepts grudgingly.",
      {"serial": "JQ525127804", "start": 5, "fault": "FLAME_GOES_OUT", "wish": "repair", "circ": ("UNAUTHORISED_REPAIR", "confirmed"),
       "hard": True, "theme": ["street_shop", "cost_shift", "grudging"]}),

    S("third-time-no-ignition-refund-and-takeaway-money-q5",
      ["third time. THIRD. the left burner on our Q5 won't light again",
       "your technician fixed it about 3 months ago and again about 5 weeks ago. since 4 days ago same thing, click click nothing",
       "and before you say it - am I going to be charged for parts this time? because I'm done with this hob"],
      {"done": "no", "confirm": "yes, won't light, same as the last two times", "product": "Q5 gas hob",
       "serial": "JQ526062448", "started": "4 days ago", "circumstances": NO,
       "wants": "a refund. I want my money back", "phone": "158 6731 9942",
       "offer": ["yes, refund please. thank you", "ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Urgent"),
      "JQ526062448: Q5 sold 152 days ago (CITY), NO_IGNITION repaired twice in warranty (about 99 and 38 days ago); the "
      "same fault again -> Covered, repeat failure; asks for a refund -> Refund first, Urgent. At the offer asks 60 for "
      "takeaways (within the kitchen goodwill cap 100, the bot may grant it); accepts the refund: not escalated.",
      {"serial": "JQ526062448", "start": 4, "fault": "NO_IGNITION", "wish": "refund", "comp": 60, "hard": True,
       "theme": ["repeat", "comp_within", "ask_cost_first"]},
      say=[("offer", "fine, but we've been eating takeaway for 4 days. can you at least cover 60 yuan of that?")]),

    S("leaked-third-time-cabinet-ruined-wants-1200-h16",
      ["Our H16 is leaking AGAIN. Your people replaced a part for the leak about 12 weeks ago and again about a month ago.",
       "Since 2 days ago there is water under it again and it has run down into the kitchen cabinet below, the chipboard has swollen up completely"],
      {"done": "no", "confirm": "yes. third leak", "product": "H16 gas water heater", "serial": "RH1626062609",
       "started": "2 days ago", "circumstances": NO, "wants": "a new heater, I don't want this one repaired again",
       "phone": "0574 8723 6619",
       "offer": ["the new heater yes, but I am not dropping the 1200 for the cabinet", "no, I want the cabinet paid"],
       "person": "yes, put me through to whoever can approve it", "other": "ok"},
      E("en", "Covered", "Replacement", True, "Urgent"),
      "RH1626062609: H16 sold 127 days ago (REMOTE Ningbo), LEAK part-replaced twice in warranty (83 and 32 days ago); "
      "leaking again -> Covered, repeat failure, Replacement first, Urgent. At the offer demands 1200 for the ruined "
      "cabinet: above the kitchen goodwill cap 100 (supervisor), insists -> escalated, priority Urgent.",
      {"serial": "RH1626062609", "start": 2, "fault": "LEAK", "wish": "new", "comp": 1200, "flow": "person", "hard": True,
       "theme": ["repeat", "comp_above"]},
      say=[("offer", "and the cabinet under it is ruined, the carpenter quoted 1200 yuan to replace it. I want that paid too, this is your heater's fault")]),

    S("power-surge-killed-heater-why-should-i-pay-e60",
      ["our E60 water heater has been completely dead for 6 days",
       "there was a power surge in the building that evening, the whole block tripped and when the power came back the heater didn't. the lift controller got fried as well",
       "it's under warranty. how much are you going to try and charge me? it's the grid's fault not mine"],
      {"done": "no", "confirm": "yes, dead since the surge", "product": "E60 electric water heater", "serial": "DE60K251124",
       "started": "6 days ago, the night of the surge",
       "circumstances": "the power surge, yes, that's what I said. otherwise nothing: nobody opened it, no water on it",
       "wants": "fix it", "phone": "135 8861 4473",
       "offer": ["so I pay because the power company messed up. brilliant. fine, go ahead", "ok"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60K251124: E60 sold 313 days ago (CITY), in warranty; NO_POWER since a power surge, said plainly -> VOLTAGE "
      "confirmed (CostFee) -> rule 8 CoveredWithFee, PaidRepair = cost fee 50 + part. Accepts grudgingly.",
      {"serial": "DE60K251124", "start": 6, "fault": "NO_POWER", "wish": "repair", "circ": ("VOLTAGE", "confirmed"),
       "hard": True, "theme": ["cost_shift", "grudging", "ask_cost_first"]}),

    S("licence-error-wont-pay-annual-maintenance-s8",
      ["Finance Suite 8 single user. Since last week it says the licence is invalid every time I open it",
       "I called and they said my service year is over and I need to pay the annual maintenance, 15% of the licence price, to get help.",
       "Seriously? It's YOUR licence check that's broken. Why should I pay a yearly fee for your bug"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 8 single-user", "serial": "FS8-2507-DYMT",
       "started": "8 days ago", "circumstances": "no. same PC, same everything, I didn't change anything",
       "wants": "fix the licence for free", "phone": "0571 8619 3352",
       "offer": ["no. I'm not paying 400 for a remote session for your own bug", "no"],
       "person": "yes. a person please", "other": "no"},
      E("en", "NotCovered", "RemoteSupport", True, "Normal"),
      "FS8-2507-DYMT: CW-S8 sold 419 days ago (CITY), service year over 54 days ago; LICENCE_ERROR for 8 days, after the "
      "expiry -> NotCovered, RemoteSupport at the fee (400; or the 15% annual maintenance). Refuses twice -> escalated, "
      "Normal.",
      {"serial": "FS8-2507-DYMT", "start": 8, "fault": "LICENCE_ERROR", "wish": "repair", "flow": "refuse2", "hard": True,
       "theme": ["annual_fee", "refuse", "oow_free"]}),

    S("one-remote-session-without-the-yearly-fee-n8",
      ["hello, our Finance 8 network edition - two of the three PCs in the office can't connect to the server since about 5 days",
       "I know our support year ran out a while ago. is there a way to pay for just one fix instead of the whole annual maintenance thing? how much is one remote session?"],
      {"done": "no, that's it", "confirm": "yes", "product": "Finance Suite 8 network edition", "serial": "FN8-2508-YWLD",
       "started": "5 days ago", "circumstances": "no, nothing changed. same server, same network, nobody touched the install",
       "wants": "get the clients connecting again", "phone": "0577 8845 2196",
       "offer": ["400 for one session. ok, that's still less than the yearly fee. go ahead", "ok"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2508-YWLD: CW-N8 sold 439 days ago (REMOTE Wenzhou), service year over 74 days ago; CONNECTION for 5 days -> "
      "NotCovered, RemoteSupport at the fee (400) rather than the annual maintenance. Accepts.",
      {"serial": "FN8-2508-YWLD", "start": 5, "fault": "CONNECTION", "wish": "repair",
       "theme": ["annual_fee", "grudging", "ask_cost_first"]}),

    S("does-support-cost-extra-report-totals-wrong-s9",
      ["Before I explain: does support cost extra, or is it included in the licence? The reseller said something about a maintenance fee",
       "We have Finance Suite 9, single user, bought about 4 months ago. Since 3 days ago the profit and loss report totals don't match the ledger"],
      {"done": "that's all", "confirm": "yes, P&L totals wrong", "product": "Finance Suite 9 single-user",
       "serial": "FS9-2606-UNCV", "started": "3 days ago", "circumstances": "no changes, no add-ons, same computer",
       "wants": "fix the report", "phone": "0571 6483 1175", "offer": ["yes please, remote is fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: CW-S9 sold 124 days ago (COUNTY Chun'an), in its service year; REPORT_WRONG for 3 days -> Covered, "
      "RemoteSupport first (free while labour is covered; the annual fee only starts after the first year).",
      {"serial": "FS9-2606-UNCV", "start": 3, "fault": "REPORT_WRONG", "wish": "repair", "theme": ["ask_cost_first"]}),

    S("return-colour-copier-and-delivery-charge-back-dc4525",
      ["We bought a DC-4525 colour copier 4 days ago and every colour copy has pink streaks down the side",
       "started the day after it was delivered. we want to send it back. and do we get the delivery charge back too, or is that lost?"],
      {"done": "no", "confirm": "correct", "product": "DC-4525 colour copier", "serial": "DC45252609875",
       "started": "3 days ago, the day after delivery", "circumstances": NO,
       "wants": "return it and get a refund", "phone": "0571 6497 1385", "offer": ["yes, refund please"], "person": "no",
       "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC45252609875: DC-4525 sold 4 days ago (COUNTY Tonglu); PRINT_QUALITY for 3 days; wants a refund inside 7 days -> "
      "Covered, Refund. The delivery-charge question is a question, not a wish.",
      {"serial": "DC45252609875", "start": 3, "fault": "PRINT_QUALITY", "wish": "refund", "theme": ["money_question"]}),

    S("new-inkjet-jams-swap-it-who-pays-postage-ij680",
      ["hi, IJ-680 inkjet, bought 12 days ago, it started jamming 9 days ago and now it's every second page",
       "I'd like a new one. do I have to pay the postage to send this one back?"],
      {"done": "no", "confirm": "yes", "product": "IJ-680 inkjet printer", "serial": "IJ6802610995",
       "started": "9 days ago", "circumstances": NO, "wants": "exchange it for a new one",
       "phone": "138 5716 4429", "offer": ["yes please, a new one"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (CITY); PAPER_JAM for 9 days; wants a new one inside 15 days -> Covered, "
      "Replacement.",
      {"serial": "IJ6802610995", "start": 9, "fault": "PAPER_JAM", "wish": "new", "theme": ["money_question"]}),

    S("paid-450-three-weeks-ago-same-fault-wants-it-back-zd630k",
      ["We paid your engineer 450 yuan about 3 weeks ago to fix our ZD-630K invoice printer because the print was missing lines.",
       "Since 4 days ago it's missing dots again, the invoice numbers are half unreadable. We put a new ribbon in, no difference.",
       "I want that 450 back and this done properly for free. You didn't fix it."],
      {"done": "no", "confirm": "yes, missing dots again", "product": "ZD-630K dot matrix printer", "serial": "ZD630K240866",
       "started": "4 days ago", "circumstances": "no. nobody opened it, only your engineer. no drops, no power trouble",
       "wants": "fix it properly this time, without charging us again", "phone": "0574 8653 1279",
       "offer": ["no, not without the 450 back. I want someone who can decide that", "no"],
       "person": "yes please", "other": "no"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "ZD630K240866: ZD-630K sold 760 days ago (REMOTE Ningbo), expired 395 days ago; a PAID repair (PRINT_QUALITY, not "
      "under warranty) 23 days ago; the fault is back (a new ribbon did not help, so no consumable) -> NotCovered, "
      "PaidRepair (a paid repair does not count as a repeat). Wants the earlier 450 back (above the 200 cap, a "
      "supervisor) and insists -> escalated, Normal.",
      {"serial": "ZD630K240866", "start": 4, "fault": "PRINT_QUALITY", "wish": "repair", "flow": "person", "comp": 450,
       "hard": True, "theme": ["fee_refund", "notrepeat", "oow_free"]},
      say=[("offer", "and the 450 we paid last time for a repair that didn't hold - I want that refunded first")]),

    S("emergency-callout-price-gas-smell-q7",
      ["how much does an emergency call-out cost? there's a smell of gas around the right hand knob of our Q7 since this morning",
       "I turned the gas off at the valve and opened the windows, nobody's using it"],
      {"done": "no", "confirm": "yes, gas smell at the right knob", "product": "Q7 glass gas stove",
       "serial": "JQ726097800", "started": "this morning", "circumstances": NO,
       "wants": "someone to check it today", "phone": "152 6718 3394", "offer": ["yes"], "person": "yes please",
       "other": "ok"},
      E("en", None, None, True, "Safety"),
      "JQ726097800: Q7; a gas smell at a knob (GAS_SMELL) -> safety: no verdict, escalated, priority Safety, whatever the "
      "price question.",
      {"serial": "JQ726097800", "start": 0, "fault": "GAS_SMELL", "safety": True, "theme": ["safety", "ask_cost_first"]}),

    S("scorched-socket-will-i-pay-the-electrician-e60",
      ["the wall socket our E60 heater is plugged into has gone brown and scorched and there's a burning plastic smell",
       "I've switched it off at the fuse box. if it's the heater, am I going to be charged for the electrician as well?"],
      {"done": "no", "confirm": "yes", "product": "E60 water heater", "serial": "DE60E260837",
       "started": "this evening", "circumstances": NO, "wants": "someone to look at it safely",
       "phone": "177 5812 6643", "offer": ["ok"], "person": "yes", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "DE60E260837: E60; a scorched socket and a burning smell -> safety: no verdict, escalated, priority Safety.",
      {"serial": "DE60E260837", "start": 0, "fault": "BURNT", "safety": True, "theme": ["safety", "money_question"]}),

    S("started-before-the-year-was-up-so-free-q5",
      ["hi my Q5 hob won't light on the big burner",
       "I know it's just over a year old now. BUT it started about a month ago, I just didn't get round to calling. that was still inside the year, so it should be free, shouldn't it?"],
      {"done": "no", "confirm": "yes, big burner won't light, for about a month", "product": "Q5 gas hob",
       "serial": "JQ525089628", "started": "about a month ago, before the year ran out",
       "circumstances": NO, "wants": "free repair, as it started in warranty", "phone": "0571 8652 7731",
       "offer": ["ok"], "person": "yes, if that's what it takes", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "JQ525089628: Q5 sold 388 days ago (CITY), warranty over 23 days ago; NO_IGNITION said to have started about a month "
      "ago, i.e. before the expiry -> rule 3: NeedsReview, escalated Normal (no offer).",
      {"serial": "JQ525089628", "start": 30, "fault": "NO_IGNITION", "wish": "repair", "hard": True,
       "theme": ["oow_free", "review"]}),

    S("if-nothing-is-found-do-i-pay-the-callout-t9",
      ["quick one: if your engineer comes all the way out to Fuyang and can't hear the noise, do I still pay the 60 call-out?",
       "our T9 hood rattles on high speed, for about a week, but not always"],
      {"done": "that's it", "confirm": "yes", "product": "T9 range hood", "serial": "YT926028831", "started": "about a week ago",
       "circumstances": NO, "wants": "have it looked at", "phone": "0571 6398 4417",
       "offer": ["ok good, book it then"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926028831: T9 sold 212 days ago (COUNTY Fuyang), in warranty; NOISE for 7 days -> Covered, FreeRepair (the call-out "
      "follows labour: free while labour is covered).",
      {"serial": "YT926028831", "start": 7, "fault": "NOISE", "wish": "repair", "theme": ["visit_fee"]}),

    S("copier-error-print-shop-bill-150-dc3020",
      ["Our DC-3020 shows error C2557 and stops every morning since 6 days ago, we have to switch it off and on 3 or 4 times",
       "it's about a month and a half old"],
      {"done": "no", "confirm": "yes, error C2557", "product": "DC-3020", "serial": "DC30202608455", "started": "6 days ago",
       "circumstances": NO, "wants": "repair", "phone": "0571 6387 2254",
       "offer": ["ok, repair it please, thanks", "ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202608455: DC-3020 sold 48 days ago (COUNTY Fuyang), in warranty; ERROR_CODE for 6 days -> Covered, FreeRepair. "
      "At the offer asks 150 for a print-shop bill (within the office goodwill cap 200); accepts the repair.",
      {"serial": "DC30202608455", "start": 6, "fault": "ERROR_CODE", "wish": "repair", "comp": 150,
       "theme": ["comp_within"]},
      say=[("offer", "also we had to pay a print shop 150 yuan to do our brochures while it was playing up. can you cover that?")]),

    S("barely-a-year-and-a-half-make-it-free-lp2200",
      ["my LP-2200 printer won't turn on at all since 3 days ago",
       "it's only about a year and a half old. can't you just fix it for free as a gesture? it's hardly old"],
      {"done": "no", "confirm": "yes, dead", "product": "LP-2200 laser printer", "serial": "LP22LF250298",
       "started": "3 days ago", "circumstances": NO, "wants": "free repair", "phone": "0571 8713 6652",
       "offer": ["sigh. ok then, go ahead with the paid repair", "ok"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "LP22LF250298: LP-2200 sold 584 days ago (CITY), expired 219 days ago; NO_POWER for 3 days -> NotCovered, "
      "PaidRepair = labour 150 + part (city call-out 0). Wants it free as a gesture; accepts grudgingly.",
      {"serial": "LP22LF250298", "start": 3, "fault": "NO_POWER", "wish": "repair", "theme": ["oow_free", "grudging"]}),
]
