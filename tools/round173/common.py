"""Small helper shared by scenarios_en.py and scenarios_zh.py (round 173, copied from round 43; `hard` goes into meta)."""


def E(lang, coverage, offer, escalated, priority, case=True):
    return {"language": lang, "coverage": coverage, "firstOffer": offer, "escalated": escalated, "priority": priority,
            "caseNumber": case}


def S(name, story, answers, expect, notes, meta, say=None, locale=None, hard=False):
    meta = dict(meta, hard=hard)
    d = {"name": name, "story": story, "answers": answers, "expect": expect, "notes": notes, "meta": meta}
    if say:
        d["say"] = [{"when": w, "text": t} for w, t in say]
    if locale:
        d["locale"] = locale
    return d
