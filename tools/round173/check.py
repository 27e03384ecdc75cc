#!/usr/bin/env python3
"""Check every round-173 scenario (adapted from tools/round147/check.py, itself from tools/round43/check.py, itself from tools/round39/check.py, itself from tools/round33/check.py, itself from tools/round31/check.py, itself from tools/round29/check.py, itself from round 27, itself from rounds 25, 23, 19 and 15):
1. JSON shape (SCENARIOS.md), file names, languages;
2. serials / order numbers against knowledge/demo (every pattern-shaped serial must exist unless deliberately unknown);
3. the expectations, recomputed from the records (dates, windows, repairs, consumables, circumstances) with the
   precedence of docs/coverage-rules.md and the meta facts in scenarios_{en,zh}.py, must equal the file's `expect`;
4. robustness margins: away from the 7/15-day edges and from the expiry (the bench may run a day off);
5. round 9 additions: no absolute dates in what the customer types (years, 3/11, 11月3日), a day-of-month date
   ("on the 3rd", meta dom) only where every reading in the last month gives the same outcome, 10 hard scenarios
   per language, every catalogue model used;
6. round 10: records found also when typed with spaces, dashes or in lower case; a misread serial corrected in the same
   message (TYPO_OK) is allowed, the last record named decides; the unknown serials must really be unknown;
7. round 15: serials of earlier rounds may be reused (banned-serial checks dropped); one serial = one customer within
   this round; serials.txt must list exactly the serials this round uses; text is NFKC-normalised first, so full-width
   serials (ＲＨ１６…) are found and full-width dates are caught.
8. round 16: the same rules; unknown serials and the typo are this round's own.
9. round 19 (negotiation after the offer): no unknown serials or typos; meta.late_safety marks a customer who names a
   hazard (burning smell, sparks, a tingle from the casing, gas smell) only after the first offer: the verdict and
   the first offer already made stand, and the case is escalated with priority Safety.
10. round 21 (angry, terse and impatient customers): the same rules; threats (a 1-star review, 12315, a chargeback)
   are moods, not requests for a person (meta.threat, never escalating by itself); a compensation or extra-year demand
   beyond the remedy is said at the offer (meta.comp), never in the story, so the first offer stays the policy remedy;
   the customer then accepts (flow accept) or insists and gets a person (flow person); phone numbers hold no 20xx run.
12. round 25 (more than one thing going on): every customer carries meta.theme (multi, late_hazard, repeat, notrepeat,
   software, otherproduct, question); a late hazard is not in the first story line and is a safety or late_safety
   customer; 'repeat' needs a repeat failure of meta.fault in repairs.json, 'notrepeat' earlier repairs that do not
   make it one; a 'question' customer asks one; no weekdays.
13. round 27 (customers who dispute and correct): meta.theme from restate_wrong, fact_twice, late_fact,
   dispute_matters, dispute_irrelevant, question_bot, mixed_machines, serial_fix, repeat, notrepeat. The expectation
   uses the facts as finally corrected (meta.start etc.); meta.said_starts lists start values given before the
   correction: each must give the same outcome as the final one unless meta.changes (then at least one differs, on
   purpose). A correction of the restatement (restate_wrong, mixed_machines, serial_fix) is a say at confirm; a
   late_fact is said in a say; a serial_fix names a misread serial (TYPO_OK) before the right one; a question_bot
   customer asks a question of the bot; a dispute is said in a say or at an offer answer.
14. round 29 (older customers and relatives writing for someone else): meta.theme from proxy, self, vague_date,
   no_jargon, ask_repeat, cost_worry, wants_person, life_detail, safety, repeat, notrepeat; every customer is either
   proxy or self; a vague start is made firm in `started`; an ask_repeat customer asks; a safety customer names the
   hazard; a wants_person customer asks for a person (at the offer, by refusing twice, or with no record at all).
15. round 31 (customers who already tried things themselves, and borderline safety): meta.theme from tried_steps,
   numbered, harmless_check, cost_shift, neighbour, real_hazard, fake_hazard, repeat, notrepeat, software, wants_person.
   Every customer says what they tried (tried_steps); numbered steps are numbered; a harmless check (a plug fuse, a
   reset, a filter cleaned as the manual says, a jam cleared through the front door) is never a circumstance; a
   cost_shift customer says plainly what they did (opened, took off, replaced, fitted, 拆, 换, 修过) and carries a
   confirmed or disputed circumstance; a real hazard is a safety customer naming it; a fake hazard ("hot coffee",
   "the price burns", 烧钱, 炒焦了) is a customer with a hazard-like word who is NOT a safety case.
16. round 33 (the first days and weeks, delivery and installation): meta.theme from doa, first_week, first_fortnight,
   delivery_damage, missing_part, our_installer, third_party_install, self_install, three_dates, software_newpc,
   new_office, stored, consumable, safety, repeat, notrepeat, wants_person, excited, disappointed, hurry. first_week is
   sold 0-5 days ago, first_fortnight 9-13 (2 days from the 7/15 edges); a dead-on-arrival fault starts on the sale day,
   tied in words; our installer carries no circumstance; a third-party or self installation is said plainly and carries
   a confirmed or disputed circumstance; three_dates names bought, delivered (or stored) and installed; a unit with a
   repair history is marked repeat or notrepeat; a safety customer names the hazard.
17. round 35 (technically minded customers): meta.theme from it_staff, accountant, engineer, electrician, handy,
   windows_update, server_moved, licence, backup, month_end, version, error_dialog, measurement, self_diagnosis, jargon,
   cost_shift, consumable, safety, repeat, notrepeat, wants_person. Every customer is technically minded; software themes
   need a software record; a measurement is typed with its unit, a dialog or code typed out, a version typed, a self
   diagnosis said; a cost-shifting circumstance is said plainly (confirmed or disputed); a normal voltage reading is a
   denial, never a VOLTAGE circumstance. The first-days checks of round 33 (item 16) are dropped.
18. round 39 (place and time): dropped in round 147.
19. round 147 (money): meta.theme from visit_fee, phone_quote, will_i_pay, refund_instead, haggle, compensation,
   free_consumable, extension, paid_third_party, accepts_fee, cost_shift, consumable, review, safety, repeat, notrepeat,
   wants_person. Every customer has a money theme and talks about money (fee, pay, cost, refund, 钱, 费, 退款 ...);
   a haggle / compensation / extension demand is said at the offer (a say with when=offer, meta.comp), so the first offer
   stays the policy remedy; a haggle asks for less (waive, cheaper, discount, 便宜, 打折, 免); a compensation names what
   was lost (a day off work, food, 误工, 菜); an extension asks for a longer warranty (extend, extra year, 延); a
   paid_third_party customer names the amount paid and carries a confirmed or disputed circumstance said plainly; a
   free_consumable customer names the consumable and is meta.consumable; an accepts_fee customer is charged (PaidRepair
   or PartReplacement) and accepts at the offer; a review customer expects NeedsReview; a visit_fee customer names the
   call-out / on-site fee. No holiday and no named month in what the customer types.
20. round 147 (politeness, thanks and apologies): item 19 (money) is dropped. meta.theme from thanks_early,
   thanks_offer, sorry_bother, bless, thanks_advance, polite, cost_shift, consumable, review, safety, repeat, notrepeat,
   wants_person, expired, refund, new. Every customer has a politeness theme and thanks or apologises at least once
   (thank, sorry, bless, 谢, 辛苦, 不好意思, 麻烦你, 打扰, 抱歉 ...). CHECK ITEM: every hard customer thanks or
   apologises in at least two messages (story lines, answers, offer answers and says each count as one message), and
   carries a misplaced thank-you: thanks_early = a closing-like thank-you in the story ("thanks, that's all",
   好的谢谢, 就这些, 没别的了) after the first line and before any record is given; thanks_offer = a say at the offer
   that thanks without a clear yes, the offer answer then saying yes (for customers who accept). A bless customer
   blesses (bless, 好人一生平安 ...), a sorry_bother customer apologises for bothering (sorry to bother, 麻烦你们,
   打扰, 不好意思), a thanks_advance customer thanks in advance (in advance, 先谢了). The cost-shift, consumable,
   review, safety, repeat / notrepeat and wants_person checks of earlier rounds are kept.
21. round 173 (plans, intentions and threats of future action): item 20 (politeness) is dropped. meta.theme from
   plan_diy, plan_outside, plan_other_brand, plan_complain, plan_review, plan_switch, plan_return, plan_if, cost_shift,
   consumable, review, safety, repeat, notrepeat, wants_person, expired, refund, new, software. Every customer has a
   plan theme and says a plan in a future form (will, going to, about to, planning, next, 打算, 准备, 就去, 下次 ...);
   each plan theme names its plan (open it / do it myself / 自己 / 拆; an outside person / 外面 / 师傅 / 电工; another
   brand or compatible part / 别的牌子 / 兼容; the consumer council / 12315 / 消协 / 投诉; a review / 差评 / 媒体;
   another brand or product / 换别家; a return / 退货). CHECK ITEM: every hard customer says a plan where it hurts
   (at a fact question: the answer to circumstances, started or wants; at the restatement: the confirm answer or a say
   when=confirm; or at the offer: a say when=offer), and a plan said at the offer is followed by an offer answer that
   decides (a clear yes, or a clear no for a person). A plan is never a fact: a customer whose plan names a
   cost-shifting act (open, take apart, outside technician, compatible toner, custom firmware, 拆, 外面师傅, 兼容粉) and
   who has no confirmed circumstance denies it in the circumstances answer (no / not yet / nothing / 没 / 还没); one
   who did such a thing in the past (cost_shift) says it in the past tense, plainly (already, took off, did happen,
   拆过, 真拆过), and the plan stays beside it. A threat (12315, council, review, media) never escalates by itself.
11. round 23 (uncertain, forgetful and hedging customers): the same rules; every customer carries meta.hedge (the kinds
   of uncertainty: date, serial, model, purchase, yesno, meaning, revise), and a customer whose start date is hedged
   (date) gives a firm value in `started` or a `say` - the firm value is meta.start and is what the margins use."""
