#!/usr/bin/env bash
# Times Berth's up/down against the reference `docker compose` and the engine floor (direct API calls),
# with the shared harness (/work/shared/tools/bench). Berth runs through scripts/berth (AOT cache).
#   bench/engine-bench.sh                 # up -d flat 1/10/50, chain10 healthy, wide 1->20 healthy, down 10/50
#   RUNS=2 ONLY='chain10' bench/engine-bench.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH_TOOLS:-/work/shared/tools/bench}
runs=${RUNS:-3}
only=${ONLY:-'^up -d|^down'}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# The harness's stacks use busybox:local; here that is the project's base image under a second tag.
docker image inspect busybox:local >/dev/null 2>&1 || docker tag berth/busybox:latest busybox:local
"$root/scripts/aot-cache.sh" >/dev/null
mkdir -p "$root/target/bench"
exec "$bench/bench.sh" --runs "$runs" --only "$only" --max-wait "${MAX_WAIT:-3}" \
  --json "$root/target/bench/engine-bench.json" \
  "berth=$root/scripts/berth" "v2=docker compose" @floor
