"""The coverage situations the demo purchases are spread across, shared by generate_purchases.py and check.py.

Dates follow .NET DateOnly.AddMonths (the day is clamped to the month's end, so 2024-02-29 + 12 months is
2025-02-28). A warranty of N months "from the date of sale" is counted as the PRC Civil Code counts periods
(Arts. 201-202): from the day after the sale, ending on the corresponding day N months later (the month's
last day when there is none). So the last covered day is sale + N months, and a 12-month sale on 2025-11-22
is covered through 2026-11-22 and expired on 2026-11-23. docs/coverage-rules.md is the authority.
"""

import calendar
import datetime as dt

REFERENCE_DATE = dt.date(2026, 11, 22)

SITUATIONS = [
    ("RETURN_7", "0-7 days since sale: return, exchange or repair"),
    ("EXCHANGE_15", "8-15 days since sale: exchange or repair"),
    ("IN_WARRANTY", "16 days - 12 months: free repair"),
    ("LAST_DAY", "boundary: today is the last covered day"),
    ("EXPIRES_TODAY", "boundary: warranty expired today"),
    ("EXPIRED_YESTERDAY", "boundary: warranty expired yesterday"),
    ("PARTS_ONLY", "labour expired, parts still covered (24-month parts)"),
    ("BY_EXTENSION", "covered only because of an extension"),
    ("EXTENSION_EXPIRED", "expired despite an extension"),
    ("JUST_EXPIRED", "expired 2-90 days ago"),
    ("EXPIRED", "expired 91-365 days ago"),
    ("LONG_EXPIRED", "expired more than a year ago"),
]


def add_months(day, months):
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def parse_date(text):
    return dt.date.fromisoformat(text)


def warranty_ends(purchase, product):
    """First uncovered day for parts and for labour, with the purchase's extension."""
    sale = parse_date(purchase["saleDate"])
    extension = purchase.get("extendedMonths", 0)
    one_day = dt.timedelta(days=1)
    return (add_months(sale, product["partsWarrantyMonths"] + extension) + one_day,
            add_months(sale, product["labourWarrantyMonths"] + extension) + one_day)


def classify(purchase, product, today=REFERENCE_DATE):
    sale = parse_date(purchase["saleDate"])
    extension = purchase.get("extendedMonths", 0)
    parts_end, labour_end = warranty_ends(purchase, product)
    base_end = add_months(sale, product["partsWarrantyMonths"]) + dt.timedelta(days=1)
    age = (today - sale).days
    one_day = dt.timedelta(days=1)
    if today == parts_end - one_day:
        return "LAST_DAY"
    if today == parts_end:
        return "EXPIRES_TODAY"
    if today == parts_end + one_day:
        return "EXPIRED_YESTERDAY"
    if today < parts_end:
        if age <= 7:
            return "RETURN_7"
        if age <= 15:
            return "EXCHANGE_15"
        if extension > 0 and today >= base_end:
            return "BY_EXTENSION"
        if today >= labour_end:
            return "PARTS_ONLY"
        return "IN_WARRANTY"
    if extension > 0:
        return "EXTENSION_EXPIRED"
    past = (today - parts_end).days
    if past <= 90:
        return "JUST_EXPIRED"
    if past <= 365:
        return "EXPIRED"
    return "LONG_EXPIRED"
