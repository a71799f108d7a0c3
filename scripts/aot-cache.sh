#!/usr/bin/env bash
# Makes target/berth.aot, the AOT cache scripts/berth uses, from one training run of the plain jar:
# `berth --version`, `berth config` on the samples, `berth ps` (it answers only when dockerd runs).
# The class path must be the very jar scripts/berth runs, by the same absolute path.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jar="$root/target/berth.jar"
cache="$root/target/berth.aot"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$root" && "${MVN:-mvn}" -q -B -ntp package -DskipTests)
fi
samples=()
for s in webapp profiles override multistage; do
  [ -f "$root/compose-samples/$s/compose.yaml" ] && samples+=("$root/compose-samples/$s/compose.yaml")
done
rm -f "$cache"
# Without class linking the cache's classes load on demand, not all at start-up: a command forwarded to the
# daemon loads a few dozen classes, and preloading all 3,800 would triple its JVM start (measured 40 vs 125 ms).
(cd "$root" && "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:-AOTClassLinking "-XX:AOTCacheOutput=$cache" \
    -cp "$jar" dev.berth.Training "${samples[@]}") > "$root/target/berth.aot.log" 2>&1 \
  || { cat "$root/target/berth.aot.log" >&2; exit 1; }
grep '^training:' "$root/target/berth.aot.log" >&2 || true
ls -l "$cache"

# The thin client's own cache (scripts/berth starts it first): trained on a command forwarded to a daemon of this
# build, started for that in a directory of its own and stopped after. It holds only JDK and client classes, so
# linking them all at start-up (the default here) costs less than loading them one by one.
client=("$root"/target/berth-*-client.jar)
client_cache="$root/target/berth-client.aot"
rm -f "$client_cache"
dir=$(mktemp -d)
trap 'BERTH_DAEMON_DIR="$dir" "$root/scripts/berth" daemon stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
export BERTH_DAEMON_DIR="$dir"
"$root/scripts/berth" daemon start >/dev/null
full=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
  "-XX:AOTCache=$cache" -jar "$jar")
(cd "$root" && "$JAVA_HOME/bin/java" "-XX:AOTCacheOutput=$client_cache" -cp "${client[0]}" \
    dev.berth.cli.daemon.ThinClient "${#full[@]}" "${full[@]}" --version) > "$root/target/berth-client.aot.log" 2>&1 \
  || { cat "$root/target/berth-client.aot.log" >&2; exit 1; }
ls -l "$client_cache"
