# Round-7 English scenarios (30). Written by a tester who has not seen the bot's code.
# Each item: name, story, answers, optional say/locale, expect (via E), notes, and meta (read only by check.py:
# serial = the record that decides, fault = the symptom code reported, wish, circ = (exclusion, "confirmed" |
# "disputed" | "unknown" | "denied"), start = days before the reference date the problem started, flow = how the
# customer treats the offers: accept | accept2 | refuse2 | person | none).


def E(coverage, offer, escalated, priority, case):
    return {"language": "en", "coverage": coverage, "firstOffer": offer, "escalated": escalated,
            "priority": priority, "caseNumber": case}


EN = [
    dict(name="q5-hob-refund-day3",
         story=["hi i bought your Q5 gas hob 3 days ago from the shop in tonglu",
                "the left burner just clicks and clicks and never lights, right one is fine. installer said gas pressure is ok"],
         answers={"done": "thats all", "confirm": "yep", "product": "Q5 gas hob", "serial": "JQ526104608",
                  "started": "day after they installed it so 2 days ago", "circumstances": "no nothing like that, its brand new",
                  "wants": "honestly i just want my money back, i dont trust it now", "phone": "13905718842",
                  "offer": ["yes refund please"], "person": "no", "other": "ok"},
         expect=E("Covered", "Refund", False, "Normal", True),
         notes="JQ526104608 = JZT-Q5 sold 3 days before the reference date (Tonglu, COUNTY). Day 3 <= returnDays 7, a performance fault "
               "(NO_IGNITION), no circumstance: rule 9, return window; the customer asks for a refund so Refund is offered first. "
               "Agreed remedy opens a case, priority Normal, not escalated.",
         meta=dict(serial="JQ526104608", fault="NO_IGNITION", wish="refund", start=2, flow="accept")),

    dict(name="h16-third-leak-order-number",
         story=["THIRD TIME. third time this heater is leaking",
                "your engineer fixed the leak about 3 months ago, then again a month ago, and this morning theres a puddle under it again",
                "i have the order number not the serial thing"],
         answers={"done": "no thats it, just sort it", "confirm": "yes", "product": "gas water heater H16",
                  "serial": "HS-259221", "started": "this morning", "circumstances": "no. only your own guys have ever touched it",
                  "wants": "i dont want a 3rd repair, replace the whole unit", "phone": "0574 8712 3309",
                  "offer": ["fine, yes, replace it"], "person": "no", "other": "ok"},
         expect=E("Covered", "Replacement", False, "Urgent", True),
         notes="Order HS-259221 -> RH1626062609, JSQ-H16 sold 127 days ago in Ningbo (REMOTE); parts 24 / labour 12 months, both running. "
               "repairs.json: LEAK PART_REPLACED twice under warranty. Same fault a third time = repeat failure: Replacement first "
               "(customer asks for it), priority Urgent (RepeatRepairsForUrgent). Our own engineers' repairs are not unauthorised.",
         meta=dict(serial="RH1626062609", fault="LEAK", wish="new", start=0, flow="accept")),

    dict(name="lp2200-toner-leaking",
         story=["hello, the toner cartridge in our laser printer is leaking black powder everywhere",
                "every page has smudges and theres toner dust inside the front door. cartridge is one of yours, came from your dealer"],
         answers={"done": "no", "confirm": "correct", "product": "LP-2200 laser printer", "serial": "LP22HU251211",
                  "started": "since we put the new cartridge in last week", "circumstances": "no, nothing",
                  "wants": "a working toner cartridge", "phone": "0571-8663 2214",
                  "offer": ["ok, send the new cartridge"], "person": "no", "other": "ok"},
         expect=E("NotCovered", "PartReplacement", False, "Normal", True),
         notes="LP22HU251211 = LP-2200 sold 277 days ago (Xiaoshan, CITY), in contract. The part is the toner cartridge, one of the "
               "LP-2200's consumables: rule 2 (consumable, any date) -> NotCovered (CONSUMABLE clause), remedy = the part at its "
               "price (PartReplacement, TONER 180). Accepted -> case, Normal.",
         meta=dict(serial="LP22HU251211", consumable=True, start=7, flow="accept")),

    dict(name="fs9-slow-fortnight",
         story=["our accounting software has become painfully slow",
                "month end close used to take 10 min now its over an hour, reports time out. finance suite 9 single user"],
         answers={"done": "that's everything", "confirm": "yes", "product": "Finance Suite 9 single-user",
                  "serial": "FS9-2606-UNCV", "started": "about a fortnight ago",
                  "circumstances": "no, nobody changed anything, no power cuts, no outside IT people",
                  "wants": "just make it fast again", "phone": "139 5812 0447",
                  "offer": ["yes remote session is fine"], "person": "no", "other": "ok"},
         say=[{"when": "wants", "text": "before that - is remote support free or do you charge for it?"}],
         expect=E("Covered", "RemoteSupport", False, "Normal", True),
         notes="FS9-2606-UNCV = CW-S9 sold 124 days ago (Chun'an), inside the one-year service year. Software line with "
               "RemoteSupportHours 8: remote support first, free while labour is covered. No circumstance. Covered/RemoteSupport, "
               "agreed -> case Normal. The mid-flow question about charges must not derail the flow.",
         meta=dict(serial="FS9-2606-UNCV", fault="SLOW", wish="repair", start=14, flow="accept")),

    dict(name="fn8-licence-expired-maintenance",
         story=["Licence error on our network finance software since last tuesday, the clients all say licence invalid",
                "whats your policy after the first year, do we have to pay the yearly maintenance thing?"],
         answers={"done": "no", "confirm": "yes that's right", "product": "Finance Suite 8 network edition",
                  "serial": "FN8-2508-YWLD", "started": "last tuesday",
                  "circumstances": "no changes on our side", "wants": "get it working, we can't post vouchers",
                  "phone": "0577 6632 1180", "offer": ["ok, go ahead with the paid remote support"], "person": "no", "other": "ok"},
         locale="zh-CN",
         expect=E("NotCovered", "RemoteSupport", False, "Normal", True),
         notes="FN8-2508-YWLD = CW-N8 sold 439 days ago (Wenzhou, REMOTE), service year ended 74 days ago. Started last Tuesday, "
               "after the expiry: rule 4 -> NotCovered (EXPIRED); software line: remote support at the fee first (400), annual "
               "maintenance 15% of the licence price (19800) for continued service. Accepted -> case Normal. Browser locale zh-CN "
               "but the customer writes English.",
         meta=dict(serial="FN8-2508-YWLD", fault="LICENCE_ERROR", wish="repair", start=5, flow="accept")),

    dict(name="h16-gas-smell-shower",
         story=["um is this the right place. i smell gas near the water heater whenever the shower runs",
                "its kind of strong in the small balcony where it hangs"],
         answers={"done": "no thats it", "confirm": "yes", "product": "gas water heater", "serial": "RH1626086062",
                  "started": "tonight", "circumstances": "no", "wants": "someone to check it",
                  "phone": "186 6819 0032", "offer": ["ok"], "person": "yes", "other": "ok I turned the gas off and opened the window"},
         expect=E(None, None, True, "Safety", True),
         notes="Gas smell (GAS_SMELL) is a safety hazard: no coverage decision, safety advice, case escalated with priority Safety. "
               "RH1626086062 (H16, Hangzhou) is in warranty but that does not matter.",
         meta=dict(serial="RH1626086062", safety=True)),

    dict(name="t9-noise-expired-paid",
         story=["the range hood is making a horrible rattly whine on high speed",
                "its the T9, bought a bit over a year ago i think. started last week"],
         answers={"done": "no", "confirm": "yes", "product": "T9 range hood", "serial": "YT925093079",
                  "started": "a week ago", "circumstances": "no, never dropped or opened, nobody touched it",
                  "wants": "repair it", "phone": "0571 6431 9920",
                  "offer": ["ok thats fine, book it"], "person": "no", "other": "ok"},
         expect=E("NotCovered", "PaidRepair", False, "Normal", True),
         notes="YT925093079 = CXW-T9 sold 432 days ago (Tonglu, COUNTY), warranty ended 67 days ago; the noise started a week ago, "
               "after the expiry: rule 4 -> NotCovered (EXPIRED), paid repair = labour 80 + part + county on-site fee 60. Accepted "
               "-> case Normal.",
         meta=dict(serial="YT925093079", fault="NOISE", wish="repair", start=7, flow="accept")),

    dict(name="e60-leak-bucket-since-august",
         story=["so my electric water heater has been dripping from the bottom pipe for months now",
                "i put a bucket under it in early august, like three and a half months ago, and just never got round to calling",
                "now its worse, the bucket fills in a day"],
         answers={"done": "no", "confirm": "yes", "product": "E60 electric water heater", "serial": "DE60B250659",
                  "started": "early august, about three and a half months ago", "circumstances": "no, nothing like that",
                  "wants": "fix it, and i think it should be free since it started while it was still under warranty",
                  "phone": "13588201176", "offer": ["ok"], "person": "yes please", "other": "ok"},
         expect=E("NeedsReview", None, True, "Normal", True),
         notes="DE60B250659 = DSZ-E60 sold 458 days ago (Xihu), 12 months: expired 93 days ago. The leak started about 105-110 "
               "days ago, before the expiry: rule 3 (expired, but the facts say the fault started within the warranty) -> "
               "NeedsReview, no offer, escalated Normal. Hard: the story's date is long ago and the customer argues coverage.",
         meta=dict(serial="DE60B250659", fault="LEAK", wish="repair", start=107, flow="none")),

    dict(name="e60-serial-not-found",
         story=["water heater not heating anymore, lukewarm at best",
                "serial from the sticker is DE60M251187"],
         answers={"done": "no", "confirm": "yes", "product": "electric water heater E60", "serial": "DE60M251187",
                  "started": "since the weekend", "circumstances": "no", "wants": "repair",
                  "phone": "150 6712 4491", "offer": ["ok"], "person": "yes", "other": "i read it off the label twice, thats what it says"},
         expect=E(None, None, True, "Normal", True),
         notes="DE60M251187 matches the E60 pattern but is not in purchases.json: UNKNOWN_SERIAL, no purchase record -> no "
               "coverage decision, escalated to a person with priority Normal and a case number.",
         meta=dict(norecord=True)),

    dict(name="copier-no-serial-at-home",
         story=["our office copier keeps jamming on every second page",
                "im working from home today so i cant get to the machine"],
         answers={"done": "no", "confirm": "yep", "product": "the copier, DC-3020 i think",
                  "serial": "sorry i dont have it, and no order number either, accounts dept bought it",
                  "started": "since last week", "circumstances": "no", "wants": "send someone to fix it",
                  "phone": "13757109983", "offer": ["ok"], "person": "yes sure", "other": "i really dont have any number"},
         expect=E(None, None, True, "Normal", True),
         notes="The customer has neither serial nor order number: no purchase record can be found, so no coverage decision; "
               "the case goes to a person (priority Normal) with a case number.",
         meta=dict(norecord=True)),

    dict(name="lp2200-dropped-moving-house",
         story=["ok so this one's my fault. i dropped the laser printer moving house last weekend",
                "the paper tray is cracked and it grinds when it tries to pull paper"],
         answers={"done": "no", "confirm": "yes", "product": "LP-2200", "serial": "LP22TA260240",
                  "started": "since the move last weekend",
                  "circumstances": "yes i dropped it on the stairs. i know thats on me, not a defect",
                  "wants": "repair it, ill pay whatever the fee is", "phone": "0571-6472 8851",
                  "offer": ["yes ok"], "person": "no", "other": "ok"},
         expect=E("CoveredWithFee", "PaidRepair", False, "Normal", True),
         notes="LP22TA260240 = LP-2200 sold 241 days ago (Jiande, COUNTY), in contract (124 days left). The customer plainly "
               "admits a drop and does not claim a quality fault: USER_DAMAGE (CostFee) -> rule 8 CoveredWithFee, paid repair = "
               "cost fee 80 + part price. Accepted -> case Normal.",
         meta=dict(serial="LP22TA260240", fault="CRACKED", circ=("USER_DAMAGE", "confirmed"), wish="repair", start=6, flow="accept")),

    dict(name="e60-cousin-opened-panel",
         story=["hey. electric heater stopped heating on sunday",
                "my cousin is an electrician, he opened the side panel to have a look but couldn't find anything and closed it up again"],
         answers={"done": "that's it", "confirm": "yes", "product": "E60 water heater", "serial": "DE60K251124",
                  "started": "sunday", "circumstances": "only that my cousin opened it. fine, i get that you'll charge for that, no argument",
                  "wants": "repair", "phone": "18958026614", "offer": ["ok go ahead"], "person": "no", "other": "ok"},
         expect=E("CoveredWithFee", "PaidRepair", False, "Normal", True),
         notes="DE60K251124 = DSZ-E60 sold 313 days ago (Shangcheng), 52 days of warranty left. Opened by the user's cousin "
               "(not our engineer), admitted plainly and not disputed: DISASSEMBLY (CostFee) -> rule 8 CoveredWithFee, PaidRepair "
               "(cost fee 50 + part). Accepted -> case Normal.",
         meta=dict(serial="DE60K251124", fault="NO_HOT_WATER", circ=("DISASSEMBLY", "confirmed"), wish="repair", start=4, flow="accept")),

    dict(name="t9-cracked-panel-disputed",
         story=["the glass front panel on my range hood has a crack right across it",
                "my son knocked it with a pot lid yesterday. barely a tap. thats a manufacturing defect, glass shouldnt crack from that"],
         answers={"done": "no", "confirm": "yes", "product": "T9 hood", "serial": "YT926028831",
                  "started": "yesterday",
                  "circumstances": "he tapped it with a lid, thats all. i still say its defective glass, a quality problem",
                  "wants": "replace the panel for free", "phone": "13867451290", "offer": ["ok"], "person": "yes", "other": "ok"},
         expect=E("NeedsReview", None, True, "Normal", True),
         notes="YT926028831 = CXW-T9 sold 212 days ago (Fuyang), in warranty. A knock (USER_DAMAGE) is confirmed but the "
               "customer insists it is a quality fault: disputed cause, rule 5 -> NeedsReview (a photo is asked for), escalated "
               "Normal, no offer.",
         meta=dict(serial="YT926028831", fault="CRACKED", circ=("USER_DAMAGE", "disputed"), wish="repair", start=1, flow="none")),

    dict(name="zd630k-dodgy-voltage",
         story=["invoice printer at the shop is dead, no lights nothing",
                "died 11/28 in the afternoon. the voltage in our building is all over the place, the electrician told us so, lights flicker all the time"],
         answers={"done": "no", "confirm": "yes", "product": "ZD-630K dot matrix", "serial": "ZD630K260738",
                  "started": "11/28", "circumstances": "yeah unstable voltage, we know, it's the building not your printer",
                  "wants": "repair it asap we need invoices", "phone": "0571 8821 3346",
                  "offer": ["ok fine"], "person": "no", "other": "ok"},
         expect=E("CoveredWithFee", "PaidRepair", False, "Normal", True),
         notes="ZD630K260738 = ZD-630K sold 108 days ago (Yuhang, CITY), in contract. NO_POWER with unstable voltage confirmed "
               "and not disputed: VOLTAGE (CostFee) -> rule 8 CoveredWithFee, PaidRepair (cost fee 80 + part). Hurried customer "
               "-> mood on the sheet, priority stays Normal. '11/28' is a problem date only (after the sale).",
         meta=dict(serial="ZD630K260738", fault="NO_POWER", circ=("VOLTAGE", "confirmed"), wish="repair", start=5, flow="accept")),

    dict(name="dc4525-no-power-voltage-fine",
         story=["Good morning. Our colour copier won't switch on since the 25th.",
                "Power is fine - the coffee machine on the same socket works, no power cut, nobody has opened it. How long is the warranty on this machine anyway?"],
         answers={"done": "No, that's all.", "confirm": "Yes.", "product": "DC-4525 colour copier", "serial": "DC45252512510",
                  "started": "the 25th", "circumstances": "No. Voltage is normal, not dropped, not wet, never opened.",
                  "wants": "Please send an engineer.", "phone": "0571-6352 0918",
                  "offer": ["Yes please."], "person": "no", "other": "ok"},
         expect=E("Covered", "FreeRepair", False, "Normal", True),
         notes="DC45252512510 = DC-4525 sold 251 days ago (Fuyang, COUNTY), 114 days left. NO_POWER makes VOLTAGE/FORCE_MAJEURE "
               "decisive but the customer denies them plainly: presumed quality fault, rule 9 -> Covered, FreeRepair (parts and "
               "labour free, county visit). Mid-flow warranty question.",
         meta=dict(serial="DC45252512510", fault="NO_POWER", circ=("VOLTAGE", "denied"), wish="repair", start=8, flow="accept")),

    dict(name="dc3020-error-back-after-our-engineer",
         story=["your technician came about three weeks ago and cleared an error code on our copier, E-27 or something",
                "its back since yesterday, same code, machine stops mid job"],
         answers={"done": "no", "confirm": "yes", "product": "DC-3020 copier", "serial": "DC30202607653",
                  "started": "yesterday", "circumstances": "no, only your engineer has worked on it, nobody else",
                  "wants": "get it fixed properly this time", "phone": "021 5488 2760",
                  "offer": ["ok"], "person": "no", "other": "the code is E-27"},
         expect=E("Covered", "FreeRepair", False, "Normal", True),
         notes="DC30202607653 = DC-3020 sold 43 days ago (Shanghai, REMOTE). One ERROR_CODE repair under warranty 21 days ago by "
               "our engineer: ours, not an unauthorised repair, and only one repair so not a repeat failure. Covered, FreeRepair, "
               "priority Normal (not Urgent).",
         meta=dict(serial="DC30202607653", fault="ERROR_CODE", wish="repair", start=1, flow="accept")),

    dict(name="lp2200-third-jam-refund",
         story=["ok this printer is a joke",
                "jammed twice before, your people replaced rollers twice, and guess what. jamming again since monday",
                "i want my money back"],
         answers={"done": "nope", "confirm": "yes", "product": "LP-2200", "serial": "lp22ww260485",
                  "started": "monday", "circumstances": "no", "wants": "refund. i'm done with it",
                  "phone": "13819923385", "offer": ["yes refund"], "person": "no", "other": "ok"},
         expect=E("Covered", "Refund", False, "Urgent", True),
         notes="LP22WW260485 (typed lower case) = LP-2200 sold 140 days ago (Xihu), PAPER_JAM PART_REPLACED twice under warranty. "
               "Same fault again = repeat failure -> replacement or refund; the customer asks for a refund so Refund first. "
               "Priority Urgent. Sarcasm and venting.",
         meta=dict(serial="LP22WW260485", fault="PAPER_JAM", wish="refund", start=4, flow="accept")),

    dict(name="t9-rattle-day11-swap",
         story=["got the T9 hood a week and a half ago and it already rattles like a tin can",
                "fitter said its fixed properly to the wall"],
         answers={"done": "no", "confirm": "yes", "product": "range hood T9", "serial": "YT926090053",
                  "started": "pretty much from the first day", "circumstances": "no",
                  "wants": "swap it for a new one", "phone": "17706512338", "offer": ["yes please swap it"],
                  "person": "no", "other": "ok"},
         expect=E("Covered", "Replacement", False, "Normal", True),
         notes="YT926090053 = CXW-T9 sold 11 days ago (Gongshu). Day 11: 8-15 days window -> exchange or repair; the customer "
               "asks for a new one -> Replacement first. Started 'from the first day' (after the sale). Case Normal.",
         meta=dict(serial="YT926090053", fault="NOISE", wish="new", start=10, flow="accept")),

    dict(name="ij680-bought-today-grinding",
         story=["bought this inkjet today from jiecheng, set it up at lunch",
                "it wont feed paper at all, just grinds. taking it back if it's like this"],
         answers={"done": "no", "confirm": "y", "product": "IJ-680 inkjet", "serial": "IJ6802610052",
                  "started": "today", "circumstances": "nope straight out of the box",
                  "wants": "return it and get a refund", "phone": "15990023417", "offer": ["y"], "person": "no", "other": "ok"},
         expect=E("Covered", "Refund", False, "Normal", True),
         notes="IJ6802610052 = IJ-680 sold on the reference date (day 0, Hangzhou). Within 7 days, a performance fault "
               "(PAPER_JAM), not a consumable: Refund first as asked. Case Normal. Very short answers.",
         meta=dict(serial="IJ6802610052", fault="PAPER_JAM", wish="refund", start=0, flow="accept")),

    dict(name="ij680-cartridge-not-recognised",
         story=["printer keeps saying the black ink cartridge is not recognised",
                "its your brand, bought it in the shop with the printer about 12 days ago. colour ones are fine"],
         answers={"done": "no", "confirm": "yes", "product": "IJ-680", "serial": "IJ6802610995",
                  "started": "since i put the black cartridge in", "circumstances": "no",
                  "wants": "send me a black cartridge that works", "phone": "13606817742",
                  "offer": ["ok i'll take it"], "person": "no", "other": "ok"},
         say=[{"when": "serial", "text": "where do i even find the serial on this thing?"}],
         expect=E("NotCovered", "PartReplacement", False, "Normal", True),
         notes="IJ6802610995 = IJ-680 sold 12 days ago (Xihu). The complaint is the ink cartridge, an IJ-680 consumable: rule 2 "
               "(consumable, any date, before the windows) -> NotCovered, PartReplacement (INK 120). Hard: inside the 15-day "
               "window but the consumable rule comes first; customer asks where the serial is (underside label).",
         meta=dict(serial="IJ6802610995", consumable=True, start=11, flow="accept")),

    dict(name="fs8-report-wrong-third-time",
         story=["the balance sheet doesn't balance. again.",
                "your support fixed the wrong report totals twice already, once in the summer and once about six weeks ago",
                "i'm tired of this version"],
         answers={"done": "no", "confirm": "yes", "product": "Finance Suite 8 single user", "serial": "FS8-2605-QREW",
                  "started": "since the last posting run on friday", "circumstances": "no, nobody touches the database",
                  "wants": "swap the licence for another edition that actually works", "phone": "0571 8770 1125",
                  "offer": ["yes, do that"], "person": "no", "other": "ok"},
         expect=E("Covered", "Replacement", False, "Urgent", True),
         notes="FS8-2605-QREW = CW-S8 sold 164 days ago (Gongshu), REPORT_WRONG REPAIRED twice under warranty. Same fault a third "
               "time: NO_RETURN clause -> licence refunded or exchanged; the customer asks for another edition -> Replacement "
               "first, priority Urgent.",
         meta=dict(serial="FS8-2605-QREW", fault="REPORT_WRONG", wish="new", start=3, flow="accept")),

    dict(name="dc4525-jam-wants-human",
         story=["paper jams in tray 1 every few sheets on our colour copier", "started a few days ago"],
         answers={"done": "no", "confirm": "yes", "product": "DC-4525", "serial": "DC45252511178",
                  "started": "4 days ago", "circumstances": "no", "wants": "fix it",
                  "phone": "13656714428", "offer": ["no. i don't want to deal with a bot, get me a real person"],
                  "person": "yes, a human please", "other": "person please"},
         expect=E("Covered", "FreeRepair", True, "Normal", True),
         notes="DC45252511178 = DC-4525 sold 330 days ago (Hangzhou), 35 days left. PAPER_JAM, no circumstance: Covered, FreeRepair "
               "offered; the customer refuses and asks for a person -> escalated, priority Normal, case number.",
         meta=dict(serial="DC45252511178", fault="PAPER_JAM", wish="repair", start=4, flow="person")),

    dict(name="t9-suction-expired-refuses",
         story=["suction on the hood is pathetic, kitchen fills with smoke",
                "had it about 14 months"],
         answers={"done": "no", "confirm": "yes", "product": "T9", "serial": "YT925073562",
                  "started": "last week sometime", "circumstances": "no",
                  "wants": "repair it i guess", "phone": "18072219901",
                  "offer": ["no, i'm not paying for that", "no. still no."], "person": "yes", "other": "no"},
         expect=E("NotCovered", "PaidRepair", True, "Normal", True),
         notes="YT925073562 = CXW-T9 sold 432 days ago (Gongshu), expired 67 days ago; started last week, after expiry: "
               "NotCovered, PaidRepair first. Two offers refused -> escalated, priority Normal.",
         meta=dict(serial="YT925073562", fault="WEAK_SUCTION", wish="repair", start=6, flow="refuse2")),

    dict(name="lp2200-extended-cover-jam",
         story=["i know the printer is almost 2 years old so youll probably say no",
                "but we bought the extended cover when we got it. tray 2 jams constantly"],
         answers={"done": "no", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22VQ250169",
                  "started": "about ten days ago", "circumstances": "no, nothing",
                  "wants": "repair", "phone": "0571 8602 7713", "offer": ["great, yes"], "person": "no", "other": "ok"},
         expect=E("Covered", "FreeRepair", False, "Normal", True),
         notes="LP22VQ250169 = LP-2200 sold 621 days ago (Shangcheng) with extendedMonths 12: covered to 109 days after the "
               "reference date (BY_EXTENSION, EXTENDED cited). PAPER_JAM, no circumstance -> Covered, FreeRepair.",
         meta=dict(serial="LP22VQ250169", fault="PAPER_JAM", wish="repair", start=10, flow="accept")),

    dict(name="dc3020-basement-flood",
         story=["our office basement flooded in the storm on wednesday",
                "the copier was standing in 20cm of water, now it won't power on. i know it's not your fault, just tell me what it'll cost"],
         answers={"done": "no", "confirm": "yes", "product": "DC-3020", "serial": "DC30202608818",
                  "started": "wednesday, the flood", "circumstances": "yes the flood, nothing else, we didnt drop or open it",
                  "wants": "repair if it's worth it", "phone": "025 8451 0936", "offer": ["ok, go ahead"], "person": "no", "other": "ok"},
         expect=E("NotCovered", "PaidRepair", False, "Normal", True),
         notes="DC30202608818 = DC-3020 sold 79 days ago (Nanjing, REMOTE), in contract. A flood is force majeure, confirmed and "
               "not disputed: FORCE_MAJEURE (NotCovered) -> rule 7 NotCovered, paid repair at the standard fees (labour 150 + "
               "parts + remote visit 300). Accepted -> case Normal.",
         meta=dict(serial="DC30202608818", fault="WATER_DAMAGE", circ=("FORCE_MAJEURE", "confirmed"), wish="repair", start=5, flow="accept")),

    dict(name="q7-wont-light-again-sunday",
         story=["oh great. the fancy glass stove that won't light. again.",
                "your guy fixed the ignition a month ago. since monday its dead again, well the front burner"],
         answers={"done": "no", "confirm": "yes", "product": "Q7 glass gas stove", "serial": "JQ726093781",
                  "started": "sunday night actually, not monday", "circumstances": "no, only your engineer",
                  "wants": "fix it. properly.", "phone": "13588710265", "offer": ["fine"], "person": "no", "other": "ok"},
         say=[{"when": "confirm", "text": "no wait, it was sunday night not monday. sunday."}],
         expect=E("Covered", "FreeRepair", False, "Normal", True),
         notes="JQ726093781 = JZT-Q7 sold 63 days ago (Binjiang), NO_IGNITION REPAIRED once under warranty by us. Second failure, "
               "only one repair: not yet a repeat failure -> Covered, FreeRepair (labour free; a stove part would be charged), "
               "priority Normal. The start date is corrected at the confirmation.",
         meta=dict(serial="JQ726093781", fault="NO_IGNITION", wish="repair", start=1, flow="accept")),

    dict(name="lp2200-apology-hotline",
         story=["i'm not really after anything, i just want to complain",
                "printer was jamming, i called your hotline, held 40 minutes, got cut off twice. in the end i cleared it myself and its fine now",
                "just want someone to know and say sorry"],
         answers={"done": "no that's it", "confirm": "yes", "product": "LP-2200 printer", "serial": "LP22DF251194",
                  "started": "tuesday", "circumstances": "no", "wants": "nothing, just an apology",
                  "phone": "13616530078", "offer": ["thank you, that's all i wanted"], "person": "no", "other": "ok"},
         expect=E("Covered", "ApologyAndThanks", False, "Normal", True),
         notes="LP22DF251194 = LP-2200 sold 322 days ago (Hangzhou), 43 days left, PAPER_JAM, no circumstance: Covered. The customer "
               "wants only an apology -> ApologyAndThanks first (customer's wish first). Accepted -> case Normal.",
         meta=dict(serial="LP22DF251194", fault="PAPER_JAM", wish="apology", start=3, flow="accept")),

    dict(name="e60-leak-onto-socket",
         story=["water is dripping out of the electric heater straight onto the plug socket underneath",
                "there was a little spark when i went near. i have the order number HS-694416"],
         answers={"done": "no", "confirm": "yes", "product": "E60", "serial": "HS-694416", "started": "just now",
                  "circumstances": "no", "wants": "someone to come now", "phone": "13957130084",
                  "offer": ["ok"], "person": "yes", "other": "ok i've switched off the breaker"},
         expect=E(None, None, True, "Safety", True),
         notes="Water leaking onto a live socket with sparks: a safety hazard -> no coverage decision, escalated with priority "
               "Safety. HS-694416 = DE60Q260266 (E60, Yuhang, one LEAK repair) does not change that.",
         meta=dict(serial="DE60Q260266", safety=True)),

    dict(name="fn9-connection-since-october",
         story=["the network finance software keeps losing the connection to the server from the client PCs",
                "been like that since the end of october, we've lost a lot of work"],
         answers={"done": "no", "confirm": "yes, end of october, I'm sure", "product": "Finance Suite 9 network",
                  "serial": "FN9-2610-LHQA", "started": "since the end of october, so about a month now",
                  "circumstances": "no", "wants": "fix it", "phone": "0571 8506 3372", "offer": ["ok"], "person": "yes", "other": "ok"},
         expect=E("NeedsReview", None, True, "Normal", True),
         notes="FN9-2610-LHQA = CW-N9 sold 4 days ago (Shangcheng). The customer insists the problem started 3-4 weeks ago, "
               "before the sale: rule 1, facts conflict -> NeedsReview (FACTS_UNDECIDED), escalated Normal, no offer.",
         meta=dict(serial="FN9-2610-LHQA", fault="CONNECTION", wish="repair", start=25, flow="none")),

    dict(name="dc3020-day3-mind-changes",
         story=["new copier delivered 3 days ago and it jams every few pages",
                "we print contracts all day so this is a disaster"],
         answers={"done": "no", "confirm": "yes", "product": "DC-3020", "serial": "DC30202608396",
                  "started": "since delivery",
                  "circumstances": "no, nobody dropped or opened it",
                  "wants": "just send someone to fix it... no actually, scrap that. a replacement. no - you know what, refund. i want a refund, it's 3 days old",
                  "phone": "0571 8719 5543", "offer": ["yes refund"], "person": "no", "other": "refund"},
         expect=E("Covered", "Refund", False, "Normal", True),
         notes="DC30202608396 = DC-3020 sold 3 days ago (Shangcheng). Day 3 <= 7: return, exchange or repair. The customer changes "
               "their mind in one answer repair -> replacement -> refund; the final wish is a refund -> Refund first. Case Normal.",
         meta=dict(serial="DC30202608396", fault="PAPER_JAM", wish="refund", start=3, tied=True, flow="accept")),
]
