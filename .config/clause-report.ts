/**
 * Clause coverage and the clause pages of the API site.
 *
 * Reads what the test run recorded (`.ci/out/clause-coverage/`, written by
 * `test/setup/clause-coverage.ts`) and the `@clause` tags of the exported functions, and
 * writes to `docs/generated/`:
 * - `clause-coverage.json`: every clause and superior rule with its kinds, the functions
 *   that cite it, the tests that exercised a decision citing it, the interpretations that
 *   touch it, and its status; machine-readable;
 * - `clause-coverage.md`: the same as a page;
 * - `opinion.md`, with one child page per clause under `clauses/` and per superior rule
 *   under `superior/`; `interpretations.md`.
 *
 * With `--run` it first runs the test suite afresh to record the decisions; with `--check`
 * it exits 1 when a rule or duty clause has no exercising test.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  CLAUSE_IDS,
  INTERPRETATIONS,
  INTERPRETATION_IDS,
  OPINION_CLAUSES,
  SUPERIOR_RULES,
  SUPERIOR_RULE_IDS,
  alternativesOf,
  rulesReading,
  type CitationId,
  type InterpretationId,
} from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const recordsDir = `${root}.ci/out/clause-coverage/`;
const out = `${root}docs/generated/`;

interface Records {
  readonly exercised: Record<string, string[]>;
  readonly applied: Record<string, string[]>;
  readonly returnedAs?: Record<string, string[]>;
}

function readRecords(): {
  exercised: Map<string, Set<string>>;
  applied: Map<string, Set<string>>;
  returnedAs: Map<string, Set<string>>;
} {
  const exercised = new Map<string, Set<string>>();
  const applied = new Map<string, Set<string>>();
  const returnedAs = new Map<string, Set<string>>();
  let files: string[] = [];
  try {
    files = readdirSync(recordsDir).filter((f) => f.endsWith(".json"));
  } catch {
    files = [];
  }
  if (files.length === 0) {
    console.error("clause-report: no test records found; run the tests first (npm run coverage:clauses does).");
    process.exit(2);
  }
  const merge = (into: Map<string, Set<string>>, from: Record<string, string[]>) => {
    for (const [key, values] of Object.entries(from)) {
      const set = into.get(key) ?? new Set<string>();
      for (const v of values) set.add(v);
      into.set(key, set);
    }
  };
  for (const file of files) {
    const records = JSON.parse(readFileSync(`${recordsDir}${file}`, "utf8")) as Records;
    merge(exercised, records.exercised);
    merge(applied, records.applied);
    merge(returnedAs, records.returnedAs ?? {});
  }
  return { exercised, applied, returnedAs };
}

/** The `@clause` tags of every exported function (or rule declared with `defineRule`) under src/, by citation. */
function declaredCitations(): Map<string, Set<string>> {
  const declared = new Map<string, Set<string>>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(`${dir}${entry.name}/`) : entry.name.endsWith(".ts") ? [`${dir}${entry.name}`] : [],
    );
  for (const file of walk(`${root}src/`)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:function|const) (\w+)/g)) {
      const [, comment = "", name = ""] = match;
      for (const tag of comment.matchAll(/@clause\s+(\S+)/g)) {
        const id = tag[1] ?? "";
        const set = declared.get(id) ?? new Set<string>();
        set.add(name);
        declared.set(id, set);
      }
    }
  }
  return declared;
}

function interpretationsTouching(id: CitationId): InterpretationId[] {
  return INTERPRETATION_IDS.filter((q) => {
    const entry = INTERPRETATIONS[q];
    const readings = Object.values(entry.alternatives) as { citations: readonly string[] }[];
    return entry.citations.includes(id) || readings.some((r) => r.citations.includes(id));
  });
}

function pageName(id: CitationId): string {
  return id.replace(/[^\w.-]/g, "-");
}

