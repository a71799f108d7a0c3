#!/usr/bin/env bash
# Times `berth config` against `docker compose config` on a generated 1,000-service project.
# usage: bench/config-bench.sh [N] [SHAPE] [RUNS]   (defaults: 1000 rich 5; SHAPE as in gen.py)
# Prints each tool's median wall time over RUNS runs and the ratio berth/reference.
set -euo pipefail
N=${1:-1000}; SHAPE=${2:-rich}; RUNS=${3:-5}
HERE=$(cd "$(dirname "$0")/.." && pwd)
JAR=$HERE/target/berth.jar
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
GEN=${GEN:-/work/shared/tools/bench/gen.py}
[ -f "$JAR" ] || { echo "build first: mvn -q -B -ntp package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
python3 "$GEN" "$N" "$SHAPE" on "$WORK/compose.yaml" --override "$WORK/compose.override.yaml" >/dev/null
cd "$WORK"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timeit() {  # prints seconds for one run of "$@", output discarded
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; e=$(date +%s.%N)
    echo "$e - $s" | bc -l
}
run() {
    local label=$1; shift; local times=()
    for _ in $(seq "$RUNS"); do times+=("$(timeit "$@")"); done
    printf '%s\n' "${times[@]}" | median
}
B=$(run berth "$JAVA" -jar "$JAR" config --format json)
R=$(run reference docker compose config --format json)
printf 'services=%s shape=%s runs=%s\n' "$N" "$SHAPE" "$RUNS"
printf 'berth config      median %.3f s\n' "$B"
printf 'docker compose    median %.3f s\n' "$R"
printf 'ratio berth/ref   %.2f\n' "$(echo "$B / $R" | bc -l)"
