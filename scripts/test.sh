#!/usr/bin/env bash
# The test command (README, .ci/run): prepares the machine, then runs every test — unit tests,
# integration tests against the real dockerd (*IT) and TestFX tests in a real window under Xvfb.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
# Commands the tests start run in-process: no resident daemon outlives the run (DaemonIT starts its own).
export BERTH_DAEMON=0
# A local repository given on the command line (-Dmaven.repo.local=DIR) serves every Maven run of the
# scripts below too (installer/build.sh, aot-cache.sh), not only `mvn verify`.
for arg in "$@"; do
  case "$arg" in -Dmaven.repo.local=*) export MAVEN_OPTS="${MAVEN_OPTS:-} $arg" ;; esac
done
scripts/setup.sh
# The build steps with an EMPTY Maven repository, as on a fresh machine (pinned plugins, nothing offline).
if [ "${BERTH_SKIP_FRESH_CHECK:-}" != 1 ]; then
  scripts/fresh-repo-check.sh
fi
# the reference Compose, for interop tests; they say "skipped" when it could not be installed
if [ -r ../shared/tools/install-compose-ref.sh ]; then
  bash ../shared/tools/install-compose-ref.sh >/dev/null 2>&1 || echo "test: reference Compose not installed; interop tests will be skipped"
fi
# The reliability suite (EngineRestartIT, DownDuringUpIT, WindowEngineIT) restarts a dockerd of its own
# (scripts/test-dockerd.sh) and writes its figures here; they are printed whether the build passes or not.
rm -f target/reliability-figures.txt
figures() {
  if [ -s target/reliability-figures.txt ]; then
    echo "test: reliability figures (test, what, value):"
    cut -f2- target/reliability-figures.txt | sed 's/^/  /'
  fi
}
trap figures EXIT
xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -ntp verify "$@"
# The training room: the window must fit projector screens and keep presentation text >= 18 px there.
for screen in 1024x768 1280x720; do
  echo "test: ProjectorFxTest on a $screen screen"
  xvfb-run -a -s "-screen 0 ${screen}x24" mvn -B -ntp failsafe:integration-test failsafe:verify \
    -Dit.test=ProjectorFxTest "$@"
done
# The packaged app (jlink + jpackage app image, AOT cache, window to first frame) from the jars just
# built. The .deb test (installer/test-deb.sh) takes minutes more and is run by hand.
if [ "${BERTH_SKIP_INSTALLER:-}" != 1 ]; then
  BERTH_SKIP_MVN=1 installer/test.sh
fi
