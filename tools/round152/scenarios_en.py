"""Round 152, English: figurative language for the fault. Customers describe a real, recognisable fault with a simile
or a metaphor ("sounds like a jet engine", "the printer is eating paper", "the heater is crying", "dead as a doornail").
The hard half puts the figure where it is hard: at a fact question (fig_fact, meta.fig_at names the answer), at the
offer (fig_offer), as a real hazard said figuratively (fig_hazard), as fire/smoke words that are only a figure of
speech (fig_fake_hazard), or as a figure that sounds like a cost-shifting circumstance but is not one (fig_fake_circ).
meta: the facts check.py recomputes the expectation from (start = days before the reference date; day of sale from
purchases.json); meta.fig lists the figurative phrases exactly as typed."""
from common import S, E

EN = [
    S("hood-sounds-like-jet-engine-t9",
      ["hi, our kitchen hood has turned into a jet engine. I mean it, you flip it on and it sounds like a plane taking off from the counter",
       "the kids cover their ears. it used to just hum quietly, now it's every speed, even the lowest one"],
      {"done": "nope that's the lot", "confirm": "yep, that's it, jet engine in my kitchen",
       "product": "the T9 range hood", "serial": "YT926028831",
       "started": "ever since it started its jet engine impression, so about ten days ago",
       "circumstances": "no, nobody's touched it, no knocks, no DIY, we just cook under it",
       "wants": "a repair, someone to come and ground the plane", "phone": "136 5817 4492",
       "offer": ["yes, book it please"], "person": "no thanks", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926028831: CXW-T9 sold 212 days ago (COUNTY), 153 days left; NOISE ('sounds like a plane taking off') for ~10 days, "
      "nothing happened -> Covered, FreeRepair. The start date is given inside the figure ('since it started its jet engine "
      "impression').",
      {"serial": "YT926028831", "start": 10, "fault": "NOISE", "wish": "repair",
       "fig": ["turned into a jet engine", "sounds like a plane taking off", "jet engine impression"], "fig_at": "started",
       "theme": ["sound", "fig_fact"]}, hard=True),

    S("water-heater-crying-puddle-h16",
      ["my water heater is crying. there's a little puddle of tears under it every morning",
       "it's the gas one on the balcony wall, drips from somewhere underneath the casing, slow but steady"],
      {"done": "no that's all", "confirm": "yes that's right",
       "product": "H16 gas water heater", "serial": "RH1626078391", "started": "about five days ago I first saw the puddle",
       "circumstances": "no, nothing got spilled on it and nobody's opened it. the only water near it is the tears it cries itself",
       "wants": "repair it please", "phone": "139 4471 5836",
       "offer": ["yes please, that's fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626078391: JSQ-H16 sold 80 days ago (CITY), labour 285 / parts 651 days left; 'crying' = a LEAK for ~5 days, "
      "a performance fault, not water damage; nothing happened -> Covered, FreeRepair. The denial at the circumstances "
      "question is itself figurative.",
      {"serial": "RH1626078391", "start": 5, "fault": "LEAK", "wish": "repair",
       "fig": ["my water heater is crying", "puddle of tears", "the tears it cries itself"], "fig_at": "circumstances",
       "theme": ["body", "fig_fact"]}, hard=True),

    S("laser-printer-eats-paper-like-a-goat-lp2200",
      ["Our LP-2200 is eating paper like a goat. every third sheet gets chewed up and stuck half way through, crumpled like an accordion. "
       "cleared it through the front door a bunch of times and it just does it again"],
      {"done": "that's all", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22DF251194",
       "started": "two weeks ago, give or take",
       "circumstances": "no, nothing like that. same paper we always use, nobody opened it up or dropped it",
       "wants": "fix it", "phone": "0571 8853 6174",
       "offer": ["ok yes go ahead"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "LP22DF251194: LP-2200 sold 322 days ago (CITY), 43 days left; PAPER_JAM ('eating paper like a goat') for ~14 days; "
      "clearing a jam through the front door is no circumstance -> Covered, FreeRepair.",
      {"serial": "LP22DF251194", "start": 14, "fault": "PAPER_JAM", "wish": "repair",
       "fig": ["eating paper like a goat", "chewed up", "crumpled like an accordion"], "theme": ["eating"]}),

    S("copier-swallows-paper-refund-dc3020",
      ["Hello. We bought a DC-3020 copier three days ago and it's already swallowing paper like it hasn't eaten in a week",
       "every job, it pulls the sheet in and it never comes out the other end. I don't want it fixed, I want to send it back and get my money back"],
      {"done": "no, that's it", "confirm": "yes correct",
       "product": "the DC-3020 copier", "serial": "DC30202608396", "started": "the day after it was delivered, so two days ago",
       "circumstances": "no, it sits where your guys installed it, nobody dropped it or opened it",
       "wants": "a refund please", "phone": "0571 6632 9418",
       "offer": ["a refund? music to my ears. yes, go ahead"], "person": "no need", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC30202608396: DC-3020 sold 3 days ago (inside the 7-day return window); PAPER_JAM ('swallowing paper') for ~2 days, "
      "refund asked -> Covered, Refund. The yes at the offer is wrapped in an idiom ('music to my ears').",
      {"serial": "DC30202608396", "start": 2, "fault": "PAPER_JAM", "wish": "refund",
       "fig": ["swallowing paper like it hasn't eaten in a week", "music to my ears"],
       "theme": ["eating", "fig_offer", "refund"]}, hard=True),

    S("q7-clicks-like-machine-gun-again-notrepeat",
      ["the Q7 glass hob is back to its old trick, the left burner clicks like a machine gun and never lights",
       "your engineer fixed exactly this about a month ago and it was fine till a few days ago"],
      {"done": "no", "confirm": "yes", "product": "Q7 glass gas stove", "serial": "JQ726093781",
       "started": "4 days ago",
       "circumstances": "no, nobody else has touched it since your engineer, no spills into it, no drops",
       "wants": "get it fixed properly this time", "phone": "158 6643 7719",
       "offer": ["yes ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: JZT-Q7 sold 63 days ago (CITY), 302 days left; NO_IGNITION repaired once under warranty 31 days ago "
      "(repairs.json), now the same fault for ~4 days: one repair is not a repeat failure -> Covered, FreeRepair, Normal.",
      {"serial": "JQ726093781", "start": 4, "fault": "NO_IGNITION", "wish": "repair",
       "fig": ["clicks like a machine gun"], "theme": ["sound", "notrepeat"]}),

    S("kitchen-smells-like-gas-station-q5",
      ["my kitchen smells like a gas station since this morning. it's coming from around the Q5 hob, even with all the knobs off",
       "like rotten eggs near the floor. I've opened the windows, should I be worried??"],
      {"done": "no that's it", "confirm": "yes", "product": "Q5 gas hob", "serial": "JQ526067582",
       "started": "this morning", "circumstances": "no nothing, nobody's worked on it",
       "wants": "someone to check it asap", "phone": "137 8842 5516",
       "person": "yes please", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "JQ526067582: JZT-Q5; GAS_SMELL said figuratively ('smells like a gas station', 'rotten eggs') -> safety: no verdict, "
      "escalated with priority Safety.",
      {"serial": "JQ526067582", "start": 0, "fault": "GAS_SMELL", "safety": True,
       "fig": ["smells like a gas station", "like rotten eggs"], "theme": ["thing", "fig_hazard", "safety"]}, hard=True),

    S("e60-dead-as-a-doornail-wife-fuming",
      ["The E60 electric water heater is dead as a doornail. no light on the panel, nothing, cold showers all round",
       "my wife is fuming, honestly there's smoke coming out of her ears. the heater itself looks fine, no smoke, no burning smell, just dead"],
      {"done": "no that's everything", "confirm": "yes",
       "product": "E60 electric water heater", "serial": "DE60Q260266", "started": "three days ago",
       "circumstances": "no, no power cut or surge, everything else in the flat works and the breaker is fine, nobody opened it. "
                        "your guys changed a part for a leak a few months back, that's it",
       "wants": "repair it", "phone": "135 6671 4483",
       "offer": ["yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DE60Q260266: DSZ-E60 sold 224 days ago (CITY), 141 days left; LEAK part replaced under warranty 112 days ago, now "
      "NO_POWER for ~3 days (another fault: not a repeat); voltage plainly denied -> Covered, FreeRepair. The smoke is a "
      "figure about his wife, not a hazard: no safety case.",
      {"serial": "DE60Q260266", "start": 3, "fault": "NO_POWER", "wish": "repair",
       "fig": ["dead as a doornail", "smoke coming out of her ears"], "fake_hazard": "smoke coming out of her ears",
       "theme": ["body", "fig_fake_hazard", "notrepeat"]}, hard=True),

    S("toner-pale-as-a-ghost-consumable-lp2200",
      ["printouts from our LP-2200 have gone pale as a ghost. the little screen says toner low and the cartridge is basically running on fumes",
       "can you send a new toner cartridge? is that covered? we have the extended cover on this one"],
      {"done": "no", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22VQ250169",
       "started": "about 8 days ago", "circumstances": "no, it's the original type of cartridge, nothing dropped or opened",
       "wants": "a new toner cartridge", "phone": "0571 8716 3350",
       "offer": ["ok, yes send one"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "LP22VQ250169: LP-2200 sold 621 days ago with 12 extended months (CITY), 109 days left; faint print from an empty "
      "toner cartridge: a consumable at any date -> NotCovered, PartReplacement at the part price.",
      {"serial": "LP22VQ250169", "start": 8, "fault": "PRINT_QUALITY", "consumable": True, "wish": "part",
       "fig": ["pale as a ghost", "running on fumes"], "theme": ["thing", "consumable"]}),

    S("inkjet-prints-like-a-zebra-new-one-ij680",
      ["got the IJ-680 colour printer twelve days ago and every photo comes out looking like a zebra, white stripes straight across",
       "ran the head cleaning from the menu three times, no change. I'd like a new one rather than a repair"],
      {"done": "that's it", "confirm": "yes", "product": "IJ-680 inkjet", "serial": "IJ6802610995",
       "started": "a few days after I set it up, 9 days ago maybe",
       "circumstances": "no, nothing. original ink, not dropped, not opened",
       "wants": "a replacement printer", "phone": "186 5731 4498",
       "offer": ["yes, a replacement please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (inside the 15-day exchange window, past the 7-day return window); "
      "PRINT_QUALITY ('looking like a zebra') for ~9 days, a new one asked -> Covered, Replacement.",
      {"serial": "IJ6802610995", "start": 9, "fault": "PRINT_QUALITY", "wish": "new",
       "fig": ["looking like a zebra"], "theme": ["animal", "new"]}),

    S("invoice-printer-fell-off-a-cliff-zd630k",
      ["the ZD-630K invoice printer's print quality has fallen off a cliff",
       "the bottom half of every character is missing, faint as a whisper, the tax office will reject these invoices. a new ribbon went in and it's the same"],
      {"done": "no", "confirm": "yes that's it", "product": "ZD-630K dot matrix", "serial": "ZD630K251219",
       "started": "about 3 weeks ago",
       "circumstances": "no. when I said it fell off a cliff I meant the printing, the printer itself never fell. nobody dropped it, "
                        "opened it or had it fixed anywhere",
       "wants": "repair", "phone": "0571 6478 1153",
       "offer": ["yes, please send someone"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "ZD630K251219: ZD-630K sold 304 days ago (COUNTY), 61 days left; PRINT_QUALITY for ~21 days, the ribbon (consumable) "
      "was already swapped and is not the claim; 'fallen off a cliff' is about the print, no drop -> Covered, FreeRepair.",
      {"serial": "ZD630K251219", "start": 21, "fault": "PRINT_QUALITY", "wish": "repair",
       "fig": ["fallen off a cliff", "faint as a whisper", "fell off a cliff"], "fake_circ": "fallen off a cliff",
       "theme": ["thing", "fig_fake_circ"]}, hard=True),

    S("finance9-slow-as-a-snail-s9",
      ["Finance Suite 9 single user, installed it 4 days ago and it's slow as a snail wading through treacle. opening one voucher takes a full minute"],
      {"done": "no that's all", "confirm": "yes", "product": "Finance Suite 9 single-user", "serial": "FS9-2610-CDNH",
       "started": "3 days ago, the first real day of use",
       "circumstances": "no, nobody's modified anything, no add-ons, no power cuts",
       "wants": "make it usable", "phone": "139 5534 8871",
       "offer": ["yes, a remote session is fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2610-CDNH: CW-S9 sold 4 days ago (CITY); software has no return/exchange window; SLOW ('slow as a snail') for "
      "~3 days -> Covered, RemoteSupport first.",
      {"serial": "FS9-2610-CDNH", "start": 3, "fault": "SLOW", "wish": "repair",
       "fig": ["slow as a snail wading through treacle"], "theme": ["animal", "software"]}),

    S("network-clients-knock-nobody-answers-n8",
      ["Finance 8 network edition: for about five days now the client PCs knock and knock on the server's door and nobody answers. "
       "'cannot connect to server' on all four machines",
       "your tech looked at it for slowness a while back and found nothing, this is a different thing"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 8 network edition", "serial": "FN8-2607-VBFT",
       "started": "five days ago",
       "circumstances": "no, nobody changed the server or the network, no add-ons, no power problems",
       "wants": "get them connecting again", "phone": "0571 6385 2274",
       "offer": ["sure, yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN8-2607-VBFT: CW-N8 sold 60 days ago (COUNTY), 305 days left; a NO_FAULT_FOUND visit for SLOW 30 days ago does not "
      "count; CONNECTION ('knock on the server's door and nobody answers') for ~5 days -> Covered, RemoteSupport.",
      {"serial": "FN8-2607-VBFT", "start": 5, "fault": "CONNECTION", "wish": "repair",
       "fig": ["knock and knock on the server's door and nobody answers"], "theme": ["thing", "software", "notrepeat"]}),

    S("old-hood-wheezes-expired-t9",
      ["the old T9 hood wheezes like an asthmatic grandpa now, the smoke from the wok just hangs over the pan instead of going up",
       "I know it's probably out of warranty, we bought it well over a year ago"],
      {"done": "no", "confirm": "yes", "product": "T9 hood", "serial": "YT925073562",
       "started": "about 3 weeks, maybe 20 days", "circumstances": "no, nothing like that, nobody opened it",
       "wants": "repair it, I'll pay what it costs", "phone": "138 4419 6657",
       "offer": ["ok, yes, book the paid visit"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT925073562: CXW-T9 sold 432 days ago, expired 67 days ago; WEAK_SUCTION ('wheezes like an asthmatic grandpa') for "
      "~20 days, well after the expiry -> NotCovered, PaidRepair.",
      {"serial": "YT925073562", "start": 20, "fault": "WEAK_SUCTION", "wish": "repair",
       "fig": ["wheezes like an asthmatic grandpa"], "theme": ["body", "expired"]}),

    S("backup-has-amnesia-expired-s8",
      ["Finance Suite 8 has amnesia. I run the backup, it says done, and then the restore screen acts like it's never seen the file in its life",
       "we need the backups working before the books close"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 8 single user", "serial": "FS8-2507-QEKT",
       "started": "10 days ago",
       "circumstances": "no power cuts, nobody touched the data files outside the program, no plugins",
       "wants": "help fixing it, I know the service year is over, I'll pay", "phone": "0571 8862 3307",
       "offer": ["yes remote is fine"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FS8-2507-QEKT: CW-S8 sold 411 days ago, service year over 46 days ago; DATA_BACKUP ('has amnesia') for ~10 days, "
      "after the expiry -> NotCovered, RemoteSupport at the fee.",
      {"serial": "FS8-2507-QEKT", "start": 10, "fault": "DATA_BACKUP", "wish": "repair",
       "fig": ["has amnesia", "acts like it's never seen the file in its life"], "theme": ["body", "software", "expired"]}),

    S("heater-still-crying-after-two-fixes-h16",
      ["this is the third time I'm writing about the same thing: the H16 heater is crying again",
       "your engineers replaced parts for the leak twice already, about three months ago and again a month ago, and the tears are back, dripping on the floor under it"],
      {"done": "no", "confirm": "yes, same leak", "product": "H16 gas water heater", "serial": "RH1626062609",
       "started": "3 days ago", "circumstances": "no, only your engineers have ever touched it",
       "wants": "honestly I want a new one, not a third plaster on it", "phone": "0574 8815 6639",
       "offer": ["a new unit? now that's music to my ears. yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "RH1626062609: JSQ-H16 sold 127 days ago (REMOTE), LEAK part replaced twice under warranty (83 and 32 days ago): a "
      "repeat failure -> Covered, Replacement first, Urgent. The yes at the offer is an idiom ('music to my ears').",
      {"serial": "RH1626062609", "start": 3, "fault": "LEAK", "wish": "new",
       "fig": ["is crying again", "the tears are back", "music to my ears"], "theme": ["body", "fig_offer", "repeat"]},
      hard=True),

    S("copier-grinds-brother-in-law-played-surgeon-dc4525",
      ["our DC-4525 colour copier grinds like a coffee mill every time it feeds a sheet, you can hear it from the corridor"],
      {"done": "no", "confirm": "yes",
       "product": "DC-4525 colour copier", "serial": "DC45252512510", "started": "about 12 days ago",
       "circumstances": "yes, I'll be honest: my brother-in-law played surgeon on it about a week ago. he opened it up, took the "
                        "side panel off and poked around inside with a screwdriver. he's not one of your people",
       "wants": "repair it", "phone": "0571 6354 9182",
       "offer": ["fair enough, yes, I'll pay the fee, book it"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DC45252512510: DC-4525 sold 251 days ago (COUNTY), 114 days left; NOISE ('grinds like a coffee mill') for ~12 days; "
      "the brother-in-law 'played surgeon' = the machine was opened by the user's side (DISASSEMBLY, CostFee), said "
      "plainly -> CoveredWithFee, PaidRepair (cost fee + part).",
      {"serial": "DC45252512510", "start": 12, "fault": "NOISE", "wish": "repair", "circ": ("DISASSEMBLY", "confirmed"),
       "fig": ["grinds like a coffee mill", "played surgeon"], "fig_at": "circumstances",
       "theme": ["sound", "fig_fact", "cost_shift"]}, hard=True),

    S("e60-dead-as-a-dodo-power-unknown",
      ["came back from a trip and the E60 water heater is dead as a dodo. no lights, no heat, nothing"],
      {"done": "no", "confirm": "yes", "product": "E60 electric water heater", "serial": "DE60V250645",
       "started": "about 6 days ago, when we got back",
       "circumstances": "honestly no idea. we were away, so it's anyone's guess whether the power did a little dance while we were gone. "
                        "nobody dropped it or opened it though",
       "wants": "get it working", "phone": "0571 6423 8815", "person": "yes ok", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "DE60V250645: DSZ-E60 sold 502 days ago with 6 extended months (COUNTY), 47 days left; NO_POWER for ~6 days; "
      "whether the supply misbehaved is unknown ('whether the power did a little dance') and decisive for NO_POWER "
      "(rule 6) -> NeedsReview, escalated.",
      {"serial": "DE60V250645", "start": 6, "fault": "NO_POWER", "circ": ("VOLTAGE", "unknown"),
       "fig": ["dead as a dodo", "whether the power did a little dance"], "fig_at": "circumstances",
       "theme": ["body", "fig_fact", "review"]}, hard=True),

    S("hob-flame-dies-like-birthday-candle-refuses-twice-q5",
      ["the Q5 hob flame goes out like a birthday candle the second I let go of the knob. fed up to the back teeth with it"],
      {"done": "no", "confirm": "yes", "product": "Q5 gas hob", "serial": "JQ525127804",
       "started": "a week ago", "circumstances": "no, nothing spilled, nobody's opened it or repaired it",
       "wants": "I want this sorted properly, not patched", "phone": "025 8631 7749",
       "offer": ["a repair visit? that's a band-aid on a broken leg. no thanks",
                 "no, that's the same thing in a different hat. I'd rather talk to a person"],
       "person": "yes please, a human", "other": "ok"},
      E("en", "Covered", "FreeRepair", True, "Normal"),
      "JQ525127804: JZT-Q5 sold 273 days ago (REMOTE), 92 days left; FLAME_GOES_OUT ('like a birthday candle') for ~7 days "
      "-> Covered, FreeRepair first; both offers refused with idioms -> escalated, Normal.",
      {"serial": "JQ525127804", "start": 7, "fault": "FLAME_GOES_OUT", "wish": "repair", "flow": "refuse2",
       "fig": ["goes out like a birthday candle", "a band-aid on a broken leg", "the same thing in a different hat"],
       "theme": ["thing", "fig_offer", "wants_person"]}, hard=True),

    S("copier-chewing-paper-again-one-earlier-fix-dc3020",
      ["Hi, the DC-3020 in our office has gone back to chewing paper. it gnaws on the sheet at the rear tray and spits out a paper concertina",
       "you replaced a roller for jams about six months ago, and fixed an error code a couple of months ago"],
      {"done": "no", "confirm": "yes", "product": "DC-3020", "serial": "DC30202511389",
       "started": "about 6 days", "circumstances": "no, nobody but your technicians has opened it, not dropped",
       "wants": "fix it please", "phone": "0571 8937 1164",
       "offer": ["yes ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202511389: DC-3020 sold 289 days ago (CITY), 76 days left; PAPER_JAM part replaced once (202 days ago) and an "
      "ERROR_CODE repair (58 days ago): one jam repair is not a repeat; PAPER_JAM again for ~6 days -> Covered, FreeRepair.",
      {"serial": "DC30202511389", "start": 6, "fault": "PAPER_JAM", "wish": "repair",
       "fig": ["chewing paper", "gnaws on the sheet", "spits out a paper concertina"], "theme": ["eating", "notrepeat"]}),

    S("n9-installer-faints-at-90-wants-a-human",
      ["bought Finance Suite 9 network edition yesterday. the server install faints every time at about 90%, just keels over and rolls everything back",
       "tried three times. I'm going round in circles like a dog chasing its tail"],
      {"done": "no", "confirm": "yes", "product": "Finance Suite 9 network", "serial": "FN9-2609-QFFT",
       "started": "this morning, first time I tried to install it",
       "circumstances": "no, clean server, no add-ons, nobody else worked on it, no power issues",
       "wants": "have it installed and working", "phone": "133 6548 7721",
       "offer": ["no offence but I don't want another remote session going round the same circles. I want a real person"],
       "person": "yes, a human please", "other": "ok"},
      E("en", "Covered", "RemoteSupport", True, "Normal"),
      "FN9-2609-QFFT: CW-N9 sold 1 day ago (CITY); INSTALL_FAILURE ('faints at 90%') since this morning -> Covered, "
      "RemoteSupport first; at the offer the customer asks for a person -> escalated, Normal.",
      {"serial": "FN9-2609-QFFT", "start": 0, "fault": "INSTALL_FAILURE", "wish": "repair", "flow": "person",
       "fig": ["faints every time", "keels over", "like a dog chasing its tail"], "theme": ["body", "software", "wants_person"]}),
]
