#!/usr/bin/env bash
# Makes a fresh Debian machine ready to build, run and test Berth: system packages, a running
# dockerd on /var/run/docker.sock, the local images the samples and tests use, and a registry on
# 127.0.0.1:5000 for the push/pull tests.
# Idempotent: each step is skipped when already done. Needs root for apt and dockerd.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

need=()
command -v dockerd >/dev/null || need+=(docker.io)
command -v ip >/dev/null || need+=(iproute2)
[ -x /bin/busybox ] || [ -x /usr/bin/busybox ] || need+=(busybox-static)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || need+=(libgtk-3-0)
command -v mvn >/dev/null || need+=(maven)
command -v python3 >/dev/null || need+=(python3)
command -v curl >/dev/null || need+=(curl)
command -v docker-registry >/dev/null || need+=(docker-registry)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ ! -x "$JAVA_HOME/bin/java" ]; then
  echo "setup: no JDK 25 at $JAVA_HOME; install Temurin 25 or set JAVA_HOME" >&2
  exit 1
fi

"$here/scripts/start-dockerd.sh"
"$here/scripts/build-images.sh"
"$here/scripts/start-registry.sh"
