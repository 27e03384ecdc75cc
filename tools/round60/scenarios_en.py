"""Round 60, English: terse customers. One fragment per message, no punctuation, lower case, chat abbreviations
(pls, thx, asap, wtf, idk, yday, wks), one-word answers, facts left for the bot to ask; some paste the serial alone,
some answer 'idk' / 'dunno' to a question they cannot answer and give the fact when asked again (idk_later, a say at
that kind) or never (idk_never, the answer itself). meta: the facts check.py recomputes the expectation from
(start = days before the reference date; day of sale from purchases.json)."""
from common import S, E

EN = [
    S("hood-loud-af-again-ur-guy-said-nothing-wrong-t9",
      ["hood", "loud af on high", "ur guy came b4 said nothing wrong", "well its back"],
      {"done": "nope", "confirm": "ya", "product": "t9 hood", "serial": "YT926046930", "started": "like 10 days",
       "circumstances": "nope", "wants": "fix it", "phone": "15857316642", "offer": ["k"], "person": "no", "other": "k"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926046930: CXW-T9 sold 134 days ago (REMOTE Hefei), 231 days of cover left; the earlier visit for NOISE was "
      "NO_FAULT_FOUND, which does not count towards a repeat; NOISE again since ~10 days, no circumstance -> Covered, FreeRepair.",
      {"serial": "YT926046930", "start": 10, "fault": "NOISE", "wish": "repair", "theme": ["fragments", "abbrev", "notrepeat"]}),

    S("serial-pasted-alone-then-jams-lp2200",
      ["lp22ta260240", "jams", "every print basically"],
      {"done": "no", "confirm": "yes", "product": "printer", "serial": "LP22TA260240", "started": "2 wks",
       "circumstances": "no", "wants": "repair", "phone": "13958124476", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "LP22TA260240 (typed in lower case as the first message, nothing else): LP-2200 sold 241 days ago, 124 days left; "
      "PAPER_JAM for 2 weeks, no circumstance -> Covered, FreeRepair.",
      {"serial": "LP22TA260240", "start": 14, "fault": "PAPER_JAM", "wish": "repair", "theme": ["serial_only", "one_word"]},
      hard=True),

    S("copier-five-days-old-jams-money-back-pls-dc3020",
      ["new copier", "came like 5 days ago", "jams nonstop", "want my money back pls"],
      {"done": "thats all", "confirm": "yes", "product": "dc3020 copier", "serial": "DC30202609424",
       "started": "since day 1 when it came", "circumstances": "no", "wants": "refund", "phone": "18767129935",
       "offer": ["yes refund"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC30202609424: DC-3020 sold 5 days ago (inside the 7-day return window, 2 days from the edge); PAPER_JAM since "
      "delivery, refund asked -> Covered, Refund.",
      {"serial": "DC30202609424", "start": 5, "tied": True, "fault": "PAPER_JAM", "wish": "refund",
       "theme": ["refund", "fragments", "abbrev"]}),

    S("gas-heater-leaking-third-time-wtf-h16",
      ["heater leaking again", "3rd time wtf", "ur ppl fixed it twice already"],
      {"done": "no", "confirm": "yes", "product": "gas water heater", "serial": "RH1626062609", "started": "yday",
       "circumstances": "no", "wants": "new one", "phone": "13605748813", "offer": ["yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "RH1626062609: JSQ-H16 sold 127 days ago (REMOTE Ningbo), labour 238 days left; LEAK part-replaced twice under "
      "warranty in repairs.json -> repeat failure: Covered, Replacement first (a new one asked), Urgent.",
      {"serial": "RH1626062609", "start": 1, "fault": "LEAK", "wish": "new", "theme": ["repeat", "abbrev"]}),

    S("electric-heater-lukewarm-idk-where-serial-is-e60",
      ["water heater", "only lukewarm", "electric one"],
      {"done": "no", "confirm": "y", "product": "e60", "serial": "found it DE60K251124", "started": "3 days",
       "circumstances": "no", "wants": "fix", "phone": "13819245573", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DE60K251124: DSZ-E60 sold 313 days ago, 52 days left; NO_HOT_WATER for 3 days, no circumstance -> Covered, "
      "FreeRepair. The first serial question gets 'idk where is it'; the serial comes with the answer.",
      {"serial": "DE60K251124", "start": 3, "fault": "NO_HOT_WATER", "wish": "repair", "theme": ["idk_later", "fragments"]},
      say=[("serial", "idk where is it")], hard=True),

    S("dot-matrix-half-lines-lost-the-box-no-serial",
      ["invoice printer", "dot matrix one", "prints half the line only"],
      {"done": "no", "confirm": "yes", "product": "dot matrix printer", "serial": "dunno lost the box",
       "started": "few days", "circumstances": "no", "wants": "fix", "phone": "13777415528", "offer": ["ok"],
       "person": "ok", "other": "ok"},
      E("en", None, None, True, "Normal"),
      "No record: the customer never gives a serial or an order number ('dunno lost the box'), so no purchase record "
      "can be found -> no verdict, a case for a person (Normal).",
      {"norecord": True, "model": "ZD-630K", "start": 3, "fault": "PRINT_QUALITY", "wish": "repair",
       "theme": ["idk_never", "norecord"]},
      hard=True),

    S("inkjet-ink-empty-already-wtf-ij680",
      ["inkjet ink empty already", "bought it like 12 days ago", "wtf", "printed maybe 30 pages"],
      {"done": "no", "confirm": "ya", "product": "ij680", "serial": "IJ6802610995", "started": "today",
       "circumstances": "no", "wants": "new ink free pls", "phone": "15068817734", "offer": ["k fine"], "person": "no",
       "other": "k"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago; the ink cartridge is the model's consumable (any date) -> NotCovered, "
      "PartReplacement at the part price; the exchange window does not apply to a consumable.",
      {"serial": "IJ6802610995", "start": 0, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair",
       "theme": ["consumable", "abbrev"]}),

    S("old-hob-left-burner-only-clicks-q5",
      ["hob", "left burner just clicks", "no flame"],
      {"done": "no", "confirm": "yes", "product": "q5", "serial": "JQ525027432", "started": "2 wks",
       "circumstances": "no", "wants": "fix", "phone": "13516628847", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "JQ525027432: JZT-Q5 sold 573 days ago (COUNTY Jiande), expired 208 days ago; NO_IGNITION for 2 weeks -> "
      "NotCovered, PaidRepair (labour + igniter + county visit).",
      {"serial": "JQ525027432", "start": 14, "fault": "NO_IGNITION", "wish": "repair", "theme": ["one_word", "expired"]}),

    S("finance8-slow-af-takes-a-min-per-voucher-s8",
      ["finance 8", "slow af", "takes like a min to open a voucher"],
      {"done": "nope", "confirm": "yep", "product": "finance 8 single", "serial": "FS8-2507-QEKT",
       "started": "couple wks", "circumstances": "no", "wants": "make it fast again", "phone": "18858119674",
       "offer": ["ok do it"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FS8-2507-QEKT: CW-S8 sold 411 days ago, the service year ended 46 days ago; SLOW for a couple of weeks (well "
      "after the expiry) -> NotCovered, RemoteSupport at the fee.",
      {"serial": "FS8-2507-QEKT", "start": 14, "fault": "SLOW", "wish": "repair", "theme": ["software", "expired", "abbrev"]},
      hard=True),

    S("dropped-printer-moving-desks-tray-snapped-lp2200",
      ["printer", "dropped it moving desks", "tray snapped off"],
      {"done": "no", "confirm": "yes", "product": "laser printer", "serial": "LP22HU251211", "started": "yday",
       "circumstances": "yeah i dropped it", "wants": "fix it", "phone": "13967351184", "offer": ["ok"], "person": "no",
       "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "LP22HU251211: LP-2200 sold 277 days ago, 88 days left; the customer dropped it (USER_DAMAGE, CostFee) and the "
      "tray broke -> CoveredWithFee, PaidRepair (cost fee + part).",
      {"serial": "LP22HU251211", "start": 1, "fault": "BROKEN", "circ": ("USER_DAMAGE", "confirmed"), "wish": "repair",
       "theme": ["cost_shift", "fragments"]}),

    S("630k-dead-no-lights-idk-wasnt-there",
      ["630k", "dead", "no lights nothing"],
      {"done": "no", "confirm": "ya", "product": "630k invoice printer", "serial": "ZD630K260195",
       "started": "this morning", "circumstances": "idk wasnt there", "wants": "fix asap", "phone": "15167238815",
       "offer": ["ok"], "person": "ok", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "ZD630K260195: ZD-630K sold 218 days ago (COUNTY Chun'an), 147 days left; NO_POWER, and the customer does not "
      "know about the supply ('idk wasnt there'): VOLTAGE is decisive for NO_POWER and unknown -> rule 6, NeedsReview.",
      {"serial": "ZD630K260195", "start": 0, "fault": "NO_POWER", "circ": ("VOLTAGE", "unknown"), "wish": "repair",
       "theme": ["idk_never", "review"]},
      hard=True),

    S("copier-black-streaks-idk-shared-office-dc3020",
      ["copier", "black streaks down every copy"],
      {"done": "no", "confirm": "yes", "product": "copier", "serial": "DC30202608455", "started": "a week",
       "circumstances": "idk its a shared office", "wants": "fix", "phone": "13656718829", "offer": ["k"],
       "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202608455: DC-3020 sold 48 days ago (COUNTY Fuyang), 317 days left; PRINT_QUALITY streaks, and 'idk' to the "
      "circumstances: nothing is decisive for print quality, so it is presumed a quality fault -> Covered, FreeRepair.",
      {"serial": "DC30202608455", "start": 7, "fault": "PRINT_QUALITY", "wish": "repair", "theme": ["idk_never", "one_word"]},
      hard=True),

    S("smell-gas-by-new-stove-rn-q7",
      ["smell gas", "by the new stove", "kinda strong rn"],
      {"done": "no", "confirm": "yes", "product": "q7 stove", "serial": "JQ726107646", "started": "just now",
       "circumstances": "no", "wants": "someone come asap", "phone": "13858846613", "offer": ["ok"], "person": "yes",
       "other": "ok"},
      E("en", None, None, True, "Safety"),
      "Gas smell at a JZT-Q7 (JQ726107646, sold 7 days ago): a hazard -> safety advice, escalated with priority Safety, "
      "no verdict.",
      {"serial": "JQ726107646", "safety": True, "start": 0, "fault": "GAS_SMELL", "theme": ["safety", "abbrev"]},
      locale="zh-CN"),

    S("finance9-network-clients-cant-connect-human-pls-n9",
      ["finance 9 network", "clients cant connect to server", "since install"],
      {"done": "no", "confirm": "yes", "product": "finance 9 network", "serial": "FN9-2610-LHQA",
       "started": "since install", "circumstances": "no", "wants": "fix it", "phone": "13588126639",
       "offer": ["no just get me a human pls"], "person": "yes", "other": "ok"},
      E("en", "Covered", "RemoteSupport", True, "Normal"),
      "FN9-2610-LHQA: CW-N9 sold 4 days ago (software: no return/exchange window), CONNECTION since installation -> "
      "Covered, RemoteSupport first; the customer refuses it and asks for a person -> escalated, Normal.",
      {"serial": "FN9-2610-LHQA", "start": 4, "tied": True, "fault": "CONNECTION", "wish": "repair", "flow": "person",
       "theme": ["wants_person", "software", "abbrev"]}),

    S("colour-copier-c2-error-no-no-dc4525",
      ["colour copier", "shows c2 error", "wont copy"],
      {"done": "no", "confirm": "yes", "product": "dc4525", "serial": "DC45252506203", "started": "3 wks",
       "circumstances": "no", "wants": "fix it free", "phone": "18905719946", "offer": ["no", "no"], "person": "yes",
       "other": "no"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "DC45252506203: DC-4525 sold 451 days ago (COUNTY Lin'an), expired 86 days ago; ERROR_CODE C2 for 3 weeks -> "
      "NotCovered, PaidRepair; two offers refused with a bare 'no' -> escalated, Normal.",
      {"serial": "DC45252506203", "start": 21, "fault": "ERROR_CODE", "wish": "repair", "flow": "refuse2",
       "theme": ["one_word", "wants_person", "expired"]},
      hard=True),

    S("finance8-reports-wrong-fixed-twice-money-back-s8",
      ["reports wrong again", "balance sheet doesnt add up", "fixed twice already smh"],
      {"done": "no", "confirm": "yes", "product": "finance 8", "serial": "FS8-2605-QREW", "started": "yday",
       "circumstances": "no", "wants": "money back", "phone": "13757192264", "offer": ["yes"], "person": "no",
       "other": "ok"},
      E("en", "Covered", "Refund", False, "Urgent"),
      "FS8-2605-QREW: CW-S8 sold 164 days ago, 201 days left; REPORT_WRONG fixed twice under warranty in repairs.json -> "
      "repeat failure: Covered, Refund first (money back asked; NO_RETURN clause: licence fee refunded), Urgent.",
      {"serial": "FS8-2605-QREW", "start": 1, "fault": "REPORT_WRONG", "wish": "refund",
       "theme": ["repeat", "software", "refund", "abbrev"]},
      hard=True),

    S("boiler-leaks-from-the-bottom-e60",
      ["boiler leaks", "from the bottom"],
      {"done": "no", "confirm": "yes", "product": "e60", "serial": "DE60B250659", "started": "2 wks",
       "circumstances": "no", "wants": "fix", "phone": "15988137762", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "DE60B250659: DSZ-E60 sold 458 days ago, expired 93 days ago; LEAK for 2 weeks -> NotCovered, PaidRepair. "
      "'boiler' is an alias of both water heaters; the serial decides.",
      {"serial": "DE60B250659", "start": 14, "fault": "LEAK", "wish": "repair", "theme": ["one_word", "expired"]}),

    S("took-heater-cover-off-myself-now-e1-h16",
      ["gas heater", "took the cover off myself", "to clean it", "now shows e1"],
      {"done": "no", "confirm": "yes", "product": "h16", "serial": "RH1626078391", "started": "since then like 4 days",
       "circumstances": "just opened the cover myself", "wants": "fix pls", "phone": "13867341159", "offer": ["fine"],
       "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "RH1626078391: JSQ-H16 sold 80 days ago, labour 285 days left; the customer took the cover off himself "
      "(DISASSEMBLY, CostFee) and the error started after -> CoveredWithFee, PaidRepair.",
      {"serial": "RH1626078391", "start": 4, "fault": "ERROR_CODE", "circ": ("DISASSEMBLY", "confirmed"), "wish": "repair",
       "theme": ["cost_shift", "fragments"]},
      hard=True),

    S("new-hood-rattles-swap-it-pls-t9",
      ["new hood", "rattles like crazy", "swap it pls"],
      {"done": "no", "confirm": "yes", "product": "hood", "serial": "YT926090053", "started": "4 days",
       "circumstances": "no", "wants": "new one", "phone": "13586637724", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "YT926090053: CXW-T9 sold 11 days ago (inside the 15-day exchange window, 4 days from either edge); NOISE, a new "
      "one asked -> Covered, Replacement.",
      {"serial": "YT926090053", "start": 4, "fault": "NOISE", "wish": "new", "theme": ["new", "abbrev"]},
      locale="en-GB"),

    S("finance9-licence-key-not-found-idk-since-when-s9",
      ["finance 9", "says licence key not found"],
      {"done": "no", "confirm": "ya", "product": "finance 9 single", "serial": "FS9-2606-UNCV", "started": "idk",
       "circumstances": "no", "wants": "fix", "phone": "13819376625", "offer": ["k"], "person": "no", "other": "k"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: CW-S9 sold 124 days ago, 241 days left; LICENCE_ERROR, start never given ('idk'): any start "
      "since the sale gives the same answer -> Covered, RemoteSupport first.",
      {"serial": "FS9-2606-UNCV", "start": 5, "fault": "LICENCE_ERROR", "wish": "repair", "theme": ["idk_never", "software"]},
      hard=True),
]
