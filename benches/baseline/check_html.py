#!/usr/bin/env python3
"""Baseline for `seloste check` and `seloste build --format html`, written the way a team
without seloste would: PyYAML + jsonschema + Jinja2.

    python check_html.py check PATHS...            validate every *.yaml under PATHS
    python check_html.py html --out DIR PATHS...   validate, then write DIR/<id>/<lang>.html

What it does, per *.yaml file found under PATHS (files or directories, recursively):
  * load it with PyYAML, with the libyaml C loader (yaml.CSafeLoader) when PyYAML was built
    with it, else the pure-Python SafeLoader; the loader used is printed on stderr;
  * decide what it is: an organisation file if it is named organisation.yaml or has no
    `meta` key, otherwise a register;
  * validate it against schemas/register.schema.json or schemas/organisation.schema.json
    with jsonschema's Draft 2020-12 validator (each compiled once, `format` checked),
    collecting every error with iter_errors.
`check` prints each error (stdout) and a count (stderr) and exits 1 when there is any.
`html` does the same checks and, when there is no error, renders each register in each of
its `meta.languages` with notice.html.j2, after merging in the organisation file named by
`meta.organisation` (the register's own facts win; recipients by id; the organisation's
transfers to recipients the register uses), roughly as seloste's page does.

Not done, on purpose (this is the baseline, not a port of seloste):
  * none of seloste's GDPR rules beyond the JSON Schema (missing bases, undefined ids,
    retention, transfers, translations...): schema validation only;
  * Markdown in text fields is not rendered: texts are printed as plain, escaped text;
  * diagnostics carry a JSON path, not a file line.

YAML note: PyYAML implements YAML 1.1, where an unquoted 2026-03-02 is a timestamp and
becomes a datetime.date, which fails the schema's `"type": "string"` for dates (10 errors
on notices/). seloste's YAML reader keeps it a string. As a team would, we make the loader
keep timestamps as the strings they were written as. (Other YAML 1.1 surprises, e.g. an
unquoted `NO` or `yes` becoming a boolean, are left as they are: the schema reports them.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import jinja2
import yaml
from jsonschema import Draft202012Validator

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

if getattr(yaml, "__with_libyaml__", False):
    _Base, LOADER_NAME = yaml.CSafeLoader, "yaml.CSafeLoader (libyaml)"
else:
    _Base, LOADER_NAME = yaml.SafeLoader, "yaml.SafeLoader (pure Python)"


class Loader(_Base):  # type: ignore[misc, valid-type]
    """The safe loader, keeping YAML 1.1 timestamps as the strings they were written as."""


Loader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def load_yaml(path: Path):
    with open(path, "rb") as f:
        return yaml.load(f, Loader=Loader)


def validator(name: str) -> Draft202012Validator:
    with open(REPO / "schemas" / name, encoding="utf-8") as f:
        schema = json.load(f)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def find_yaml(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.rglob("*.yaml")))
        else:
            out.append(p)
    return out


def is_organisation(path: Path, doc) -> bool:
    return path.name == "organisation.yaml" or not (isinstance(doc, dict) and "meta" in doc)


def check(paths: list[str]):
    """Load and validate every file. Returns (registers, organisations, errors)."""
    reg_v = validator("register.schema.json")
    org_v = validator("organisation.schema.json")
    registers: list[tuple[Path, dict]] = []
    organisations: dict[Path, dict] = {}
    errors: list[str] = []
    for path in find_yaml(paths):
        try:
            doc = load_yaml(path)
        except (OSError, yaml.YAMLError) as e:
            errors.append(f"{path}: {e}")
            continue
        org = is_organisation(path, doc)
        v = org_v if org else reg_v
        for e in v.iter_errors(doc):
            errors.append(f"{path}: {e.json_path}: {e.message}")
        if org:
            organisations[path.resolve()] = doc
        else:
            registers.append((path, doc))
    return registers, organisations, errors


# --- rendering ------------------------------------------------------------------------

LABELS = None  # labels.yaml, loaded on first use


def tx(value, lang: str) -> str:
    """A text: one plain string, or a {lang: text} map. Markdown is not rendered."""
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get(lang, "")
    return str(value).strip()


DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def duration(iso: str, T: dict) -> str:
    m = DURATION.match(iso or "")
    if not m:
        return iso or ""
    parts = []
    for n, unit in zip(m.groups(), "YMWD"):
        if n:
            one, other = T[f"duration-{unit}"]
            parts.append(f"{int(n)} {one if int(n) == 1 else other}")
    if len(parts) > 1:
        return f"{', '.join(parts[:-1])} {T['and']} {parts[-1]}"
    return parts[0] if parts else iso


def retention(r, lang: str, T: dict) -> str:
    if not r:
        return ""
    if r.get("period"):
        main = duration(r["period"], T)
        if r.get("from"):
            main = " ".join(x for x in (main, T["from"], tx(r["from"], lang)) if x)
    elif r.get("until"):
        main = T.get(f"retention-until-{r['until']}", r["until"])
    else:
        main = ""
    crit = tx(r.get("criteria"), lang)
    return f"{main}. {crit}" if main and crit else main or crit


def date(iso: str, lang: str, T: dict) -> str:
    y, m, d = (int(x) for x in str(iso).split("-"))
    return f"{d} {T['months'][m - 1]} {y}" if "months" in T else f"{d}.{m}.{y}"


ORG_FACTS = ("controller", "contact_person", "dpo", "representative",
             "security", "rights_requests", "authority")


def merge(reg: dict, org: dict | None) -> dict:
    """The register with its organisation's shared facts filled in."""
    n = dict(reg)
    if not org:
        return n
    for k in ORG_FACTS:
        if n.get(k) is None and org.get(k) is not None:
            n[k] = org[k]
    defs = {r["id"]: r for r in org.get("recipients", []) if "id" in r}
    n["recipients"] = [{**defs.get(r.get("id"), {}), **r} for r in reg.get("recipients", [])]
    used = {r.get("id") for r in reg.get("recipients", [])}
    own = {t.get("recipient") for t in reg.get("transfers", []) if t.get("recipient")}
    n["transfers"] = list(reg.get("transfers", [])) + [
        t for t in org.get("transfers", [])
        if t.get("recipient") in used and t.get("recipient") not in own
    ]
    return n


