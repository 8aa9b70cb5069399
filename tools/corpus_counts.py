#!/usr/bin/env python3
"""Rewrites the "Counts" section of tests/error_corpus/README.md from the corpus files: cases per file,
per kind, per source, per cause and per not_auth, corpus and holdout apart. Run from the repository root
after adding cases: python3 tools/corpus_counts.py"""
import tomllib, glob, os, collections, re
files = sorted(glob.glob('tests/error_corpus/*.toml'))
cases = {f: tomllib.load(open(f,'rb')).get('case', []) for f in files}
hold = [c for f,cs in cases.items() if f.endswith('holdout.toml') for c in cs]
corp = [c for f,cs in cases.items() if not f.endswith('holdout.toml') for c in cs]
def table(title, key, rows_filter=lambda c: True):
    a = collections.Counter(key(c) for c in corp if rows_filter(c)); b = collections.Counter(key(c) for c in hold if rows_filter(c))
    names = sorted(set(a)|set(b), key=lambda n: (-(a[n]+b[n]), n))
    out = [f"| {title} | corpus | holdout |", "|---|---:|---:|"] + [f"| `{n}` | {a[n]} | {b[n]} |" for n in names]
    return out, sum(a.values()), sum(b.values())
lines = ["## Counts", "", "Made by `python3 tools/corpus_counts.py` (run it after adding cases).", "", "### Per file", "", "| file | cases |", "|---|---:|"]
lines += [f"| `{os.path.basename(f)}` | {len(cs)} |" for f, cs in cases.items()]
for h, title, key in [("Per kind","kind",lambda c: c['expect']['kind']), ("Per source","source",lambda c: c['expect'].get('source','unknown')), ("Per cause","cause",lambda c: c['expect'].get('cause','') or '(none)')]:
    t, x, y = table(title, key)
    lines += ["", f"### {h}", ""] + t + [f"| **total** | **{x}** | **{y}** |"]
t, x, y = table("not_auth", lambda c: c['expect'].get('not_auth'), lambda c: 'not_auth' in c['expect'])
lines += ["", "### Negatives by `not_auth`", ""] + t
conf = sum(1 for c in corp if not c['confirmed'].startswith('Not confirmed'))
lines += ["", "", f"{conf} of {len(corp)} corpus cases rest on what the thread confirms (maintainer, reporter's own fix, merged PR, label);", f"{len(corp)-conf} say \"Not confirmed in thread\" and expect only what the text proves."]
s = open('tests/error_corpus/README.md').read()
i = s.index('## Counts')
j = s.index('expect only what the text proves.', i) + len('expect only what the text proves.')
s = s[:i] + '\n'.join(lines) + s[j:]
open('tests/error_corpus/README.md','w').write(s)
