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
scripts/setup.sh
# the reference Compose, for interop tests; they say "skipped" when it could not be installed
if [ -r ../shared/tools/install-compose-ref.sh ]; then
  bash ../shared/tools/install-compose-ref.sh >/dev/null 2>&1 || echo "test: reference Compose not installed; interop tests will be skipped"
fi
xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -ntp verify "$@"
# The packaged app (jlink + jpackage app image, AOT cache, window to first frame) from the jars just
# built. The .deb test (installer/test-deb.sh) takes minutes more and is run by hand.
if [ "${BERTH_SKIP_INSTALLER:-}" != 1 ]; then
  BERTH_SKIP_MVN=1 installer/test.sh
fi
