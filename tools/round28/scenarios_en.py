"""Round 28, English: customers on a phone. Tiny fragments (one thought split over several messages, lowercase, no
punctuation, autocorrect slips, emoji now and then) and voice dictation (one long run-on, spoken numbers and dates,
fillers). meta: the facts check.py recomputes the expectation from; meta.theme lists the phone habits shown
(fragments, voice, typos, emoji, spoken_numbers, spoken_dates, fillers) plus repeat / notrepeat."""
from common import S, E

EN = [
    S("hi-my-stove-wont-light-q5",
      ["hi", "my stove", "wont light", "the right one", "just clicks"],
      {"done": "thats it", "confirm": "yes", "product": "gas stove q5", "serial": "JQ526097010",
       "started": "2 days ago", "circumstances": "no", "wants": "fix it pls", "phone": "138 5716 6634",
       "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ526097010: Q5 sold 9 days ago (city), NO_IGNITION since 2 days ago; a repair is wanted, no circumstance -> "
      "Covered, FreeRepair (the customer asked for a repair, not a new one), Normal.",
      {"serial": "JQ526097010", "start": 2, "fault": "NO_IGNITION", "wish": "repair", "theme": ["fragments"]}),

    S("again-the-hob-third-time-q5",
      ["hey", "hob", "wont ignite", "AGAIN", "ur guys fixed it twice already 😤"],
      {"done": "no", "confirm": "yep", "product": "the q5 hob", "serial": "JQ526062448",
       "started": "3 days ago", "circumstances": "nope nothing", "wants": "honestly just want a new one at this point",
       "phone": "139 5813 7741", "offer": ["yes ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "JQ526062448: Q5 sold 152 days ago, NO_IGNITION repaired twice under warranty (ours), now the same fault since 3 "
      "days ago -> repeat failure: Covered, Replacement first, Urgent.",
      {"serial": "JQ526062448", "start": 3, "fault": "NO_IGNITION", "wish": "new", "theme": ["fragments", "emoji", "typos", "repeat"],
       "hard": True}),

    S("um-so-the-glass-stove-flame-dies-q7",
      ["um hi so its the glass top gas stove the Q7 one you know and like you guys came out a while back because it "
       "wouldnt light and that got sorted but now its a different thing the flame comes on and then it just dies "
       "after a few seconds when I let go of the knob its been doing that for like five days"],
      {"done": "no thats everything", "confirm": "yeah thats right", "product": "the Q7 glass gas stove",
       "serial": "JQ726093781", "started": "about five days ago", "circumstances": "no nothing like that no",
       "wants": "um just have someone fix it", "phone": "one three six five seven one one eight eight four three",
       "offer": ["yes thats fine"], "person": "no thanks", "other": "okay"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: Q7 sold 63 days ago (city), one NO_IGNITION repair under warranty (ours); now FLAME_GOES_OUT since "
      "5 days ago: another fault, not a repeat -> Covered, FreeRepair, Normal. Voice dictation, phone spoken.",
      {"serial": "JQ726093781", "start": 5, "fault": "FLAME_GOES_OUT", "wish": "repair",
       "theme": ["voice", "fillers", "spoken_numbers", "spoken_dates", "notrepeat"], "hard": True}),

    S("voice-water-heater-dripping-h16",
      ["hello yes I'm calling about the gas water heater the H sixteen it's dripping from underneath there's a little "
       "puddle every morning started about four days ago I put a bowl under it for now"],
      {"done": "no that's all", "confirm": "yes", "product": "gas water heater H16",
       "serial": "RH1626086062", "started": "four days ago", "circumstances": "no no one touched it no",
       "wants": "send a technician please", "phone": "137 3571 9846", "offer": ["yes please"], "person": "no",
       "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626086062: H16 sold 57 days ago (city), LEAK since 4 days ago, nothing done to it -> Covered, FreeRepair, Normal.",
      {"serial": "RH1626086062", "start": 4, "fault": "LEAK", "wish": "repair", "theme": ["voice", "spoken_dates"]}),

    S("brother-in-law-had-a-go-h16",
      ["water heater", "no hot water", "the gas one", "my brother in law had a look at it n swapped some bit", "didnt help"],
      {"done": "no", "confirm": "ya", "product": "h16 gas water heater", "serial": "RH1626031801",
       "started": "like 2 weeks ago",
       "circumstances": "yeah my brother in law opened it up and tried to fix it, hes not one of your guys",
       "wants": "just get it working", "phone": "135 8817 4462", "offer": ["ok how much", "fine"], "person": "no",
       "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "RH1626031801: H16 sold 237 days ago (county), NO_HOT_WATER since about 14 days ago; a relative who is not an "
      "authorised engineer opened it and tried to repair it (said plainly) -> UNAUTHORISED_REPAIR, CostFee: "
      "CoveredWithFee, PaidRepair, Normal.",
      {"serial": "RH1626031801", "start": 14, "fault": "NO_HOT_WATER", "circ": ("UNAUTHORISED_REPAIR", "confirmed"),
       "wish": "repair", "theme": ["fragments", "typos"], "hard": True}),

    S("been-putting-up-with-it-two-months-e60",
      ["hi yeah so the electric water heater the sixty litre one in the bathroom its been um not really heating "
       "properly like its lukewarm at best and honestly its been like that for about two months now I just kept "
       "putting off calling because you know life but now its basically cold"],
      {"done": "no that's it", "confirm": "yeah", "product": "E60 electric water heater",
       "serial": "DE60X250881", "started": "about two months ago, maybe a bit more",
       "circumstances": "no nothing happened to it", "wants": "i want it fixed under warranty", "phone": "186 5713 3398",
       "person": "ok", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "DE60X250881: E60 sold 407 days ago (Nanjing), warranty expired 42 days ago, but the customer says the heating "
      "went bad about two months (~60 days) ago, i.e. inside the warranty -> rule 3: NeedsReview, a person, Normal.",
      {"serial": "DE60X250881", "start": 60, "fault": "NO_HOT_WATER", "wish": "repair",
       "theme": ["voice", "fillers", "spoken_dates"], "hard": True}),

    S("dictated-got-a-tingle-from-the-tap-e60",
      ["ok so we only got the new electric water heater installed like two days ago and it heats fine but um this "
       "morning my wife touched the metal tap on the shower while it was running and she got a little electric "
       "tingle like a buzz through her hand and now were scared to use it"],
      {"done": "no that's everything", "confirm": "yes", "product": "electric water heater E60",
       "serial": "DE60R260884", "started": "this morning", "circumstances": "no nothing like that",
       "wants": "someone to check it asap", "phone": "189 3571 6643", "person": "yes please", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "DE60R260884: E60 sold 2 days ago; a tingle (electric shock) from the shower tap is a hazard -> safety: escalated, "
      "priority Safety, no coverage decision.",
      {"serial": "DE60R260884", "start": 0, "safety": True, "theme": ["voice", "fillers"], "hard": True}),

    S("new-hood-rattles-want-new-one-t9",
      ["hi 👋", "range hood", "bought it like 11 days ago", "makes a horrible rattle", "want a new one tbh"],
      {"done": "nope", "confirm": "yes", "product": "t9 range hood", "serial": "YT926090053", "started": "since day 3 or so",
       "circumstances": "no", "wants": "replacement", "phone": "139 6658 1173", "offer": ["ok thx"], "person": "no",
       "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "YT926090053: T9 sold 11 days ago (city), NOISE since about 8 days ago; the customer wants a new one and day 11 is "
      "inside the 15-day exchange window -> Covered, Replacement, Normal.",
      {"serial": "YT926090053", "start": 8, "fault": "NOISE", "wish": "new", "theme": ["fragments", "emoji"]}),

    S("old-hood-noisy-t9",
      ["extractor fan", "really loud", "bout 2 weeks"],
      {"done": "no", "confirm": "yes", "product": "T9 hood", "serial": "YT925079630", "started": "2 weeks ago",
       "circumstances": "no", "wants": "fix it", "phone": "158 5745 3316", "offer": ["ok"], "person": "no",
       "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT925079630: T9 sold 453 days ago (Ningbo), warranty expired 88 days ago; NOISE since 14 days ago, well after the "
      "expiry -> NotCovered, PaidRepair at the standard fees, Normal.",
      {"serial": "YT925079630", "start": 14, "fault": "NOISE", "wish": "repair", "theme": ["fragments", "typos"]}),

    S("voice-backup-keeps-failing-s8",
      ["hi so the finance software the single user one version eight um every time I do the backup at the end of the "
       "day it fails halfway with some error and I lose it so I have no backup since like three days ago the serial "
       "is F S eight dash two six zero three dash L G Y F"],
      {"done": "no that's it", "confirm": "yes", "product": "Finance Suite 8 single user", "serial": "FS8-2603-LGYF",
       "started": "three days ago", "circumstances": "no", "wants": "help me get backups working",
       "phone": "136 5718 4427", "offer": ["yes that works"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2603-LGYF: S8 sold 238 days ago, DATA_BACKUP since 3 days ago -> Covered, RemoteSupport first (software), "
      "Normal. The serial is spoken in the story and typed when asked.",
      {"serial": "FS8-2603-LGYF", "start": 3, "fault": "DATA_BACKUP", "wish": "repair",
       "theme": ["voice", "fillers", "spoken_numbers", "spoken_dates"]}),

    S("network-accounts-slow-n8",
      ["accounting software", "network version", "soooo slow", "every1 complaining"],
      {"done": "no", "confirm": "yes", "product": "finance 8 network", "serial": "FN8-2501-YKDJ", "started": "a week ago",
       "circumstances": "no", "wants": "make it faster", "phone": "133 5716 9928", "offer": ["ok"], "person": "no",
       "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2501-YKDJ: N8 sold 657 days ago (county), service year ended 292 days ago; SLOW since a week ago -> "
      "NotCovered, RemoteSupport at the fee, Normal.",
      {"serial": "FN8-2501-YKDJ", "start": 7, "fault": "SLOW", "wish": "repair", "theme": ["fragments", "typos"]}),

    S("licence-error-new-install-s9",
      ["finance 9", "just bought", "says licence invalid", "cant log in"],
      {"done": "no", "confirm": "yes", "product": "finance suite 9", "serial": "FS9-2610-CDNH", "started": "yesterday",
       "circumstances": "no", "wants": "just make it work", "phone": "177 5813 6642", "offer": ["ok sure"], "person": "no",
       "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2610-CDNH: S9 sold 4 days ago, LICENCE_ERROR since yesterday; software has no return window, help wanted -> "
      "Covered, RemoteSupport, Normal.",
      {"serial": "FS9-2610-CDNH", "start": 1, "fault": "LICENCE_ERROR", "wish": "repair", "theme": ["fragments"]}),

    S("copier-streaks-third-time-dc3020",
      ["copier", "streaky copies again", "techs came twice", "still the same", "toner is new btw its not that"],
      {"done": "thats all", "confirm": "yes", "product": "dc3020 copier", "serial": "DC30202605809",
       "started": "4 days ago", "circumstances": "no", "wants": "a new machine", "phone": "131 5716 8823",
       "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "DC30202605809: DC-3020 sold 174 days ago, PRINT_QUALITY repaired twice under warranty (ours); the same fault again "
      "since 4 days ago with new toner (not a consumable) -> repeat failure: Covered, Replacement, Urgent.",
      {"serial": "DC30202605809", "start": 4, "fault": "PRINT_QUALITY", "wish": "new",
       "theme": ["fragments", "repeat"], "hard": True}),

    S("brand-new-copier-jams-want-money-back-dc3020",
      ["hi", "new copier", "jams every page 🙄", "want a refund", "got it 5 days ago"],
      {"done": "no", "confirm": "yes", "product": "copier dc-3020", "serial": "DC30202609424", "started": "2 days ago",
       "circumstances": "no", "wants": "refund", "phone": "152 5718 3364", "offer": ["yes"], "person": "no",
       "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC30202609424: DC-3020 sold 5 days ago (county), PAPER_JAM since 2 days ago, refund asked; day 5 is inside the "
      "7-day return window -> Covered, Refund, Normal.",
      {"serial": "DC30202609424", "start": 2, "fault": "PAPER_JAM", "wish": "refund", "theme": ["fragments", "emoji"]}),

    S("replacement-copier-jams-too-dc4525",
      ["colour copier", "the one u replaced", "jamming now", "not the old one the NEW one"],
      {"done": "no", "confirm": "yes", "product": "DC4525 colour copier", "serial": "DC45252604353",
       "started": "3 days ago", "circumstances": "no", "wants": "fix it", "phone": "180 5716 4439", "offer": ["ok"],
       "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC45252604353: DC-4525 sold 194 days ago; PAPER_JAM part replaced twice, then the unit was replaced (ours), which "
      "resets the count; PAPER_JAM on the new unit since 3 days ago is not a repeat -> Covered, FreeRepair, Normal.",
      {"serial": "DC45252604353", "start": 3, "fault": "PAPER_JAM", "wish": "repair",
       "theme": ["fragments", "notrepeat"], "hard": True}),

    S("dictated-printer-fell-off-trolley-lp2200",
      ["right so the laser printer in the office the LP twenty two hundred fell off the trolley when we were moving "
       "desks about a week ago and now the paper tray is cracked and it wont feed at all so yeah that was us"],
      {"done": "no that's it", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22DF251194",
       "started": "a week ago when it fell", "circumstances": "yes it fell off a trolley when we moved it",
       "wants": "repair it", "phone": "139 5716 2248", "offer": ["ok go ahead"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "LP22DF251194: LP-2200 sold 322 days ago (city, expiry in 43 days), CRACKED after falling off a trolley (said "
      "plainly) -> USER_DAMAGE, CostFee: CoveredWithFee, PaidRepair, Normal.",
      {"serial": "LP22DF251194", "start": 7, "fault": "CRACKED", "circ": ("USER_DAMAGE", "confirmed"), "wish": "repair",
       "theme": ["voice", "spoken_numbers"], "hard": True}),

    S("ink-cartridge-not-recognised-ij680",
      ["inkjet", "new", "cartridge not recognized", "the black one", "warrenty?"],
      {"done": "no", "confirm": "yes", "product": "ij 680 inkjet printer", "serial": "IJ6802610995",
       "started": "yesterday", "circumstances": "no", "wants": "new cartridge", "phone": "138 6657 3319",
       "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago; the black ink cartridge is not recognised: the ink cartridge is a "
      "consumable (rule 2, any date) -> NotCovered, PartReplacement at the part price, Normal.",
      {"serial": "IJ6802610995", "start": 1, "fault": "PRINT_QUALITY", "consumable": True, "wish": "part",
       "theme": ["fragments", "typos"], "hard": True}),

    S("invoice-printer-dead-again-zd630k",
      ["invoice printer", "dead", "no lights", "u changed a part last month", "now this"],
      {"done": "no", "confirm": "yes", "product": "zd630k dot matrix", "serial": "ZD630K260712",
       "started": "this morning", "circumstances": "no power cuts no surge nothing", "wants": "fix",
       "phone": "150 5718 9943", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "ZD630K260712: ZD-630K sold 75 days ago, one NO_POWER part replacement under warranty (ours); NO_POWER again "
      "today: one repair is not a repeat; the customer denies voltage problems (a negation is no circumstance) -> "
      "Covered, FreeRepair, Normal.",
      {"serial": "ZD630K260712", "start": 0, "fault": "NO_POWER", "wish": "repair",
       "theme": ["fragments", "typos", "notrepeat"], "hard": True}),

    S("smells-like-gas-q5",
      ["help", "kitchen smells like gas", "stove is off", "what do i do"],
      {"done": "no", "confirm": "yes", "product": "q5 stove", "serial": "JQ526078529", "started": "just now",
       "circumstances": "no", "wants": "someone come now", "phone": "139 5715 6612", "person": "yes", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "JQ526078529: Q5 sold 88 days ago; a gas smell with the stove off is a hazard -> safety: escalated, Safety, no "
      "coverage decision.",
      {"serial": "JQ526078529", "start": 0, "safety": True, "theme": ["fragments"]}),

    S("copier-jams-wants-a-real-person-dc4525",
      ["copier jamming", "the colour one", "pls sort"],
      {"done": "no", "confirm": "yes", "product": "dc-4525", "serial": "DC45252512510", "started": "like 4 days",
       "circumstances": "no", "wants": "fix it", "phone": "136 5716 7734",
       "offer": ["can i talk to a real person pls"], "person": "yes", "other": "ok"},
      E("en", "Covered", "FreeRepair", True, "Normal"),
      "DC45252512510: DC-4525 sold 251 days ago (county), PAPER_JAM since 4 days ago -> Covered, FreeRepair; at the offer "
      "the customer asks for a real person -> escalated, Normal.",
      {"serial": "DC45252512510", "start": 4, "fault": "PAPER_JAM", "wish": "repair", "flow": "person",
       "theme": ["fragments"]}),
]
