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
  (cd "$root" && "${MVN:-mvn}" -o -q -B package -DskipTests)
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
