"""Type-checks the fix cards' Python and TypeScript snippets against the real SDK releases they
are written for (used by tools/check_snippets.py).

Each SDK generation gets a throwaway environment, installed once from the registries and cached
under .cache/snippet-sdks/ (gitignored): Python `anthropic` 2.14.0 (py-2) and 1.17.0 (py-1) with
mypy, and npm `@anthropic-ai/sdk` 1.14.0 (ts-1) and 0.137.0 (ts-0) with @types/node (plus the
few libraries snippets import next to the SDK: python-dotenv, dotenv, undici); the
project's own typescript compiles them. A snippet labelled `sdk = "py-2"` is checked against 2.14.0
only; an unlabelled snippet that uses the SDK is checked against both generations of its
language, since it claims to hold for every version. A cold run installs for about a minute; a
warm run takes seconds (mypy keeps its cache beside each environment).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "snippet-sdks"
# Besides the SDK: the checker, and the few libraries the snippets import next to it.
PY_EXTRA = ["mypy==2.4.1", "python-dotenv==1.2.4"]
TS_EXTRA = ["@types/node@20.19.43", "dotenv@18.0.10", "undici@6.29.1"]


@dataclass(frozen=True)
class Env:
    """One SDK generation's environment."""

    sdk: str  # the generation label, as in the tree (`py-2`, `ts-0`, …)
    package: str  # what is installed, pinned

    @property
    def dir(self) -> Path:
        return CACHE / self.sdk

    @property
    def python(self) -> bool:
        return self.sdk.startswith("py-")


PYTHON = [Env("py-2", "anthropic==2.14.0"), Env("py-1", "anthropic==1.17.0")]
TYPESCRIPT = [Env("ts-1", "@anthropic-ai/sdk@1.14.0"), Env("ts-0", "@anthropic-ai/sdk@0.137.0")]
USES_PY_SDK = re.compile(r"^\s*(import anthropic|from anthropic\b)", re.M)
USES_TS_SDK = re.compile(r"""from\s+["']@anthropic-ai/sdk""")


class SetupError(Exception):
    """An environment could not be installed (no registry, no venv module, …)."""


def _run(cmd: list[str], cwd: Path | None = None) -> None:
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise SetupError(f"{' '.join(cmd[:4])}…: {' / '.join(tail)}")


def ensure(env: Env) -> None:
    """Installs the environment unless the cached one was made for the same pins."""
    pins = " ".join([env.package, *(PY_EXTRA if env.python else TS_EXTRA)])
    stamp = env.dir / "installed"
    if stamp.exists() and stamp.read_text() == pins:
        return
    shutil.rmtree(env.dir, ignore_errors=True)
    env.dir.mkdir(parents=True)
    if env.python:
        _run([sys.executable, "-m", "venv", str(env.dir / "venv")])
        pip = env.dir / "venv" / "bin" / "pip"
        _run([str(pip), "install", "--quiet", "--disable-pip-version-check", env.package, *PY_EXTRA])
    else:
        (env.dir / "package.json").write_text('{"private": true, "type": "module"}\n')
        _run(["npm", "install", "--no-audit", "--no-fund", "--silent", env.package, *TS_EXTRA], cwd=env.dir)
        (env.dir / "tsconfig.json").write_text(
            json.dumps(
                {
                    "compilerOptions": {
                        "target": "ES2022",
                        "module": "NodeNext",
                        "moduleResolution": "NodeNext",
                        "moduleDetection": "force",
                        "lib": ["ES2022", "DOM"],
                        "types": ["node"],
                        "strict": True,
                        "noEmit": True,
                        "skipLibCheck": True,
                    },
                    "include": ["snippets/*.ts"],
                },
                indent=2,
            )
        )
    stamp.write_text(pins)


