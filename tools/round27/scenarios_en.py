"""Round 27, English: customers who dispute and correct (the bot's restatement is wrong or half right, a fact corrected
twice, a fact that changes the decision given only after hearing the restatement, a fee or 'not covered' disputed with a
fact that matters or with one that does not, questions to the bot before answering). meta: the facts check.py
recomputes the expectation from, always the facts as finally corrected (meta.said_starts: start values the customer
gave before correcting them; meta.changes: an earlier value would have given another outcome, on purpose)."""
from common import S, E

EN = [
    S("not-leaking-it-just-wont-heat-e60",
      ["hi, problem with the electric water heater in the bathroom",
       "you guys replaced a part on it a few months back because it was dripping. that's all fine now",
       "but since about 9 days ago the water just stays cold. light's on, nothing happens"],
      {"done": "no thats all", "confirm": "yes. cold water, no leak", "product": "E60 electric water heater, the 60 litre one",
       "serial": "DE60Q260266", "started": "9 days ago", "circumstances": "no, nothing like that",
       "wants": "just want hot water back, send someone", "phone": "139 0571 6632", "offer": ["yes that's fine"],
       "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DE60Q260266: E60 sold 224 days ago (city), one LEAK part replacement 112 days ago (ours); now NO_HOT_WATER since 9 "
      "days ago. The customer corrects a restatement that says it leaks again: a different fault, not a repeat -> "
      "Covered, FreeRepair, Normal.",
      {"serial": "DE60Q260266", "start": 9, "fault": "NO_HOT_WATER", "wish": "repair", "theme": ["restate_wrong", "notrepeat"]},
      say=[("confirm", "no that's not it, it doesn't leak anymore, the leak got fixed. it just won't heat the water")]),

    S("hob-start-date-corrected-twice-q5",
      ["Good evening. The left burner on my gas hob keeps going out a few seconds after I let go of the knob",
       "started yesterday I think. Its the Q5 built in one"],
      {"done": "that's everything", "confirm": "yes, the left burner goes out", "product": "Q5 gas hob",
       "serial": "JQ526026205", "started": "about a week ago, I'm sure now",
       "circumstances": "No. Nothing spilled on it, nobody has taken it apart.", "wants": "repair please",
       "phone": "136 1178 4590", "offer": ["OK, please book it"], "person": "no thank you", "other": "alright"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ526026205: Q5 sold 261 days ago (city), FLAME_GOES_OUT. The start is corrected twice (yesterday -> the day "
      "before -> about a week ago); every value is well inside the warranty (expiry in 104 days) -> Covered, FreeRepair "
      "(stove parts are charged at the parts price, the repair itself is the policy remedy), Normal.",
      {"serial": "JQ526026205", "start": 7, "said_starts": [1, 2], "fault": "FLAME_GOES_OUT", "wish": "repair",
       "theme": ["fact_twice"], "hard": True},
      say=[("confirm", "Sorry, not yesterday, the day before. My husband noticed it first"),
           ("phone", "Actually I've just asked him and he says it's been doing it for about a week, he just didn't tell me. "
                     "Number is 136 1178 4590")]),

    S("brother-in-law-had-the-cover-off-h16",
      ["my gas water heater wont give hot water",
       "it fires up for a second then cuts out and the water goes cold. been like that about two weeks",
       "H16, the gas one"],
      {"done": "nope", "confirm": "yes, and like I said my brother in law had a go at it",
       "product": "H16 gas water heater", "serial": "RH1625129866", "started": "about two weeks ago",
       "circumstances": "yes, my brother-in-law took the front cover off last week and tried to fix it himself. he's a plumber but not one of yours",
       "wants": "get it fixed", "phone": "188 6154 3307", "offer": ["ok, how much roughly? fine, go ahead"],
       "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "RH1625129866: H16 sold 310 days ago (city, labour expires in 55 days, parts in 420). NO_HOT_WATER since two weeks. "
      "Only after the restatement the customer says his brother-in-law (not authorised) opened it and tried to repair "
      "it: UNAUTHORISED_REPAIR (and DISASSEMBLY), both cost fee -> CoveredWithFee, PaidRepair, Normal.",
      {"serial": "RH1625129866", "start": 14, "fault": "NO_HOT_WATER", "wish": "repair",
       "circ": ("UNAUTHORISED_REPAIR", "confirmed"), "theme": ["late_fact"], "hard": True},
      say=[("confirm", "yeah basically. oh wait, I should say, my brother in law had the front cover off last week and "
                       "poked around in there trying to fix it. he's a plumber. didn't help obviously")]),

    S("faint-copies-its-not-the-toner-dc3020",
      ["Our office copier has started making really faint copies",
       "First thought was toner but no",
       "started around 3 weeks ago, it's a DC-3020"],
      {"done": "No, that's it", "confirm": "Yes. Faint copies with a brand new toner in it",
       "product": "DC-3020 copier", "serial": "DC30202608818", "started": "around three weeks ago",
       "circumstances": "No. Nothing like that happened", "wants": "A technician to sort it out",
       "phone": "135 7730 4168", "offer": ["Yes please"], "person": "No need", "other": "OK"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202608818: DC-3020 sold 79 days ago (remote). PRINT_QUALITY since 3 weeks; the customer disputes a toner "
      "reading with a fact that matters: a new genuine toner made no difference, so the consumable is not the fault -> "
      "Covered, FreeRepair, Normal.",
      {"serial": "DC30202608818", "start": 21, "fault": "PRINT_QUALITY", "wish": "repair",
       "theme": ["restate_wrong", "dispute_matters"], "hard": True},
      say=[("confirm", "no, it's NOT the toner. we put in a brand new original toner cartridge last week and the copies "
                       "are just as faint. it's the machine")]),

    S("ribbon-worn-already-still-consumable-zd630k",
      ["hello, the invoice printer prints are getting so pale you can hardly read them",
       "its the ZD-630K dot matrix. the ribbon is what's worn, you can see it's all frayed and grey",
       "been getting worse for about 10 days"],
      {"done": "no", "confirm": "yes the ribbon", "product": "ZD-630K invoice printer", "serial": "ZD630K260195",
       "started": "about 10 days ago", "circumstances": "no", "wants": "a new ribbon, for free really",
       "phone": "158 3364 0917", "offer": ["fine, send me a ribbon then"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "ZD630K260195: ZD-630K sold 218 days ago (county). The ribbon is a consumable: not covered at any date; the "
      "customer disputes it (it came with the printer, it has only been a few months) - a fact that does not change the "
      "rule -> NotCovered, PartReplacement at the ribbon price, Normal.",
      {"serial": "ZD630K260195", "start": 10, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair",
       "theme": ["dispute_irrelevant"]},
      say=[("offer", "hang on, that ribbon came IN the box with the printer. a few months and it's dead? that should be on you")]),

    S("hood-installed-later-than-bought-t9",
      ["Hi there. Range hood has gone really loud, a grinding noise when the fan runs",
       "Started maybe 3 weeks back. Its the T9"],
      {"done": "No", "confirm": "Yep", "product": "T9 range hood", "serial": "YT925073562", "started": "3 weeks ago",
       "circumstances": "no, none of that", "wants": "fix it under warranty",
       "phone": "137 5589 1046", "offer": ["ok... fine, book the paid repair"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT925073562: T9 sold 432 days ago (city), warranty ended 67 days ago; NOISE since 3 weeks (after the expiry). "
      "The customer disputes with 'it was only installed months after we bought it' - the warranty runs from the sale, "
      "so the fact does not change the rule -> NotCovered, PaidRepair, Normal.",
      {"serial": "YT925073562", "start": 21, "fault": "NOISE", "wish": "repair",
       "theme": ["dispute_irrelevant", "late_fact"]},
      say=[("offer", "wait, it was actually installed much later than I bought it, the kitchen wasn't finished. we've "
                     "only been using it for a few months really. doesn't that count?")]),

    S("hob-it-started-much-earlier-than-i-said-q5",
      ["hi my hob won't light on the big burner, just clicks",
       "it started a week ago, Q5 model"],
      {"done": "no that's all", "confirm": "yes, and it's been about five weeks, not one",
       "product": "the Q5 hob", "serial": "JQ525089628", "started": "about five weeks ago, on and off",
       "circumstances": "no", "wants": "repair it", "phone": "139 6651 2378", "offer": ["ok"], "person": "ok",
       "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "JQ525089628: Q5 sold 388 days ago (city), warranty ended 23 days ago. First 'a week ago' (NotCovered), then at "
      "the restatement the customer corrects it to about five weeks, on and off - before the expiry while the warranty "
      "is now over: rule 3 -> NeedsReview, escalated, no offer, Normal.",
      {"serial": "JQ525089628", "start": 35, "said_starts": [7], "changes": True, "fault": "NO_IGNITION",
       "wish": "repair", "theme": ["late_fact", "fact_twice"], "hard": True},
      say=[("confirm", "hmm no wait. it actually started much earlier than I said. it's been on and off for like five "
                       "weeks, I kept getting it to light with a match so I ignored it. only totally dead this week")]),

    S("licence-number-wrong-ends-cv-not-vc-s9",
      ["Finance 9 keeps telling me the licence is invalid when I open it",
       "licence number FS9-2606-UNVC", "since yesterday morning"],
      {"done": "no", "confirm": "yes, with the right licence number now", "product": "Finance Suite 9 single user",
       "serial": "FS9-2606-UNCV", "started": "yesterday morning", "circumstances": "no, nothing changed on the PC",
       "wants": "need it working, month end is close", "phone": "186 5572 3190",
       "offer": ["yes remote is fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: Finance Suite 9 single-user sold 124 days ago (county). LICENCE_ERROR since yesterday. The customer "
      "first types FS9-2606-UNVC (no such record) and corrects it: the last letters are CV -> the corrected licence "
      "decides: Covered, RemoteSupport, Normal.",
      {"serial": "FS9-2606-UNCV", "start": 1, "fault": "LICENCE_ERROR", "wish": "repair", "theme": ["serial_fix"],
       "hard": True},
      say=[("confirm", "sorry, wrong licence number, the last two letters are the other way round. it's FS9-2606-UNCV")]),

    S("you-mixed-up-my-two-machines-lp2200",
      ["hi we have two of your machines in the office, a DC-4525 colour copier and an LP-2200 laser printer",
       "one of them keeps jamming, paper gets crumpled at the back",
       "the other one had toner smudges a while back but that's fine now",
       "jamming started about 2 weeks ago"],
      {"done": "no, thats all", "confirm": "yes, the LP-2200 printer jamming", "product": "LP-2200 laser printer",
       "serial": "LP22HU251211", "started": "about 2 weeks ago", "circumstances": "no nothing like that",
       "wants": "repair", "phone": "131 5087 6624", "offer": ["sure"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "LP22HU251211: LP-2200 sold 277 days ago (city). PAPER_JAM since 2 weeks. The restatement may pick the copier; the "
      "customer corrects it ('you mixed up my two machines'): the printer jams, the copier is fine -> Covered, "
      "FreeRepair, Normal.",
      {"serial": "LP22HU251211", "start": 14, "fault": "PAPER_JAM", "wish": "repair",
       "theme": ["mixed_machines"], "hard": True},
      say=[("confirm", "no, you mixed up my two machines. the COPIER is fine. it's the LP-2200 printer that jams")]),

    S("are-you-a-robot-licence-again-n8",
      ["hello, the network finance software is saying licence error on all our workstations",
       "you fixed this once already a while ago, now it's back since about 5 days"],
      {"done": "nothing else", "confirm": "yes", "product": "Finance Suite 8 network edition",
       "serial": "FN8-2606-LNDV", "started": "about 5 days ago", "circumstances": "no",
       "wants": "fix it remotely please", "phone": "159 6413 7752", "offer": ["yes, remote session is fine"],
       "person": "not needed", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN8-2606-LNDV: Finance Suite 8 network sold 89 days ago (city), one LICENCE_ERROR repair 45 days ago (ours, one "
      "repair is not a repeat); back since 5 days -> Covered, RemoteSupport, Normal. The customer asks whether the bot "
      "is a robot before answering.",
      {"serial": "FN8-2606-LNDV", "start": 5, "fault": "LICENCE_ERROR", "wish": "repair",
       "theme": ["question_bot", "notrepeat"]},
      say=[("turn:1", "before I go through all this again - am I talking to a robot or a real person?")]),

    S("why-need-my-phone-not-ink-its-the-feed-ij680",
      ["my new inkjet printer pulls in 3 or 4 sheets at once and then jams",
       "got it like 12 days ago, problem started 4 days ago. its the IJ-680"],
      {"done": "no", "confirm": "yes that's it, the paper feed", "product": "IJ-680 colour inkjet",
       "serial": "IJ6802610995", "started": "4 days ago", "circumstances": "no",
       "wants": "i'd like a new one please, it's basically brand new", "phone": "177 3358 9416",
       "offer": ["yes, swap it please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (city), inside the 15-day exchange window (3 days from the edge). PAPER_JAM "
      "since 4 days; the customer corrects an ink reading (the ink is fine, it's the feed) and asks why the phone is "
      "needed before giving it. Wants a new one -> Covered, Replacement, Normal.",
      {"serial": "IJ6802610995", "start": 4, "fault": "PAPER_JAM", "wish": "new",
       "theme": ["restate_wrong", "question_bot"]},
      say=[("confirm", "not the ink, the ink's full. it's the paper feed grabbing too many sheets"),
           ("phone", "why do you need my phone? can't you just email me?")]),

    S("not-just-cold-water-theres-a-gas-smell-h16",
      ["hello our gas water heater isn't heating properly",
       "its lukewarm at best, started 3 days ago, model H16"],
      {"done": "no", "confirm": "yes but the gas smell is the main thing", "product": "H16 gas water heater",
       "serial": "RH1626031801", "started": "3 days ago", "circumstances": "no",
       "wants": "someone to come and check it today", "phone": "133 6782 5014", "offer": ["ok"],
       "person": "yes please", "other": "ok, window is open and I won't use it"},
      E("en", None, None, True, "Safety"),
      "RH1626031801: H16 sold 237 days ago. The restatement says 'not heating'; the customer corrects it: what worries "
      "them is a gas smell when it tries to light -> a hazard: no coverage decision, escalated, Safety.",
      {"serial": "RH1626031801", "start": 3, "fault": "GAS_SMELL", "safety": True,
       "theme": ["restate_wrong"], "hard": True},
      say=[("confirm", "well not quite. the real problem is there's a smell of gas around it when it tries to light")]),

    S("moved-office-location-then-wants-a-person-dc4525",
      ["our colour copier shows error code C-2557 and stops mid job",
       "it's a DC-4525, the error started about a month ago, maybe a bit less"],
      {"done": "nope", "confirm": "yes, error C-2557 on the DC-4525", "product": "DC-4525 colour copier",
       "serial": "DC45252606641", "started": "about 4 weeks ago", "circumstances": "no",
       "wants": "fix it", "phone": "138 5716 0942", "offer": ["no. I'd rather speak to someone at your company"],
       "person": "yes", "other": "ok"},
      E("en", "Covered", "FreeRepair", True, "Normal"),
      "DC45252606641: DC-4525 sold 110 days ago (remote zone on record). ERROR_CODE with the code since about 4 weeks. The "
      "customer corrects the location (moved to another office in Ningbo) - a fact that does not change coverage; at the "
      "offer they want a person -> Covered, FreeRepair, escalated, Normal.",
      {"serial": "DC45252606641", "start": 28, "fault": "ERROR_CODE", "wish": "repair", "flow": "person",
       "theme": ["dispute_irrelevant"]},
      say=[("confirm", "yes, but the address you might have is wrong. we moved, the copier is in our Ningbo office now")]),

    S("bought-five-days-ago-not-last-week-refund-dc3020",
      ["We bought one of your DC-3020 copiers last week and it's already broken",
       "Sorry, not last week, it was delivered 5 days ago",
       "since 2 days ago it jams on every single copy. We want our money back."],
      {"done": "no", "confirm": "yes", "product": "DC-3020", "serial": "DC30202609424", "started": "two days ago",
       "circumstances": "no, it has only been used normally", "wants": "a refund",
       "phone": "150 9928 4371", "offer": ["yes, refund"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC30202609424: DC-3020 sold 5 days ago (county), inside the 7-day return window (2 days from the edge). "
      "PAPER_JAM since 2 days; the customer corrects the purchase time themselves (the record decides anyway); wants "
      "money back -> Covered, Refund, Normal.",
      {"serial": "DC30202609424", "start": 2, "fault": "PAPER_JAM", "wish": "refund", "theme": ["fact_twice"]}),

    S("jamming-not-print-quality-third-time-lp2200",
      ["Hi. LP-2200 printer in our office is jamming again.",
       "your technician changed the rollers twice already for exactly this. jams came back 6 days ago"],
      {"done": "No", "confirm": "yes, jams again, after two repairs", "product": "LP-2200", "serial": "LP22WW260485",
       "started": "6 days ago", "circumstances": "No, only your technicians have touched it",
       "wants": "a new printer, not another repair", "phone": "137 1846 5523", "offer": ["yes, a replacement"],
       "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "LP22WW260485: LP-2200 sold 140 days ago (city), PAPER_JAM part-replaced twice under warranty; jams again since 6 "
      "days. The customer corrects a print-quality reading. Repeat failure -> Covered, Replacement, Urgent.",
      {"serial": "LP22WW260485", "start": 6, "fault": "PAPER_JAM", "wish": "new", "theme": ["restate_wrong", "repeat"]},
      say=[("confirm", "no, the print is fine. it's JAMMING. same as the last two times")]),

    S("why-pay-voltage-is-power-company-fault-e60",
      ["The electric water heater doesn't switch on at all anymore",
       "our building has had unstable voltage for weeks, lights dim and the breaker trips, and after one of those it never came back on",
       "about 10 days ago. E60"],
      {"done": "no", "confirm": "yes", "product": "E60 electric water heater", "serial": "DE60K251124",
       "started": "10 days ago", "circumstances": "yes the voltage in the building is unstable, the breaker trips a lot",
       "wants": "repair", "phone": "151 6607 3389", "offer": ["...fine. go ahead"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60K251124: E60 sold 313 days ago (city, expiry in 52 days). NO_POWER after unstable voltage, said plainly -> "
      "VOLTAGE (cost fee). The customer disputes the fee ('the power company's fault, not mine'): the rule does not "
      "change -> CoveredWithFee, PaidRepair, Normal.",
      {"serial": "DE60K251124", "start": 10, "fault": "NO_POWER", "wish": "repair", "circ": ("VOLTAGE", "confirmed"),
       "theme": ["dispute_irrelevant"], "hard": True},
      say=[("offer", "why should I pay anything? the voltage is the power company's fault, not mine")]),

    S("only-activated-months-later-s8-expired",
      ["our Finance 8 single-user version gives wrong totals on the profit and loss report",
       "been wrong since about 10 days"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 8 single user", "serial": "FS8-2507-QEKT",
       "started": "about ten days ago", "circumstances": "no", "wants": "get the reports right",
       "phone": "136 5549 7108", "offer": ["ok, go ahead with the paid remote session"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FS8-2507-QEKT: Finance Suite 8 single-user sold 411 days ago (city), service year ended 46 days ago. REPORT_WRONG "
      "since 10 days. The customer disputes 'out of service' with 'we only activated it months after buying' - the "
      "service runs from the sale, no change -> NotCovered, RemoteSupport at the fee, Normal.",
      {"serial": "FS8-2507-QEKT", "start": 10, "fault": "REPORT_WRONG", "wish": "repair",
       "theme": ["dispute_irrelevant"], "hard": True},
      say=[("offer", "that's not fair, we only installed and activated it months after we paid for it. so the year "
                     "should start then?")]),

    S("it-lights-now-goes-out-when-turned-down-q7",
      ["hello. about my Q7 glass stove that your technician repaired a month ago",
       "the ignition works now, thanks. new problem: when i turn the flame down low it goes out",
       "for about a week"],
      {"done": "no that's it", "confirm": "yes, flame goes out on low", "product": "Q7 glass stove",
       "serial": "JQ726093781", "started": "about a week ago", "circumstances": "no",
       "wants": "please send someone", "phone": "139 4478 1265", "offer": ["okay"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: Q7 sold 63 days ago (city), one NO_IGNITION repair 31 days ago (ours). Now FLAME_GOES_OUT since a "
      "week; the customer corrects a restatement that says it won't light again -> a different fault, not a repeat -> "
      "Covered, FreeRepair, Normal.",
      {"serial": "JQ726093781", "start": 7, "fault": "FLAME_GOES_OUT", "wish": "repair",
       "theme": ["restate_wrong", "notrepeat"], "hard": True},
      say=[("confirm", "no no, it lights fine now. it goes OUT when I turn it down low")]),

    S("installs-fine-other-pcs-cant-connect-n9",
      ["hi, just bought Finance 9 network edition",
       "the other computers cannot connect to the server",
       "started right after install 3 days ago"],
      {"done": "no", "confirm": "yes, the workstations can't connect", "product": "Finance Suite 9 network",
       "serial": "FN9-2610-LHQA", "started": "3 days ago", "circumstances": "no",
       "wants": "help to get it working", "phone": "187 5503 6614", "offer": ["yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2610-LHQA: Finance Suite 9 network sold 4 days ago (city). Software has no return window. CONNECTION since 3 "
      "days; the customer corrects an installation-failure reading (the install worked, the workstations can't connect) "
      "-> Covered, RemoteSupport, Normal.",
      {"serial": "FN9-2610-LHQA", "start": 3, "fault": "CONNECTION", "wish": "repair", "theme": ["restate_wrong"]},
      say=[("confirm", "no, the install worked fine. the server runs. its the other PCs that can't connect to it")]),

    S("tripping-breaker-no-i-got-a-shock-e60",
      ["electric water heater keeps tripping the breaker",
       "it's an E60, had it over a year. started 2 days ago"],
      {"done": "no", "confirm": "yes. the shock is the important part", "product": "E60", "serial": "DE60V250645",
       "started": "2 days ago", "circumstances": "no", "wants": "someone to check it, its dangerous",
       "phone": "135 1146 8893", "offer": ["ok"], "person": "yes", "other": "we've switched it off at the breaker"},
      E("en", None, None, True, "Safety"),
      "DE60V250645: E60 sold 502 days ago (6 months extended). The restatement says 'trips the breaker'; the customer "
      "corrects: they got a small electric shock from the tap -> a hazard: no decision, escalated, Safety.",
      {"serial": "DE60V250645", "start": 2, "fault": "POWER_SURGE", "safety": True, "theme": ["restate_wrong"]},
      say=[("confirm", "it's worse than that actually. my daughter got a little electric shock from the hot tap this morning")]),
]
