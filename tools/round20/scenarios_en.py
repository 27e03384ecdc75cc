"""Round 20, English: 20 customers who ask before they tell, or tell for someone else - a question as the first message
(is it covered, where is the serial, do you charge to come out), a question in the middle of the fact-gathering, a
landlord, a son, an office manager writing about someone else's appliance, customers unsure of the date or the model,
serials fetched in a second message.
meta: serial, start (days before the reference date the problem began), fault, circ (code, confirmed|disputed|unknown),
wish (refund|new|repair|apology), flow (accept|person|refuse2), consumable, safety, asks (the questions put), behalf
(who the product belongs to), hard."""
from common import E, S

EN = [
    S("quick-question-hob-nine-months-covered-q5",
      ["quick question, is a gas hob still covered if its like 8 or 9 months old??"],
      {"done": "no thats it", "confirm": "yep",
       "product": "the Q5 gas hob, two burners", "serial": "JQ526026205", "started": "about 5 days ago",
       "circumstances": "no nothing like that, just normal cooking", "wants": "get it fixed",
       "phone": "139 5716 4483", "offer": ["ok great, yes please send someone"],
       "person": "no its fine", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ526026205: Q5 sold 261 days ago (CITY, Xihu), in warranty for 104 more days; NO_IGNITION, no history -> "
      "Covered, FreeRepair. Opens with the coverage question before any story; the story comes in the next message.",
      {"serial": "JQ526026205", "start": 5, "fault": "NO_IGNITION", "asks": ["covered at 8-9 months"]},
      say=[("turn:1", "ok so the left burner just clicks and clicks and never catches. started maybe 5 days ago. "
                      "right one is fine")]),

    S("dads-water-heater-two-weeks-maybe-more-h16",
      ["hi, writing for my dad, he's 78 and doesn't do chat",
       "his gas water heater stopped giving hot water. he says it was two weeks ago, maybe a bit more, he wasn't sure",
       "it's the H16 one i think, we bought it for him earlier this year"],
      {"done": "no that's everything", "confirm": "yes that's it",
       "product": "H16 gas water heater (dad's)", "serial": "RH1626053738",
       "started": "about two weeks ago, maybe a bit more. let's say 16 days",
       "circumstances": "no, nobody's touched it, no drops or power problems", "wants": "repair it, he's having cold showers",
       "phone": "my number is best, 136 5891 7743", "offer": ["yes please, call me first and i'll be there to let them in"],
       "person": "no need", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626053738: H16 sold 144 days ago (CITY, Yuhang), labour in warranty for 221 days; NO_HOT_WATER about 16 days "
      "ago (unsure, well inside the warranty whichever day) -> Covered, FreeRepair. Written by the son; his phone.",
      {"serial": "RH1626053738", "start": 16, "fault": "NO_HOT_WATER", "asks": ["does the exact date matter"], "behalf": "father", "hard": True},
      say=[("started", "hang on does it matter exactly? he only noticed when the weather got cold")]),

    S("where-is-serial-on-printer-hang-on-lp2200",
      ["where do i find the serial on a printer",
       "it's the LP-2200 laser. keeps jamming, pulls the paper in crooked and scrunches it up. been like 4 days"],
      {"done": "no", "confirm": "yes",
       "product": "LP-2200 laser printer", "serial": "ok found it, sticker on the back: LP22TA260240",
       "started": "4 days ago", "circumstances": "no, never dropped, nobody opened it", "wants": "repair",
       "phone": "158 6743 9912", "offer": ["sure, that works"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "LP22TA260240: LP-2200 sold 241 days ago (COUNTY, Jiande), 124 days of cover left; PAPER_JAM, no history -> "
      "Covered, FreeRepair. Asks where the serial is first; goes to look when asked and gives it in the next message.",
      {"serial": "LP22TA260240", "start": 4, "fault": "PAPER_JAM", "asks": ["where is the serial"]},
      say=[("serial", "hang on let me go look, its in the back office")]),

    S("my-tenant-says-leaking-swapped-valve-e60",
      ["Hi, I'm a landlord, my tenant says the electric water heater in the flat is dripping from underneath",
       "Question first: who pays for this, me or him? He admitted he swapped the pressure relief valve for one he got "
       "at the hardware store because the old one was 'noisy'. It started leaking a few days after that."],
      {"done": "No, that's all", "confirm": "Yes, that's right",
       "product": "E60 electric water heater", "serial": "DE60Q260266", "started": "about a week ago, he says",
       "circumstances": "yes, like I said, the tenant fitted a valve from the hardware store, not one of yours",
       "wants": "get it repaired properly", "phone": "137 5814 6692",
       "offer": ["ok, fair enough, go ahead. send the bill to me"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60Q260266: E60 sold 224 days ago (CITY, Yuhang), in warranty 141 days more (one earlier LEAK repair, not named). "
      "The tenant fitted a non-original valve: MODIFICATION confirmed (CostFee) -> CoveredWithFee, PaidRepair. "
      "Written by the landlord for the tenant.",
      {"serial": "DE60Q260266", "start": 7, "fault": "LEAK", "circ": ("MODIFICATION", "confirmed"), "wish": "repair",
       "asks": ["who pays"], "behalf": "tenant"}),

    S("office-admin-copier-jams-do-you-charge-fuyang-dc4525",
      ["hello, I look after the office for a small firm in Fuyang",
       "our colour copier keeps jamming in tray 2. every 10 sheets or so. since monday, so about a week"],
      {"done": "that's it", "confirm": "yes correct",
       "product": "the DC-4525 colour copier", "serial": "DC45252512510", "started": "about a week ago",
       "circumstances": "no, nobody has opened it up or dropped anything, it's just used for normal copying",
       "wants": "repair please", "phone": "0571 6381 5597 (office)",
       "offer": ["ok good, mornings are best for us"], "person": "no thanks", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC45252512510: DC-4525 sold 251 days ago (COUNTY, Fuyang), 114 days of contract left; PAPER_JAM, no history -> "
      "Covered, FreeRepair. Office manager for the company; asks about the call-out charge to Fuyang in the middle.",
      {"serial": "DC45252512510", "start": 7, "fault": "PAPER_JAM", "asks": ["call-out charge"], "behalf": "company",
       "hard": True},
      say=[("phone", "oh and before i forget - do you charge for coming out to fuyang? we're not in the city"),
           ("offer", "so no charge for the visit then? ok")]),

    S("do-you-charge-for-remote-help-network-n8",
      ["do you charge for remote help?",
       "asking because our finance software (network version, 8) stopped letting two of the client PCs connect to the "
       "server since thursday. the server pc itself is fine"],
      {"done": "nope", "confirm": "yes",
       "product": "Finance Suite 8 network edition", "serial": "FN8-2508-YWLD", "started": "thursday, 4 days ago",
       "circumstances": "no, nothing changed, no viruses, nobody messed with the database", "wants": "get the clients connecting again",
       "phone": "135 8871 4426", "offer": ["ok understood, go ahead with the remote session then"],
       "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2508-YWLD: N8 sold 439 days ago (REMOTE, Wenzhou), service year ended 74 days ago; CONNECTION started 4 days "
      "ago (well after) -> NotCovered, RemoteSupport at the fee first. Asks the remote-support fee before the story.",
      {"serial": "FN8-2508-YWLD", "start": 4, "fault": "CONNECTION", "asks": ["remote fee"]}),

    S("bookkeeper-says-reports-wrong-s9",
      ["Hi. Our bookkeeper says the profit and loss report in Finance Suite 9 doesn't add up - the totals are off from "
       "the ledger by a few hundred",
       "I'm the owner, she asked me to contact you because the licence is in my name"],
      {"done": "No", "confirm": "Yes, that's what she told me",
       "product": "Finance Suite 9, single user", "serial": "FS9-2606-UNCV", "started": "she noticed it last week, around 6 days ago",
       "circumstances": "no, she says she hasn't edited any files outside the program, no power cuts", "wants": "fix the report",
       "phone": "138 9957 4416", "offer": ["yes please, she's in the office all week"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV: S9 sold 124 days ago (COUNTY, Chun'an), service year 241 days left; REPORT_WRONG, no history -> "
      "Covered, RemoteSupport first (software line). The owner writes for the bookkeeper; asks how long it takes.",
      {"serial": "FS9-2606-UNCV", "start": 6, "fault": "REPORT_WRONG", "asks": ["how long"], "behalf": "bookkeeper"},
      say=[("offer", "how long will it take? she has month-end closing coming up")]),

    S("mums-hood-still-under-warranty-a-year-and-a-bit-t9",
      ["is my mum's cooker hood still under warranty? she got it a bit over a year ago, maybe 14 months",
       "its making a loud rattle when it's on high. started about ten days ago"],
      {"done": "no", "confirm": "yeah",
       "product": "the T9 hood at my mum's", "serial": "YT925073562", "started": "about 10 days ago",
       "circumstances": "no she hasn't dropped anything on it or had anyone else look at it", "wants": "get it repaired",
       "phone": "my mobile 186 5731 9948", "offer": ["ok if that's the price, go ahead"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT925073562: T9 sold 432 days ago (CITY, Gongshu), warranty ended 67 days ago; NOISE started about 10 days ago, "
      "well after the expiry -> NotCovered, PaidRepair. Son writes for his mother; asks the price before agreeing.",
      {"serial": "YT925073562", "start": 10, "fault": "NOISE", "asks": ["still covered", "how much"], "behalf": "mother",
       "hard": True},
      say=[("offer", "roughly how much would that come to all in?")]),

    S("black-glass-gas-thing-flame-dies-q7",
      ["hi sorry i dont know the model name. its the black glass gas thing with 2 burners, the newer one with the "
       "flame safety",
       "your guy came a month ago cos it wouldnt light, that's fine now. but now the flame lights and then goes out "
       "after a few seconds when i let go of the knob. both burners. 3 days now"],
      {"done": "no", "confirm": "yes thats right",
       "product": "i think its called Q7? black glass top", "serial": "JQ726093781", "started": "3 days ago",
       "circumstances": "no, nothing spilled on it, nobody took it apart", "wants": "fix it",
       "phone": "133 5718 6624", "offer": ["ok thanks, yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: Q7 sold 63 days ago (CITY, Binjiang); NO_IGNITION repaired once 31 days ago (ours, a different "
      "fault); now FLAME_GOES_OUT -> Covered, FreeRepair, not a repeat failure. Describes the product instead of the model.",
      {"serial": "JQ726093781", "start": 3, "fault": "FLAME_GOES_OUT", "asks": ["do you need the model"]},
      say=[("product", "do you need the exact model? i can go and look at the sticker if it matters")]),

    S("invoice-printer-old-can-i-get-it-in-writing-zd630k",
      ["hi, I do admin for a small trading company, the invoice printer in accounts is acting up",
       "the dot matrix one, ZD-something. it stopped feeding the forms, just grinds. since about a week ago",
       "we've had it a couple of years I think"],
      {"done": "no that's it", "confirm": "yes",
       "product": "ZD-630K dot-matrix printer", "serial": "ZD630K250163", "started": "about a week ago",
       "circumstances": "no, not dropped, no one has been inside it", "wants": "repair",
       "phone": "139 6614 8873", "offer": ["ok, approved. please send someone"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "ZD630K250163: ZD-630K sold 662 days ago (CITY, Shangcheng), contract ended 116 days ago; PAPER_JAM about a week "
      "ago -> NotCovered, PaidRepair. Admin for the company; asks for the quote in writing before approving.",
      {"serial": "ZD630K250163", "start": 7, "fault": "PAPER_JAM", "asks": ["in writing"], "behalf": "company"},
      say=[("offer", "can I get that in writing? my manager has to sign off on anything we pay for")]),

    S("can-i-swap-printer-for-daughter-under-two-weeks-ij680",
      ["can i swap a printer i bought less than two weeks ago?",
       "bought the IJ-680 colour inkjet for my daughter's uni work and it jams on every single page. takes two sheets "
       "at once and chews them up",
       "she's tried different paper. it's been like that pretty much since the start, well, since 3 or 4 days after we "
       "got it"],
      {"done": "no", "confirm": "yes",
       "product": "IJ-680 inkjet", "serial": "IJ6802610995", "started": "about 8 or 9 days ago",
       "circumstances": "no, nobody dropped it or opened it, it's just been on her desk", "wants": "a new one please, not a repair",
       "phone": "159 8874 3316 (mine)", "offer": ["yes, a replacement is what i wanted, thanks"],
       "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (CITY, Xihu), inside the 15-day exchange window (3 days from its edge); "
      "PAPER_JAM, wants a new one -> Covered, Replacement. Parent for a daughter; the first message is a question.",
      {"serial": "IJ6802610995", "start": 9, "fault": "PAPER_JAM", "wish": "new", "asks": ["can i swap"],
       "behalf": "daughter", "hard": True}),

    S("still-within-service-year-licence-key-s8",
      ["hello is my finance software still within the service year? it's the single user 8",
       "the USB key isn't recognised any more, since 5 days ago, so I cant open the books"],
      {"done": "no", "confirm": "yes",
       "product": "Finance Suite 8 single-user", "serial": "FS8-2507-DYMT", "started": "5 days ago",
       "circumstances": "no, haven't taken the key apart or installed anything odd", "wants": "get it working",
       "phone": "136 8815 4472", "offer": ["ok fine, i'll pay for the remote session"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FS8-2507-DYMT: S8 sold 419 days ago (CITY, Hangzhou), service year ended 54 days ago; LICENCE_ERROR 5 days ago -> "
      "NotCovered, RemoteSupport at the fee. Opens with the service-year question.",
      {"serial": "FS8-2507-DYMT", "start": 5, "fault": "LICENCE_ERROR", "asks": ["still within service year"]}),

    S("dads-two-burner-expired-wont-pay-q5",
      ["how much do you charge to fix a stove that's out of warranty",
       "its my dad's. the black gas thing with 2 burners, Q5 i think. neither side lights any more since the weekend, "
       "3 days",
       "he bought it about a year and a half ago"],
      {"done": "no", "confirm": "yes",
       "product": "Q5 gas hob (dad's)", "serial": "JQ525057961", "started": "3 days ago",
       "circumstances": "no, nothing like that", "wants": "repair it",
       "phone": "137 8856 4419", "offer": ["no, thats too much for a stove that age", "no, still no. put me through to someone"],
       "person": "yes", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "JQ525057961: Q5 sold 540 days ago (CITY, Yuhang), warranty ended 175 days ago; NO_IGNITION 3 days ago -> "
      "NotCovered, PaidRepair; two offers refused -> escalated, Normal. Son for his father, asks the price first.",
      {"serial": "JQ525057961", "start": 3, "fault": "NO_IGNITION", "wish": "repair", "flow": "refuse2",
       "asks": ["out-of-warranty price"], "behalf": "father", "hard": True}),

    S("mums-heater-leaking-third-time-how-long-e60",
      ["hi, how long does a replacement take if a water heater keeps breaking?",
       "my mum's E60 electric one is leaking again from the bottom. your technicians replaced a part for this leak about "
       "8 months ago and again about 6 or 7 weeks ago. now its dripping again since yesterday",
       "she's had enough, she wants a new one"],
      {"done": "no that's all", "confirm": "yes",
       "product": "E60 water heater at my mum's", "serial": "DE60B250547", "started": "yesterday",
       "circumstances": "no. only your people have touched it", "wants": "a replacement unit",
       "phone": "138 6652 7719", "offer": ["ok yes, please arrange it"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "DE60B250547: E60 sold 470 days ago (CITY, Binjiang), in warranty by its 6-month extension (79 days left); LEAK "
      "part-replaced twice in warranty (235 and 47 days ago) -> repeat failure: Replacement first, Urgent. Writes for "
      "his mother; asks the time first and again at the offer.",
      {"serial": "DE60B250547", "start": 1, "fault": "LEAK", "wish": "new", "asks": ["how long"], "behalf": "mother",
       "hard": True},
      say=[("offer", "and how long till she actually gets the new one?")]),

    S("is-it-normal-smell-gas-near-heater-neighbour-h16",
      ["is it normal to smell gas near a water heater when it's running?",
       "asking for my elderly neighbour. her gas water heater, I went round and there's definitely a gas smell in the "
       "kitchen when the hot tap is on. started today"],
      {"done": "no", "confirm": "yes",
       "product": "H16 gas water heater", "serial": "RH1626078391", "started": "today",
       "circumstances": "no, nothing like that", "wants": "someone to check it urgently",
       "phone": "135 7719 3364", "offer": ["yes"], "person": "yes please, quickly", "other": "ok, I'll do that"},
      E("en", None, None, True, "Safety"),
      "RH1626078391: H16 sold 80 days ago (CITY, Xihu); a gas smell when it runs -> safety: no verdict, escalated at "
      "priority Safety. Neighbour writes for an elderly woman; opens with a question.",
      {"serial": "RH1626078391", "safety": True, "asks": ["is it normal"], "behalf": "neighbour", "hard": True}),

    S("it-guy-for-boss-wants-a-person-n9",
      ["hi i'm the IT guy at an accounting firm, writing for my boss",
       "we installed Finance Suite 9 network yesterday. the install on the second workstation keeps failing at about "
       "80% with a database error",
       "question: is there anyone who can call him directly? he likes talking to a person"],
      {"done": "no", "confirm": "yes",
       "product": "Finance Suite 9 network edition", "serial": "FN9-2609-QFFT", "started": "yesterday when we installed it",
       "circumstances": "no, clean install, nothing modified", "wants": "get it installed",
       "phone": "his number: 139 5718 6634", "offer": ["thanks but please have a person call him about it"],
       "person": "yes please", "other": "ok"},
      E("en", "Covered", "RemoteSupport", True, "Normal"),
      "FN9-2609-QFFT: N9 sold 1 day ago (CITY, Gongshu); INSTALL_FAILURE since the install -> Covered, RemoteSupport first "
      "(software, no return window); the customer asks for a person at the offer -> escalated, Normal. Writes for the boss.",
      {"serial": "FN9-2609-QFFT", "start": 1, "fault": "INSTALL_FAILURE", "flow": "person", "tied": True,
       "asks": ["can someone call"], "behalf": "boss", "hard": True}),

    S("can-we-still-return-copier-five-days-dc3020",
      ["quick one - can we still return a copier we got five days ago?",
       "i'm the office manager. the DC-3020 jams constantly, every few copies, since day two. the team is fed up",
       "we'd honestly rather just have our money back and go with something else"],
      {"done": "that's all", "confirm": "yes",
       "product": "DC-3020 copier", "serial": "DC30202609424", "started": "since the second day, so about 4 days",
       "circumstances": "no, nothing like that, it's barely been used", "wants": "a refund",
       "phone": "0571 6387 4415", "offer": ["yes, refund please. how do we get it collected?"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC30202609424: DC-3020 sold 5 days ago (COUNTY, Lin'an), inside the 7-day return window (2 days from its edge); "
      "PAPER_JAM, wants a refund -> Covered, Refund. Office manager for the firm; opens with the question.",
      {"serial": "DC30202609424", "start": 4, "fault": "PAPER_JAM", "wish": "refund", "asks": ["can we return"],
       "behalf": "company", "hard": True}),

    S("will-it-cost-son-cracked-inlet-e60",
      ["will it cost anything to fix a water heater if it was our fault?",
       "my son was messing about in the bathroom and swung on the pipe under the E60, the inlet connection cracked and "
       "now it drips. I'm not going to pretend it's a factory fault",
       "happened about 4 days ago, we've turned the water off to it"],
      {"done": "no", "confirm": "yes that's right",
       "product": "E60 electric water heater", "serial": "DE60K251124", "started": "4 days ago",
       "circumstances": "yes - my son damaged it, he pulled on the pipe and cracked the connection",
       "wants": "repair it, I'll pay what it costs", "phone": "150 6683 2297",
       "offer": ["ok that's reasonable, go ahead"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60K251124: E60 sold 313 days ago (CITY, Shangcheng), 52 days of warranty left; CRACKED by the son: USER_DAMAGE "
      "confirmed (CostFee) -> CoveredWithFee, PaidRepair (cost fee + part). The first message is a question.",
      {"serial": "DE60K251124", "start": 4, "fault": "CRACKED", "circ": ("USER_DAMAGE", "confirmed"), "wish": "repair",
       "asks": ["will it cost"], "hard": True}),

    S("do-you-cover-toner-cartridges-leaking-lp2200",
      ["do you cover toner cartridges?",
       "the cartridge in our LP-2200 is leaking powder all over the inside and leaving black smudges. the printer "
       "itself seems ok. started last week, about 6 days ago"],
      {"done": "no", "confirm": "yes",
       "product": "LP-2200", "serial": "LP22HU251211", "started": "about 6 days ago",
       "circumstances": "no, nothing like that, it's a genuine cartridge", "wants": "a new cartridge",
       "phone": "188 5716 4493", "offer": ["ok, I'll buy one then"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "LP22HU251211: LP-2200 sold 277 days ago (CITY, Xiaoshan), in contract; the toner cartridge is a consumable -> "
      "NotCovered, PartReplacement at the part price. Asks about cartridge cover before the story.",
      {"serial": "LP22HU251211", "start": 6, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair",
       "asks": ["toner covered"]}),

    S("grandmas-hood-weak-not-sure-when-weekends-t9",
      ["hey, do you guys come out on weekends?",
       "my grandma's extractor hood barely sucks anything up any more, the kitchen fills with smoke when she fries",
       "not sure when it started honestly, she says a couple of weeks, maybe less"],
      {"done": "no", "confirm": "yeah",
       "product": "range hood, the side one... T9?", "serial": "YT926028831",
       "started": "about two weeks ago, she's not sure", "circumstances": "no, nothing happened to it, no one's opened it",
       "wants": "repair", "phone": "my number 177 5813 6649", "offer": ["ok cool, a saturday would be ideal"],
       "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926028831: T9 sold 212 days ago (COUNTY, Fuyang), 153 days of warranty left; WEAK_SUCTION about two weeks ago "
      "(unsure, no window nearby) -> Covered, FreeRepair. Grandson for his grandmother; fetches the serial at her house.",
      {"serial": "YT926028831", "start": 14, "fault": "WEAK_SUCTION", "asks": ["weekend visits"], "behalf": "grandmother"},
      say=[("serial", "dont have it on me, let me ask her to read it out, 2 min")]),
]
