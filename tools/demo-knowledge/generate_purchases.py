#!/usr/bin/env python3
"""Writes knowledge/demo/purchases.json (exactly 200 sales) and repairs.json, deterministically.

Every coverage situation of coverage.SITUATIONS gets its share of sales relative to the reference date
2026-11-22; the importer rebases all dates by (today - referenceDate), so the situations hold on any day.
Run from anywhere: python3 tools/demo-knowledge/generate_purchases.py
"""

import datetime as dt
import json
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from coverage import REFERENCE_DATE, add_months, classify, parse_date, warranty_ends  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEMO = ROOT / "knowledge" / "demo"
rnd = random.Random(20261122)
DAY = dt.timedelta(days=1)

PRODUCTS = {p["model"]: p for p in json.loads((DEMO / "catalog.json").read_text("utf-8"))["products"]}

# Which models sell how often (kitchen ~50%, office ~30%, software ~20%).
WEIGHTS = {
    "JZT-Q5": 14, "JZT-Q7": 5, "JSQ-H16": 12, "DSZ-E60": 9, "CXW-T9": 10,
    "CW-S8": 5, "CW-N8": 5, "CW-S9": 3, "CW-N9": 3,
    "DC-3020": 8, "DC-4525": 6, "LP-2200": 8, "IJ-680": 4, "ZD-630K": 6,
}

DEALERS = {
    "KITCHEN": ["Hangzhou Sunshine Appliances 杭州阳光电器", "Xihu Home Appliance City 西湖家电城",
                "Qianjiang Electrical Mall 钱江电器商场", "Fuyang Hengxin Kitchen & Bath 富阳恒信厨卫",
                "Tonglu Anjia Appliances 桐庐安家电器", "Ningbo Meida Electrical 宁波美达电器"],
    "FINANCE_SW": ["Hangzhou Xinde Software Services 杭州信德软件服务",
                   "Zhejiang Caitong Information Technology 浙江财通信息技术",
                   "Shanghai Huizhang Computer Systems 上海汇账电脑系统"],
    "OFFICE": ["Zhejiang Huaxin Office Equipment 浙江华信办公设备", "Hangzhou Jiecheng Business Machines 杭州捷诚商用设备",
               "Shaoxing Mingda Office Supplies 绍兴明达办公用品"],
}
ORDER_PREFIX = {"KITCHEN": "HS", "FINANCE_SW": "RJ", "OFFICE": "BG"}
CITIES = {
    "CITY": ["Hangzhou", "Xihu", "Gongshu", "Shangcheng", "Binjiang", "Xiaoshan", "Yuhang"],
    "COUNTY": ["Fuyang", "Lin'an", "Tonglu", "Chun'an", "Jiande"],
    "REMOTE": ["Shanghai", "Ningbo", "Wenzhou", "Shaoxing", "Suzhou", "Nanjing", "Hefei"],
}
LICENCE_PRICES = {"CW-S8": [3800], "CW-N8": [12800, 19800], "CW-S9": [4200], "CW-N9": [15800, 23800]}
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# (situation, count). Leap-day, boundary and 24-month cases are placed explicitly further down.
TARGETS = [
    ("RETURN_7", 24), ("EXCHANGE_15", 20), ("IN_WARRANTY", 63), ("PARTS_ONLY", 8),
    ("BY_EXTENSION", 12), ("EXTENSION_EXPIRED", 5), ("JUST_EXPIRED", 14), ("EXPIRED", 18), ("LONG_EXPIRED", 25),
]

used_serials, used_orders, purchases = set(), set(), []