import calendar, datetime as dt, json, os, re, sys, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios_en import EN  # noqa: E402
from scenarios_zh import ZH  # noqa: E402
from generate import file_name  # noqa: E402

MAIN = os.path.normpath(os.path.join(HERE, "..", ".."))
SC = os.path.join(MAIN, "bench", "AfterSalesBot.ConversationBench", "Scenarios")
DEMO = os.path.join(MAIN, "knowledge", "demo")
REF = dt.date(2026, 11, 22)
FOLDERS = ("round173", "round173-holdout")

# serials deliberately not in purchases.json (unknown-serial scenarios)
UNKNOWN_OK = set()  # round 173: no unknown-serial customers
# pattern-shaped misreadings the customer corrects in the same message (not records)
TYPO_OK = set()  # round 173: no misread serials
# round 15: serials of earlier rounds MAY be reused (the unused records are exhausted); no banned-serial check.

PLAN_THEMES = {"plan_diy", "plan_outside", "plan_other_brand", "plan_complain", "plan_review", "plan_switch",
               "plan_return", "plan_if"}
THEMES = PLAN_THEMES | {"cost_shift", "consumable", "review", "safety", "repeat", "notrepeat", "wants_person", "expired",
                        "refund", "new", "software"}
FUTURE = (r"\bi'?ll\b|\bwe'?ll\b|\bhe'?ll\b|\bwill\b|going to|gonna|about to|\bplan(?:ning|s)?\b|was going to|next step|"
          r"next i'?ll|\bwants? to\b|this close to|打算|准备|要是.{0,30}就|的话.{0,20}就|再.{0,12}就|就去|下次|下礼拜|明年|明天|"
          r"晚上|周末要|说要")
