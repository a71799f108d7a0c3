#!/usr/bin/env bash
# A second dockerd that the reliability tests own: they stop and restart it in the middle of up and down, which
# must never happen to the shared engine at /var/run/docker.sock (other tests run on it at the same time).
#   scripts/test-dockerd.sh start   start it unless it answers, and load berth/busybox:latest into it
#   scripts/test-dockerd.sh stop    SIGTERM, then wait until it and its containerd are gone
#   scripts/test-dockerd.sh host    print its DOCKER_HOST
# It coexists with the first daemon: its own socket, data root, exec root (so its own containerd) and pid file;
# a network namespace of its own (berthrel), so that its bridges and rules never touch the first daemon's: started
# in the host's namespace, dockerd deletes the interface docker0 (the FIRST daemon's bridge) when it clears a stale
# default network with address pools set, or runs with --bridge none, and every build on the first daemon then
# fails. No iptables rules, and networks from 10.213.0.0/16.
# Every failure prints its cause and the end of the daemon's log. Override the place with BERTH_TEST_DOCKERD_DIR.
set -euo pipefail
# The daemons started here outlive their caller: they must not keep its open files, e.g. the lock of
# `flock /tmp/berth-heavy.lock mvn verify ...`, which a dockerd would otherwise hold until it stops.
for fd in /proc/$$/fd/*; do
  fd=${fd##*/}
  [ "$fd" -gt 2 ] && [ "$fd" != 255 ] && eval "exec $fd>&-"
done 2>/dev/null || true
run=${BERTH_TEST_DOCKERD_DIR:-/run/berth-rel}
data=${BERTH_TEST_DOCKERD_DATA:-/var/lib/berth-rel}
sock="$run/docker.sock"
pidfile="$run/docker.pid"
log="$run/dockerd.log"
host="unix://$sock"
image=berth/busybox:latest
netns=${BERTH_TEST_DOCKERD_NETNS:-berthrel}

fail() {
  echo "test-dockerd: $*" >&2
  [ -r "$log" ] && { echo "--- last lines of $log:" >&2; tail -n 15 "$log" >&2; }
  exit 1
}

answers() { docker -H "$host" version --format '{{.Server.Version}}' >/dev/null 2>&1; }

running_pid() {
  local pid
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

start() {
  if answers; then
    load_image
    return
  fi
  command -v dockerd >/dev/null || fail "dockerd is not installed (apt-get install docker.io)"
  [ "$(id -u)" = 0 ] || fail "dockerd needs root; this is uid $(id -u)"
  local stale
  stale=$(running_pid)
  [ -z "$stale" ] || fail "a dockerd with pid $stale holds $pidfile but does not answer on $sock"
  mkdir -p "$run" "$data" || fail "cannot create $run or $data"
  [ -s "$run/daemon.json" ] || echo '{}' >"$run/daemon.json"
  command -v ip >/dev/null || fail "ip is not installed (apt-get install iproute2)"
  if ! ip netns list | grep -qw "$netns"; then
    ip netns add "$netns" && ip netns exec "$netns" ip link set lo up || fail "cannot create the network namespace $netns"
  fi
  # setsid: the daemon outlives the shell (and the JVM) that started it; the tests stop it by its pid file.
  # nsenter, not ip netns exec: that remounts /sys for the namespace and hides the cgroup mounts dockerd needs
  setsid nsenter --net="/run/netns/$netns" dockerd --host "$host" --data-root "$data" --exec-root "$run/exec" --pidfile "$pidfile" \
    --config-file "$run/daemon.json" --iptables=false --ip-masq=false \
    --default-address-pool base=10.213.0.0/16,size=24 --shutdown-timeout 5 >>"$log" 2>&1 </dev/null &
  local started=$!
  for _ in $(seq 1 150); do
    if answers; then
      load_image
      echo "test-dockerd: up on $host (pid $(cat "$pidfile"))"
      return
    fi
    kill -0 "$started" 2>/dev/null || fail "dockerd exited while starting"
    sleep 0.2
  done
  fail "dockerd did not answer on $sock within 30 s"
}

load_image() {
  docker -H "$host" image inspect "$image" >/dev/null 2>&1 && return
  docker image inspect "$image" >/dev/null 2>&1 || fail "$image is not on the first daemon: run scripts/build-images.sh"
  docker save "$image" | docker -H "$host" load >/dev/null || fail "loading $image into $host failed"
}

stop() {
  local pid
  pid=$(running_pid)
  [ -n "$pid" ] || return 0
  kill -TERM "$pid"
  for _ in $(seq 1 300); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "test-dockerd: stopped (pid $pid)"
      return
    fi
    sleep 0.1
  done
  fail "dockerd $pid did not stop within 30 s of SIGTERM"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  host) echo "$host" ;;
  *) echo "usage: $0 start|stop|host" >&2; exit 2 ;;
esac
