#!/usr/bin/env python3
"""Baseline for seloste's PDF output: WeasyPrint, many notices in one process.

    python weasy_batch.py [--repeat N] OUTDIR HTMLFILES...

Renders each HTML file to OUTDIR/<parent dir>-<stem>.pdf (so dist/x/fi.html becomes
x-fi.pdf) with weasyprint.HTML(filename=...).write_pdf(), all in this one process.
The first file is rendered once first as a warm-up (font discovery, CSS and code caches)
and not counted; then each file is rendered N times (default 1) and timed, and a JSON
line is printed on stdout:

    {"n": ..., "total_s": ..., "per_notice_ms_median": ..., "per_notice_ms_mean": ...}

n is the number of timed renders, total_s their sum. Python start-up, imports and the
warm-up are excluded. For the whole-process, one-notice case use the CLI instead:
`weasyprint in.html out.pdf`.
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import weasyprint


def render(src: Path, dest: Path) -> float:
    t0 = time.perf_counter()
    weasyprint.HTML(filename=str(src)).write_pdf(str(dest))
    return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=1, help="timed renders per file")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("html", nargs="+", type=Path)
    args = ap.parse_args(argv)

    args.outdir.mkdir(parents=True, exist_ok=True)
    jobs = [(src, args.outdir / f"{src.resolve().parent.name}-{src.stem}.pdf") for src in args.html]

    warmup = render(*jobs[0])
    times = []
    for _ in range(args.repeat):
        for src, dest in jobs:
            times.append(render(src, dest))

    print(json.dumps({
        "n": len(times),
        "total_s": round(sum(times), 4),
        "per_notice_ms_median": round(statistics.median(times) * 1000, 2),
        "per_notice_ms_mean": round(statistics.fmean(times) * 1000, 2),
        "warmup_ms": round(warmup * 1000, 2),
        "weasyprint": weasyprint.__version__,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
