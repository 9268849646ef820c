#!/usr/bin/env bash
# Renders the README's screenshot: the reference case in a person's timeline, as a terminal shows it.
# Needs a data directory with the demo imported (npm start) and Debian's chromium and fonts-wqy-zenhei.
#   bash scripts/readme-screenshot.sh [data dir]     → docs/img/timeline.png
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-./data}"
page=$(mktemp --suffix=.html)
profile=$(mktemp -d)
trap 'rm -rf "$page" "$profile"' EXIT
{
  cat <<'HTML'
<!doctype html><meta charset="utf-8"><body style="margin:0;background:#1e1e1e">
<pre style="margin:0;padding:18px 22px;color:#d4d4d4;font:14px/1.45 'WenQuanYi Zen Hei Mono','WenQuanYi Zen Hei',monospace">
HTML
  echo '<span style="color:#6a9955">$ npx molehunt timeline 周晨 --from 2025-09-01T19:00 --to 2025-09-01T23:00 --tz Asia/Shanghai</span>'
  node bin/molehunt.js timeline 周晨 --from 2025-09-01T19:00 --to 2025-09-01T23:00 --tz Asia/Shanghai --data "$data" \
    | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g'
  echo '</pre></body>'
} >"$page"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
  --window-size=1240,300 --screenshot="$PWD/docs/img/timeline.png" "file://$page" 2>/dev/null
echo "wrote docs/img/timeline.png"
