#!/usr/bin/env bash
# Start-up of the app image with and without its AOT cache, side by side: installer/measure.sh [RUNS]
# "without" is a copy of the image whose launcher lacks -XX:AOTCache (the runtime's default CDS
# archive still applies). Runs alternate between the two so machine load hits both alike.
# Prints the median, min and max in ms of: `berth --version` (launch to exit) and the first frame
# of the window (launch to the time the app prints, -Dberth.exitAfterFirstFrame=true) under Xvfb.
set -euo pipefail
RUNS=${1:-7}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP="$ROOT/target/installer/image/berth"
PLAIN="$ROOT/target/installer/image-no-aot/berth"
[ -f "$APP/lib/app/berth.aot" ] || { echo "build the app image first: installer/build.sh app-image" >&2; exit 1; }
rm -rf "$(dirname "$PLAIN")" && mkdir -p "$(dirname "$PLAIN")" && cp -a "$APP" "$PLAIN"
sed -i '/-XX:AOTCache=/d' "$PLAIN/lib/app/berth.cfg"
rm -f "$PLAIN/lib/app/berth.aot"

Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
home=$(mktemp -d)

version_ms() {
  local start=$(date +%s%N)
  "$1/bin/berth" --version > /dev/null
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}

frame_ms() {
  local start=$(date +%s%N) line
  line=$(cd "$home" && HOME=$home DISPLAY=:77 JAVA_TOOL_OPTIONS=-Dberth.exitAfterFirstFrame=true \
      timeout 300 "$1/bin/berth" 2>&1 | grep 'berth: first frame at epoch-ms')
  local at=$(echo "$line" | sed 's/.*epoch-ms \([0-9]*\).*/\1/')
  echo $(( at - start / 1000000 ))
}

stats() {
  sort -n | awk '{v[NR]=$1} END {printf "median %d  min %d  max %d  (n=%d)\n", v[int((NR+1)/2)], v[1], v[NR], NR}'
}

declare -A results
for i in $(seq "$RUNS"); do
  for variant in aot plain; do
    dir=$APP; [ $variant = plain ] && dir=$PLAIN
    results[$variant-version]+="$(version_ms "$dir") "
    results[$variant-frame]+="$(frame_ms "$dir") "
  done
done
for key in aot-version plain-version aot-frame plain-frame; do
  printf '%-14s ' "$key:"; tr ' ' '\n' <<< "${results[$key]}" | grep . | stats
done
rm -rf "$home"
