"""Round 21, English: 20 angry, terse and impatient customers - venting in capitals and sarcasm, rhetorical questions,
threats that are moods and not requests for a person (a 1-star review, a chargeback), one-word answers, "how many more
questions", one customer answering two questions in one line, demands for compensation beyond the remedy (time off
work, a ruined cabinet, a free extra year) said at the offer, then accepted away or insisted on (a person), and the
odd pinyin word.
meta: serial, start (days before the reference date the problem began), fault, circ (code, confirmed|disputed|unknown),
wish (refund|new|repair|apology), flow (accept|person|refuse2), consumable, safety, threat, comp, hard."""
from common import E, S

EN = [
    S("hob-wont-light-one-star-review-y-nope-q5",
      ["UNBELIEVABLE",
       "your Q5 hob. 2 months old. the left burner just clicks and clicks and NOTHING lights",
       "4 days of this. what kind of stove stops lighting after 2 months??",
       "if this isnt sorted im leaving a 1 star review everywhere i can"],
      {"done": "no", "confirm": "y", "product": "q5 gas hob", "serial": "JQ526067582",
       "started": "4 days ago", "circumstances": "nope", "wants": "just fix it",
       "phone": "139 5718 4632", "offer": ["fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ526067582: Q5 sold 58 days ago (Lin'an), NO_IGNITION 4 days, no circumstance, no earlier repair -> Covered, "
      "FreeRepair. The 1-star-review threat is a mood, not a request for a person: not escalated, priority Normal.",
      {"serial": "JQ526067582", "start": 4, "fault": "NO_IGNITION", "wish": "repair", "threat": True}),

    S("hood-noise-back-after-nothing-wrong-visit-great-just-great-t9",
      ["oh great, just great",
       "the T9 hood is doing the loud humming rattle again. about two months ago your tech came, listened for five "
       "minutes and said theres nothing wrong with it",
       "well there IS something wrong with it. its been going on for 6 days now and its worse every day"],
      {"done": "thats it", "confirm": "yep", "product": "T9 range hood", "serial": "YT926046930",
       "started": "6 days ago", "circumstances": "no. nobody touched it", "wants": "repair it properly this time",
       "phone": "138 6791 5523", "offer": ["ok. and actually fix it this time"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926046930: T9 sold 134 days ago (Hefei), the visit 67 days ago was NO_FAULT_FOUND, which does not count as a "
      "repair -> NOISE now is a first repair: Covered, FreeRepair, Normal.",
      {"serial": "YT926046930", "start": 6, "fault": "NOISE", "wish": "repair", "hard": True}),

    S("heater-leaks-again-wants-cabinet-paid-then-a-person-e60",
      ["you have GOT to be kidding me",
       "the E60 water heater in our bathroom is leaking AGAIN. your guy replaced a part on it almost four months ago "
       "for a leak and now its dripping from the bottom again",
       "since the day before yesterday. the cabinet underneath is soaked through"],
      {"done": "no thats all", "confirm": "yes", "product": "E60 electric water heater", "serial": "DE60Q260266",
       "started": "the day before yesterday", "circumstances": "no, nothing. nobody touched it since your repair",
       "wants": "fix it", "phone": "137 3865 9914",
       "offer": ["no. not unless the cabinet is paid for. put me through to someone who can approve that", "no"],
       "person": "yes. now please", "other": "no"},
      E("en", "Covered", "FreeRepair", True, "Normal"),
      "DE60Q260266: E60 sold 224 days ago, one LEAK part replacement 112 days ago (not two) -> Covered, FreeRepair, "
      "Normal. At the offer the customer demands 800 for a ruined cabinet (above the goodwill cap, a supervisor's call) "
      "and insists -> a person, escalated Normal.",
      {"serial": "DE60Q260266", "start": 2, "fault": "LEAK", "wish": "repair", "flow": "person", "comp": True,
       "hard": True},
      say=[("offer", "and who pays for my bathroom cabinet? its ruined. i want 800 for it")]),

    S("no-hot-water-how-many-more-questions-day-off-then-fine-h16",
      ["no hot water. H16 gas heater. since yesterday",
       "just send someone"],
      {"done": "no", "confirm": "yes", "product": "H16", "serial": "RH1626078391",
       "started": "yesterday", "circumstances": "no",
       "wants": "a repair. today if possible", "phone": "136 5791 2284",
       "offer": ["ugh. fine. send someone, mornings are best"], "person": "no forget it. just the repair",
       "other": "just fix it"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626078391: H16 sold 80 days ago (Xihu), NO_HOT_WATER since yesterday -> Covered, FreeRepair. The customer "
      "asks who pays for a half day off work (beyond the remedy), then takes the repair: not escalated, Normal.",
      {"serial": "RH1626078391", "start": 1, "fault": "NO_HOT_WATER", "wish": "repair", "comp": True, "hard": True},
      say=[("circumstances", "seriously how many more questions"),
           ("offer", "and who pays for the half day off work i have to take to wait for your guy??")]),

    S("copier-error-again-chargeback-threat-dc3020",
      ["AGAIN. the DC-3020 is showing an error code AGAIN",
       "your technician fixed this exact thing three weeks ago. it now says E5 and won't copy. since the day before "
       "yesterday",
       "we paid good money for this. one more week like this and i'm doing a chargeback on the card"],
      {"done": "that's all", "confirm": "correct", "product": "DC-3020 copier", "serial": "DC30202607653",
       "started": "day before yesterday", "circumstances": "no. nobody opened it, nobody moved it",
       "wants": "fix it so it stays fixed", "phone": "135 8846 1197",
       "offer": ["ok. soon please"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202607653: DC-3020 sold 43 days ago (Shanghai), ERROR_CODE repaired once 21 days ago -> one repair, not a "
      "repeat failure: Covered, FreeRepair, Normal. The chargeback threat does not escalate.",
      {"serial": "DC30202607653", "start": 2, "fault": "ERROR_CODE", "wish": "repair", "threat": True}),

    S("replacement-copier-jams-too-fix-it-properly-dc4525",
      ["seriously?",
       "you swapped our whole DC-4525 about two months ago because the old one kept jamming",
       "and now the NEW one jams. 3 days now. paper crumpled in the tray every few pages",
       "is there anyone over there who checks these machines before sending them out??"],
      {"done": "nothing else", "confirm": "yes", "product": "the colour copier, DC-4525", "serial": "DC45252604353",
       "started": "3 days ago", "circumstances": "no. used normally, normal paper", "wants": "repair it. properly",
       "phone": "139 6673 4418", "offer": ["fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC45252604353: DC-4525 sold 194 days ago; PAPER_JAM parts replaced twice, then the unit replaced 58 days ago "
      "-> the count restarts after the replacement: no repeat failure, Covered, FreeRepair, Normal.",
      {"serial": "DC45252604353", "start": 3, "fault": "PAPER_JAM", "wish": "repair", "hard": True}),

    S("printer-jams-took-back-cover-off-myself-whatever-it-costs-lp2200",
      ["printer jams. LP-2200. every other page",
       "4 days. i opened the back cover myself with a screwdriver to pull out a torn sheet, and since then it jams "
       "even more",
       "yes i know. just tell me what it costs"],
      {"done": "no", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22DF251194",
       "started": "4 days ago", "circumstances": "yes, i took the back cover off with a screwdriver myself",
       "wants": "repair", "phone": "158 3146 7729", "offer": ["whatever. fine"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "LP22DF251194: LP-2200 sold 322 days ago, labour 43 days left. The customer says plainly they took the cover off "
      "themselves (DISASSEMBLY, CostFee) -> CoveredWithFee, PaidRepair at the cost fee, Normal.",
      {"serial": "LP22DF251194", "start": 4, "fault": "PAPER_JAM", "circ": ("DISASSEMBLY", "confirmed"),
       "wish": "repair"}),

    S("ink-dead-after-a-few-dozen-pages-send-the-stupid-cartridge-ij680",
      ["wow. amazing product",
       "bought the IJ-680 less than 2 weeks ago and the ink cartridge that came in the box is already empty",
       "a few dozen pages. thats it. what kind of printer runs out of ink in a week and a half??",
       "empty since yesterday, it wont print anything now"],
      {"done": "no", "confirm": "yes thats it", "product": "IJ-680", "serial": "IJ6802610995",
       "started": "yesterday", "circumstances": "no", "wants": "a new cartridge, free",
       "phone": "186 5732 4419", "offer": ["ok fine send the stupid cartridge"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago; the ink cartridge is a consumable of the model (INK) -> NotCovered at any "
      "date, PartReplacement at the part price; the customer grumbles and accepts.",
      {"serial": "IJ6802610995", "start": 1, "consumable": True, "wish": "repair", "hard": True}),

    S("invoice-printer-dead-again-serial-and-date-in-one-line-zd630k",
      ["the invoice printer is dead. again",
       "ZD-630K. your people replaced a part in it about five weeks ago because it wouldnt switch on. now same thing, "
       "nothing, no light",
       "i have invoices to print. quickly please"],
      {"done": "no", "confirm": "yes", "product": "ZD-630K",
       "serial": "ZD630K260712 and it died the day before yesterday",
       "started": "day before yesterday, like i said",
       "circumstances": "no power surge, nothing. power here is fine, everything else on the same socket works",
       "wants": "fix it", "phone": "151 6794 3385", "offer": ["yes. fast"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "ZD630K260712: ZD-630K sold 75 days ago, NO_POWER part replaced once 37 days ago -> not two repairs; voltage is "
      "denied plainly -> Covered, FreeRepair, Normal. Serial and start date in one line.",
      {"serial": "ZD630K260712", "start": 2, "fault": "NO_POWER", "circ": ("VOLTAGE", "denied"), "wish": "repair"}),

    S("reports-wrong-third-time-refund-terse-s8",
      ["finance suite 8. monthly report totals WRONG. again",
       "your people fixed the reports about three and a half months ago and again about six weeks ago",
       "third time. i want a refund. not another remote session"],
      {"done": "no", "confirm": "y", "product": "Finance Suite 8 single-user", "serial": "FS8-2605-QREW",
       "started": "3 days ago", "circumstances": "no", "wants": "refund", "phone": "137 9915 6643",
       "offer": ["yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Urgent"),
      "FS8-2605-QREW: Finance Suite 8 sold 164 days ago, REPORT_WRONG repaired twice under warranty (107 and 41 days "
      "ago) -> repeat failure, the customer asks for a refund -> Refund first, Urgent. Terse answers, bare licence "
      "number.",
      {"serial": "FS8-2605-QREW", "start": 3, "fault": "REPORT_WRONG", "wish": "refund", "hard": True}),

    S("network-edition-slow-wants-free-extra-year-then-a-person-n8",
      ["this software is a joke",
       "finance 8 network edition. everything takes a minute to open. a month ago your guy looked at it and said it "
       "was fine",
       "its NOT fine. 5 days now its crawling again and the whole office is waiting on it"],
      {"done": "that's it", "confirm": "yes", "product": "Finance Suite 8 network", "serial": "FN8-2607-VBFT",
       "started": "5 days ago", "circumstances": "no. nothing changed on our side", "wants": "make it work",
       "phone": "139 7164 5538",
       "offer": ["no. not without the extra year. let me talk to someone who can approve it", "no"],
       "person": "yes", "other": "no"},
      E("en", "Covered", "RemoteSupport", True, "Normal"),
      "FN8-2607-VBFT: Finance Suite 8 network sold 60 days ago, the visit 30 days ago was NO_FAULT_FOUND -> SLOW now "
      "is Covered, RemoteSupport first. The customer demands a free extra year of service (an extension: supervisor "
      "only) and insists -> a person, escalated Normal.",
      {"serial": "FN8-2607-VBFT", "start": 5, "fault": "SLOW", "wish": "repair", "flow": "person", "comp": True,
       "hard": True},
      say=[("offer", "remote again?? no. for all this wasted time i want an extra year of service for free")]),

    S("new-finance-9-licence-error-mafan-n9",
      ["hi. zhen mafan",
       "we installed finance 9 network edition yesterday and this morning it says licence error on every computer",
       "nobody can log in. can you just fix it"],
      {"done": "no", "confirm": "yes", "product": "finance 9 network", "serial": "FN9-2609-QFFT",
       "started": "this morning", "circumstances": "no", "wants": "fix it today",
       "phone": "177 6483 1159", "offer": ["ok. now?"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2609-QFFT: Finance Suite 9 network sold 1 day ago; LICENCE_ERROR since this morning -> Covered, "
      "RemoteSupport first (the software line has no return or exchange window).",
      {"serial": "FN9-2609-QFFT", "start": 0, "fault": "LICENCE_ERROR", "wish": "repair"},
      locale="zh-CN"),

    S("glass-stove-wont-light-second-time-nope-no-gas-smell-q7",
      ["SECOND TIME",
       "the Q7 glass stove wont light. your technician fixed exactly this about a month ago",
       "3 days now. click click click and nothing. and no, no gas smell before you ask"],
      {"done": "no", "confirm": "yep", "product": "Q7", "serial": "JQ726093781",
       "started": "3 days ago", "circumstances": "nope", "wants": "fix it. properly",
       "phone": "139 4478 6612", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: Q7 sold 63 days ago, NO_IGNITION repaired once 31 days ago -> one repair, not a repeat failure; "
      "no gas smell -> Covered, FreeRepair, Normal.",
      {"serial": "JQ726093781", "start": 3, "fault": "NO_IGNITION", "wish": "repair"}),

    S("old-hob-out-of-warranty-refuses-to-pay-twice-q5",
      ["a gas stove should last longer than a year and a half. just saying",
       "Q5 hob, doesnt light anymore, since about 10 days ago",
       "and before you say it, i KNOW its out of warranty. still"],
      {"done": "no", "confirm": "yes", "product": "Q5 gas hob", "serial": "JQ525057961",
       "started": "about 10 days ago", "circumstances": "no", "wants": "fix it free",
       "phone": "136 5847 1193", "offer": ["you're kidding. no", "no. i'm not paying for this"],
       "person": "yes", "other": "no"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "JQ525057961: Q5 sold 540 days ago, warranty expired 175 days ago, the fault started 10 days ago -> NotCovered, "
      "PaidRepair; two refusals -> a person, escalated Normal.",
      {"serial": "JQ525057961", "start": 10, "fault": "NO_IGNITION", "wish": "repair", "flow": "refuse2",
       "hard": True}),

    S("gas-smell-in-kitchen-caps-q5",
      ["THE STOVE SMELLS OF GAS",
       "the Q5 hob. strong gas smell in the kitchen since i came home 20 minutes ago. the knobs are all off",
       "what do i do"],
      {"done": "no", "confirm": "yes", "product": "Q5 gas hob", "serial": "JQ526076413",
       "started": "20 minutes ago", "circumstances": "no", "wants": "someone here now",
       "phone": "138 5579 4416", "person": "yes", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "JQ526076413: Q5, a gas smell now -> safety first: no coverage decision, escalated at priority Safety.",
      {"safety": True, "serial": "JQ526076413"}),

    S("cracked-heater-panel-knocked-with-ladder-so-i-pay-fine-h16",
      ["great. so i guess this is my fault",
       "the front panel of the H16 gas heater is cracked. i knocked it with a ladder while painting the wall 5 days "
       "ago",
       "the crack is right across the front and the heater shuts off after a few minutes since then"],
      {"done": "no", "confirm": "yes", "product": "H16 water heater", "serial": "RH1626016024",
       "started": "5 days ago", "circumstances": "yes i told you, i hit it with the ladder",
       "wants": "repair", "phone": "152 6638 9147", "offer": ["fine. book it"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "RH1626016024: H16 sold 245 days ago (labour 120 days left). The customer hit it with a ladder (USER_DAMAGE, "
      "CostFee) -> CoveredWithFee, PaidRepair at the cost fee, Normal.",
      {"serial": "RH1626016024", "start": 5, "fault": "CRACKED", "circ": ("USER_DAMAGE", "confirmed"),
       "wish": "repair", "hard": True}),

    S("two-day-old-heater-no-hot-water-refund-nope-e60",
      ["2 days old. no hot water. E60",
       "want my money back"],
      {"done": "nope", "confirm": "yep", "product": "E60", "serial": "DE60R260884",
       "started": "yesterday", "circumstances": "nope", "wants": "refund",
       "phone": "159 6177 3382", "offer": ["yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DE60R260884: E60 sold 2 days ago (Nanjing), NO_HOT_WATER since yesterday, refund asked -> within the 7-day "
      "window: Covered, Refund, Normal.",
      {"serial": "DE60R260884", "start": 1, "fault": "NO_HOT_WATER", "wish": "refund"}),

    S("three-day-old-hood-rattles-aiyo-want-a-new-one-t9",
      ["aiyo. this T9 hood",
       "3 days old and it rattles like a tin can full of coins. zhen de. every time we turn it on",
       "started the day after they installed it. i want a new one, not a repair"],
      {"done": "no thats it", "confirm": "yes", "product": "T9 range hood", "serial": "YT926099963",
       "started": "the day after install, 2 days ago", "circumstances": "no nothing", "wants": "a new one",
       "phone": "180 5763 3318", "offer": ["ok good. how fast"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "YT926099963: T9 sold 3 days ago (Ningbo), NOISE since 2 days ago, a new one asked -> within the windows: "
      "Covered, Replacement, Normal.",
      {"serial": "YT926099963", "start": 2, "fault": "NOISE", "wish": "new"}),

    S("heater-leaking-on-and-off-for-two-months-out-of-warranty-now-e60",
      ["what a surprise",
       "the E60 water heater has been leaking on and off for about two months. little puddle under it, then dry, "
       "then again",
       "i kept meaning to call. now it's a proper drip every day"],
      {"done": "no", "confirm": "yes", "product": "E60 electric water heater", "serial": "DE60X250881",
       "started": "about two months ago, on and off", "circumstances": "no", "wants": "fix it",
       "phone": "135 6619 4783", "offer": ["ok"], "person": "yes", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "DE60X250881: E60 sold 407 days ago, warranty expired 42 days ago, but the leak started about 60 days ago, "
      "before the expiry -> rule 3: NeedsReview, escalated Normal, no offer.",
      {"serial": "DE60X250881", "start": 60, "fault": "LEAK", "wish": "repair", "hard": True}),

    S("old-finance-8-crawling-fine-how-much-s8",
      ["finance 8 single user edition has become unbearably slow",
       "10 days or so. i know the service year is over. how much to sort it"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 8", "serial": "FS8-2507-QEKT",
       "started": "10 days ago", "circumstances": "no", "wants": "fix it",
       "phone": "187 5614 9937", "offer": ["fine. go ahead"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FS8-2507-QEKT: Finance Suite 8 sold 411 days ago, service year expired 46 days ago, SLOW for 10 days -> "
      "NotCovered, RemoteSupport at the fee, accepted.",
      {"serial": "FS8-2507-QEKT", "start": 10, "fault": "SLOW", "wish": "repair"}),
]
