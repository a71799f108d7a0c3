#!/usr/bin/env bash
# Proves that the build steps the scripts use work on a fresh machine: an EMPTY local Maven repository,
# online, every plugin resolved by its pinned version (the enforcer refuses unpinned ones). Runs the
# Maven part of `mvn verify` (tests skipped) and of installer/build.sh (class path and JavaFX modules).
# Usage: scripts/fresh-repo-check.sh [DIR]   (DIR: the repository to use, default a new temporary one)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
repo=${1:-$(mktemp -d /tmp/berth-m2.XXXXXX)}
[ -z "$(ls -A "$repo" 2>/dev/null)" ] || { echo "fresh-repo-check: $repo is not empty" >&2; exit 1; }
# a copy of the sources, so the check's target/ does not replace the one the tests use
work=$(mktemp -d /tmp/berth-fresh.XXXXXX)
trap 'rm -rf "$work" "$repo"' EXIT
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$work")
export MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$repo"
start=$(date +%s)
(cd "$work" && mvn -B -ntp -q -DskipTests verify) > "$work/mvn.log" 2>&1 \
  || { echo "fresh-repo-check: mvn verify failed with an empty repository:" >&2; tail -40 "$work/mvn.log" >&2; exit 1; }
out=$(cd "$work" && BERTH_SKIP_MVN=1 installer/build.sh jars 2> "$work/jars.log" | tail -1) \
  || { echo "fresh-repo-check: installer/build.sh jars failed with an empty repository:" >&2; tail -40 "$work/jars.log" >&2; exit 1; }
n=$(ls "$out" | wc -l)
[ "$n" -gt 5 ] || { echo "fresh-repo-check: only $n jars in $out" >&2; exit 1; }
echo "fresh-repo-check: ok with an empty repository in $(( $(date +%s) - start )) s ($n jars on the class path, $(du -sh "$repo" | cut -f1) fetched)"