const args = new Set(process.argv.slice(2));
if (args.has("--run")) {
  rmSync(recordsDir, { recursive: true, force: true });
  const run = spawnSync(
    process.execPath,
    [`${root}node_modules/vitest/vitest.mjs`, "run", "--config", ".config/vitest.config.ts", "--reporter=dot"],
    { cwd: root, stdio: "inherit" },
  );
  if (run.status !== 0) {
    console.error("clause-report: the test run failed; coverage is not measured on a failing suite.");
    process.exit(1);
  }
}
const records = readRecords();
// Only decisions of the package's own exported rules count (tests also exercise helpers).
const library = (await import("../src/index.js")) as Record<string, unknown>;
const isExportedRule = (name: string) => typeof library[name] === "function";
const exercised = new Map(
  [...records.exercised].map(([id, tests]) => [id, new Set([...tests].filter((t) => isExportedRule(t.split(" :: ")[0] ?? "")))]),
);
const applied = new Map([...records.applied].map(([id, rules]) => [id, new Set([...rules].filter(isExportedRule))]));
const declared = declaredCitations();

for (const id of declared.keys()) {
  if (!(CLAUSE_IDS as readonly string[]).includes(id) && !(SUPERIOR_RULE_IDS as readonly string[]).includes(id)) {
    console.error(`clause-report: an @clause tag names ${id}, which is not a registered clause or superior rule`);
    process.exit(1);
  }
}

type Status = "covered" | "uncovered" | "principle";

const clauses = CLAUSE_IDS.map((id) => {
  const clause = OPINION_CLAUSES[id];
  const tests = [...(exercised.get(id) ?? [])].sort();
  const decisionOnly = clause.kinds.every((k) => k === "principle");
  const status: Status = tests.length > 0 ? "covered" : decisionOnly ? "principle" : "uncovered";
  return {
    id,
    label: clause.label,
    kinds: clause.kinds,
    zh: clause.zh,
    en: clause.en,
    citedBy: [...(declared.get(id) ?? [])].sort(),
    decidedBy: [...new Set(tests.map((t) => t.split(" :: ")[0] ?? ""))].sort(),
    tests,
    interpretations: interpretationsTouching(id),
    // How the clause reaches a caller: the ground of an outcome, a dated obligation, a named duty.
    returnedAs: [...(records.returnedAs.get(id) ?? [])].sort(),
    status,
  };
});

const superior = SUPERIOR_RULE_IDS.map((id) => {
  const rule = SUPERIOR_RULES[id];
  const tests = [...(exercised.get(id) ?? [])].sort();
  return {
    id,
    label: rule.label,
    zh: rule.zh,
    verbatim: rule.verbatim,
    en: rule.en,
    caveat: rule.caveat,
    citedBy: [...(declared.get(id) ?? [])].sort(),
    decidedBy: [...new Set(tests.map((t) => t.split(" :: ")[0] ?? ""))].sort(),
    tests,
    interpretations: interpretationsTouching(id),
  };
});

// A rule or duty clause must be both exercised by a test and returned by some function.
const uncovered = clauses.filter(
  (c) => c.status === "uncovered" || (c.status === "covered" && c.returnedAs.length === 0 && !c.kinds.every((k) => k === "principle")),
);
const summary = {
  clauses: clauses.length,
  covered: clauses.filter((c) => c.status === "covered").length,
  principles: clauses.filter((c) => c.status === "principle").length,
  uncovered: uncovered.map((c) => c.id),
};

rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}clauses`, { recursive: true });
mkdirSync(`${out}superior`, { recursive: true });

const interpretationsApplied = Object.fromEntries(
  INTERPRETATION_IDS.map((q) => [q, [...(applied.get(q) ?? [])].sort()]),
);
writeFileSync(
  `${out}clause-coverage.json`,
  `${JSON.stringify({ schemaVersion: 1, summary, clauses, superior, interpretationsApplied }, null, 2)}\n`,
);

const KIND_ZH = { rule: "规则", duty: "义务", principle: "原则" } as const;
const STATUS_TEXT: Record<Status, string> = {
  covered: "✅ covered · 已覆盖",
  uncovered: "❌ uncovered · 未覆盖",
  principle: "— principle · 原则（无可判定内容）",
};
const link = (id: CitationId) =>
  (CLAUSE_IDS as readonly string[]).includes(id) ? `clauses/${pageName(id)}.md` : `superior/${pageName(id)}.md`;
const label = (id: CitationId) =>
  (CLAUSE_IDS as readonly string[]).includes(id)
    ? OPINION_CLAUSES[id as (typeof CLAUSE_IDS)[number]].label
    : SUPERIOR_RULES[id as (typeof SUPERIOR_RULE_IDS)[number]].label;
const cell = (items: readonly string[]) => (items.length === 0 ? "—" : items.map((i) => `\`${i}\``).join(", "));

