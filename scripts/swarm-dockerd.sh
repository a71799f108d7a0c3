#!/usr/bin/env bash
# A swarm of dockerd nodes that the Swarm tests own, never the shared engine at /var/run/docker.sock (the Compose
# tests use it; `docker swarm init` there would change it under them) nor scripts/test-dockerd.sh's (its tests
# restart it).
#   scripts/swarm-dockerd.sh start [N]  start N nodes (default 2) unless they answer: node 1 inits the swarm as its
#                                        manager, the others join it as workers; berth/busybox:latest is loaded into each
#   scripts/swarm-dockerd.sh stop       leave and stop every node, remove the namespaces
#   scripts/swarm-dockerd.sh host [I]   print node I's DOCKER_HOST (default 1, the manager)
#   scripts/swarm-dockerd.sh down I     stop node I's dockerd only (a node going away); `start` brings it back
# Each node is a dockerd in a network namespace of its own (berthsw<I>, entered with nsenter: `ip netns exec`
# remounts /sys and hides the cgroups), with its own socket, data root, exec root (its own containerd) and pid file.
# The namespaces meet on a bridge inside a hub namespace (berthswhub), so nothing is added to the host's network:
# node I is 10.214.0.<10+I>/24 there. iptables stays on: its rules live in the node's namespace. Overlay networks
# come from 10.215.0.0/16, local bridges from 10.216.0.0/16. Every failure prints its cause and the node's log.
# Registry: each node's namespace has its own 127.0.0.1:5000, so each runs a docker-registry there serving the host
# registry's storage (scripts/start-registry.sh: 127.0.0.1:5000 in the host's namespace, $regdata) read-only in
# effect: an image pushed to 127.0.0.1:5000 from the shared engine is pulled under the same name on every node
# (dockerd takes 127.0.0.0/8 registries over plain HTTP without configuration).
set -euo pipefail
# The daemons started here outlive their caller: they must not keep its open files, e.g. the lock of
# `flock /tmp/berth-heavy.lock mvn verify ...`, which a dockerd would otherwise hold until it stops.
for fd in /proc/$$/fd/*; do
  fd=${fd##*/}
  [ "$fd" -gt 2 ] && [ "$fd" != 255 ] && eval "exec $fd>&-"
done 2>/dev/null || true
base=${BERTH_SWARM_DIR:-/run/berth-swarm}
datab=${BERTH_SWARM_DATA:-/var/lib/berth-swarm}
image=berth/busybox:latest
hub=berthswhub
regdata=${BERTH_REGISTRY_DATA:-/var/lib/berth-registry}

fail() {
  echo "swarm-dockerd: $*" >&2
  local log="$base/${node:-1}/dockerd.log"
  [ -r "$log" ] && { echo "--- last lines of $log:" >&2; tail -n 15 "$log" >&2; }
  exit 1
}

sock() { echo "unix://$base/$1/docker.sock"; }
addr() { echo "10.214.0.$((10 + $1))"; }
dk() { local i=$1; shift; docker -H "$(sock "$i")" "$@"; }
answers() { dk "$1" version --format '{{.Server.Version}}' >/dev/null 2>&1; }
state() { dk "$1" info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null || true; }

ns_up() {
  local i=$1 ns="berthsw$1"
  ip netns list | grep -qw "$hub" || {
    ip netns add "$hub" && ip -n "$hub" link set lo up && ip -n "$hub" link add br0 type bridge &&
      ip -n "$hub" link set br0 up
  } || fail "cannot create the hub namespace $hub"
  ip netns list | grep -qw "$ns" && return
  ip netns add "$ns" && ip -n "$ns" link set lo up || fail "cannot create the network namespace $ns"
  ip link add "bsw$i" netns "$ns" type veth peer name "bswh$i" netns "$hub" || fail "cannot create veth for node $i"
  ip -n "$hub" link set "bswh$i" master br0 && ip -n "$hub" link set "bswh$i" up &&
    ip -n "$ns" addr add "$(addr "$i")/24" dev "bsw$i" && ip -n "$ns" link set "bsw$i" up ||
    fail "cannot wire node $i to the hub"
}