def envs_for(surface: str, sdk: str | None, code: str) -> list[Env]:
    """The environments a snippet is checked in: its own generation's, or both of its language's
    when it uses the SDK without a label (none when it does not use the SDK)."""
    if surface == "python":
        pool, uses = PYTHON, USES_PY_SDK.search(code)
    elif surface == "typescript":
        pool, uses = TYPESCRIPT, USES_TS_SDK.search(code)
    else:
        return []
    labelled = [e for e in pool if e.sdk == sdk]
    if labelled:
        return labelled
    return pool if uses else []


def _blank_magics(code: str) -> str:
    return "\n".join(re.sub(r"^(\s*)[%!].*$", r"\1pass", line) for line in code.splitlines()) + "\n"


def _check_python(env: Env, items: list[tuple[str, str]]) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="snippets-") as tmp:
        names = {}
        for i, (name, code) in enumerate(items):
            path = Path(tmp) / f"snippet_{i}.py"
            path.write_text(_blank_magics(code))
            names[path.name] = name
        mypy = env.dir / "venv" / "bin" / "mypy"
        cmd = [str(mypy), "--check-untyped-defs", "--ignore-missing-imports", "--no-error-summary",
               "--hide-error-context", "--no-color-output", "--cache-dir", str(env.dir / "mypy-cache"),
               *sorted(str(Path(tmp) / n) for n in names)]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp)
        return _errors(done.stdout, names, r"^(?:.*/)?(snippet_\d+\.py):(\d+): error: (.*)$")


def _check_typescript(env: Env, items: list[tuple[str, str]]) -> dict[str, str]:
    folder = env.dir / "snippets"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    names = {}
    for i, (name, code) in enumerate(items):
        (folder / f"snippet_{i}.ts").write_text(code)
        names[f"snippet_{i}.ts"] = name
    tsc = ROOT / "node_modules" / "typescript" / "bin" / "tsc"
    done = subprocess.run(["node", str(tsc), "-p", str(env.dir), "--pretty", "false"],
                          capture_output=True, text=True, cwd=env.dir)
    return _errors(done.stdout, names, r"^(?:.*/)?(snippet_\d+\.ts)\((\d+),\d+\): error (.*)$")


def _errors(output: str, names: dict[str, str], pattern: str) -> dict[str, str]:
    """The first error per snippet, keyed by snippet name."""
    found: dict[str, str] = {}
    for line in output.splitlines():
        m = re.match(pattern, line)
        if m and names[m.group(1)] not in found:
            found[names[m.group(1)]] = f"line {m.group(2)}: {m.group(3)}"
    if not found and output.strip() and not any(re.match(pattern, l) for l in output.splitlines()):
        raise SetupError(f"the checker failed: {output.strip().splitlines()[-1]}")
    return found


def check(snippets: list[tuple[str, str, str | None, str]]) -> tuple[dict[str, str], dict[str, int]]:
    """Checks (name, surface, sdk, code) snippets in their environments. Returns the first error
    per failing snippet (prefixed with the generation) and how many were checked per generation.
    Raises SetupError when an environment cannot be installed."""
    if not (ROOT / "node_modules" / "typescript").is_dir():
        raise SetupError("no node_modules/typescript: run npm ci")
    errors: dict[str, str] = {}
    counts: dict[str, int] = {}
    for env in PYTHON + TYPESCRIPT:
        surface = "python" if env.python else "typescript"
        items = [(n, c) for n, s, sdk, c in snippets if s == surface and env in envs_for(s, sdk, c)]
        if not items:
            continue
        ensure(env)
        found = (_check_python if env.python else _check_typescript)(env, items)
        for name, problem in found.items():
            errors.setdefault(name, f"{env.package}: {problem}")
        counts[env.sdk] = len(items)
    return errors, counts


if __name__ == "__main__":  # a quick manual run: python3 tools/snippet_sdks.py
    os.chdir(ROOT)
    print("environments:", ", ".join(e.package for e in PYTHON + TYPESCRIPT))