def serial_for(model, sale):
    product = PRODUCTS[model]
    launch = parse_date(product["launchDate"])
    made = max(sale - dt.timedelta(days=rnd.randint(10, 90)), launch)
    yymm = f"{made.year % 100:02d}{made.month:02d}"
    prefix = product["serialPattern"][1:].split("\\")[0].split("[")[0]
    while True:
        if model in ("JZT-Q5", "JZT-Q7", "JSQ-H16", "CXW-T9"):
            serial = f"{prefix}{yymm}{rnd.randint(0, 9999):04d}"
        elif model == "DSZ-E60":
            serial = f"{prefix}{rnd.choice(LETTERS)}{yymm}{rnd.randint(0, 99):02d}"
        elif model.startswith("CW-"):
            serial = f"{prefix}{yymm}-{''.join(rnd.choice(LETTERS) for _ in range(4))}"
        elif model == "LP-2200":
            serial = f"{prefix}{rnd.choice(LETTERS)}{rnd.choice(LETTERS)}{yymm}{rnd.randint(0, 99):02d}"
        elif model == "ZD-630K":
            serial = f"{prefix}{yymm}{rnd.randint(0, 99):02d}"
        else:  # DC-3020, DC-4525, IJ-680: 7 digits
            serial = f"{prefix}{yymm}{rnd.randint(0, 999):03d}"
        if serial not in used_serials:
            used_serials.add(serial)
            return serial


def order_for(line):
    while True:
        order = f"{ORDER_PREFIX[line]}-{rnd.randint(10000, 999999):06d}"
        if order not in used_orders:
            used_orders.add(order)
            return order


def add(model, sale, extended=0, zone=None):
    product = PRODUCTS[model]
    line = product["lineCode"]
    zone = zone or rnd.choices(["CITY", "COUNTY", "REMOTE"], [50, 30, 20])[0]
    record = {
        "serial": serial_for(model, sale),
        "model": model,
        "orderNumber": order_for(line),
        "saleDate": sale.isoformat(),
        "dealer": rnd.choice(DEALERS[line]),
        "customerRef": f"CUST-{rnd.randint(10000, 99999)}",
        "zone": zone,
        "city": rnd.choice(CITIES[zone]),
        "extendedMonths": extended,
        "licencePrice": rnd.choice(LICENCE_PRICES[model]) if model in LICENCE_PRICES else None,
    }
    purchases.append(record)
    return record


def candidate(situation):
    """A (model, sale date, extension) that probably lands in the situation; classify() has the last word."""
    model = rnd.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    months = PRODUCTS[model]["partsWarrantyMonths"]
    extension = 0
    if situation == "RETURN_7":
        sale = REFERENCE_DATE - rnd.randint(0, 7) * DAY
    elif situation == "EXCHANGE_15":
        sale = REFERENCE_DATE - rnd.randint(8, 15) * DAY
    elif situation == "IN_WARRANTY":
        sale = REFERENCE_DATE - rnd.randint(16, 362) * DAY
    elif situation == "PARTS_ONLY":
        model, months = "JSQ-H16", 24
        sale = add_months(REFERENCE_DATE, -months) + rnd.randint(3, 360) * DAY
    elif situation in ("BY_EXTENSION", "EXTENSION_EXPIRED"):
        extension = rnd.choice([6, 12])
        end = REFERENCE_DATE + rnd.randint(3, 150) * DAY if situation == "BY_EXTENSION" \
            else REFERENCE_DATE - rnd.randint(3, 400) * DAY
        sale = add_months(end, -(months + extension))
    else:
        past = {"JUST_EXPIRED": (2, 90), "EXPIRED": (91, 365), "LONG_EXPIRED": (366, 1500)}[situation]
        sale = add_months(REFERENCE_DATE - rnd.randint(*past) * DAY, -months)
    return model, sale, extension


