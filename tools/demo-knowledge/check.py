#!/usr/bin/env python3
"""Checks knowledge/demo/*.json: shape, keys, references, serials, dates, counts; prints the coverage table.

Exit code 1 and a list of problems when anything is wrong. python3 tools/demo-knowledge/check.py
"""

import collections
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from coverage import REFERENCE_DATE, SITUATIONS, classify, parse_date  # noqa: E402

DEMO = pathlib.Path(__file__).resolve().parents[2] / "knowledge" / "demo"
SYMPTOMS = {"NO_IGNITION", "FLAME_GOES_OUT", "GAS_SMELL", "NO_HOT_WATER", "LEAK", "ERROR_CODE", "NOISE",
            "WEAK_SUCTION", "PAPER_JAM", "PRINT_QUALITY", "INSTALL_FAILURE", "LICENCE_ERROR", "DATA_BACKUP",
            "REPORT_WRONG", "SLOW", "CONNECTION", "NO_POWER"}
OUTCOMES = {"REPAIRED", "PART_REPLACED", "UNIT_REPLACED", "REFUNDED", "NO_FAULT_FOUND"}
EXCLUSIONS = {"USER_DAMAGE", "VOLTAGE", "CONSUMABLE", "MODIFICATION", "UNAUTHORISED_REPAIR", "DISASSEMBLY",
              "FORCE_MAJEURE"}
ZONES = ("CITY", "COUNTY", "REMOTE")
problems = []


def fail(message):
    problems.append(message)


def require(record, fields, what):
    for field in fields:
        value = record.get(field)
        if value is None or value == "" or value == []:
            fail(f"{what}: '{field}' is missing or empty")


def unique(records, key, what):
    seen = collections.Counter(r.get(key) for r in records)
    for value, count in seen.items():
        if count > 1:
            fail(f"{what}: key {value!r} appears {count} times")
    return {r.get(key): r for r in records}


def load(name):
    path = DEMO.parent / "evaluation" / name if name == "search-queries.json" else DEMO / name
    try:
        document = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as error:
        fail(f"{name}: {error}")
        return {}
    if name != "search-queries.json":
        if document.get("format") != "aftersalesbot.knowledge" or document.get("version") != 1:
            fail(f"{name}: format/version header missing")
        if document.get("referenceDate") != REFERENCE_DATE.isoformat():
            fail(f"{name}: referenceDate must be {REFERENCE_DATE}")
    return document


