/**
 * The command line: `mobile-member-rules check <files or folders>` runs scenario files;
 * `mobile-member-rules explain <rule> <input.json>` explains one decision;
 * `mobile-member-rules init <folder>` copies the starter scenarios;
 * `mobile-member-rules schema` prints the JSON Schema of scenario files;
 * `mobile-member-rules workbench` writes the workbench page.
 *
 * @module
 */
import { inLocale } from "../locales/index.js";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeExplanation, type ExplainLocale } from "../decision/explain.js";
import type { Bilingual } from "../locales/catalog.js";
import { bilingual, say } from "../locales/tools.js";
import { findScenarioFiles, readScenarioFile, type FoundEntry } from "./files.js";
import { initScenarios, packageVersion } from "./init.js";
import { scenarioJsonSchema } from "./json-schema.js";
import { SCENARIO_RULES, checkScenarioText, evaluate, parseJsonText, ruleHint, type Finding, type ScenarioResult, type ScenarioRule } from "./scenarios.js";
import { nearest } from "./suggest.js";
import { HELP } from "./help.js";
import { argumentError, localeNamed, shownPath, unknownLocale } from "./arguments.js";
import { defaultWorkbenchFolder, openInBrowser, shouldOpen, writeWorkbench } from "./workbench.js";

/** Where the command line writes, and the folder that relative paths start from. */
export interface Io {
  /** Writes text (whole lines, with their line ends) to standard output. */
  readonly out: (text: string) => void;
  /** Writes text to standard error. */
  readonly err: (text: string) => void;
  /** The working folder. */
  readonly cwd: string;
}

const OPTIONS = {
  lang: { type: "string" },
  json: { type: "boolean" },
  verbose: { type: "boolean" },
  options: { type: "string" },
  force: { type: "boolean" },
  out: { type: "string" },
  version: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;
type OptionName = keyof typeof OPTIONS;
const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];

const COMMANDS = ["check", "explain", "init", "schema", "workbench"] as const;
type Command = (typeof COMMANDS)[number];

/** The options each command takes; --help and --version go with any. */
const ACCEPTS: { readonly [C in Command]: readonly OptionName[] } = {
  check: ["lang", "json", "verbose"],
  explain: ["lang", "json", "options"],
  init: ["lang", "force"],
  schema: [],
  workbench: ["lang", "out"],
};


function word(lang: ExplainLocale, text: Bilingual): string {
  return inLocale(lang, text);
}

/** A usage error: in both languages, since the language option itself may be what is wrong. */
function usage(io: Io, text: Bilingual): number {
  io.err(`${text.zh}\n${text.en}\n${say("zh-CN", "cli.see-help")} / ${say("en", "cli.see-help")}\n`);
  return 2;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : `    ${line}`))
    .join("\n");
}

function findingLine(finding: Finding, lang: ExplainLocale): string {
  return say(lang, "cli.finding", { where: finding.where, message: finding.message, hint: finding.hint ?? null });
}

/** One entry of the `--json` report. */
type FileReport =
  | { readonly file: string; readonly status: "checked"; readonly scenarios: readonly ScenarioResult[] }
  | { readonly file: string; readonly status: "malformed"; readonly findings: readonly Finding[] }
  | { readonly file: string; readonly status: "unreadable" | "skipped"; readonly message: string };

/** A found entry's text, or why there is none. */
function contentOf(entry: FoundEntry): ReturnType<typeof readScenarioFile> {
  switch (entry.kind) {
    case "file":
      return readScenarioFile(entry.path);
    case "failed":
      return { ok: false, why: entry.why };
    case "skipped":
      return { ok: false, skipped: true, why: entry.why };
  }
}