def main():
    for situation, count in TARGETS:
        made = 0
        # Days 0, 3, 7, 8, 15 and 16 (the window edges) are always present.
        edges = {"RETURN_7": [0, 3, 7], "EXCHANGE_15": [8, 15], "IN_WARRANTY": [16]}.get(situation, [])
        for age in edges:
            model = ["JZT-Q5", "DC-3020", "JSQ-H16"][made % 3]
            add(model, REFERENCE_DATE - age * DAY)
            made += 1
        while made < count:
            model, sale, extension = candidate(situation)
            product = PRODUCTS[model]
            if sale < parse_date(product["launchDate"]) or sale > REFERENCE_DATE:
                continue
            if classify({"saleDate": sale.isoformat(), "extendedMonths": extension}, product) != situation:
                continue
            add(model, sale, extension)
            made += 1

    # Boundaries (12 months): sold 364 days ago (covered), 365 (today is the last covered day: sale + 12
    # months, PRC Civil Code Arts. 201-202), 366 (first day uncovered) and 367; and the 24-month parts edge.
    add("JZT-Q5", dt.date(2025, 11, 23), zone="CITY")
    add("DC-3020", dt.date(2025, 11, 22), zone="CITY")
    add("JSQ-H16", dt.date(2024, 11, 22), zone="COUNTY")
    add("CXW-T9", dt.date(2025, 11, 21), zone="CITY")
    add("LP-2200", dt.date(2025, 11, 21), zone="REMOTE")
    add("CW-N8", dt.date(2025, 11, 20), zone="COUNTY")
    # Leap day: 2024-02-29 + 12 months is 2025-02-28; the H16's 24 + 12 months reach 2027-02-28.
    add("JZT-Q5", dt.date(2024, 2, 29), zone="CITY")
    add("JSQ-H16", dt.date(2024, 2, 29), extended=12, zone="CITY")
    add("DSZ-E60", dt.date(2024, 2, 28), zone="COUNTY")
    add("LP-2200", dt.date(2024, 3, 1), zone="CITY")
    add("DC-3020", dt.date(2024, 2, 29), extended=12, zone="REMOTE")

    assert len(purchases) == 200, len(purchases)
    purchases.sort(key=lambda p: (p["saleDate"], p["serial"]), reverse=True)
    write("purchases.json", {"purchases": [{k: v for k, v in p.items() if v is not None} for p in purchases]})
    write("repairs.json", {"repairs": repairs()})


def write(name, sections):
    document = {"format": "aftersalesbot.knowledge", "version": 1, "referenceDate": REFERENCE_DATE.isoformat()}
    document.update(sections)
    (DEMO / name).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")


# ---------------------------------------------------------------- repairs

FAULTS = {
    "NO_IGNITION": "Igniter not sparking; electrode cleaned and gap reset. 点火针不打火,已清洁点火针并调整间隙。",
    "FLAME_GOES_OUT": "Flame goes out after releasing the knob; thermocouple replaced. 松手熄火,已更换热电偶。",
    "LEAK": "Water dripping from the water-gas valve; seal replaced. 水气联动阀密封处漏水,已更换密封圈。",
    "NO_HOT_WATER": "Burner does not start when the tap opens; water-flow sensor cleaned. 开水龙头不点火,已清洗水流传感器。",
    "ERROR_CODE": "Error code shown on the panel; sensor and control board checked. 面板显示故障代码,已检测传感器和控制板。",
    "NOISE": "Loud humming from the fan; fan wheel rebalanced. 风机噪音大,已重新校正风轮动平衡。",
    "WEAK_SUCTION": "Weak suction; check valve stuck, freed and cleaned. 吸力小,止回阀卡住,已清理复位。",
    "PAPER_JAM": "Repeated jams at the tray; pickup roller worn, replaced. 纸盒处反复卡纸,搓纸轮磨损,已更换。",
    "PRINT_QUALITY": "Streaks on copies; transfer roller and corona cleaned. 复印件有条纹,已清洁转印辊和电晕丝。",
    "REPORT_WRONG": "Balance sheet out of balance; ledger totals recalculated. 资产负债表不平,已重算总账余额。",
    "LICENCE_ERROR": "Licence key not recognised after a Windows update; driver reinstalled. 系统更新后加密锁无法识别,已重装驱动。",
    "SLOW": "Network edition slow at month end; database indexes rebuilt. 月末网络版运行缓慢,已重建数据库索引。",
    "NO_POWER": "Machine does not power on; power board replaced. 机器不开机,已更换电源板。",
    "INSTALL_FAILURE": "Installation stopped at the database step; reinstalled with administrator rights. 安装在数据库步骤中断,已用管理员权限重新安装。",
}
PART_FAULTS = {"FLAME_GOES_OUT", "LEAK", "PAPER_JAM", "NO_POWER"}


