#!/usr/bin/env bash
# Builds the local images Berth's samples and tests use; no registry is needed.
#   berth/busybox:latest  a base image imported from Debian's busybox-static (sh, httpd, nc, sleep, wget)
# Each sample's own Dockerfiles are built by `berth up --build` / `berth build`.
set -euo pipefail
base=berth/busybox:latest
if docker image inspect "$base" >/dev/null 2>&1; then
  exit 0
fi
bb=$(command -v busybox || true)
[ -n "$bb" ] || { echo "build-images: busybox-static is not installed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/etc" "$work/tmp" "$work/var/www" "$work/root"
cp "$bb" "$work/bin/busybox"
for applet in $("$bb" --list); do
  [ "$applet" = busybox ] || ln -sf busybox "$work/bin/$applet"
done
echo 'root:x:0:0:root:/root:/bin/sh' >"$work/etc/passwd"
echo 'root:x:0:' >"$work/etc/group"
echo 'nobody:x:65534:65534:nobody:/:/bin/false' >>"$work/etc/passwd"
echo 'nogroup:x:65534:' >>"$work/etc/group"
chmod 1777 "$work/tmp"
tar -C "$work" -c . | docker import \
  -c 'ENV PATH=/bin' -c 'CMD ["sh"]' - "$base" >/dev/null
echo "build-images: built $base"
