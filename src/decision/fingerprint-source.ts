/**
 * What a decision's fingerprints are taken of: the opinion's text and the interpretation
 * registry, each as canonical JSON (keys in code-point order, no spaces). The SHA-256 of
 * each is written into `fingerprints.ts` by `npm run fingerprints`, and a test checks that
 * it is still the hash of today's text and registry.
 * @internal
 * @module
 */
import { CLAUSE_IDS, OPINION_CLAUSES } from "../clauses/opinion.js";
import { INTERPRETATIONS, INTERPRETATION_IDS } from "../interpretations/registry.js";

/** JSON with every object's keys in code-point order. @internal */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record = value as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
}

/** The opinion's text: each clause's id and Chinese text. @internal */
export function opinionSource(): string {
  return canonicalJson(CLAUSE_IDS.map((id) => [id, OPINION_CLAUSES[id].zh]));
}

/**
 * The interpretation registry as a decision depends on it: each interpretation's id, its
 * question, its default and its readings with their Chinese texts. (The English renderings
 * and the rationales may be reworded without making stored decisions stale.)
 * @internal
 */
export function interpretationsSource(): string {
  return canonicalJson(
    INTERPRETATION_IDS.map((id) => {
      const entry = INTERPRETATIONS[id];
      const readings = entry.alternatives as Readonly<Record<string, { readonly text: { readonly zh: string } }>>;
      return {
        id,
        question: entry.question.zh,
        default: entry.default,
        readings: Object.keys(readings).map((name) => [name, readings[name]?.text.zh ?? ""]),
      };
    }),
  );
}
