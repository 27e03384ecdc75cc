"""Round 24, English: 20 formal, long-winded and polite customers - letters ("Dear Sir or Madam"), pasted e-mails with a
subject line and a signature (name, phone, address), office managers and accountants writing for a company, elderly
customers who explain everything, facts buried in paragraphs, P.S. lines and signatures, yes/no questions answered with
a full courteous sentence, and firm but polite requests (a refund "in accordance with your policy", a formal complaint,
a written reference number).
meta: serial, start (days before the reference date the problem began), fault, circ (code, confirmed|disputed|unknown),
wish (refund|new|repair|apology), flow (accept|person|refuse2), consumable, safety, formal (kinds of formality), hard."""
from common import E, S

EN = [
    S("dear-sir-or-madam-hob-will-not-light-signature-serial-q5",
      ["Dear Sir or Madam,",
       "I am writing to report a fault with the built-in gas hob which we purchased from your dealer in the county about "
       "two months ago. For approximately the last ten days the left-hand burner has refused to light: the igniter "
       "clicks perfectly audibly, but no flame catches, however long one holds the knob in. The right-hand burner "
       "continues to work normally.",
       "I would be most grateful if you could arrange for an engineer to call at your earliest convenience.\n\n"
       "Yours faithfully,\nMargaret Holloway\nQ5 hob, serial JQ526067582\nTel. 135 7190 4468\n"
       "Flat 3, Lane 17, Fuchun Road, Fuyang"],
      {"done": "No, thank you, that is everything I wished to report.",
       "confirm": "Yes, that is an accurate summary of the matter.",
       "product": "It is the Q5 built-in gas hob, the two-burner model.",
       "serial": "The serial number, as given in my signature, is JQ526067582.",
       "started": "It began approximately ten days ago.",
       "circumstances": "I can assure you that nothing of the sort has occurred; the hob has been used entirely "
                        "normally and no one has tampered with it.",
       "wants": "I should simply like it repaired, please.",
       "phone": "My telephone number is 135 7190 4468.",
       "offer": ["That would be perfectly acceptable, thank you very much."],
       "person": "That will not be necessary, thank you.", "other": "Thank you."},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ526067582: Q5 sold 58 days ago (county), NO_IGNITION for 10 days, circumstances denied in a full sentence, no "
      "earlier repair -> Covered, FreeRepair, Normal. Serial only in the letter's signature.",
      {"serial": "JQ526067582", "start": 10, "fault": "NO_IGNITION", "wish": "repair",
       "formal": ["letter", "buried", "fullyesno"]}),

    S("elderly-gentleman-gas-heater-no-hot-water-explains-carefully-h16",
      ["Good afternoon. I hope you will bear with me, I am 79 and not very quick with these computer chats.",
       "My son arranged for your company's gas water heater to be installed in our flat a little under two months ago, "
       "the sixteen litre one, H16 I believe it says on the front. It has worked very well until about six days ago, "
       "when it stopped giving hot water altogether. The little display lights up and I can hear it trying, but the "
       "water stays cold at every tap, in the kitchen and in the bathroom. My wife and I have been boiling kettles to "
       "wash, which is not easy at our age.",
       "The number on the label under the front cover is RH1626084107. My son wrote it down for me before he went back "
       "to Shanghai."],
      {"done": "No, I believe that is everything. Thank you for your patience with me.",
       "confirm": "Yes, that is quite right, thank you.",
       "product": "The H16 gas water heater, the sixteen litre one.",
       "serial": "RH1626084107, it is written on the label under the front cover.",
       "started": "About six days ago now.",
       "circumstances": "No, nothing of that kind. I can assure you that no one apart from the installer has ever "
                        "touched it, and we have had no trouble with the gas or the electricity.",
       "wants": "If someone could come and mend it, we would be very grateful.",
       "phone": "Our home number is 0571 8563 9147, or my son's mobile 139 6752 3318.",
       "offer": ["Yes please, that would be a great help to us. Thank you kindly."],
       "person": "No, you have been very helpful already.", "other": "Thank you."},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "RH1626084107: H16 sold 56 days ago (city), parts 675 / labour 309 days left; NO_HOT_WATER for 6 days, no "
      "circumstance, no earlier repair -> Covered, FreeRepair, Normal.",
      {"serial": "RH1626084107", "start": 6, "fault": "NO_HOT_WATER", "wish": "repair",
       "formal": ["elderly", "fullyesno"]}),

    S("office-manager-copier-jams-order-number-in-ps-dc3020",
      ["Good morning,",
       "I am the office manager at Lin'an Huatai Logistics and I am contacting you on behalf of the company about the "
       "DC-3020 copier we took under contract with you earlier this autumn. For the past twelve days or so it has been "
       "jamming on practically every third or fourth sheet from the main paper tray; the paper comes out crumpled near "
       "the fuser. We have followed the instructions on the screen to clear it each time, using your own recommended "
       "paper, but the problem keeps returning and our staff are losing a great deal of time.",
       "We would appreciate a visit from one of your engineers as soon as can reasonably be arranged.\n\n"
       "Kind regards,\nZhou Wenjie, Office Manager\nHuatai Logistics, Lin'an\n\n"
       "P.S. Our purchase order reference with your dealer is BG-727905, in case you need it."],
      {"done": "That is all for the moment, thank you.",
       "confirm": "Yes, that is correct.",
       "product": "It is the DC-3020 digital copier, the A3 black-and-white model.",
       "serial": "As mentioned in my P.S., our order reference is BG-727905. I do not have the serial number to hand.",
       "started": "Roughly twelve days ago.",
       "circumstances": "No. I can confirm that the machine has not been moved, damaged or opened by anyone other "
                        "than for clearing paper as the screen instructs.",
       "wants": "An engineer's visit to repair it, please.",
       "phone": "The office line is 0571 6389 1752; I can be reached there during working hours.",
       "offer": ["Thank you, that is acceptable. Please go ahead."],
       "person": "That will not be necessary.", "other": "Thank you."},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "BG-727905 = DC30202608455: DC-3020 sold 48 days ago (county), PAPER_JAM for 12 days, circumstances denied, no "
      "earlier repair -> Covered, FreeRepair. Record only as an order number in a P.S.",
      {"serial": "DC30202608455", "start": 12, "fault": "PAPER_JAM", "wish": "repair",
       "formal": ["business", "buried", "fullyesno"], "hard": True}),

    S("accountant-network-licence-error-again-after-your-visit-n8",
      ["Subject: Finance Suite 8 network edition - licence error (repeat occurrence)",
       "Dear Support Team,\n\nI am the chief accountant at Hangzhou Mingde Trading Co. Since the morning of three days "
       "ago, none of our four workstations can log in to Finance Suite 8; every one of them reports that the licence "
       "cannot be verified. You may recall that your technician attended to a similar licence problem for us some six "
       "or seven weeks ago, after a Windows update, and that resolved matters at the time. This time there has been no "
       "update that we are aware of.",
       "As we are approaching the month-end close, I would be obliged if this could be treated with some priority.\n\n"
       "Best regards,\nChen Lihua, Chief Accountant\nLicence no. FN8-2606-LNDV\nTel. 138 5716 9043"],
      {"done": "No, that is the full account of the problem, thank you.",
       "confirm": "Yes, your summary is correct.",
       "product": "Finance Suite 8, the network edition.",
       "serial": "The licence number is FN8-2606-LNDV, as in my signature.",
       "started": "Three days ago, in the morning.",
       "circumstances": "No, nothing of that kind. Our IT staff have not modified the installation and no outside "
                        "company has worked on it.",
       "wants": "We should like the licence problem resolved as quickly as possible.",
       "phone": "138 5716 9043 - that is my direct mobile number.",
       "offer": ["Remote support would suit us very well. Thank you, please proceed."],
       "person": "Not at this stage, thank you.", "other": "Thank you."},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN8-2606-LNDV: CW-N8 sold 89 days ago, LICENCE_ERROR for 3 days; one earlier LICENCE_ERROR repair 45 days ago "
      "(ours) is not yet a repeat failure -> Covered, RemoteSupport first (software), Normal.",
      {"serial": "FN8-2606-LNDV", "start": 3, "fault": "LICENCE_ERROR", "wish": "repair",
       "formal": ["email", "business", "buried"], "hard": True}),

    S("formal-complaint-balance-sheet-wrong-third-time-refund-per-policy-s8",
      ["Dear Sir or Madam,",
       "I write to lodge a formal complaint regarding Finance Suite 8 (single-user), licence FS8-2605-QREW, which our "
       "firm purchased roughly five months ago.",
       "The balance sheet has once again stopped balancing. Your technicians have already attended to precisely this "
       "fault twice: once about three and a half months ago and again some six weeks ago. On both occasions the "
       "ledger totals were recalculated and we were assured the matter was resolved. Since about eight days ago the "
       "same discrepancy has reappeared.",
       "Having given the product every reasonable opportunity, I must now respectfully request a full refund, in "
       "accordance with your policy for a fault that persists after two repairs within the warranty period.\n\n"
       "Yours faithfully,\nWang Shuyi, CPA\nWang & Partners Accounting\nTel. 186 5713 4490"],
      {"done": "No, I have nothing further to add at present.",
       "confirm": "Yes, that is a fair summary of my complaint.",
       "product": "Finance Suite 8, single-user edition.",
       "serial": "The licence number is FS8-2605-QREW.",
       "started": "The discrepancy reappeared about eight days ago.",
       "circumstances": "Certainly not. The software has been used exactly as intended and has only ever been "
                        "worked on by your own technicians.",
       "wants": "A full refund, in accordance with your policy.",
       "phone": "186 5713 4490.",
       "offer": ["Thank you. I accept the refund and would be grateful for a written reference number."],
       "person": "Only if that is required to process the refund.", "other": "Thank you."},
      E("en", "Covered", "Refund", False, "Urgent"),
      "FS8-2605-QREW: CW-S8 sold 164 days ago, REPORT_WRONG repaired twice under warranty (107 and 41 days ago) -> "
      "repeat failure; she asks for a refund -> Covered, Refund first, Urgent.",
      {"serial": "FS8-2605-QREW", "start": 8, "fault": "REPORT_WRONG", "wish": "refund",
       "formal": ["letter", "complaint", "request", "business"], "hard": True}),

    S("range-hood-hums-again-complaint-about-technician-replacement-t9",
      ["Good evening. I am afraid this will be rather a long message, and I apologise in advance.",
       "Our T9 range hood began making a loud humming noise some months after we bought it. Your technician came about "
       "twelve weeks ago and rebalanced the fan; the noise returned, and a second technician came a month or so ago and "
       "did the same again. I regret to say that the second gentleman was quite curt with my mother, who was at home at "
       "the time, and left without explaining anything or asking her to sign the form. I would like that noted as a "
       "formal complaint.",
       "Since about nine days ago the humming is back, just as loud as before. With respect, I do not think a third "
       "identical visit is a sensible use of anyone's time, and I would ask that the unit be replaced.",
       "Regards,\nDaniel Xu\nSerial YT926063911 (found behind the oil filter)\nTonglu, 156 8842 7163"],
      {"done": "No, that covers it. Thank you for reading all of that.",
       "confirm": "Yes, that's right - and the complaint about the second visit too, please.",
       "product": "The T9 side-draught range hood.",
       "serial": "YT926063911.",
       "started": "About nine days ago it started again.",
       "circumstances": "No. Apart from your two technicians, nobody has opened it or done anything to it.",
       "wants": "A replacement unit, please.",
       "phone": "156 8842 7163.",
       "offer": ["Yes, a replacement would be very welcome, thank you."],
       "person": "No need, thank you, as long as the complaint is recorded.", "other": "Thank you."},
      E("en", "Covered", "Replacement", False, "Urgent"),
      "YT926063911: T9 sold 129 days ago (county), NOISE repaired twice under warranty (84 and 32 days ago) -> repeat "
      "failure -> Covered, Replacement first, Urgent. The complaint about the technician is a mood, not a person request.",
      {"serial": "YT926063911", "start": 9, "fault": "NOISE", "wish": "new",
       "formal": ["complaint", "request", "buried"], "hard": True}),

    S("retired-teacher-electric-heater-dripping-again-e60",
      ["Dear Customer Service,",
       "Please forgive the length of this message. I am a retired schoolteacher and I like to set things out properly.",
       "Our electric water heater, the 60 litre E60, was bought some seven months ago. About four months ago it began "
       "to drip, and your engineer very kindly replaced a seal, after which it was perfectly dry. For the last five "
       "days, however, there has been water on the floor again each morning, this time from the pipe joint on the "
       "right-hand side, underneath the tank. I have put a basin beneath it for now.",
       "The serial number, which I copied carefully from the label, is DE60Q260266.\n\nWith thanks and best wishes,\n"
       "Mrs. Liu Peiying\n137 5816 2294"],
      {"done": "No, I think I have told you everything. Thank you.",
       "confirm": "Yes, that is exactly right.",
       "product": "The E60 electric water heater, 60 litres.",
       "serial": "DE60Q260266.",
       "started": "Five days ago.",
       "circumstances": "No, I can promise you nothing like that has happened. Only your engineer has ever opened it.",
       "wants": "I would like it repaired, please.",
       "phone": "137 5816 2294.",
       "offer": ["Yes, thank you, that will do nicely."],
       "person": "No, thank you.", "other": "Thank you."},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "DE60Q260266: E60 sold 224 days ago (city), LEAK for 5 days; one earlier LEAK part replacement (112 days ago, "
      "ours) is not a repeat failure -> Covered, FreeRepair, Normal.",
      {"serial": "DE60Q260266", "start": 5, "fault": "LEAK", "wish": "repair",
       "formal": ["letter", "elderly", "fullyesno"]}),

    S("new-laser-printer-faint-prints-nine-days-replacement-lp2200",
      ["Hello,",
       "I am writing on behalf of Qiantang Design Studio regarding the LP-2200 laser printer we purchased from your "
       "Hangzhou dealer nine days ago. From the second day of use every page has come out faint and streaked down the "
       "left-hand side, even with the toner cartridge that came in the box, and the test page shows the same. As the "
       "printer is practically new, we would prefer to receive a replacement unit rather than have it repaired.",
       "Many thanks in advance for your assistance.\n\nSun Meiling\nStudio Administrator\n"
       "Serial no. LP22QF260859\nTel 139 0571 8846"],
      {"done": "No, that is all. Thank you.",
       "confirm": "Yes, that is correct.",
       "product": "The LP-2200 laser printer.",
       "serial": "LP22QF260859, as in my signature.",
       "started": "From the second day we had it, so about a week ago.",
       "circumstances": "No, not at all. It has been sitting on the same desk since it was delivered and nobody has "
                        "opened it.",
       "wants": "We would prefer a replacement unit, please.",
       "phone": "139 0571 8846.",
       "offer": ["Yes, a replacement would be ideal. Thank you very much."],
       "person": "Not necessary, thank you.", "other": "Thank you."},
      E("en", "Covered", "Replacement", False, "Normal"),
      "LP22QF260859: LP-2200 sold 9 days ago (city), PRINT_QUALITY from about 7 days ago, within the 15-day exchange "
      "window (not the 7-day return window), asks for a new one -> Covered, Replacement.",
      {"serial": "LP22QF260859", "start": 7, "fault": "PRINT_QUALITY", "wish": "new",
       "formal": ["business", "request", "buried"], "hard": True}),

    S("colour-copier-four-days-old-streaks-refund-in-accordance-dc4525",
      ["Dear Sir/Madam,",
       "Re: Return of DC-4525 colour copier, order BG-232338",
       "We took delivery of the above copier four days ago. Since the first morning it has printed a broad magenta "
       "band across every colour copy, and the black-and-white copies are grey and blotchy. Your dealer's engineer was "
       "not available to look at it this week.",
       "Having discussed the matter with our director, we have decided that we no longer wish to keep the machine. We "
       "therefore request a full refund in accordance with your seven-day return policy, and would be grateful if you "
       "could confirm the arrangements for collection in writing.\n\nYours sincerely,\nHe Jianping\nAdministration, "
       "Fuyang Tianrui Printing\n0571 6315 8827"],
      {"done": "No, that is everything, thank you.",
       "confirm": "Yes, that is correct.",
       "product": "The DC-4525 colour multifunction copier.",
       "serial": "Our order number is BG-232338. The serial is on the back, DC45252609875.",
       "started": "Since the first morning, four days ago, when it was delivered and set up.",
       "circumstances": "No. The machine was installed by your dealer and has not been moved or opened since.",
       "wants": "A full refund, please, in accordance with your return policy.",
       "phone": "0571 6315 8827.",
       "offer": ["Thank you, we accept the refund. Please let us know the collection arrangements."],
       "person": "Only if necessary for the collection.", "other": "Thank you."},
      E("en", "Covered", "Refund", False, "Normal"),
      "DC45252609875 (order BG-232338): DC-4525 sold 4 days ago (county), PRINT_QUALITY since delivery (tied in words), "
      "within the 7-day return window, asks for a refund -> Covered, Refund.",
      {"serial": "DC45252609875", "start": 4, "fault": "PRINT_QUALITY", "wish": "refund", "tied": True,
       "formal": ["letter", "business", "request"], "hard": True}),

    S("invoice-printer-old-pins-missing-dots-paid-repair-zd630k",
      ["Good morning,",
       "I look after the accounts for a small hardware wholesaler in Ningbo. We have had one of your ZD-630K dot-matrix "
       "printers for our VAT invoices for nearly two years now and it has served us well. For about three weeks, "
       "however, every printed line has a thin white gap running through it, as though one of the pins is no longer "
       "striking. We have already tried a fresh ribbon, with no improvement.",
       "I appreciate that the machine may no longer be under warranty, and I would be grateful for a quotation for "
       "repair.\n\nRegards,\nFang Xiaomin\nLabel on the back: ZD630K241002"],
      {"done": "No, that is all. Thank you.",
       "confirm": "Yes, that is right.",
       "product": "The ZD-630K dot-matrix invoice printer.",
       "serial": "ZD630K241002.",
       "started": "About three weeks ago.",
       "circumstances": "No, it has not been dropped or tampered with in any way; it has simply been in daily use.",
       "wants": "A repair, and a quotation first please.",
       "phone": "0574 8861 3359, our office in Ningbo.",
       "offer": ["Thank you for the clear quotation. That is acceptable, please go ahead."],
       "person": "No, thank you.", "other": "Thank you."},
      E("en", "NotCovered", "PaidRepair", False, "Normal"),
      "ZD630K241002: ZD-630K sold 701 days ago (remote), expired 336 days ago; PRINT_QUALITY for about 21 days (new "
      "ribbon already tried, so not the consumable) -> NotCovered (EXPIRED), PaidRepair, accepted.",
      {"serial": "ZD630K241002", "start": 21, "fault": "PRINT_QUALITY", "wish": "repair",
       "formal": ["business", "buried"]}),

    S("glass-stove-flame-goes-out-letter-mentions-earlier-visit-q7",
      ["To whom it may concern,",
       "I should like to report a problem with the Q7 glass-top stove I bought roughly two months ago. Your engineer "
       "called about a month ago because the ignition was not sparking, and he cleaned the electrode very "
       "efficiently; the ignition has been fine ever since, I am pleased to say.",
       "The present difficulty is different: for the last five days the flame on the large burner goes out by itself "
       "after a minute or two, as if the safety device were cutting it off, even with the window closed and no "
       "draught. I would be grateful if someone could inspect it.\n\nWith kind regards,\nEleanor Zhang\n"
       "Q7 serial JQ726093781\n133 5716 8924"],
      {"done": "No, that's all, thank you.",
       "confirm": "Yes, that's a good summary.",
       "product": "The Q7 glass-top gas stove with flame-out protection.",
       "serial": "JQ726093781.",
       "started": "Five days ago.",
       "circumstances": "No, I can assure you nothing of the kind. Only your own engineer has had the stove apart.",
       "wants": "An inspection and repair, please.",
       "phone": "133 5716 8924.",
       "offer": ["That is very kind, thank you. Yes please."],
       "person": "No, thank you.", "other": "Thank you."},
      E("en", "Covered", "FreeRepair", False, "Normal"),
      "JQ726093781: Q7 sold 63 days ago (city), FLAME_GOES_OUT for 5 days; the one earlier repair (NO_IGNITION, 31 days "
      "ago, ours) is another fault -> Covered, FreeRepair, Normal.",
      {"serial": "JQ726093781", "start": 5, "fault": "FLAME_GOES_OUT", "wish": "repair",
       "formal": ["letter", "fullyesno", "buried"]}),

    S("finance9-install-fails-new-laptop-courteous-email-s9",
      ["Subject: Installation of Finance Suite 9 on a new computer",
       "Dear Sir or Madam,\n\nWe purchased a single-user licence of Finance Suite 9 four days ago for our small "
       "clinic. The installation on our new laptop stops at roughly eighty per cent each time with a message that a "
       "component could not be registered, and then rolls back. We have tried three times since the day before "
       "yesterday, restarting in between, without success.",
       "I would be most grateful for your guidance.\n\nYours faithfully,\nDr. Qian Yufei\nQian Family Clinic, Xiacheng\n"
       "Licence FS9-2610-CDNH | 158 6712 4935"],
      {"done": "No, that is everything. Thank you.",
       "confirm": "Yes, that is correct.",
       "product": "Finance Suite 9, single-user edition.",
       "serial": "The licence number is FS9-2610-CDNH.",
       "started": "The day before yesterday, when we first tried to install it.",
       "circumstances": "No, we have not altered anything; it is a brand-new laptop with nothing else on it.",
       "wants": "Help to get it installed, please.",
       "phone": "158 6712 4935.",
       "offer": ["Yes, remote assistance would be most helpful. Thank you."],
       "person": "That won't be necessary, thank you.", "other": "Thank you."},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FS9-2610-CDNH: CW-S9 sold 4 days ago, INSTALL_FAILURE for 2 days; software has no return/exchange window -> "
      "Covered, RemoteSupport first.",
      {"serial": "FS9-2610-CDNH", "start": 2, "fault": "INSTALL_FAILURE", "wish": "repair",
       "formal": ["email", "business", "buried"]}),

    S("network-edition-clients-cannot-connect-today-it-manager-n9",
      ["Good afternoon,",
       "I am the IT coordinator at Shangcheng Heritage Properties. Our accounts department installed Finance Suite 9 "
       "network edition on the server this morning. The server side appears to run, but none of the client PCs can "
       "connect to it: each one reports that the server cannot be found, although the machines are on the same network "
       "and can see each other's shared folders.",
       "I would be grateful for assistance in resolving this so that the team can start work.\n\nBest regards,\n"
       "Ma Ruoxi\nLicence FN9-2609-QFFT\nMobile 150 5716 3382"],
      {"done": "No, that is all, thank you.",
       "confirm": "Yes, that's correct.",
       "product": "Finance Suite 9 network edition.",
       "serial": "FN9-2609-QFFT.",
       "started": "This morning, when we installed it.",
       "circumstances": "No. It is a fresh installation and nobody has modified anything.",
       "wants": "Help to get the clients connected.",
       "phone": "150 5716 3382.",
       "offer": ["Yes, please arrange the remote session. Thank you."],
       "person": "No need, thank you.", "other": "Thank you."},
      E("en", "Covered", "RemoteSupport", False, "Normal"),
      "FN9-2609-QFFT: CW-N9 sold 1 day ago, CONNECTION since this morning's installation (today) -> Covered, "
      "RemoteSupport first.",
      {"serial": "FN9-2609-QFFT", "start": 0, "fault": "CONNECTION", "wish": "repair",
       "formal": ["business", "buried"]}),

    S("inkjet-starter-cartridge-empty-polite-request-ij680",
      ["Hello, and thank you in advance for your help.",
       "I bought the IJ-680 colour inkjet printer from your shop on Yan'an Road about twelve days ago for my daughter's "
       "schoolwork. The printer itself seems fine, but since the day before yesterday it says the colour ink cartridge "
       "is empty and will not print at all. I must say I was surprised, as we have printed perhaps eighty pages.",
       "Could you please tell me how I can obtain a new colour cartridge from you?\n\nMany thanks,\nTang Huiyun\n"
       "serial IJ6802610995, tel 187 5719 6641"],
      {"done": "No, that is all, thank you.",
       "confirm": "Yes, that's right - it's the ink cartridge that's empty.",
       "product": "The IJ-680 colour inkjet printer.",
       "serial": "IJ6802610995.",
       "started": "The day before yesterday.",
       "circumstances": "No, nothing like that. We've only used the cartridge that came with it.",
       "wants": "A new colour ink cartridge, please.",
       "phone": "187 5719 6641.",
       "offer": ["Yes, I will take the cartridge at that price. Thank you."],
       "person": "No, thank you.", "other": "Thank you."},
      E("en", "NotCovered", "PartReplacement", False, "Normal"),
      "IJ6802610995: IJ-680 sold 12 days ago (city); the INK cartridge is the model's consumable -> NotCovered "
      "(CONSUMABLE) at any date, PartReplacement at the part price.",
      {"serial": "IJ6802610995", "start": 2, "fault": "PRINT_QUALITY", "consumable": True,
       "formal": ["request", "buried"]}),

    S("decorator-knocked-gas-heater-with-ladder-honest-account-h16",
      ["Dear Sir or Madam,",
       "I wish to be entirely candid with you about the damage to our H16 gas water heater, which we bought a little "
       "under three months ago. Eleven days ago, while our kitchen was being repainted, the decorator knocked the "
       "front of the heater with his aluminium ladder. The front cover is dented and since then a thin trickle of water "
       "escapes from underneath whenever the hot tap is on.",
       "I fully accept that this was an accident on our side and not a fault of your product, and I am of course "
       "prepared to pay for the repair. I should be grateful for a quotation and an appointment.\n\n"
       "Yours faithfully,\nRobert Kang\nRH1626078391\n131 5716 9482\nNo. 8 Jiefang Road, Shangcheng"],
      {"done": "No, thank you, that is everything.",
       "confirm": "Yes, that is an accurate account.",
       "product": "The H16 gas water heater.",
       "serial": "RH1626078391.",
       "started": "Eleven days ago, when the ladder struck it.",
       "circumstances": "Yes - as I said, our decorator knocked it with his ladder. That is the only thing that has "
                        "happened to it.",
       "wants": "A repair, and I am happy to pay for it.",
       "phone": "131 5716 9482.",
       "offer": ["That is fair. I accept the quotation, thank you."],
       "person": "No, thank you.", "other": "Thank you."},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "RH1626078391: H16 sold 80 days ago (city), in warranty; LEAK after the decorator's ladder struck it, said "
      "plainly (USER_DAMAGE, CostFee) -> CoveredWithFee, PaidRepair (cost fee + part).",
      {"serial": "RH1626078391", "start": 11, "fault": "LEAK", "circ": ("USER_DAMAGE", "confirmed"), "wish": "repair",
       "formal": ["letter", "buried"], "hard": True}),

    S("elderly-lady-smells-gas-near-hob-writes-carefully-q5",
      ["Dear Sir or Madam,",
       "I am sorry to trouble you, and I hope this is the right place to write. I am 82 years old and I live alone.",
       "Since this morning there has been a smell of gas in my kitchen, near the Q5 gas hob, even though both knobs "
       "are turned off. It is stronger when I bend down near the cupboard underneath. I have opened the window as my "
       "late husband taught me.",
       "I would be very grateful if somebody could tell me what to do.\n\nYours sincerely,\nMrs. Gu Xiulan\n"
       "Hob serial JQ525127804\nTel. 0574 8796 3351"],
      {"done": "No, that is all. Thank you, dear.",
       "confirm": "Yes, that is right.",
       "product": "The Q5 gas hob.",
       "serial": "JQ525127804.",
       "started": "This morning.",
       "circumstances": "No, nothing has happened to it, I have only been cooking as usual.",
       "wants": "Please send somebody to make it safe.",
       "phone": "0574 8796 3351.",
       "offer": ["Thank you."],
       "person": "Yes please, I would be grateful to speak to someone.", "other": "Thank you, I will do that."},
      E("en", None, None, True, "Safety"),
      "JQ525127804 (Q5): gas smell with the knobs off -> safety first: no verdict, escalated, priority Safety.",
      {"serial": "JQ525127804", "start": 0, "fault": "GAS_SMELL", "safety": True,
       "formal": ["letter", "elderly", "buried"]}),

    S("heater-expired-declines-quotes-twice-wants-supervisor-e60",
      ["Dear Customer Service Department,",
       "I have owned your E60 electric water heater for a little over a year. Ten days ago it simply stopped heating; "
       "the indicator light comes on, but the water stays cold.",
       "I am aware that the standard warranty has recently ended, but I feel strongly that a water heater ought to last "
       "considerably longer than a year and a few weeks. I would therefore ask you to consider repairing it free of "
       "charge as a gesture of goodwill.\n\nYours sincerely,\nZheng Haoran\nDE60X250881\n135 8870 4126\nNingbo"],
      {"done": "That is all I wish to say at present.",
       "confirm": "Yes, that is correct.",
       "product": "The E60 electric water heater.",
       "serial": "DE60X250881.",
       "started": "Ten days ago.",
       "circumstances": "No. I can assure you it has been used normally and has not been tampered with.",
       "wants": "A free repair, as a gesture of goodwill.",
       "phone": "135 8870 4126.",
       "offer": ["With respect, I cannot accept paying the full charge for a heater of this age. Is there nothing "
                 "else you can do?",
                 "I am sorry, but I must decline that as well. I would like the matter passed to a supervisor."],
       "person": "Yes, please. I would be grateful if a supervisor could contact me.", "other": "Thank you."},
      E("en", "NotCovered", "PaidRepair", True, "Normal"),
      "DE60X250881: E60 sold 407 days ago (remote), expired 42 days ago; NO_HOT_WATER for 10 days (well after the "
      "expiry) -> NotCovered (EXPIRED), PaidRepair; two remedies politely refused -> escalated, Normal.",
      {"serial": "DE60X250881", "start": 10, "fault": "NO_HOT_WATER", "wish": "repair", "flow": "refuse2",
       "formal": ["letter", "request"]}),

    S("office-manager-copier-fault-since-before-contract-ended-review-dc3020",
      ["Subject: DC-3020 copier - long-standing fault reported during the contract period",
       "Dear Sir or Madam,\n\nI write as office manager of Jiande Ruifeng Building Materials concerning our DC-3020 "
       "copier (serial DC30202312684), which is covered by a maintenance contract with an extended term.",
       "The copier has displayed a recurring error code, E-07, and stops mid-job, for roughly ten and a half months "
       "now; at first it happened only once or twice a week, and it has become steadily more frequent. I mentioned "
       "it verbally to your engineer during a preventive visit at the time, but I do not believe it was ever written "
       "up. I understand the contract term has since ended, but as the fault began while the machine was still "
       "covered, I respectfully ask that it be repaired under the contract.\n\nKind regards,\nLuo Jingwen\n"
       "Office Manager\n0571 6473 8815"],
      {"done": "No, that is the whole of it, thank you.",
       "confirm": "Yes, that is correct, including that the fault began before the contract ended.",
       "product": "The DC-3020 digital copier.",
       "serial": "DC30202312684.",
       "started": "Roughly ten and a half months ago; our office log records the first occurrence then.",
       "circumstances": "No. The copier has only ever been serviced by your engineers and has not been moved or "
                        "damaged.",
       "wants": "A repair under the contract, please.",
       "phone": "0571 6473 8815.",
       "offer": ["Thank you."],
       "person": "Yes, I would be glad for a member of staff to review it.", "other": "Thank you."},
      E("en", "NeedsReview", None, True, "Normal"),
      "DC30202312684: DC-3020 sold 997 days ago with 12 extended months, expired 267 days ago; ERROR_CODE (E-07) that "
      "started about 320 days ago, before the expiry -> rule 3: NeedsReview, escalated, no offer.",
      {"serial": "DC30202312684", "start": 320, "fault": "ERROR_CODE", "wish": "repair",
       "formal": ["email", "business", "request"], "hard": True}),

    S("extended-warranty-printer-grey-pages-wants-written-reference-person-lp2200",
      ["Dear Sir or Madam,",
       "Our company bought an LP-2200 laser printer from you some time ago, together with an additional year of "
       "contract cover, so that, as I understand it, it is still protected for a few more months. For about a week "
       "now every page has a grey background haze, and a new original toner cartridge made no difference.",
       "I would be grateful if you could arrange a repair. I should also like a written reference number for our "
       "files, and I would prefer that a member of your staff telephone me to confirm the arrangements, as our "
       "finance department needs a named contact.\n\nYours faithfully,\nYe Shaohua\nPurchasing, Hangzhou Xinyuan "
       "Textiles\nLP22VQ250169 | 139 5718 4460"],
      {"done": "No, that is all, thank you.",
       "confirm": "Yes, that is correct.",
       "product": "The LP-2200 laser printer.",
       "serial": "LP22VQ250169.",
       "started": "About a week ago.",
       "circumstances": "No, nothing of that kind; it has been in normal office use and only original supplies "
                        "have been used.",
       "wants": "A repair, and a written reference number please.",
       "phone": "139 5718 4460.",
       "offer": ["Thank you, that sounds fine, but as I said I would like a member of your staff to ring me to "
                 "confirm it, please."],
       "person": "Yes please, I would like a person to call me.", "other": "Thank you."},
      E("en", "Covered", "FreeRepair", True, "Normal"),
      "LP22VQ250169: LP-2200 sold 621 days ago with 12 extended months, 109 days left (EXTENDED); PRINT_QUALITY for 7 "
      "days, new toner tried (not the consumable) -> Covered, FreeRepair; at the offer she asks for a person to call "
      "-> escalated, Normal.",
      {"serial": "LP22VQ250169", "start": 7, "fault": "PRINT_QUALITY", "wish": "repair", "flow": "person",
       "formal": ["letter", "business", "request"], "hard": True}),

    S("it-contractor-opened-colour-copier-before-we-knew-contract-dc4525",
      ["Good morning,",
       "I am writing on behalf of Xihu Dental Group about our DC-4525 colour copier, serial DC45252511178.",
       "For about two weeks it has been jamming in the duplex unit. I must be frank with you: before we realised the "
       "machine was still under your maintenance contract, our own IT contractor took off the rear panel and replaced "
       "a roller with one he had ordered himself. Unfortunately this did not help, and the jams continue.",
       "I understand this may affect the terms of the contract, and we are prepared to pay whatever is appropriate. "
       "I would appreciate a visit from one of your engineers.\n\nKind regards,\nShen Yiting, Practice Manager\n"
       "0571 8725 6643"],
      {"done": "No, that is everything, thank you.",
       "confirm": "Yes, that is correct.",
       "product": "The DC-4525 colour copier.",
       "serial": "DC45252511178.",
       "started": "About two weeks ago.",
       "circumstances": "Yes, as I mentioned, our IT contractor opened it and fitted a roller he bought himself. "
                        "Nothing else has happened to it.",
       "wants": "A repair by your engineer; we will pay what is appropriate.",
       "phone": "0571 8725 6643.",
       "offer": ["Thank you, that is reasonable. Please go ahead."],
       "person": "No, thank you.", "other": "Thank you."},
      E("en", "CoveredWithFee", "PaidRepair", False, "Normal"),
      "DC45252511178: DC-4525 sold 330 days ago (city), 35 days left; PAPER_JAM after their own contractor opened it and "
      "fitted a roller bought elsewhere, said plainly (UNAUTHORISED_REPAIR / MODIFICATION, both CostFee) -> "
      "CoveredWithFee, PaidRepair.",
      {"serial": "DC45252511178", "start": 14, "fault": "PAPER_JAM", "circ": ("UNAUTHORISED_REPAIR", "confirmed"),
       "wish": "repair", "formal": ["business", "fullyesno"], "hard": True}),
]
