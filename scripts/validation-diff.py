#!/usr/bin/env python3
"""Differential check of validation on files nobody wrote for it: mutates the resolved models of the
conformance corpus (a negative number, an empty string, a list for a mapping, an unknown key, a missing
key, a duplicated or empty list item, null...) and asks the reference and Berth whether each mutant is
valid (`config -q`). Prints every mutant on which they disagree, then one line:
`VALIDATION-DIFF agree A/N, berth-accepts-only X, ref-accepts-only Y`.

    scripts/validation-diff.py [--mutants-per-case 3] [--cases 60] [--seed 1] [--jobs 2]
Needs target/berth.jar and the reference (`docker compose`). Writes only under a temporary folder.
"""
import argparse
import concurrent.futures
import copy
import json
import os
import random
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def paths(node, prefix=()):
    """Every (path, value) in the tree."""
    yield prefix, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths(v, prefix + (i,))


def put(tree, path, value):
    node = tree
    for p in path[:-1]:
        node = node[p]
    node[path[-1]] = value


def remove(tree, path):
    node = tree
    for p in path[:-1]:
        node = node[p]
    del node[path[-1]]


def mutate(model, rnd):
    """One mutant and what was done to it, or None when the drawn operator does not apply."""
    tree = copy.deepcopy(model)
    candidates = [(p, v) for p, v in paths(tree) if p and p[0] in ('services', 'networks', 'volumes',
                                                                    'secrets', 'configs') and len(p) >= 2]
    if not candidates:
        return None
    path, value = rnd.choice(candidates)
    where = '.'.join(str(p) for p in path)
    op = rnd.choice(['negative', 'empty', 'kind', 'unknown', 'drop', 'dup', 'emptyitem', 'null', 'text', 'number',
                     'fraction', 'garbage', 'wrap', 'bool'])
    if op == 'negative' and isinstance(value, (int, float)) and not isinstance(value, bool):
        put(tree, path, -abs(value) - 1)
    elif op == 'empty' and isinstance(value, str):
        put(tree, path, '')
    elif op == 'kind' and isinstance(value, dict):
        put(tree, path, list(value.keys()))
    elif op == 'kind' and isinstance(value, list) and value and all(isinstance(x, str) for x in value):
        put(tree, path, {x: 'v' for x in value})
    elif op == 'unknown' and isinstance(value, dict) and not str(path[-1]).startswith(('labels', 'environment')):
        value['berth_unknown_key'] = 1
    elif op == 'drop' and len(path) >= 3 and isinstance(path[-1], str):
        remove(tree, path)
    elif op == 'dup' and isinstance(value, list) and value:
        value.append(copy.deepcopy(value[0]))
    elif op == 'emptyitem' and isinstance(value, list):
        value.append('')
    elif op == 'null' and not isinstance(value, (dict, list)) and isinstance(path[-1], str):
        put(tree, path, None)
    elif op == 'text' and isinstance(value, (int, float)) and not isinstance(value, bool):
        put(tree, path, 'berth-not-a-number')
    elif op == 'number' and isinstance(value, str):
        put(tree, path, 12.5)
    elif op == 'fraction' and isinstance(value, int) and not isinstance(value, bool):
        put(tree, path, value + 0.5)
    elif op == 'garbage' and isinstance(value, str):
        put(tree, path, value + ' %%not valid%%')
    elif op == 'wrap' and not isinstance(value, (dict, list)):
        put(tree, path, [value])
    elif op == 'bool' and not isinstance(value, (dict, list, bool)):
        put(tree, path, True)
    else:
        return None
    return tree, '%s %s' % (op, where)


def valid(cmd, folder):
    try:
        r = subprocess.run(cmd + ['-f', 'compose.json', 'config', '-q'], cwd=folder, capture_output=True,
                           text=True, timeout=60)
        return r.returncode == 0, (r.stderr or r.stdout).strip().splitlines()[-1:] or ['']
    except subprocess.TimeoutExpired:
        return False, ['timeout']


def judge(args):
    i, tree, what, opts = args
    folder = os.path.join(opts.work, 'm%04d' % i)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'compose.json'), 'w') as f:
        json.dump(tree, f)
    ref = valid(['docker', 'compose', '-p', 'vdiff'], folder)
    berth = valid(opts.berth.split() + ['-p', 'vdiff'], folder)
    return what, ref, berth, folder


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--corpus', default=os.path.normpath(os.path.join(ROOT, '../shared/conformance')))
    ap.add_argument('--cases', type=int, default=60, help='how many valid cases to mutate (spread)')
    ap.add_argument('--mutants-per-case', type=int, default=3)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--keep', action='store_true', help='keep the mutants folder')
    ap.add_argument('--berth', default='%s/bin/java -jar %s/target/berth.jar' % (
        os.environ.get('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64'), ROOT))
    opts = ap.parse_args()
    rnd = random.Random(opts.seed)
    cases = sorted(os.path.dirname(os.path.join(d, f)) for d, _, fs in os.walk(opts.corpus)
                   for f in fs if f == 'expected.json')
    step = max(1, len(cases) // max(1, opts.cases))
    opts.work = tempfile.mkdtemp(prefix='validation-diff-')
    jobs = []
    for case in cases[::step][:opts.cases]:
        with open(os.path.join(case, 'expected.json')) as f:
            model = json.load(f)
        made, tries = 0, 0
        while made < opts.mutants_per_case and tries < 40:
            tries += 1
            m = mutate(model, rnd)
            if m:
                jobs.append((len(jobs), m[0], os.path.relpath(case, opts.corpus) + ': ' + m[1], opts))
                made += 1
    counts = {'agree': 0, 'berth-only': 0, 'ref-only': 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as ex:
        for what, ref, berth, folder in ex.map(judge, jobs):
            if ref[0] == berth[0]:
                counts['agree'] += 1
                continue
            kind = 'berth-only' if berth[0] else 'ref-only'
            counts[kind] += 1
            print('%s-accepts  %s\n    ref: %s\n    berth: %s\n    file: %s' % (
                kind.split('-')[0], what, ref[1][0][:200], berth[1][0][:200], folder), flush=True)
    if not opts.keep and not counts['berth-only'] and not counts['ref-only']:
        shutil.rmtree(opts.work, ignore_errors=True)
    print('VALIDATION-DIFF agree %d/%d, berth-accepts-only %d, ref-accepts-only %d' % (
        counts['agree'], len(jobs), counts['berth-only'], counts['ref-only']))


if __name__ == '__main__':
    main()
