#!/usr/bin/env bash
# Starts dockerd in the background on /var/run/docker.sock unless a daemon already answers.
set -euo pipefail
if docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
  exit 0
fi
if ! command -v dockerd >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi
log=/var/log/berth-dockerd.log
echo "setup: starting dockerd (log: $log)"
nohup dockerd --host=unix:///var/run/docker.sock >"$log" 2>&1 &
for _ in $(seq 1 60); do
  if docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
    echo "setup: dockerd $(docker version --format '{{.Server.Version}}') is up"
    exit 0
  fi
  sleep 0.5
done
echo "setup: dockerd did not answer within 30 s; see $log" >&2
tail -n 20 "$log" >&2 || true
exit 1
