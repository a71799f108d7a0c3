#!/usr/bin/env bash
# Stack deploy benchmark, Berth and the docker CLI side by side in one run, on the swarm of scripts/swarm-dockerd.sh:
#   deploy of N services to converged (every task running), a rolling update of one service with 6 replicas
#   (parallelism 2, start-first) to converged, and removal until every task is gone.
# The docker CLI's deploy is timed as `docker stack deploy` (detached) followed by polling until every service
# shows all its replicas running, which is what "to converged" means here; `docker stack deploy --detach=false`
# is also timed with REF=1, for reference (it adds a 5 s stability wait per update: minutes at 50 services).
# Berth runs through scripts/berth: the thin client and the resident daemon (started and warmed before the
# first timing); BERTH_DAEMON=0 times a fresh JVM per command instead. Each row ends with the 1-minute load average.
# Usage: bench/stack-bench.sh [RUNS] [N...]   (default: 3 10 50)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}; shift || true
sizes=${*:-10 50}
"$here/scripts/swarm-dockerd.sh" start 2 >/dev/null
DOCKER_HOST=$("$here/scripts/swarm-dockerd.sh" host)
export DOCKER_HOST BERTH_DAEMON=${BERTH_DAEMON:-1}
berth() { "$here/scripts/berth" "$@"; }
for _ in 1 2 3; do berth stack ls >/dev/null; done # the daemon up and its stack classes loaded
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
gen() { # N FILE [ENV]
  { echo "services:"; for i in $(seq 1 "$1"); do
      printf '  s%02d:\n    image: berth/busybox:latest\n    command: ["sleep", "3600"]\n    init: true\n' "$i"
      printf '    environment: {V: "%s"}\n' "${3:-1}"
    done; } >"$2"
}
roll() { # FILE VALUE
  printf 'services:\n  app:\n    image: berth/busybox:latest\n    command: ["sleep", "3600"]\n    init: true\n    environment: {V: "%s"}\n    deploy:\n      replicas: 6\n      update_config: {parallelism: 2, order: start-first}\n' "$2" >"$1"
}
converged() { # STACK: every service shows n/n with n > 0, and no update in progress
  local out
  out=$(docker stack services "$1" --format '{{.Replicas}}' 2>/dev/null) || return 1
  [ -n "$out" ] && ! grep -qvE '^([0-9]+)/\1$' <<<"$out" || return 1
  ! docker service ls --filter "label=com.docker.stack.namespace=$1" -q | xargs -r docker service inspect \
      --format '{{if .UpdateStatus}}{{.UpdateStatus.State}}{{end}}' | grep -q updating
}
gone() { [ -z "$(docker ps -q --filter "label=com.docker.stack.namespace=$1")" ] && [ -z "$(docker -H unix:///run/berth-swarm/2/docker.sock ps -q --filter "label=com.docker.stack.namespace=$1")" ]; }
completed() { [ "$(docker service inspect "$1" --format '{{if .UpdateStatus}}{{.UpdateStatus.State}}{{end}}')" = completed ]; }
wait_for() { until "$@"; do sleep 0.1; done; }
row() { printf '%s\t%s\t%s\t%.2f\tload %s\n' "$1" "$2" "$3" "$4" "$(cut -d' ' -f1 /proc/loadavg)"; }
for n in $sizes; do
  gen "$n" "$work/f$n.yaml"
  for r in $(seq 1 "$runs"); do
    t=$(now); docker stack deploy -c "$work/f$n.yaml" dk$n >/dev/null 2>&1; wait_for converged dk$n; row deploy "$n" docker "$(echo "$(now) - $t" | bc)"
    t=$(now); docker stack rm dk$n >/dev/null; wait_for gone dk$n; row rm "$n" docker "$(echo "$(now) - $t" | bc)"
    t=$(now); berth stack deploy -c "$work/f$n.yaml" --detach=false bb$n >/dev/null 2>&1; row deploy "$n" berth "$(echo "$(now) - $t" | bc)"
    converged bb$n || echo "berth returned before bb$n converged" >&2
    t=$(now); berth stack rm --detach=false bb$n >/dev/null; wait_for gone bb$n; row rm "$n" berth "$(echo "$(now) - $t" | bc)"
    if [ "${REF:-0}" = 1 ]; then
      t=$(now); docker stack deploy -c "$work/f$n.yaml" --detach=false dw$n >/dev/null 2>&1; row "deploy(--detach=false)" "$n" docker "$(echo "$(now) - $t" | bc)"
      docker stack rm dw$n >/dev/null; wait_for gone dw$n
    fi
    sleep 3 # networks of removed stacks go a moment after their tasks
  done
done
for r in $(seq 1 "$runs"); do
  for tool in docker berth; do
    roll "$work/r.yaml" 1
    if [ $tool = docker ]; then docker stack deploy -c "$work/r.yaml" rd >/dev/null 2>&1; wait_for converged rd; roll "$work/r.yaml" 2
      t=$(now); docker stack deploy -c "$work/r.yaml" rd >/dev/null 2>&1; wait_for completed rd_app; wait_for converged rd; row rolling-update 6 docker "$(echo "$(now) - $t" | bc)"
      docker stack rm rd >/dev/null; wait_for gone rd
    else berth stack deploy -c "$work/r.yaml" --detach=false rb >/dev/null 2>&1; roll "$work/r.yaml" 2
      t=$(now); berth stack deploy -c "$work/r.yaml" --detach=false rb >/dev/null 2>&1; row rolling-update 6 berth "$(echo "$(now) - $t" | bc)"
      berth stack rm --detach=false rb >/dev/null; wait_for gone rb
    fi
    sleep 3
  done
done
