#!/usr/bin/env bash
# Builds what a person installs: installer/build.sh app-image|deb|rpm|msi|dmg (or jars: steps 1 and the JavaFX jars only)
# 1. the jar and its dependencies (JavaFX left out: it goes into the runtime as modules),
# 2. a runtime with jlink: JDK modules found by jdeps + JavaFX modules + JavaFX native libraries in lib/,
# 3. an app image with jpackage, then an AOT cache from training runs of that image (installer/train.sh),
# 4. for a package type, jpackage wraps the finished image (desktop entry, icon, `berth` on the PATH).
# The path of what it made is the LAST line of output. Timings go to target/installer/timings.txt.
# Environment: BERTH_SKIP_MVN=1 reuses target/*.jar; BERTH_NO_AOT=1 skips the training (for comparisons);
# BERTH_REUSE_IMAGE=1 packages the app image already in target/installer/image.
set -euo pipefail

TYPE=${1:?usage: installer/build.sh jars|app-image|deb|rpm|msi|dmg}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE="$ROOT/installer"
OUT="$ROOT/target/installer"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
NAME=berth
# Every file of the app image gets this modification time. The AOT cache checks the jars' and the
# runtime's times; jpackage does not keep them when it packages, so the package's postinst sets
# them back to this same value (a fixed time, as for reproducible builds).
STAMP=${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 1767225600)}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
FX_VERSION=$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' "$ROOT/pom.xml")

case "$(uname -s)" in
  Linux) FX_OS=linux; NATIVE_EXT=so; NATIVE_DIR=lib ;;
  Darwin) FX_OS=$([ "$(uname -m)" = arm64 ] && echo mac-aarch64 || echo mac); NATIVE_EXT=dylib; NATIVE_DIR=lib ;;
  *) FX_OS=win; NATIVE_EXT=dll; NATIVE_DIR=bin ;;
esac

mkdir -p "$OUT"
[ "${BERTH_REUSE_IMAGE:-}" = 1 ] || : > "$OUT/timings.txt"
# Runs a step and records its wall time, so build times are reported from real runs.
timed() {
  local label=$1; shift
  local start=$(date +%s%N)
  "$@"
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "$label: $ms ms" | tee -a "$OUT/timings.txt" >&2
}

build_jar() {
  # Maven's output goes to stderr: stdout's last line is the path of what was built. Never offline (-o):
  # a fresh machine has to fetch what it lacks. A repository given as -Dmaven.repo.local in MAVEN_OPTS is used.
  if [ "${BERTH_SKIP_MVN:-}" != 1 ] || [ ! -f "$ROOT/target/$NAME-$VERSION.jar" ]; then
    (cd "$ROOT" && mvn -q -B -ntp package -DskipTests) >&2
  fi
  rm -rf "$OUT/input" && mkdir -p "$OUT/input"
  (cd "$ROOT" && mvn -q -B -ntp dependency:copy-dependencies -DincludeScope=runtime \
      -DexcludeGroupIds=org.openjfx -DoutputDirectory="$OUT/input") >&2
  cp "$ROOT/target/$NAME-$VERSION.jar" "$OUT/input/$NAME.jar"
}

# The <os>-classifier JavaFX jars are real modules; the plain ones are empty and are left out. Maven copies
# them from whichever local repository it uses.
javafx_modules() {
  rm -rf "$OUT/javafx" && mkdir -p "$OUT/javafx"
  (cd "$ROOT" && mvn -q -B -ntp dependency:copy-dependencies -DincludeGroupIds=org.openjfx \
      -Dclassifier="$FX_OS" -DoutputDirectory="$OUT/javafx") >&2
  ls "$OUT"/javafx/javafx-graphics-*.jar >/dev/null 2>&1 \
    || { echo "build: no JavaFX $FX_OS jars were copied to $OUT/javafx" >&2; exit 1; }
}

# jdeps over the shaded jar finds the JDK modules that Berth and its libraries use.
jdk_modules() {
  jdeps --ignore-missing-deps --print-module-deps --multi-release "${JAVA_RELEASE:-25}" \
      "$ROOT/target/$NAME.jar" 2>/dev/null | tail -1
}