PLAN_WORDS = {"plan_diy": r"myself|himself|ourselves|\bopen|pull|apart|firmware|recovery tool|shut the valve|自己|拆|换上|阀门|迁|改",
              "plan_outside": r"outside|handyman|plumber|cousin|electrician|vendor|it guy|外面|师傅|打印店|电工|物业",
              "plan_other_brand": r"compatible|other.brand|cheap|别的牌子|兼容|副厂",
              "plan_complain": r"council|12315|complain|消协|投诉|12315",
              "plan_review": r"review|online|差评|网上|媒体|曝光",
              "plan_switch": r"another brand|different brand|other brand|stop using|induction|new laptop|cancel|别家|别的牌子|旧版|扔|续合同",
              "plan_return": r"退货|return it|money back",
              "plan_if": r"\bif\b|unless|otherwise|要是|的话|不然|不给|再不|不行|再没|再.{0,6}(?:不好|坏|修|这样)"}
COST_ACT = (r"\bopen|apart|take .{0,10}off|took .{0,10}off|outside|handyman|plumber|electrician|technician|it guy|vendor|"
            r"swap .{0,10}valve|compatible|firmware|recovery tool|拆|外面|师傅|兼容|电工|物业|打印店|改报表|换上|热电偶|迁到")
DENY = r"\bno\b|\bnot\b|nothing|haven'?t|hasn'?t|didn'?t|没|还没|未"
PAST_PLAIN = r"already|did happen|took .{0,30}off|that happened|honestly, yes|拆过|真拆|修过|掏过"
DECIDES = r"\byes\b|\bok\b|okay|fine|go ahead|book|swap it|可以|行的|行吧|好吧|好的|安排|\bno\b|不要|转人工|person"
LIFE_EVENT = (r"\bmov(?:e|ed|ing)\b|relocat|school|wedding|birthday|weekend|arrived|moved in|first day|exam|"
              r"搬|开学|婚|生日|周末|期中|考试|入住|回老家|那周|那天")
RELATIVE = r"\d|ago|week|weekend|days?|month|前|天|周|礼拜|月|昨天|今天|刚才"
HOLIDAY = (r"christmas|new year|easter|national day|golden week|spring festival|chinese new year|mid-autumn|dragon boat|"
           r"labou?r day|qingming|国庆|春节|过年|中秋|元旦|五一|清明|端午|元宵|七夕|双十一|双11")
