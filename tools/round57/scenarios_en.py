"""Round 57, English: vague and non-technical customers. Older people and relatives who name the product by what it
looks like or does ("the big grey printer", "the gas thing on the wall"), read the serial with slips (lower case, spaces,
dashes, O for 0, a digit missed then corrected), ask what and where a serial is, describe the fault in everyday words,
and answer questions with little stories. meta: the facts check.py recomputes the expectation from (start = days before
the reference date; day of sale from purchases.json); meta.slip names the serial slips."""
from common import S, E

EN = [
    S("big-grey-printer-crunches-paper-community-centre",
      ["hello is this the printer people",
       "the big grey printer in our office has gone funny. every time someone prints it makes a sort of crunching groan "
       "and the paper comes out all scrunched up like an accordion, then it just stops",
       "im only the volunteer who does the newsletter at the community centre so i dont know much about machines"],
      {"done": "no that's everything dear", "confirm": "yes that's it, the crunchy paper",
       "product": "the grey printer, the big heavy one by the window. it says laser printer on the front if that helps",
       "serial": "the sticker on the back says lp22 ta 260240 i think, very small writing",
       "started": "about two weeks ago. it was fine for the last newsletter and since then its been crunching",
       "circumstances": "no nobody's dropped it, it's far too heavy for that! no water near it, no one's fiddled with "
                        "it, we just put paper in the drawer like always",
       "wants": "just have someone make it work again please", "phone": "0571 8736 5512",
       "offer": ["yes please that would be lovely"], "person": "no thank you, you're doing fine", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "LP22TA260240 (typed lower case with spaces): LP-2200 sold 241 days ago (COUNTY), 124 days of cover left; paper "
      "crunched and stuck = PAPER_JAM for ~14 days, nothing happened to it -> Covered, FreeRepair.",
      {"serial": "LP22TA260240", "start": 14, "fault": "PAPER_JAM", "wish": "repair",
       "theme": ["no_model", "everyday_symptom", "serial_slip"], "slip": ["lower", "spaces"]}),

    S("mums-gas-thing-on-wall-blinky-light-cold-water",
      ["Hi, I'm writing for my mum, she's 81 and doesn't do computers",
       "the gas thing on her kitchen wall that heats the water. when she turns the hot tap on the little light does a "
       "blinky thing, blink blink blink, and the water never gets warm. she's been boiling kettles to have a wash",
       "your lot put it in for her a couple of months back"],
      {"done": "no, that's all", "confirm": "yes, that's right",
       "product": "her hot water heater, the gas one on the wall",
       "serial": "ok got her on the phone, she bent down and there's a silver label under the bottom edge of the front, "
                 "she read out RH1626084107",
       "started": "about 9 days ago, the first really cold morning",
       "circumstances": "no. nobody's touched it apart from your installer. she doesn't even dust it honestly. no "
                        "leaks, no power cuts she noticed",
       "wants": "someone to come and fix it please, she's on her own", "phone": "139 5816 4473",
       "offer": ["yes please, thank you. mornings are best for her"], "person": "no need", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626084107: JSQ-H16 sold 56 days ago (CITY), labour 309 / parts 675 days left; blinking light and no hot "
      "water (NO_HOT_WATER) for ~9 days, nothing done to it -> Covered, FreeRepair. The daughter asks what a serial is.",
      {"serial": "RH1626084107", "start": 9, "fault": "NO_HOT_WATER", "wish": "repair",
       "theme": ["proxy", "no_model", "where_serial", "everyday_symptom"]},
      say=[("serial", "what serial? she wouldn't know what that is. where would it even be on one of those?")]),

    S("gas-box-on-wall-smells-like-rotten-eggs-still-on",
      ["Good afternoon. I am not very good with this typing so forgive me.",
       "The gas box on the wall in the kitchen that does our hot water. Since this morning when it starts up there is "
       "a smell of gas, like rotten eggs. My wife noticed it first, she has a better nose than me",
       "It is still on now, we were going to do the washing up with it"],
      {"done": "That is all", "confirm": "Yes, that is what I said",
       "product": "The gas water heater on the kitchen wall",
       "serial": "There is a label underneath, it says RH1626086062",
       "started": "This morning, around breakfast time",
       "circumstances": "Well, nobody has touched it. It has hung there since it was put in, we do not fiddle with "
                        "it. No knocks, no water, nothing like that. It just started smelling this morning",
       "wants": "Someone to come and look at it as soon as they can please", "phone": "138 6671 4590",
       "offer": ["Alright"], "person": "Yes please, a person on the telephone would be better for me", "other": "Alright"},
      E("en", None, None, True, "Safety"),
      "Safety: a smell of gas from the H16 (RH1626086062) while it is still running -> no verdict, escalated with "
      "priority Safety; the bot should tell them to turn it off and air the room.",
      {"serial": "RH1626086062", "safety": True, "theme": ["safety", "no_model", "story_answer"]}, hard=True),

    S("fan-over-cooker-howling-third-time",
      ["its me again about the fan over my cooker. the thing that sucks up the cooking steam",
       "its doing the howling again. like a dog left out in the garden. whoooo whoooo as soon as I switch it on",
       "your young man has been out twice now for this same noise and each time it was quiet for a few weeks then back "
       "it comes"],
      {"done": "no thats all", "confirm": "thats right, the howling, third time now",
       "product": "the extractor over the cooker, the slanty one", "serial": "YT9 2606 3911",
       "started": "five days ago, I was doing a roast and it started up",
       "circumstances": "no no. I only wipe the outside with a cloth like the leaflet says. nobody else has had it open "
                        "except your fellow both times",
       "wants": "honestly I don't want him out a third time, can't I just have one that works",
       "phone": "135 7713 6648", "offer": ["yes, a new one, thank you. will they take the old one away?"],
       "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "YT926063911 (typed with spaces): CXW-T9 sold 129 days ago (COUNTY), 236 days left; NOISE repaired twice under "
      "warranty (84 and 32 days ago) and back 5 days ago -> repeat failure: Covered, Replacement first, Urgent.",
      {"serial": "YT926063911", "start": 5, "fault": "NOISE", "wish": "new",
       "theme": ["no_model", "everyday_symptom", "repeat", "serial_slip"], "slip": ["spaces"]}),

    S("new-hot-water-tank-just-lukewarm-send-it-back",
      ["Hello. My son had a new hot water tank put in my bathroom two days ago, the electric one",
       "It hums away all night and in the morning the water is only just warm, like a bath that's been left to sit",
       "I don't want to be a nuisance but I'd rather send it back"],
      {"done": "No that's all, thank you", "confirm": "Yes dear that's right",
       "product": "the electric hot water tank in the bathroom",
       "serial": "It's on a sticker on the side, DE60R 260884, the writing is ever so small",
       "started": "From the first night, so yesterday morning was the first time I noticed",
       "circumstances": "Well the shop's own men put it up, and since then nobody has touched it. I don't even know "
                        "where the switch is, my son does all that. Nothing's been knocked or wet",
       "wants": "I'd like to send it back and have the money back please, my son will choose a different one",
       "phone": "138 1755 6349", "offer": ["Yes please, that's what I'd like"], "person": "no thank you", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DE60R260884 (typed with a space): DSZ-E60 sold 2 days ago (REMOTE), inside the 7-day window; only lukewarm "
      "water (NO_HOT_WATER) since the first night, she asks for her money back -> Covered, Refund.",
      {"serial": "DE60R260884", "start": 1, "fault": "NO_HOT_WATER", "wish": "refund",
       "theme": ["no_model", "everyday_symptom", "serial_slip"], "slip": ["spaces"]}),

    S("old-worktop-cooker-tick-tick-no-flame-o-for-zero",
      ["Hello. My cooker, the gas one set into the worktop, the left side won't light anymore",
       "you turn the knob and it goes tick tick tick tick like a clock but no flame comes. the right side is fine",
       "I've been lighting it with a long match like my mother used to. we've had it a good while, well over a year"],
      {"done": "no that's it", "confirm": "yes, just the left one",
       "product": "the gas cooker in the worktop, two rings",
       "serial": "JQ525O57961 I think, one of those might be an O or a nought, the sticker's a bit greasy",
       "started": "three weeks ago or thereabouts",
       "circumstances": "oh goodness no. it's never been dropped, it's built in! nobody has taken it apart. I clean "
                        "the top with a damp cloth and that's all",
       "wants": "get it working. I know it's old so I expect to pay something", "phone": "137 5642 3381",
       "offer": ["yes alright, that's fair, book it please"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "JQ525057961 (typed with an O for the zero): JZT-Q5 sold 540 days ago, expired 175 days ago; NO_IGNITION since "
      "~3 weeks, well after the expiry -> NotCovered, PaidRepair at the standard fees.",
      {"serial": "JQ525057961", "start": 21, "fault": "NO_IGNITION", "wish": "repair",
       "theme": ["no_model", "everyday_symptom", "serial_slip"], "slip": ["O"]}, hard=True),

    S("granddaughters-photo-printer-ink-gone-already",
      ["hi my granddaughter set up a new colour printer for me, the little one for photos",
       "I've printed all the photos of the grandchildren and now the pictures come out pale and stripy and a message "
       "says the ink is low",
       "it's only been a week or two!! surely the ink should last longer than that. do I get new ink for free or do I "
       "have to buy it"],
      {"done": "no that's all", "confirm": "yes the ink, that's it",
       "product": "the colour printer, the little inkjet one",
       "serial": "found it on the back under where the paper goes in: IJ6802610995",
       "started": "two days ago the pictures went pale",
       "circumstances": "no nothing like that, it sits on the little table in the hall and nobody touches it but me",
       "wants": "new ink please, free if you can", "phone": "136 7548 1192",
       "offer": ["oh. well alright, send me one then"], "person": "no thanks", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (CITY); the ink cartridge is a consumable (any date) -> NotCovered, "
      "PartReplacement at the part price.",
      {"serial": "IJ6802610995", "start": 2, "fault": "PRINT_QUALITY", "consumable": True, "wish": "repair",
       "theme": ["proxy", "no_model", "where_serial", "consumable", "everyday_symptom"]},
      say=[("serial", "what's a serial number please? is it on the box? I've thrown the box away")]),

    S("church-accounts-program-little-wheel-goes-round",
      ["Good morning. I do the accounts for our church on the computer",
       "The accounts program has gone ever so slow. When I open the books the little wheel goes round and round for "
       "ages and I can make a cup of tea before it shows anything",
       "I'm 74 so please be patient with me"],
      {"done": "No, that's everything", "confirm": "Yes, it's the slowness",
       "product": "the accounts program, the single one on my computer",
       "serial": "my nephew said click Help then About, and it says FS8-2603-LGYF",
       "started": "about ten days ago",
       "circumstances": "Well the computer is the same one we've always had. Nobody from outside has been at it and "
                        "we haven't changed anything in the program itself. The only thing is the vicar's wife "
                        "cleaned the keyboard with one of those wipes, but that's not inside the computer is it",
       "wants": "make it go at its normal speed again please", "phone": "139 4178 6625",
       "offer": ["Yes, if someone can do it down the line that would be marvellous"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2603-LGYF: CW-S8 sold 238 days ago, 127 days of service left; SLOW for ~10 days, nothing done to it -> "
      "Covered, RemoteSupport first (software).",
      {"serial": "FS8-2603-LGYF", "start": 10, "fault": "SLOW", "wish": "repair",
       "theme": ["no_model", "where_serial", "everyday_symptom", "story_answer"]},
      say=[("serial", "A serial number for a program? Where would I find that, it didn't come in a box")]),

    S("bathroom-tank-puddle-neighbour-took-cover-off",
      ["Hello, the hot water tank in our bathroom, the electric one, has a drip underneath",
       "there's a little puddle every morning, I've put an ice cream tub under it",
       "it still heats alright"],
      {"done": "that's all", "confirm": "yes, the drip",
       "product": "the electric water tank on the bathroom wall",
       "serial": "DE60K251124", "started": "about six days ago",
       "circumstances": "well, now you ask. Ray from next door, he used to be a plumber, he took the cover off the bottom "
                        "and tightened something with his spanner, said it might be the seal. It still drips though. "
                        "He's not one of your people, no. Nobody dropped it or anything",
       "wants": "get it repaired please", "phone": "138 5564 7193",
       "offer": ["ok, if there's a charge because of Ray then fair enough, yes"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DE60K251124: DSZ-E60 sold 313 days ago (CITY), 52 days left; LEAK; a neighbour (not authorised) took the "
      "cover off and tightened something -> UNAUTHORISED_REPAIR confirmed (CostFee) -> CoveredWithFee, PaidRepair.",
      {"serial": "DE60K251124", "start": 6, "fault": "LEAK", "circ": ("UNAUTHORISED_REPAIR", "confirmed"),
       "wish": "repair", "theme": ["no_model", "story_answer", "cost_shift"]}, hard=True),

    S("parish-office-copier-dead-caretaker-in-fuse-cupboard",
      ["Morning. The copying machine at the parish office won't come on at all",
       "I press the big button and nothing. Not a light, not a hum. It was working when I locked up last night and "
       "this morning it's dead as a doornail"],
      {"done": "No, that's the lot", "confirm": "Yes, completely dead",
       "product": "the photocopier in the parish office",
       "serial": "DC30202608455, it was on the inside of the front door",
       "started": "this morning",
       "circumstances": "I honestly couldn't tell you about the electrics. The caretaker was doing something in the "
                        "fuse cupboard yesterday I think, but I wasn't there and he's away till next week. Nobody "
                        "dropped it or spilled anything on it or opened it, I can tell you that much",
       "wants": "a repair please, we need it for the notices", "phone": "0571 6934 8817",
       "offer": ["ok"], "person": "yes that's fine, have someone ring me", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "DC30202608455: DC-3020 sold 48 days ago (COUNTY), 317 days left; NO_POWER since this morning; whether the "
      "supply was bad (VOLTAGE) is unknown and decisive for NO_POWER -> rule 6, NeedsReview, escalated.",
      {"serial": "DC30202608455", "start": 0, "fault": "NO_POWER", "circ": ("VOLTAGE", "unknown"), "wish": "repair",
       "theme": ["no_model", "story_answer", "review"]}, hard=True),

    S("cooker-hood-kitchen-like-sauna-engineers-came-twice",
      ["hello. our hood over the hob isn't pulling the steam up again",
       "the kitchen is like a sauna when I boil the potatoes, the windows all run",
       "your engineers have been twice already. the first one came because it was roaring like an aeroplane and the "
       "second lad came a few weeks back when it stopped pulling"],
      {"done": "no thats it", "confirm": "yes, not pulling the steam",
       "product": "the cooker hood, the one that tilts",
       "serial": "yt926068688",
       "started": "about a week ago, maybe eight days",
       "circumstances": "no, only your engineers have touched it. the first one did the roaring and the other lad "
                        "cleaned some flap. I haven't done a thing to it except wipe the grease off the front",
       "wants": "I'd like it sorted properly this time", "phone": "137 9812 5564",
       "offer": ["yes ok, but tell them to look properly"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926068688 (lower case): CXW-T9 sold 109 days ago (COUNTY), 256 days left; repairs: NOISE once, WEAK_SUCTION "
      "once -> two different faults, not a repeat; WEAK_SUCTION again ~8 days -> Covered, FreeRepair, Normal.",
      {"serial": "YT926068688", "start": 8, "fault": "WEAK_SUCTION", "wish": "repair",
       "theme": ["no_model", "everyday_symptom", "notrepeat", "serial_slip"], "slip": ["lower"]}, hard=True),

    S("dropped-iron-pan-on-glass-cooker-crack",
      ["Oh dear. I've done something silly.",
       "the new glass cooker, the black shiny one with the knobs at the front. I dropped the big iron frying pan on it "
       "last night and now there's a long crack across the glass between the two rings",
       "your engineer only came out a month ago to fix the clicking on the left, that was fine after"],
      {"done": "no that's everything", "confirm": "yes, the crack from the pan",
       "product": "the glass gas cooker", "serial": "JQ726093781", "started": "last night",
       "circumstances": "yes well I dropped the pan on it like I said. Nobody else has touched it and nobody's taken it "
                        "apart",
       "wants": "can it have a new glass top? I'll pay what it costs, it was my own fault",
       "phone": "135 6678 3341", "offer": ["yes, that's fair, please book it"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "JQ726093781: JZT-Q7 sold 63 days ago (CITY), 302 days left; one NO_IGNITION repair (ours, a different fault); "
      "now CRACKED because she dropped a pan on it -> USER_DAMAGE confirmed (CostFee) -> CoveredWithFee, PaidRepair.",
      {"serial": "JQ726093781", "start": 1, "fault": "CRACKED", "circ": ("USER_DAMAGE", "confirmed"), "wish": "repair",
       "theme": ["no_model", "everyday_symptom", "cost_shift", "notrepeat"]}, hard=True),

    S("school-colour-copier-pink-stripe-digit-missed",
      ["Hello there. I help out in the office at the village school",
       "the colour copier puts a pink stripe down the middle of every sheet, like someone ran a highlighter down it",
       "the head teacher asked me to get in touch as I'm the one with the time"],
      {"done": "no that's all thanks", "confirm": "yes that's right, the pink stripe",
       "product": "the big colour copier in the school office",
       "serial": "DC4525251251 - oh no I missed a number, it's DC45252512510",
       "started": "six days ago", "circumstances": "no, nothing like that. we just use it for letters home and the "
                                                   "odd worksheet",
       "wants": "a repair please", "phone": "0571 6281 4439",
       "offer": ["yes please, thank you"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC45252512510 (a digit missed, then corrected in the same message): DC-4525 sold 251 days ago (COUNTY), 114 "
      "days left; PRINT_QUALITY ~6 days -> Covered, FreeRepair.",
      {"serial": "DC45252512510", "start": 6, "fault": "PRINT_QUALITY", "wish": "repair",
       "theme": ["no_model", "serial_slip", "everyday_symptom"], "slip": ["missing"]}),

    S("husbands-shop-receipt-printer-letters-half-missing",
      ["hello, I'm writing for my husband, he has the hardware shop and he doesn't do the internet",
       "the noisy little printer that does the receipts, the letters now come out with the tops missing, like someone "
       "rubbed half of them out",
       "the taxman won't like that"],
      {"done": "no, that's it", "confirm": "yes, half the letters gone",
       "product": "the receipt printer, the clattery one", "serial": "ZD630K260195",
       "started": "it's been going on about twelve days",
       "circumstances": "well, the first thing he did was put a new ribbon in, one he bought from the same shop as the "
                        "printer, and it was no better. other than that nobody's touched it, it sits on the counter "
                        "and nothing's been knocked or spilled on it",
       "wants": "have it repaired please", "phone": "139 6512 7784",
       "offer": ["yes please, he'll be in the shop all day"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "ZD630K260195: ZD-630K sold 218 days ago (COUNTY), 147 days left; PRINT_QUALITY for ~12 days; a new ribbon "
      "(from the seller) did not help, so not the consumable -> Covered, FreeRepair.",
      {"serial": "ZD630K260195", "start": 12, "fault": "PRINT_QUALITY", "wish": "repair",
       "theme": ["proxy", "no_model", "everyday_symptom", "story_answer"]}, hard=True),

    S("new-office-accounts-program-other-computers-cant-find-it",
      ["hello, we bought the new accounts program for the office a few days ago",
       "the main computer works but the other two just say they can't find it, something about not connecting",
       "the girls at the front desk are doing everything on paper again"],
      {"done": "thats everything", "confirm": "yes the other two computers",
       "product": "the accounts program, the one for several computers",
       "serial": "the number on the paper that came with it? FN9-2610-LHQA",
       "started": "the day after we got it, so three days ago",
       "circumstances": "no. only the young man from your company installed it on the main computer. we haven't "
                        "changed a thing since, and nobody else has been poking at it",
       "wants": "get the girls' computers working with it", "phone": "136 5591 8827",
       "offer": ["yes that's fine, whatever works"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2610-LHQA: CW-N9 sold 4 days ago (CITY); software has no return/exchange window; CONNECTION for 3 days -> "
      "Covered, RemoteSupport first.",
      {"serial": "FN9-2610-LHQA", "start": 3, "fault": "CONNECTION", "wish": "repair",
       "theme": ["no_model", "everyday_symptom", "story_answer"]}),

    S("village-hall-copier-grinding-want-a-real-person",
      ["Hello. I look after the village hall and our copying machine has started making a grinding noise, like a "
       "coffee mill",
       "then it stops halfway through a copy and the paper sits there half out"],
      {"done": "No that's all", "confirm": "Yes, grinding and stopping",
       "product": "the photocopier in the hall", "serial": "DC30202504315", "started": "about ten days ago",
       "circumstances": "It lives in the corner of the hall. The knitting group uses it, the playgroup uses it, I "
                        "can't say what every one of them does with it but nobody's owned up to dropping it, and it's "
                        "far too heavy anyway. No one's had the back off it",
       "wants": "to get it mended", "phone": "0571 6385 9124",
       "offer": ["I'd like to speak to a real person about that please, I can't make head nor tail of the prices"],
       "person": "yes please, a phone call", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "DC30202504315: DC-3020 sold 562 days ago (COUNTY), expired 197 days ago; NOISE ~10 days -> NotCovered, "
      "PaidRepair; she asks for a person at the offer -> escalated, Normal.",
      {"serial": "DC30202504315", "start": 10, "fault": "NOISE", "wish": "repair", "flow": "person",
       "theme": ["no_model", "story_answer", "everyday_symptom", "wants_person"]}, hard=True),

    S("dads-shop-printer-chewing-paper-again-money-back",
      ["hi I'm messaging for my dad, it's his printer at the little shop",
       "it's chewing the paper again. it pulls it in crooked and then gets stuck and he has to tug it out",
       "your people have been twice for this already and he's had enough"],
      {"done": "no that's all", "confirm": "yes that's right, third time",
       "product": "his printer, the black and white laser one", "serial": "LP22-WW-260485",
       "started": "four days ago",
       "circumstances": "no, only your repair people have touched it. he uses normal paper, nothing's been dropped or "
                        "wet",
       "wants": "he'd just like his money back for it to be honest", "phone": "135 8846 7721",
       "offer": ["yes, the refund please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Urgent"),
      "LP22WW260485 (typed with dashes): LP-2200 sold 140 days ago (CITY), 225 days left; PAPER_JAM part-replaced "
      "twice under warranty (91 and 35 days ago), back 4 days ago; he asks for his money back -> repeat: Covered, "
      "Refund, Urgent.",
      {"serial": "LP22WW260485", "start": 4, "fault": "PAPER_JAM", "wish": "refund",
       "theme": ["proxy", "no_model", "repeat", "serial_slip", "everyday_symptom"], "slip": ["dashes"]}),

    S("old-wall-boiler-lights-then-gives-up",
      ["hello. the boiler on the wall that does our hot water, it's the gas one",
       "it lights with a whoosh like normal, then after a minute or so it just gives up and the water goes cold again",
       "we've had it a couple of years now"],
      {"done": "no that's all", "confirm": "yes that's it exactly",
       "product": "the gas water heater", "serial": "rh16-2407-1541",
       "started": "about twelve days ago",
       "circumstances": "well it's been on that wall for years. my grandson hung his coat on the pipe once but that was "
                        "ages back and it was fine after. nobody's taken it apart or had a go at fixing it, we wanted "
                        "to ask you first",
       "wants": "get it going, I'll pay if I must", "phone": "137 6682 5149",
       "offer": ["yes, alright then"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "RH1624071541 (lower case with dashes): JSQ-H16 sold 795 days ago (CITY), parts expired 65 days ago, labour 430 "
      "days ago; FLAME_GOES_OUT ~12 days -> NotCovered, PaidRepair.",
      {"serial": "RH1624071541", "start": 12, "fault": "FLAME_GOES_OUT", "wish": "repair",
       "theme": ["no_model", "everyday_symptom", "serial_slip", "story_answer"], "slip": ["lower", "dashes"]},
      hard=True),

    S("parents-new-fan-above-stove-rattles-tin-of-buttons",
      ["Hi, writing for my parents. They had a new fan thing put in above the stove, the one that takes the cooking "
       "smoke away",
       "It rattles like a tin of buttons when it's on, my mum can't hear the radio",
       "It's not even two weeks old"],
      {"done": "no that's everything", "confirm": "yes, the rattling",
       "product": "the kitchen extractor above the stove", "serial": "YT926090053",
       "started": "three days ago",
       "circumstances": "No, the shop's fitters put it up and nobody has touched it since. Dad wouldn't know how",
       "wants": "they'd like a new one swapped in, not a repair on something this new",
       "phone": "138 4419 6573", "offer": ["yes please, a new one"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "YT926090053: CXW-T9 sold 11 days ago (CITY), inside the 15-day exchange window; NOISE 3 days, they ask for a "
      "new one -> Covered, Replacement.",
      {"serial": "YT926090053", "start": 3, "fault": "NOISE", "wish": "new",
       "theme": ["proxy", "no_model", "everyday_symptom"]}),

    S("money-program-says-little-key-not-right",
      ["Hello, I carry on my late husband's bookkeeping for the farm on the computer",
       "The money program now says the little key isn't right. A box comes up, something like 'not recognised', and "
       "then it won't let me in",
       "I haven't a clue what that means"],
      {"done": "No, that's all", "confirm": "Yes, the key box",
       "product": "the bookkeeping program, the single one",
       "serial": "my neighbour's boy found it in Help and About: fs9 2606 uncv",
       "started": "five days ago",
       "circumstances": "Well the computer did one of its updates the other night, it always does those by itself. "
                        "Nobody opened anything or changed the program, and nobody else has been at it. The little plug "
                        "thing is where it always was",
       "wants": "to get back into my books please", "phone": "139 7715 4462",
       "offer": ["Yes please, if you can do it through the computer"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2606-UNCV (lower case, spaces instead of dashes): CW-S9 sold 124 days ago (COUNTY), 241 days left; "
      "LICENCE_ERROR for 5 days; an automatic update is not a circumstance -> Covered, RemoteSupport.",
      {"serial": "FS9-2606-UNCV", "start": 5, "fault": "LICENCE_ERROR", "wish": "repair",
       "theme": ["no_model", "where_serial", "serial_slip", "everyday_symptom", "story_answer"],
       "slip": ["lower", "spaces"]},
      say=[("serial", "Is the serial the number on the little plug thing, or somewhere on the screen? Where do I look?")],
      hard=True),
]
