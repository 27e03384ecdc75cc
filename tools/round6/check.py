#!/usr/bin/env python3
"""Check every round-6 scenario: JSON shape (SCENARIOS.md), serials/order numbers against knowledge/demo,
and the expectations against the dates, windows and repair history (coverage-rules.md)."""
import calendar, datetime as dt, json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.normpath(os.path.join(HERE, "..", ".."))
SC = os.path.join(MAIN, "bench", "AfterSalesBot.ConversationBench", "Scenarios")
DEMO = os.path.join(MAIN, "knowledge", "demo")
REF = dt.date(2026, 11, 22)

# serials / order numbers that are deliberately not in purchases.json (theme 4)
UNKNOWN_OK = {"RH1625071234", "JQ726091234", "TB2026091588213", "261009-338821057"}
# serials deliberately mistyped in the story (the answers give the real one)
TYPO_OK = {"DC3020-2608-455": "DC30202608455", "DE6OG26O348": "DE60G260348", "lp22ww260485": "LP22WW260485",
           "rh16 2607 1138": "RH1626071138"}

ANSWER_KEYS = {"done", "confirm", "product", "serial", "started", "circumstances", "wants", "phone", "offer", "person", "other"}
WHEN = {"done", "confirm", "product", "serial", "started", "circumstances", "wants", "phone", "offer", "person"}
COVERAGE = {"Covered", "CoveredWithFee", "NotCovered", "NeedsReview", None}
OFFERS = {"FreeRepair", "PaidRepair", "PartReplacement", "Replacement", "Refund", "RemoteSupport", "OnSiteVisit", "Discount",
          "GoodwillCredit", "ApologyAndThanks", "WarrantyExtension", None}
PRIORITY = {"Safety", "Urgent", "Normal", None}


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


def situation(serial):
    p = purchases[serial]
    prod = products[p["model"]]
    pol = policies[prod.get("policyCode") or lines[prod["lineCode"]]["policyCode"]]
    sale = dt.date.fromisoformat(p["saleDate"])
    ext = p.get("extendedMonths", 0)
    parts = add_months(sale, prod["partsWarrantyMonths"] + ext)
    labour = add_months(sale, prod["labourWarrantyMonths"] + ext)
    counts = defaultdict(int)
    for r in repairs[serial]:
        if r.get("underWarranty", True) and r["outcome"] in ("REPAIRED", "PART_REPLACED"):
            counts[r["faultCode"]] += 1
        if r["outcome"] in ("UNIT_REPLACED", "REFUNDED"):
            counts.clear()
    return dict(day=(REF - sale).days, parts=(parts - REF).days, labour=(labour - REF).days, line=prod["lineCode"],
                ret=pol["returnDays"], exch=pol["exchangeDays"], repeat=[f for f, n in counts.items() if n >= pol["repairsBeforeReplacement"]])


def serials_in(text):
    found = []
    for tok in re.findall(r"[A-Za-z0-9][A-Za-z0-9-]{6,}", text or ""):
        if tok.upper() in purchases:
            found.append(tok.upper())
        elif tok in orders:
            found.append(orders[tok]["serial"])
    return found


