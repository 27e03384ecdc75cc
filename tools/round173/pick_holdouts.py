#!/usr/bin/env python3
"""Move 5 English and 5 Chinese round-173 scenarios, chosen at random (seed 20261370), to round173-holdout/. Run once."""
import os, random, shutil, sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20261370
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench",
                                     "AfterSalesBot.ConversationBench", "Scenarios"))
rng = random.Random(SEED)
print(f"seed {SEED}")
for lang in ("en", "zh"):
    src = os.path.join(ROOT, "round173", lang)
    dst = os.path.join(ROOT, "round173-holdout", lang)
    if os.path.isdir(dst) and os.listdir(dst):
        sys.exit(f"{dst} is not empty: holdouts already picked")
    files = sorted(f for f in os.listdir(src) if f.endswith(".json"))
    chosen = sorted(rng.sample(files, 5))
    os.makedirs(dst, exist_ok=True)
    for f in chosen:
        shutil.move(os.path.join(src, f), os.path.join(dst, f))
        print(f"round173-holdout/{lang}/{f}")
