#!/usr/bin/env bash
# Installs the .deb with dpkg -i, runs `berth` from the PATH, checks the desktop entry and the AOT
# cache, then removes the package. Needs root. Slow (the .deb takes minutes to compress), so it is
# not part of scripts/test.sh; BERTH_REUSE_IMAGE=1 packages the image installer/test.sh built.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "deb test FAILED: $*" >&2; exit 1; }
pass() { echo "deb test ok: $*"; }

# gzip instead of dpkg-deb's default xz: a larger file, made several times faster.
DEB=$(DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip} "$ROOT/installer/build.sh" deb | tail -1)
# jpackage's desktop integration needs xdg-utils; dpkg -i does not fetch dependencies.
command -v xdg-desktop-menu > /dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xdg-utils > /dev/null
# A bare server has no menu directories; make them as a desktop has, to check the menu entry too.
made=()
for d in /etc/xdg/menus /usr/share/desktop-directories; do
  [ -d "$d" ] || { mkdir -p "$d"; made+=("$d"); }
done
cleanup() {
  dpkg -r berth > /dev/null 2>&1 || true
  [ ${#made[@]} -eq 0 ] || rm -rf "${made[@]}"
}
dpkg -i "$DEB" > /dev/null || { cleanup; fail "dpkg -i $DEB"; }
trap cleanup EXIT
pass "installed $(basename "$DEB")"

[ "$(command -v berth)" = /usr/bin/berth ] || fail "berth is not on the PATH as /usr/bin/berth"
version=$(cd /tmp && berth --version 2> /dev/null)
[[ $version == "Berth version "* ]] || fail "berth --version printed '$version'"
pass "berth --version from the PATH: $version"
(cd /tmp && JAVA_TOOL_OPTIONS=-XX:AOTMode=on berth --version > /dev/null 2>&1) \
  || fail "the installed AOT cache is refused (file times not restored?)"
pass "installed AOT cache accepted"
(cd /tmp && berth -f "$ROOT/compose-samples/webapp/compose.yaml" config -q) || fail "berth config -q"
grep -q '^Exec=/opt/berth/bin/berth gui' /usr/share/applications/berth-berth.desktop \
  || fail "no desktop entry in /usr/share/applications"
pass "desktop entry installed"

dpkg -r berth > /dev/null || fail "dpkg -r berth"
trap - EXIT
[ ${#made[@]} -eq 0 ] || rm -rf "${made[@]}"
[ ! -e /usr/bin/berth ] && [ ! -e /opt/berth ] && [ ! -e /usr/share/applications/berth-berth.desktop ] \
  || fail "files left after dpkg -r"
pass "removed cleanly"
