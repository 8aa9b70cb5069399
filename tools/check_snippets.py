#!/usr/bin/env python3
"""Checks that every code snippet of the decision tree (src/diagnose/tree/*.toml) parses, and
that the Python and TypeScript ones type-check against the real SDK releases they are for.

python: compile() (as py_compile does; IPython magics `%…`/`!…` are blanked first);
bash, curl, dotenv, docker commands, shell-only claude-code: `bash -n`; fish: `fish --no-execute`;
json: json.loads; yaml, compose, github-actions: PyYAML (plus `bash -n` on each `run:` step);
typescript: tools/ts_check.mjs (type stripping with node_modules/typescript, then `node --check`).
Then tools/snippet_sdks.py: mypy against `anthropic` 2.14.0 / 1.17.0 and tsc against
`@anthropic-ai/sdk` 1.14.0 / 0.137.0, each snippet against the generation its `sdk` label names
(both of its language when unlabelled and it uses the SDK). The SDK environments are installed
from the registries once and cached in .cache/snippet-sdks/ (gitignored).
Anything else is counted as skipped. Usage: tools/check_snippets.py [--syntax-only] [TREE_DIR].
Prints one line per failure and a summary; exits 1 on any failure (or when the SDK environments
cannot be installed, unless --syntax-only).
Python 3.11+, standard library (PyYAML and Node's typescript are used when present, never installed).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

import snippet_sdks

ROOT = Path(__file__).resolve().parent.parent
TREE = ROOT / "src" / "diagnose" / "tree"
DOCKERFILE = re.compile(r"^(FROM|RUN|ENV|ARG|COPY|ADD|CMD|ENTRYPOINT|WORKDIR|EXPOSE|USER|LABEL)\b")
GH_EXPR = re.compile(r"\$\{\{.*?\}\}")

try:
    import yaml  # type: ignore[import-untyped]
except ImportError:  # reported as skipped, never installed here
    yaml = None


def run(cmd: list[str], code: str) -> str | None:
    """Runs a syntax checker on `code` (stdin); returns its complaint, or None if it parses."""
    done = subprocess.run(cmd, input=code, capture_output=True, text=True)
    if done.returncode == 0:
        return None
    return (done.stderr or done.stdout).strip().splitlines()[0] if (done.stderr or done.stdout).strip() else "failed"


def check_python(code: str) -> str | None:
    lines = [re.sub(r"^(\s*)[%!].*$", r"\1pass", line) for line in code.splitlines()]
    try:
        compile("\n".join(lines) + "\n", "<snippet>", "exec")
    except SyntaxError as e:
        return f"line {e.lineno}: {e.msg}"
    return None


def check_yaml(code: str, surface: str) -> str | None:
    try:
        doc = yaml.safe_load(code)
    except yaml.YAMLError as e:
        return f"yaml: {str(e).splitlines()[0]}"
    if surface != "github-actions":
        return None
    for step in find_steps(doc):
        if isinstance(step.get("run"), str) and step.get("shell", "bash") in ("bash", "sh"):
            problem = run(["bash", "-n"], GH_EXPR.sub("X", step["run"]))
            if problem:
                return f"run step: {problem}"
    return None


def find_steps(doc: object) -> list[dict]:
    """Every mapping with a `run` key, wherever it sits (a whole workflow, a job, or a steps list)."""
    found = []
    if isinstance(doc, dict):
        if "run" in doc:
            found.append(doc)
        for value in doc.values():
            found.extend(find_steps(value))
    elif isinstance(doc, list):
        for item in doc:
            found.extend(find_steps(item))
    return found


def checker(surface: str, code: str):
    """The check for a snippet, or the reason it is skipped (a string starting with 'skip:')."""
    if surface == "python":
        return check_python
    if surface in ("bash", "curl", "dotenv"):
        return lambda c: run(["bash", "-n"], c)
    if surface == "docker":
        first = next((l for l in code.splitlines() if l.strip() and not l.lstrip().startswith("#")), "")
        return "skip: Dockerfile" if DOCKERFILE.match(first) else (lambda c: run(["bash", "-n"], c))
    if surface == "claude-code":
        slash = any(l.lstrip().startswith("/") for l in code.splitlines())
        return "skip: slash commands" if slash else (lambda c: run(["bash", "-n"], c))
    if surface == "fish":
        return (lambda c: run(["fish", "--no-execute"], c)) if shutil.which("fish") else "skip: no fish"
    if surface == "json":
        return lambda c: (json.loads(c) and None) or None
    if surface in ("yaml", "compose", "github-actions"):
        return (lambda c: check_yaml(c, surface)) if yaml else "skip: no YAML parser (pip install pyyaml)"
    return f"skip: {surface}"


def check_typescript(items: list[tuple[str, str]]) -> dict[str, str | None] | str:
    """Runs tools/ts_check.mjs on all TypeScript snippets at once; a string means skipped."""
    if not (ROOT / "node_modules" / "typescript").is_dir() or not shutil.which("node"):
        return "skip: no node_modules/typescript (npm ci)"
    payload = json.dumps([{"name": n, "code": c} for n, c in items])
    done = subprocess.run(
        ["node", str(ROOT / "tools" / "ts_check.mjs")], input=payload, capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode != 0:
        sys.exit(f"ts_check.mjs failed: {done.stderr.strip()}")
    return {r["name"]: r["error"] for r in json.loads(done.stdout)}


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--syntax-only"]
    syntax_only = len(args) < len(sys.argv) - 1
    tree = Path(args[0]) if args else TREE
    snippets = []
    labels: dict[str, str | None] = {}
    for path in sorted(tree.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for cause in data.get("cause", []):
            for i, s in enumerate(cause.get("snippet", [])):
                name = f"{cause['id']} {s['surface']} {s['role']}{' ' + s['sdk'] if 'sdk' in s else ''} #{i + 1}"
                snippets.append((name, s["surface"], s["code"]))
                labels[name] = s.get("sdk")
        for i, s in enumerate(data.get("common", [])):
            name = f"common {s['surface']} {s['role']} #{i + 1}"
            snippets.append((name, s["surface"], s["code"]))
            labels[name] = s.get("sdk")

    failures: list[str] = []
    skipped: Counter[str] = Counter()
    checked = 0
    typescript = [(name, code) for name, surface, code in snippets if surface == "typescript"]
    ts_results = check_typescript(typescript) if typescript else {}
    for name, surface, code in snippets:
        if surface == "typescript":
            if isinstance(ts_results, str):
                skipped[f"typescript ({ts_results.removeprefix('skip: ')})"] += 1
                continue
            problem = ts_results.get(name)
        else:
            check = checker(surface, code)
            if isinstance(check, str):
                skipped[check.removeprefix("skip: ")] += 1
                continue
            try:
                problem = check(code)
            except (ValueError, TypeError) as e:  # json.JSONDecodeError is a ValueError
                problem = str(e)
        checked += 1
        if problem:
            failures.append(f"FAIL {name}: {problem}")

    sdk_line = "SDK type checks: skipped (--syntax-only)"
    if not syntax_only:
        typed = [(n, surface, labels[n], c) for n, surface, c in snippets if surface in ("python", "typescript")]
        try:
            sdk_errors, counts = snippet_sdks.check(typed)
        except snippet_sdks.SetupError as e:
            print(f"FAIL SDK environments could not be set up: {e} (tools/check_snippets.py --syntax-only skips them)")
            return 1
        failures.extend(f"FAIL {name}: {problem}" for name, problem in sorted(sdk_errors.items()))
        per = ", ".join(f"{sdk} {n}" for sdk, n in counts.items())
        sdk_line = f"SDK type checks: {sum(counts.values())} ({per}), {len(sdk_errors)} snippet(s) failed"

    for line in failures:
        print(line)
    skips = ", ".join(f"{what} {n}" for what, n in sorted(skipped.items()))
    print(f"snippets: {checked} checked, {len(failures)} failed, {sum(skipped.values())} skipped ({skips or 'none'})")
    print(sdk_line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
