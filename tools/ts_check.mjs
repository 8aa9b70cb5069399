// Checks TypeScript snippets: strips the types with the project's `typescript` package
// (syntax errors are reported), then has Node parse the result with `node --check`.
// Input on stdin: JSON [{"name": "...", "code": "..."}]. Output on stdout: JSON
// [{"name": "...", "error": null | "..."}]. Exit 0 unless the checker itself fails.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";

const snippets = JSON.parse(readFileSync(0, "utf8"));
const dir = mkdtempSync(join(tmpdir(), "ts-check-"));
const results = snippets.map(({ name, code }, i) => {
  const out = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const syntax = (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  if (syntax.length > 0) return { name, error: `typescript: ${syntax.join("; ")}` };
  const file = join(dir, `snippet-${i}.mjs`);
  writeFileSync(file, out.outputText);
  const check = spawnSync(process.execPath, ["--check", file], { encoding: "utf8" });
  if (check.status !== 0) {
    const first = check.stderr.split("\n").filter((l) => /Error/.test(l))[0] ?? check.stderr.trim();
    return { name, error: `node --check: ${first}` };
  }
  return { name, error: null };
});
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify(results));