def main():
    zones = unique(load("zones.json").get("zones", []), "code", "zone")
    catalog = load("catalog.json")
    policy_doc = load("policies.json")
    purchases_list = load("purchases.json").get("purchases", [])
    repairs_list = load("repairs.json").get("repairs", [])
    articles_list = load("articles.json").get("articles", [])
    queries = load("search-queries.json") or []

    for zone in zones.values():
        require(zone, ["code", "nameEn", "nameZh", "places"], f"zone {zone.get('code')}")
    if set(zones) != set(ZONES):
        fail(f"zones must be {ZONES}, are {sorted(zones)}")

    lines = unique(catalog.get("productLines", []), "code", "product line")
    products = unique(catalog.get("products", []), "model", "product")
    policies = unique(policy_doc.get("policies", []), "code", "policy")
    fees = unique(policy_doc.get("feeSchedules", []), "code", "fee schedule")
    levels = unique(policy_doc.get("serviceLevels", []), "code", "service level")

    for line in lines.values():
        require(line, ["code", "nameEn", "nameZh", "policyCode", "feeScheduleCode", "serviceLevelCode"], f"line {line['code']}")
        for field, table in (("policyCode", policies), ("feeScheduleCode", fees), ("serviceLevelCode", levels)):
            if line.get(field) not in table:
                fail(f"line {line['code']}: {field} {line.get(field)!r} does not exist")

    patterns = {}
    for model, product in products.items():
        what = f"product {model}"
        require(product, ["model", "lineCode", "nameEn", "nameZh", "aliases", "serialPattern", "serialFormatEn",
                          "serialFormatZh", "launchDate"], what)
        if product.get("lineCode") not in lines:
            fail(f"{what}: line {product.get('lineCode')!r} does not exist")
        if product.get("policyCode") and product["policyCode"] not in policies:
            fail(f"{what}: policy {product['policyCode']!r} does not exist")
        pattern = product.get("serialPattern", "")
        if not (pattern.startswith("^") and pattern.endswith("$")) or re.search(r"\(\?|\\[pPk]|\(\?<", pattern):
            fail(f"{what}: serial pattern {pattern!r} must be anchored and portable")
        patterns[model] = re.compile(pattern)
        if not re.search(r"[\u4e00-\u9fff]", " ".join(product.get("aliases", []))) or \
                not re.search(r"[A-Za-z]{3}", " ".join(product.get("aliases", []))):
            fail(f"{what}: aliases need both languages")
        for example in re.findall(r"e\.g\. ([A-Z0-9-]+)", product.get("serialFormatEn", "")):
            if not patterns[model].fullmatch(example):
                fail(f"{what}: example serial {example} does not match its own pattern")
        consumables = product.get("consumables", [])
        if (product.get("lineCode") == "OFFICE") != bool(consumables):
            fail(f"{what}: consumables belong to the office line only")
        if parse_date(product.get("launchDate", "2000-01-01")) > REFERENCE_DATE:
            fail(f"{what}: launched after the reference date")

    for policy in policies.values():
        what = f"policy {policy['code']}"
        require(policy, ["code", "nameEn", "nameZh", "covered", "exclusions"], what)
        codes = {e.get("code") for e in policy.get("exclusions", [])}
        if not EXCLUSIONS <= codes:
            fail(f"{what}: missing exclusions {sorted(EXCLUSIONS - codes)}")
        for clause in policy.get("covered", []):
            require(clause, ["code", "textEn", "textZh"], f"{what} covered clause")
        for exclusion in policy.get("exclusions", []):
            require(exclusion, ["code", "clauseEn", "clauseZh", "effect"], f"{what} exclusion")
            expected = "NotCovered" if exclusion.get("code") in ("CONSUMABLE", "FORCE_MAJEURE") else "CostFee"
            if exclusion.get("effect") != expected:
                fail(f"{what}: exclusion {exclusion.get('code')} should be {expected}")
    for schedule in fees.values():
        part_codes = {p["code"] for p in schedule.get("parts", [])}
        for policy in policies.values():
            if policy["code"].split("-")[0] == schedule["code"].split("-")[0]:
                for part in policy.get("alwaysPaidParts", []):
                    if part not in part_codes:
                        fail(f"policy {policy['code']}: always-paid part {part} has no price in {schedule['code']}")
        if {z["zone"] for z in schedule.get("onSiteByZone", [])} != set(ZONES):
            fail(f"fee schedule {schedule['code']}: on-site fee needed for every zone")
    for level in levels.values():
        if {z["zone"] for z in level.get("onSiteByZone", [])} != set(ZONES):
            fail(f"service level {level['code']}: on-site hours needed for every zone")

    purchases = unique(purchases_list, "serial", "purchase")
    unique([p for p in purchases_list if p.get("orderNumber")], "orderNumber", "purchase order number")
    situations = collections.Counter()
    for serial, purchase in purchases.items():
        what = f"purchase {serial}"
        require(purchase, ["serial", "model", "saleDate", "dealer", "zone"], what)
        product = products.get(purchase.get("model"))
        if product is None:
            fail(f"{what}: model {purchase.get('model')!r} does not exist")
            continue
        if purchase.get("zone") not in zones:
            fail(f"{what}: zone {purchase.get('zone')!r} does not exist")
        matching = [m for m, p in patterns.items() if p.fullmatch(serial)]
        if matching != [purchase["model"]]:
            fail(f"{what}: serial matches {matching}, expected exactly [{purchase['model']}]")
        sale = parse_date(purchase["saleDate"])
        if not parse_date(product["launchDate"]) <= sale <= REFERENCE_DATE:
            fail(f"{what}: sale date {sale} outside launch {product['launchDate']} .. {REFERENCE_DATE}")
        if (product["lineCode"] == "FINANCE_SW") != (purchase.get("licencePrice") is not None):
            fail(f"{what}: licencePrice belongs to software purchases only")
        situations[classify(purchase, product)] += 1
    if len(purchases_list) != 200:
        fail(f"{len(purchases_list)} purchases, expected exactly 200")

    unique(repairs_list, "id", "repair")
    history = collections.defaultdict(list)
    for repair in repairs_list:
        what = f"repair {repair.get('id')}"
        require(repair, ["id", "serial", "date", "faultCode", "outcome"], what)
        purchase = purchases.get(repair.get("serial"))
        if purchase is None:
            fail(f"{what}: serial {repair.get('serial')!r} has no purchase")
            continue
        if not parse_date(purchase["saleDate"]) < parse_date(repair["date"]) <= REFERENCE_DATE:
            fail(f"{what}: date {repair['date']} not after the sale {purchase['saleDate']} and by {REFERENCE_DATE}")
        if repair.get("faultCode") not in SYMPTOMS:
            fail(f"{what}: fault {repair.get('faultCode')!r} not in the symptom vocabulary")
        if repair.get("outcome") not in OUTCOMES:
            fail(f"{what}: outcome {repair.get('outcome')!r} unknown")
        if repair.get("underWarranty"):
            history[(repair["serial"], repair["faultCode"])].append(repair)
    repeat_units = sorted({serial for (serial, _), found in history.items() if len(found) >= 2})

    articles = unique(articles_list, "code", "article")
    per_line = collections.Counter()
    for code, article in articles.items():
        what = f"article {code}"
        require(article, ["code", "kind", "titleEn", "titleZh", "bodyEn", "bodyZh"], what)
        if article.get("kind") not in ("Troubleshooting", "Faq"):
            fail(f"{what}: kind {article.get('kind')!r}")
        words = len(article.get("bodyEn", "").split())
        if not 100 <= words <= 300:
            fail(f"{what}: English body has {words} words, expected 100-300")
        if len(re.findall(r"[\u4e00-\u9fff]", article.get("bodyZh", ""))) < 120:
            fail(f"{what}: Chinese body too short")
        for tag in article.get("products", []):
            if tag not in products and tag not in lines:
                fail(f"{what}: product tag {tag!r} is neither a model nor a line")
        for symptom in article.get("symptoms", []):
            if symptom not in SYMPTOMS:
                fail(f"{what}: symptom {symptom!r} not in the vocabulary")
        tags = article.get("products", [])
        line_of = {lines[t]["code"] if t in lines else products[t]["lineCode"] for t in tags if t in lines or t in products}
        per_line[line_of.pop() if len(line_of) == 1 else "GENERAL"] += 1
        if "GAS_SMELL" in article.get("symptoms", []):
            if not article["bodyEn"].lower().startswith("safety") or "turn off the gas" not in article["bodyEn"].lower():
                fail(f"{what}: safety article must open with the safety steps")

    languages = collections.Counter()
    for query in queries:
        what = f"query {query.get('query')!r}"
        require(query, ["query", "language", "expected"], what)
        languages[query.get("language")] += 1
        if query.get("product") is not None and query["product"] not in products and query["product"] not in lines:
            fail(f"{what}: product filter {query['product']!r} unknown")
        for code in query.get("expected", []):
            if code not in articles:
                fail(f"{what}: expected article {code} does not exist")

    checks = [(len(products) >= 12, f"{len(products)} products, expected at least 12"),
              (all(n >= 4 for n in collections.Counter(p["lineCode"] for p in products.values()).values()),
               "at least 4 products per line"),
              (len(articles) >= 30, f"{len(articles)} articles, expected at least 30"),
              (len(queries) >= 40, f"{len(queries)} queries, expected at least 40"),
              (languages["zh"] >= 20 and languages["en"] >= 20, f"queries per language {dict(languages)}"),
              (len(repeat_units) >= 3, f"{len(repeat_units)} repeat-failure units, expected several"),
              (all(situations[code] > 0 for code, _ in SITUATIONS), "every coverage situation has purchases")]
    for ok, message in checks:
        if not ok:
            fail(message)

    print(f"reference date {REFERENCE_DATE}")
    print(f"products per line: {dict(collections.Counter(p['lineCode'] for p in products.values()))}")
    print(f"{'situation':<18} {'count':>5}  meaning")
    for code, meaning in SITUATIONS:
        print(f"{code:<18} {situations[code]:>5}  {meaning}")
    print(f"{'total':<18} {sum(situations.values()):>5}")
    print(f"repairs: {len(repairs_list)}; repeat-failure units (same fault twice in warranty): {len(repeat_units)}")
    print(f"articles per line: {dict(per_line)}; queries per language: {dict(languages)}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
