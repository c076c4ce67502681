/**
 * One validation path, on one snapshot of the caller's data. A rule reads its options and
 * facts once, as the caller's own data properties: nothing inherited through a prototype
 * (an `override` on `Object.prototype` set by other code, say) is ever applied; a reading
 * that does not exist is refused with the typed error, never a TypeError or a
 * pattern-matching error; a value read through a getter cannot change between the check
 * and the use; and a Date, a Map or an instance of a class is not a record.
 */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { INTERPRETATION_IDS, documentForAbsence, type InterpretationId } from "mobile-member-rules";
import {
  RULES,
  attempt,
  buildHostile,
  defect,
  describeThrown,
  expectAnswerOrRefusal,
  plainCopy,
  type AnyFunction,
  type Called,
} from "../support/hostile.js";

const RUNS = 100;

/** A result as text: the decision, or the refusal's issues. */
function said(called: Called): string {
  if (called.kind === "returned") return JSON.stringify(called.value);
  if (called.kind === "refused") return `refused ${JSON.stringify(called.error.issues)}`;
  return `threw ${describeThrown(called.error)}`;
}

/** Runs `call` while `key` is set on Object.prototype, as other code on the page might. */
function withPollution(key: string, value: unknown, call: () => unknown): Called {
  Object.defineProperty(Object.prototype, key, { value, enumerable: true, writable: true, configurable: true });
  try {
    return attempt(call);
  } finally {
    delete (Object.prototype as Record<string, unknown>)[key];
  }
}

const OVERRIDABLE = RULES.filter(({ name }) => name === "documentForAbsence" || name === "resolveReceivingOrg");

/** An override the rule would accept as its own: a document, or a receiver. */
const INHERITED_OVERRIDE: Record<string, unknown> = {
  documentForAbsence: { outcome: "activity-card", reason: " " },
  resolveReceivingOrg: { outcome: "mobile-member-org", reason: " " },
};

describe("an override inherited through a prototype is never applied", () => {
  for (const { name, rule, valid } of OVERRIDABLE) {
    test.prop([valid, fc.boolean()], { numRuns: RUNS })(
      `${name}: options whose prototype carries an override are refused or decided without it`,
      ({ input, options }, withReadings) => {
        const own = withReadings && options !== null && typeof options === "object" && "interpretations" in options ? { interpretations: (options as { interpretations: unknown }).interpretations } : {};
        const inherited = Object.assign(Object.create({ override: INHERITED_OVERRIDE[name] }) as object, own);
        const called = attempt(() => rule(input, inherited));
        expectAnswerOrRefusal(called, name);
        if (called.kind === "returned") {
          const plain = said(attempt(() => rule(input, own)));
          if (said(called) !== plain) {
            defect(`${name}: an override inherited through the options' prototype was applied (options must be read as own data, validated once)`);
          }
        }
      },
    );
  }

  it("documentForAbsence: Object.create({ override }) with a blank reason does not change the document", () => {
    const absence = { departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true } as const;
    const options = Object.create({ override: { outcome: "activity-card", reason: " " } }) as object;
    const called = attempt(() => documentForAbsence(absence, options));
    if (called.kind === "returned" && (called.value as { outcome: { document: string } }).outcome.document !== "transfer-letter") {
      defect("documentForAbsence: an inherited override with a blank reason replaced the document");
    }
    expectAnswerOrRefusal(called, "documentForAbsence");
  });
});

/** Keys other code may set on Object.prototype, with values a rule would take for options. */
const POLLUTION: readonly (readonly [string, unknown])[] = [
  ["override", { outcome: "activity-card", reason: "polluted" }],
  ["override", { outcome: "mobile-member-org", reason: "polluted" }],
  ["interpretations", { "Q1.six-month-boundary": "exactly-six-months-is-within", "Q6.liaison-load": "exactly-fifteen", "Q19.excellent-cap-base": "all-appraised" }],
  ["standard", { excellent: {}, qualified: {}, basicallyQualified: {} }],
];

describe("properties set on Object.prototype by other code change no call", () => {
  for (const { name, rule, valid } of RULES) {
    test.prop([valid, fc.constantFrom(...POLLUTION), fc.boolean()], { numRuns: RUNS })(
      `${name}: the result with Object.prototype polluted is the result without`,
      ({ input, options }, [key, value], omitOptions) => {
        const call = () => (omitOptions ? rule(input) : rule(input, options));
        const clean = said(attempt(call));
        const polluted = withPollution(key, value, call);
        if (said(polluted) !== clean) {
          defect(`${name}: Object.prototype.${key}, set by other code, changed the result of a call${omitOptions ? " made without options" : ""} (was: ${clean.slice(0, 120)}; now: ${said(polluted).slice(0, 160)})`);
        }
      },
    );
  }
});

const BOGUS_READINGS = ["nope", "", "constructor", "__proto__", "toString", "EXACTLY-SIX-MONTHS-IS-WITHIN"] as const;

type BogusPlace = "own" | "inherited-options" | "inherited-interpretations";

function bogusOptions(id: InterpretationId, reading: string, place: BogusPlace): object {
  const choices: Record<string, string> = {};
  Object.defineProperty(choices, id, { value: reading, enumerable: true, writable: true, configurable: true });
  switch (place) {
    case "own":
      return { interpretations: choices };
    case "inherited-options":
      return Object.create({ interpretations: choices }) as object;
    case "inherited-interpretations":
      return { interpretations: Object.create(choices) as object };
  }
}

