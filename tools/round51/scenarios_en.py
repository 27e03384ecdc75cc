"""Round 51, English: mobile and terse typers. Thumbs-up and one-letter answers, pls/thx/idk/asap/tmr/wk, voice typing
with no punctuation and homophone slips (there/their, your/you're, effect/affect), and English written by people whose
browser sends zh-CN. Facts are given in the fewest words a real person would use. meta: the facts check.py recomputes
the expectation from (start = days before the reference date; day of sale from purchases.json); meta.slip is the
homophone slip a voice-typed story carries."""
from common import S, E

EN = [
    S("thumbs-up-only-new-printer-eats-paper-lp2200",
      ["printer eats paper every 2nd page",
       "LP-2200, got it not even 2 wks ago"],
      {"done": "nah", "confirm": "👍", "product": "LP-2200", "serial": "LP22TJ260928",
       "started": "3 days ago", "circumstances": "nope",
       "wants": "new one pls", "phone": "139 5716 8834",
       "offer": ["👍"], "person": "👍", "other": "👍"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "LP22TJ260928: LP-2200 sold 13 days ago (inside the 15-day exchange window, 2 days from its edge); PAPER_JAM for 3 "
      "days, nothing happened to it, a new one asked -> Covered, Replacement. The thumbs-up is the yes to the restatement "
      "and to the offer.",
      {"serial": "LP22TJ260928", "start": 3, "fault": "PAPER_JAM", "wish": "new", "theme": ["emoji", "one_word"]},
      hard=True),

    S("smell-gas-new-stove-rn-q7",
      ["smell gas near my new stove rn 😰",
       "knobs r all off. wat do"],
      {"done": "no", "confirm": "ya", "product": "Q7 stove", "serial": "JQ726107646",
       "started": "like 10 min ago", "circumstances": "no nothing",
       "wants": "someone come check asap", "phone": "186 5713 4471",
       "offer": ["ok"], "person": "yes pls", "other": "ok"},
      E("en", None, None, True, "Safety", True),
      "JQ726107646: JZT-Q7 sold 7 days ago; a gas smell is a hazard -> safety, no verdict, escalated with priority Safety.",
      {"serial": "JQ726107646", "safety": True, "fault": "GAS_SMELL", "theme": ["abbrev", "emoji", "safety"]}),

    S("voice-typed-heater-cold-there-showers-h16",
      ["ok so the water heater in the bathroom has stopped giving hot water its the gas one the H16 my kids are complaining "
       "there showers are freezing every morning and your supposed to be the ones who fix this so can somebody come out "
       "its been like four days now"],
      {"done": "no thats everything", "confirm": "yeah thats right",
       "product": "the gas water heater H16", "serial": "RH 16 26 08 60 62",
       "started": "about four days ago", "circumstances": "no nothing like that nobody has touched it",
       "wants": "just get it fixed", "phone": "138 5711 4462",
       "offer": ["yes that works book it"], "person": "no thanks", "other": "okay"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626086062: JSQ-H16 sold 57 days ago (labour 308 days, parts 674 days left); NO_HOT_WATER for ~4 days, no "
      "circumstance -> Covered, FreeRepair. Voice typing: no punctuation, 'there showers', 'your supposed', the serial "
      "read out in groups.",
      {"serial": "RH1626086062", "start": 4, "fault": "NO_HOT_WATER", "wish": "repair", "slip": "there showers",
       "theme": ["stt"]},
      hard=True),

    S("zhcn-locale-network-edition-cannot-connect-n9",
      ["Hello, our Finance Suite 9 network version, 3 computer can not connect the server since yesterday",
       "Please help to solve asap, thanks"],
      {"done": "No, thanks", "confirm": "Yes", "product": "Finance Suite 9 network", "serial": "FN9-2610-LHQA",
       "started": "Yesterday morning", "circumstances": "No. Nobody change anything",
       "wants": "Fix it please", "phone": "0571 8693 5517",
       "offer": ["OK, remote is fine"], "person": "No need", "other": "OK"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2610-LHQA: CW-N9 sold 4 days ago (software: no return/exchange window); CONNECTION since yesterday, nothing "
      "changed -> Covered, RemoteSupport first. English from a zh-CN browser.",
      {"serial": "FN9-2610-LHQA", "start": 1, "fault": "CONNECTION", "wish": "repair",
       "theme": ["locale_swap", "abbrev"]},
      locale="zh-CN"),

    S("y-n-only-new-copier-grey-copies-refund-dc4525",
      ["new copier DC-4525. every copy comes out grey",
       "want refund"],
      {"done": "n", "confirm": "y", "product": "DC-4525", "serial": "DC45252609875",
       "started": "yday", "circumstances": "n",
       "wants": "refund", "phone": "135 7146 9382",
       "offer": ["y"], "person": "n", "other": "k"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC45252609875: DC-4525 sold 4 days ago (inside the 7-day return window, 3 days from its edge); PRINT_QUALITY "
      "since yesterday, no circumstance, refund asked -> Covered, Refund. Every answer is one letter or one word.",
      {"serial": "DC45252609875", "start": 1, "fault": "PRINT_QUALITY", "wish": "refund", "theme": ["one_word", "abbrev"]},
      hard=True),

    S("knocked-it-off-desk-lol-tray-cracked-ij680",
      ["ok so i knocked the printer off my desk lol 🤦",
       "paper tray cracked n it wont feed now. IJ-680"],
      {"done": "thats it", "confirm": "yup", "product": "IJ-680 inkjet", "serial": "IJ6802610995",
       "started": "2 days ago when it fell", "circumstances": "ya i dropped it, thats the only thing",
       "wants": "fix it, ill pay if i have to", "phone": "158 6713 2249",
       "offer": ["k ok"], "person": "no", "other": "k"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago, in warranty; CRACKED tray after the customer knocked it off the desk "
      "(USER_DAMAGE confirmed, CostFee) -> rule 8, CoveredWithFee, PaidRepair (cost fee + part).",
      {"serial": "IJ6802610995", "start": 2, "fault": "CRACKED", "wish": "repair", "circ": ("USER_DAMAGE", "confirmed"),
       "theme": ["abbrev", "emoji", "cost_shift"]},
      hard=True),

    S("ribbon-v-faint-free-under-warranty-zd630k",
      ["dot matrix prints v faint",
       "ribbon's prob done. new ribbon free? its under warranty right"],
      {"done": "no thx", "confirm": "yep", "product": "ZD-630K", "serial": "ZD630K260738",
       "started": "past wk", "circumstances": "no",
       "wants": "new ribbon", "phone": "137 5718 6620",
       "offer": ["ok send 1 pls"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "ZD630K260738: ZD-630K sold 108 days ago, in warranty; the ribbon is a consumable -> rule 2, NotCovered, "
      "PartReplacement at the ribbon price.",
      {"serial": "ZD630K260738", "start": 7, "fault": "PRINT_QUALITY", "wish": "repair", "consumable": True,
       "theme": ["abbrev", "consumable"]}),

    S("hood-loud-again-fixed-twice-just-replace-t9",
      ["hood loud again 😡",
       "ur guys fixed the noise twice already. 3rd time now. pls just replace it"],
      {"done": "no", "confirm": "yes", "product": "T9 hood", "serial": "YT926063911",
       "started": "like 5 days", "circumstances": "no. only ur techs touched it",
       "wants": "replacement", "phone": "139 6715 7723",
       "offer": ["finally. yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "YT926063911: CXW-T9 sold 129 days ago; NOISE repaired twice under warranty in repairs.json, back again ~5 days "
      "-> repeat failure, Covered, Replacement first, priority Urgent.",
      {"serial": "YT926063911", "start": 5, "fault": "NOISE", "wish": "new", "theme": ["abbrev", "emoji", "repeat"]}),

    S("old-hood-weak-suction-how-much-k-t9",
      ["hood barely sucks anymore",
       "T9. out of warranty i know. how much"],
      {"done": "no", "confirm": "ya", "product": "T9", "serial": "YT925079630",
       "started": "2 wks ago", "circumstances": "no",
       "wants": "fix", "phone": "150 5749 3318",
       "offer": ["k"], "person": "no", "other": "k"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT925079630: CXW-T9 sold 453 days ago, expired 88 days ago; WEAK_SUCTION for ~2 weeks (well after the expiry) -> "
      "rule 4, NotCovered, PaidRepair; a one-letter 'k' accepts.",
      {"serial": "YT925079630", "start": 14, "fault": "WEAK_SUCTION", "wish": "repair", "theme": ["one_word"]}),

    S("black-lines-on-copies-nah-human-pls-dc3020",
      ["black lines down every copy",
       "DC-3020, office one"],
      {"done": "no", "confirm": "yes", "product": "DC-3020", "serial": "DC30202608818",
       "started": "4 days", "circumstances": "no none",
       "wants": "fix it", "phone": "189 5713 6640",
       "offer": ["nah. human pls", "no"], "person": "y", "other": "human pls"},
      E("en", "Covered", "FreeRepair", True, "Normal"),
      "DC30202608818: DC-3020 sold 79 days ago, in warranty; PRINT_QUALITY for 4 days, no circumstance -> Covered, "
      "FreeRepair; the customer turns the offer down and asks for a person -> escalated, Normal.",
      {"serial": "DC30202608818", "start": 4, "fault": "PRINT_QUALITY", "wish": "repair", "flow": "person",
       "theme": ["abbrev", "one_word", "wants_person"]},
      hard=True),

    S("water-heater-dead-idk-about-power-e60",
      ["water heater dead. no lights nothing",
       "the E60 one. came back from a trip n it was off"],
      {"done": "no", "confirm": "yes", "product": "E60", "serial": "DE60K251124",
       "started": "found it like that 3 days ago",
       "circumstances": "idk, was away all wk. nobody touched it tho, never dropped or opened",
       "wants": "fix pls", "phone": "136 5712 8843",
       "offer": ["ok"], "person": "ok", "other": "idk"},
      E("en", "NeedsReview", None, True, "Normal"),
      "DE60K251124: DSZ-E60 sold 313 days ago, 52 days of cover left; NO_POWER found after a week away, the customer "
      "cannot say whether there was a power problem (VOLTAGE unknown, decisive for NO_POWER) -> rule 6, NeedsReview, "
      "escalated.",
      {"serial": "DE60K251124", "start": 3, "fault": "NO_POWER", "wish": "repair", "circ": ("VOLTAGE", "unknown"),
       "theme": ["abbrev", "review"]},
      hard=True),

    S("balance-sheet-wrong-again-refund-pls-s8",
      ["balance sheet totals wrong AGAIN",
       "ur ppl fixed this twice. s8 single user. just refund it pls"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 8 single-user", "serial": "FS8-2605-QREW",
       "started": "3 days ago", "circumstances": "no, nobody messed with it",
       "wants": "refund", "phone": "0571 8764 3391",
       "offer": ["yes thx"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Urgent"),
      "FS8-2605-QREW: CW-S8 sold 164 days ago; REPORT_WRONG fixed twice under warranty in repairs.json, back ~3 days ago, "
      "refund asked -> repeat failure, Covered, Refund first, Urgent.",
      {"serial": "FS8-2605-QREW", "start": 3, "fault": "REPORT_WRONG", "wish": "refund", "theme": ["abbrev", "repeat"]}),

    S("voice-typed-network-slow-effecting-there-work-n8",
      ["so after your technician sorted out the licence thing a few weeks back the network version has gotten really slow "
       "opening the ledgers takes like a minute and everyone in accounts is complaining its effecting there work can "
       "someone look at it please"],
      {"done": "no that's it thank you", "confirm": "yes that's correct",
       "product": "finance suite eight network edition", "serial": "F N 8 2606 L N D V",
       "started": "about a week ago", "circumstances": "no nobody changed anything only your technician worked on it",
       "wants": "make it fast again", "phone": "139 5718 8314",
       "offer": ["yes remote is fine go ahead"], "person": "no thank you", "other": "okay"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN8-2606-LNDV: CW-N8 sold 89 days ago; one LICENCE_ERROR repair in repairs.json (ours), now SLOW, a different "
      "fault -> not a repeat, Covered, RemoteSupport first. Voice typing: 'effecting there work', the licence number "
      "spelt out in groups.",
      {"serial": "FN8-2606-LNDV", "start": 7, "fault": "SLOW", "wish": "repair", "slip": "effecting there work",
       "theme": ["stt", "notrepeat"]},
      hard=True),

    S("zhcn-locale-old-stove-cannot-fire-how-much-q5",
      ["Hi. My gas stove Q5 cannot fire since 5 days",
       "I know warranty is finish. How much for repair?"],
      {"done": "No", "confirm": "Yes", "product": "Q5", "serial": "JQ524121508",
       "started": "5 days", "circumstances": "No",
       "wants": "Repair", "phone": "131 5718 4426",
       "offer": ["OK"], "person": "No", "other": "OK"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "JQ524121508: JZT-Q5 sold 640 days ago, expired 275 days ago; NO_IGNITION for 5 days -> rule 4, NotCovered, "
      "PaidRepair. English from a zh-CN browser, one word per answer.",
      {"serial": "JQ524121508", "start": 5, "fault": "NO_IGNITION", "wish": "repair",
       "theme": ["locale_swap", "one_word"]},
      locale="zh-CN", hard=True),

    S("heater-leaking-again-fixed-twice-want-new-e60",
      ["heater leaking AGAIN 😤😤",
       "fixed twice already. i paid for the extra 6 months too. want a new one"],
      {"done": "no", "confirm": "yes", "product": "E60 electric heater", "serial": "DE60B250547",
       "started": "2 days ago", "circumstances": "nope. only ur guys",
       "wants": "new one", "phone": "138 5716 9930",
       "offer": ["👍 yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "DE60B250547: DSZ-E60 sold 470 days ago, in warranty only through its 6 extended months (79 days left); LEAK "
      "repaired twice under warranty in repairs.json -> repeat failure, Covered, Replacement first, Urgent.",
      {"serial": "DE60B250547", "start": 2, "fault": "LEAK", "wish": "new", "theme": ["emoji", "repeat"]}),

    S("finance9-wont-install-new-laptop-need-by-tmr-s9",
      ["fin suite 9 wont install on new laptop",
       "stops at 60% w/ an error. need it by tmr for payroll asap"],
      {"done": "no thx", "confirm": "yes", "product": "Finance Suite 9", "serial": "FS9-2606-UNCV",
       "started": "yday", "circumstances": "no",
       "wants": "help install it", "phone": "177 5716 2238",
       "offer": ["yes pls asap"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: CW-S9 sold 124 days ago, in the service year; INSTALL_FAILURE since yesterday -> Covered, "
      "RemoteSupport first. In a hurry (mood, not priority).",
      {"serial": "FS9-2606-UNCV", "start": 1, "fault": "INSTALL_FAILURE", "wish": "repair", "theme": ["abbrev"]}),

    S("bro-in-law-opened-heater-igniter-h16",
      ["gas heater clicks but no flame, no hot water",
       "my bro in law opened it up n tried to fix the igniter. didnt help tbh"],
      {"done": "no", "confirm": "ya", "product": "H16", "serial": "RH1626078391",
       "started": "bout a wk ago", "circumstances": "ya my bro in law opened it n messed w the igniter. not ur guy",
       "wants": "fix it", "phone": "159 5719 6634",
       "offer": ["ok fine"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "RH1626078391: JSQ-H16 sold 80 days ago, in warranty; NO_HOT_WATER after the customer's brother-in-law opened it "
      "and worked on the igniter (UNAUTHORISED_REPAIR confirmed, CostFee; DISASSEMBLY would give the same) -> rule 8, "
      "CoveredWithFee, PaidRepair.",
      {"serial": "RH1626078391", "start": 7, "fault": "NO_HOT_WATER", "wish": "repair",
       "circ": ("UNAUTHORISED_REPAIR", "confirmed"), "theme": ["abbrev", "cost_shift"]},
      hard=True),

    S("two-day-old-heater-dripping-want-another-e60",
      ["got the E60 2 days ago and its dripping from the bottom 💧💧",
       "want another one pls"],
      {"done": "no", "confirm": "👍", "product": "E60", "serial": "DE60R260884",
       "started": "yday", "circumstances": "no, ur installer put it up",
       "wants": "swap for a new one", "phone": "151 5173 8842",
       "offer": ["👍"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "DE60R260884: DSZ-E60 sold 2 days ago (REMOTE, Nanjing); LEAK since yesterday, installed by us, a new one asked -> "
      "inside the windows, Covered, Replacement.",
      {"serial": "DE60R260884", "start": 1, "fault": "LEAK", "wish": "new", "theme": ["emoji", "abbrev"]}),

    S("network8-expired-sluggish-ok-n8",
      ["finance 8 network is sluggish",
       "expired i think. whatever it costs"],
      {"done": "no", "confirm": "ok", "product": "Finance 8 network", "serial": "FN8-2508-YWLD",
       "started": "1 wk", "circumstances": "no",
       "wants": "fix", "phone": "0577 8815 4439",
       "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2508-YWLD: CW-N8 sold 439 days ago, service year over 74 days ago; SLOW for a week -> rule 4, NotCovered, "
      "RemoteSupport at the fee. Every answer is 'ok' or 'no'.",
      {"serial": "FN8-2508-YWLD", "start": 7, "fault": "SLOW", "wish": "repair", "theme": ["one_word"]}),

    S("zhcn-locale-factory-voltage-unstable-printer-dead-zd630k",
      ["Hello, our dot matrix printer ZD-630K no power now",
       "Last week the voltage in our factory is very unstable, the lights flash and the breaker trip two times. After that printer cannot turn on"],
      {"done": "No more", "confirm": "Yes, right", "product": "ZD-630K", "serial": "ZD630K260195",
       "started": "6 days ago", "circumstances": "Only the unstable voltage I said. Nobody open it",
       "wants": "Repair", "phone": "0571 6478 3315",
       "offer": ["OK, accept"], "person": "No", "other": "OK"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "ZD630K260195: ZD-630K sold 218 days ago, in warranty; NO_POWER after the factory's unstable voltage tripped the "
      "breaker (VOLTAGE confirmed, CostFee) -> rule 8, CoveredWithFee, PaidRepair. English from a zh-CN browser.",
      {"serial": "ZD630K260195", "start": 6, "fault": "NO_POWER", "wish": "repair", "circ": ("VOLTAGE", "confirmed"),
       "theme": ["locale_swap", "cost_shift"]},
      locale="zh-CN", hard=True),
]