daemon_up() {
  local i=$1 run="$base/$1" data="$datab/$1"
  node=$i
  answers "$i" && return
  local pid
  pid=$(cat "$run/docker.pid" 2>/dev/null || true)
  [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null || fail "a dockerd with pid $pid holds $run/docker.pid but does not answer"
  mkdir -p "$run" "$data" || fail "cannot create $run or $data"
  [ -s "$run/daemon.json" ] || echo '{}' >"$run/daemon.json"
  ns_up "$i"
  # setsid: the daemon outlives the shell (and the JVM) that started it
  # unshare --uts: each node has a host name of its own (berth-node-I), as `docker node ls` shows
  setsid nsenter --net="/run/netns/berthsw$i" unshare --uts sh -c "hostname berth-node-$i && exec dockerd \"\$@\"" sh --host "$(sock "$i")" --data-root "$data" \
    --exec-root "$run/exec" --pidfile "$run/docker.pid" --config-file "$run/daemon.json" \
    --default-address-pool "base=10.216.0.0/16,size=24" --shutdown-timeout 5 >>"$run/dockerd.log" 2>&1 </dev/null &
  local started=$!
  for _ in $(seq 1 150); do
    answers "$i" && return
    kill -0 "$started" 2>/dev/null || fail "dockerd of node $i exited while starting"
    sleep 0.2
  done
  fail "dockerd of node $i did not answer within 30 s"
}

load_image() {
  dk "$1" image inspect "$image" >/dev/null 2>&1 && return
  docker image inspect "$image" >/dev/null 2>&1 || fail "$image is not on the first daemon: run scripts/build-images.sh"
  docker save "$image" | dk "$1" load >/dev/null || fail "loading $image into node $1 failed"
}

# the node's view of the host registry (see the top); skipped with a note when the host has none
registry_up() {
  local i=$1 run="$base/$1" ns="/run/netns/berthsw$1"
  nsenter --net="$ns" curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1 && return
  command -v docker-registry >/dev/null && [ -d "$regdata" ] || {
    echo "swarm-dockerd: no registry on node $i (docker-registry or $regdata missing: run scripts/start-registry.sh)" >&2
    return 0
  }
  printf 'version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: %s\nhttp:\n  addr: 127.0.0.1:5000\n' \
    "$regdata" >"$run/registry.yml"
  setsid nsenter --net="$ns" docker-registry serve "$run/registry.yml" >>"$run/registry.log" 2>&1 </dev/null &
  echo $! >"$run/registry.pid"
  for _ in $(seq 1 50); do
    nsenter --net="$ns" curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1 && return
    sleep 0.2
  done
  fail "the registry of node $i did not answer on its 127.0.0.1:5000 within 10 s; see $run/registry.log"
}

swarm_up() {
  local n=$1
  node=1
  if [ "$(state 1)" != active ]; then
    dk 1 swarm init --advertise-addr "$(addr 1)" --default-addr-pool 10.215.0.0/16 >/dev/null || fail "swarm init failed"
  fi
  # a heartbeat of 2 s (5 s by default): the manager marks a node that went away down after 3 missed beats, so in
  # about 6 s instead of 15 (SwarmNodeLossIT waits for it); a swarm made by an older copy of this script is updated
  if [ "$(dk 1 info --format '{{.Swarm.Cluster.Spec.Dispatcher.HeartbeatPeriod}}')" != 2000000000 ]; then
    dk 1 swarm update --dispatcher-heartbeat 2s >/dev/null || fail "swarm update --dispatcher-heartbeat failed"
  fi
  local token
  token=$(dk 1 swarm join-token -q worker)
  for i in $(seq 2 "$n"); do
    node=$i
    # a node restarted after `down` rejoins by itself from its data root: it is "pending" until the manager answers
    for _ in $(seq 1 150); do [ "$(state "$i")" = pending ] || break; sleep 0.2; done
    [ "$(state "$i")" = active ] && continue
    dk "$i" swarm join --token "$token" --advertise-addr "$(addr "$i")" "$(addr 1):2377" >/dev/null ||
      fail "node $i could not join the swarm"
  done
}

start() {
  local n=${1:-2}
  command -v dockerd >/dev/null || fail "dockerd is not installed (apt-get install docker.io)"
  [ "$(id -u)" = 0 ] || fail "dockerd needs root; this is uid $(id -u)"
  command -v ip >/dev/null || fail "ip is not installed (apt-get install iproute2)"
  for i in $(seq 1 "$n"); do
    daemon_up "$i"
    load_image "$i"
    registry_up "$i"
  done
  swarm_up "$n"
  echo "swarm-dockerd: $n node(s) up, manager on $(sock 1)"
}

# SIGTERM to the dockerd whose run directory is $1, and wait until it is gone
stop_daemon() {
  local pid
  pid=$(cat "$1/docker.pid" 2>/dev/null || true)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid"
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  fail "dockerd $pid did not stop within 30 s of SIGTERM"
}

stop() {
  for run in "$base"/*/; do
    [ -d "$run" ] || continue
    stop_daemon "$run"
    local reg
    reg=$(cat "$run/registry.pid" 2>/dev/null || true)
    [ -n "$reg" ] && kill "$reg" 2>/dev/null || true
    rm -f "$run/registry.pid"
  done
  for ns in $(ip netns list | awk '{print $1}' | grep -E "^berthsw[0-9]+$|^$hub$"); do ip netns del "$ns"; done
  echo "swarm-dockerd: stopped"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  host) sock "${2:-1}" ;;
  down) [ -n "${2:-}" ] && [ "$2" != 1 ] || fail "down takes a worker's number (the manager, 1, keeps the swarm)"
    node=$2; stop_daemon "$base/$2"; echo "swarm-dockerd: node $2 stopped" ;;
  *) echo "usage: $0 start [N]|stop|host [I]|down I" >&2; exit 2 ;;
esac
