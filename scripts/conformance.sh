#!/usr/bin/env bash
# Scores `berth config --format json` against the reference corpus (../shared/conformance).
# Builds target/berth.jar first when it is missing or older than the sources.
# Usage: scripts/conformance.sh [compare.py options, e.g. --sample 50, --show-errors, --report FILE, CASE ...]
# The last line printed is "N passed, M failed". A tool for people, not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
CORPUS=${CORPUS:-$(cd .. && pwd)/shared/conformance}
[ -f "$CORPUS/compare.py" ] || CORPUS=/work/shared/conformance
if [ ! -f target/berth.jar ] || [ -n "$(find src/main pom.xml -newer target/berth.jar -print -quit)" ]; then
    echo "building target/berth.jar ..." >&2
    mvn -q -B -ntp package -DskipTests >&2
fi
exec python3 "$CORPUS/compare.py" -q --cand "$JAVA_HOME/bin/java -jar $PWD/target/berth.jar config --format json" "$@"