writeFileSync(
  `${out}clause-coverage.md`,
  [
    "---",
    "title: Clause coverage · 条文覆盖",
    "group: Guides",
    "---",
    "",
    "# Clause coverage · 条文覆盖情况",
    "",
    "Measured by running the test suite: a clause counts as covered when a test made a decision that cites it. " +
      "\"Returned as\" says how the clause reaches a caller: as the ground of an outcome (a reasoning step under it), " +
      "as a dated obligation, or as a named duty (由某一函数作为结论、有期限的义务或列名的义务返回). " +
      "Rule and duty clauses must all be covered and returned, or CI fails; principle clauses have nothing to decide. " +
      "The machine-readable form is `clause-coverage.json` beside this page.",
    "",
    `**${summary.covered}** of ${summary.clauses} clauses covered; ${summary.principles} principles; ` +
      `${summary.uncovered.length} uncovered${summary.uncovered.length > 0 ? `: ${summary.uncovered.join(", ")}` : ""}.`,
    "",
    "| clause | kinds | status | returned as | cited by | decided by | tests | interpretations |",
    "|---|---|---|---|---|---|---|---|",
    ...clauses.map(
      (c) =>
        `| [${c.label}](${link(c.id)}) \`${c.id}\` | ${c.kinds.map((k) => `${k} ${KIND_ZH[k]}`).join(", ")} | ${STATUS_TEXT[c.status]} | ${cell(c.returnedAs)} | ${cell(c.citedBy)} | ${cell(c.decidedBy)} | ${c.tests.length} | ${cell(c.interpretations)} |`,
    ),
    "",
    "## Superior rules · 上位规定",
    "",
    "| rule | cited by | decided by | tests |",
    "|---|---|---|---|",
    ...superior.map((r) => `| [${r.label}](${link(r.id)}) \`${r.id}\` | ${cell(r.citedBy)} | ${cell(r.decidedBy)} | ${r.tests.length} |`),
    "",
  ].join("\n"),
);

for (const c of clauses) {
  writeFileSync(
    `${out}clauses/${pageName(c.id)}.md`,
    [
      "---",
      `title: ${c.label} · ${c.id}`,
      `clause: "${c.id}"`,
      "---",
      "",
      `# ${c.label} · \`${c.id}\``,
      "",
      `**Kinds · 类型**: ${c.kinds.map((k) => `${k}（${KIND_ZH[k]}）`).join("、")} — **coverage · 覆盖**: ${STATUS_TEXT[c.status]}`,
      "",
      "## 原文",
      "",
      `> ${c.zh}`,
      "",
      "## English rendering",
      "",
      `> ${c.en}`,
      "",
      "## Cited by · 引用本条的函数",
      "",
      c.citedBy.length === 0 ? "No exported function cites this clause." : c.citedBy.map((f) => `- {@link ${f}}`).join("\n"),
      "",
      "## Interpretations · 相关解释",
      "",
      c.interpretations.length === 0 ? "None." : c.interpretations.map((q) => `- [${q}](../interpretations.md#${q.toLowerCase().replace(/\./g, "")}) — ${INTERPRETATIONS[q].question.en}`).join("\n"),
      "",
      `## Tests · 测试（${c.tests.length}）`,
      "",
      c.tests.length === 0 ? "None." : c.tests.map((t) => `- ${t.replace(/\|/g, "\\|")}`).join("\n"),
      "",
    ].join("\n"),
  );
}

