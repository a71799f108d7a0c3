#!/usr/bin/env python3
"""Runs `berth advice` and the other linters on the same files and counts where they agree, differ and where
Berth goes further. Compose files: dclint (npm). Dockerfiles: dockerfilelint (npm; hadolint is not reachable here).
Usage: advice-compare.py BERTH_JAR LINTERS_BIN COMPOSE_DIRS_ROOT DOCKERFILE_CORPUS
A finding of one tool matches one of the other when they are on the same file and line and their rules map to the
same concern (MAP below), within NEAR lines (dclint puts a port finding on the ports: key, Berth on the item)."""
import collections, glob, json, os, subprocess, sys

NEAR = 3
COMPOSE_MAP = {"service-image-require-explicit-tag": "image-tag", "no-unbound-port-interfaces": "database-published"}
DOCKERFILE_MAP = {"Base Image Latest Tag": "base-tag", "Base Image Missing Tag": "base-tag",
                  "Consider `--no-cache or --update with rm -rf /var/cache/apk/*`": "package-cache"}


def berth(jar, project_dir):
    out = subprocess.run(["java", "-jar", jar, "advice", "--format", "json"], cwd=project_dir,
                         capture_output=True, text=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.startswith("{")]


def compare(label, ours, theirs, mapping):
    """ours, theirs: lists of (file, line, rule)."""
    matched, only_theirs = collections.Counter(), collections.Counter()
    ours_left = list(ours)
    for f, line, rule in theirs:
        want = mapping.get(rule)
        hit = next((o for o in ours_left if o[0] == f and abs(o[1] - line) <= NEAR and o[2] == want), None) if want else None
        if hit:
            ours_left.remove(hit)
            matched[rule + " = " + want] += 1
        else:
            only_theirs[rule] += 1
    only_ours = collections.Counter(o[2] for o in ours_left)
    print(f"## {label}")
    print(f"findings: berth {len(ours)}, other {len(theirs)}, agreed {sum(matched.values())}")
    for title, counter in (("agree", matched), ("only the other tool", only_theirs), ("only berth", only_ours)):
        print(f"{title}:")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {v:4d}  {k}")
    print()


def main():
    jar, bin_dir, compose_root, corpus = (os.path.abspath(a) for a in sys.argv[1:5])
    dirs = sorted(d for d in glob.glob(os.path.join(compose_root, "*")) if os.path.exists(os.path.join(d, "compose.yaml")))
    ours, theirs = [], []
    for d in dirs:
        f = os.path.join(d, "compose.yaml")
        ours += [(x["file"], x["line"], x["rule"]) for x in berth(jar, d) if x["file"].endswith("compose.yaml")]
        report = subprocess.run([os.path.join(bin_dir, "dclint"), "-f", "json", f], capture_output=True, text=True)
        for r in json.loads(report.stdout or "[]"):
            theirs += [(os.path.abspath(r["filePath"]), m["line"], m["rule"]) for m in r["messages"]]
    compare(f"compose files ({len(dirs)}, dclint)", ours, theirs, COMPOSE_MAP)
    ours, theirs = [], []
    projects = sorted(glob.glob(os.path.join(corpus, "*")))
    for d in projects:
        ours += [(x["file"], x["line"], x["rule"]) for x in berth(jar, d) if x["file"].endswith("Dockerfile")]
        report = subprocess.run([os.path.join(bin_dir, "dockerfilelint"), "-j", os.path.join(d, "Dockerfile")],
                                capture_output=True, text=True)
        for r in json.loads(report.stdout)["files"]:
            theirs += [(os.path.abspath(r["file"]), int(i["line"]), i["title"]) for i in r["issues"]]
    compare(f"Dockerfiles ({len(projects)}, dockerfilelint)", ours, theirs, DOCKERFILE_MAP)


if __name__ == "__main__":
    main()