function check(paths: readonly string[], lang: ExplainLocale, json: boolean, verbose: boolean, io: Io): number {
  let passed = 0;
  let failed = 0;
  const reports: FileReport[] = [];
  // The report goes out in one write at the end: a write per line or per file costs more
  // than checking a scenario.
  const chunks: string[] = [];
  const emit = (text: string) => {
    if (!json) chunks.push(text);
  };
  for (const entry of findScenarioFiles(paths.map((path) => resolve(io.cwd, path)))) {
    const name = shownPath(entry.path, io.cwd);
    const read = contentOf(entry);
    if (!read.ok) {
      const message = word(lang, read.why);
      if ("skipped" in read) {
        reports.push({ file: name, status: "skipped", message });
        io.err(`– ${name}: ${message}\n`);
      } else {
        failed += 1;
        reports.push({ file: name, status: "unreadable", message });
        emit(`✗ ${name}: ${message}\n`);
      }
      continue;
    }
    const result = checkScenarioText(name, read.text, lang);
    if (result.malformed) {
      failed += 1;
      reports.push({ file: name, status: "malformed", findings: result.findings });
      const lines = result.findings.map((f) => `    ${name} › ${findingLine(f, lang)}\n`);
      emit(`✗ ${name}: ${say(lang, "cli.check.malformed")}\n${lines.join("")}`);
      continue;
    }
    // Kept only for --json: a result holds its decision (for its explanation), and keeping
    // ten thousand of them to the end cost more in garbage collection than deciding them.
    if (json) reports.push({ file: name, status: "checked", scenarios: result.results });
    let text = "";
    for (const r of result.results) {
      if (r.passed) passed += 1;
      else failed += 1;
      text += `${r.passed ? "✓" : "✗"} ${name} › ${r.name}\n`;
      if (r.passed && !verbose) continue;
      const mismatch = r.decided ? `${say(lang, "cli.check.mismatch")} ` : "";
      for (const f of r.findings) text += `    ${mismatch}${findingLine(f, lang)}\n`;
      text += `${indent(r.explanation)}\n\n`;
    }
    emit(text);
  }
  const summary = say(lang, "cli.check.summary", { passed, failed });
  if (json) io.out(`${JSON.stringify({ passed, failed, files: reports }, null, 2)}\n`);
  else io.out(`${chunks.join("")}${summary}\n`);
  if (passed + failed === 0) {
    io.err(`${say("zh-CN", "cli.check.nothing-checked")} / ${say("en", "cli.check.nothing-checked")}\n`);
    return 1;
  }
  return failed === 0 ? 0 : 1;
}

/** A JSON file read for `explain`, or the message naming that file. */
function readJsonFile(path: string, lang: ExplainLocale, io: Io): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string } {
  const name = shownPath(path, io.cwd);
  const read = readScenarioFile(path);
  if (!read.ok) return { ok: false, message: `${name}: ${word(lang, read.why)}` };
  const parsed = parseJsonText(read.text);
  return parsed.ok ? parsed : { ok: false, message: `${name}: ${parsed.message}` };
}

function explainCommand(args: readonly string[], optionsPath: string | undefined, lang: ExplainLocale, json: boolean, io: Io): number {
  const [rule, inputPath, ...extra] = args;
  if (rule === undefined || inputPath === undefined || extra.length > 0) {
    return usage(io, bilingual("cli.explain.usage", { rules: SCENARIO_RULES }));
  }
  if (!(SCENARIO_RULES as readonly string[]).includes(rule)) {
    return usage(io, {
      zh: say("zh-CN", "cli.explain.no-such-rule", { rule, hint: ruleHint(rule, "zh-CN") ?? null, rules: SCENARIO_RULES }),
      en: say("en", "cli.explain.no-such-rule", { rule, hint: ruleHint(rule, "en") ?? null, rules: SCENARIO_RULES }),
    });
  }
  // Each file is read, and blamed, on its own.
  const input = readJsonFile(resolve(io.cwd, inputPath), lang, io);
  if (!input.ok) {
    io.err(`${input.message}\n`);
    return 2;
  }
  const options = optionsPath === undefined ? undefined : readJsonFile(resolve(io.cwd, optionsPath), lang, io);
  if (options !== undefined && !options.ok) {
    io.err(`${options.message}\n`);
    return 2;
  }
  const evaluation = evaluate(rule as ScenarioRule, input.value, options?.value, [], lang);
  if (evaluation.kind === "decided") {
    const explanation = writeExplanation(evaluation.decision, lang, false);
    io.out(json ? `${JSON.stringify({ decision: evaluation.decision, explanation }, null, 2)}\n` : `${explanation}\n`);
    return 0;
  }
  if (json) io.out(`${JSON.stringify({ findings: evaluation.findings }, null, 2)}\n`);
  io.err(evaluation.findings.map((f) => `${findingLine(f, lang)}\n`).join(""));
  return 1;
}

