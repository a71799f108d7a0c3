#!/usr/bin/env bash
# Saves PNG screenshots of the main views to target/screenshots/ by running the TestFX tests that
# take them, in a real window under Xvfb: topology (idle, waiting, running with logs), profiles,
# inspector, problems with the source view, presentation mode, the Up plan preview, a 200-service
# stack filtered (large-stack), focus mode (focus), the service list (list), a Swarm rolling update
# in the main window with the Swarm target (SwarmWindowFxTest, on the swarm of scripts/swarm-dockerd.sh); then on projector
# screens (1024x768 and 1280x720): the window as it opens (projector-1024), presentation mode, and
# step mode with its Docker command (step-docker-command); the editor with a typed mistake underlined
# (editor-error), a broken .env line underlined (editor-env), the dark theme (dark-theme) and presentation on a 1024x768 projector (projector). Insight: the start-up timeline,
# volumes and advice after an Up (timeline, volumes, advice), live usage bars on the boxes with the inspector's
# chart (stats-nodes), a build shown live (build-live) and the project's images (project-images).
# The running views need dockerd and the local image berth/busybox:latest (scripts/setup.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
rm -rf target/screenshots
xvfb-run -a -s "-screen 0 1600x1000x24" mvn -q -B -ntp test-compile failsafe:integration-test failsafe:verify \
  -Dit.test='OpenProjectFxTest,WindowFxTest,UpFxTest,EditorFxTest,EditorSourcesFxTest,ThemeFxTest,LargeStackFxTest,StackFxTest,SwarmWindowFxTest,InsightFxTest,LiveUsageFxTest,BuildAndImagesFxTest'
# the Xvfb screen is the projector: the window must fit it and presentation text stay >= 18 px
xvfb-run -a -s "-screen 0 1024x768x24" mvn -q -B -ntp failsafe:integration-test failsafe:verify \
  -Dit.test='ProjectorFxTest,StepFxTest'
xvfb-run -a -s "-screen 0 1280x720x24" mvn -q -B -ntp failsafe:integration-test failsafe:verify \
  -Dit.test='ProjectorFxTest'
rm -f target/screenshots/step-last.png
ls -1 target/screenshots/*.png
