#!/usr/bin/env node
/**
 * The command line: `mobile-member-rules check <files or folders>` runs scenario files;
 * `mobile-member-rules explain <rule> <input.json>` explains one decision;
 * `mobile-member-rules schema` prints the JSON Schema of scenario files.
 *
 * @module
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { ExplainLocale } from "../decision/explain.js";
import { scenarioJsonSchema } from "./json-schema.js";
import { SCENARIO_RULES, checkScenarioText, runScenario, type FileResult, type ScenarioRule } from "./scenarios.js";

const HELP = `mobile-member-rules — 流动党员管理规则

用法 / usage:
  mobile-member-rules check <文件或文件夹…> [--lang en]
      运行情景文件（JSON），逐一显示通过或失败及理由；有失败时以非零状态退出。
      Runs scenario files (JSON) and explains each; exits non-zero on any failure.
  mobile-member-rules explain <rule> <input.json> [--options options.json] [--lang en]
      对一份输入作出决定并逐步说明。Decides one input and explains it.
  mobile-member-rules schema
      输出情景文件的 JSON Schema。Prints the JSON Schema of scenario files.

rules: ${SCENARIO_RULES.join(", ")}
`;

interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
}

function files(path: string): string[] {
  const stats = statSync(path);
  if (!stats.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      return statSync(child).isDirectory() ? files(child) : name.endsWith(".json") ? [child] : [];
    });
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}

function check(paths: readonly string[], lang: ExplainLocale, io: Io): number {
  let passed = 0;
  let failed = 0;
  const zh = lang === "zh-CN";
  for (const path of paths) {
    let list: string[];
    try {
      list = files(path);
    } catch {
      io.err(`✗ ${path}: ${zh ? "找不到该文件或文件夹" : "no such file or folder"}`);
      failed += 1;
      continue;
    }
    for (const file of list) {
      const name = relative(io.cwd, file) || file;
      let result: FileResult;
      try {
        result = checkScenarioText(name, readFileSync(file, "utf8"), lang);
      } catch (error) {
        io.err(`✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
        failed += 1;
        continue;
      }
      if (result.malformed) {
        failed += 1;
        io.out(`✗ ${name}: ${zh ? "情景文件格式错误" : "malformed scenario file"}`);
        for (const f of result.findings) io.out(`    ${name} › ${f.where}: ${f.message}`);
        continue;
      }
      for (const r of result.results) {
        io.out(`${r.passed ? "✓" : "✗"} ${name} › ${r.name}`);
        for (const f of r.findings) io.out(`    ${zh ? "不符" : "mismatch"} ${f.where}: ${f.message}`);
        io.out(indent(r.explanation));
        io.out("");
        if (r.passed) passed += 1;
        else failed += 1;
      }
    }
  }
  io.out(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

function explainCommand(rule: string | undefined, inputPath: string | undefined, optionsPath: string | undefined, lang: ExplainLocale, io: Io): number {
  if (rule === undefined || inputPath === undefined || !(SCENARIO_RULES as readonly string[]).includes(rule)) {
    io.err(`usage: mobile-member-rules explain <rule> <input.json>\nrules: ${SCENARIO_RULES.join(", ")}`);
    return 2;
  }
  const read = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
  let input: unknown;
  let options: unknown;
  try {
    input = read(inputPath);
    options = optionsPath === undefined ? {} : read(optionsPath);
  } catch (error) {
    io.err(`${inputPath}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const result = runScenario(
    { name: rule, rule: rule as ScenarioRule, input: input as never, options: options as never, expect: {} },
    0,
    lang,
  );
  if (!result.passed) {
    for (const f of result.findings) io.err(`${f.where.replace(/^scenarios\[0\]\.input\.?/, "") || "(input)"}: ${f.message}`);
    return 1;
  }
  io.out(result.explanation);
  return 0;
}

/** Runs the command line with the given arguments; returns the exit code. @internal */
export function main(argv: readonly string[], io: Io): number {
  const args = [...argv];
  let lang: ExplainLocale = "zh-CN";
  let optionsPath: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--lang") {
      const value = args[(i += 1)];
      lang = value === "en" ? "en" : "zh-CN";
    } else if (arg === "--options") optionsPath = args[(i += 1)];
    else if (arg === "--help" || arg === "-h") {
      io.out(HELP);
      return 0;
    } else positional.push(arg);
  }
  const [command, ...rest] = positional;
  switch (command) {
    case "check":
      if (rest.length === 0) {
        io.err("usage: mobile-member-rules check <files or folders>");
        return 2;
      }
      return check(rest, lang, io);
    case "explain":
      return explainCommand(rest[0], rest[1], optionsPath, lang, io);
    case "schema":
      io.out(JSON.stringify(scenarioJsonSchema(), null, 2));
      return 0;
    default:
      io.err(HELP);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});
