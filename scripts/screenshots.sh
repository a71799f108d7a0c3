#!/usr/bin/env bash
# Saves PNG screenshots of the main views to target/screenshots/ by running the TestFX tests that
# take them, in a real window under Xvfb: topology (idle, waiting, running with logs), profiles,
# inspector, problems with the source view, presentation mode, the Up plan preview.
# The running views need dockerd and the local image berth/busybox:latest (scripts/setup.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
rm -rf target/screenshots
xvfb-run -a -s "-screen 0 1600x1000x24" mvn -q -B -ntp test-compile failsafe:integration-test failsafe:verify \
  -Dit.test='OpenProjectFxTest,WindowFxTest,UpFxTest'
ls -1 target/screenshots/*.png
