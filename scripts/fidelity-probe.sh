#!/usr/bin/env bash
# Engine fidelity on Berth's own probe files (src/test/fidelity-probe/*): each is resolved by the reference
# (`docker compose config --format json`) into a corpus of its own, then ../shared/tools/fidelity/fidelity.py
# compares what the reference and Berth create from it. Extra arguments go to fidelity.py (-v, --case ...).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tool="$here/../shared/tools/fidelity/fidelity.py"
[ -f "$tool" ] || { echo "fidelity-probe: $tool not found (it sits beside the project in ../shared)" >&2; exit 2; }
docker compose version >/dev/null 2>&1 || { echo "fidelity-probe: the reference 'docker compose' is not installed (../shared/tools/install-compose-ref.sh)" >&2; exit 2; }
corpus=$(mktemp -d /tmp/berth-probe-corpus.XXXXXX)
trap 'rm -rf "$corpus"' EXIT
: > "$corpus/cases.txt"
for dir in "$here"/src/test/fidelity-probe/*/; do
    name=probe/$(basename "$dir")
    mkdir -p "$corpus/$name"
    cp -r "$dir". "$corpus/$name/"
    if ! (cd "$corpus/$name" && docker compose -p probe config --format json > expected.json 2> expected.err); then
        echo "fidelity-probe: the reference refuses $name: $(cat "$corpus/$name/expected.err")" >&2
        rm -f "$corpus/$name/expected.json"
        continue
    fi
    printf '{"root": "%s", "env": {"HOME": "%s"}}\n' "$corpus" "$HOME" > "$corpus/$name/expected.meta.json"
    printf '%s\n' "$name" >> "$corpus/cases.txt"
done
cd "$here"
python3 "$tool" --corpus "$corpus" "$@"
