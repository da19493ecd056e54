#!/usr/bin/env python3
"""Measure a seloste build against the labelled corpus in tests/corpus/.

For every `<name>.expected` under this folder, runs `seloste check --format json` on the
matching `<name>.yaml` (its organisation file is read through `meta.organisation`) and
compares the reported (file, line, rule) set with the labelled one, as tests/examples does:
several matches of one rule on one line count once, and the related places of a finding
(a text repeated on many items is reported once, with the other places as related places)
count as lines it reports. Findings located in an organisation
file are counted against that file, whose expected set is empty (the organisation files
here carry no defects), and are counted once however many registers share the file.

Prints precision and recall per rule, overall, and over today's rule ids only (labels with
proposed ids, listed in README.md, are misses by construction until the rules exist), then
the false alarms on the clean controls.

    python3 tests/corpus/measure.py [--seloste /work/bin/seloste] [--files] [--json]

The check runs with the real date (seloste has no option to fix it); every notice here is
dated on or before 2026-10-05, so the `dates` rule does not depend on the day of the run.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def read_expected(path):
    rows = set()
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            num, rule = line.split(None, 1)
            rows.add((int(num), rule.strip()))
    return rows


def is_clean(path):
    with open(path, encoding="utf-8") as f:
        return all(not l.split("#", 1)[0].strip() for l in f)


def today_rules(seloste):
    out = subprocess.run([seloste, "rules"], capture_output=True, text=True, check=True).stdout
    return {l.split()[0] for l in out.splitlines() if l.strip()}


def check(seloste, yaml_path):
    proc = subprocess.run(
        [seloste, "check", "--format", "json", yaml_path],
        capture_output=True, text=True, cwd=HERE,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"seloste failed on {yaml_path} (exit {proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout)["diagnostics"]


def ratio(a, b):
    return a / b if b else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seloste", default="/work/bin/seloste")
    ap.add_argument("--files", action="store_true", help="also print per-file misses and false alarms")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()

    known = today_rules(args.seloste)
    expected, found, clean, checked = set(), set(), set(), set()
    for root, _, names in os.walk(HERE):
        for n in sorted(names):
            if not n.endswith(".expected"):
                continue
            exp_path = os.path.join(root, n)
            yaml_rel = os.path.relpath(os.path.join(root, n[: -len(".expected")] + ".yaml"), HERE)
            checked.add(yaml_rel)
            if is_clean(exp_path):
                clean.add(yaml_rel)
            for line, rule in read_expected(exp_path):
                expected.add((yaml_rel, line, rule))
            for d in check(args.seloste, yaml_rel):
                if d.get("suppressed"):
                    continue
                # A finding reported once for a text repeated on many items lists the other
                # places as related places that repeat it: each is a reported line too.
                for at in [d] + [r for r in d.get("related", []) if r.get("repeats")]:
                    f = os.path.relpath(os.path.join(HERE, at["file"]), HERE) if at.get("file") else yaml_rel
                    found.add((f, at.get("line") or 0, d["rule"]))

    rules = sorted({r for _, _, r in expected | found})
    table, tot = [], defaultdict(int)
    for r in rules:
        e = {x for x in expected if x[2] == r}
        f = {x for x in found if x[2] == r}
        tp, fp, fn = len(e & f), len(f - e), len(e - f)
        table.append({"rule": r, "today": r in known, "labelled": len(e), "reported": len(f),
                      "tp": tp, "fp": fp, "fn": fn,
                      "precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn)})
        tot["tp"] += tp; tot["fp"] += fp; tot["fn"] += fn
        if r in known:
            tot["tp_k"] += tp; tot["fp_k"] += fp; tot["fn_k"] += fn
    clean_fp = sorted(x for x in found if x[0] in clean)
    summary = {
        "files": len(checked),
        "labelled": len(expected), "reported": len(found),
        "precision": ratio(tot["tp"], tot["tp"] + tot["fp"]),
        "recall_all_labels": ratio(tot["tp"], tot["tp"] + tot["fn"]),
        "recall_today_rules": ratio(tot["tp_k"], tot["tp_k"] + tot["fn_k"]),
        "clean_controls": len(clean), "clean_control_false_alarms": len(clean_fp),
    }
    if args.json:
        print(json.dumps({"summary": summary, "rules": table}, indent=2))
        return
    print(f"{'rule':24} {'today':5} {'lab':>4} {'rep':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'recall':>6}")
    for t in table:
        p = "  -  " if t["precision"] != t["precision"] else f"{t['precision']:.2f}"
        rc = "  -  " if t["recall"] != t["recall"] else f"{t['recall']:.2f}"
        print(f"{t['rule']:24} {'yes' if t['today'] else 'NEW':5} {t['labelled']:4} {t['reported']:4} "
              f"{t['tp']:4} {t['fp']:4} {t['fn']:4} {p:>6} {rc:>6}")
    print()
    print(f"overall: {tot['tp']} true, {tot['fp']} false alarms, {tot['fn']} misses; "
          f"precision {summary['precision']:.3f}, recall {summary['recall_all_labels']:.3f} "
          f"(over today's rule ids only: {summary['recall_today_rules']:.3f})")
    print(f"clean controls: {len(clean)} files, {len(clean_fp)} false alarms")
    if args.files:
        print()
        for x in sorted(expected - found):
            print("MISS ", *x)
        for x in sorted(found - expected):
            print("FALSE", *x)


if __name__ == "__main__":
    main()
