#!/usr/bin/env bash
# Builds the app image and checks what a person would see: `berth --version`, `berth config` on a
# sample, the window up to its first frame under Xvfb, JavaFX natives loaded in place (nothing
# unpacked to ~/.openjfx), and an AOT cache the JVM accepts (-XX:AOTMode=on fails otherwise).
# BERTH_SKIP_MVN=1 reuses the jars `mvn verify` just built (scripts/test.sh does so).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "installer test FAILED: $*" >&2; exit 1; }
pass() { echo "installer test ok: $*"; }

# stdout's last line is the image's path; on failure, say why (Maven and jpackage write to stderr)
"$ROOT/installer/build.sh" app-image > "$work/build.out" 2> "$work/build.err" \
  || fail "installer/build.sh app-image failed: $(tail -40 "$work/build.err") $(tail -5 "$work/build.out")"
cat "$work/build.err" >&2
APP=$(tail -1 "$work/build.out")
berth="$APP/bin/berth"
[ -x "$berth" ] || fail "no launcher at $berth"

version=$("$berth" --version)
[[ $version == "Berth version "* ]] || fail "--version printed '$version'"
pass "--version: $version"

JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$berth" --version > /dev/null 2> "$work/aot.err" \
  || fail "the AOT cache is not usable: $(cat "$work/aot.err")"
pass "AOT cache accepted"

(cd "$work" && "$berth" -f "$ROOT/compose-samples/webapp/compose.yaml" config > config.yaml) \
  || fail "config exited non-zero"
grep -q '^name: webapp' "$work/config.yaml" && grep -q 'condition: service_healthy' "$work/config.yaml" \
  || fail "config output lacks the project: $(head -5 "$work/config.yaml")"
(cd "$work" && "$berth" -f "$ROOT/compose-samples/webapp/compose.yaml" config --graph dot > graph.dot)
grep -q '"api" -> "db"' "$work/graph.dot" || fail "config --graph dot lacks api -> db"
pass "config and config --graph on compose-samples/webapp"

# A command leaves the resident daemon running, started through the image's own launcher (which execs java), and
# the next command is answered by it
export BERTH_DAEMON=1
"$berth" daemon stop > /dev/null 2>&1 || true
(cd "$work" && "$berth" -f "$ROOT/compose-samples/webapp/compose.yaml" config -q) || fail "config -q exited non-zero"
for _ in $(seq 1 40); do "$berth" daemon status > /dev/null 2>&1 && break; sleep 0.25; done
status=$("$berth" daemon status 2>&1) || fail "no daemon after a command from the image: $status"
(cd "$work" && "$berth" -f "$ROOT/compose-samples/webapp/compose.yaml" config -q) || fail "config -q through the daemon"
after=$("$berth" daemon status 2>&1)
"$berth" daemon stop > /dev/null 2>&1 || true
commands() { sed -n 's/.* \([0-9]*\) commands.*/\1/p' <<< "$1"; }
[ "$(commands "$after")" -gt "$(commands "$status")" ] \
  || fail "the daemon did not answer the next command: before '$status', after '$after'"
pass "the daemon runs from the image and answers: $after"
export BERTH_DAEMON=0

mkdir -p "$work/home"
HOME="$work/home" JAVA_TOOL_OPTIONS=-Dberth.exitAfterFirstFrame=true timeout 180 \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$berth" > "$work/gui.log" 2>&1 \
  || fail "the window did not start: $(tail -20 "$work/gui.log")"
grep 'berth: first frame at' "$work/gui.log" || fail "no first frame: $(tail -20 "$work/gui.log")"
[ ! -e "$work/home/.openjfx" ] || fail "JavaFX unpacked its native libraries to ~/.openjfx"
! grep -q 'Unsupported JavaFX configuration' "$work/gui.log" || fail "JavaFX was loaded from the class path"
pass "window reached its first frame; JavaFX natives loaded from the runtime"
