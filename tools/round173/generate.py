#!/usr/bin/env python3
"""Write the round-173 scenarios (en + zh) as JSON into Scenarios/round173/{en,zh}/.
A file already moved to round173-holdout/ by pick_holdouts.py is rewritten there, so regenerating keeps the split."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios_en import EN
from scenarios_zh import ZH

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench",
                                     "AfterSalesBot.ConversationBench", "Scenarios"))
KEYS = ["done", "confirm", "product", "serial", "started", "circumstances", "wants", "phone", "offer", "person", "other"]


def file_name(lang, i, d):
    return f"r173-{lang}-{i:03d}-{d['name']}.json"


def build(lang, i, d):
    sc = {
        "language": d["expect"]["language"],
        "locale": d.get("locale", "en-US" if lang == "en" else "zh-CN"),
        "timezone": "Asia/Shanghai",
        "story": d["story"],
        "answers": {k: d["answers"][k] for k in KEYS if k in d["answers"]},
    }
    if d.get("say"):
        sc["say"] = d["say"]
    sc["expect"] = d["expect"]
    sc["notes"] = d["notes"]
    return file_name(lang, i, d), sc


def main():
    held = set()
    for lang in ("en", "zh"):
        p = os.path.join(ROOT, "round173-holdout", lang)
        if os.path.isdir(p):
            held |= set(os.listdir(p))
    n = 0
    for lang, items in (("en", EN), ("zh", ZH)):
        for i, d in enumerate(items, 1):
            fn, sc = build(lang, i, d)
            out = os.path.join(ROOT, "round173-holdout" if fn in held else "round173", lang)
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
                json.dump(sc, f, ensure_ascii=False, indent=2)
                f.write("\n")
            n += 1
    print(f"wrote {n} scenarios under {ROOT}/round173*")


if __name__ == "__main__":
    main()
