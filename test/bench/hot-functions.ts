/**
 * What the functions at the top of a profile are, and whether they can go: read from
 * profiles of the rules and of `check` (`npm run bench`, sections 5 and 7) and from timing
 * each piece alone, written by hand. Keyed by "function module" as the profile names them,
 * or by the function's name alone.
 */
export const HOT_FUNCTIONS: { readonly [key: string]: string } = {
  "ownedCopy src/frozen.ts":
    "The copy of the input's snapshot into ordinary objects for the decision's `input` (frozen parts, such as an empty options record, are shared, not copied). The rest of a decision is built for the call and not copied. Small; it could go only if a decision's `input` kept the snapshot's prototype-less objects.",
  "recordDuties src/rules/document-for-absence.ts":
    "The duties step: one step whose result is the outcome's own frozen duty list, and a citation of each clause that sets some of the duties (worked out once per document as the module loads). Small.",
  "(anonymous) zod/v4/core/parse.js":
    "zod's `safeParse`, with the object schema's compiled fast path and the field parsers inlined into it. Validation is what a rule promises: it stays. (Called with `{ reportInput: true }` only on a refused input: with any parse parameter zod 4.6.7 runs several times slower.)",
  "inst._zod.parse zod/v4/core/schemas.js":
    "zod's parsers of the input's fields (the object, the dates' strings, the union of a date or \"open-ended\", the booleans). Validation: it stays.",
  "inst._zod.run zod/v4/core/schemas.js":
    "zod running a schema's parser and then its checks (the dates' range check, the absence's return-after-departure check). Stays with validation.",
  "handleCatchall zod/v4/core/schemas.js": "zod's scan for keys a strict object does not declare. Stays: strict objects refuse misspelt keys.",
  "runChecks zod/v4/core/schemas.js": "zod running the `.check`s of a schema. Stays with validation.",
  "(garbage collector)":
    "Collecting what a decision allocates: the snapshot of the input, zod's parsed copy of it (which `readInput` drops, returning the snapshot), the steps and their parameters, the decision. Most of it is the decision itself, which the caller keeps or drops.",
  "readNode src/input/snapshot.ts":
    "The input read once into plain data that inherits nothing (`snapshotInput`): `Reflect.ownKeys` and `Reflect.getOwnPropertyDescriptor` per property, a scan of the few ancestors for cycles. It is the library's defence against getters, proxies, cycles and a polluted `Object.prototype`, and stays.",
  "readArray src/input/snapshot.ts": "The snapshot of an array (see `readNode`).",
  "readObject src/input/snapshot.ts":
    "The snapshot of an object: an object made by a constructor whose prototype is an empty, frozen, prototype-less object, so nothing is inherited and V8 keeps its fast properties. Stays with the snapshot.",
  "snapshotInput src/input/snapshot.ts": "See `readNode`.",
  "decideFully src/decision/decision.ts":
    "The full decision: the traced decision, each contested point decided again under its other readings without a trace, and the decision's literal. Its own code is small; its total is the decision less the validation.",
  "readInput src/errors.ts": "Snapshot, then zod's `safeParse`: the input, and the options when any are given.",
  "read src/decision/rule.ts": "A rule's validation: `readInput` of the input and (when given) of the options, the Q5 check and the rule's `check`.",
  "measureAbsence src/rules/document-for-absence.ts":
    "The absence against six months (民法典 第201–202条): two day numbers, the six-month date, the step. The rule's own arithmetic.",
  "dayNumberOf src/calendar/date.ts": "A validated date's day number, unchecked: 25 ns.",
  "dayNumberOfText src/calendar/date.ts":
    "A `YYYY-MM-DD` text's day number, or NaN when it is no date, read digit by digit without making an object: what every date schema checks and every rule reads. The dates are the roster's records' most common field; it stays.",
  "toDayNumber src/calendar/date.ts":
    "The public date-to-day-number function, which checks its arguments; the rules use `dayNumberOf` on dates their schemas validated.",
  "decideOutcome src/decision/decision.ts": "The outcome under each other reading of a contested point the facts fall on, without a trace.",
  "alternativeInForce src/interpretations/options.ts": "The reading in force for an interpretation: small, per `interpret` and `contest`.",
  "step src/decision/decision.ts": "Recording a step: one object per step. Stays: the trace is the decision.",
  "holds src/rules/management-mode.ts":
    "1.2.3's five cases, each checked and recorded as a step with the facts it read: the rule's own reasoning, which the hand-written baseline does not record.",
  "parseJsonText src/cli/scenarios.ts": "`JSON.parse` of a scenario file. Stays.",
  "decode node:internal/encoding": "Decoding each scenario file as UTF-8 (`TextDecoder` with `fatal: true`, so that a file that is not UTF-8 is reported). Stays.",
  "runScenario src/cli/scenarios.ts": "One scenario: the rule's decision and the comparison with what it expects.",
  "mismatches src/cli/scenarios.ts": "The comparison of the expected outcome with the decision's, field by field. Stays.",
  "compileSourceTextModule node:internal/modules/esm/utils": "Node compiling the bundled modules at start-up: once a process.",
  "(program)": "V8's and Node's own work outside JavaScript functions.",
};