for (const r of superior) {
  writeFileSync(
    `${out}superior/${pageName(r.id)}.md`,
    [
      "---",
      `title: ${r.label}`,
      `clause: "${r.id}"`,
      "---",
      "",
      `# ${r.label} · \`${r.id}\``,
      "",
      "A superior rule: not part of the opinion; cited where a rule of the library relies on it. · 上位规定，非本意见条文。",
      "",
      `## ${r.verbatim ? "原文" : "摘要（非原文）"}`,
      "",
      `> ${r.zh}`,
      "",
      "## English",
      "",
      `> ${r.en}`,
      "",
      ...(r.caveat === null ? [] : ["## Caveat", "", r.caveat, ""]),
      "## Cited by",
      "",
      r.citedBy.length === 0 && r.decidedBy.length === 0
        ? "No exported function cites it."
        : [...new Set([...r.citedBy, ...r.decidedBy])].map((f) => `- {@link ${f}}`).join("\n"),
      "",
      `Tests exercising a decision that cites it: ${r.tests.length}.`,
      "",
    ].join("\n"),
  );
}

writeFileSync(
  `${out}opinion.md`,
  [
    "---",
    "title: The opinion · 实施意见全文",
    "group: Guides",
    "children:",
    ...CLAUSE_IDS.map((id) => `  - ./clauses/${pageName(id)}.md`),
    ...SUPERIOR_RULE_IDS.map((id) => `  - ./superior/${pageName(id)}.md`),
    "---",
    "",
    "# 关于加强和改进区直机关流动党员管理工作的实施意见",
    "",
    "Working Committee of the Organs directly under the Ningxia Hui Autonomous Region (区直机关工委), 2013-07-19. " +
      "Each paragraph below carries its id; its own page has the English rendering, the functions that cite it, the interpretations and the tests.",
    "",
    ...clauses.flatMap((c) => [
      `### ${c.label} · ${c.id}`,
      "",
      `${c.zh}`,
      "",
      `*${c.en}*`,
      "",
      `[Clause page](${link(c.id)}) · ${STATUS_TEXT[c.status]}`,
      "",
    ]),
  ].join("\n"),
);

writeFileSync(
  `${out}interpretations.md`,
  [
    "---",
    "title: Interpretations · 解释",
    "group: Guides",
    "---",
    "",
    "# Interpretations · 本库对条文歧义的解释",
    "",
    "Where the text admits more than one reading, the library names the choice, applies a default, and lets the caller choose another through the `interpretations` option of every rule. " +
      "A decision lists every interpretation it applied, and is marked ambiguous, with the other outcome, when its facts fall on the contested point and the reading changes the outcome.",
    "",
    ...INTERPRETATION_IDS.flatMap((q) => {
      const entry = INTERPRETATIONS[q];
      const rules = interpretationsApplied[q] ?? [];
      return [
        `## ${q}`,
        "",
        `**问题**：${entry.question.zh}`,
        "",
        `**Question**: ${entry.question.en}`,
        "",
        `**Arises from**: ${entry.citations.map((id) => `[${label(id)}](${link(id)})`).join(", ")}`,
        "",
        "| reading | | text | grounds |",
        "|---|---|---|---|",
        ...alternativesOf(q).map((a) => {
          const reading = (entry.alternatives as Record<string, { text: { zh: string; en: string }; citations: readonly CitationId[] }>)[a];
          return `| \`${a}\` | ${a === entry.default ? "**default · 默认**" : ""} | ${reading?.text.zh ?? ""}<br>${reading?.text.en ?? ""} | ${(reading?.citations ?? []).map((id) => `[${label(id)}](${link(id)})`).join(", ")} |`;
        }),
        "",
        `**Why the default · 理由**：${entry.rationale.zh} ${entry.rationale.en}`,
        "",
        `**Read by · 读取此解释的规则** (as each rule declares it): ${rulesReading(q).map((r) => `{@link ${r}}`).join(", ")}`,
        "",
        `**Applied by · 适用的规则** (measured in the tests): ${rules.length === 0 ? "none yet" : rules.map((r) => `{@link ${r}}`).join(", ")}`,
        "",
      ];
    }),
  ].join("\n"),
);

console.log(
  `clause coverage: ${summary.covered}/${summary.clauses} covered, ${summary.principles} principles, ${summary.uncovered.length} uncovered${summary.uncovered.length > 0 ? ` (${summary.uncovered.join(", ")})` : ""}`,
);
if (args.has("--check") && uncovered.length > 0) {
  console.error(`clause coverage: rule or duty clauses no test exercises, or no function returns: ${uncovered.map((c) => c.id).join(", ")}`);
  process.exit(1);
}
