"""Round 9, English customers (20). `meta` holds the facts check.py recomputes the outcome from (not written to JSON):
serial (the deciding record), start (days before the reference date 2026-11-22 the problem began), fault (symptom code),
circ (exclusion code, "confirmed" | "unknown" | "disputed"), wish (repair | refund | new | apology), flow (accept |
person | refuse2), consumable, safety, norecord, tied (a start on the sale day tied to the delivery in words), hard."""


def X(cov, off, esc, prio, case=True):
    return {"language": "en", "coverage": cov, "firstOffer": off, "escalated": esc, "priority": prio, "caseNumber": case}


EN = [
    {   # 1: everything in one long first message
        "name": "all-in-one-e60-leak",
        "story": [
            "Hello, my E60 electric water heater (60 litre, serial DE60K251124, bought it about ten months ago) has "
            "started dripping from underneath, there's a puddle under it every morning since about five days ago. "
            "Nobody has touched it, no repairs, nothing. I'd like someone to come and fix it please. "
            "My number is 139 5712 4408. Thanks"
        ],
        "answers": {
            "done": "no that's everything",
            "confirm": "yes, that's right",
            "product": "the E60 electric water heater, as I said",
            "serial": "DE60K251124",
            "started": "about five days ago, like I wrote",
            "circumstances": "no, nothing like that, it's just hanging on the wall as installed",
            "wants": "a repair visit please",
            "phone": "139 5712 4408",
            "offer": ["yes please, go ahead"],
            "person": "no need",
            "other": "ok",
        },
        "expect": X("Covered", "FreeRepair", False, "Normal"),
        "notes": "DE60K251124: E60 sold 313 days before the reference date, in warranty (52 days left); a leak five days "
                 "ago, no circumstance → rule 9, free repair. Every fact in the first message: the bot should not ask "
                 "for them again.",
        "meta": {"serial": "DE60K251124", "start": 5, "fault": "LEAK", "wish": "repair"},
    },
    {   # 2: one word per message, many turns (hard)
        "name": "one-word-hood-noise",
        "story": ["hood", "noise", "loud", "rattling"],
        "answers": {
            "done": "no",
            "confirm": "yes",
            "product": "T9",
            "serial": "YT926028831",
            "started": "fortnight",
            "circumstances": "no",
            "wants": "fix",
            "phone": "13867741290",
            "offer": ["ok"],
            "person": "no",
            "other": "ok",
        },
        "say": [{"when": "started", "text": "about a"}],
        "expect": X("Covered", "FreeRepair", False, "Normal"),
        "notes": "YT926028831: T9 range hood sold 212 days ago, in warranty; rattling noise for a fortnight, no circumstance "
                 "→ free repair. Hard: one word per message, 'about a' / 'fortnight' split over two sends.",
        "meta": {"serial": "YT926028831", "start": 14, "fault": "NOISE", "wish": "repair", "hard": True},
    },
    {   # 3: what's a serial?
        "name": "whats-a-serial-lp2200-jam",
        "story": [
            "hi, our laser printer keeps jamming. every few pages it eats the paper and I have to open it and pull it out",
            "been like this for a fortnight or so",
        ],
        "answers": {
            "done": "no that's it",
            "confirm": "yep",
            "product": "LP-2200 I think, it's the black and white laser one",
            "serial": "what's a serial? where would that be... ok found a sticker inside the front door: LP22DF251194",
            "started": "about two weeks ago",
            "circumstances": "why do you need that? ... no, nobody dropped it or opened it, we just print invoices on it",
            "wants": "just get it printing again",
            "phone": "why do you need my number? ok fine, 0571 8865 2217",
            "offer": ["yes, when can someone come?"],
            "person": "no thanks",
            "other": "ok",
        },
        "expect": X("Covered", "FreeRepair", False, "Normal"),
        "notes": "LP22DF251194: LP-2200 sold 322 days ago, contract term ends in 43 days; paper jams for two weeks, no "
                 "circumstance → free repair. Hard: the customer answers questions with questions (what's a serial? why do you need that?) before answering, 'a fortnight or so'.",
        "meta": {"serial": "LP22DF251194", "start": 14, "fault": "PAPER_JAM", "wish": "repair", "hard": True},
    },
    {   # 4: repeat failure after our own repairs (hard)
        "name": "copier-streaks-third-time",
        "story": [
            "This is the THIRD time. Our DC-3020 copier is putting grey streaks down every single copy again.",
            "Your technician came out twice already for exactly this and it came back both times!!!",
            "started again since last Tues",
        ],
        "answers": {
            "done": "no, that's the whole sorry story",
            "confirm": "yes",
            "product": "DC-3020 copier",
            "serial": "DC30202605809",
            "started": "last Tuesday, so under a week",
            "circumstances": "no. we only use your toner, nobody has opened it except your own technician",
            "wants": "I don't want a fourth repair, I want a machine that works",
            "phone": "0571 8702 3391",
            "offer": ["yes, a replacement is fine"],
            "person": "only if you can't replace it",
            "other": "ok",
        },
        "expect": X("Covered", "Replacement", False, "Urgent"),
        "notes": "DC30202605809: DC-3020 sold 174 days ago; PRINT_QUALITY repaired twice under warranty (repairs.json) → "
                 "repeat failure: replacement first, priority Urgent. Hard: anger, !!!, weekday reference.",
        "meta": {"serial": "DC30202605809", "start": 5, "fault": "PRINT_QUALITY", "wish": "new", "hard": True},
    },
    {   # 5: self-correction in the same message
        "name": "self-correct-h16-no-hot-water",
        "story": [
            "Morning. Our gas water heater gives no hot water at all, it fires for a second and then just cold water",
            "it started three weeks ago, no wait, more like four, it was the weekend my mum visited",
        ],
        "answers": {
            "done": "no",
            "confirm": "yes, four weeks, not three",
            "product": "H16 gas water heater",
            "serial": "RH1626016024",
            "started": "about four weeks ago (I first said three, it's four)",
            "circumstances": "no, none of that",
            "wants": "repair it please",
            "phone": "137 0571 6620",
            "offer": ["yes that works"],
            "person": "no",
            "other": "ok",
        },
        "expect": X("Covered", "FreeRepair", False, "Normal"),
        "notes": "RH1626016024: H16 sold 245 days ago, parts and labour both covered (labour 120 days left); no hot water "
                 "about four weeks → free repair. The customer corrects the start in the same message.",
        "meta": {"serial": "RH1626016024", "start": 28, "fault": "NO_HOT_WATER", "wish": "repair"},
    },
    {   # 6: a neighbour's repair mentioned only late (hard)
        "name": "late-neighbour-repair-zd630k",
        "story": [
            "hi",
            "the dot matrix printer we use for invoices makes a horrible grinding noise when the head moves",
            "since about ten days ago",
        ],
        "answers": {
            "done": "no that's it",
            "confirm": "yes that's right",
            "product": "ZD-630K",
            "serial": "ZD630K260738",
            "started": "ten days or so",
            "circumstances": "yes, like I said, my neighbour opened the cover and tried to fix the head carriage himself. "
                             "he's not from your company",
            "wants": "get it fixed",
            "phone": "186 5815 0097",
            "offer": ["ok, I'll pay that"],
            "person": "no",
            "other": "ok",
        },
        "say": [{"when": "confirm",
                 "text": "oh wait, one thing I forgot. my neighbour is handy, he opened it up last week and fiddled with "
                         "the print head rail before I contacted you. it made it worse if anything"}],
        "expect": X("CoveredWithFee", "PaidRepair", False, "Normal"),
        "notes": "ZD630K260738: ZD-630K sold 108 days ago, in warranty; the customer admits (late, at the confirmation) that "
                 "a neighbour opened and repaired it → UNAUTHORISED_REPAIR / DISASSEMBLY, both CostFee → rule 8, "
                 "CoveredWithFee, paid repair at the cost fee. Hard: the fact only comes late.",
        "meta": {"serial": "ZD630K260738", "start": 10, "fault": "NOISE", "circ": ("UNAUTHORISED_REPAIR", "confirmed"),
                 "wish": "repair", "hard": True},
    },
    {   # 7: deny then admit (hard)
        "name": "deny-then-admit-e60-plumber",
        "story": [
            "Hi, my electric water heater is leaking at the bottom where the pipes go in",
            "probably out of warranty anyway, I've had it ages, but worth asking",
            "leaking since about a week",
        ],
        "answers": {
            "done": "nope",
            "confirm": "yes",
            "product": "E60 water heater",
            "serial": "DE60V250645",
            "started": "a week ago",
            "circumstances": "well... ok, if you ask like that: the building's plumber replaced the safety valve on it "
                             "a couple of months back. he's not one of yours",
            "wants": "repair",
            "phone": "150 6700 2241",
            "offer": ["fine, go ahead with that"],
            "person": "no",
            "other": "ok",
        },
        "say": [{"when": "circumstances", "text": "no, nothing"}],
        "expect": X("CoveredWithFee", "PaidRepair", False, "Normal"),
        "notes": "DE60V250645: E60 sold 502 days ago with a 6-month extension: in warranty (47 days left, by extension). "
                 "The customer first says 'no, nothing', then admits the building's plumber replaced the safety valve "
                 "→ UNAUTHORISED_REPAIR confirmed → CostFee → CoveredWithFee, paid repair. Hard: deny then admit, "
                 "believes it is out of warranty.",
        "meta": {"serial": "DE60V250645", "start": 7, "fault": "LEAK", "circ": ("UNAUTHORISED_REPAIR", "confirmed"),
                 "wish": "repair", "hard": True},
    },
    {   # 8: ALL CAPS anger, refund inside 7 days (hard)
        "name": "all-caps-refund-dc4525",
        "story": [
            "YOUR COLOUR COPIER IS JUNK",
            "WE GOT IT A FEW DAYS AGO AND IT JAMS ON EVERY SECOND SHEET SINCE THE DAY BEFORE YESTERDAY!!!",
            "I WANT MY MONEY BACK. NOW.",
        ],
        "answers": {
            "done": "NO",
            "confirm": "YES",
            "product": "THE DC-4525",
            "serial": "DC45252609875",
            "started": "DAY BEFORE YESTERDAY",
            "circumstances": "NO. IT'S BRAND NEW, NOBODY TOUCHED IT",
            "wants": "A REFUND. TAKE IT BACK",
            "phone": "0571 6478 1120",
            "offer": ["FINE. YES."],
            "person": "NO JUST DO THE REFUND",
            "other": "OK",
        },
        "expect": X("Covered", "Refund", False, "Normal"),
        "notes": "DC45252609875: DC-4525 sold 4 days ago (return window 7 days); jams since 2 days ago, a performance fault, "
                 "refund asked → Refund first. Hard: all caps.",
        "meta": {"serial": "DC45252609875", "start": 2, "fault": "PAPER_JAM", "wish": "refund", "hard": True},
    },
    {   # 9: safety
        "name": "safety-q7-gas-smell-emoji",
        "story": [
            "😡😡 the new glass gas stove smells of gas even when all the knobs are off",
            "kitchen stinks of it right now",
        ],
        "answers": {
            "done": "no, just that",
            "confirm": "yes",
            "product": "Q7 glass gas stove",
            "serial": "no idea, it's under the glass somewhere, I'm not touching it now",
            "started": "just now, this evening",
            "circumstances": "no",
            "wants": "send someone!",
            "phone": "135 8800 1934",
            "offer": ["ok"],
            "person": "yes",
            "other": "ok",
        },
        "expect": X(None, None, True, "Safety"),
        "notes": "Gas smell from a Q7 with the knobs off: a hazard → safety case first (ventilate, close the valve, no "
                 "switches), escalated with priority Safety, no coverage decision.",
        "meta": {"safety": True, "fault": "GAS_SMELL"},
    },
    {   # 10: unknown licence number
        "name": "unknown-licence-s9",
        "story": [
            "Hi, Finance Suite 9 says my licence is invalid when I open it, since yesterday",
            "bought it through a reseller, single user",
        ],
        "answers": {
            "done": "no",
            "confirm": "yes",
            "product": "Finance Suite 9 single user",
            "serial": "FS9-2608-QQRT",
            "started": "yesterday",
            "circumstances": "no",
            "wants": "make it work again",
            "phone": "182 5710 4436",
            "offer": ["ok"],
            "person": "yes, if you can't find it",
            "other": "I copied it from Help > About, that's what it says",
        },
        "expect": X(None, None, True, "Normal"),
        "notes": "FS9-2608-QQRT is not in purchases.json (format valid, no record) → no coverage decision, a person "
                 "checks the purchase: escalated, Normal.",
        "meta": {"norecord": True, "fault": "LICENCE_ERROR"},
    },
    {   # 11: formal letter, expired software
        "name": "formal-letter-n8-expired",
        "story": [
            "Dear Sir/Madam,\n\nI am writing on behalf of Wenzhou Hongda Trading Co. to report that the client "
            "computers in our accounts department have been unable to connect to the Finance Suite 8 server for "
            "approximately three weeks.\n\nI would be grateful for your assistance.\n\nYours faithfully,\nMs Lin"
        ],
        "answers": {
            "done": "That is all, thank you.",
            "confirm": "Yes, that is correct.",
            "product": "Finance Suite 8, network edition.",
            "serial": "The licence number is FN8-2508-YWLD.",
            "started": "Approximately three weeks ago.",
            "circumstances": "No, nothing of that kind has occurred.",
            "wants": "We would like the connection problem resolved.",
            "phone": "0577 8812 3306",
            "offer": ["Understood. Please proceed."],
            "person": "That will not be necessary.",
            "other": "Thank you.",
        },
        "expect": X("NotCovered", "RemoteSupport", False, "Normal"),
        "notes": "FN8-2508-YWLD: network edition sold 439 days ago, service year ended 74 days ago; the problem began about "
                 "three weeks ago, well after the end → rule 4, NotCovered, remote support at the fee first (software). "
                 "Formal register.",
        "meta": {"serial": "FN8-2508-YWLD", "start": 21, "fault": "CONNECTION", "wish": "repair"},
    },
    {   # 12: asks for a person, then changes mind (hard)
        "name": "person-then-not-t9-suction",
        "story": [
            "can I talk to a real person please",
            "actually no, forget it, the wait is always forever. I'll just tell you",
            "our range hood barely sucks up any smoke anymore, kitchen fills up when we fry",
        ],
        "answers": {
            "done": "no that's all",
            "confirm": "yes",
            "product": "T9 range hood",
            "serial": "YT925101215",
            "started": "maybe ten days ago",
            "circumstances": "no, nothing like that. I clean the filter every month",
            "wants": "have it fixed",
            "phone": "139 0651 2748",
            "offer": ["yes ok"],
            "person": "no, really, carry on with you",
            "other": "ok",
        },
        "expect": X("Covered", "FreeRepair", False, "Normal"),
        "notes": "YT925101215: T9 sold 346 days ago, 19 days of warranty left; weak suction for ten days → free repair. "
                 "The customer asks for a person and withdraws it in the next message, then declines the person: not "
                 "escalated. Hard: change of mind.",
        "meta": {"serial": "YT925101215", "start": 10, "fault": "WEAK_SUCTION", "wish": "repair", "hard": True},
    },
    {   # 13: 'ok' to everything, consumable
        "name": "ok-to-everything-ij680-ink",
        "story": ["hi my new inkjet printer, the black ink cartridge is leaking ink all over the paper", "since the weekend"],
        "answers": {
            "done": "ok",
            "confirm": "ok",
            "product": "ok. the IJ-680",
            "serial": "ok. IJ6802610995",
            "started": "ok, last weekend, so about a week",
            "circumstances": "ok no",
            "wants": "ok just make it stop leaking",
            "phone": "ok 158 6721 0035",
            "offer": ["ok"],
            "person": "ok no",
            "other": "ok",
        },
        "expect": X("NotCovered", "PartReplacement", False, "Normal"),
        "notes": "IJ6802610995: IJ-680 sold 12 days ago; the ink cartridge is a consumable of the IJ-680 → rule 2 at any "
                 "date: NotCovered, a new cartridge at the part price. The customer answers 'ok' to everything.",
        "meta": {"serial": "IJ6802610995", "start": 7, "fault": "LEAK", "consumable": True, "wish": "repair"},
    },
    {   # 14: compensation money beyond the policy (hard)
        "name": "compensation-h16-cold-week",
        "story": [
            "A WEEK with no hot water. A week of cold showers with two small kids.",
            "H16 gas water heater, just shows the flame for a second then nothing",
        ],
        "answers": {
            "done": "no, that's it",
            "confirm": "yes",
            "product": "H16",
            "serial": "RH1626086062",
            "started": "a week ago today",
            "circumstances": "no, nothing",
            "wants": "fix it AND compensate me",
            "phone": "136 5811 7702",
            "offer": ["no. a repair is the bare minimum, I want the 1000 for the week we've had",
                      "no, still not enough"],
            "person": "yes, put me through to a supervisor",
            "other": "1000 yuan",
        },
        "say": [{"when": "offer", "text": "and what about compensation? I want 1000 yuan for a week without hot water"}],
        "expect": X("Covered", "FreeRepair", True, "Normal"),
        "notes": "RH1626086062: H16 sold 57 days ago, in warranty; no hot water a week → free repair offered first. The "
                 "customer wants ¥1000 compensation, far above the goodwill cap (¥100 kitchen), refuses and asks for a "
                 "supervisor → escalated, Normal. Hard: compensation beyond policy.",
        "meta": {"serial": "RH1626086062", "start": 7, "fault": "NO_HOT_WATER", "wish": "repair", "flow": "person",
                 "hard": True},
    },
    {   # 15: two symptoms at once
        "name": "two-symptoms-dc3020",
        "story": [
            "Hi. Two problems with our copier: it jams in tray 2 and it's also started squealing when it pulls the paper in",
            "both began about a week and a half ago",
        ],
        "answers": {
            "done": "no, those two",
            "confirm": "yes both of those",
            "product": "DC-3020",
            "serial": "DC30202608455",
            "started": "a week and a half ago, both at once",
            "circumstances": "no",
            "wants": "fix both please",
            "phone": "0571 6321 8840",
            "offer": ["yes please"],
            "person": "no",
            "other": "ok",
        },
        "expect": X("Covered", "FreeRepair", False, "Normal"),
        "notes": "DC30202608455: DC-3020 sold 48 days ago, in warranty (past the 15-day window); a jam and a squeal, no "
                 "circumstance → free repair for both.",
        "meta": {"serial": "DC30202608455", "start": 10, "fault": "PAPER_JAM", "wish": "repair"},
    },
    {   # 16: expired, 'on the 3rd', two refusals (hard)
        "name": "expired-q5-on-the-3rd-refuses",
        "story": [
            "my gas hob's left burner keeps going out after a few seconds",
            "it started on the 3rd, so a couple of weeks back :(",
        ],
        "answers": {
            "done": "that's all",
            "confirm": "yes",
            "product": "Q5 gas hob",
            "serial": "JQ524030650",
            "started": "on the 3rd, a couple of weeks ago",
            "circumstances": "no",
            "wants": "repair",
            "phone": "189 5716 3320",
            "offer": ["that's way too much, no", "no, still no"],
            "person": "ok",
            "other": "ok",
        },
        "expect": X("NotCovered", "PaidRepair", True, "Normal"),
        "notes": "JQ524030650: Q5 sold 947 days ago, warranty ended 582 days ago; the problem began about two weeks ago "
                 "('on the 3rd': any reading is long after the expiry) → rule 4, NotCovered, paid repair; the customer "
                 "refuses two offers → escalated, Normal. Hard: a day-of-month date, emoticon, refusals.",
        "meta": {"serial": "JQ524030650", "start": 19, "fault": "FLAME_GOES_OUT", "wish": "repair", "flow": "refuse2",
                 "dom": True, "hard": True},
    },
    {   # 17: message split across two sends, a leak after our one repair
        "name": "split-send-e60-leak-again",
        "story": ["my water heater", "is leaking again", "you replaced a part on it in the summer and now it drips again"],
        "answers": {
            "done": "no",
            "confirm": "yes",
            "product": "the E60 electric one",
            "serial": "DE60Q260266",
            "started": "since the day before yesterday",
            "circumstances": "no, only your technician has touched it",
            "wants": "repair it properly this time",
            "phone": "177 0571 2289",
            "offer": ["ok, fine"],
            "person": "no",
            "other": "ok",
        },
        "expect": X("Covered", "FreeRepair", False, "Normal"),
        "notes": "DE60Q260266: E60 sold 224 days ago, LEAK part replaced once under warranty → one repair is not a repeat "
                 "failure (needs 2) → free repair. The first message is split over two sends.",
        "meta": {"serial": "DE60Q260266", "start": 2, "fault": "LEAK", "wish": "repair"},
    },
    {   # 18: 'why do you need that?' software
        "name": "why-need-that-s8-install",
        "story": ["got a new PC at work and Finance Suite 8 won't install on it, fails halfway with an error",
                  "been trying since Thursday"],
        "answers": {
            "done": "no",
            "confirm": "yes",
            "product": "Finance Suite 8, the single-user one",
            "serial": "why do you need that? it's the same licence as before... fine, Help > About says FS8-2603-LGYF",
            "started": "Thursday, so three days ago",
            "circumstances": "why? no. it's a normal Windows PC",
            "wants": "get it installed",
            "phone": "what for? ok: 0571 8563 1207",
            "offer": ["yes, remote is fine"],
            "person": "no",
            "other": "ok",
        },
        "expect": X("Covered", "RemoteSupport", False, "Normal"),
        "notes": "FS8-2603-LGYF: Finance Suite 8 single-user sold 238 days ago, in its service year; installation failure "
                 "three days → remote support first (software line, free while covered).",
        "meta": {"serial": "FS8-2603-LGYF", "start": 3, "fault": "INSTALL_FAILURE", "wish": "repair"},
    },
    {   # 19: numbers as words, network 9
        "name": "words-numbers-n9-licence",
        "story": ["hello. bought the network version of finance suite nine a few days back",
                  "two days ago it started saying the licence key is not recognised on the server"],
        "answers": {
            "done": "no thank you",
            "confirm": "yes",
            "product": "Finance Suite 9 network",
            "serial": "FN9-2610-LHQA",
            "started": "two days ago",
            "circumstances": "no",
            "wants": "fix the licence",
            "phone": "one three eight, five seven one zero, two two six four (13857102264)",
            "offer": ["ok"],
            "person": "no",
            "other": "ok",
        },
        "expect": X("Covered", "RemoteSupport", False, "Normal"),
        "notes": "FN9-2610-LHQA: Finance Suite 9 network sold 4 days ago; the software policy has no return or exchange "
                 "days; a licence error two days ago → remote support first.",
        "meta": {"serial": "FN9-2610-LHQA", "start": 2, "fault": "LICENCE_ERROR", "wish": "repair"},
    },
    {   # 20: started before the sale → review (hard)
        "name": "before-sale-q7-three-months",
        "story": [
            "Hi!! our glass gas stove clicks and clicks but won't light",
            "it's been like that for about three months, since we moved into the flat... we just lived with it orz",
            "your guy fixed it once but it's back",
        ],
        "answers": {
            "done": "no",
            "confirm": "yes, three months",
            "product": "Q7",
            "serial": "JQ726093781",
            "started": "three months ago, when we moved in",
            "circumstances": "no",
            "wants": "repair",
            "phone": "131 5710 8823",
            "offer": ["ok"],
            "person": "ok",
            "other": "ok",
        },
        "expect": X("NeedsReview", None, True, "Normal"),
        "notes": "JQ726093781: Q7 sold 63 days ago (NO_IGNITION repaired once); the customer says the problem began about "
                 "three months ago, before the sale → rule 1, facts conflict: NeedsReview, escalated, no offer. Hard: "
                 "emoticon, long-standing claim contradicting the record.",
        "meta": {"serial": "JQ726093781", "start": 90, "fault": "NO_IGNITION", "wish": "repair", "hard": True},
    },
]