MONTH = r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|\d+\s*月(?!\s*前)|(?<![个几半])(?:十[一二]|[一二三四五六七八九十])月"
ZONES = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "knowledge", "demo", "zones.json"),
                       encoding="utf-8"))["zones"]
PLACES = {}
for z in ZONES:
    for pl in z["places"]:
        PLACES[pl] = pl.rstrip("市区县") if re.search(r"[\u4e00-\u9fff]", pl) else pl


def places_in(text):
    """Distinct places from zones.json named in the text (English names and Chinese names count as the same place
    only when they are literally the same string; 杭州 and 杭州市 count once)."""
    found = set()
    for pl, key in PLACES.items():
        if re.search(r"[\u4e00-\u9fff]", pl):
            if pl in text:
                found.add(key)
        elif re.search(r"\b" + re.escape(pl) + r"\b", text):
            found.add(key)
    return found
HAZARD = r"scorch|melt|socket|插座|烫伤|起泡|smell of gas|gas smell|smells? (?:of )?gas|spark|burn|smok|shock|tingl|煤气味|燃气味|火花|焦|冒.{0,2}烟|麻手|麻|电人"
ANSWER_KEYS = {"done", "confirm", "product", "serial", "started", "circumstances", "wants", "phone", "offer", "person", "other"}
WHEN = {"done", "confirm", "product", "serial", "started", "circumstances", "wants", "phone", "offer", "person"}
COVERAGE = {"Covered", "CoveredWithFee", "NotCovered", "NeedsReview", None}
OFFERS = {"FreeRepair", "PaidRepair", "PartReplacement", "Replacement", "Refund", "RemoteSupport", "OnSiteVisit", "Discount",
          "GoodwillCredit", "ApologyAndThanks", "WarrantyExtension", None}
PRIORITY = {"Safety", "Urgent", "Normal", None}
FAULTS = {"GAS_SMELL", "NO_IGNITION", "FLAME_GOES_OUT", "NO_HOT_WATER", "LEAK", "ERROR_CODE", "NOISE", "WEAK_SUCTION",
          "CONNECTION", "PAPER_JAM", "PRINT_QUALITY", "NO_POWER", "INSTALL_FAILURE", "LICENCE_ERROR", "DATA_BACKUP",
          "REPORT_WRONG", "SLOW", "PHYSICAL_DAMAGE", "CRACKED", "BROKEN", "WATER_DAMAGE", "BURNT", "POWER_SURGE"}
# coverage-rules.md, "Decisive circumstances by symptom"
DECISIVE = {"PHYSICAL_DAMAGE": {"USER_DAMAGE", "DISASSEMBLY", "FORCE_MAJEURE"}, "CRACKED": {"USER_DAMAGE", "DISASSEMBLY", "FORCE_MAJEURE"},
            "BROKEN": {"USER_DAMAGE", "DISASSEMBLY", "FORCE_MAJEURE"}, "WATER_DAMAGE": {"USER_DAMAGE", "FORCE_MAJEURE"},
            "BURNT": {"VOLTAGE", "FORCE_MAJEURE"}, "NO_POWER": {"VOLTAGE", "FORCE_MAJEURE"}, "POWER_SURGE": {"VOLTAGE", "FORCE_MAJEURE"}}


def load(name, key):
    with open(os.path.join(DEMO, name), encoding="utf-8") as f:
        return json.load(f)[key]


products = {p["model"]: p for p in load("catalog.json", "products")}
lines = {l["code"]: l for l in load("catalog.json", "productLines")}
policies = {p["code"]: p for p in load("policies.json", "policies")}
purchases = {p["serial"]: p for p in load("purchases.json", "purchases")}
orders = {p["orderNumber"]: p for p in purchases.values() if p.get("orderNumber")}
repairs = defaultdict(list)
for r in load("repairs.json", "repairs"):
    repairs[r["serial"]].append(r)
patterns = [re.compile(p["serialPattern"].strip("^$")) for p in products.values()]


