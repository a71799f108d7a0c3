#!/usr/bin/env bash
# AOT training of an app image: installer/train.sh APP_DIR
# Points the launcher at dev.berth.Training with -XX:AOTCacheOutput, runs it once (CLI commands on
# the samples, then the window under Xvfb up to its first frame), and restores the launcher with
# -XX:AOTCache. The class path stays the launcher's own, which the cache requires.
set -euo pipefail
APP=${1:?usage: installer/train.sh APP_DIR}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CFG=$(ls "$APP"/lib/app/*.cfg 2>/dev/null || ls "$APP"/Contents/app/*.cfg)
LAUNCHER=$(ls "$APP"/bin/* 2>/dev/null | head -1 || ls "$APP"/Contents/MacOS/* | head -1)
NAME=$(basename "$CFG" .cfg)
CACHE_LINE="java-options=-XX:AOTCache=\$APPDIR/$NAME.aot"

cp "$CFG" "$CFG.orig"
trap 'mv -f "$CFG.orig" "$CFG"' ERR
rm -f "$(dirname "$CFG")/$NAME.aot"
sed -i -e 's/^app.mainclass=.*/app.mainclass=dev.berth.Training/' "$CFG"
sed -i -e "/^\[JavaOptions\]/a java-options=-XX:AOTCacheOutput=\$APPDIR/$NAME.aot" "$CFG"

samples=()
for s in webapp profiles override multistage; do
  [ -f "$ROOT/compose-samples/$s/compose.yaml" ] && samples+=("$ROOT/compose-samples/$s/compose.yaml")
done
run=("$LAUNCHER" --gui "${samples[@]}")
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  run=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}")
fi
# The JDK's training output is verbose; keep it in a log, show our own summary lines.
"${run[@]}" > "$APP.training.log" 2>&1 || { cat "$APP.training.log" >&2; exit 1; }
grep -E '^(training|berth):' "$APP.training.log" >&2 || true

mv -f "$CFG.orig" "$CFG"
trap - ERR
sed -i -e "/^\[JavaOptions\]/a $CACHE_LINE" "$CFG"
ls -l "$(dirname "$CFG")/$NAME.aot" >&2
