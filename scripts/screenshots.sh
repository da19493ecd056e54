#!/usr/bin/env bash
# Screenshots of the built notices in headless Chromium, for looking at them as a reader
# would: the standalone page (fi and en) and the index at phone and desktop widths, and the
# --fragment embedded in a host page with hostile global CSS.
# Usage: scripts/screenshots.sh [OUT_DIR] [REGISTER_ID]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/screenshots}
id=${2:-kuopion-kauppakamari-asiakashallinta}
mkdir -p "$out"
out=$(cd "$out" && pwd)
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chrome" ] || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 2; }

cargo run --quiet --release -- build notices/ --format html --out "$out/page" >/dev/null
cargo run --quiet --release -- build notices/ --format html --fragment --out "$out/fragment" >/dev/null

# A host page whose global CSS tries to break whatever it embeds.
cat > "$out/host.html" <<HOST
<!DOCTYPE html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title>
<style>
* { all: unset; }
html, body { display: block; background: #111111; color: #f5f5f5; font: 28px/1.1 "Comic Sans MS", fantasy; }
h1, h2, h3, p, li, td, th, dt, dd { color: #ff00ff !important; text-transform: uppercase; letter-spacing: 4px; }
section, main, div { padding: 40px; margin: -20px; }
a { color: yellow; }
table { display: none; }
.host-header { display: block; padding: 20px; background: #333333; }
</style></head>
<body>
<div class="host-header">Host site header</div>
$(cat "$out/fragment/$id/fi.html")
<div class="host-header">Host site footer</div>
</body></html>
HOST

shot() { # name width height url
  "$chrome" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --hide-scrollbars \
    --window-size="$2,$3" --screenshot="$out/$1.png" "$4" >/dev/null 2>&1
  echo "$out/$1.png"
}
for lang in fi en; do
  shot "page-$lang-desktop" 1280 2400 "file://$out/page/$id/$lang.html"
  shot "page-$lang-phone" 390 2400 "file://$out/page/$id/$lang.html"
done
shot index-desktop 1280 900 "file://$out/page/index.html"
shot index-phone 390 900 "file://$out/page/index.html"
shot host-desktop 1280 2400 "file://$out/host.html"
shot host-phone 390 2400 "file://$out/host.html"
