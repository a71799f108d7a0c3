#!/usr/bin/env bash
# The window's speed and memory on a large generated stack (issue 13's targets), written to
# target/benchmark-ui.txt: scripts/bench-ui.sh [N]   (N services, default 200; shape "rich" of the
# bench generator: chains of ten, seven networks, twenty volumes, a profile on every chain tail).
# 1. UiBenchmarkFxTest in a real window under Xvfb: engine event to screen, profile tick, search
#    keystroke, frame gaps during a scripted up of every service (no dockerd needed); then
#    TopologyBenchmarkFxTest and EditorBenchmarkFxTest (target/benchmark-editor.txt) on built-in stacks.
# 2. The real window (java -jar target/berth.jar gui FILE): first frame after process start, and
#    its resident memory 10 s after that first frame. With an app image built
#    (installer/build.sh app-image) its first frame too. Benchmarks, not tests: nothing fails on a number.
# 3. With BERTH_BENCH_DOCKER=1: frame gaps through a real `up` of N services on dockerd (UiDockerBenchmarkFxTest).
# 4. With BERTH_BENCH_USAGE=1: what live usage costs with 50 services running on dockerd: the window's bars and
#    chart (LiveUsageBenchmarkFxTest) and the stats feed alone (StatsFeedIT).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
N=${1:-200}
gen=${BERTH_BENCH_GEN:-}
for g in ../shared/tools/bench/gen.py ../../shared/tools/bench/gen.py; do
  [ -n "$gen" ] || { [ -f "$g" ] && gen=$g; } || true
done
[ -n "$gen" ] || { echo "bench-ui: gen.py not found; set BERTH_BENCH_GEN" >&2; exit 1; }
dir=target/bench-ui/stack$N
mkdir -p "$dir"
python3 "$gen" "$N" rich on "$dir/compose.yaml" > /dev/null
file=$(cd "$dir" && pwd)/compose.yaml
out=target/benchmark-ui.txt
{
  echo "# Berth window benchmark, $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# targets (issue 13): state change <= 16 ms, profile tick <= 50 ms, search <= 50 ms, no frame gap > 100 ms,"
  echo "# window RSS <= 300 MB, app image first frame <= 0.8 s"
} > "$out"
xvfb-run -a -s "-screen 0 1600x1000x24" mvn -q -B -ntp test-compile failsafe:integration-test failsafe:verify \
  -Dit.test=UiBenchmarkFxTest -Dberth.bench.file="$file"
# the drawing's layout, redraw and event latency and the editor's keystroke cost on 200 built-in services
xvfb-run -a -s "-screen 0 1600x1000x24" mvn -q -B -ntp failsafe:integration-test failsafe:verify \
  -Dit.test='TopologyBenchmarkFxTest,EditorBenchmarkFxTest' -Dberth.bench.ui=true
if [ "${BERTH_BENCH_DOCKER:-}" = 1 ]; then
  # the same shape on the real dockerd: no healthchecks (200 probes a second would load the shared engine),
  # the local image, a project name of its own; Down with volumes at the end
  ddir=target/bench-ui/berth-window-bench$N
  mkdir -p "$ddir"
  python3 "$gen" "$N" rich off "$ddir/compose.yaml" > /dev/null
  sed -i 's|image: .*|image: berth/busybox:latest|' "$ddir/compose.yaml"
  xvfb-run -a -s "-screen 0 1600x1000x24" mvn -q -B -ntp failsafe:integration-test failsafe:verify \
    -Dit.test=UiDockerBenchmarkFxTest -Dberth.bench.docker.file="$(cd "$ddir" && pwd)/compose.yaml"
fi
if [ "${BERTH_BENCH_USAGE:-}" = 1 ]; then
  xvfb-run -a -s "-screen 0 1600x1000x24" mvn -q -B -ntp failsafe:integration-test failsafe:verify \
    -Dit.test='LiveUsageBenchmarkFxTest,StatsFeedIT' -Dberth.bench.usage=true
fi
if [ ! -f target/berth.jar ] || [ -n "$(find src pom.xml -newer target/berth.jar -print -quit)" ]; then
  mvn -q -B -ntp package -DskipTests
fi
home=$(mktemp -d)
# one X server for the first frames and the windows' memory, started before: a first frame is counted from the
# command's start (date, epoch milliseconds) to the time the window prints, without xvfb-run's own start
for d in $(seq 91 140); do [ -e "/tmp/.X$d-lock" ] || break; done
Xvfb ":$d" -screen 0 1600x1000x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2> /dev/null; rm -rf "$home"' EXIT
sleep 1
export DISPLAY=":$d"
first_frame() { # command... ; prints ms from its start to its first frame
  local start at
  start=$(date +%s%3N)
  at=$(HOME=$home JAVA_TOOL_OPTIONS=-Dberth.exitAfterFirstFrame=true timeout 120 "$@" 2>&1 \
    | sed -n 's/.*first frame at epoch-ms \([0-9]*\).*/\1/p' | head -1)
  [ -n "$at" ] && echo $((at - start)) || echo "none"
}
jar=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar target/berth.jar gui)
for what in "$file" compose-samples/webapp/compose.yaml; do
  runs=$(for i in 1 2 3; do first_frame "${jar[@]}" "$what"; done | sort -n | tr '\n' ' ')
  echo "first frame, java -jar target/berth.jar gui $(basename "$(dirname "$what")") (ms from the command's start, 3 runs sorted, load $(cut -d' ' -f1 /proc/loadavg)): $runs" >> "$out"
done
app=target/installer/image/berth/bin/berth
if [ -x "$app" ]; then
  for what in "$file" compose-samples/webapp/compose.yaml; do
    runs=$(for i in 1 2 3; do first_frame "$app" gui "$what"; done | sort -n | tr '\n' ' ')
    echo "first frame, app image with AOT cache, $(basename "$(dirname "$what")") (ms, 3 runs sorted, load $(cut -d' ' -f1 /proc/loadavg)): $runs" >> "$out"
  done
fi
# resident memory of the real window with the stack open: 10 s after its first frame (the stack is drawn by then)
rss_of() { # label command... ; appends the window's RSS 10 s after its first frame
  local label=$1; shift
  HOME=$home JAVA_TOOL_OPTIONS=-Dberth.reportFirstFrame=true "$@" "$file" > "$home/gui.log" 2>&1 &
  local runner=$!
  for _ in $(seq 1 240); do grep -q 'first frame at' "$home/gui.log" && break; sleep 0.5; done
  sleep 10
  # the newest process with this command line is the JVM (the app image's launcher execs it)
  local pid
  pid=$(pgrep -n -f "gui $file")
  local rss hwm
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  echo "window ($label) with $N services open, 10 s after its first frame: RSS $((rss / 1024)) MB, peak $((hwm / 1024)) MB" >> "$out"
  kill "$pid" 2> /dev/null || true
  wait $runner 2> /dev/null || true
}
rss_of "java -jar, default JVM options" "${jar[@]}"
mapfile -t memory < <(grep -v '^#' installer/resources/memory.options | grep .)
rss_of "java -jar, the window's memory options as scripts/run.sh gives them" "$JAVA_HOME/bin/java" "${memory[@]}" \
  --enable-native-access=ALL-UNNAMED -jar target/berth.jar gui
if [ -x "$app" ]; then
  rss_of "app image, its JVM options" "$app" gui
fi
cat "$out"