build_runtime() {
  javafx_modules
  local modules
  modules="$(jdk_modules),jdk.zipfs,javafx.base,javafx.graphics,javafx.controls,javafx.swing"
  echo "runtime modules: $modules" >&2
  rm -rf "$OUT/runtime"
  # No --compress: a compressed jimage costs start-up time; the package is compressed anyway.
  jlink --module-path "$OUT/javafx" --add-modules "$modules" --generate-cds-archive \
      --strip-debug --no-header-files --no-man-pages --output "$OUT/runtime"
  # The no-compressed-oops archive serves heaps over 32 GB only; 14 MB Berth never needs.
  rm -f "$OUT"/runtime/lib/server/classes_nocoops.jsa
  # Native libraries next to the JDK's own, so JavaFX loads them in place instead of unpacking
  # them to ~/.openjfx/cache, and jpackage sees them when it computes the package dependencies.
  for jar in "$OUT"/javafx/*.jar; do
    local libs
    libs=$(jar tf "$jar" | grep -E "^[^/]+\.$NATIVE_EXT\$" || true)
    [ -z "$libs" ] || (cd "$OUT/runtime/$NATIVE_DIR" && jar xf "$jar" $libs)
  done
}

JAVA_OPTIONS=(
  # JVM warnings (say, a refused AOT cache) go to stderr: stdout is the CLI's output.
  -Xlog:disable -Xlog:all=warning:stderr
  --enable-native-access=javafx.graphics,ALL-UNNAMED
  # ControlsFX on the class path reaches into JavaFX internals; these are the openings it documents.
  --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
  --add-exports=javafx.base/com.sun.javafx.collections=ALL-UNNAMED
  --add-exports=javafx.base/com.sun.javafx.runtime=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.css=ALL-UNNAMED
  --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED
  --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED
)

# Memory of a desktop window (docs/decisions/0037-app-image-jvm-options.md): 8-byte object headers, a heap cap
# with room for 500 services, a heap that keeps 5-10 % free and is returned after 3 s without a collection, and the
# C heap trimmed every 5 s. The same file serves `java -jar` (scripts/run.sh, scripts/berth).
mapfile -t MEMORY_OPTIONS < <(grep -v '^#' "$HERE/resources/memory.options" | grep .)
JAVA_OPTIONS+=("${MEMORY_OPTIONS[@]}")

build_app_image() {
  rm -rf "$OUT/image" && mkdir -p "$OUT/image"
  local opts=()
  for o in "${JAVA_OPTIONS[@]}"; do opts+=(--java-options "$o"); done
  jpackage --type app-image --dest "$OUT/image" --name "$NAME" --app-version "$VERSION" \
      --runtime-image "$OUT/runtime" --input "$OUT/input" --main-jar "$NAME.jar" \
      --main-class dev.berth.Main --icon "$HERE/resources/berth.png" \
      --description "A desktop Docker Compose" --vendor Berth "${opts[@]}"
  # On Linux our launcher replaces jpackage's, which runs rpm and dpkg on every start (record 39)
  if [ "$FX_OS" = linux ]; then
    cp "$HERE/resources/launcher.sh" "$(app_dir)/bin/$NAME"
    chmod 755 "$(app_dir)/bin/$NAME"
  fi
}

stamp_times() {
  find "$(app_dir)" -exec touch -h -d "@$STAMP" {} +
}

app_dir() {
  case "$FX_OS" in
    mac*) echo "$OUT/image/$NAME.app" ;;
    *) echo "$OUT/image/$NAME" ;;
  esac
}

# jpackage fills in its own placeholders; the time stamp is ours.
linux_resources() {
  rm -rf "$OUT/resources" && cp -r "$HERE/resources/linux" "$OUT/resources"
  # The time the image's files carry (an image reused from an earlier commit keeps its own).
  local stamp
  stamp=$(stat -c %Y "$(app_dir)/lib/app/$NAME.jar")
  sed -i "s/@STAMP@/$stamp/g" "$OUT/resources/postinst"
  echo "$OUT/resources"
}

build_package() {
  rm -rf "$OUT/package" && mkdir -p "$OUT/package"
  local extra=()
  case "$TYPE" in
    deb|rpm) extra=(--linux-shortcut --linux-menu-group Development --linux-app-category devel
                    --resource-dir "$(linux_resources)") ;;
    msi) extra=(--win-menu --win-shortcut --win-console) ;;
    dmg) extra=() ;;
  esac
  jpackage --type "$TYPE" --dest "$OUT/package" --app-image "$(app_dir)" --name "$NAME" \
      --app-version "$VERSION" --description "A desktop Docker Compose" --vendor Berth \
      --icon "$HERE/resources/berth.png" "${extra[@]}"
}

# jars: only the Maven steps (the app's class path and the JavaFX modules), as scripts/fresh-repo-check.sh runs them
if [ "$TYPE" = jars ]; then
  build_jar
  javafx_modules
  echo "$OUT/input"
  exit 0
fi
if [ "${BERTH_REUSE_IMAGE:-}" = 1 ] && [ -d "$(app_dir)" ]; then
  echo "reusing $(app_dir)" >&2
else
  timed jar build_jar
  timed jlink build_runtime
  timed jpackage-app-image build_app_image
  stamp_times
  if [ "${BERTH_NO_AOT:-}" != 1 ]; then
    timed aot-training "$HERE/train.sh" "$(app_dir)"
    stamp_times
  fi
  du -sh "$OUT/runtime" "$(app_dir)" | sed 's/^/size: /' | tee -a "$OUT/timings.txt" >&2
fi
if [ "$TYPE" = app-image ]; then
  app_dir
  exit 0
fi
timed "jpackage-$TYPE" build_package
ls -s --block-size=M "$OUT"/package/* | sed 's/^/size: /' | tee -a "$OUT/timings.txt" >&2
ls -d "$OUT"/package/*