def rights(n: dict) -> dict:
    r = dict(portability=False, withdraw_consent=False, objection=False,
             objection_direct_marketing=False)
    for p in n.get("purposes", []):
        b = p.get("basis")
        if b == "consent":
            r["portability"] = r["withdraw_consent"] = True
        elif b == "contract":
            r["portability"] = True
        elif b in ("public-task", "legitimate-interests"):
            r["objection"] = True
        if p.get("direct_marketing"):
            r["objection_direct_marketing"] = True
    if any(c.get("special_condition") == "explicit-consent" for c in n.get("categories", [])):
        r["portability"] = r["withdraw_consent"] = True
    return r


def render_all(registers, organisations, out: Path) -> int:
    global LABELS
    with open(HERE / "labels.yaml", "rb") as f:
        LABELS = yaml.load(f, Loader=Loader)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([HERE, REPO / "templates"]),  # style.css is seloste's
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.ChainableUndefined,
    )
    template = env.get_template("notice.html.j2")
    written = 0
    for path, reg in registers:
        meta = reg["meta"]
        org = None
        if meta.get("organisation"):
            org = organisations.get((path.parent / meta["organisation"]).resolve())
            if org is None:
                org = load_yaml(path.parent / meta["organisation"])
        n = merge(reg, org)
        kinds = {s.get("kind") for s in n.get("sources", [])}
        langs = meta.get("languages", ["fi"])
        for lang in langs:
            T = LABELS[lang]
            cats = {c["id"]: tx(c.get("name"), lang) for c in n.get("categories", [])}
            purps = {p["id"]: tx(p.get("name"), lang) for p in n.get("purposes", [])}
            recs = {r["id"]: tx(r.get("name"), lang) for r in n.get("recipients", [])}
            html = template.render(
                n=n, lang=lang, T=T, A=LABELS["authority"][lang],
                tx=lambda v, lang=lang: tx(v, lang),
                retention=lambda r, lang=lang, T=T: retention(r, lang, T),
                duration=lambda d, T=T: duration(d, T),
                date=lambda d, lang=lang, T=T: date(d, lang, T),
                country=lambda c, T=T: T.get(f"country-{c}", c) if c else "",
                cats=cats, purps=purps, recs=recs,
                rights=rights(n),
                art13=bool(kinds & {"data-subject", "observation"}),
                art14=bool(kinds - {"data-subject", "observation"}),
                others=[(l, LABELS[l]["lang-name"]) for l in langs if l != lang],
            )
            dest = out / meta["id"] / f"{lang}.html"
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(html, encoding="utf-8")
            written += 1
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    sub.add_parser("check").add_argument("paths", nargs="+")
    h = sub.add_parser("html")
    h.add_argument("--out", required=True, type=Path)
    h.add_argument("paths", nargs="+")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    registers, organisations, errors = check(args.paths)
    for e in errors:
        print(e)
    print(f"{len(find_yaml(args.paths))} files ({len(registers)} registers, "
          f"{len(organisations)} organisation files), {len(errors)} errors "
          f"(schema, or YAML that did not parse); loader {LOADER_NAME}", file=sys.stderr)
    if errors:
        return 1
    if args.mode == "html":
        written = render_all(registers, organisations, args.out)
        print(f"wrote {written} HTML pages to {args.out}", file=sys.stderr)
    print(f"{time.perf_counter() - t0:.3f} s after imports", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
