"""Writes the round-4 conversation scenarios (issue 12, fourth round) from the lists in en.py and zh.py.

Holdout split: 8 en + 8 zh chosen at random (seeded shuffle) after all 64 were written.
"""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "bench", "AfterSalesBot.ConversationBench", "Scenarios")
exec(open(os.path.join(HERE, "en.py"), encoding="utf-8").read())
exec(open(os.path.join(HERE, "zh.py"), encoding="utf-8").read())

DEFAULTS = {
    "en": {"done": ["nope that's all", "no that's it thanks", "nah that's everything", "no, nothing else"],
           "confirm": ["yes that's right", "yep", "correct", "yes exactly"],
           "person": "yes please", "other": "ok", "phone": "138 1234 5678", "offer": ["ok, yes please"]},
    "zh": {"done": ["没有了", "就这些", "没别的了", "没了，谢谢"],
           "confirm": ["对", "是的没错", "嗯对的", "对，就是这样"],
           "person": "好的", "other": "好", "phone": "138 1234 5678", "offer": ["好的，可以"]},
}
LOCALE = {"en": "en-US", "zh": "zh-CN"}
LOCALE_OVERRIDE = {("en", "finance-report-wrong"): "zh-CN", ("zh", "en-locale-dianreshuiqi-qianwan"): "en-US",
                   ("en", "old-hood-paid"): "en-GB"}
ORDER = ["done", "confirm", "product", "serial", "started", "circumstances", "wants", "phone", "offer", "person", "other"]

def build(lang, i, item):
    slug, story, answers, say, expect, notes = item
    d = DEFAULTS[lang]
    a = dict(answers)
    for k in ("done", "confirm"):
        a.setdefault(k, d[k][i % len(d[k])])
    for k in ("person", "other", "phone", "offer"):
        a.setdefault(k, d[k])
    a = {k: a[k] for k in ORDER if k in a}
    e = {"language": lang}
    e.update(expect)
    doc = {"language": lang, "locale": LOCALE_OVERRIDE.get((lang, slug), LOCALE[lang]), "timezone": "Asia/Shanghai",
           "story": story, "answers": a}
    if say:
        doc["say"] = say
    doc["expect"] = e
    doc["notes"] = notes
    return slug, doc

def main():
    rng = random.Random(20261203)
    for lang, items in (("en", EN), ("zh", ZH)):
        assert len(items) == 32, (lang, len(items))
        holdout = set(rng.sample(range(32), 8))
        for i, item in enumerate(items):
            slug, doc = build(lang, i, item)
            folder = "round4-holdout" if i in holdout else "round4"
            path = os.path.join(ROOT, folder, lang, f"r4-{lang}-{i + 1:03d}-{slug}.json")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2)
                f.write("\n")

if __name__ == "__main__":
    main()
