"""Round 18, English: 20 customers - everything at once, then corrections. Long first messages packing product,
serial, when it started, what they want and sometimes a phone number, with other dates (bought, fitted, last repaired)
next to the start; then facts corrected after the bot has used them: a wrong serial, the start, the product, the wish
(after the offer), the phone number. Expectations are the facts after all corrections.
meta: serial, start (days before the reference date the problem began, after corrections), fault, circ (code,
confirmed|disputed|unknown), wish (refund|new|repair|apology, after corrections), flow (accept|person|refuse2),
consumable, safety, norecord, model, typo (the wrong serial typed first), hard."""
from common import E, S

EN = [
    S("one-long-line-hood-rattle-phone-fixed-t9",
      ["Hi, T9 range hood, serial YT926028831, bought it about seven months ago and the fitter put it up a week after "
       "that, it's started rattling really loudly on the high setting about ten days ago, I'd like someone to come and "
       "repair it, my number is 139 0571 2284"],
      {"done": "no, that's everything", "confirm": "yes, that's right",
       "product": "the T9 hood", "serial": "YT926028831", "started": "about ten days ago",
       "circumstances": "no, nothing like that, nobody has touched it since it was fitted",
       "wants": "a repair visit", "phone": "139 0571 2248",
       "offer": ["yes please, book it"], "person": "no thanks", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926028831: T9 sold 212 days ago, in warranty; rattling (noise) for ten days; repair wish -> FreeRepair. "
      "Everything in one line; the fitting date sits next to the start date; the phone is corrected when asked.",
      {"serial": "YT926028831", "start": 10, "fault": "NOISE", "wish": "repair"},
      say=[("phone", "oh hang on, I gave you the wrong number earlier, the last two digits are 48 not 84")]),

    S("swapped-digits-serial-laser-jams-new-one-lp2200",
      ["laser printer LP-2200, serial LP22TJ260982, we got it under two weeks ago for the front desk and since three "
       "days ago it jams every few pages, paper comes out concertinaed. honestly I'd rather just swap it for a new one "
       "while we still can"],
      {"done": "that's all", "confirm": "yes",
       "product": "LP-2200 laser printer", "serial": "LP22TJ260928", "started": "three days ago",
       "circumstances": "no, none of that. it's brand new, used with normal office paper",
       "wants": "a new one please", "phone": "0571 8890 3127",
       "offer": ["yes, a replacement is great"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "LP22TJ260928: LP-2200 sold 13 days ago (15-day exchange window), jams for three days, wants a new one -> "
      "Replacement. The story gives LP22TJ260982 (last two digits swapped, no record); corrected after the restatement.",
      {"serial": "LP22TJ260928", "start": 3, "fault": "PAPER_JAM", "wish": "new", "typo": "LP22TJ260982", "hard": True},
      say=[("confirm", "sorry, wrong number! I swapped the last two digits, it's LP22TJ260928")]),

    S("colour-copier-error-not-last-month-last-tuesday-dc4525",
      ["Good morning. Our DC-4525 colour copier (DC45252606641) has been showing error code SC-542 and stopping "
       "mid-job since last month. We bought it a few months back. Could a technician look at it?"],
      {"done": "no, that is all", "confirm": "yes, that's correct now",
       "product": "the DC-4525 colour copier", "serial": "DC45252606641", "started": "last Tuesday",
       "circumstances": "no. it hasn't been moved, dropped or opened",
       "wants": "a technician to fix it", "phone": "021 6288 4410",
       "offer": ["yes, please arrange it"], "person": "no", "other": "fine"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC45252606641: DC-4525 sold 110 days ago, in warranty; error code SC-542; the start is corrected after the "
      "restatement from 'last month' to last Tuesday (either is in warranty) -> FreeRepair.",
      {"serial": "DC45252606641", "start": 5, "fault": "ERROR_CODE", "wish": "repair"},
      say=[("confirm", "one correction: it didn't start last month, I was thinking of the jam we had on our old "
                       "machine. this error itself started last Tuesday")]),

    S("not-the-black-and-white-one-colour-copier-jams-dc4525",
      ["hi we have a problem with the black-and-white copier in our office, paper jams in the duplex unit every "
       "morning since about a week ago, we've had it roughly eight months, serial is DC45252512510. can someone come "
       "out?"],
      {"done": "nope", "confirm": "yes, the colour one",
       "product": "the colour copier, DC-4525", "serial": "DC45252512510", "started": "about a week ago",
       "circumstances": "no, nothing like that",
       "wants": "get it repaired", "phone": "137 5716 0923",
       "offer": ["yes that works"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC45252512510: DC-4525 sold 251 days ago, in warranty; duplex jams for a week -> FreeRepair. The customer "
      "first calls it the black-and-white copier and corrects it to the colour one (the serial is a DC-4525).",
      {"serial": "DC45252512510", "start": 7, "fault": "PAPER_JAM", "wish": "repair", "hard": True},
      say=[("confirm", "oh wait, sorry, it's the colour copier, the 4525, not the black-and-white one. we have both "
                       "and I mixed them up")]),

    S("wanted-new-then-just-repair-it-hood-hum-t9",
      ["So the T9 hood we bought eleven days ago, YT926090053, installed the same week, the motor has a loud hum "
       "since about four days ago even on the lowest setting. I want a new one, not even two weeks old. my mobile "
       "is 135 8816 2270"],
      {"done": "that's it", "confirm": "yes",
       "product": "T9 range hood", "serial": "YT926090053", "started": "four days ago",
       "circumstances": "no, nothing. it's just humming",
       "wants": "a new one", "phone": "135 8816 2270",
       "offer": ["so a repair instead, please", "yes, book the repair"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926090053: T9 sold 11 days ago (exchange window); hum for four days. Wanted a new one, then on the offer "
      "changes the wish to a repair (taking the hood down again is a hassle) -> the remedy for the final wish is "
      "FreeRepair.",
      {"serial": "YT926090053", "start": 4, "fault": "NOISE", "wish": "repair", "hard": True},
      say=[("offer", "actually, on second thought, just repair it. taking the whole thing down and putting a new "
                     "one up again is more hassle than it's worth")]),

    S("bought-two-days-installed-yesterday-cold-refund-e60",
      ["Electric water heater E60, serial DE60R260884. Bought it two days ago, installer came yesterday, and since "
       "last night it just doesn't heat, the water stays cold. Is that still returnable? I want my money back."],
      {"done": "no, that's all", "confirm": "yes",
       "product": "E60 electric water heater", "serial": "DE60R260884", "started": "since last night",
       "circumstances": "no, the installer set it up, nothing happened to it",
       "wants": "a refund", "phone": "186 2143 7795",
       "offer": ["yes, refund please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DE60R260884: E60 sold 2 days ago (7-day return window), no hot water since last night, wants a refund -> "
      "Refund. Purchase, installation and start dates all in one message, with a question inside.",
      {"serial": "DE60R260884", "start": 1, "fault": "NO_HOT_WATER", "wish": "refund"}),

    S("jams-again-fixed-twice-last-time-five-weeks-lp2200",
      ["LP-2200 laser, LP22WW260485. Bought about four and a half months ago. Your engineer has been out twice for "
       "the paper jams, the last time was about five weeks ago when he changed a roller. Since yesterday it's jamming "
       "again, same place. I want a replacement, I'm not doing a third repair."],
      {"done": "that's everything", "confirm": "yes",
       "product": "LP-2200", "serial": "LP22WW260485", "started": "yesterday",
       "circumstances": "no. same normal paper, nothing else",
       "wants": "a replacement", "phone": "138 0571 6634",
       "offer": ["yes, replace it"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "LP22WW260485: LP-2200 sold 140 days ago, PAPER_JAM part replaced twice under warranty, jamming again -> "
      "repeat failure, Replacement first, case Urgent. The last-repair date sits next to the start date.",
      {"serial": "LP22WW260485", "start": 1, "fault": "PAPER_JAM", "wish": "new", "hard": True}),

    S("licence-error-still-under-warranty-question-s9",
      ["hello, Finance Suite 9 single-user, licence fs9 2606 uncv, installed it about four months ago, since three "
       "days ago it says 'licence not valid' when I open it and I can't get to my ledgers. is that still under "
       "warranty? I just need it working again"],
      {"done": "no that's all", "confirm": "yes",
       "product": "Finance Suite 9 single-user", "serial": "FS9-2606-UNCV", "started": "three days ago",
       "circumstances": "no, I haven't changed anything or modified it",
       "wants": "just get it working", "phone": "159 6802 3341",
       "offer": ["yes, remote help is fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: Finance Suite 9 single-user sold 124 days ago, in its service year; licence error for three "
      "days -> RemoteSupport first. Licence typed lower case with spaces; a warranty question inside the message.",
      {"serial": "FS9-2606-UNCV", "start": 3, "fault": "LICENCE_ERROR", "wish": "repair"}),

    S("leaking-out-of-warranty-sunday-not-monday-e60",
      ["Our E60 water heater (DE60B250659) is dripping from underneath, started Monday I think, it's about fifteen "
       "months old, is it still under guarantee? either way I need it fixed"],
      {"done": "that's everything", "confirm": "yes, otherwise that's right",
       "product": "E60 electric water heater", "serial": "DE60B250659", "started": "sunday",
       "circumstances": "no, none of that",
       "wants": "a repair", "phone": "133 9021 5586",
       "offer": ["ok, go ahead with the paid repair"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "DE60B250659: E60 sold 458 days ago, warranty over 93 days ago; leaking since Sunday (corrected from Monday), "
      "well after the expiry -> NotCovered, PaidRepair.",
      {"serial": "DE60B250659", "start": 6, "fault": "LEAK", "wish": "repair"},
      say=[("confirm", "small thing, it was Sunday not Monday, my wife noticed the puddle first")]),

    S("couple-of-weeks-no-three-months-suction-review-t9",
      ["T9 cooker hood YT925073562, bought well over a year ago, the suction has got really weak, smoke just goes "
       "past it, started a couple of weeks ago. I'd like a repair."],
      {"done": "that's all", "confirm": "yes, with that correction",
       "product": "T9 hood", "serial": "YT925073562", "started": "about three months ago",
       "circumstances": "no. the filters are cleaned, nothing else happened to it",
       "wants": "a repair", "phone": "139 6601 4478",
       "offer": ["ok"], "person": "yes please", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "YT925073562: T9 sold 432 days ago, warranty over 67 days ago. First 'a couple of weeks ago' (would be NotCovered), "
      "corrected after the restatement to about three months ago, i.e. before the expiry -> rule 3, NeedsReview, "
      "escalated.",
      {"serial": "YT925073562", "start": 90, "fault": "WEAK_SUCTION", "wish": "repair", "hard": True},
      say=[("confirm", "actually no, thinking about it properly, it started about three months ago. we just put up "
                       "with it until now, the couple of weeks is when it got really bad")]),

    S("toner-empty-already-wants-cartridge-dc3020",
      ["hello, DC-3020 copier, serial DC30202608818, delivered about eleven weeks ago. The toner it came with is "
       "already empty since two days ago, copies are blank and it says 'replace toner'. I'd like a new toner "
       "cartridge sent please, how much is it?"],
      {"done": "no that's it", "confirm": "yes",
       "product": "DC-3020 copier", "serial": "DC30202608818", "started": "two days ago",
       "circumstances": "no, nothing like that",
       "wants": "a new toner cartridge", "phone": "0571 8612 0075",
       "offer": ["yes, send the toner"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "DC30202608818: DC-3020 sold 79 days ago; the toner has run out (consumable, any date) -> NotCovered, "
      "PartReplacement at the part price.",
      {"serial": "DC30202608818", "start": 2, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair"}),

    S("son-knocked-it-off-desk-tray-broken-lp2200",
      ["LP-2200 printer, LP22TA260240, about eight months old. Being honest: my son knocked it off the desk a week "
       "ago, since then the paper tray won't latch and it grinds when it pulls paper. I know that's on us, what would "
       "a repair cost?"],
      {"done": "that's all", "confirm": "yes",
       "product": "LP-2200 laser printer", "serial": "LP22TA260240", "started": "a week ago, when it fell",
       "circumstances": "yes, it fell off the desk, my son knocked it. nothing else",
       "wants": "repair it, I'll pay", "phone": "152 5703 9916",
       "offer": ["yes, that's fine"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "LP22TA260240: LP-2200 sold 241 days ago, in warranty; knocked off the desk (USER_DAMAGE said plainly, no "
      "factory-fault claim) -> CoveredWithFee, PaidRepair (cost fee + part).",
      {"serial": "LP22TA260240", "start": 7, "fault": "BROKEN", "circ": ("USER_DAMAGE", "confirmed"), "wish": "repair"}),

    S("gas-smell-knobs-is-that-normal-q7",
      ["Q7 glass stove, serial JQ726093781, we bought it about two months ago. Since this morning there's a smell "
       "of gas around the knobs even when everything is switched off. Is that normal?? my number is 138 5712 0046"],
      {"done": "no", "confirm": "yes",
       "product": "Q7 gas stove", "serial": "JQ726093781", "started": "this morning",
       "circumstances": "no",
       "wants": "someone to check it urgently", "phone": "138 5712 0046",
       "offer": ["yes"], "person": "yes please", "other": "ok, I've opened the windows and closed the valve"},
      E("en", None, None, True, "Safety"),
      "JQ726093781: Q7, gas smell around the knobs while off -> safety, escalated with priority Safety, no coverage "
      "verdict. Serial, purchase time, start and phone packed into one message with a question.",
      {"serial": "JQ726093781", "safety": True, "model": "JZT-Q7", "fault": "GAS_SMELL", "hard": True}),

    S("not-found-wrong-digits-heater-cold-h16",
      ["hi there. gas water heater H16, RH1626086026, had it about two months, installed by your people. the last "
       "week and a half it lights and then goes out after a few seconds, so no hot water. can you send someone to "
       "repair it? thanks"],
      {"done": "that's it", "confirm": "yes",
       "product": "H16 gas water heater", "serial": "RH1626086062", "started": "a week and a half ago",
       "circumstances": "no, none of that",
       "wants": "a repair", "phone": "130 5719 4482",
       "offer": ["yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626086062: H16 sold 57 days ago, parts and labour in warranty; no hot water for ten days -> FreeRepair. The "
      "story's RH1626086026 has no record; the customer corrects it when the bot asks for the serial again.",
      {"serial": "RH1626086062", "start": 10, "fault": "NO_HOT_WATER", "wish": "repair", "typo": "RH1626086026",
       "hard": True},
      say=[("serial", "oh sorry, I read the last two digits backwards, it's RH1626086062")]),

    S("invoice-forms-feed-crooked-number-corrected-zd630k",
      ["Hi, our ZD-630K invoice printer (ZD630K260738, bought about three and a half months ago) keeps pulling the "
       "invoice forms in crooked and tearing them at the perforation, since about nine days ago. Please send "
       "someone. Reach me on 136 0057 9981."],
      {"done": "no", "confirm": "yes",
       "product": "ZD-630K dot matrix", "serial": "ZD630K260738", "started": "about nine days ago",
       "circumstances": "no, nothing like that",
       "wants": "a repair", "phone": "136 0057 9918",
       "offer": ["yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "ZD630K260738: ZD-630K sold 108 days ago, in warranty; forms feed crooked and tear (paper handling, not the "
      "ribbon) for nine days -> FreeRepair. Phone corrected after the restatement.",
      {"serial": "ZD630K260738", "start": 9, "fault": "PAPER_JAM", "wish": "repair"},
      say=[("confirm", "yes. oh and the phone number I typed was wrong, it ends 9918, not 9981")]),

    S("network-edition-cant-connect-still-covered-n8",
      ["We run Finance Suite 8 network edition, licence FN8-2502-FDSE, bought it well over a year and a half ago, "
       "no renewal since. Since the day before yesterday the clients can't connect to the server. Is that still "
       "covered? We need it sorted either way."],
      {"done": "that's all", "confirm": "yes",
       "product": "Finance Suite 8 network", "serial": "FN8-2502-FDSE", "started": "the day before yesterday",
       "circumstances": "no, nobody modified anything",
       "wants": "get the clients connecting again", "phone": "0571 8723 6650",
       "offer": ["ok, go ahead with the paid remote session"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2502-FDSE: Finance Suite 8 network sold 618 days ago, service year over 253 days ago; clients cannot "
      "connect -> NotCovered, RemoteSupport at the fee.",
      {"serial": "FN8-2502-FDSE", "start": 2, "fault": "CONNECTION", "wish": "repair"}),

    S("inkjet-smears-friday-not-yesterday-new-one-ij680",
      ["IJ-680 inkjet, IJ6802610995, got it twelve days ago, and since yesterday every page comes out smeared with "
       "a wet streak down the middle. still within the swap period right? I'd like a new one."],
      {"done": "nope", "confirm": "yes with the friday thing",
       "product": "IJ-680 colour inkjet", "serial": "IJ6802610995", "started": "since friday",
       "circumstances": "no, never opened it, original ink",
       "wants": "a new one", "phone": "187 5710 3364",
       "offer": ["yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (exchange window); smeared prints; the start is corrected from "
      "yesterday to Friday (2 to 8 days ago, still after the sale); wants a new one -> Replacement.",
      {"serial": "IJ6802610995", "start": 4, "fault": "PRINT_QUALITY", "wish": "new", "hard": True},
      say=[("confirm", "actually it started friday, not yesterday. yesterday is just when I got round to writing")]),

    S("e4-again-third-time-serial-typo-e60",
      ["E60 electric heater, serial DE60G260384, about six and a half months old. Showing E4 and no heat AGAIN. "
       "your technicians fixed this exact error twice, the last time around seven weeks ago. came back three days "
       "ago. sort it out properly this time please."],
      {"done": "no that's all", "confirm": "yes",
       "product": "E60", "serial": "DE60G260348", "started": "three days ago",
       "circumstances": "no",
       "wants": "sort it out properly, I don't want another patch-up", "phone": "139 5717 2208",
       "offer": ["yes, a replacement is what I want"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "DE60G260348: E60 sold 198 days ago, ERROR_CODE (E4) repaired twice under warranty, back again -> repeat "
      "failure, Replacement first, Urgent. The story's DE60G260384 (swapped digits, no record) is corrected after "
      "the restatement.",
      {"serial": "DE60G260348", "start": 3, "fault": "ERROR_CODE", "wish": "repair", "typo": "DE60G260384", "hard": True},
      say=[("confirm", "wait, the serial I typed is wrong, it ends 348 not 384, it's DE60G260348")]),

    S("trolley-bumped-it-but-factory-fault-dc4525",
      ["DC-4525, DC45252511178, about eleven months old. It's misfeeding from tray 2 for about three weeks. Full "
       "disclosure, the cleaner bumped into it with her trolley last week, but the misfeeding started long before "
       "that, it's a factory fault and it should be covered. I want it fixed free."],
      {"done": "that's all", "confirm": "yes",
       "product": "DC-4525", "serial": "DC45252511178", "started": "about three weeks ago",
       "circumstances": "the cleaner's trolley bumped it last week, yes. but the fault was there before",
       "wants": "a free repair", "phone": "0571 8530 6621",
       "offer": ["ok"], "person": "yes", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "DC45252511178: DC-4525 sold 330 days ago, 35 days of warranty left; misfeeding, a confirmed bump by the "
      "cleaner's trolley but a factory fault claimed -> disputed cause, rule 5, NeedsReview, escalated.",
      {"serial": "DC45252511178", "start": 21, "fault": "PAPER_JAM", "circ": ("USER_DAMAGE", "disputed"),
       "wish": "repair", "hard": True}),

    S("after-update-cant-connect-wants-person-n9",
      ["Finance Suite 9 network edition, FN9-2610-LHQA, we bought it four days ago, installed on the server the same "
       "day, since yesterday's Windows update none of the three workstations can connect. phone 150 6712 3390. "
       "is someone able to help today?"],
      {"done": "no", "confirm": "yes",
       "product": "Finance Suite 9 network", "serial": "FN9-2610-LHQA", "started": "yesterday, after the update",
       "circumstances": "no, nothing modified",
       "wants": "get it working", "phone": "150 6712 3390",
       "offer": ["no, I'd rather speak to a person, we've already tried a remote session with our IT guy"],
       "person": "yes please", "other": "ok"},
      E("en", "Covered", "RemoteSupport", True, "Normal"),
      "FN9-2610-LHQA: Finance Suite 9 network sold 4 days ago (software: no return window); workstations cannot "
      "connect since yesterday -> RemoteSupport first; the customer asks for a person -> escalated, Normal.",
      {"serial": "FN9-2610-LHQA", "start": 1, "fault": "CONNECTION", "wish": "repair", "flow": "person"}),
]
