/**
 * The clause registry: every paragraph of the opinion under its id, with the Chinese
 * text, an English rendering and its kind; the superior rules; and the readings the
 * library had to choose between.
 */
import {
  CLAUSE_IDS,
  INTERPRETATIONS,
  OPINION_CLAUSES,
  SUPERIOR_RULES,
  alternativesOf,
  citationLabel,
} from "mobile-member-rules";

const KIND_ZH = { rule: "规则", duty: "义务", principle: "原则" } as const;

console.log(`本库登记了《实施意见》全部 ${CLAUSE_IDS.length} 段条文：\n`);
for (const id of CLAUSE_IDS) {
  const clause = OPINION_CLAUSES[id];
  const kinds = clause.kinds.map((k) => KIND_ZH[k]).join("、");
  console.log(`  ${id.padEnd(8)} ${clause.label.padEnd(8, "　")} ${kinds}`);
}

const clause = OPINION_CLAUSES["2.1.1"];
console.log(`\n${citationLabel("2.1.1")} 原文：\n  ${clause.zh}\n英文译文：\n  ${clause.en}`);

const superior = SUPERIOR_RULES["civil-code:1259"];
console.log(`\n上位规定 ${superior.label}：\n  ${superior.zh}`);

console.log("\n条文有歧义之处，本库的解释（可由调用方改选）：");
for (const interpretation of Object.values(INTERPRETATIONS)) {
  console.log(`\n  ${interpretation.id}\n    问题：${interpretation.question.zh}`);
  for (const alternative of alternativesOf(interpretation.id)) {
    const reading = (interpretation.alternatives as Record<string, { text: { zh: string } }>)[alternative];
    const mark = alternative === interpretation.default ? "（默认）" : "";
    console.log(`    - ${alternative}${mark}：${reading?.text.zh ?? ""}`);
  }
}
