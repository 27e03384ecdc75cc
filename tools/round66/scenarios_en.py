"""Round 66, English: everything at once. Customers who put every fact into the first message or two (model, serial,
when bought, what happened, what they want), as a pasted form with labels, a forwarded e-mail, one long paragraph or two
quick messages, and then answer the bot's confirmations in a word or two. A mix of in-warranty, window, expired, excluded
and repeat-failure cases. meta: the facts check.py recomputes the expectation from (start = days before the reference
date; bought = the purchase age the customer's words give, in days; day of sale from purchases.json)."""
from common import S, E

EN = [
    S("pasted-shop-email-q5-right-burner-clicks-out-of-warranty",
      ["Hi, pasting what I sent the shop last week since they never replied:\n\n"
       "Product: gas hob JZT-Q5\n"
       "Serial No: JQ525027432\n"
       "Purchased: about a year and a half ago (Jiande)\n"
       "Fault: right-hand burner clicks but never lights, left one is fine. Started roughly 2 weeks ago\n"
       "Request: send someone to repair it. I know it's prob out of warranty, ok to pay a normal fee"],
      {"done": "no that's all", "confirm": "yes", "product": "the Q5 gas hob", "serial": "JQ525027432",
       "started": "about 2 weeks ago", "circumstances": "no nothing like that", "wants": "repair it, I'll pay",
       "phone": "139 5718 4462", "offer": ["ok that's fine, go ahead"], "person": "no need", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "JQ525027432: JZT-Q5 sold 573 days ago (COUNTY, Jiande), expired 208 days ago; NO_IGNITION since ~14 days, well "
      "after the expiry; no circumstance -> rule 4 NotCovered, PaidRepair (labour + igniter + county visit).",
      {"serial": "JQ525027432", "start": 14, "fault": "NO_IGNITION", "wish": "repair", "bought": 548,
       "theme": ["form", "expired"]}),

    S("brand-new-q5-flame-dies-just-want-refund-tonglu",
      ["hello so we bought a Q5 built in gas hob 3 days ago from the store in Tonglu, your installer fitted it the same "
       "afternoon, serial on the box is JQ526104608, and since yesterday the left burner keeps going out by itself a "
       "few seconds after I let go of the knob, tried it like 10 times, the right one is fine. we havent cooked a single "
       "proper meal on it. I'd rather just return it and get a refund than have it repaired, its brand new"],
      {"done": "no", "confirm": "yes", "product": "Q5 hob", "serial": "JQ526104608", "started": "yesterday",
       "circumstances": "no, your guy installed it and we've barely used it", "wants": "refund",
       "phone": "136 5718 8843", "offer": ["yes please refund"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "JQ526104608: JZT-Q5 sold 3 days ago (COUNTY, Tonglu), inside the 7-day return window; FLAME_GOES_OUT since "
      "yesterday, a refund asked, installed by our installer -> Covered, Refund.",
      {"serial": "JQ526104608", "start": 1, "fault": "FLAME_GOES_OUT", "wish": "refund", "bought": 3,
       "theme": ["paragraph", "window"]}),

    S("dash-form-q7-flame-dies-igniter-fixed-last-month",
      ["Product - Q7 glass top gas stove\n"
       "S/N - JQ726093781\n"
       "Bought - ~2 months back, Binjiang\n"
       "Previous service - your tech sorted the igniter about a month ago, that part still works\n"
       "Current issue - flame dies the second I let go of the knob, both burners, since about 5 days\n"
       "Dropped / spills / DIY - none\n"
       "What I need - repair visit please"],
      {"done": "nope", "confirm": "yep", "product": "the Q7 stove", "serial": "JQ726093781",
       "started": "about 5 days ago", "circumstances": "none, like I said", "wants": "repair",
       "phone": "158 6723 9041", "offer": ["yes book it"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: JZT-Q7 sold 63 days ago (CITY, Binjiang), 302 days of cover left; one NO_IGNITION repair 31 days "
      "ago (ours); now FLAME_GOES_OUT, a different fault, not a repeat. The 'Dropped / spills / DIY - none' line is a "
      "denial -> Covered, FreeRepair.",
      {"serial": "JQ726093781", "start": 5, "fault": "FLAME_GOES_OUT", "wish": "repair", "bought": 61,
       "neg_label": True, "theme": ["form", "notrepeat", "in_warranty"]}, hard=True),

    S("h16-ten-days-old-goes-cold-after-a-minute-swap-it",
      ["Hi there, got a problem with a brand new gas water heater, H16, we bought it 10 days ago, we're in Shaoxing",
       "serial RH1626102352. Since about 4 days ago the hot water only lasts a minute and then goes cold, the burner "
       "cuts out even with the tap wide open. We'd like it swapped for a new unit please, not patched up"],
      {"done": "No, thanks", "confirm": "Yes", "product": "H16 gas water heater", "serial": "RH1626102352",
       "started": "4 days ago", "circumstances": "No, nothing like that", "wants": "a new unit",
       "phone": "187 5523 6190", "offer": ["Yes, please arrange the exchange"], "person": "No", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "RH1626102352: JSQ-H16 sold 10 days ago (REMOTE, Shaoxing), inside the 15-day exchange window; NO_HOT_WATER since "
      "~4 days, a new unit asked -> Covered, Replacement.",
      {"serial": "RH1626102352", "start": 4, "fault": "NO_HOT_WATER", "wish": "new", "bought": 10,
       "theme": ["two_msgs", "window"]}),

    S("email-e60-dripping-under-tank-puddle-every-morning",
      ["Subject: Warranty repair request - electric water heater\n\n"
       "Hello,\n\n"
       "I'm writing about our DSZ-E60 electric water heater, serial number DE60K251124, bought about ten months ago and "
       "installed in our flat in Shangcheng. For roughly a week now water has been dripping steadily from underneath "
       "the tank, there's a puddle on the floor every morning. It hasn't been knocked or moved and nobody has opened it.\n\n"
       "I'd like a technician to come and repair it under the warranty.\n\n"
       "Thanks,\nHelen"],
      {"done": "No, that's everything.", "confirm": "Yes, correct.", "product": "DSZ-E60 water heater",
       "serial": "DE60K251124", "started": "About a week ago.", "circumstances": "No, none of those.",
       "wants": "A repair under warranty.", "phone": "135 6677 1893", "offer": ["Yes, please book it."],
       "person": "No, thank you.", "other": "OK."},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DE60K251124: DSZ-E60 sold 313 days ago (CITY, Shangcheng), 52 days of cover left; LEAK since ~7 days; knocks and "
      "opening denied -> Covered, FreeRepair.",
      {"serial": "DE60K251124", "start": 7, "fault": "LEAK", "wish": "repair", "bought": 304,
       "theme": ["email", "in_warranty"]}, locale="en-GB"),

    S("t9-humming-back-after-two-rebalances-bring-new-hood",
      ["right so this is the T9 range hood again, serial YT926063911, bought about four months ago in Fuyang. the loud "
       "humming/droning from the fan is BACK since 3 days ago. your engineers already came out twice for exactly this "
       "(once about 12 weeks ago, then again a month ago) and each time 'rebalanced the fan wheel' and it lasted a few "
       "weeks. im not doing a third visit, honestly just bring me a new hood and take this one away"],
      {"done": "no", "confirm": "yes", "product": "T9 hood", "serial": "YT926063911", "started": "3 days ago",
       "circumstances": "no. only your engineers have touched it", "wants": "a new hood",
       "phone": "150 8867 3312", "offer": ["yes, a replacement, thank you"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "YT926063911: CXW-T9 sold 129 days ago (COUNTY, Fuyang), 236 days left; NOISE repaired twice under warranty (84 "
      "and 32 days ago) -> repeat failure: Covered, Replacement first, Urgent.",
      {"serial": "YT926063911", "start": 3, "fault": "NOISE", "wish": "new", "bought": 122,
       "theme": ["paragraph", "repeat"]}, hard=True),

    S("form-n9-three-clients-cannot-reach-server-day-one",
      ["Product: Finance Suite 9 network edition\n"
       "Licence no.: FN9-2609-QFFT\n"
       "Purchased: yesterday (Gongshu office)\n"
       "Problem: server side installed fine, but 3 of our 5 client PCs can't connect to the server since we set them up "
       "this morning. Error just says connection failed\n"
       "Need: someone to help us get it working today please"],
      {"done": "no that's it", "confirm": "yes", "product": "Finance Suite 9 network", "serial": "FN9-2609-QFFT",
       "started": "this morning", "circumstances": "no, nothing like that", "wants": "get it working",
       "phone": "0571 8655 3194", "offer": ["yes remote is fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2609-QFFT: CW-N9 sold 1 day ago (CITY, Gongshu), 364 days left; CONNECTION since this morning; software has "
      "no return window -> Covered, RemoteSupport first.",
      {"serial": "FN9-2609-QFFT", "start": 0, "fault": "CONNECTION", "wish": "repair", "bought": 1,
       "theme": ["form", "software", "in_warranty"]}),

    S("t9-weak-suction-brother-in-law-pulled-fan-wheel",
      ["Hi, T9 side-draught range hood, serial YT926028831, we bought it roughly seven months ago, live in Fuyang. About "
       "5 days ago the suction got really weak and the smoke just drifts past it. Being honest with you: my "
       "brother-in-law isn't one of your technicians but he took the front cover off and pulled the fan wheel out to "
       "clean it, put it back, and it's no better (maybe worse). So I get it if there's a charge. I'd just like it "
       "properly repaired."],
      {"done": "no that's it", "confirm": "yes", "product": "T9 range hood", "serial": "YT926028831",
       "started": "5 days ago",
       "circumstances": "yes, my brother-in-law opened it and took the fan wheel out, he's not from your company",
       "wants": "repair it, I'll pay the fee", "phone": "152 6831 7745", "offer": ["ok, that's fair, go ahead"],
       "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "YT926028831: CXW-T9 sold 212 days ago (COUNTY, Fuyang), 153 days left; WEAK_SUCTION; opened and worked on by a "
      "relative who is not ours (UNAUTHORISED_REPAIR / DISASSEMBLY, both CostFee) -> rule 8 CoveredWithFee, PaidRepair.",
      {"serial": "YT926028831", "start": 5, "fault": "WEAK_SUCTION", "wish": "repair", "bought": 213,
       "circ": ("UNAUTHORISED_REPAIR", "confirmed"), "theme": ["paragraph", "excluded"]}),

    S("lp2200-pale-prints-toner-light-want-free-cartridge",
      ["Hi\n"
       "Printer: LP-2200 laser printer\n"
       "Serial: LP22DF251194\n"
       "Bought: about 10 and a half months ago\n"
       "Issue: prints have gone pale and patchy, the toner warning light came on last week\n"
       "What I'd like: a replacement toner cartridge, shouldn't that be covered as it's still under a year?"],
      {"done": "no", "confirm": "yes", "product": "LP-2200", "serial": "LP22DF251194", "started": "last week",
       "circumstances": "no", "wants": "a new toner cartridge", "phone": "133 5716 2289",
       "offer": ["fine, I'll pay for the toner then, send one"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "LP22DF251194: LP-2200 sold 322 days ago (CITY, Hangzhou), 43 days left; the toner cartridge is a consumable "
      "(rule 2, any date) -> NotCovered, PartReplacement at the part price.",
      {"serial": "LP22DF251194", "start": 7, "fault": "PRINT_QUALITY", "wish": "part", "consumable": True,
       "bought": 320, "theme": ["form", "consumable"]}),

    S("forwarded-mail-n8-month-end-totals-off-service-year-over",
      ["Fwd: accounts software issue\n\n"
       "---------- Forwarded message ---------\n"
       "From: Li Na (Wenzhou office)\n"
       "To: IT\n\n"
       "Hi all, just flagging that since three days ago the month-end reports in the finance software (network edition "
       "8, licence FN8-2508-YWLD) don't tie to the ledger - the totals on the profit and loss are off by a few thousand "
       "every time we rerun it.\n\n"
       "[IT note] we bought this about 14 months ago so the included service year is over, we know. We're fine paying "
       "for remote support, just want someone to sort it out.\n\nThanks"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 8 network", "serial": "FN8-2508-YWLD",
       "started": "3 days ago", "circumstances": "no", "wants": "remote support, paid is fine",
       "phone": "0577 8861 3345", "offer": ["ok go ahead"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2508-YWLD: CW-N8 sold 439 days ago (REMOTE, Wenzhou), expired 74 days ago; REPORT_WRONG since 3 days, well "
      "after the expiry -> rule 4 NotCovered, RemoteSupport at the fee.",
      {"serial": "FN8-2508-YWLD", "start": 3, "fault": "REPORT_WRONG", "wish": "repair", "bought": 426,
       "theme": ["email", "expired", "software"]}, hard=True),

    S("e60-valve-leaking-third-time-extended-cover-want-new",
      ["E60 electric water heater DE60B250547 - had it ~15 months, bought with the extra 6 month warranty so still "
       "covered. leaking from the valve under the tank AGAIN since yesterday. that valve seal has been replaced by your "
       "lot twice already, once ~8 months ago, once ~7 weeks ago. 3rd time = enough. want a brand new heater"],
      {"done": "no", "confirm": "yes", "product": "E60 water heater", "serial": "DE60B250547", "started": "yesterday",
       "circumstances": "no, nothing like that", "wants": "a new heater", "phone": "139 6521 7784",
       "offer": ["yes, replacement please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "DE60B250547: DSZ-E60 sold 470 days ago (CITY, Binjiang) with 6 extended months, 79 days left; LEAK part-replaced "
      "twice under warranty (235 and 47 days ago) -> repeat failure: Covered, Replacement first, Urgent.",
      {"serial": "DE60B250547", "start": 1, "fault": "LEAK", "wish": "new", "bought": 456,
       "theme": ["paragraph", "repeat", "extension"]}, hard=True),

    S("zd630k-missing-dot-line-knocked-off-desk-but-before",
      ["ZD-630K dot matrix (serial ZD630K260501), bought it a bit under 5 months ago for our Hefei branch. For around 3 weeks "
       "the invoices have come out with a line missing through every row of characters, like a pin isn't firing. Full "
       "disclosure I knocked it off the desk myself about a week ago, but that's got nothing to do with it, the missing "
       "line was there two weeks before that. Want it fixed under warranty please."],
      {"done": "no", "confirm": "yes", "product": "ZD-630K", "serial": "ZD630K260501", "started": "about 3 weeks ago",
       "circumstances": "yes I knocked it off the desk a week ago, but the fault started two weeks before that",
       "wants": "repair under warranty", "phone": "155 5179 3328", "offer": ["ok"], "person": "ok",
       "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "ZD630K260501: ZD-630K sold 143 days ago (REMOTE, Hefei), 222 days left; PRINT_QUALITY since ~21 days; the "
      "customer dropped it a week ago but says the fault came first (USER_DAMAGE confirmed, cause disputed) -> rule 5 "
      "NeedsReview, escalated, a photo asked.",
      {"serial": "ZD630K260501", "start": 21, "fault": "PRINT_QUALITY", "wish": "repair", "bought": 140,
       "circ": ("USER_DAMAGE", "disputed"), "theme": ["paragraph", "excluded", "review"]}, hard=True),

    S("urgent-form-h16-smell-of-gas-when-running",
      ["URGENT\n"
       "Model: JSQ-H16 gas water heater\n"
       "Serial: RH1626084107\n"
       "Bought: about 8 weeks ago, Binjiang\n"
       "Problem: strong smell of gas around the heater whenever it's running, noticed it this morning. I've shut it off "
       "at the gas valve and opened all the windows\n"
       "Want: someone out today"],
      {"done": "no", "confirm": "yes", "product": "H16 water heater", "serial": "RH1626084107",
       "started": "this morning", "circumstances": "no", "wants": "someone to check it today",
       "phone": "186 5712 4493", "offer": ["ok"], "person": "yes please", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "RH1626084107: JSQ-H16 sold 56 days ago (CITY, Binjiang); a gas smell is a hazard -> safety: no verdict, escalated "
      "with priority Safety.",
      {"serial": "RH1626084107", "start": 0, "fault": "GAS_SMELL", "wish": "repair", "bought": 56, "safety": True,
       "theme": ["form", "safety"]}),

    S("ij680-twelve-days-crooked-feed-jams-swap-please",
      ["hi, IJ-680 inkjet bought 12 days ago, serial IJ6802610995 (sticker underneath)",
       "about 5 days ago it started pulling the paper in crooked and jamming every 3 or 4 pages, tried different paper "
       "and wiped the rollers like the manual says, same. Can I swap it for a new one? it's not even 2 weeks old"],
      {"done": "no", "confirm": "yes", "product": "IJ-680 printer", "serial": "IJ6802610995",
       "started": "5 days ago", "circumstances": "no", "wants": "a new one", "phone": "131 5712 6608",
       "offer": ["yes please, swap it"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (CITY, Xihu), inside the 15-day exchange window; PAPER_JAM since ~5 days "
      "(wiping the rollers as the manual says is harmless), a new one asked -> Covered, Replacement.",
      {"serial": "IJ6802610995", "start": 5, "fault": "PAPER_JAM", "wish": "new", "bought": 12,
       "theme": ["two_msgs", "window"]}),

    S("office-admin-form-dc3020-grinding-jams-spaced-serial",
      ["copier fault report (filled in by office admin)\n"
       "machine: DC-3020 b/w copier\n"
       "serial: DC3020 2504 315\n"
       "when purchased: roughly 18 months ago, Jiande office\n"
       "what's wrong: grinding noise when it pulls paper and then it jams, every few copies, since about 10 days\n"
       "warranty: expired I think\n"
       "wanted: repair quote + visit"],
      {"done": "no", "confirm": "yes", "product": "DC-3020 copier", "serial": "DC30202504315",
       "started": "about 10 days ago", "circumstances": "no", "wants": "repair, we'll pay",
       "phone": "0571 6483 7751", "offer": ["ok, please book it"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "DC30202504315 (typed with spaces): DC-3020 sold 562 days ago (COUNTY, Jiande), expired 197 days ago; PAPER_JAM "
      "since ~10 days -> rule 4 NotCovered, PaidRepair.",
      {"serial": "DC30202504315", "start": 10, "fault": "PAPER_JAM", "wish": "repair", "bought": 548,
       "theme": ["form", "expired"]}, hard=True),

    S("dc4525-opened-back-panel-with-screwdriver-jams-now",
      ["our DC-4525 colour copier (DC45252511178), bought about 11 months ago, Hangzhou office. 4 days ago it jammed "
       "badly and I took the back panel off with a screwdriver to get the paper out. Since then it jams on basically "
       "every page. yes I know I shouldn't have opened it, if that means there's a charge fine, just want it working "
       "again"],
      {"done": "no", "confirm": "yes", "product": "DC-4525", "serial": "DC45252511178", "started": "4 days ago",
       "circumstances": "yes, I opened the back panel myself with a screwdriver", "wants": "repair, I'll pay",
       "phone": "138 6715 2247", "offer": ["ok fine"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DC45252511178: DC-4525 sold 330 days ago (CITY, Hangzhou), 35 days left; PAPER_JAM after the customer opened the "
      "back panel (DISASSEMBLY, CostFee) -> rule 8 CoveredWithFee, PaidRepair.",
      {"serial": "DC45252511178", "start": 4, "fault": "PAPER_JAM", "wish": "repair", "bought": 335,
       "circ": ("DISASSEMBLY", "confirmed"), "theme": ["paragraph", "excluded"]}),

    S("abbreviated-form-h16-burner-wont-fire-shanghai",
      ["hw heater prob - pls read\n"
       "model: h16 (gas)\n"
       "s/n: rh1626045574\n"
       "purch.: abt 5.5 mths ago, shanghai\n"
       "prob.: burner doesnt fire when i open the hot tap, water stays cold. fan spins, no click\n"
       "since: 2 days\n"
       "damage/flood/power cuts: n/a\n"
       "want: tech visit + fix"],
      {"done": "no", "confirm": "y", "product": "h16 gas heater", "serial": "RH1626045574", "started": "2 days ago",
       "circumstances": "no, n/a", "wants": "tech visit + fix", "phone": "189 1653 7720",
       "offer": ["yes pls"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626045574 (typed lower case): JSQ-H16 sold 165 days ago (REMOTE, Shanghai), labour 200 / parts 566 days left; "
      "NO_HOT_WATER since 2 days; 'damage/flood/power cuts: n/a' is a denial -> Covered, FreeRepair.",
      {"serial": "RH1626045574", "start": 2, "fault": "NO_HOT_WATER", "wish": "repair", "bought": 167,
       "neg_label": True, "theme": ["form", "in_warranty"]}, hard=True),

    S("s9-installer-rolls-back-at-database-step-month-end",
      ["ok so Finance Suite 9 single user, licence FS9-2610-CDNH, paid for it 4 days ago. installer gets to "
       "'initialising database' around 80% and rolls everything back, every single time. fresh PC, admin account, "
       "antivirus off, tried 3x since the day before yesterday. nothing physical obviously, it's software lol. just "
       "need it installed and running, month end is coming"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 9 single user", "serial": "FS9-2610-CDNH",
       "started": "the day before yesterday", "circumstances": "no, it's software", "wants": "get it installed",
       "phone": "177 5714 6683", "offer": ["yes remote works"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2610-CDNH: CW-S9 sold 4 days ago (CITY, Xihu), 361 days left; INSTALL_FAILURE since 2 days; software has no "
      "return window, a working install asked -> Covered, RemoteSupport first.",
      {"serial": "FS9-2610-CDNH", "start": 2, "fault": "INSTALL_FAILURE", "wish": "repair", "bought": 4,
       "theme": ["paragraph", "software", "in_warranty"]}, hard=True),

    S("lp2200-jams-at-back-idk-warranty-wants-a-human",
      ["Printer: LP-2200\n"
       "Serial: LP22LF250298\n"
       "Bought: idk exactly, a year and a half-ish ago? (Xihu)\n"
       "Problem: every 2nd or 3rd page scrunches up and jams near the back, started around a week ago\n"
       "Want: fixed. warranty? probably over but it's barely used"],
      {"done": "no", "confirm": "yes", "product": "LP-2200", "serial": "LP22LF250298", "started": "about a week ago",
       "circumstances": "no", "wants": "fixed", "phone": "130 5718 9926",
       "offer": ["no. I'm not paying that for a printer this barely used. get me a human please"],
       "person": "yes, a person", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "LP22LF250298: LP-2200 sold 584 days ago (CITY, Xihu), expired 219 days ago; PAPER_JAM since ~7 days -> rule 4 "
      "NotCovered, PaidRepair; the customer refuses and asks for a person -> escalated, Normal.",
      {"serial": "LP22LF250298", "start": 7, "fault": "PAPER_JAM", "wish": "repair", "bought": 548, "flow": "person",
       "theme": ["form", "expired", "wants_person"]}, hard=True),

    S("q5-clicking-again-after-two-different-visits",
      ["Q5 gas hob again, serial JQ526035153, bought ~6 months ago in Tonglu. Your people have been out twice already: "
       "~4 months ago for the clicking-no-flame thing, and about a month ago they put a new thermocouple in because the "
       "flame kept dying. Now the clicking-no-flame is back on the left burner since 3 days. that's 2 repairs, so fix it "
       "properly this time please"],
      {"done": "no", "confirm": "yes", "product": "Q5 hob", "serial": "JQ526035153", "started": "3 days ago",
       "circumstances": "no, only your people", "wants": "fix it properly", "phone": "137 5716 4482",
       "offer": ["ok, book it"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ526035153: JZT-Q5 sold 178 days ago (COUNTY, Tonglu), 187 days left; NO_IGNITION repaired once (125 days ago) "
      "and FLAME_GOES_OUT once (36 days ago): two different faults, not a repeat; NO_IGNITION again -> Covered, "
      "FreeRepair, Normal.",
      {"serial": "JQ526035153", "start": 3, "fault": "NO_IGNITION", "wish": "repair", "bought": 183,
       "theme": ["paragraph", "notrepeat", "in_warranty"]}, hard=True),
]
