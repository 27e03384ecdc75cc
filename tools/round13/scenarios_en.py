"""Round 13, English customers: ordinary, everyday after-sales contacts (see README.md)."""
from common import E, S

NO = "no, nothing like that"

EN = [
    S("short-polite-h16-boiler-no-hot-water",
      ["Hello, my H-16 boiler stopped giving hot water yesterday evening. Could someone take a look please?"],
      {"done": "No, that's all, thank you.", "confirm": "Yes, that's right.", "product": "The H-16 gas boiler.",
       "serial": "RH1626100185", "started": "Yesterday evening.", "circumstances": "No, nothing like that.",
       "wants": "A repair please.", "phone": "139 5718 4462", "offer": ["Yes please, that would be great."],
       "person": "No need, thank you.", "other": "Thank you."},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626100185 (H16, sold 7 days ago, Xiaoshan): a quality fault inside the 7-day window, the customer asks for a "
      "repair, so the free repair is the first offer; a day early or late gives the same offer.",
      {"serial": "RH1626100185", "start": 1, "fault": "NO_HOT_WATER", "wish": "repair"}),

    S("rambling-office-copier-jams-wants-new-one-dc3020",
      ["ok so I'm not sure I'm even in the right place but here goes",
       "we got a new copier for the office last week, the DC3020, and honestly from about the third or fourth day it "
       "started jamming, like every ten sheets or so, paper crumpled up inside, and my colleague spent half of "
       "thursday pulling bits of paper out of it with tweezers",
       "we print a lot of contracts so it's kind of a big deal for us, the old machine was slow but at least it worked",
       "anyway I don't really want someone poking at a brand new machine, I'd just like a new one that works"],
      {"done": "no I think that's everything, sorry for the essay", "confirm": "yes, that's about it",
       "product": "the DC3020 copier", "serial": "DC30202610254", "started": "since thursday, so about five days",
       "circumstances": "no, it's just sat in the corner of the office, nobody's done anything to it",
       "wants": "a replacement machine please, a new one", "phone": "0571 8655 3190",
       "offer": ["yes, a replacement is what I wanted, thank you"], "person": "no that's fine", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "DC30202610254 (DC-3020, sold 8 days ago, Xihu): paper jams since day 3, no circumstance; inside the 15-day "
      "exchange window and the customer asks for a new machine, so replacement first (day 7 or 9 gives the same).",
      {"serial": "DC30202610254", "start": 5, "fault": "PAPER_JAM", "wish": "new", "hard": True}),

    S("retired-slow-typist-h16-expired",
      ["good  morning .", "my  gas  water heater  the  H 16  is  not  heating  the  water  any  more",
       "it  is  quite  old  now  i  think  but  it  was  always  very  good"],
      {"done": "no  that  is  all  thank  you", "confirm": "yes  that  is  correct",
       "product": "the  H 16  gas  water  heater", "serial": "RH1622127778",
       "started": "about  ten  days  ago", "circumstances": "no  nothing  like  that  it  has  just  been  on  the  wall",
       "wants": "i  would  like  it  repaired  please", "phone": "138 5716 0473",
       "offer": ["yes  please  go  ahead , thank  you"], "person": "no  thank  you", "other": "thank  you"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "RH1622127778 (H16 sold ~3.8 years ago, Hefei): parts and labour long expired, no heat for ten days, so not "
      "covered and the paid repair at the standard fees is offered; he accepts.",
      {"serial": "RH1622127778", "start": 10, "fault": "NO_HOT_WATER"}),

    S("busy-parent-fragments-q7-burner-wants-new",
      ["hi", "new q7 stove", "left burner wont light", "kids screaming sorry", "want a new one not a repair"],
      {"done": "no thats it", "confirm": "yep", "product": "q7 glass stove", "serial": "JQ726107646",
       "started": "day before yesterday", "circumstances": "no", "wants": "new one pls", "phone": "137 5823 9614",
       "offer": ["yes ok thanks"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "JQ726107646 (Q7 sold 7 days ago, Nanjing): a burner that won't light since the day before yesterday, the "
      "customer wants a new one; inside both windows, replacement first (day 6 or 8 gives the same).",
      {"serial": "JQ726107646", "start": 2, "fault": "NO_IGNITION", "wish": "new"}),

    S("restates-everything-2200-printer-refund",
      ["Good afternoon. I bought a 2200 printer from you less than a week ago and it is already printing with a dark "
       "smear down the left side of every page, even with the toner that came in the box."],
      {"done": "No, I have told you everything: it is the 2200 printer, it smears, and I would like my money back.",
       "confirm": "Yes, that is correct: the 2200 laser printer I bought less than a week ago smears every page.",
       "product": "It is the LP-2200 laser printer, the 2200 model.",
       "serial": "The serial number on the label inside the front door is LP22VB260849.",
       "started": "It started three days ago, the first time I printed with it.",
       "circumstances": "No, the printer has not been dropped, wet or opened; it has only been used normally with the "
                        "toner that came in the box.",
       "wants": "I would like to return the printer and have a full refund.",
       "phone": "My phone number is 135 8741 2396.",
       "offer": ["Yes, I accept the refund, thank you."], "person": "No, thank you.", "other": "Thank you."},
      E("en", "Covered", "Refund", False, "Normal"),
      "LP22VB260849 (LP-2200, sold 6 days ago, Ningbo): a smear since the first print with the original toner (a "
      "performance fault, not the consumable), refund asked inside the 7-day window, so refund first (day 5 or 7 "
      "gives the same).",
      {"serial": "LP22VB260849", "start": 3, "fault": "PRINT_QUALITY", "wish": "refund", "hard": True}),

    S("yes-but-adds-detail-t9-hood-expired-noise",
      ["Hi, the T-9 hood in my kitchen has started making a loud rattling noise when it's on high."],
      {"done": "No, that's all.", "product": "the T-9 cooker hood", "serial": "YT923067855",
       "confirm": "Yes. It's also a bit louder on the second speed now, not only on high.",
       "started": "About two weeks ago.", "circumstances": "No, nothing like that.",
       "wants": "Get it fixed.", "phone": "186 5712 3048",
       "offer": ["Fine, go ahead with the repair."], "person": "No thanks.", "other": "OK."},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT923067855 (T9 sold ~3.3 years ago, Fuyang): noise for two weeks, long expired, so not covered and the paid "
      "repair is offered; at the restatement the customer agrees and adds that the second speed is louder too.",
      {"serial": "YT923067855", "start": 14, "fault": "NOISE"}),

    S("is-this-covered-first-dc3020-grinding",
      ["Is this covered under warranty?",
       "sorry. the DC3020 copier we got a couple of weeks ago makes a grinding noise and then stops in the middle of a job"],
      {"done": "No, that's it.", "confirm": "Yes.", "product": "The DC3020 copier, we bought it a couple of weeks ago.",
       "serial": "DC30202610998", "started": "Four days ago.",
       "circumstances": "No. Nobody has dropped it, spilled anything on it or opened it.",
       "wants": "A repair, we just need it working.", "phone": "0571 8832 6157",
       "offer": ["Yes, please send someone."], "person": "No.",
       "other": "It makes a grinding noise and then stops in the middle of copying."},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202610998 (DC-3020, sold 15 days ago, Hangzhou): asks about cover before any detail; a grinding noise "
      "and stopping mid-job for four days, no circumstance, wants a repair: free repair (day 14 or 16 gives the same).",
      {"serial": "DC30202610998", "start": 4, "fault": "NOISE", "wish": "repair"}),

    S("bought-at-binjiang-store-then-serial-h16-expired",
      ["Hi there, our gas water heater is leaking from underneath, there's a little puddle on the floor every morning"],
      {"done": "no that's it", "confirm": "yes that's right",
       "product": "the 16 litre gas water heater",
       "serial": "RH1623041147, found it on the label under the front cover",
       "started": "about three weeks ago", "circumstances": NO, "wants": "have it repaired",
       "phone": "158 5716 2284", "offer": ["ok, please book it"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "RH1623041147 (H16 sold ~3.4 years ago in Binjiang, 6 months extended, still expired long ago): the customer "
      "first gives the purchase (years ago at the Binjiang shop), then the serial; a leak for three weeks, not covered, "
      "paid repair.",
      {"serial": "RH1623041147", "start": 21, "fault": "LEAK", "hard": True},
      say=[("serial", "we bought it at your shop in Binjiang, a few years back, I think they'd have it on file")]),

    S("gives-email-instead-of-phone-q5-expired",
      ["Hello, my Q 5 gas hob won't light on the right hand side. It clicks but no flame."],
      {"done": "Nothing else.", "confirm": "Yes, correct.", "product": "Q 5 gas hob",
       "serial": "JQ523087315", "started": "Since last weekend, about a week.", "circumstances": NO,
       "wants": "A repair.", "phone": "I'd rather not give my phone number, please email me at m.chen.home@example.com",
       "offer": ["OK, that's fine, go ahead."], "person": "No thanks.", "other": "OK."},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "JQ523087315 (Q5 sold ~3.1 years ago, Ningbo): clicks without a flame for a week, long expired, paid repair; "
      "the customer gives an email address instead of a phone number.",
      {"serial": "JQ523087315", "start": 7, "fault": "NO_IGNITION"}),

    S("visit-on-saturday-invoice-printer-expired",
      ["hi, our invoice printer (the 630K) keeps feeding the paper crooked and then it jams",
       "we use it every day for the invoices so it's a pain"],
      {"done": "no, that's all", "confirm": "yes", "product": "ZD-630K dot matrix", "serial": "ZD630K241002",
       "started": "since monday", "circumstances": NO, "wants": "repair it please", "phone": "0575 8512 7736",
       "offer": ["ok, go ahead then"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "ZD630K241002 (ZD-630K sold ~1.9 years ago, Shaoxing): paper feeds crooked and jams since Monday, expired, "
      "paid repair; at the offer she asks for the technician to come on Saturday.",
      {"serial": "ZD630K241002", "start": 6, "fault": "PAPER_JAM"},
      say=[("offer", "could the technician come on saturday morning? we're closed on friday")]),

    S("finance-9-single-unknown-licence",
      ["Hi, Finance 9 single user won't open since this morning, it says the licence is invalid"],
      {"done": "no, that's all", "confirm": "yes", "product": "finance 9, the single user one",
       "serial": "FS9-2610-QBHN", "started": "this morning", "circumstances": NO, "wants": "just get it working again",
       "phone": "139 6821 5407", "offer": ["ok"], "person": "yes please", "other": "ok"},
      E("en", None, None, True, "Normal"),
      "FS9-2610-QBHN is not a known licence (CW-S9 has no free record left): no purchase record, so no decision and "
      "the case goes to a person.",
      {"norecord": True, "model": "CW-S9", "hard": True}),

    S("gas-smell-near-water-heater-safety",
      ["hello I think there's a gas smell around our gas water heater",
       "it's stronger when the hot tap is on. is that normal?"],
      {"done": "no", "confirm": "yes", "product": "the gas water heater, H16 I think", "serial": "i don't have it to hand",
       "started": "just this morning", "circumstances": NO, "wants": "someone to check it", "phone": "138 0571 6629",
       "offer": ["ok"], "person": "yes", "other": "ok, I've opened the windows"},
      E("en", None, None, True, "Safety"),
      "A gas smell at an H16 (no serial given): a hazard, escalated as Safety without a coverage decision.",
      {"safety": True, "model": "JSQ-H16", "hard": True}),

    S("started-before-expiry-copier-review-dc3020",
      ["Our DC3020 has been throwing an error code E-204 and stopping, it needs turning off and on again",
       "to be honest it started well over a month ago but we kept putting off calling"],
      {"done": "no", "confirm": "yes, and it's getting more frequent", "product": "DC3020 copier",
       "serial": "DC30202510519", "started": "about six weeks ago", "circumstances": NO,
       "wants": "a repair under warranty, it started while it was still covered", "phone": "0577 8863 1945",
       "offer": ["ok"], "person": "yes", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "DC30202510519 (DC-3020 sold 377 days ago, expired 12 days ago, Wenzhou): the error code began about six weeks "
      "ago, inside the warranty; rule 3, both expired but the fault started within the warranty, so review.",
      {"serial": "DC30202510519", "start": 42, "fault": "ERROR_CODE", "hard": True}),

    S("ribbon-faded-invoice-printer-consumable",
      ["Morning. The print from our 630K invoice printer has gone very faint, you can hardly read the invoices",
       "I think the ribbon is worn out, we've never changed it. Do you sell them / is that covered?"],
      {"done": "No, that's it.", "confirm": "Yes.", "product": "ZD-630K", "serial": "ZD630K250163",
       "started": "It's been getting fainter for a couple of weeks.", "circumstances": NO,
       "wants": "A new ribbon.", "phone": "0571 8967 3420", "offer": ["Yes, please send one."], "person": "No.",
       "other": "OK."},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "ZD630K250163 (ZD-630K, expired 116 days ago even with its 6 extra months): the worn ribbon is a consumable, "
      "not covered at any date, the ribbon at its price.",
      {"serial": "ZD630K250163", "start": 14, "fault": "PRINT_QUALITY", "consumable": True}),

    S("finance-8-network-slow-expired",
      ["Hi, our finance 8 network version has become really slow since the day before yesterday, opening a voucher "
       "takes a minute"],
      {"done": "no", "confirm": "yes, that's right", "product": "Finance Suite 8 network edition",
       "serial": "FN8-2508-ANMX", "started": "the day before yesterday", "circumstances": "no, we haven't changed "
       "anything, no updates or new PCs", "wants": "someone to fix it", "phone": "133 5716 8802",
       "offer": ["ok, how much? fine, go ahead"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2508-ANMX (N8 sold 376 days ago, service year ended 11 days ago): slow since the day before yesterday, "
      "after the expiry; not covered, remote support at the fee first.",
      {"serial": "FN8-2508-ANMX", "start": 2, "fault": "SLOW", "hard": True}),

    S("dropped-pan-cracked-q5-cost-fee",
      ["hi, bit embarrassing. I dropped a cast iron pan on my Q5 hob last night and now the right burner cap is "
       "cracked and it won't light properly"],
      {"done": "no that's all", "confirm": "yes that's it", "product": "the Q5 gas hob", "serial": "JQ526078529",
       "started": "last night", "circumstances": "yes, like I said, I dropped a heavy pan on it",
       "wants": "get it repaired, I know it's my fault", "phone": "150 5712 4481",
       "offer": ["that's fair, yes please"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "JQ526078529 (Q5 sold 88 days ago, Xihu): in warranty but the customer plainly says he dropped a pan on it and "
      "does not claim a factory fault; user damage with a cost fee, paid repair (cost fee + part).",
      {"serial": "JQ526078529", "start": 1, "fault": "CRACKED", "circ": ("USER_DAMAGE", "confirmed"), "hard": True}),

    S("expired-2200-jams-refuses-twice",
      ["My 2200 printer jams on nearly every page now. It's a couple of years old, it's not like it's ancient."],
      {"done": "no", "confirm": "yes", "product": "2200 laser printer", "serial": "LP22KQ240756",
       "started": "about ten days ago", "circumstances": NO, "wants": "fix it, and I don't think I should have to pay",
       "phone": "136 5719 3187",
       "offer": ["no, I'm not paying again for this", "no, that's still not acceptable"],
       "person": "yes", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "LP22KQ240756 (LP-2200 sold ~2.2 years ago, Jiande; a paid NO_POWER part replacement last month, not "
      "mentioned): paper jams for ten days, expired; paid repair offered, refused twice, so escalated.",
      {"serial": "LP22KQ240756", "start": 10, "fault": "PAPER_JAM", "flow": "refuse2", "hard": True}),

    S("inkjet-no-serial-wants-a-person",
      ["hi, our 680 colour printer at home is printing everything with a pinkish tint",
       "honestly can I just talk to a real person? I'm not good with chat bots"],
      {"done": "no", "confirm": "yes", "product": "the 680 inkjet", "serial": "sorry I don't have it, the box is gone",
       "started": "a few days ago", "circumstances": NO, "wants": "I'd like to speak to someone",
       "phone": "189 5716 3305", "offer": ["I'd rather talk to a person"], "person": "yes please", "other": "ok"},
      E("en", None, None, True, "Normal"),
      "An IJ-680 (no serial, IJ-680 has no free record) customer who asks for a person at once: no purchase record "
      "and a person asked, escalated Normal with no decision.",
      {"norecord": True, "model": "IJ-680", "flow": "person", "hard": True}),

    S("hood-weak-suction-expired-t9",
      ["Hello, the T9 extractor hood isn't pulling the smoke like it used to. Kitchen fills up when I fry anything."],
      {"done": "No.", "confirm": "Yes, that's it.", "product": "T9 range hood", "serial": "YT924074294",
       "started": "For about three weeks now.", "circumstances": "No. I clean the filter every month.",
       "wants": "A repair please.", "phone": "0575 8421 6635", "offer": ["Yes, OK."], "person": "No.", "other": "OK."},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT924074294 (T9 sold ~2.3 years ago, Shaoxing; a paid NOISE repair last month): weak suction for three weeks, "
      "expired, paid repair.",
      {"serial": "YT924074294", "start": 21, "fault": "WEAK_SUCTION"}),

    S("e-60-water-tank-two-weeks-repair",
      ["hello, the E 60 electric water heater we had put in two weeks ago is dripping from the pipe joint underneath"],
      {"done": "no, that's it", "confirm": "yes", "product": "E 60 electric water heater, the 60 litre one",
       "serial": "DE60E260837", "started": "since the day before yesterday", "circumstances": NO,
       "wants": "just have it repaired, no need to swap it", "phone": "177 5718 3163",
       "offer": ["yes please, thank you"], "person": "no", "other": "thanks"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DE60E260837 (E60 sold 15 days ago, Hangzhou): a leak for two days, no circumstance, and the customer wants a "
      "repair, not a swap: free repair (day 14 or 16 gives the same).",
      {"serial": "DE60E260837", "start": 2, "fault": "LEAK", "wish": "repair"}),
]