def repairs():
    rng = random.Random(7)
    by_situation = {}
    for p in purchases:
        by_situation.setdefault(classify(p, PRODUCTS[p["model"]]), []).append(p)
    taken = set()
    records = []

    def pick(situation, models, min_age=0):
        for p in by_situation[situation]:
            age = (REFERENCE_DATE - parse_date(p["saleDate"])).days
            if p["model"] in models and p["serial"] not in taken and age >= min_age:
                taken.add(p["serial"])
                return p
        raise LookupError(f"no {models} purchase in {situation} aged {min_age}+ days")

    def repair(p, fault, fraction, outcome=None, note=None):
        sale = parse_date(p["saleDate"])
        span = (REFERENCE_DATE - sale).days
        date = sale + max(1, min(span, round(span * fraction))) * DAY
        parts_end, _ = warranty_ends(p, PRODUCTS[p["model"]])
        outcome = outcome or ("PART_REPLACED" if fault in PART_FAULTS else "REPAIRED")
        records.append({"serial": p["serial"], "date": date.isoformat(), "faultCode": fault,
                        "description": note or FAULTS[fault], "outcome": outcome,
                        "underWarranty": date < parts_end})

    # Same fault repaired twice in warranty: the next report of it means replacement or return.
    for models, fault in [(["JSQ-H16"], "LEAK"), (["JZT-Q5"], "NO_IGNITION"), (["CXW-T9"], "NOISE"),
                          (["DSZ-E60"], "ERROR_CODE"), (["LP-2200"], "PAPER_JAM"),
                          (["DC-3020", "DC-4525"], "PRINT_QUALITY"), (["CW-N8", "CW-S8"], "REPORT_WRONG")]:
        p = pick("IN_WARRANTY", models, min_age=120)
        repair(p, fault, 0.35)
        repair(p, fault, 0.75)
    # Covered only by an extension, and the same fault twice (both repairs in the extended period or not).
    p = pick("BY_EXTENSION", ["JZT-Q5", "DSZ-E60", "CXW-T9", "JSQ-H16", "DC-3020", "LP-2200"])
    fault = {"JZT-Q5": "FLAME_GOES_OUT", "DSZ-E60": "LEAK", "CXW-T9": "WEAK_SUCTION", "JSQ-H16": "NO_HOT_WATER",
             "DC-3020": "PAPER_JAM", "LP-2200": "PAPER_JAM"}[p["model"]]
    repair(p, fault, 0.5)
    repair(p, fault, 0.9)
    # Three times the same fault: the third visit replaced the unit.
    p = pick("IN_WARRANTY", ["DC-4525", "DC-3020"], min_age=150)
    repair(p, "PAPER_JAM", 0.2)
    repair(p, "PAPER_JAM", 0.45)
    repair(p, "PAPER_JAM", 0.7, "UNIT_REPLACED", "Third jam repair; machine replaced under the two-repair rule. 第三次卡纸报修,按两次修理仍有故障的规定整机更换。")
    # Software: the same licence error twice in the service year, then refunded; now long out of service.
    p = pick("EXPIRED", ["CW-S8", "CW-N8"])
    for fraction in (0.05, 0.12):
        repair(p, "LICENCE_ERROR", fraction)
    repair(p, "LICENCE_ERROR", 0.2, "REFUNDED", "Licence error again after two fixes; licence fee refunded. 两次修正后授权仍报错,已退还软件款。")
    # Two repairs but different faults: the repeat rule does not apply.
    for models, faults in [(["CXW-T9"], ("NOISE", "WEAK_SUCTION")), (["JZT-Q5"], ("NO_IGNITION", "FLAME_GOES_OUT")),
                           (["DC-3020"], ("PAPER_JAM", "ERROR_CODE")), (["JSQ-H16"], ("NO_HOT_WATER", "ERROR_CODE"))]:
        p = pick("IN_WARRANTY", models, min_age=90)
        repair(p, faults[0], 0.3)
        repair(p, faults[1], 0.8)
    # The same fault once in warranty and once after it: only one counts.
    p = pick("JUST_EXPIRED", ["LP-2200", "DC-3020", "JSQ-H16", "DSZ-E60", "JZT-Q5", "CXW-T9"])
    fault = "PAPER_JAM" if p["model"] in ("LP-2200", "DC-3020") else {"JSQ-H16": "LEAK", "DSZ-E60": "LEAK", "JZT-Q5": "NO_IGNITION", "CXW-T9": "NOISE"}[p["model"]]
    repair(p, fault, 0.6)
    repair(p, fault, 0.999)
    # Out of warranty repairs (paid).
    for _ in range(5):
        p = pick("LONG_EXPIRED", ["JZT-Q5", "JSQ-H16", "DSZ-E60", "CXW-T9", "DC-3020", "LP-2200", "ZD-630K"])
        fault = {"JZT-Q5": "NO_IGNITION", "JSQ-H16": "NO_HOT_WATER", "DSZ-E60": "NO_POWER", "CXW-T9": "NOISE",
                 "DC-3020": "PRINT_QUALITY", "LP-2200": "NO_POWER", "ZD-630K": "PRINT_QUALITY"}[p["model"]]
        repair(p, fault, 0.97)
    # Repaired within the first days: one more failure and the customer may still return or exchange.
    p = pick("RETURN_7", ["JZT-Q5", "JSQ-H16", "DC-3020"], min_age=4)
    repair(p, "NO_IGNITION" if p["model"] == "JZT-Q5" else ("NO_HOT_WATER" if p["model"] == "JSQ-H16" else "PAPER_JAM"), 0.5)
    p = pick("EXCHANGE_15", ["JZT-Q5", "JSQ-H16", "DC-3020", "CXW-T9", "DSZ-E60"], min_age=10)
    repair(p, {"JZT-Q5": "NO_IGNITION", "JSQ-H16": "NO_HOT_WATER", "DC-3020": "PAPER_JAM",
               "CXW-T9": "NOISE", "DSZ-E60": "ERROR_CODE"}[p["model"]], 0.5)
    # Visits that found nothing wrong.
    for models, fault in [(["CXW-T9"], "NOISE"), (["CW-N8", "CW-N9"], "SLOW"), (["LP-2200", "IJ-680"], "PRINT_QUALITY")]:
        p = pick("IN_WARRANTY", models)
        repair(p, fault, 0.5, "NO_FAULT_FOUND", "Checked on site, no fault found; customer shown correct use. 上门检测未发现故障,已向用户演示正确使用方法。")
    # Single in-warranty repairs across the lines.
    for models, fault in [(["JSQ-H16"], "ERROR_CODE"), (["DSZ-E60"], "LEAK"), (["CW-S8", "CW-S9"], "INSTALL_FAILURE"),
                          (["CW-N8", "CW-N9"], "LICENCE_ERROR"), (["ZD-630K"], "NO_POWER"), (["IJ-680", "DC-4525"], "PAPER_JAM"),
                          (["JZT-Q7"], "NO_IGNITION"), (["DC-4525", "DC-3020"], "ERROR_CODE")]:
        p = pick("IN_WARRANTY", models)
        repair(p, fault, 0.5)
    # A parts-only H16 (labour expired): the leak was repaired, parts free.
    p = pick("PARTS_ONLY", ["JSQ-H16"])
    repair(p, "LEAK", 0.8, None, "Heat exchanger leaking; exchanged old-for-new, parts free, labour charged. 热交换器漏水,以旧换新,配件免费,收取人工费。")

    records.sort(key=lambda r: (r["date"], r["serial"]))
    for number, record in enumerate(records, start=1):
        record["id"] = f"RP-{record['date'][:4]}-{number:05d}"
    return [{"id": r["id"], **{k: v for k, v in r.items() if k != "id"}} for r in records]


if __name__ == "__main__":
    main()