def add_months(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def policy_of(prod):
    return policies[prod.get("policyCode") or lines[prod["lineCode"]]["policyCode"]]


def situation(serial):
    p = purchases[serial]
    prod = products[p["model"]]
    pol = policy_of(prod)
    sale = dt.date.fromisoformat(p["saleDate"])
    ext = p.get("extendedMonths", 0)
    parts = add_months(sale, prod["partsWarrantyMonths"] + ext)
    labour = add_months(sale, prod["labourWarrantyMonths"] + ext)
    counts = defaultdict(int)
    for r in sorted(repairs[serial], key=lambda r: r["date"]):
        if r["outcome"] in ("UNIT_REPLACED", "REFUNDED"):
            counts.clear()
        elif r.get("underWarranty", True) and r["outcome"] in ("REPAIRED", "PART_REPLACED"):
            counts[r["faultCode"]] += 1
    return dict(day=(REF - sale).days, parts=(parts - REF).days, labour=(labour - REF).days, line=prod["lineCode"],
                ret=pol["returnDays"], exch=pol["exchangeDays"], policy=pol, model=p["model"],
                repeat={f for f, n in counts.items() if n >= pol["repairsBeforeReplacement"]})


def serials_in(text):
    """Records named in the text, in order: serials and order numbers, also when typed in lower case or with spaces
    or dashes inside (round 10: "YT9 2606 3911", "hs-869845")."""
    compact = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", text or "").upper())
    hits = []
    for key, ser in KEYS:
        for mt in re.finditer(re.escape(key), compact):
            hits.append((mt.start(), ser))
    return [ser for _, ser in sorted(hits)]


KEYS = [(re.sub(r"-", "", s), s) for s in purchases] + [(re.sub(r"-", "", o), p["serial"]) for o, p in orders.items()]


def expected(m):
    """The outcome the rules give for the meta facts (coverage, firstOffer, escalated, priority, caseNumber)."""
    if m.get("safety"):
        return (None, None, True, "Safety", True)
    if m.get("norecord"):
        return (None, None, True, "Normal", True)
    s = situation(m["serial"])
    start = m["start"]  # days before the reference date
    exp_parts, exp_lab = s["parts"], s["labour"]
    in_warranty = exp_parts >= 0 and exp_lab >= 0
    expired = exp_parts < 0 and exp_lab < 0
    assert in_warranty or expired, f"{m['serial']}: parts-only cover is avoided in round 10 (ambiguous remedy kind)"
    circ, how = m.get("circ") or (None, None)
    effect = {e["code"]: e["effect"] for e in s["policy"]["exclusions"]}
    sw = s["line"] == "FINANCE_SW"
    repeat = m.get("fault") in s["repeat"]
    if start > s["day"]:                                   # rule 1
        cov, off = "NeedsReview", None
    elif m.get("consumable"):                              # rule 2
        cov, off = "NotCovered", "PartReplacement"
    elif expired and start > -exp_lab:                     # rule 3: started on or before the expiry day
        cov, off = "NeedsReview", None
    elif expired:                                          # rule 4
        cov, off = "NotCovered", "RemoteSupport" if sw else "PaidRepair"
    elif how == "disputed":                                # rule 5
        cov, off = "NeedsReview", None
    elif how == "unknown" and circ in DECISIVE.get(m.get("fault"), set()):   # rule 6
        cov, off = "NeedsReview", None
    elif how == "confirmed" and effect.get(circ) == "NotCovered":            # rule 7
        cov, off = "NotCovered", "RemoteSupport" if sw else "PaidRepair"
    elif how == "confirmed" and effect.get(circ) == "CostFee":               # rule 8
        cov, off = "CoveredWithFee", "PaidRepair"
    else:                                                  # rule 9
        cov = "Covered"
        wish = m.get("wish")
        if wish == "apology":
            off = "ApologyAndThanks"
        elif repeat:
            off = "Refund" if wish == "refund" else "Replacement"
        elif s["day"] <= s["ret"] and wish == "refund":
            off = "Refund"
        elif s["day"] <= s["exch"] and wish == "new":
            off = "Replacement"
        elif wish in ("refund", "new"):
            raise AssertionError(f"{m['serial']}: a refund/replacement wish outside its window is ambiguous, avoided")
        else:
            off = "RemoteSupport" if sw else "FreeRepair"
    flow = m.get("flow", "accept")
    if m.get("late_safety"):                               # round 19: hazard named after the offer
        assert cov != "NeedsReview" and off is not None, "late safety needs an offer first"
        return (cov, off, True, "Safety", True)
    if cov == "NeedsReview":
        return (cov, None, True, "Normal", True)
    prio = "Urgent" if (cov == "Covered" and repeat) else "Normal"
    escalated = flow in ("person", "refuse2")
    return (cov, off, escalated, prio, True)


def margins(m, err):
    if m.get("safety") or m.get("norecord"):
        return
    s = situation(m["serial"])
    tag = f"{m['serial']} day={s['day']} parts={s['parts']} labour={s['labour']}"
    for edge in (s["ret"], s["exch"]):
        if edge and abs(s["day"] - edge) <= 1:
            err(f"too close to a window edge ({tag})")
    if min(abs(s["parts"]), abs(s["labour"])) <= 14:
        # expired a little while ago is fine when the problem clearly started after the expiry (>= 7 days margin)
        if not (s["labour"] < 0 and (-s["labour"]) - m["start"] >= 7):
            err(f"too close to the expiry ({tag})")
    if m.get("dom"):
        for st in range(0, 32):
            mm = dict(m, start=st, dom=False)
            if expected(mm) != expected(m):
                err(f"day-of-month date: a reading {st} days ago changes the outcome")
                break
    # a start on the sale day itself is only safe when the customer ties it to the delivery/installation in words
    if 0 < s["day"] == m["start"] and not m.get("tied"):
        err(f"start on the sale day without tying it to the delivery ({tag}, start={m['start']})")


def check(path, meta, errors):
    rel = os.path.relpath(path, SC)
    err = lambda msg: errors.append(f"{rel}: {msg}")
    try:
        with open(path, encoding="utf-8") as f:
            sc = json.load(f)
    except Exception as e:  # noqa
        return err(f"invalid JSON: {e}")
    allowed = {"language", "locale", "timezone", "story", "answers", "say", "expect", "notes"}
    for k in ("language", "locale", "story", "answers", "expect", "notes"):
        if k not in sc:
            err(f"missing {k}")
    if set(sc) - allowed:
        err(f"unknown keys {set(sc) - allowed}")
    folder_lang = rel.split(os.sep)[1]
    if sc["language"] not in ("en", "zh") or sc["language"] != folder_lang:
        err(f"language {sc['language']} vs folder {folder_lang}")
    if not re.fullmatch(rf"r173-{folder_lang}-\d{{3}}-[a-z0-9-]+\.json", os.path.basename(path)):
        err("file name")
    if sc["locale"] not in ("en-US", "en-GB", "zh-CN"):
        err(f"locale {sc['locale']}")
    if not sc["story"] or not all(isinstance(s, str) and s.strip() for s in sc["story"]):
        err("empty story")
    a = sc["answers"]
    if set(a) - ANSWER_KEYS:
        err(f"unknown answer kinds {set(a) - ANSWER_KEYS}")
    if not isinstance(a.get("offer", []), list) or not all(isinstance(v, str) and v.strip() for k, v in a.items() if k != "offer"):
        err("answers must be strings, offer a list")
    for k in ("done", "confirm", "product", "serial", "started", "circumstances", "wants", "phone"):
        if k not in a:
            err(f"answer {k} missing")
    for s in sc.get("say", []):
        if set(s) != {"when", "text"} or not (s["when"] in WHEN or re.fullmatch(r"turn:\d+", s["when"])):
            err(f"bad say {s}")
    typed = list(sc["story"]) + [v for k, v in a.items() if k != "offer"] + list(a.get("offer", [])) + \
        [t["text"] for t in sc.get("say", [])]
    for t in typed:
        t = unicodedata.normalize("NFKC", t)
        if re.search(r"(?<![0-9A-Za-z-])20\d\d(?!\d)|\b\d{1,2}/\d{1,2}\b|\d+\s*月\s*\d+\s*[日号]|[一二三四五六七八九十]+月[一二三四五六七八九十]+[日号]", t):
            err(f"absolute date in customer text: {t[:40]}")
    x = sc["expect"]
    if set(x) != {"language", "coverage", "firstOffer", "escalated", "priority", "caseNumber"}:
        err(f"expect keys {sorted(x)}")
        return
    if x["language"] != sc["language"]:
        err("expect.language differs from language")
    if x["coverage"] not in COVERAGE or x["firstOffer"] not in OFFERS or x["priority"] not in PRIORITY:
        err("expect enum value")
    if x["escalated"] and not x["priority"]:
        err("escalated without priority")
    if x["priority"] and not x["caseNumber"]:
        err("priority without case number")
    if x["coverage"] is None and x["firstOffer"] is not None:
        err("offer without coverage decision")
    if x["coverage"] == "NeedsReview" and (x["firstOffer"] is not None or not x["escalated"]):
        err("review must be escalated with no offer")
    if x["priority"] == "Safety" and not meta.get("late_safety") and (x["coverage"] is not None or not x["escalated"]):
        err("safety must be escalated with no verdict")
    if x["firstOffer"] is not None and not a.get("offer"):
        err("an offer is expected but the customer has no offer answer")
    if meta.get("late_safety") and not any(t["when"] == "offer" for t in sc.get("say", [])):
        err("late safety must be said at the offer (a say with when=offer)")
    if meta.get("flow") == "refuse2" and len(a.get("offer", [])) < 2:
        err("refuse2 needs two offer answers")
    if re.search(r"20\d\d", re.sub(r"\D", "", a.get("phone", ""))):
        err(f"phone number holds a 20xx run: {a['phone']}")
    if meta.get("comp") and not any(t["when"] == "offer" for t in sc.get("say", [])):
        err("a compensation demand must be said at the offer (a say with when=offer)")
    if meta.get("comp") and meta.get("flow", "accept") not in ("accept", "person"):
        err("a compensation customer either accepts the remedy or insists (flow person)")
    if meta.get("threat") and x["escalated"] and not (meta.get("flow") in ("person", "refuse2") or meta.get("safety")
                                                      or x["coverage"] == "NeedsReview"):
        err("a threat alone must not escalate")
    if not meta.get("theme") or set(meta["theme"]) - THEMES:
        err(f"meta.theme missing or unknown: {meta.get('theme')}")
    th = set(meta.get("theme") or [])
    says = sc.get("say", [])
    text = " ".join(typed)
    sit = situation(meta["serial"]) if meta.get("serial") else None
    # round 173 (plans, intentions and threats of future action): item 21 of the docstring
    circ_how = (meta.get("circ") or (None, None))[1]
    if not th & PLAN_THEMES:
        err("round 173: every customer has a plan theme")
    if not re.search(FUTURE, text, re.I):
        err("round 173: the customer says a plan in a future form")
    for t_ in th & PLAN_THEMES:
        if not re.search(PLAN_WORDS[t_], text, re.I):
            err(f"round 173: theme {t_} but the plan is not named")
    where = [a.get(k, "") for k in ("circumstances", "started", "wants", "confirm")] + \
        [t["text"] for t in says if t["when"] in ("circumstances", "started", "wants", "confirm", "offer")]
    if meta.get("hard") and not any(re.search(FUTURE, w, re.I) for w in where):
        err("round 173 check item: a hard customer says the plan at a fact question, the restatement or the offer")
    offer_plans = [t["text"] for t in says if t["when"] == "offer" and re.search(FUTURE, t["text"], re.I)]
    if offer_plans and not re.search(DECIDES, (a.get("offer") or [""])[0], re.I):
        err("round 173: a plan said at the offer is followed by an offer answer that decides")
    if re.search(COST_ACT, text, re.I) and circ_how is None and not meta.get("safety") \
            and not re.search(DENY, a.get("circumstances", ""), re.I):
        err("round 173: a plan naming a cost-shifting act without a circumstance needs a denial in the circumstances answer")
    if "cost_shift" in th and not re.search(PAST_PLAIN, text, re.I):
        err("round 173: a cost_shift customer says the past act plainly, in the past tense")
    if meta.get("threat") and not re.search(PLAN_WORDS["plan_complain"] + "|" + PLAN_WORDS["plan_review"] + "|"
                                            + PLAN_WORDS["plan_switch"], text, re.I):
        err("round 173: meta.threat but no threat is typed")
    if "review" in th and x["coverage"] != "NeedsReview":
        err("review theme without a NeedsReview expectation")
    if "cost_shift" in th and not (circ_how in ("confirmed", "disputed")
                                   and re.search(r"myself|not (?:from )?your|not one of your|isn't one of your|dropped|"
                                                 r"spill|voltage|took .{0,20}off|opened|自己|外面|不是你们|拆|电压|洒", text, re.I)):
        err("a cost-shifting circumstance is said plainly and carries a confirmed or disputed circumstance")
    if circ_how in ("confirmed", "disputed") and "cost_shift" not in th:
        err("a confirmed/disputed circumstance is marked cost_shift")
    for t in typed:
        if re.search(HOLIDAY, t, re.I) or re.search(MONTH, t):
            err(f"a holiday or a named month in customer text: {t[:40]}")
    # a measurement showing the supply is fine is a denial: no VOLTAGE circumstance when a normal reading is given
    if re.search(r"2[12]\d\s*V|量过.{0,6}电压正常|电压正常", text) and (meta.get("circ") or (None, None))[0] == "VOLTAGE" \
            and not re.search(r"unstable|swing|swung|电压不稳", text, re.I):
        err("a normal voltage reading is a denial, not a VOLTAGE circumstance")
    if "consumable" in th and not meta.get("consumable"):
        err("consumable theme without meta.consumable")
    if "safety" in th and not (meta.get("safety") and re.search(HAZARD, text, re.I)):
        err("a safety customer names the hazard")
    if meta.get("safety") and "safety" not in th:
        err("meta.safety without theme safety")
    if "wants_person" in th and not (meta.get("flow") in ("person", "refuse2") and a.get("person")):
        err("a 'wants_person' customer asks for a person and has a person answer")
    if "repeat" in th and meta.get("fault") not in situation(meta["serial"])["repeat"]:
        err("theme repeat but the records hold no repeat failure of this fault")
    if "notrepeat" in th and (meta.get("fault") in situation(meta["serial"])["repeat"] or not repairs[meta["serial"]]):
        err("theme notrepeat needs earlier repairs that do not make this fault a repeat")
    if repairs.get(meta.get("serial")) and "repeat" not in th and "notrepeat" not in th and not meta.get("safety"):
        err("a unit with repair history must be marked repeat or notrepeat")
    if re.search(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|星期|周[一二三四五六日]|礼拜[一二三四五六天日]",
                 " ".join(typed), re.I):
        err("weekday in customer text")
    if meta.get("fault") and meta["fault"] not in FAULTS:
        err(f"unknown fault code {meta['fault']}")

    # the record: the last serial/order number in a say, else the serial answer, else the story
    story_text = " ".join(sc["story"])
    say_text = " ".join(t["text"] for t in sc.get("say", []))
    ans = a.get("serial", "")
    final = (serials_in(say_text) or serials_in(ans) or serials_in(story_text) or [None])[-1]
    all_text = unicodedata.normalize("NFKC", story_text + " " + ans + " " + say_text).upper()
    for tok in re.findall(r"\b[A-Z0-9][A-Z0-9-]{8,}\b", all_text):
        if any(p.fullmatch(tok) for p in patterns) and tok not in purchases and tok not in UNKNOWN_OK | TYPO_OK:
            err(f"serial {tok} matches a pattern but is not in purchases.json")
    if meta.get("norecord"):
        if final is not None:
            err(f"no-record scenario names a known record {final}")
    elif meta.get("safety"):
        pass
    elif final != meta.get("serial"):
        err(f"the deciding record is {final}, meta says {meta.get('serial')}")
    else:
        margins(meta, err)
        st = situation(final)
        if meta["start"] > st["day"] and x["coverage"] != "NeedsReview":
            err("started before the sale must be NeedsReview")
    try:
        want = expected(meta)
    except AssertionError as e:
        return err(str(e))
    got = (x["coverage"], x["firstOffer"], x["escalated"], x["priority"], x["caseNumber"])
    if got != want:
        err(f"expect {got} but the rules give {want}")
    if meta.get("serial") and not (meta.get("safety") or meta.get("norecord")):
        if meta["serial"] not in sc["notes"] and not any(o in sc["notes"] for o, p in orders.items() if p["serial"] == meta["serial"]):
            err("notes do not name the record")


def main():
    metas = {}
    for lang, items in (("en", EN), ("zh", ZH)):
        for i, d in enumerate(items, 1):
            metas[file_name(lang, i, d)] = d["meta"]
    errors, counts, dist, seen = [], defaultdict(int), defaultdict(int), set()
    models = defaultdict(int)
    for folder in FOLDERS:
        for lang in ("en", "zh"):
            dpath = os.path.join(SC, folder, lang)
            if not os.path.isdir(dpath):
                continue
            for fn in sorted(os.listdir(dpath)):
                if not fn.endswith(".json"):
                    continue
                counts[f"{folder}/{lang}"] += 1
                if fn not in metas:
                    errors.append(f"{folder}/{lang}/{fn}: not in scenarios_{lang}.py")
                    continue
                if fn in seen:
                    errors.append(f"{fn} is in both folders")
                seen.add(fn)
                m = metas[fn]
                check(os.path.join(dpath, fn), m, errors)
                with open(os.path.join(dpath, fn), encoding="utf-8") as f:
                    x = json.load(f)["expect"]
                for k in ("coverage", "firstOffer", "escalated", "priority"):
                    dist[f"{k}={x[k]}"] += 1
                if m.get("serial"):
                    models[purchases[m["serial"]]["model"]] += 1
                elif m.get("model"):  # a model whose every free record was taken, named by an unknown-serial or safety customer
                    models[m["model"]] += 1
    for lang, items in (("en", EN), ("zh", ZH)):
        hard = sum(1 for d in items if d["meta"].get("hard"))
        if hard * 2 != len(items):
            errors.append(f"{lang}: {hard} hard scenarios of {len(items)}, want half")
    for mdl in sorted(set(products) - set(models)):
        errors.append(f"model {mdl} is used by no scenario with a record")
    missing = set(metas) - seen
    for fn in sorted(missing):
        errors.append(f"{fn}: not generated")
    for u in UNKNOWN_OK | TYPO_OK:
        if u in purchases:
            errors.append(f"{u} is meant to be unknown but is in purchases.json")
    serials = [d["meta"].get("serial") for d in EN + ZH if d["meta"].get("serial")]
    own = os.path.join(HERE, "serials.txt")
    listed = {t.strip().upper() for t in open(own, encoding="utf-8") if t.strip()} if os.path.exists(own) else set()
    used = set(serials) | {d["meta"].get("unknown") for d in EN + ZH if d["meta"].get("unknown")}
    if used != listed:
        errors.append(f"serials.txt differs from the scenarios: missing {sorted(used - listed)}, extra {sorted(listed - used)}")
    for s in {s for s in serials if serials.count(s) > 1}:
        errors.append(f"serial {s} used by more than one scenario (same customer twice)")
    for k in sorted(counts):
        print(f"{k}: {counts[k]}")
    for k in sorted(dist):
        print(f"  {k}: {dist[k]}")
    print("  models:", dict(sorted(models.items())), f"({len(models)} of {len(products)})")
    for e in errors:
        print("ERROR", e)
    print(f"{sum(counts.values())} files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