def check(path, errors):
    rel = os.path.relpath(path, SC)
    err = lambda m: errors.append(f"{rel}: {m}")
    try:
        with open(path, encoding="utf-8") as f:
            sc = json.load(f)
    except Exception as e:  # noqa
        return err(f"invalid JSON: {e}")
    for k in ("language", "locale", "story", "answers", "expect", "notes"):
        if k not in sc:
            err(f"missing {k}")
    if set(sc) - {"language", "locale", "timezone", "story", "answers", "say", "expect", "notes"}:
        err(f"unknown keys {set(sc) - {'language', 'locale', 'timezone', 'story', 'answers', 'say', 'expect', 'notes'}}")
    folder_lang = rel.split(os.sep)[1]
    if sc["language"] not in ("en", "zh") or sc["language"] != folder_lang:
        err(f"language {sc['language']} vs folder {folder_lang}")
    if not sc["story"] or not all(isinstance(s, str) and s.strip() for s in sc["story"]):
        err("empty story")
    a = sc["answers"]
    if set(a) - ANSWER_KEYS:
        err(f"unknown answer kinds {set(a) - ANSWER_KEYS}")
    if not isinstance(a.get("offer", []), list):
        err("offer must be a list")
    for s in sc.get("say", []):
        if set(s) != {"when", "text"} or not (s["when"] in WHEN or re.fullmatch(r"turn:\d+", s["when"])):
            err(f"bad say {s}")
    x = sc["expect"]
    if set(x) != {"language", "coverage", "firstOffer", "escalated", "priority", "caseNumber"}:
        err(f"expect keys {sorted(x)}")
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
    if x["priority"] == "Safety" and (x["coverage"] is not None or not x["escalated"]):
        err("safety must be escalated with no verdict")

    # which record decides: the last serial mentioned in a say (a correction), else the serial answer, else the story
    say_serials = [s for t in sc.get("say", []) for s in serials_in(t["text"])]
    ans = a.get("serial", "")
    ans_serials = serials_in(ans)
    story_text = " ".join(sc["story"])
    story_serials = serials_in(story_text)
    for tok in re.findall(r"[A-Za-z0-9][A-Za-z0-9 -]{6,}", story_text + " " + ans):
        pass
    for typo, real in TYPO_OK.items():
        if typo in story_text and real not in ans_serials:
            err(f"typo {typo} in story but the serial answer does not give {real}")
    final = (say_serials or ans_serials or story_serials or [None])[-1]
    unknown = any(u in story_text + ans for u in UNKNOWN_OK)
    if final is None:
        if not unknown:
            err(f"no known serial/order number and not a deliberate unknown: {ans!r}")
        if x["priority"] != "Safety" and (x["coverage"] is not None or not x["escalated"] or x["priority"] != "Normal"):
            err("no record must be escalated Normal with no verdict")
        return
    # every serial-like token that matches a model pattern must exist unless deliberately unknown/typo
    for tok in re.findall(r"\b[A-Z0-9][A-Z0-9-]{8,}\b", (story_text + " " + ans + " " + " ".join(t["text"] for t in sc.get("say", []))).upper()):
        if any(p.fullmatch(tok) for p in patterns) and tok not in purchases and tok not in UNKNOWN_OK:
            err(f"serial {tok} matches a pattern but is not in purchases.json")
    if x["priority"] == "Safety":
        return
    s = situation(final)
    covered = s["parts"] >= 0 and s["labour"] >= 0
    expired = s["parts"] < 0 and s["labour"] < 0
    cov, off = x["coverage"], x["firstOffer"]
    tag = f"{final} day={s['day']} parts={s['parts']} labour={s['labour']} repeat={s['repeat']}"
    if cov in ("Covered", "CoveredWithFee") and not covered:
        err(f"{cov} but not fully in warranty ({tag})")
    if cov == "NotCovered" and off in ("PaidRepair", "RemoteSupport") and not expired:
        err(f"NotCovered/{off} but not expired ({tag})")
    if off == "RemoteSupport" and s["line"] != "FINANCE_SW":
        err("RemoteSupport on a non-software line")
    if s["line"] == "FINANCE_SW" and off in ("FreeRepair", "PaidRepair"):
        err("software line should start with RemoteSupport")
    if off == "Refund" and cov == "Covered" and not (s["day"] <= s["ret"] or s["repeat"]):
        err(f"Refund not due ({tag})")
    if off == "Replacement" and cov == "Covered" and not (s["day"] <= s["exch"] or s["repeat"]):
        err(f"Replacement not due ({tag})")
    if (x["priority"] == "Urgent") != bool(s["repeat"]) and cov == "Covered":
        err(f"Urgent iff repeat failure ({tag})")
    if cov == "Covered" and off == "FreeRepair" and s["day"] <= s["exch"]:
        wants = a.get("wants", "")
        if any(w in wants.lower() for w in ("refund", "return", "new", "exchange", "退", "换")):
            err(f"window case wants {wants!r} but FreeRepair expected")
    # robustness margins: keep away from day 7/15 and from the expiry (the bench may run a day off)
    if off in ("Refund", "Replacement") and not s["repeat"] and (abs(s["day"] - s["ret"]) <= 1 and off == "Refund" or abs(s["day"] - s["exch"]) <= 1 and off == "Replacement"):
        err(f"too close to a window edge ({tag})")
    if cov in ("Covered", "NotCovered", "CoveredWithFee") and min(abs(s["parts"]), abs(s["labour"])) <= 14:
        err(f"too close to the expiry ({tag})")


def main():
    errors, counts = [], defaultdict(int)
    dist = defaultdict(int)
    for folder in ("round6", "round6-holdout"):
        for lang in ("en", "zh"):
            d = os.path.join(SC, folder, lang)
            if not os.path.isdir(d):
                continue
            for fn in sorted(os.listdir(d)):
                if not fn.endswith(".json"):
                    continue
                counts[f"{folder}/{lang}"] += 1
                check(os.path.join(d, fn), errors)
                with open(os.path.join(d, fn), encoding="utf-8") as f:
                    x = json.load(f)["expect"]
                dist[f"coverage={x['coverage']}"] += 1
                dist[f"firstOffer={x['firstOffer']}"] += 1
                dist[f"escalated={x['escalated']}"] += 1
                dist[f"priority={x['priority']}"] += 1
    for k in sorted(counts):
        print(f"{k}: {counts[k]}")
    for k in sorted(dist):
        print(f"  {k}: {dist[k]}")
    for e in errors:
        print("ERROR", e)
    print(f"{sum(counts.values())} files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
