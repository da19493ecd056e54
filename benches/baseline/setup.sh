#!/usr/bin/env bash
# Set up the baselines that seloste's benchmarks compare against.
#
# Idempotent: safe to run again; it only installs what is missing or changed.
#   - system libraries WeasyPrint needs (Pango, HarfBuzz, fonts), via apt-get, only when
#     missing (with sudo when not root);
#   - a Python venv ($BENCH_VENV, default <repo>/target/bench-venv) with the exact versions
#     pinned in requirements.txt beside this file: PyYAML, jsonschema, Jinja2, WeasyPrint
#     and pypandoc_binary (which ships a pandoc binary inside its wheel);
#   - $BENCH_VENV/bin/pandoc, a link to that pandoc, so `pandoc` is on PATH in the venv.
# Prints the versions in use at the end.
#
# Environment:
#   BENCH_VENV    where the venv goes (default: <repo>/target/bench-venv)
#   BENCH_PYTHON  the Python to build it from (default: pyenv's newest 3.11, else python3.11)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="${BENCH_VENV:-$repo/target/bench-venv}"
req="$here/requirements.txt"

log() { printf 'setup: %s\n' "$*" >&2; }

# --- system libraries --------------------------------------------------------------
# What WeasyPrint's documentation lists for Debian (Pango >= 1.44 with its FreeType
# backend, HarfBuzz's subsetter), plus fonts with Finnish glyphs and, for looking at
# the PDFs, pdftoppm.
apt_pkgs=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libffi8
          fonts-dejavu-core fontconfig poppler-utils)
missing=()
for p in "${apt_pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    log "installing system packages: ${missing[*]}"
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    log "system packages present"
fi

# --- Python ------------------------------------------------------------------------
py="${BENCH_PYTHON:-}"
if [[ -z $py ]]; then
    pyenv_root="${PYENV_ROOT:-/root/.pyenv}"
    cand="$(ls -d "$pyenv_root"/versions/3.11.*/bin/python3 2>/dev/null | sort -V | tail -1 || true)"
    if [[ -n $cand ]]; then py="$cand"
    elif command -v python3.11 >/dev/null; then py="$(command -v python3.11)"
    else py="$(command -v python3)"; fi
fi
"$py" -c 'import sys; assert sys.version_info >= (3, 9), sys.version' \
    || { log "need Python >= 3.9, got $py"; exit 1; }

if [[ ! -x $venv/bin/python ]]; then
    log "creating venv $venv from $py"
    mkdir -p "$(dirname "$venv")"
    "$py" -m venv "$venv"
fi

# Reinstall only when requirements.txt changed since the last successful install.
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$req" | cut -d' ' -f1)"
if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
    log "installing $req"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --require-virtualenv -r "$req"
    echo "$want" > "$stamp"
else
    log "venv up to date"
fi

# pandoc from pypandoc_binary: put it on the venv's PATH.
pandoc_bin="$("$venv/bin/python" -c 'import pypandoc, os; print(os.path.join(os.path.dirname(pypandoc.__file__), "files", "pandoc"))')"
[[ -x $pandoc_bin ]] || { log "no pandoc binary at $pandoc_bin"; exit 1; }
ln -sfn "$pandoc_bin" "$venv/bin/pandoc"

# --- versions ----------------------------------------------------------------------
"$venv/bin/python" - <<'PY'
import sys, importlib.metadata as md
import yaml
print(f"python      {sys.version.split()[0]} ({sys.executable})")
for dist in ("PyYAML", "jsonschema", "Jinja2", "weasyprint", "pydyf", "pypandoc_binary"):
    print(f"{dist:<11} {md.version(dist)}")
print(f"yaml loader {'CSafeLoader (libyaml)' if getattr(yaml, '__with_libyaml__', False) else 'SafeLoader (pure Python, no libyaml)'}")
from weasyprint.text.ffi import pango
v = pango.pango_version()
print(f"pango       {v // 10000}.{v // 100 % 100}.{v % 100}")
PY
"$venv/bin/pandoc" --version | head -1
echo "venv: $venv"
