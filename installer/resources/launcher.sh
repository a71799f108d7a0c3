#!/bin/bash
# Berth's launcher in the Linux app image (bin/berth): reads lib/app/berth.cfg as jpackage's own launcher
# does and runs the image's java with it. jpackage's native launcher asks `rpm -qf` and `dpkg -S` which
# package owns it, twice, on every start: 0.3 s of each start here (docs/decisions/0039-own-linux-launcher.md).
self=$(readlink -f -- "$0") || { echo "berth: cannot resolve $0" >&2; exit 1; }
bindir=${self%/*}
root=${bindir%/*}
appdir=$root/lib/app
cfg=$appdir/${self##*/}.cfg
[ -r "$cfg" ] || { echo "berth: cannot read $cfg" >&2; exit 1; }
classpath=
main=
options=()
section=
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/$appdir}
  line=${line//\$BINDIR/$bindir}
  line=${line//\$ROOTDIR/$root}
  case $line in
    \[*\]) section=$line ;;
    app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) [ "$section" = "[JavaOptions]" ] && options+=("${line#java-options=}") ;;
  esac
done < "$cfg"
[ -n "$main" ] || { echo "berth: $cfg names no app.mainclass" >&2; exit 1; }
exec "$root/lib/runtime/bin/java" "${options[@]}" "-Djpackage.app-path=$self" -cp "$classpath" "$main" "$@"
