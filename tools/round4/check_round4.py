"""Checks the round-4 scenario files against SCENARIOS.md: fields, values, and unique names across both folders."""
import glob, json, os, re, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "AfterSalesBot.ConversationBench", "Scenarios")
KINDS = {"done", "confirm", "product", "serial", "started", "circumstances", "wants", "phone", "offer", "person", "other"}
TOP = {"language", "locale", "timezone", "story", "answers", "say", "expect", "notes"}
EXPECT = {"language": {"en", "zh"}, "coverage": {"Covered", "CoveredWithFee", "NotCovered", "NeedsReview", None},
          "firstOffer": {"FreeRepair", "PaidRepair", "PartReplacement", "Replacement", "Refund", "RemoteSupport", None},
          "escalated": {True, False}, "priority": {"Safety", "Urgent", "Normal", None}, "caseNumber": {True, False}}
errors, names, ids, counts = [], set(), set(), {}
for path in sorted(glob.glob(os.path.join(ROOT, "round4*", "*", "*.json"))):
    rel = os.path.relpath(path, ROOT); folder, lang, name = rel.split(os.sep)
    counts[(folder, lang)] = counts.get((folder, lang), 0) + 1
    def err(m): errors.append(f"{rel}: {m}")
    d = json.load(open(path, encoding="utf-8"))
    m = re.match(r"^(r4-(en|zh)-\d{3})-[a-z0-9-]+\.json$", name)
    if not m: err("bad file name")
    else:
        if m.group(1) in ids: err("duplicate id")
        ids.add(m.group(1))
        if m.group(2) != lang: err("file language != folder")
    if name in names: err("duplicate name")
    names.add(name)
    if set(d) - TOP: err(f"unknown fields {set(d) - TOP}")
    for f in ("language", "story", "answers", "expect", "notes"):
        if f not in d: err(f"missing {f}")
    if d.get("language") != lang: err("language != folder")
    if not d.get("story") or not all(isinstance(s, str) and s.strip() for s in d["story"]): err("bad story")
    a = d.get("answers", {})
    if set(a) - KINDS: err(f"unknown answer kinds {set(a) - KINDS}")
    for k in ("done", "confirm", "serial", "wants", "phone", "offer"):
        if k not in a: err(f"answers.{k} missing")
    if not isinstance(a.get("offer"), list) or not a["offer"]: err("offer not a list")
    for s in d.get("say", []):
        if set(s) != {"when", "text"}: err("bad say")
        if not (s["when"] in KINDS or re.match(r"^turn:\d+$", s["when"])): err(f"bad when {s['when']}")
    e = d.get("expect", {})
    if set(e) - set(EXPECT): err(f"unknown expect {set(e) - set(EXPECT)}")
    for k, v in e.items():
        if k in EXPECT and v not in EXPECT[k]: err(f"bad expect {k}={v}")
    if e.get("language") != lang: err("expect.language")
    if e.get("priority") == "Safety" and (e.get("coverage", None) is not None or e.get("escalated") is not True): err("safety shape")
    if e.get("escalated") is True and e.get("caseNumber") is False: err("escalated without case number")
    if e.get("caseNumber") is False and e.get("priority") is not None: err("priority without a case")
    if not isinstance(d.get("notes"), str) or len(d["notes"]) < 20: err("notes")
    if lang == "zh" and not any(re.search(r"[\u4e00-\u9fff]", s) for s in d["story"]): err("zh story without CJK")
# ids must not clash with other sets
other = [p for p in glob.glob(os.path.join(ROOT, "*", "*", "*.json")) if not os.path.relpath(p, ROOT).startswith("round4")]
for p in other:
    if os.path.basename(p) in names: errors.append(f"name clash with {os.path.relpath(p, ROOT)}")
print(counts)
print("\n".join(errors) or "OK")
sys.exit(1 if errors else 0)