describe("a reading that does not exist is refused with the typed error", () => {
  for (const { name, rule, valid } of RULES) {
    test.prop(
      [valid, fc.nat(), fc.constantFrom(...BOGUS_READINGS), fc.constantFrom<BogusPlace>("own", "inherited-options", "inherited-interpretations")],
      { numRuns: RUNS },
    )(`${name}: a bogus reading, own or inherited, gives RuleInputError, never a TypeError or a pattern-matching error`, ({ input }, pick, reading, place) => {
      // A reading the decision of these facts applies, so the bogus one would be used.
      const applied = (rule(input, {}) as { interpretations: { id: InterpretationId }[] }).interpretations.map((i) => i.id);
      const ids = applied.length > 0 ? applied : INTERPRETATION_IDS;
      const id = ids[pick % ids.length] ?? "Q1.six-month-boundary";
      const called = attempt(() => rule(input, bogusOptions(id, reading, place)));
      expectAnswerOrRefusal(called, `${name} with interpretations["${id}"] = "${reading}" (${place})`);
      if (place === "own" && called.kind !== "refused") defect(`${name}: the reading "${reading}" of ${id} does not exist, yet it was accepted`);
      if (called.kind === "returned" && said(called) !== said(attempt(() => rule(input, {})))) {
        defect(`${name}: an inherited reading "${reading}" of ${id} was applied (${place})`);
      }
    });
  }

  it("documentForAbsence: an inherited bogus Q1 reading on exactly six months is refused, not a pattern-matching error", () => {
    const exact = { departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: true } as const;
    const called = attempt(() => documentForAbsence(exact, Object.create({ interpretations: { "Q1.six-month-boundary": "nope" } }) as never));
    expectAnswerOrRefusal(called, "documentForAbsence with an inherited Q1 reading \"nope\"");
  });
});

describe("a value read through a getter is read once: the check and the use see the same value", () => {
  for (const { name, rule, valid } of RULES) {
    test.prop([valid, fc.nat(), fc.constantFrom("changes-to-junk" as const, "changes-to-other-value" as const)], { numRuns: RUNS })(
      `${name}: a getter that changes after its first read is refused, or decided as its first value`,
      ({ input, options }, at, behaviour) => {
        const { args } = buildHostile([input, options], [{ kind: "getter", at, behaviour }]);
        const called = attempt(() => (rule as AnyFunction)(...args));
        expectAnswerOrRefusal(called, name);
        if (called.kind === "returned") {
          const snapshot = said(attempt(() => rule(plainCopy(input), plainCopy(options))));
          if (said(called) !== snapshot) {
            defect(`${name}: a getter's later value reached the decision: the facts were not read once into a snapshot before they were checked and used`);
          }
        }
      },
    );
  }

  it("documentForAbsence: an expected return valid on the first read and before the departure later never reaches the trace", () => {
    let reads = 0;
    const absence = {
      departure: "2024-03-10",
      get expectedReturn() {
        reads += 1;
        return reads === 1 ? "2024-12-01" : "2024-01-01";
      },
      placeFixed: true,
    };
    const called = attempt(() => documentForAbsence(absence as never));
    expectAnswerOrRefusal(called, "documentForAbsence with a changing expectedReturn");
    if (called.kind === "returned") {
      const decision = called.value as { trace: { facts: Record<string, unknown> }[] };
      const seen = decision.trace.flatMap((step) => (Object.hasOwn(step.facts, "expectedReturn") ? [step.facts["expectedReturn"]] : []));
      for (const value of seen) {
        if (value !== "2024-12-01") defect(`documentForAbsence: the trace quotes an expected return of ${String(value)}, before the departure, which the check never saw`);
      }
    }
  });
});

class Options {
  readonly interpretations = {};
}

class Facts {}

/** A copy of a valid record as an instance of a class: the same own fields, another prototype. */
function asInstance(record: unknown): object {
  return Object.assign(new Facts(), record);
}

const NOT_OPTIONS: readonly (readonly [string, () => unknown])[] = [
  ["a Date", () => new Date(Date.UTC(2024, 0, 1))],
  ["a Map", () => new Map([["interpretations", {}]])],
  ["a Set", () => new Set()],
  ["an instance of a class", () => new Options()],
  ["an instance of an empty class", () => new Facts()],
  ["an array", () => []],
];

describe("a Date, a Map or an instance of a class is not a record", () => {
  for (const { name, rule, valid } of RULES) {
    it.each(NOT_OPTIONS)(`${name}: %s as the options is refused with RuleInputError`, (_what, make) => {
      const [sample] = fc.sample(valid, { numRuns: 1, seed: 5 });
      const called = attempt(() => rule(sample?.input, make()));
      expectAnswerOrRefusal(called, name);
      expect(called.kind, `${name} accepted ${_what} as its options`).toBe("refused");
    });

    test.prop([valid, fc.constantFrom("Date", "Map", "instance")], { numRuns: 20 })(
      `${name}: a Date, a Map, or a class instance holding a valid record's fields, as the facts, is refused with RuleInputError`,
      ({ input, options }, kind) => {
        const facts = kind === "Date" ? new Date(Date.UTC(2024, 0, 1)) : kind === "Map" ? new Map(Object.entries(input as object)) : asInstance(input);
        const called = attempt(() => rule(facts, options));
        expectAnswerOrRefusal(called, name);
        if (called.kind !== "refused") defect(`${name}: accepted ${kind === "instance" ? "an instance of a class" : `a ${kind}`} as its facts`);
      },
    );
  }
});