function initCommand(args: readonly string[], force: boolean, lang: ExplainLocale, io: Io): number {
  const [folder, ...extra] = args;
  if (folder === undefined || extra.length > 0) {
    return usage(io, bilingual("cli.init.usage"));
  }
  const target = resolve(io.cwd, folder);
  const result = initScenarios(target, force);
  const name = shownPath(target, io.cwd);
  if (!result.ok) {
    io.err(
      `${say(lang, "cli.init.existing", { folder: name, files: result.existing })}\n`,
    );
    return 1;
  }
  io.out(
    `${say(lang, "cli.init.written", { count: result.written.length, folder: name, schema: result.schema })}\n`,
  );
  return 0;
}

function workbenchCommand(args: readonly string[], out: string | undefined, lang: ExplainLocale, io: Io): number {
  if (args.length > 0) return usage(io, bilingual("cli.workbench.usage"));
  const result = writeWorkbench(out === undefined ? defaultWorkbenchFolder() : resolve(io.cwd, out));
  if (!result.ok) {
    io.err(`${word(lang, result.why)}\n`);
    return 1;
  }
  io.out(`${result.path}\n`);
  if (shouldOpen()) openInBrowser(result.path);
  return 0;
}

/** Runs the command line with the given arguments; returns the exit code. @internal */
export function main(argv: readonly string[], io: Io): number {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usage(io, argumentError(argv, OPTIONS, error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(HELP);
    return 0;
  }
  if (values.version === true) {
    io.out(`${packageVersion()}\n`);
    return 0;
  }
  const lang = localeNamed(values.lang);
  if (lang === undefined) return usage(io, unknownLocale(values.lang));
  const [command, ...args] = positionals;
  if (command === undefined) {
    io.err(HELP);
    return 2;
  }
  const known = COMMANDS.find((c) => c === command);
  if (known === undefined) {
    // roster is run by the program itself (bin.ts), asynchronously; it is named here for the hint.
    const near = nearest(command, [...COMMANDS, "roster"]);
    return usage(io, bilingual("cli.usage.unknown-command", { command, near: near ?? null }));
  }
  const misplaced = OPTION_NAMES.filter((name) => values[name] !== undefined && !ACCEPTS[known].includes(name));
  if (misplaced.length > 0) {
    return usage(io, bilingual("cli.usage.misplaced", { command: known, options: misplaced.map((name) => `--${name}`) }));
  }
  const json = values.json === true;
  switch (known) {
    case "check":
      if (args.length === 0) return usage(io, bilingual("cli.check.usage"));
      return check(args, lang, json, values.verbose === true, io);
    case "explain":
      return explainCommand(args, values.options, lang, json, io);
    case "init":
      return initCommand(args, values.force === true, lang, io);
    case "schema":
      if (args.length > 0) return usage(io, bilingual("cli.schema.usage"));
      io.out(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
      return 0;
    case "workbench":
      return workbenchCommand(args, values.out, lang, io);
  }
}

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** The line under every usage error. */
    "cli.see-help": Record<never, never>;
    /** A finding of a scenario: where, what, and a hint if there is one. */
    "cli.finding": { readonly where: string; readonly message: string; readonly hint: string | null };
    /** A scenario file that is not a scenario file. */
    "cli.check.malformed": Record<never, never>;
    /** The mark before a finding of a scenario that was decided otherwise than it expects. */
    "cli.check.mismatch": Record<never, never>;
    /** The last line of `check`. */
    "cli.check.summary": { readonly passed: number; readonly failed: number };
    /** `check` found no scenario file. */
    "cli.check.nothing-checked": Record<never, never>;
    /** `check` without a file or folder. */
    "cli.check.usage": Record<never, never>;
    /** `explain` without its two arguments. */
    "cli.explain.usage": { readonly rules: readonly string[] };
    /** `explain` of a rule that does not exist, with the nearest name if one is near. */
    "cli.explain.no-such-rule": { readonly rule: string; readonly hint: string | null; readonly rules: readonly string[] };
    /** `init` without its folder. */
    "cli.init.usage": Record<never, never>;
    /** `init` into a folder that already holds the files. */
    "cli.init.existing": { readonly folder: string; readonly files: readonly string[] };
    /** `init` done. */
    "cli.init.written": { readonly count: number; readonly folder: string; readonly schema: string };
    /** `workbench` with arguments. */
    "cli.workbench.usage": Record<never, never>;
    /** `schema` with arguments. */
    "cli.schema.usage": Record<never, never>;
    /** A command that does not exist, with the nearest one if one is near. */
    "cli.usage.unknown-command": { readonly command: string; readonly near: string | null };
    /** Options the command does not take. */
    "cli.usage.misplaced": { readonly command: string; readonly options: readonly string[] };
  }
}
