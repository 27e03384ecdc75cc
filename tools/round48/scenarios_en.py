"""Round 48, English: corrections and second thoughts late in the flow. Customers who get a fact wrong and put it right
later: at the restatement (the wrong machine, the wrong week), at the phone question (the serial they gave was the
other heater's / the receipt number), at the offer (a brother-in-law who opened it, a fall they forgot, the purchase was
only days ago so they want their money back), a phone number fixed, a symptom added late, a circumstance taken back;
and some who sound as if they correct something but do not ("no no, that's right"). meta: the facts check.py recomputes
the expectation from, AS FINALLY CORRECTED (start = days before the reference date; day of sale from purchases.json).
meta.said_starts = start values said before the correction; meta.said_wish = the wish before a change; meta.wrong_serial
= a real record of the same household named first and then corrected; meta.fake = a 'correction' that changes nothing."""
from common import S, E

EN = [
    S("grinding-noise-not-the-hob-the-hood-above-it-t9",
      ["hi there",
       "the stove thing in my kitchen makes this awful grinding noise since a few days, my wife cant stand it",
       "we got it not even two weeks ago which makes it worse tbh"],
      {"done": "nope thats everything", "confirm": "yes thats right now", "product": "the T9 extractor hood",
       "serial": "YT926090053", "started": "4 or 5 days ago", "circumstances": "no none of that, its just hanging on the wall doing its job",
       "wants": "get someone to fix it", "phone": "137 5864 1293",
       "offer": ["yes please book that"], "person": "no need", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926090053: CXW-T9 sold 11 days ago (CITY). The story says 'the stove thing'; at the restatement the customer "
      "corrects it to the hood above the hob (say at confirm). NOISE since ~5 days, no circumstance, wish repair -> day 11 "
      "is in the exchange window but a repair was asked -> Covered, FreeRepair.",
      {"serial": "YT926090053", "start": 5, "fault": "NOISE", "wish": "repair", "theme": ["restate_fix"]},
      say=[("confirm", "no wait, not the hob. the hob is fine, its the extractor hood ABOVE it thats grinding")]),

    S("copier-streaks-not-last-week-three-weeks-dc3020",
      ["Good afternoon. Our DC-3020 copier at the branch office is putting a grey streak down the left side of every copy",
       "It started last week I think. We've wiped the glass, no change."],
      {"done": "No, that's all.", "confirm": "Yes, correct now.", "product": "DC-3020 copier",
       "serial": "DC30202608455", "started": "about three weeks ago", "circumstances": "No. Nobody has moved it or opened it, nothing spilled, power is fine.",
       "wants": "A technician to repair it please", "phone": "0571 8835 6142",
       "offer": ["Yes, that works for us."], "person": "Not needed.", "other": "OK"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202608455: DC-3020 sold 48 days ago (COUNTY, Fuyang), 317 days left. Story says 'last week', corrected at the "
      "restatement to about three weeks (a colleague remembered); both inside the warranty and after the sale, so the outcome "
      "does not change. PRINT_QUALITY (streak; cleaning the glass is a harmless check), wish repair -> Covered, FreeRepair.",
      {"serial": "DC30202608455", "start": 21, "said_starts": [7], "fault": "PRINT_QUALITY", "wish": "repair",
       "theme": ["restate_fix", "date_fix"]},
      say=[("confirm", "Actually sorry, correction: my colleague says it's been more like three weeks, not last week. Otherwise yes.")]),

    S("heater-upstairs-cold-gave-the-wrong-heaters-number-e60",
      ["hey, the water heater in our upstairs bathroom only gives lukewarm water now, even after its been on all night",
       "indicator light is on, thermostat turned to max, still just tepid"],
      {"done": "no that's it", "confirm": "yep", "product": "the water heater",
       "serial": "RH1626086062", "started": "roughly a week ago", "circumstances": "no, nothing like that, no power cuts either",
       "wants": "repair it", "phone": "186 5718 4436",
       "offer": ["ok great, yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "The customer first reads out RH1626086062, the household's H16 gas heater in the kitchen (sold 57 days ago), then "
      "at the phone question corrects it: the broken one is the electric tank upstairs, DE60K251124 (DSZ-E60 sold 313 days "
      "ago, CITY, 52 days left). Decided on DE60K251124: NO_HOT_WATER, no circumstance -> Covered, FreeRepair.",
      {"serial": "DE60K251124", "wrong_serial": "RH1626086062", "start": 7, "fault": "NO_HOT_WATER", "wish": "repair",
       "theme": ["serial_fix_late"]},
      say=[("phone", "oh god sorry before that - the serial i gave you is off the gas heater in the kitchen, wrong one. "
                     "the broken one is the electric tank upstairs, DE60K251124. its a DSZ-E60")], hard=True),

    S("hob-wont-light-gave-receipt-number-not-serial-q5",
      ["Right burner on my gas hob just clicks and clicks and never catches",
       "left one works fine. been like this a few days, cooking on one burner is a pain"],
      {"done": "that's all", "confirm": "yes", "product": "Q5 gas hob",
       "serial": "HS-339715", "started": "3 days ago", "circumstances": "no, none of that",
       "wants": "repair please", "phone": "159 6713 2284",
       "offer": ["sounds good, yes"], "person": "no thanks", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "HS-339715 is the order number of JQ526067582 (JZT-Q5, sold 58 days ago, COUNTY Lin'an, 307 days left). At the phone "
      "question the customer says the number was off the receipt and reads the serial JQ526067582 from the sticker: the "
      "same record, so nothing changes. NO_IGNITION, no circumstance -> Covered, FreeRepair.",
      {"serial": "JQ526067582", "start": 3, "fault": "NO_IGNITION", "wish": "repair", "theme": ["serial_fix_late", "fake_fix"]},
      say=[("phone", "sorry, that number I gave you earlier was off the receipt not the hob. The sticker underneath says JQ526067582")]),

    S("printer-jams-forgot-brother-in-law-had-the-cover-off-lp2200",
      ["Hello, my LP-2200 laser printer has been jamming constantly for about a week",
       "every 3rd or 4th page crumples up inside. Its in my home office"],
      {"done": "no", "confirm": "yes that's right", "product": "LP-2200 printer",
       "serial": "LP22HU251211", "started": "about a week ago", "circumstances": "no, I don't think so",
       "wants": "I'd like it repaired", "phone": "138 6627 4190",
       "offer": ["ok fair enough, go ahead with that", "yes ok, book it"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "LP22HU251211: LP-2200 sold 277 days ago (CITY), 88 days left. Denied circumstances at first; at the offer the "
      "customer remembers that the brother-in-law took the back cover off and pulled bits out before the call -> DISASSEMBLY "
      "confirmed (CostFee) -> CoveredWithFee, PaidRepair (cost fee), accepted.",
      {"serial": "LP22HU251211", "start": 7, "fault": "PAPER_JAM", "wish": "repair", "circ": ("DISASSEMBLY", "confirmed"),
       "theme": ["offer_fact", "cost_shift"]},
      say=[("offer", "hmm before I say yes, I should be honest, I forgot to mention - my brother-in-law took the back cover "
                     "off and had a go at it with a screwdriver before I called you. He's not one of your people obviously. Does that change things?")],
      hard=True),

    S("new-copier-jams-thought-we-had-it-a-month-only-days-want-return-dc4525",
      ["hi we have a DC-4525 copier in the office, had it maybe a month or so",
       "since the day before yesterday it jams on almost every job, paper gets chewed at the tray"],
      {"done": "no that's everything", "confirm": "yes", "product": "DC-4525",
       "serial": "DC45252609875", "started": "the day before yesterday", "circumstances": "no, nobody touched it, it sits in the corner",
       "wants": "just repair it I guess", "phone": "135 7191 6358",
       "offer": ["yes, the refund please", "yes refund, thanks"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC45252609875: DC-4525 sold 4 days ago (COUNTY, Tonglu). The customer thought they had it 'a month or so' and asked "
      "for a repair; at the offer they check the invoice, see it was bought only days ago, and want to return it -> the "
      "corrected wish (refund) on day 4 is within the 7-day return window for a performance fault (PAPER_JAM) -> Covered, Refund.",
      {"serial": "DC45252609875", "start": 2, "fault": "PAPER_JAM", "wish": "refund", "said_wish": "repair",
       "theme": ["offer_wish"]},
      say=[("offer", "wait. I just dug out the invoice and we bought it only 4 days ago, not a month, my manager ordered it. "
                     "If its that new I'd rather send it back and get the money refunded, can we do that instead?")], hard=True),

    S("finance9-balance-sheet-off-no-no-thats-right-s9",
      ["Morning. Finance Suite 9 single user here",
       "the balance sheet wont balance since I posted last month's vouchers, off by a few hundred, trial balance looks ok though"],
      {"done": "No, that's it", "confirm": "yes that's right", "product": "Finance Suite 9 single-user",
       "serial": "FS9-2606-UNCV", "started": "about a week and a half ago", "circumstances": "no, I haven't changed anything, no add-ons, no power cut while posting",
       "wants": "help fixing it", "phone": "139 4516 7782",
       "offer": ["Yes please, remote is fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: CW-S9 sold 124 days ago (COUNTY), 241 days left. At the restatement the customer starts as if to "
      "correct it ('no no...') and then agrees: nothing changes. REPORT_WRONG, no circumstance -> Covered, RemoteSupport "
      "first (software line).",
      {"serial": "FS9-2606-UNCV", "start": 10, "fault": "REPORT_WRONG", "wish": "repair", "theme": ["fake_fix"], "fake": True},
      say=[("confirm", "no no- sorry, I misread. That's right, yes.")]),

    S("inkjet-double-feeds-phone-number-typo-fixed-ij680",
      ["my new inkjet keeps pulling 2 sheets at once and then jamming, drives me mad",
       "bought it under 2 weeks ago. I want a new one honestly, not a repair on something this new"],
      {"done": "no that's everything", "confirm": "yes", "product": "IJ-680 inkjet",
       "serial": "IJ6802610995", "started": "since the first few days, about a week",
       "circumstances": "no. used normal paper from the shop, nothing spilled, never opened",
       "wants": "replace it with a new one", "phone": "133 8617 5492 - no sorry typo, 133 8617 5429",
       "offer": ["yes, a replacement, thank you"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (CITY), inside the 15-day exchange window (3 days from the edge). PAPER_JAM "
      "(double feed, not the ink), wish a new one -> Covered, Replacement. The phone number is corrected in the same message.",
      {"serial": "IJ6802610995", "start": 7, "fault": "PAPER_JAM", "wish": "new", "theme": ["phone_fix"]}),

    S("gas-heater-goes-cold-forgot-the-error-code-h16",
      ["hi our gas water heater cuts out after a minute of showering, water goes cold",
       "then if i turn the tap off and on it lights again for a bit"],
      {"done": "nah thats it", "confirm": "yes", "product": "H16 gas water heater",
       "serial": "RH1626078391", "started": "five or six days ago", "circumstances": "no",
       "wants": "fix it", "phone": "150 6648 1937",
       "offer": ["yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626078391: JSQ-H16 sold 80 days ago (CITY), parts 651 / labour 285 days left. NO_HOT_WATER; at the phone question "
      "the customer adds that the panel also flashes E1 when it goes cold (a late symptom, an error code, not a hazard) -> "
      "Covered, FreeRepair.",
      {"serial": "RH1626078391", "start": 6, "fault": "NO_HOT_WATER", "wish": "repair", "added": "ERROR_CODE",
       "theme": ["late_symptom"]},
      say=[("phone", "oh and i forgot, when it goes cold the little screen flashes E1. sorry should have said that first")]),

    S("dotmatrix-skips-lines-then-mentions-burning-smell-zd630k",
      ["Hello, our ZD-630K dot matrix in the warehouse is skipping lines on the delivery notes",
       "every few lines it just feeds blank paper then carries on. New ribbon didnt help"],
      {"done": "no", "confirm": "yes", "product": "ZD-630K", "serial": "ZD630K260738",
       "started": "about 10 days ago", "circumstances": "no, no drops, no spills, nobody opened it",
       "wants": "get it repaired", "phone": "189 0572 3346",
       "offer": ["ok", "ok"], "person": "yes please", "other": "ok"},
      E("en", "Covered", "FreeRepair", True, "Safety"),
      "ZD630K260738: ZD-630K sold 108 days ago (CITY), 257 days left. PRINT_QUALITY (skipping lines; a new ribbon tried, not "
      "a consumable claim), no circumstance -> Covered, FreeRepair offered; at the offer the customer adds that it smelled of "
      "burning yesterday -> the verdict and the first offer stand, escalated with priority Safety (late hazard).",
      {"serial": "ZD630K260738", "start": 10, "fault": "PRINT_QUALITY", "wish": "repair", "late_safety": True,
       "added": "BURNT", "theme": ["late_symptom"]},
      say=[("offer", "one more thing i should have said: yesterday there was a burning smell coming from the back of it "
                     "for a minute. we unplugged it. is that dangerous?")], hard=True),

    S("hood-weak-not-three-months-since-last-week-t9",
      ["my cooker hood barely sucks anything anymore, the kitchen fills with smoke when we fry",
       "its been going on for about three months i guess"],
      {"done": "no that's all", "confirm": "yes, that's it now", "product": "T9 range hood",
       "serial": "YT925093079", "started": "last week, 10 days ago maybe",
       "circumstances": "no, nobody opened it or anything",
       "wants": "get it working again", "phone": "136 5812 7743",
       "offer": ["fine, if that's the fee then go ahead", "ok yes"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT925093079: CXW-T9 sold 432 days ago (COUNTY, Tonglu), warranty ended 67 days ago. The story says 'about three "
      "months' (which would put the start inside the warranty: rule 3, review); at the restatement the customer corrects it: "
      "the three months was the filter cleaning, the weak suction only since last week (~10 days) -> expired, rule 4 -> "
      "NotCovered, PaidRepair, accepted. The correction changes the outcome on purpose.",
      {"serial": "YT925093079", "start": 10, "said_starts": [90], "changes": True, "fault": "WEAK_SUCTION", "wish": "repair",
       "theme": ["restate_fix", "date_fix"]},
      say=[("confirm", "no hang on, I mixed that up. three months ago is when I last cleaned the filters. "
                       "the suction went weak only last week, about 10 days ago")], hard=True),

    S("printer-jammed-twice-repaired-actually-want-money-back-lp2200",
      ["this LP-2200 is jamming AGAIN. your technician has been out twice already for exactly this",
       "fix it again i suppose"],
      {"done": "nothing else", "confirm": "yes", "product": "LP-2200", "serial": "LP22WW260485",
       "started": "four days ago", "circumstances": "no, only your engineers have touched it",
       "wants": "my money back", "phone": "158 6934 7712",
       "offer": ["yes, refund it please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Urgent"),
      "LP22WW260485: LP-2200 sold 140 days ago (CITY), 225 days left; PAPER_JAM part replaced twice under warranty "
      "(repairs.json) -> repeat failure. The story says 'fix it again'; at the restatement the customer changes the wish to "
      "a refund -> Covered, Refund first, Urgent.",
      {"serial": "LP22WW260485", "start": 4, "fault": "PAPER_JAM", "wish": "refund", "said_wish": "repair",
       "theme": ["restate_fix", "repeat"]},
      say=[("confirm", "yes but no actually, scratch the 'fix it again' part. third time? I want a refund, I'm done with this printer")], hard=True),

    S("copier-error-said-it-got-wet-mixed-up-machines-dc4525",
      ["hello, our DC-4525 shows an error code and refuses to copy. code is SC-542",
       "power cycling doesn't clear it"],
      {"done": "no", "confirm": "yes", "product": "DC-4525 copier", "serial": "DC45252512510",
       "started": "yesterday morning", "circumstances": "yes, I think water got on it, the office had a leak",
       "wants": "repair", "phone": "131 5729 6684",
       "offer": ["ok, go ahead"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC45252512510: DC-4525 sold 251 days ago (COUNTY, Fuyang), 114 days left. ERROR_CODE SC-542. At the circumstances "
      "question the customer says water got on it, then at the phone question takes it back: the roof leak was over the "
      "other copier on the second floor, this one never got wet -> no circumstance -> Covered, FreeRepair.",
      {"serial": "DC45252512510", "start": 1, "fault": "ERROR_CODE", "wish": "repair", "retracted": "USER_DAMAGE",
       "theme": ["retract"]},
      say=[("phone", "sorry, correction on the water thing - I checked with facilities, the leak was over the OTHER copier "
                     "upstairs. this one was never wet, it's in a dry room. forget I said that")], hard=True),

    S("licence-error-again-wait-no-thats-right-n8",
      ["Our Finance 8 network edition says the licence is invalid when the clients log in",
       "this happened once before and your guy fixed it remotely. back again"],
      {"done": "That's all", "confirm": "yes", "product": "Finance Suite 8 network", "serial": "FN8-2606-LNDV",
       "started": "since this morning", "circumstances": "No, nobody modified anything",
       "wants": "sort it out please", "phone": "137 3658 9021",
       "offer": ["yes, go ahead with the remote session", "yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN8-2606-LNDV: CW-N8 sold 89 days ago (CITY), 276 days left; one LICENCE_ERROR repair under warranty (ours) - not "
      "two, so no repeat. At the offer the customer says 'wait...' and then 'no, that's right' (no correction) -> Covered, "
      "RemoteSupport.",
      {"serial": "FN8-2606-LNDV", "start": 0, "fault": "LICENCE_ERROR", "wish": "repair", "fake": True,
       "theme": ["fake_fix", "notrepeat"]},
      say=[("offer", "wait wait, was it- no, sorry, you're right, it was only once before. carry on")]),

    S("office-copier-no-the-printer-i-always-mix-them-lp2200",
      ["Hi, the copier in our little office keeps jamming, every few sheets",
       "we've pulled the paper out and fanned it, same thing"],
      {"done": "No", "confirm": "Yes that's right", "product": "LP-2200 laser printer",
       "serial": "LP22DF251194", "started": "about a week", "circumstances": "No nothing like that",
       "wants": "fix it", "phone": "152 6831 4479",
       "offer": ["great, thanks"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "LP22DF251194: LP-2200 sold 322 days ago (CITY), 43 days left. The story says 'the copier'; at the restatement the "
      "customer corrects it to the LP-2200 printer (the copier is fine). PAPER_JAM (clearing paper is harmless), no "
      "circumstance -> Covered, FreeRepair.",
      {"serial": "LP22DF251194", "start": 7, "fault": "PAPER_JAM", "wish": "repair", "theme": ["restate_fix"]},
      say=[("confirm", "ugh no sorry I said copier, I always call it that. It's the printer, the LP-2200 laser one. The copier's fine")],
      hard=True),

    S("q7-wont-light-said-wrong-week-at-phone-q7",
      ["my glass top stove won't light on the big burner, just the clicking",
       "your technician came for this same thing about a month ago and it was fine for a while"],
      {"done": "that's it", "confirm": "yes", "product": "Q7 gas stove", "serial": "JQ726093781",
       "started": "last weekend", "circumstances": "no, no one touched it except your technician",
       "wants": "fix it properly this time", "phone": "139 5821 6640",
       "offer": ["yes ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: JZT-Q7 sold 63 days ago (CITY), 302 days left; one NO_IGNITION repair under warranty (ours) - one, not "
      "two, so no repeat. The customer says 'last weekend' and corrects it at the phone question to about two weeks; both "
      "well inside the warranty -> Covered, FreeRepair.",
      {"serial": "JQ726093781", "start": 14, "said_starts": [5], "fault": "NO_IGNITION", "wish": "repair",
       "theme": ["date_fix", "notrepeat"]},
      say=[("phone", "before the number - I told you last weekend but my husband says it started the weekend before, so two weeks. sorry")], hard=True),

    S("accounts-software-expired-not-two-months-only-last-week-s8",
      ["Hi, Finance Suite 8 single user, month end reports come out with the wrong totals",
       "I think it's been like this for two months"],
      {"done": "nope", "confirm": "yes correct", "product": "Finance Suite 8 single-user", "serial": "FS8-2507-QEKT",
       "started": "last week", "circumstances": "No. Nothing edited outside the program, no add-ons",
       "wants": "get it fixed", "phone": "138 5716 2293",
       "offer": ["ok, I'll pay the fee, go ahead", "ok"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FS8-2507-QEKT: CW-S8 sold 411 days ago (CITY), service year ended 46 days ago. Story: 'two months' (would be before "
      "the expiry -> rule 3 review); at the restatement corrected: two months ago was when the previous accountant left; the "
      "totals went wrong only last week -> expired, rule 4 -> NotCovered, RemoteSupport at the fee, accepted. The "
      "correction changes the outcome on purpose.",
      {"serial": "FS8-2507-QEKT", "start": 7, "said_starts": [60], "changes": True, "fault": "REPORT_WRONG", "wish": "repair",
       "theme": ["restate_fix", "date_fix"]}, 
      say=[("confirm", "Not quite - the two months is how long I've been doing the books here. The wrong totals started just "
                       "last week, the reports were fine before that")], hard=True),

    S("dotmatrix-faint-forgot-it-fell-off-the-trolley-zd630k",
      ["hi, our ZD-630K prints really faint on the right half of the page",
       "left half is fine. we use it for invoices so its a problem"],
      {"done": "no", "confirm": "yes", "product": "ZD-630K dot matrix printer", "serial": "ZD630K260195",
       "started": "about 5 days ago", "circumstances": "no I don't think so",
       "wants": "repair", "phone": "156 5873 1149",
       "offer": ["ok, understood, please go ahead", "fine, yes"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "ZD630K260195: ZD-630K sold 218 days ago (COUNTY, Chun'an), 147 days left. PRINT_QUALITY; denied circumstances at "
      "first, then at the offer remembers the printer fell off a trolley when the office was rearranged just before the "
      "fault -> USER_DAMAGE confirmed (CostFee) -> CoveredWithFee, PaidRepair, accepted.",
      {"serial": "ZD630K260195", "start": 5, "fault": "PRINT_QUALITY", "wish": "repair", "circ": ("USER_DAMAGE", "confirmed"),
       "theme": ["offer_fact", "cost_shift"]},
      say=[("offer", "oh wait, I completely forgot. it fell off the trolley when we were moving desks around, right before "
                     "it started printing faint. we dropped it, my fault. sorry, should I have said")]),

    S("hob-igniter-twice-not-once-want-a-new-one-q5",
      ["Gas hob not lighting AGAIN", "your repair guy has been for this before, it keeps coming back. I want a new hob"],
      {"done": "no", "confirm": "yes now it's right", "product": "Q5 gas hob", "serial": "JQ526062448",
       "started": "two days ago", "circumstances": "no, only your people have worked on it",
       "wants": "a new hob", "phone": "177 5846 3921",
       "offer": ["yes a replacement please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "JQ526062448: JZT-Q5 sold 152 days ago (CITY), 213 days left; NO_IGNITION repaired twice under warranty "
      "(repairs.json) -> repeat failure. If the restatement says 'once', the customer corrects it to twice (the record "
      "decides anyway). Wish a new hob -> Covered, Replacement first, Urgent.",
      {"serial": "JQ526062448", "start": 2, "fault": "NO_IGNITION", "wish": "new", "theme": ["restate_fix", "repeat"]},
      say=[("confirm", "TWICE. not once, twice he's been out for it. and now its dead again. so yes otherwise right")]),

    S("copier-jam-sorry-sorry-the-phone-is-right-dc3020",
      ["hello our DC-3020 jams in the duplex unit, double sided jobs always fail",
       "single sided is ok. had a jam fixed by you guys months ago, different spot though"],
      {"done": "no that's everything", "confirm": "yes", "product": "DC-3020", "serial": "DC30202511389",
       "started": "about 2 weeks", "circumstances": "no, nothing like that",
       "wants": "repair", "phone": "135 8867 1042",
       "offer": ["yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202511389: DC-3020 sold 289 days ago (CITY), 76 days left; earlier PAPER_JAM once and ERROR_CODE once under "
      "warranty (ours): one jam repair, not two -> no repeat. At the offer the customer thinks they typed the phone wrong, "
      "checks, and it was right (no correction) -> Covered, FreeRepair.",
      {"serial": "DC30202511389", "start": 14, "fault": "PAPER_JAM", "wish": "repair", "fake": True,
       "theme": ["fake_fix", "notrepeat"]},
      say=[("offer", "sorry sorry, did I give the wrong phone number? ...no, checked, it's right. carry on")]),
]
