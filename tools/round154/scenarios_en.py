"""Round 154, English: double negatives and hedged negations ("it's not that it doesn't heat", "I wouldn't say nobody
touched it", "not never", "I can't say it didn't get wet"). Every customer hedges with a negated negation somewhere; what
they finally mean is spelt out in the same message. meta.hedge lists (where, meaning) for each hedged message:
where = story, a question kind, or offer; meaning = yes, no, admit, deny, unknown, symptom, history, wish, hazard.
meta: the facts check.py recomputes the expectation from (start = days before the reference date)."""
from common import S, E

EN = [
    S("hob-clicks-wouldnt-say-no-to-a-repair-q5",
      ["hi, the left burner on our gas hob has stopped lighting, it clicks away but nothing catches",
       "the right one is fine so we're managing, but it's annoying"],
      {"done": "no that's all", "confirm": "yes, that's it", "product": "Q5 gas hob, built in",
       "serial": "JQ526026205", "started": "about 6 days ago",
       "circumstances": "no, none of that. nobody's opened it or repaired it, it hasn't been dropped or got wet",
       "wants": "get it working again please", "phone": "138 5716 4429",
       "offer": ["well I wouldn't say no to a free repair. yes, please book it"], "person": "no thanks", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ526026205: JZT-Q5 sold 261 days ago (CITY), 104 days left; NO_IGNITION ~6 days, nothing happened -> Covered, "
      "FreeRepair. The yes comes as 'I wouldn't say no to a free repair. yes, please book it': a double negative that "
      "accepts, with a plain yes after it.",
      {"serial": "JQ526026205", "start": 6, "fault": "NO_IGNITION", "wish": "repair",
       "theme": ["hedge_offer"], "hedge": [("offer", "yes")]},
      hard=True),

    S("boiler-leaks-wouldnt-say-nobody-touched-it-e60",
      ["Our electric water heater in the bathroom is dripping from underneath, there's a little puddle every morning now",
       "I need to be honest about something before you ask"],
      {"done": "no, that's everything", "confirm": "yes", "product": "the E60, the 60 litre electric one",
       "serial": "DE60K251124", "started": "roughly 9 days ago",
       "circumstances": "well, I wouldn't say nobody touched it. my brother-in-law did take the side panel off a few weeks "
                        "ago to see how it works, before the dripping began. so yes, it has been opened by us. not dropped, no water damage, no power trouble",
       "wants": "have it repaired", "phone": "139 6613 7750",
       "offer": ["yes fine, go ahead with that"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60K251124: DSZ-E60 sold 313 days ago (CITY), 52 days left; LEAK ~9 days. 'I wouldn't say nobody touched it ... "
      "so yes, it has been opened by us' confirms DISASSEMBLY (CostFee) -> rule 8 CoveredWithFee, PaidRepair.",
      {"serial": "DE60K251124", "start": 9, "fault": "LEAK", "wish": "repair", "circ": ("DISASSEMBLY", "confirmed"),
       "theme": ["hedge_admit", "cost_shift"], "hedge": [("circumstances", "admit")]},
      hard=True),

    S("hood-not-that-it-doesnt-suck-t9",
      ["hello. so it's not that the hood doesn't suck at all, it does run, but it barely pulls any steam now and the kitchen fills with smoke when we fry",
       "it used to be really strong"],
      {"done": "nope", "confirm": "yes that's right", "product": "T9 range hood", "serial": "YT926028831",
       "started": "about two weeks ago, maybe 14 days", "circumstances": "no nothing like that",
       "wants": "someone to come and fix it", "phone": "137 7745 1186",
       "offer": ["yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926028831: CXW-T9 sold 212 days ago (COUNTY Fuyang), 153 days left; WEAK_SUCTION ~14 days, nothing happened -> "
      "Covered, FreeRepair. The hedge ('not that the hood doesn't suck at all, it does run') only describes the symptom.",
      {"serial": "YT926028831", "start": 14, "fault": "WEAK_SUCTION", "wish": "repair",
       "theme": ["hedge_symptom"], "hedge": [("story", "symptom")]}),

    S("printer-dead-cant-say-power-didnt-blip-lp2200",
      ["my laser printer is completely dead, no lights, nothing when I press the button",
       "tried another socket and another cable, still nothing"],
      {"done": "no that's it", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22HU251211",
       "started": "4 days ago, it was fine the evening before",
       "circumstances": "nobody dropped it or opened it. but I can't say the power didn't blip that night, there was a "
                        "storm and I was asleep. I honestly don't know whether there was a surge or not",
       "wants": "repair it", "phone": "136 3318 9062",
       "offer": ["yes ok"], "person": "yes, fine", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "LP22HU251211: LP-2200 sold 277 days ago (CITY), 88 days left; NO_POWER ~4 days. 'I can't say the power didn't blip "
      "... I honestly don't know' leaves VOLTAGE unknown, and it is decisive for NO_POWER -> rule 6 NeedsReview.",
      {"serial": "LP22HU251211", "start": 4, "fault": "NO_POWER", "wish": "repair", "circ": ("VOLTAGE", "unknown"),
       "theme": ["hedge_unknown", "review"], "hedge": [("circumstances", "unknown")]},
      hard=True),

    S("hob-not-never-been-repaired-third-time-q5",
      ["This hob again. The front burner won't light AGAIN.",
       "I'm honestly done with it"],
      {"done": "no", "confirm": "yes, same fault as before", "product": "Q5 gas hob", "serial": "JQ526062448",
       "started": "since 3 days ago",
       "circumstances": "nobody outside touched it, no. but it's not never been repaired either: your technician fixed "
                        "the igniter twice, about three months ago and again about five weeks ago. nothing else happened to it",
       "wants": "a new hob, not a third repair", "phone": "135 8841 6637",
       "offer": ["yes, a replacement please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "JQ526062448: JZT-Q5 sold 152 days ago (CITY), 213 days left; NO_IGNITION repaired by us twice in warranty "
      "(RP-2026-00014, -00032) -> repeat failure: Covered, Replacement, Urgent. 'not never been repaired' names our two "
      "repairs; no third party.",
      {"serial": "JQ526062448", "start": 3, "fault": "NO_IGNITION", "wish": "new",
       "theme": ["not_never", "repeat"], "hedge": [("circumstances", "history")]},
      hard=True),

    S("glass-stove-not-that-theres-no-gas-smell-q7",
      ["not that I want to make a fuss, but I can't say there's no gas smell in the kitchen. there is. a faint gas smell near the knobs of the new glass stove, even when it's off",
       "it's the Q7"],
      {"done": "no", "confirm": "yes", "product": "Q7 glass gas stove", "serial": "i don't have it to hand",
       "started": "since this morning", "circumstances": "no", "wants": "someone to check it", "phone": "139 4471 3385",
       "person": "yes please", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "JZT-Q7 gas smell: 'I can't say there's no gas smell ... there is' -> a hazard: safety case, priority Safety, "
      "no verdict.",
      {"model": "JZT-Q7", "safety": True, "theme": ["hedge_admit", "safety"], "hedge": [("story", "hazard")]}),

    S("colour-copier-jams-not-that-i-dont-appreciate-no-4525",
      ["our colour copier jams every few pages, paper gets stuck inside near the tray",
       "it's driving the whole office mad, and honestly I'm tired of waiting around for engineers"],
      {"done": "no that's all", "confirm": "yes", "product": "DC-4525 colour copier", "serial": "DC45252512510",
       "started": "about 12 days ago", "circumstances": "no, nothing like that, no one's opened it",
       "wants": "I don't know, something that isn't a technician visit", "phone": "138 6629 5514",
       "offer": ["it's not that I don't appreciate it, but no. not a repair visit, no",
                 "I wouldn't say that's unreasonable, but still no, I don't want that either"],
       "person": "yes, a person please", "other": "no"},
      E("en", "Covered", "FreeRepair", True, "Normal"),
      "DC45252512510: DC-4525 sold 251 days ago (COUNTY Fuyang), 114 days left; PAPER_JAM ~12 days -> Covered, FreeRepair "
      "first. Both offers are refused in hedged words that end in a plain 'no' -> two refusals, escalated Normal.",
      {"serial": "DC45252512510", "start": 12, "fault": "PAPER_JAM", "wish": "repair", "flow": "refuse2",
       "theme": ["hedge_offer", "wants_person"], "hedge": [("offer", "no")]},
      hard=True),

    S("copier-streaky-not-that-i-dont-like-it-refund-dc3020",
      ["Hi, we bought your DC-3020 copier 5 days ago for the shop",
       "every copy has a grey streak down the left side, for the last three days"],
      {"done": "that's all", "confirm": "yes exactly", "product": "DC-3020 copier", "serial": "DC30202609424",
       "started": "3 days ago", "circumstances": "no, nothing, it's just sat on the counter",
       "wants": "it's not that I don't like the machine, but I want to return it and get a refund",
       "phone": "137 2265 9918", "offer": ["yes, the refund please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC30202609424: DC-3020 sold 5 days ago (COUNTY Lin'an), inside the 7-day return window; PRINT_QUALITY ~3 days, "
      "refund asked -> Covered, Refund.",
      {"serial": "DC30202609424", "start": 3, "fault": "PRINT_QUALITY", "wish": "refund",
       "theme": ["hedge_wish", "refund"], "hedge": [("wants", "wish")]}),

    S("geyser-cold-wouldnt-say-nobodys-been-near-it-h16",
      ["No hot water from the gas water heater since about a week ago, the tap runs but the burner doesn't come on",
       "showering at my sister's is getting old"],
      {"done": "no that's it", "confirm": "yes", "product": "H16 gas water heater", "serial": "RH1626053738",
       "started": "about 8 days ago",
       "circumstances": "I wouldn't say nobody's been near it, the gas company read the meter next to it. but nobody "
                        "opened it, dropped it or repaired it, and no power problems. so no, nothing happened to it",
       "wants": "repair", "phone": "135 7709 3346", "offer": ["yes go ahead"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626053738: JSQ-H16 sold 144 days ago (CITY), labour 221 / parts 587 days left; NO_HOT_WATER ~8 days. 'I wouldn't "
      "say nobody's been near it ... but nobody opened it ... so no' is a denial -> Covered, FreeRepair.",
      {"serial": "RH1626053738", "start": 8, "fault": "NO_HOT_WATER", "wish": "repair",
       "theme": ["hedge_deny"], "hedge": [("circumstances", "deny")]},
      hard=True),

    S("finance9-reports-not-that-they-dont-run-s9",
      ["hello, it's not that the reports don't run in Finance 9, they run fine, it's that the profit and loss totals don't match the ledger any more",
       "single user version, on the office pc"],
      {"done": "no", "confirm": "yes that's right", "product": "Finance Suite 9 single-user", "serial": "FS9-2606-UNCV",
       "started": "5 days ago", "circumstances": "no, nobody changed anything, no one modified it",
       "wants": "help getting the figures right", "phone": "136 9927 4408",
       "offer": ["yes please, remote is fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: CW-S9 sold 124 days ago (COUNTY Chun'an), 241 days left; REPORT_WRONG ~5 days -> Covered, "
      "RemoteSupport first (software line).",
      {"serial": "FS9-2606-UNCV", "start": 5, "fault": "REPORT_WRONG", "wish": "repair",
       "theme": ["hedge_symptom", "software"], "hedge": [("story", "symptom")]}),

    S("toner-not-that-printer-is-broken-lp2200",
      ["ok so it's not that the printer isn't working, the printer itself is fine",
       "the toner cartridge is finished, everything comes out pale grey. can I get a new toner cartridge under the warranty?"],
      {"done": "no", "confirm": "yes, the toner cartridge", "product": "LP-2200", "serial": "LP22TA260240",
       "started": "about 5 days ago", "circumstances": "no", "wants": "a new toner cartridge",
       "phone": "138 3370 5521", "offer": ["ok yes, send one"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "LP22TA260240: LP-2200 sold 241 days ago (COUNTY Jiande), in warranty, but the toner cartridge is a consumable -> "
      "rule 2 NotCovered, PartReplacement at the part price.",
      {"serial": "LP22TA260240", "start": 5, "fault": "PRINT_QUALITY", "wish": "part", "consumable": True,
       "theme": ["hedge_symptom", "consumable"], "hedge": [("story", "symptom")]}),

    S("invoice-printer-old-cant-say-im-not-annoyed-630k",
      ["our dot matrix invoice printer has started skipping lines and the print head clatters",
       "we've had it a couple of years"],
      {"done": "no", "confirm": "yes", "product": "ZD-630K invoice printer", "serial": "ZD630K250163",
       "started": "about 20 days ago", "circumstances": "no, nothing like that",
       "wants": "fix it", "phone": "137 6658 1140",
       "offer": ["I can't say I'm not annoyed about paying for it, but ok, yes, go ahead"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "ZD630K250163: ZD-630K sold 662 days ago, with 6 extended months expired 116 days ago; the fault started ~20 days "
      "ago, well after the expiry -> NotCovered (EXPIRED), PaidRepair. The yes at the offer comes after a hedge.",
      {"serial": "ZD630K250163", "start": 20, "fault": "PRINT_QUALITY", "wish": "repair",
       "theme": ["hedge_offer", "expired"], "hedge": [("offer", "yes")]},
      hard=True),

    S("finance8-network-not-that-nobody-connects-n8",
      ["it's not that nobody can connect to the Finance 8 server, the server pc itself opens the accounts fine",
       "but the two other desks just say cannot connect to server, since about 10 days ago"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 8 network edition", "serial": "FN8-2508-YWLD",
       "started": "10 days ago", "circumstances": "no, nobody changed anything",
       "wants": "get the two desks connected", "phone": "139 8826 7703",
       "offer": ["yes ok, remote is fine"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2508-YWLD: CW-N8 sold 439 days ago (REMOTE Wenzhou), service year over 74 days ago; CONNECTION ~10 days, after "
      "the expiry -> NotCovered (EXPIRED), RemoteSupport at the fee.",
      {"serial": "FN8-2508-YWLD", "start": 10, "fault": "CONNECTION", "wish": "repair",
       "theme": ["hedge_symptom", "expired", "software"], "hedge": [("story", "symptom")]}),

    S("hood-hums-again-not-never-fixed-t9",
      ["the cooker hood is making that loud humming again",
       "it's had a couple of visits from you already"],
      {"done": "no", "confirm": "yes", "product": "T9 hood", "serial": "YT926068688", "started": "6 days ago",
       "circumstances": "it's not that nobody's ever worked on it: your technician fixed the humming once, about two and a "
                        "half months ago, and then the weak suction about three weeks ago. nobody else, though, and no drops or anything",
       "wants": "fix it properly this time", "phone": "136 5540 8817",
       "offer": ["yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926068688: CXW-T9 sold 109 days ago (COUNTY Jiande), 256 days left; NOISE repaired once (RP-2026-00019) and "
      "WEAK_SUCTION once (RP-2026-00045): the same fault only once -> no repeat failure: Covered, FreeRepair, Normal.",
      {"serial": "YT926068688", "start": 6, "fault": "NOISE", "wish": "repair",
       "theme": ["not_never", "notrepeat"], "hedge": [("circumstances", "history")]},
      hard=True),

    S("finance9-network-install-not-that-i-dont-want-help-n9",
      ["installing the Finance 9 network edition on our server, it stops halfway with a database error",
       "bought it a few days ago"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 9 network", "serial": "FN9-2610-LHQA",
       "started": "3 days ago", "circumstances": "no, it's a fresh server, nothing modified",
       "wants": "get it installed", "phone": "135 2271 6694",
       "offer": ["it's not that I don't want your help, but no, not remote. I want to talk to a person"],
       "person": "yes, a person please", "other": "no"},
      E("en", "Covered", "RemoteSupport", True, "Normal"),
      "FN9-2610-LHQA: CW-N9 sold 4 days ago (CITY), software has no return window; INSTALL_FAILURE ~3 days -> Covered, "
      "RemoteSupport first; refused with 'not that I don't want your help, but no' and a person asked -> escalated Normal.",
      {"serial": "FN9-2610-LHQA", "start": 3, "fault": "INSTALL_FAILURE", "wish": "repair", "flow": "person",
       "theme": ["hedge_offer", "wants_person", "software"], "hedge": [("offer", "no")]},
      hard=True),

    S("invoice-printer-new-faint-not-refusing-repair-630k",
      ["the new dot matrix printer prints very faint on the second copy of the invoices",
       "we got it 10 days ago"],
      {"done": "no", "confirm": "yes", "product": "ZD-630K", "serial": "ZD630K261088", "started": "8 days ago",
       "circumstances": "no", "wants": "I'm not saying I wouldn't want it repaired, I do. just repair it please",
       "phone": "138 9915 2276", "offer": ["yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "ZD630K261088: ZD-630K sold 10 days ago (REMOTE Suzhou); PRINT_QUALITY ~8 days, a repair wished -> Covered, "
      "FreeRepair (the wish, granted by policy).",
      {"serial": "ZD630K261088", "start": 8, "fault": "PRINT_QUALITY", "wish": "repair",
       "theme": ["hedge_wish"], "hedge": [("wants", "wish")]}),

    S("copier-streaks-third-time-not-never-dc3020",
      ["So. The copier has streaks again. not never had trouble with it, no: this is the third time. your engineer "
       "cleaned the rollers about four months ago and again about six weeks ago",
       "and now it's streaky again"],
      {"done": "no", "confirm": "yes", "product": "DC-3020", "serial": "DC30202605809", "started": "4 days ago",
       "circumstances": "no, only your engineer has touched it", "wants": "replace it",
       "phone": "137 8834 5519", "offer": ["yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "DC30202605809: DC-3020 sold 174 days ago (CITY), 191 days left; PRINT_QUALITY repaired twice in warranty "
      "(RP-2026-00010, -00030) -> repeat: Covered, Replacement, Urgent.",
      {"serial": "DC30202605809", "start": 4, "fault": "PRINT_QUALITY", "wish": "new",
       "theme": ["not_never", "repeat"], "hedge": [("story", "history")]}),

    S("boiler-drips-cant-say-it-never-got-knocked-e60",
      ["the water heater is dripping from the same valve you fixed before",
       "it was repaired once by your guy"],
      {"done": "no that's all", "confirm": "yes", "product": "E60 electric water heater", "serial": "DE60Q260266",
       "started": "about 7 days ago",
       "circumstances": "I can't say it never got knocked: the movers did bump it when we rearranged the bathroom a "
                        "month ago, I saw it. but the drip is from the same valve your man fixed, not where they hit it",
       "wants": "repair it", "phone": "139 2284 6673", "offer": ["yes"], "person": "yes if needed", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "DE60Q260266: DSZ-E60 sold 224 days ago (CITY), 141 days left; LEAK repaired once (RP-2026-00011, not a repeat). "
      "'I can't say it never got knocked ... I saw it' confirms a bump the customer says is not the cause: a disputed "
      "cause -> rule 5 NeedsReview.",
      {"serial": "DE60Q260266", "start": 7, "fault": "LEAK", "wish": "repair", "circ": ("USER_DAMAGE", "disputed"),
       "theme": ["hedge_admit", "cost_shift", "review", "notrepeat"], "hedge": [("circumstances", "admit")]},
      hard=True),

    S("inkjet-arrived-today-not-that-it-doesnt-print-ij680",
      ["it's not that the inkjet doesn't print, it prints, but every page has a wide blank band through the middle",
       "it was delivered and set up this morning and it did it from the very first page"],
      {"done": "no", "confirm": "yes", "product": "IJ-680 colour inkjet", "serial": "IJ6802610052",
       "started": "this morning, on the first page after delivery", "circumstances": "no, nothing, it's brand new",
       "wants": "a new one in exchange please", "phone": "136 7743 2295",
       "offer": ["yes a replacement"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610052: IJ-680 sold today (CITY); PRINT_QUALITY from the first page after delivery (tied to the delivery), "
      "a new one asked -> within 15 days: Covered, Replacement.",
      {"serial": "IJ6802610052", "start": 0, "tied": True, "fault": "PRINT_QUALITY", "wish": "new",
       "theme": ["hedge_symptom", "new"], "hedge": [("story", "symptom")]}),

    S("finance8-dongle-wouldnt-say-thats-not-it-s8",
      ["Finance 8 single user says the licence key isn't recognised, since a few days",
       "can't open the books"],
      {"done": "no", "confirm": "I wouldn't say that's not it. yes, that's exactly it", "product": "Finance Suite 8",
       "serial": "FS8-2603-LGYF", "started": "4 days ago", "circumstances": "no, nothing",
       "wants": "get it working", "phone": "135 6618 3307", "offer": ["yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2603-LGYF: CW-S8 sold 238 days ago (CITY), 127 days left; LICENCE_ERROR ~4 days -> Covered, RemoteSupport.",
      {"serial": "FS8-2603-LGYF", "start": 4, "fault": "LICENCE_ERROR", "wish": "repair",
       "theme": ["hedge_confirm", "software"], "hedge": [("confirm", "yes")]}),
]
