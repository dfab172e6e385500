#!/bin/sh
# Screenshots of the SVGs in out/ as a browser shows them, at 1920x1080 in
# headless Chromium (Debian's chromium): what a presenter sees.
#   tests/screenshot.sh   writes out/deepseek-2025.screenshot.png (the graph),
#                         out/deepseek-2025-timeline-THEME.screenshot.png
#                         and out/deepseek-2025-slideNN.screenshot.png
set -eu
cd "$(dirname "$0")/.."
for name in deepseek-2025 deepseek-2025-timeline-light deepseek-2025-timeline-dark \
  deepseek-2025-timeline-print; do
  svg="$PWD/out/$name.svg"
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size=1920,1080 \
    --screenshot="out/$name.screenshot.png" \
    "file://$svg" >/dev/null 2>&1
  rm -rf "$profile"
  echo "out/$name.screenshot.png"
done
for svg in out/deepseek-2025-slide*.svg; do
  shot="${svg%.svg}.screenshot.png"
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size=1920,1080 \
    --screenshot="$shot" "file://$PWD/$svg" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$shot"
done
