#!/usr/bin/env bash
# Serves a Docker registry (Debian's docker-registry package) on 127.0.0.1:5000 for the push/pull tests,
# unless one already answers there. Our own config: storage on local disk, no auth, localhost only
# (dockerd treats 127.0.0.0/8 registries as insecure-allowed, so plain HTTP works without daemon changes).
set -euo pipefail
addr=127.0.0.1:5000
if curl -fsS "http://$addr/v2/" >/dev/null 2>&1; then
  exit 0
fi
if ! command -v docker-registry >/dev/null; then
  echo "setup: installing docker-registry"
  apt-get update -qq || { echo "setup: apt-get update failed" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-registry >/dev/null \
    || { echo "setup: apt-get install docker-registry failed" >&2; exit 1; }
fi
conf=/etc/berth-registry/config.yml
data=/var/lib/berth-registry
mkdir -p "$(dirname "$conf")" "$data"
cat >"$conf" <<YAML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $data
  delete:
    enabled: true
http:
  addr: $addr
YAML
log=/var/log/berth-registry.log
echo "setup: starting docker-registry on $addr (config: $conf, log: $log)"
nohup docker-registry serve "$conf" >"$log" 2>&1 &
for _ in $(seq 1 40); do
  if curl -fsS "http://$addr/v2/" >/dev/null 2>&1; then
    echo "setup: registry is up on $addr"
    exit 0
  fi
  sleep 0.25
done
echo "setup: the registry did not answer on $addr within 10 s; see $log" >&2
tail -n 20 "$log" >&2 || true
exit 1
