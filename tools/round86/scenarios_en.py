"""Round 86, English: copy-pasted text. Customers paste an order confirmation, a delivery notice, an invoice line, an
installer's or earlier technician's work-order note or a bit of an earlier chat/email into the message. Order numbers,
SKUs, prices, quantities, clock times, postcodes and tracking numbers in the paste are none of them the serial, the
phone number or the start of the problem; the serial is labelled in the paste or given separately. meta: the facts
check.py recomputes the expectation from (start = days before the reference date), meta.paste the pasted text."""
from common import S, E

P1 = "Order confirmed! Order #5521 0093 4478 | Item: CXW-T9 Range Hood (SKU HD-T9-BLK) x1 | Total: RMB 1,699.00 | Delivery slot 09:00-12:00 | Postcode 311400"
P2 = "Your parcel has been delivered. Tracking no. SF1498823361045 | Signed for by: reception | 14:30 | 1 item, 38.5 kg"
P3 = "INV line 3: JZT-Q5 built-in gas hob, qty 1, unit price 1,380.00, tax 13%, amount 1,559.40"
P4 = ("> From: orders@xinde-soft\n> Your order RJ-534770 is complete. Product: CW-S8 finance suite, 5 seats, "
      "licence fee 3,600.00 yuan. Activation window opens 10:00. Reply to this email for help")
P5 = "WORK ORDER #WO-88172 | install DSZ-E60 60L | arrived 13:05 left 14:20 | relief valve fitted, earth checked OK | materials: 1 x flexi hose 1.5m, 2 x wall bolt | tech: Wu (no.37)"
P6 = "Order #77310429 - LP-2200 toner cartridge (SKU LPT-2200-BK) x2 @ 289.00 = 578.00, free delivery to postcode 311600"
P7 = ("Delivery notice: Order HS-869845 out for delivery. Waybill 7700 3312 8845 1. Driver will call 30 min before. "
      "ETA 15:40-17:00. Contents: JSQ-H16 gas water heater x1")
P8 = ("Order summary\nIJ-680 inkjet printer  x1  ¥899.00\nIJ-680 ink multipack (SKU INK680-4C)  x2  ¥338.00\n"
      "Subtotal ¥1,237.00  Order no. 6603 1188 2719 47  placed 11:52")
P9 = "Invoice no. 00418837 / line 1: ZD-630K dot-matrix printer, qty 1, 2,380.00 | line 2: ribbon RB-630 x3, 135.00 | delivered to postcode 311100"
P10 = ("--- earlier chat ---\n[16:02] Agent Lily: thanks, your order RJ-228585 (CW-N9, 3 users, 4,800.00) is confirmed\n"
       "[16:03] Agent Lily: you'll get the download link within 2 hours\n--- end ---")
P12 = ("[09:14] me: hi the new copier wont print from the network\n[09:15] Support (Kevin): please share your order no\n"
       "[09:16] me: BG-315140\n[09:18] Support (Kevin): thanks, ticket T-558201 opened, qty 1 DC-4525, we'll call back\n[09:18] (chat ended)")
P13 = "Renewal invoice: CW-N8 annual service plan, item code SVC-N8-1Y, qty 1, 1,200.00 - UNPAID - order 4471-0926"
P14 = "Delivered 10:25 | tracking YT-LOG 8823 0019 4456 | CXW-T9 hood 1 pc | paid on delivery 1,599.00"
P15 = ("Engineer visit note (install): DC-3020 set up at 2nd floor, network IP 192.168.1.40, test page 10:42 OK, "
       "toner 1 x starter, counter 000112, S/N DC30202608455")
P16 = "Order HS-810550 | JSQ-H16 16L gas water heater | qty 1 | 2,599.00 | installation booked 10:00-12:00 | postcode 310051"
P17 = "Item code RB-630 | ZD-630K ribbon | qty 2 | 45.00 each | order 9902 1187 3346"
P18 = "Order #3390 1274 8816 | DSZ-E60 electric water heater 60L | 1 unit | 1,288.00 | delivered by 18:00 | postcode 310012"
P19 = ("On the shop's page it says:\nOrder BG-388356  |  LP-2200 laser printer  |  Qty: 1  |  Price: 1,099.00  |  "
       "Delivered 16:48, left with neighbour")
