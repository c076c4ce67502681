/**
 * What the functions at the top of a profile are, and whether they can go: read from
 * profiles of the rules and of `check` (`npm run bench`, sections 5 and 7) and from timing
 * each piece alone, written by hand. Keyed by "function module" as the profile names them,
 * or by the function's name alone.
 */
export const HOT_FUNCTIONS: { readonly [key: string]: string } = {
  "ownedCopy src/frozen.ts":
    "The decision's own copy of its whole tree, the last step of `decideFully`: every object and array of the input, options, outcome, trace, citations and readings is copied key by key, some 40 objects and arrays of a dozen and more shapes, so the reads and stores in its loop are megamorphic. Nearly all of it is already the call's own (the recorder's arrays and steps, the snapshots of the input and the options); only a few parts are shared with other decisions: the frozen duty lists of `DUTIES_OF` in the outcome and in the other readings' outcomes, `LIBRARY`, `FINGERPRINTS`, `NO_PARAMS`. Giving each decision its own copy of those, instead of copying the whole tree, removes most of this.",
  "(anonymous) src/rules/document-for-absence.ts": "In this module, the arrow that `recordDuties` filters each clause's duties with (`(id) => DUTIES[id].clause === clause`): part of `recordDuties`.",
  "recordDuties src/rules/document-for-absence.ts":
    "The duty steps: for each duty, `DUTIES[id].clause` (a keyed load with a different key each time), `clauses.includes`, then a `duties.filter` per clause; about 2 µs a call, alone. The steps depend only on the document: built once per document at load (as `DUTIES_OF` is), it goes.",
  "(anonymous) zod/v4/core/parse.js":
    "zod's `safeParse`, with the object schema's compiled fast path and the field parsers inlined into it. `readInput` calls it with `{ reportInput: true }`; alone, on these absences, zod 4.6.7 takes 3–4 µs with that option and 0.55 µs without it. The option only puts the input into the issues, which only a refusal reads: parsing without it, and again with it only when the input is refused, removes most of this.",
  "inst._zod.parse zod/v4/core/schemas.js":
    "zod's parsers of the input's fields (the object, the dates' strings, the union of a date or \"open-ended\", the booleans). Validation is what a rule promises; cheaper with the option above gone.",
  "inst._zod.run zod/v4/core/schemas.js":
    "zod running a schema's parser and then its checks (the dates' range check, the absence's return-after-departure check). Stays with validation.",
  "handleCatchall zod/v4/core/schemas.js": "zod's scan for keys a strict object does not declare. Stays: strict objects refuse misspelt keys.",
  "runChecks zod/v4/core/schemas.js": "zod running the `.check`s of a schema. Stays with validation.",
  "wrapped zod/v4/core/memoizer.js":
    "zod's memoizer around the recursive `z.json()` schema, which `check` parses every scenario's input, options and expected outcome with before the rule validates the input again with its own schema. The scenario file could leave `input` and `outcome` as `z.unknown()` and let the rule's schema judge them.",
  "alloc zod/v4/core/memoizer.js": "The memoizer's allocation of each parsed JSON value (see `wrapped`).",
  "(garbage collector)":
    "Collecting what a decision allocates: the snapshot of the input, zod's parsed copy of it (which `readInput` drops, returning the snapshot), the steps, the decision, and `ownedCopy`'s second copy of the whole decision. Less with the copy and zod's option gone.",
  "readNode src/input/snapshot.ts":
    "The input read once into null-prototype plain data (`snapshotInput`): `Reflect.ownKeys` and `Reflect.getOwnPropertyDescriptor` per property, a `Set` of ancestors for cycles. It is the library's defence against getters and proxies and stays; `toDayNumber` also runs it on its `path` argument (see below).",
  "readArray src/input/snapshot.ts": "The snapshot of an array (see `readNode`).",
  "readObject src/input/snapshot.ts":
    "The snapshot of an object: a fresh `Object.create(null)` object, which V8 keeps in dictionary mode, so every later read of the input (zod, the logic) is a hash lookup.",
  "snapshotInput src/input/snapshot.ts": "See `readNode`.",
  "decideFully src/decision/decision.ts":
    "The full decision: the traced decision, each contested point decided again under its other readings, the decision's literal and `ownedCopy`. Its own code is small; its total is the decision less the validation.",
  "readInput src/errors.ts": "Snapshot, then zod's `safeParse` with `{ reportInput: true }`, twice a call: the input and the options.",
  "read src/decision/rule.ts": "A rule's validation: `readInput` of the input and of the options, the Q5 check and the rule's `check`.",
  "measureAbsence src/rules/document-for-absence.ts":
    "The absence against six months (民法典 第201–202条): two `toDayNumber` calls, the six-month date, the step. Its cost is mostly `toDayNumber`'s (below).",
  "toDayNumber src/calendar/date.ts":
    "The public date-to-day-number function: it snapshots and checks its `path` argument (`readPath` → `snapshotInput`, about 0.2–0.4 µs) on every call, against 25 ns for `readDateParts` and `dayNumberFromParts`. The rules call it on dates their schema has already validated; an internal unchecked form removes it.",
  "readPath src/errors.ts": "`toDayNumber`'s check of its `path` argument: a snapshot of an array. See `toDayNumber`.",
  "decideOutcome src/decision/decision.ts": "The outcome under each other reading of a contested point the facts fall on, without a trace.",
  "alternativeInForce src/interpretations/options.ts": "The reading in force for an interpretation: small, per `interpret` and `contest`.",
  "step src/decision/decision.ts": "Recording a step: one object per step. Stays: the trace is the decision.",
  "parseJsonText src/cli/scenarios.ts": "`JSON.parse` of a scenario file. Stays.",
  "decode node:internal/encoding": "Decoding each scenario file as UTF-8 (`TextDecoder` with `fatal: true`, so that a file that is not UTF-8 is reported). Stays.",
  "runScenario src/cli/scenarios.ts": "One scenario: the rule's decision and the comparison with what it expects.",
  "mismatches src/cli/scenarios.ts": "The comparison of the expected outcome with the decision's, field by field. Stays.",
  "compileSourceTextModule node:internal/modules/esm/utils": "Node compiling the bundled modules at start-up: once a process.",
  "(program)": "V8's and Node's own work outside JavaScript functions.",
};
