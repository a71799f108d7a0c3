#!/usr/bin/env bash
# Sets up what Berth needs (build, dockerd, local images) and opens it on a bundled sample,
# or on the compose files given as arguments. Under no display it starts Xvfb for the window.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
scripts/setup.sh
if [ ! -f target/berth.jar ] || [ -n "$(find src pom.xml -newer target/berth.jar -print -quit)" ]; then
  mvn -B -q -ntp package -DskipTests
fi
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(compose-samples/webapp/compose.yaml)
# the window's memory options, as the app image has them (installer/resources/memory.options)
mapfile -t memory < <(grep -v '^#' installer/resources/memory.options | grep .)
cmd=("$JAVA_HOME/bin/java" "${memory[@]}" --enable-native-access=ALL-UNNAMED -jar target/berth.jar gui "${files[@]}")
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${cmd[@]}"
fi
exec "${cmd[@]}"
