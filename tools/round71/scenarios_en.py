"""Round 71, English: phone typers and voice input. Emoji and one-word answers, voice-to-text run-ons with homophone
slips, texting abbreviations (rn, tbh, b4, 2day, wks, pls), English writers on a zh-CN browser. meta: the facts check.py
recomputes the expectation from (start = days before the reference date; day of sale from purchases.json); meta.theme
lists the phone/voice traits (emoji, oneword, voice_runon, homophone, abbrev, locale_mismatch) plus the usual case
themes; meta.slips names the voice-to-text slips typed."""
from common import S, E

EN = [
    S("hood-loud-3-days-in-want-new-one-t9",
      ["hood is LOUD 😫", "got it like 11 days ago", "grinding noise on every speed"],
      {"done": "nope", "confirm": "👍", "product": "range hood T9", "serial": "YT926090053",
       "started": "3 days ago", "circumstances": "nah", "wants": "new one pls",
       "phone": "186 5713 9924", "offer": ["👌 ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "YT926090053: CXW-T9 sold 11 days ago, inside the 15-day exchange window; NOISE 3 days, nothing happened, wants a new "
      "one -> Covered, Replacement.",
      {"serial": "YT926090053", "start": 3, "fault": "NOISE", "wish": "new", "theme": ["emoji", "oneword"]}),

    S("voice-water-heater-luke-warm-e60",
      ["hi I'm using voice so sorry if it comes out weird our electric water heater the E60 one is only giving luke warm "
       "water for about a weak now the light comes on and everything but the water is never hot even after leaving it "
       "for hours and we have a baby so we really need hot water for bath time"],
      {"done": "no that's everything thank you", "confirm": "yes that's right",
       "product": "it's the E60 electric water heater", "serial": "DE60K251124", "started": "about a weak ago I mean one week",
       "circumstances": "no nothing like that nobody touched it", "wants": "just fix it please",
       "phone": "one three nine five seven one one four four six eight", "offer": ["yes please book it"],
       "person": "no thanks", "other": "okay"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DE60K251124: DSZ-E60 sold 313 days ago, 52 days of cover left; NO_HOT_WATER for a week ('a weak' is a dictation "
      "slip), nothing happened -> Covered, FreeRepair. The phone number is dictated in words (one three nine ...).",
      {"serial": "DE60K251124", "start": 7, "fault": "NO_HOT_WATER", "wish": "repair",
       "theme": ["voice_runon", "homophone"], "slips": ["weak"]}, hard=True),

    S("stove-wont-light-3rd-time-tbh-q5",
      ["hob wont light AGAIN", "ur guys fixed it twice already tbh im done", "same thing, click click no flame"],
      {"done": "thats it", "confirm": "ya", "product": "Q5 gas hob", "serial": "JQ526062448",
       "started": "2day, this morning", "circumstances": "no", "wants": "replace it pls, not fixing again",
       "phone": "159 8871 3346", "offer": ["ok ty"], "person": "no", "other": "k"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "JQ526062448: JZT-Q5 sold 152 days ago, 213 days left; NO_IGNITION repaired twice under warranty in repairs.json -> "
      "repeat failure: Covered, Replacement first, Urgent.",
      {"serial": "JQ526062448", "start": 0, "fault": "NO_IGNITION", "wish": "new", "theme": ["abbrev", "repeat"]}),

    S("printer-jams-zh-browser-lp2200",
      ["hello, sorry my browser is chinese, I hope english ok", "our laser printer LP-2200 jams every few pages since about 5 days",
       "paper gets crumpled inside near the back"],
      {"done": "no, that's all", "confirm": "yes correct", "product": "LP-2200 laser printer", "serial": "LP22TA260240",
       "started": "5 days ago", "circumstances": "no, nothing. normal paper, nobody opened it except to pull the paper out",
       "wants": "repair", "phone": "137 5810 6629", "offer": ["yes ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "LP22TA260240: LP-2200 sold 241 days ago, 124 days left; PAPER_JAM 5 days, nothing happened (clearing a jam is no "
      "circumstance) -> Covered, FreeRepair. English writer on a zh-CN browser.",
      {"serial": "LP22TA260240", "start": 5, "fault": "PAPER_JAM", "wish": "repair", "theme": ["locale_mismatch"]},
      locale="zh-CN"),

    S("voice-finance-nine-report-totals-wrong-s9",
      ["okay so the finance nine software on my laptop the profit and loss report is adding up wrong the totals at the "
       "bottom don't match the lines above it started about too weeks ago and I have to send it to my boss so I need it "
       "sorted out right"],
      {"done": "no that's it", "confirm": "yes", "product": "Finance Suite 9 single user", "serial": "FS9-2606-UNCV",
       "started": "about two weeks ago", "circumstances": "no nothing like that", "wants": "just get it working again",
       "phone": "158 6617 3395", "offer": ["yes remote is fine"], "person": "no", "other": "okay"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: CW-S9 sold 124 days ago, 241 days left; REPORT_WRONG for two weeks ('too weeks' dictated) -> "
      "Covered, RemoteSupport first (software).",
      {"serial": "FS9-2606-UNCV", "start": 14, "fault": "REPORT_WRONG", "wish": "repair",
       "theme": ["voice_runon", "homophone"], "slips": ["too weeks"]}, hard=True),

    S("copier-3-days-old-jams-refund-dc3020",
      ["copier we bought 3 days ago jams constantly 🙄", "want our money back"],
      {"done": "no", "confirm": "yep", "product": "DC-3020 copier", "serial": "DC30202608396",
       "started": "yesterday", "circumstances": "nope", "wants": "refund", "phone": "133 5716 8842",
       "offer": ["👍 yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC30202608396: DC-3020 sold 3 days ago, inside the 7-day return window; PAPER_JAM since yesterday, refund asked -> "
      "Covered, Refund.",
      {"serial": "DC30202608396", "start": 1, "fault": "PAPER_JAM", "wish": "refund", "theme": ["emoji", "oneword"]}),

    S("inkjet-ink-gone-already-680",
      ["ink ran out already??", "printer is brand new, the 680 inkjet", "black cartridge says empty after maybe 40 pages"],
      {"done": "no", "confirm": "ya", "product": "IJ-680", "serial": "IJ6802610052", "started": "today",
       "circumstances": "no", "wants": "new cartridge", "phone": "151 8832 4476", "offer": ["fine 🙄"],
       "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "IJ6802610052: IJ-680 sold today; the ink cartridge is a consumable (rule 2, any date) -> NotCovered, "
      "PartReplacement at the part price.",
      {"serial": "IJ6802610052", "start": 0, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair",
       "theme": ["emoji", "oneword", "consumable"]}),

    S("old-gas-heater-no-hot-water-expired-h16",
      ["gas water heater H16 not heating", "had it 2+ yrs", "fan runs, no flame, cold water"],
      {"done": "no", "confirm": "yes", "product": "H16", "serial": "RH1624071541", "started": "10 days",
       "circumstances": "no", "wants": "fix", "phone": "139 6657 1183", "offer": ["ok how much, fine go ahead"],
       "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "RH1624071541: JSQ-H16 sold 795 days ago; parts expired 65 days ago, labour long before; NO_HOT_WATER 10 days, "
      "after both expiries -> NotCovered, PaidRepair.",
      {"serial": "RH1624071541", "start": 10, "fault": "NO_HOT_WATER", "wish": "repair", "theme": ["oneword"]}),

    S("receipt-printer-faint-ribbon-pls-630k",
      ["hi pls help, receipts from our dot matrix printer r super faint rn", "customers cant read them",
       "tbh prob the ribbon but idk"],
      {"done": "no thx", "confirm": "yes", "product": "ZD-630K", "serial": "ZD630K260738", "started": "like 4 days ago",
       "circumstances": "no", "wants": "whatever fixes it asap", "phone": "188 5714 3365",
       "offer": ["ok send the ribbon pls"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "ZD630K260738: ZD-630K sold 108 days ago; faint print from a worn ribbon, the ribbon is a consumable (rule 2) -> "
      "NotCovered, PartReplacement.",
      {"serial": "ZD630K260738", "start": 4, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair",
       "theme": ["abbrev", "consumable"]}, hard=True),

    S("network-finance-licence-error-yesterday-n9",
      ["Hello. My computer language is Chinese, but I write English.",
       "We installed Finance Suite 9 network edition yesterday. Today every user gets a licence error when logging in."],
      {"done": "No, that's all.", "confirm": "Yes.", "product": "Finance Suite 9 network", "serial": "RJ-321778",
       "started": "this morning", "circumstances": "No.", "wants": "Please make it work.", "phone": "136 5712 9984",
       "offer": ["OK, remote is good."], "person": "No.", "other": "OK"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "Order RJ-321778 = FN9-2609-QFFT: CW-N9 sold 1 day ago; LICENCE_ERROR today -> Covered, RemoteSupport first "
      "(software has no return window). English writer on zh-CN.",
      {"serial": "FN9-2609-QFFT", "start": 0, "fault": "LICENCE_ERROR", "wish": "repair", "theme": ["locale_mismatch"]},
      locale="zh-CN"),

    S("voice-colour-copier-dropped-streaks-4525",
      ["so basically we were moving the colour copier to the other room and it tipped off the trolley and hit the floor "
       "pretty hard and since then every copy has these grey streaks down the side and the corner of the case is "
       "cracked a bit its the forty five twenty five model"],
      {"done": "no that's it", "confirm": "yes that's right",
       "product": "the 4525 colour copier", "serial": "DC45252512510", "started": "since it fell about a week and a half ago",
       "circumstances": "yes like I said we dropped it off the trolley", "wants": "repair it",
       "phone": "135 8817 6643", "offer": ["okay if there's a fee fine go ahead"], "person": "no", "other": "okay"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DC45252512510: DC-4525 sold 251 days ago, 114 days left; streaks since it was dropped (USER_DAMAGE confirmed, "
      "CostFee) -> CoveredWithFee, PaidRepair.",
      {"serial": "DC45252512510", "start": 10, "fault": "PRINT_QUALITY", "wish": "repair",
       "circ": ("USER_DAMAGE", "confirmed"), "theme": ["voice_runon", "cost_shift"]}, hard=True),

    S("glass-hob-wont-light-again-once-fixed-q7",
      ["yr tech fixed my glass hob b4, now left burner wont light again 😤", "only that 1 burner"],
      {"done": "no", "confirm": "yes", "product": "Q7", "serial": "JQ726093781", "started": "2 days ago",
       "circumstances": "no", "wants": "fix it", "phone": "131 5719 3387", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: JZT-Q7 sold 63 days ago, 302 days left; one NO_IGNITION repair in repairs.json (ours), a second "
      "failure is not yet a repeat (2 repairs needed) -> Covered, FreeRepair.",
      {"serial": "JQ726093781", "start": 2, "fault": "NO_IGNITION", "wish": "repair",
       "theme": ["abbrev", "emoji", "notrepeat"]}, hard=True),

    S("gas-smell-near-heater-h16",
      ["gas smell near the water heater rn", "its the H16 in the kitchen", "should I turn it off??"],
      {"done": "no", "confirm": "yes", "product": "H16", "serial": "RH1626084107", "started": "just now",
       "circumstances": "no", "wants": "someone to come", "phone": "137 5718 2264", "offer": ["ok"],
       "person": "yes pls", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "RH1626084107: JSQ-H16; a gas smell is an emergency: safety advice, escalated with priority Safety, no verdict.",
      {"serial": "RH1626084107", "start": 0, "fault": "GAS_SMELL", "safety": True, "theme": ["abbrev", "safety"]}),

    S("finance8-new-laptop-install-fails-want-human-s8",
      ["finance 8 wont install on new laptop", "error at 80%"],
      {"done": "nah", "confirm": "yep", "product": "Finance 8 single user", "serial": "FS8-2603-LGYF",
       "started": "yesterday", "circumstances": "nope", "wants": "get it installed", "phone": "150 5716 8893",
       "offer": ["nah tried remote b4, useless", "no. real person pls"], "person": "yes", "other": "k"},
      E("en", "Covered", "RemoteSupport", True, "Normal"),
      "FS8-2603-LGYF: CW-S8 sold 238 days ago, 127 days left; INSTALL_FAILURE since yesterday -> Covered, RemoteSupport "
      "first; refused twice -> escalated, Normal.",
      {"serial": "FS8-2603-LGYF", "start": 1, "fault": "INSTALL_FAILURE", "wish": "repair", "flow": "refuse2",
       "theme": ["oneword", "abbrev", "wants_person"]}),

    S("water-heater-leaking-3rd-time-e60",
      ["😩😩 water heater leaking AGAIN", "3rd time", "puddle under it"],
      {"done": "no", "confirm": "yes", "product": "E60", "serial": "DE60B250547", "started": "last night",
       "circumstances": "no", "wants": "new one", "phone": "139 5716 4418", "offer": ["yes 🙏"], "person": "no",
       "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "DE60B250547: DSZ-E60 sold 470 days ago with extended cover (79 days left); LEAK part-replaced twice under "
      "warranty -> repeat: Covered, Replacement, Urgent.",
      {"serial": "DE60B250547", "start": 1, "fault": "LEAK", "wish": "new", "theme": ["emoji", "oneword", "repeat"]}),

    S("copier-streaks-after-2-repairs-refund-dc3020",
      ["copier streaky again smh", "2 repairs alrdy, still same", "just refund us pls, done w/ it"],
      {"done": "no", "confirm": "yes", "product": "DC-3020", "serial": "DC30202605809", "started": "abt 1 wk",
       "circumstances": "no", "wants": "refund", "phone": "138 5712 6649", "offer": ["ok thx"], "person": "no",
       "other": "ok"},
      E("en", "Covered", "Refund", False, "Urgent"),
      "DC30202605809: DC-3020 sold 174 days ago, 191 days left; PRINT_QUALITY repaired twice under warranty -> repeat, "
      "refund asked: Covered, Refund, Urgent.",
      {"serial": "DC30202605809", "start": 7, "fault": "PRINT_QUALITY", "wish": "refund", "theme": ["abbrev", "repeat"]}, hard=True),

    S("receipt-printer-kid-knocked-off-but-jammed-before-630k",
      ["dot matrix keeps jamming", "ok full honesty my son knocked it off the counter last wk lol",
       "BUT it was jamming b4 that, like 2 wks already, so not the fall"],
      {"done": "no", "confirm": "yes", "product": "ZD-630K", "serial": "ZD630K260501", "started": "2 wks ago",
       "circumstances": "yes he knocked it off, but the jamming started b4", "wants": "fix it",
       "phone": "182 5719 6634", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "ZD630K260501: ZD-630K sold 143 days ago, 222 days left; PAPER_JAM for two weeks, the unit was knocked off the "
      "counter a week ago (USER_DAMAGE confirmed) but the customer disputes it as the cause -> rule 5, NeedsReview.",
      {"serial": "ZD630K260501", "start": 14, "fault": "PAPER_JAM", "wish": "repair",
       "circ": ("USER_DAMAGE", "disputed"), "theme": ["abbrev", "cost_shift", "review"]}, hard=True),

    S("voice-network-finance-license-again-n8",
      ["hi there your technician fixed are license problem on the finance eight network version a couple months back "
       "and now its come back the same error every morning when people log in it says license not valid and they have "
       "to keep restarting it"],
      {"done": "no that's all", "confirm": "yes exactly", "product": "finance 8 network edition",
       "serial": "FN8-2606-LNDV", "started": "about four days ago",
       "circumstances": "no nothing changed", "wants": "fix it properly this time",
       "phone": "15957188336", "offer": ["yes okay do the remote"],
       "person": "no", "other": "okay"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN8-2606-LNDV: CW-N8 sold 89 days ago, 276 days left; one LICENCE_ERROR repair (ours), now again: one repair is "
      "not a repeat -> Covered, RemoteSupport. 'are' for 'our' is a dictation slip.",
      {"serial": "FN8-2606-LNDV", "start": 4, "fault": "LICENCE_ERROR", "wish": "repair",
       "theme": ["voice_runon", "homophone", "notrepeat"], "slips": ["are license"]}, hard=True),

    S("old-hob-no-spark-expired-q5",
      ["stove no spark", "Q5", "old, like 1.5 yrs"],
      {"done": "no", "confirm": "y", "product": "Q5", "serial": "JQ525057961", "started": "4 days",
       "circumstances": "no", "wants": "fix", "phone": "135 7716 3389", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "JQ525057961: JZT-Q5 sold 540 days ago, expired 175 days ago; NO_IGNITION 4 days -> NotCovered, PaidRepair.",
      {"serial": "JQ525057961", "start": 4, "fault": "NO_IGNITION", "wish": "repair", "theme": ["oneword"]}, hard=True),

    S("hood-weak-suction-expired-zh-browser-t9",
      ["Hi, the system shows Chinese for me but I'm English.", "Our range hood is barely pulling any smoke now, whole kitchen gets smoky.",
       "It's the T9, we've had it well over a year."],
      {"done": "Nope, that's it.", "confirm": "Yes.", "product": "CXW-T9 range hood", "serial": "YT925073562",
       "started": "About two weeks ago.", "circumstances": "No, nothing like that.", "wants": "Repair please.",
       "phone": "136 5711 4487", "offer": ["Fine, go ahead."], "person": "No.", "other": "OK"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT925073562: CXW-T9 sold 432 days ago, expired 67 days ago; WEAK_SUCTION for two weeks, after the expiry -> "
      "NotCovered, PaidRepair. English writer on zh-CN.",
      {"serial": "YT925073562", "start": 14, "fault": "WEAK_SUCTION", "wish": "repair", "theme": ["locale_mismatch"]},
      locale="zh-CN", hard=True),
]