P20 = "Dispatch notice: consignment 4455 9910 2286 | 1 x DC-4525 MFP (pallet, 87 kg) | to postcode 325000 | tail-lift booked 08:30"

EN = [
    S("pasted-order-hood-rattles-t9",
      ["hi there, hood started rattling at high speed, here's my order thing so u can see what I bought",
       P1,
       "sorry thats all i had handy from the email. the rattle is like a loose bit inside the fan"],
      {"done": "no that's it", "confirm": "yes", "product": "the range hood, CXW-T9",
       "serial": "the sticker inside the filter says YT926028831", "started": "around ten days ago",
       "circumstances": "no nothing like that, just cooking under it", "wants": "get it fixed",
       "phone": "135 7716 4238", "offer": ["yes book it please"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "YT926028831: CXW-T9 sold 212 days ago, 153 days of cover left; NOISE for ~10 days, nothing happened -> Covered, "
      "FreeRepair. The order #, SKU, price, slot 09:00-12:00 and postcode in the paste are none of them the serial or the start.",
      {"serial": "YT926028831", "start": 10, "fault": "NOISE", "wish": "repair", "theme": ["order_confirm"],
       "paste": P1}),

    S("delivery-notice-copier-jams-refund-dc3020",
      ["This came 3 days ago:", P2,
       "that's our new DC-3020 copier. It has jammed on pretty much every 2nd sheet since we unboxed it that same afternoon. "
       "I want our money back, not a repair"],
      {"done": "no", "confirm": "yes correct", "product": "DC-3020 copier", "serial": "DC30202608396",
       "started": "since the day it was delivered, 3 days ago",
       "circumstances": "no. your installer set it up and we only used plain A4",
       "wants": "refund", "phone": "0571 8833 6104", "offer": ["yes the refund please"], "person": "no", "other": "ok"},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC30202608396: DC-3020 sold 3 days ago, in the 7-day return window; PAPER_JAM since delivery, refund asked -> Covered, "
      "Refund. 14:30 is the delivery time and 38.5 kg the weight, the tracking number is no serial.",
      {"serial": "DC30202608396", "start": 3, "fault": "PAPER_JAM", "wish": "refund", "tied": True,
       "theme": ["delivery_notice"], "paste": P2}, hard=True),

    S("invoice-line-old-hob-no-spark-q5",
      ["left burner on my hob just clicks now, no flame. its an old one i know",
       "copied this off the invoice in my drawer: " + P3,
       "just want to know what a repair would cost and get someone out"],
      {"done": "nope", "confirm": "yep", "product": "JZT-Q5 gas hob", "serial": "JQ525057961",
       "started": "about 3 weeks ago", "circumstances": "no, nobody's touched it", "wants": "repair it, I'll pay if I have to",
       "phone": "138 6612 4479", "offer": ["ok that's fine go ahead"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "JQ525057961: JZT-Q5 sold 540 days ago, expired 175 days ago; NO_IGNITION ~21 days ago, well after the expiry -> "
      "NotCovered, PaidRepair. The invoice price and tax are not a fee quote.",
      {"serial": "JQ525057961", "start": 21, "fault": "NO_IGNITION", "wish": "repair", "theme": ["invoice_line"],
       "paste": P3}),

    S("old-email-finance-report-wrong-s8",
      ["the month-end profit report in our finance software adds up wrong, off by a few hundred every time",
       "pasting the purchase email so you have it",
       P4,
       "the activation stuff worked fine back then. it's just the totals in that one report"],
      {"done": "that's everything", "confirm": "yes", "product": "CW-S8 finance software",
       "serial": "licence is FS8-2603-LGYF", "started": "noticed it about two weeks ago",
       "circumstances": "no, no changes, nobody modified anything", "wants": "fix the report",
       "phone": "136 5541 8870", "offer": ["yes remote is fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS8-2603-LGYF (order RJ-534770 in the pasted email, the same record): CW-S8 sold 238 days ago, 127 days left; "
      "REPORT_WRONG ~14 days -> Covered, RemoteSupport first (software). 10:00 and 3,600.00 are from the email.",
      {"serial": "FS8-2603-LGYF", "start": 14, "fault": "REPORT_WRONG", "wish": "repair", "theme": ["earlier_chat"],
       "paste": P4}, hard=True),

    S("installer-note-heater-drips-e60",
      ["Water dripping from under the water heater, small puddle every morning.",
       "This is the note your installer left when it was put in, in case its useful",
       P5,
       "the drip is from the bottom of the tank, not the hose he fitted"],
      {"done": "no", "confirm": "yes", "product": "DSZ-E60 electric water heater", "serial": "DE60K251124",
       "started": "about a week ago", "circumstances": "no, only your installer has touched it, nothing else happened",
       "wants": "repair", "phone": "139 5814 7726", "offer": ["ok yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DE60K251124: DSZ-E60 sold 313 days ago, 52 days left; LEAK ~7 days, our installer (no circumstance) -> Covered, "
      "FreeRepair. The work-order times 13:05/14:20 and the technician's number are no start or phone.",
      {"serial": "DE60K251124", "start": 7, "fault": "LEAK", "wish": "repair", "theme": ["work_order"], "paste": P5}),

    S("toner-order-pasted-printer-says-empty-lp2200",
      ["printer keeps saying toner empty and prints faint, i bought spares before, look:",
       P6,
       "so the spares are gone too. is the toner covered while the printer is in warranty? it's only months old"],
      {"done": "no", "confirm": "yes", "product": "LP-2200 laser printer", "serial": "LP22TA260240",
       "started": "the last cartridge ran out maybe 5 days ago", "circumstances": "no nothing", "wants": "new toner cartridge",
       "phone": "137 1853 6624", "offer": ["fine, I'll take one"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "LP22TA260240: LP-2200 sold 241 days ago; the toner cartridge is a consumable (any date) -> NotCovered, "
      "PartReplacement at the part price. 289.00 is what the customer paid the shop, not our price.",
      {"serial": "LP22TA260240", "start": 5, "fault": "PRINT_QUALITY", "consumable": True, "wish": "part",
       "theme": ["order_confirm", "consumable"], "paste": P6}, hard=True),

    S("delivery-notice-gas-heater-lukewarm-h16",
      ["shower water from our gas water heater never gets properly hot, lukewarm at best",
       "we got it a few months back, this was the delivery text:",
       P7],
      {"done": "no thats all", "confirm": "yes", "product": "the JSQ-H16 gas water heater", "serial": "RH1626053738",
       "started": "about 10 days", "circumstances": "no, none of that", "wants": "repair",
       "phone": "186 5731 9042", "offer": ["yes please"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626053738 (order HS-869845 in the paste, the same record): JSQ-H16 sold 144 days ago, labour 221 days left; "
      "NO_HOT_WATER ~10 days -> Covered, FreeRepair. The waybill and ETA are no serial or start.",
      {"serial": "RH1626053738", "start": 10, "fault": "NO_HOT_WATER", "wish": "repair", "theme": ["delivery_notice"],
       "paste": P7}),

    S("order-summary-inkjet-streaks-want-new-one-ij680",
      ["ugh. pasting my order:",
       P8,
       "printer has done stripey pages pretty much since we got it, about 9 days now. cleaned the heads twice from the menu like the manual says. "
       "still stripes. I'd like a new printer swapped in please, not a fix"],
      {"done": "no", "confirm": "yes", "product": "IJ-680 inkjet", "serial": "serial on the back is IJ6802610995",
       "started": "started about 9 days ago", "circumstances": "no. never dropped or opened, just the head cleaning from the menu",
       "wants": "a replacement printer", "phone": "158 0571 3396", "offer": ["yes swap it"], "person": "no", "other": "ok"},
      E("en", "Covered", "Replacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago, inside the 15-day exchange window; PRINT_QUALITY ~9 days, head cleaning from "
      "the menu is harmless -> Covered, Replacement. The ink multipack in the paste is not the complaint; the order no. "
      "and 11:52 are no serial or start.",
      {"serial": "IJ6802610995", "start": 9, "fault": "PRINT_QUALITY", "wish": "new", "theme": ["order_confirm"],
       "paste": P8}, hard=True),

    S("invoice-pasted-dot-matrix-dropped-zd630k",
      ["Our ZD-630K prints half the characters missing on the top line now.",
       P9,
       "to be straight with you, it got knocked off the desk when we moved offices last week, it hit the floor. "
       "worked ok before that"],
      {"done": "no", "confirm": "yes", "product": "ZD-630K printer", "serial": "ZD630K260738",
       "started": "since it fell, about a week ago", "circumstances": "yes it was dropped, fell off the desk onto the floor",
       "wants": "repair", "phone": "0571 6645 3318", "offer": ["ok, we'll pay the fee"], "person": "no", "other": "ok"},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "ZD630K260738: ZD-630K sold 108 days ago, 257 days left; dropped (USER_DAMAGE, CostFee) -> CoveredWithFee, PaidRepair. "
      "The ribbons on the invoice are not the complaint.",
      {"serial": "ZD630K260738", "start": 7, "fault": "PRINT_QUALITY", "circ": ("USER_DAMAGE", "confirmed"),
       "wish": "repair", "theme": ["invoice_line", "cost_shift"], "paste": P9}),

    S("earlier-chat-new-accounting-licence-error-n9",
      ["hello again. Had this chat with you lot when I bought it:",
       P10,
       "well it installed but now every login says licence invalid. only bought it the other day. can someone sort it"],
      {"done": "no that's it", "confirm": "yes", "product": "CW-N9", "serial": "FN9-2610-LHQA",
       "started": "since yesterday", "circumstances": "no, didnt change anything", "wants": "make it work",
       "phone": "133 8851 7062", "offer": ["yeah remote session is fine"], "person": "no", "other": "ok"},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2610-LHQA (order RJ-228585 in the pasted chat): CW-N9 sold 4 days ago; software, no return window; "
      "LICENCE_ERROR since yesterday -> Covered, RemoteSupport. 16:02 and 'within 2 hours' are no start.",
      {"serial": "FN9-2610-LHQA", "start": 1, "fault": "LICENCE_ERROR", "wish": "repair", "theme": ["earlier_chat"],
       "paste": P10}, hard=True),

    S("gas-smell-hob-pasted-order-q7",
      ["there is a gas smell round the hob even with all knobs off, I've opened the windows",
       "order details: Order #8843 2291 0057 | JZT-Q7 hob | qty 1 | 2,199.00 | installed 10:30"],
      {"done": "no", "confirm": "yes", "product": "JZT-Q7 gas hob", "serial": "don't have it to hand, only that order",
       "started": "this morning", "circumstances": "no", "wants": "someone to check it now",
       "phone": "139 1157 8843", "person": "yes", "other": "ok"},
      E("en", None, None, True, "Safety"),
      "Gas smell with the knobs off: a hazard -> safety escalation, no verdict. The pasted order number is a shop's, "
      "no record.",
      {"safety": True, "model": "JZT-Q7", "theme": ["order_confirm", "safety"],
       "paste": "order details: Order #8843 2291 0057 | JZT-Q7 hob | qty 1 | 2,199.00 | installed 10:30"}),

    S("pasted-support-chat-copier-network-dc4525",
      ["so I already started this earlier on your site and the chat just died. here it is",
       P12,
       "nobody called. still can't print over the network, usb works fine"],
      {"done": "no", "confirm": "yes", "product": "DC-4525 copier", "serial": "DC45252512510",
       "started": "about 4 days ago", "circumstances": "no, nothing like that", "wants": "repair",
       "phone": "0571 6312 7745", "offer": ["ok"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC45252512510 (order BG-315140 in the pasted chat): DC-4525 sold 251 days ago, 114 days left; CONNECTION ~4 days -> "
      "Covered, FreeRepair. The ticket number T-558201 and 09:14 are no serial or start.",
      {"serial": "DC45252512510", "start": 4, "fault": "CONNECTION", "wish": "repair", "theme": ["earlier_chat"],
       "paste": P12}, hard=True),

    S("renewal-invoice-pasted-old-software-slow-n8",
      ["our bookkeeping software takes forever to open anything now",
       "we got this in the post, is it related?? " + P13,
       "we haven't paid it, we just want it running normal again"],
      {"done": "no", "confirm": "yes", "product": "CW-N8", "serial": "FN8-2406-LJEX",
       "started": "about a month ago", "circumstances": "no", "wants": "get it fast again",
       "phone": "137 5521 8864", "offer": ["ok go ahead with remote"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "RemoteSupport", False, "Normal"),
      "FN8-2406-LJEX: CW-N8 sold 829 days ago, expired 99 days ago; SLOW ~30 days -> NotCovered, RemoteSupport at the fee. "
      "The unpaid renewal invoice is not our fee.",
      {"serial": "FN8-2406-LJEX", "start": 30, "fault": "SLOW", "wish": "repair", "theme": ["invoice_line"], "paste": P13}),

    S("delivery-text-hood-grinding-old-t9",
      ["my range hood makes a grinding noise now",
       "found the delivery text on my phone: " + P14,
       "I know its over a year, just send someone, I'll pay"],
      {"done": "no", "confirm": "yes", "product": "CXW-T9 hood", "serial": "YT925073562",
       "started": "three weeks ago or so", "circumstances": "no", "wants": "repair, paid is fine",
       "phone": "135 8862 1147", "offer": ["yes fine"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "YT925073562: CXW-T9 sold 432 days ago, expired 67 days ago; NOISE ~21 days, after the expiry -> NotCovered, "
      "PaidRepair. The tracking label 'YT-LOG …' is no serial.",
      {"serial": "YT925073562", "start": 21, "fault": "NOISE", "wish": "repair", "theme": ["delivery_notice"],
       "paste": P14}, hard=True),

    S("installer-note-copier-off-network-dc3020",
      ["copier dropped off the network, scanning to email fails too",
       "the setup note from your engineer has the serial on it:",
       P15],
      {"done": "no", "confirm": "yes", "product": "DC-3020", "serial": "it's on the note, DC30202608455",
       "started": "since about a week ago", "circumstances": "no, only your engineer set it up",
       "wants": "repair", "phone": "0571 6277 9134", "offer": ["yes book it"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC30202608455: DC-3020 sold 48 days ago; CONNECTION ~7 days -> Covered, FreeRepair. The note's IP, counter and "
      "starter toner are no complaint; the labelled S/N is the serial.",
      {"serial": "DC30202608455", "start": 7, "fault": "CONNECTION", "wish": "repair", "theme": ["work_order"],
       "paste": P15}),

    S("order-pasted-heater-leaks-husband-tightened-h16",
      ["water is leaking from under our gas water heater",
       P16,
       "my husband tried tightening the pipe nut himself with a spanner when it started, but honestly that's not why it "
       "leaks, it was leaking before he touched it"],
      {"done": "no", "confirm": "yes", "product": "JSQ-H16", "serial": "RH1626084107",
       "started": "about 5 days ago",
       "circumstances": "my husband tightened a nut himself, but it was already leaking, that's not the cause",
       "wants": "repair", "phone": "138 2573 6619", "offer": ["ok"], "person": "ok", "other": "ok"},
      E("en", "NeedsReview", None, True, "Normal"),
      "RH1626084107 (order HS-810550 in the paste): JSQ-H16 sold 56 days ago; LEAK, the customer's husband worked on the "
      "fitting himself and the customer disputes it as the cause -> rule 5, NeedsReview, escalated.",
      {"serial": "RH1626084107", "start": 5, "fault": "LEAK", "circ": ("UNAUTHORISED_REPAIR", "disputed"),
       "wish": "repair", "theme": ["order_confirm", "cost_shift", "review"], "paste": P16}, hard=True),

    S("ribbon-order-pasted-faded-zd630k",
      ["printout gone really pale on our ZD-630K",
       "reordered ribbons a while ago: " + P17 + " - both used up now",
       "do we get ribbons free under the warranty?"],
      {"done": "no", "confirm": "yes", "product": "ZD-630K", "serial": "ZD630K251219",
       "started": "about a week", "circumstances": "no", "wants": "a new ribbon",
       "phone": "0571 6498 2237", "offer": ["ok send one"], "person": "no", "other": "ok"},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "ZD630K251219: ZD-630K sold 304 days ago, in warranty, but the ribbon is a consumable -> NotCovered, PartReplacement.",
      {"serial": "ZD630K251219", "start": 7, "fault": "PRINT_QUALITY", "consumable": True, "wish": "part",
       "theme": ["order_confirm", "consumable"], "paste": "reordered ribbons a while ago: " + P17}),

    S("old-order-heater-leak-want-a-person-e60",
      ["leak from the electric water heater, coming from the bottom",
       P18,
       "it's older than a year I think"],
      {"done": "no", "confirm": "yes", "product": "DSZ-E60", "serial": "DE60B250659",
       "started": "around three weeks ago", "circumstances": "no", "wants": "repair",
       "phone": "159 8824 3317",
       "offer": ["no, i'd rather talk to a real person about this please"], "person": "yes please", "other": "ok"},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "DE60B250659: DSZ-E60 sold 458 days ago, expired 93 days ago; LEAK ~21 days -> NotCovered, PaidRepair; the "
      "customer asks for a person at the offer -> escalated, Normal.",
      {"serial": "DE60B250659", "start": 21, "fault": "LEAK", "wish": "repair", "flow": "person",
       "theme": ["order_confirm", "wants_person"], "paste": P18}, hard=True),

    S("shop-page-pasted-printer-jams-lp2200",
      ["printer jams on nearly every job",
       P19],
      {"done": "no", "confirm": "yes", "product": "LP-2200 printer", "serial": "LP22HU251211",
       "started": "the jams began about 10 days ago", "circumstances": "no", "wants": "fix it",
       "phone": "136 1182 5573", "offer": ["yes"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "LP22HU251211 (order BG-388356 in the paste): LP-2200 sold 277 days ago, 88 days left; PAPER_JAM ~10 days -> "
      "Covered, FreeRepair.",
      {"serial": "LP22HU251211", "start": 10, "fault": "PAPER_JAM", "wish": "repair", "theme": ["order_confirm"],
       "paste": P19}),

    S("dispatch-notice-copier-wifi-dead-dc4525",
      ["The DC-4525 can't see the office network any more, only works plugged by usb.",
       "the only paperwork I've got here is the dispatch notice:",
       P20,
       "the serial is on a sticker I'll read you if you need it"],
      {"done": "no", "confirm": "yes", "product": "DC-4525 copier", "serial": "DC45252606641",
       "started": "about two weeks ago", "circumstances": "no", "wants": "repair",
       "phone": "0577 8862 4153", "offer": ["ok thanks"], "person": "no", "other": "ok"},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DC45252606641: DC-4525 sold 110 days ago, 255 days left; CONNECTION ~14 days -> Covered, FreeRepair. The "
      "consignment number, 87 kg, postcode and 08:30 are no serial, phone or start.",
      {"serial": "DC45252606641", "start": 14, "fault": "CONNECTION", "wish": "repair", "theme": ["delivery_notice"],
       "paste": P20}, hard=True),
]
