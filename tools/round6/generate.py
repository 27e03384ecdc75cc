#!/usr/bin/env python3
"""Write the round-6 scenarios (60) as JSON into Scenarios/round6/{en,zh}/.
Holdouts are picked afterwards by pick_holdouts.py (which moves files)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios_en import EN
from scenarios_zh import ZH

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "bench", "AfterSalesBot.ConversationBench", "Scenarios"))
KEYS = ["done", "confirm", "product", "serial", "started", "circumstances", "wants", "phone", "offer", "person", "other"]


def build(lang, i, d):
    sc = {
        "language": d["expect"]["language"],  # the language the customer ends up writing in
        "locale": d.get("locale", "en-US" if lang == "en" else "zh-CN"),
        "timezone": "Asia/Shanghai",
        "story": d["story"],
        "answers": {k: d["answers"][k] for k in KEYS if k in d["answers"]},
    }
    if d.get("say"):
        sc["say"] = d["say"]
    sc["expect"] = d["expect"]
    sc["notes"] = d["notes"]
    return f"r6-{lang}-{i:03d}-{d['name']}.json", sc


def main():
    holdout_names = set()
    hdir = os.path.join(ROOT, "round6-holdout")
    for lang in ("en", "zh"):
        p = os.path.join(hdir, lang)
        if os.path.isdir(p):
            holdout_names |= set(os.listdir(p))
    n = 0
    for lang, items in (("en", EN), ("zh", ZH)):
        for i, d in enumerate(items, 1):
            fn, sc = build(lang, i, d)
            folder = "round6-holdout" if fn in holdout_names else "round6"
            out = os.path.join(ROOT, folder, lang)
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
                json.dump(sc, f, ensure_ascii=False, indent=2)
                f.write("\n")
            n += 1
    print(f"wrote {n} scenarios under {ROOT}/round6*")


if __name__ == "__main__":
    main()
