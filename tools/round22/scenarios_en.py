"""Round 22, English: 20 customers whose WRITING is unusual, not their story - non-native English (wrong tenses,
no articles, "since 3 days", "i have buyed"), phone shorthand (pls, thx, u, ur, bc, rn, idk, tmrw, wk, mo), voice
dictation without punctuation and with homophones (there/their, to/too, for/four), run-on sentences.
meta: serial, start (days before the reference date the problem began), fault, circ (code, confirmed|disputed|unknown),
wish (refund|new|repair|apology), flow (accept|person|refuse2), consumable, safety, model, hard."""
from common import E, S

EN = [
    S("stove-not-lighting-since-3-days-non-native-q5",
      ["hello sir",
       "the gas stove is not lighting since 3 days, i have buyed it before about three month",
       "i press the button, he make click click but no fire come"],
      {"done": "no, this is all", "confirm": "yes is correct", "product": "gas stove Q5", "serial": "JQ526078529",
       "started": "since 3 days", "circumstances": "no, nothing like this happen", "wants": "please repair it",
       "phone": "139 5817 6643", "offer": ["ok good, thank you very much"], "person": "no need", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ526078529: Q5 sold 88 days ago, NO_IGNITION for 3 days, no circumstance, no earlier repair -> Covered, "
      "FreeRepair, Normal.",
      {"serial": "JQ526078529", "start": 3, "fault": "NO_IGNITION", "wish": "repair"}),

    S("no-hot-water-rn-shorthand-h16",
      ["hey no hot water rn from r gas heater",
       "its the H16 one, been like this since 5 days ago, shower is freezing pls help"],
      {"done": "nope thats it thx", "confirm": "yep", "product": "h16 gas water heater", "serial": "rh1626053738",
       "started": "5 days ago", "circumstances": "nah nothing like that", "wants": "fix pls",
       "phone": "136 4718 2295", "offer": ["ok thx"], "person": "no thx", "other": "k"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626053738 (typed in lower case): H16 sold 144 days ago, parts and labour both in warranty, NO_HOT_WATER 5 days, "
      "no circumstance -> Covered, FreeRepair, Normal.",
      {"serial": "RH1626053738", "start": 5, "fault": "NO_HOT_WATER", "wish": "repair"}),

    S("heater-show-error-again-two-time-fixed-e60",
      ["good day",
       "my electric water heater E60 is show error code E4 again. already two time your man come and fix this same error",
       "now again from 4 days. i am very tired of this machine"],
      {"done": "no more", "confirm": "yes, is same error like before", "product": "E60 electric water heater",
       "serial": "DE60G260348", "started": "from 4 days", "circumstances": "no. nobody touch it, no water, no nothing",
       "wants": "repair it or something, i dont know what is possible", "phone": "137 6924 3318",
       "offer": ["yes ok, new one is better"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "DE60G260348: E60 sold 198 days ago, ERROR_CODE repaired twice in warranty (129 and 50 days ago) -> repeat failure: "
      "Covered, Replacement first, priority Urgent; the agreed replacement opens a case, not escalated.",
      {"serial": "DE60G260348", "start": 4, "fault": "ERROR_CODE", "wish": "repair", "hard": True}),

    S("hood-rattle-2-wks-old-want-new-one-t9",
      ["hi so the range hood i got like 2 wks ago from u guys is making a rattly noise",
       "T9. started the day before yesterday idk why. want a new one tbh not a repair"],
      {"done": "no thats all", "confirm": "ya", "product": "T9 hood", "serial": "YT926082860",
       "started": "day before yesterday", "circumstances": "no nothing, it was installed by ur guy", "wants": "new one pls",
       "phone": "152 3968 4471", "offer": ["ok cool ty"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "YT926082860: T9 sold 13 days ago (inside the 15-day exchange window, 2 days from its edge), NOISE for 2 days, wish "
      "a new one -> Covered, Replacement, Normal.",
      {"serial": "YT926082860", "start": 2, "fault": "NOISE", "wish": "new"}),

    S("dictated-report-wrong-no-punctuation-s8",
      ["hello the finance suite 8 single user on are office computer is giving wrong numbers in the balance sheet report "
       "since about six days the totals dont add up and there accountant noticed it to"],
      {"done": "no that is everything thank you", "confirm": "yes that is right", "product": "finance suite eight single user",
       "serial": "FS8-2603-LGYF", "started": "about six days ago", "circumstances": "no nothing like that nobody changed anything",
       "wants": "we just need the report to be right", "phone": "158 6732 9104",
       "offer": ["yes remote is fine thank you"], "person": "no thank you", "other": "okay"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2603-LGYF: Finance Suite 8 single-user sold 238 days ago, REPORT_WRONG for 6 days -> Covered, software line: "
      "RemoteSupport first, Normal.",
      {"serial": "FS8-2603-LGYF", "start": 6, "fault": "REPORT_WRONG", "wish": "repair"}),

    S("network-finance-cant-connect-old-licence-run-on-n8",
      ["hi we have finance 8 network version and since 10 days the clients cannot connect to server anymore we tried "
       "restart everything and nothing and i think we bought it almost two years back so maybe is not in warranty anymore "
       "but we need it working bc month end is coming"],
      {"done": "no", "confirm": "yes correct", "product": "finance suite 8 network", "serial": "FN8-2501-YKDJ",
       "started": "10 days ago", "circumstances": "no, nobody modify anything, no power problem",
       "wants": "make it work again", "phone": "135 7714 6628",
       "offer": ["ok we pay, please do it quick"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2501-YKDJ: Finance Suite 8 network sold 657 days ago, service year ended 292 days ago; CONNECTION started 10 "
      "days ago (well after the expiry) -> NotCovered, RemoteSupport at the fee, Normal.",
      {"serial": "FN8-2501-YKDJ", "start": 10, "fault": "CONNECTION", "wish": "repair", "hard": True}),

    S("new-licence-not-recognised-shorthand-s9",
      ["hi pls help, finance 9 single user, got it 4 days ago",
       "since yday it says licence not valid and wont open, cant do my books rn"],
      {"done": "nope", "confirm": "yes", "product": "finance suite 9", "serial": "FS9-2610-CDNH",
       "started": "yesterday", "circumstances": "no nothing", "wants": "just make it work pls",
       "phone": "188 5396 7741", "offer": ["ok thx"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2610-CDNH: Finance Suite 9 single-user sold 4 days ago (software: no return/exchange window), LICENCE_ERROR "
      "since yesterday, wants it working -> Covered, RemoteSupport, Normal.",
      {"serial": "FS9-2610-CDNH", "start": 1, "fault": "LICENCE_ERROR", "wish": "repair"}),

    S("install-fails-then-wants-human-n9",
      ["Dear team",
       "We are buy Finance 9 network edition two days before. Install on the server is fail, always stop at the end "
       "with error. Yesterday we try all day."],
      {"done": "No, only this", "confirm": "Yes", "product": "Finance 9 network", "serial": "FN9-2609-YWBH",
       "started": "yesterday", "circumstances": "No. We install like the manual say, nothing change",
       "wants": "Somebody help us to install it", "phone": "139 8806 1473",
       "offer": ["Sorry, I prefer speak with real person, not the computer"], "person": "Yes please, a real person",
       "other": "ok"},
      E("en", "Covered", "RemoteSupport", True, "Normal"),
      "FN9-2609-YWBH: Finance Suite 9 network sold 2 days ago (no return window for software), INSTALL_FAILURE since "
      "yesterday -> Covered, RemoteSupport first; the customer asks for a person at the offer -> escalated, Normal.",
      {"serial": "FN9-2609-YWBH", "start": 1, "fault": "INSTALL_FAILURE", "wish": "repair", "flow": "person",
       "hard": True}),

    S("copier-streaks-3rd-time-want-money-back-dc3020",
      ["ok so our DC3020 copier is printing streaky grey lines AGAIN",
       "ur tech fixed the exact same thing twice already, once ~4 mo ago and once like 6 wks ago",
       "started again 3 days ago. toner is brand new btw. honestly just want a refund at this point"],
      {"done": "nope", "confirm": "yep exactly", "product": "dc-3020 copier", "serial": "DC3020 2605 809",
       "started": "3 days ago", "circumstances": "no. nobody dropped it or opened it, no power issues",
       "wants": "refund pls", "phone": "131 7642 5589", "offer": ["ok yes thx"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Urgent"),
      "DC30202605809 (typed with spaces): DC-3020 sold 174 days ago, PRINT_QUALITY repaired twice in warranty (113 and 44 "
      "days ago) -> repeat failure; the customer asks for a refund -> Covered, Refund, Urgent. Not toner (new).",
      {"serial": "DC30202605809", "start": 3, "fault": "PRINT_QUALITY", "wish": "refund", "hard": True}),

    S("colour-copier-4-days-jam-give-back-dc4525",
      ["hello. we buy your colour copier DC-4525 four days ago",
       "from two days it jam paper every time, each page. I want give it back and take my money"],
      {"done": "no other thing", "confirm": "yes", "product": "DC-4525 colour copier", "serial": "DC45252609875",
       "started": "two days ago", "circumstances": "no, nothing happen to it", "wants": "give back and refund",
       "phone": "159 3746 1182", "offer": ["ok, thank you"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC45252609875: DC-4525 sold 4 days ago (7-day return window, 3 days from its edge), PAPER_JAM 2 days, wants a "
      "refund -> Covered, Refund, Normal.",
      {"serial": "DC45252609875", "start": 2, "fault": "PAPER_JAM", "wish": "refund"}),

    S("printer-very-light-toner-finish-lp2200",
      ["hello, laser printer LP-2200",
       "it print very light since one week, like ghost letters. i think toner is finish, the light is blinking",
       "how i get new toner, is free under guarantee?"],
      {"done": "no", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22HU251211",
       "started": "one week ago", "circumstances": "no nothing", "wants": "new toner cartridge",
       "phone": "133 5871 9642", "offer": ["ok i buy it"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "LP22HU251211: LP-2200 sold 277 days ago; the toner cartridge is a consumable -> NotCovered (rule 2), "
      "PartReplacement at the part price, Normal.",
      {"serial": "LP22HU251211", "start": 7, "fault": "PRINT_QUALITY", "wish": "repair", "consumable": True}),

    S("inkjet-bought-this-morning-jams-dictated-ij680",
      ["hi i bought the ij 680 inkjet printer from you this morning and i set it up when i got home and it jams on every "
       "single sheet i want to return it and get my money back please i dont want a replacement"],
      {"done": "no thats it", "confirm": "yes thats right", "product": "ij six eighty inkjet printer",
       "serial": "IJ6802610052", "started": "today right after i set it up", "circumstances": "no nothing it is brand new",
       "wants": "refund please", "phone": "150 6489 3317", "offer": ["yes thank you"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "IJ6802610052: IJ-680 sold today (day 0, return window), PAPER_JAM from the first use today, wants a refund -> "
      "Covered, Refund, Normal.",
      {"serial": "IJ6802610052", "start": 0, "fault": "PAPER_JAM", "wish": "refund", "tied": True, "hard": True}),

    S("invoice-printer-i-drop-it-cover-crack-zd630k",
      ["hi sorry my english not good",
       "the invoice printer ZD-630K, i drop it from the desk when i move it 2 days ago, my mistake",
       "now the cover is crack and it not print anything"],
      {"done": "no", "confirm": "yes", "product": "ZD-630K invoice printer", "serial": "ZD630K260738",
       "started": "2 days ago", "circumstances": "yes i drop it from desk, it fall on floor", "wants": "repair it",
       "phone": "186 4372 9915", "offer": ["ok i pay, no problem"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "ZD630K260738: ZD-630K sold 108 days ago, CRACKED after the customer dropped it (USER_DAMAGE, said plainly) -> "
      "rule 8 CostFee: CoveredWithFee, PaidRepair (cost fee + part), Normal.",
      {"serial": "ZD630K260738", "start": 2, "fault": "CRACKED", "circ": ("USER_DAMAGE", "confirmed"), "wish": "repair",
       "hard": True}),

    S("glass-stove-not-fire-again-second-time-q7",
      ["hello, i have the glass gas stove Q7",
       "one month ago your worker has fixed it because not fire. now again is not fire, from 3 days",
       "this is second time, the stove is new, why like this"],
      {"done": "no", "confirm": "yes, same problem like last time", "product": "Q7 glass gas stove",
       "serial": "JQ726093781", "started": "3 days ago", "circumstances": "no, nothing, no gas smell also",
       "wants": "fix it good this time", "phone": "138 9174 5526", "offer": ["ok, thank you"], "person": "no",
       "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: Q7 sold 63 days ago, NO_IGNITION repaired once (31 days ago, ours) -> one repair is not two: Covered, "
      "FreeRepair, Normal. The customer explicitly has no gas smell.",
      {"serial": "JQ726093781", "start": 3, "fault": "NO_IGNITION", "wish": "repair"}),

    S("old-gas-heater-leaking-no-twice-then-person-h16",
      ["hi my gas water heater h16 leaking from bottom since 5 days",
       "i know its old, bought like more than 2 yrs ago, but still its ur product"],
      {"done": "no", "confirm": "yes", "product": "H16", "serial": "RH1624064276", "started": "5 days ago",
       "circumstances": "no nothing, never opened, no one else repaired it", "wants": "fix it",
       "phone": "139 4157 8863",
       "offer": ["no way im not paying that for a heater that leaks", "no still no"],
       "person": "yes pls", "other": "no"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "RH1624064276: H16 sold 843 days ago, parts expired 113 days ago and labour 478 days ago; LEAK started 5 days ago "
      "-> NotCovered, PaidRepair; two refusals -> a person, escalated Normal.",
      {"serial": "RH1624064276", "start": 5, "fault": "LEAK", "wish": "repair", "flow": "refuse2", "hard": True}),

    S("dictated-hood-noise-third-visit-want-new-t9",
      ["hi there range hood the T9 is making that loud grinding noise again your technician fixed it twice already for "
       "the same noise and its back since four days ago we are really tired of it we want a new one instead of another "
       "repair there is no point"],
      {"done": "no thats everything", "confirm": "yes thats correct", "product": "T9 range hood",
       "serial": "YT926063911", "started": "four days ago", "circumstances": "no nobody touched it",
       "wants": "a new one please", "phone": "151 8763 4429", "offer": ["yes thank you"], "person": "no",
       "other": "okay"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "YT926063911: T9 sold 129 days ago, NOISE repaired twice in warranty (84 and 32 days ago) -> repeat failure, wish a "
      "new one -> Covered, Replacement, Urgent.",
      {"serial": "YT926063911", "start": 4, "fault": "NOISE", "wish": "new", "hard": True}),

    S("power-going-up-down-heater-not-heat-e60",
      ["hello, electric water heater E60 not heat the water anymore",
       "in our building the electricity was going up and down very strong last week, light also flashing, "
       "after that the heater not heat. from 6 days",
       "i have the extra warranty when i buyed it"],
      {"done": "no", "confirm": "yes", "product": "E60 water heater", "serial": "DE60V250645",
       "started": "6 days ago", "circumstances": "yes the voltage was very unstable in building, after that it stop",
       "wants": "repair", "phone": "137 2965 4418", "offer": ["ok fine, i pay"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60V250645: E60 sold 502 days ago with a 6-month extension (covered, 47 days left); NO_HOT_WATER after unstable "
      "voltage, said plainly (VOLTAGE) -> rule 8 CostFee: CoveredWithFee, PaidRepair, Normal.",
      {"serial": "DE60V250645", "start": 6, "fault": "NO_HOT_WATER", "circ": ("VOLTAGE", "confirmed"), "wish": "repair"}),

    S("smell-gas-near-stove-shorthand-q5",
      ["pls help urgent",
       "smell gas near r stove since like 1 hr, the q5 one, kids r home"],
      {"done": "no", "confirm": "yes", "product": "q5 gas stove", "serial": "JQ525127804", "started": "an hour ago",
       "circumstances": "no", "wants": "someone come check pls", "phone": "139 6187 4452", "offer": ["ok"],
       "person": "yes", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "JQ525127804: Q5 with a gas smell (GAS_SMELL) -> safety: no coverage decision, escalated with priority Safety.",
      {"serial": "JQ525127804", "safety": True, "model": "JZT-Q5"}),

    S("colour-copier-jamming-since-half-year-expired-dc4525",
      ["hello. our colour copier DC-4525 is jam paper since half year more or less",
       "in beginning only sometimes, we not call, now it is every day. we buy it maybe one year and half ago"],
      {"done": "no", "confirm": "yes", "product": "DC-4525", "serial": "DC45252505389",
       "started": "about half year ago, maybe little more", "circumstances": "no, nothing like this",
       "wants": "repair it", "phone": "133 8846 1597", "offer": ["ok"], "person": "yes ok", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "DC45252505389: DC-4525 sold 507 days ago, warranty ended 142 days ago; PAPER_JAM started about 180 days ago, i.e. "
      "before the expiry -> rule 3: NeedsReview, escalated Normal.",
      {"serial": "DC45252505389", "start": 180, "fault": "PAPER_JAM", "wish": "repair", "hard": True}),

    S("cousin-opened-printer-tried-fix-lp2200",
      ["hello, LP-2200 laser printer jam the paper from 4 days",
       "my cousin he is doing repair of phones, he open the printer and try to fix it yesterday but now is more worse",
       "he is not from your company"],
      {"done": "no", "confirm": "yes", "product": "LP-2200", "serial": "LP22TA260240", "started": "4 days ago",
       "circumstances": "yes my cousin opened it and tried to repair, he is not authorised from you",
       "wants": "repair properly", "phone": "158 3491 7726", "offer": ["ok, i understand, i pay"], "person": "no",
       "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "LP22TA260240: LP-2200 sold 241 days ago, PAPER_JAM; repaired by someone not authorised (the cousin), said plainly "
      "-> UNAUTHORISED_REPAIR CostFee: CoveredWithFee, PaidRepair, Normal.",
      {"serial": "LP22TA260240", "start": 4, "fault": "PAPER_JAM", "circ": ("UNAUTHORISED_REPAIR", "confirmed"),
       "wish": "repair", "hard": True}),
]
