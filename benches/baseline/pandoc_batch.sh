#!/usr/bin/env bash
# Baseline for seloste's Markdown -> HTML: pandoc, one process per file, as a Makefile
# rule would run it:
#
#     pandoc -f gfm -t html5 --standalone --metadata pagetitle=<name> -o OUT IN
#
#   pandoc_batch.sh OUTDIR MDFILES...
#
# Each IN (e.g. dist/x/fi.md) becomes OUTDIR/<parent dir>-<stem>.html (x-fi.html).
# Input is GitHub-flavoured Markdown (`gfm`: CommonMark plus pipe tables, which seloste's
# Markdown uses for the categories table; with `-f commonmark` the table would come out as
# a paragraph of pipes). Set PANDOC_FROM=commonmark to compare.
# pandoc cannot do this in one process from the command line: several input files are
# concatenated into ONE document and -o names one file (a directory is an error). For
# the in-process case (one pandoc, many files) see pandoc_batch.lua: `pandoc lua`.
#
# Prints one JSON line on stdout: {"n":..., "total_s":..., "per_file_ms_median":...,
# "per_file_ms_mean":...}; each file's time is the whole pandoc process, start-up included.
# PANDOC picks the binary (default: the venv's from setup.sh, else pandoc on PATH).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${BENCH_VENV:-$here/../../target/bench-venv}"
if [[ -z ${PANDOC:-} ]]; then
    if [[ -x $venv/bin/pandoc ]]; then PANDOC="$venv/bin/pandoc"; else PANDOC=pandoc; fi
fi
from="${PANDOC_FROM:-gfm}"

(($# >= 2)) || { echo "usage: $0 OUTDIR MDFILES..." >&2; exit 2; }
out="$1"; shift
mkdir -p "$out"

times=()
for md in "$@"; do
    dir="$(basename "$(cd "$(dirname "$md")" && pwd)")"
    stem="$(basename "$md" .md)"
    t0=$(date +%s%N)
    "$PANDOC" -f "$from" -t html5 --standalone --metadata pagetitle="$dir $stem" \
        -o "$out/$dir-$stem.html" "$md"
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))   # microseconds
done

printf '%s\n' "${times[@]}" | sort -n | awk -v pandoc="$("$PANDOC" --version | head -1)" '
    { t[NR] = $1; sum += $1 }
    END {
        med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "{\"n\": %d, \"total_s\": %.4f, \"per_file_ms_median\": %.2f, \"per_file_ms_mean\": %.2f, \"pandoc\": \"%s\"}\n",
            NR, sum / 1e6, med / 1e3, sum / NR / 1e3, pandoc
    }'
