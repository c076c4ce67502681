/**
 * A rule, declared once: {@link defineRule} takes a rule's name, clauses, input and
 * outcome schemas, the interpretations it reads, whether its outcome may be overridden,
 * and its decision logic, and gives the exported function with all of these on it. The
 * registry of rules (`RULES`), the command line, the JSON Schema of scenario files, the
 * docs, the benchmark and the fuzz suite read them from there.
 *
 * @module
 */
import { z } from "zod";
import type { CitationId } from "../clauses/citation.js";
import type { ClauseId } from "../clauses/opinion.js";
import { addBilingualIssue, failInput, readInput } from "../errors.js";
import { NonBlankTextSchema } from "../input/text.js";
import { privateSchema } from "../input/private-schema.js";
import { alternativeInForce, choiceSchema } from "../interpretations/options.js";
import { INTERPRETATIONS, type AlternativeOf, type InterpretationId } from "../interpretations/registry.js";
import { bilingual } from "../locales/index.js";
import type { RuleOutcomes } from "../locales/catalog.js";
import {
  decideFully,
  decideOutcome,
  decideOutcomeReading,
  type Decision,
  type DecisionLogic,
  type JsonValue,
  Recorder,
} from "./decision.js";

/** The name of a rule that makes decisions. */
export type RuleName = keyof RuleOutcomes;

/** The interpretation choices a rule accepts: only those it reads. */
export type ChoicesFor<Reads extends InterpretationId> = { readonly [Id in Reads]?: AlternativeOf<Id> | undefined };

/** The zod shape of a rule's interpretation choices. */
export type ChoicesShape<Reads extends InterpretationId> = {
  [Id in Reads]: z.ZodOptional<z.ZodType<AlternativeOf<Id>>>;
};

/**
 * A rule's extra options, as validated: none for a rule that declares none. (zod types an
 * object of no fields as one whose every key is `never`, which would refuse every option.)
 */
export type ExtraOf<Shape extends z.ZodRawShape> = keyof Shape extends never ? Record<never, never> : z.output<z.ZodObject<Shape>>;

/** A documented exception to a "一般应当" outcome, as a rule declares it. */
export interface OverridableDeclaration<Given, Outcome, Input = never, Reads extends InterpretationId = never> {
  /** The clause whose "一般" allows the exception (for a rule with several, the main one: see `clauseFor`). */
  readonly clause: CitationId;
  /** The schema of what a caller gives as the exception's outcome. */
  readonly outcome: z.ZodType<Given>;
  /**
   * The full outcome for what the caller gave (a document with its duties, say). Where
   * that depends on the facts (2.1.1's transfer letter moves the relationship to the
   * receiver 2.1.3 names), it reads them, and may reason on `recorder`, which records nothing.
   */
  readonly expand: (given: Given, input: Input, recorder: Recorder<Reads>) => Outcome;
  /** For a rule whose "一般" is in more than one clause, which one these facts fall under; `clause` otherwise. */
  readonly clauseFor?: (input: Input) => CitationId;
}

/** The options a rule accepts, as validated. */
export interface ValidOptions<Reads extends InterpretationId, Given, Extra> {
  readonly interpretations?: ChoicesFor<Reads> | undefined;
  readonly override?: { readonly outcome: Given; readonly reason: string } | undefined;
  readonly extra: Extra;
}

/** A rule as {@link defineRule} takes it. */
export interface RuleDeclaration<
  Name extends RuleName,
  InputSchema extends z.ZodType,
  Reads extends InterpretationId,
  ExtraShape extends z.ZodRawShape,
  Given,
> {
  /** The exported function's name. */
  readonly name: Name;
  /** The clauses the rule implements, the main one first. */
  readonly clauses: readonly [ClauseId, ...ClauseId[]];
  /** The schema of the input. */
  readonly input: InputSchema;
  /** The schema of the outcome. */
  readonly outcome: z.ZodType<RuleOutcomes[Name]>;
  /** Every interpretation the rule's logic (or a rule it decides with) reads. */
  readonly reads: readonly Reads[];
  /** Options besides the interpretations and the override (a grading standard, say). */
  readonly options?: ExtraShape;
  /** Whether, and how, a documented exception may replace the outcome (Q5). */
  readonly overridable?: OverridableDeclaration<Given, RuleOutcomes[Name], z.output<InputSchema>, Reads>;
  /** Checks of the input that depend on the options (a fact one reading needs); throw the typed error. */
  readonly check?: (input: z.output<InputSchema>, options: ValidOptions<Reads, Given, ExtraOf<ExtraShape>>) => void;
  /**
   * The decision logic: pure, recording its steps on the recorder. It decides the rule's
   * own outcome; `exception` is the documented exception asked for, if any, for a rule
   * whose trace reasons about it (where 2.1.3 sends a relationship an exception moves).
   */
  readonly decide: (
    input: z.output<InputSchema>,
    recorder: Recorder<Reads>,
    options: ExtraOf<ExtraShape>,
    exception?: Given,
  ) => RuleOutcomes[Name];
}

/** The options a caller passes to a rule. */
export type RuleOptionsFor<Reads extends InterpretationId, Given, Extra> = {
  /** Alternatives chosen instead of the defaults, by interpretation id: only the interpretations the rule reads. */
  readonly interpretations?: ChoicesFor<Reads> | undefined;
  /** A documented exception to the rule's "一般应当" outcome, for the rules that allow one. */
  readonly override?: { readonly outcome: Given; readonly reason: string } | undefined;
} & { readonly [Key in keyof Extra]?: Extra[Key] | undefined };

/**
 * A rule: the function that decides, with its declaration on it.
 *
 * @typeParam Name - the rule's name
 * @typeParam InputSchema - the zod schema of its input
 * @typeParam Reads - the interpretations it reads
 */
export interface Rule<
  Name extends RuleName = RuleName,
  InputSchema extends z.ZodType = z.ZodType,
  Reads extends InterpretationId = InterpretationId,
  Given = never,
  Extra = Record<never, never>,
> {
  /** Decides, with the full trace: the decision is validated input in, typed data out. */
  (input: z.input<InputSchema>, options?: RuleOptionsFor<Reads, Given, Extra>): Decision<RuleOutcomes[Name]>;
  /** The rule's name, which its decisions record. */
  readonly ruleName: Name;
  /** The clauses it implements, the main one first. */
  readonly clauses: readonly [ClauseId, ...ClauseId[]];
  /** The schema of its input. */
  readonly input: InputSchema;
  /** The schema of its options: interpretation choices limited to `reads`, the override where allowed, any others. */
  readonly options: z.ZodType<RuleOptionsFor<Reads, Given, Extra>>;
  /** The schema of its outcome. */
  readonly outcome: z.ZodType<RuleOutcomes[Name]>;
  /** The interpretations it reads. */
  readonly reads: readonly Reads[];
  /** The clause whose "一般" allows a documented exception, or `null`. */
  readonly overridableUnder: CitationId | null;
  /**
   * Only the outcome, validated as the full decision is but without a trace or the other
   * readings: for a roster, where the decision's reasons are not kept.
   */
  readonly decideOutcome: (input: z.input<InputSchema>, options?: RuleOptionsFor<Reads, Given, Extra>) => RuleOutcomes[Name];
  /**
   * The outcome, as {@link Rule.decideOutcome} gives it, and the interpretations it read:
   * only another reading of one of these can change it (a roster's impact pass). @internal
   */
  readonly decideOutcomeReading: (
    input: z.input<InputSchema>,
    options?: RuleOptionsFor<Reads, Given, Extra>,
    validated?: boolean,
  ) => { readonly outcome: RuleOutcomes[Name]; readonly read: ReadonlySet<InterpretationId> };
  /**
   * {@link Rule.decideOutcome} on an input the rule's schema has already validated (a
   * roster's record, validated once by the record's schema, which is made of the rules'):
   * the options are read and checked, the input is not read again. @internal
   */
  readonly decideValidOutcome: (input: z.output<InputSchema>, options?: RuleOptionsFor<Reads, Given, Extra>) => RuleOutcomes[Name];
  /** The logic, for deciding inside another rule ({@link Recorder.within}). @internal */
  readonly logic: DecisionLogic<z.output<InputSchema>, RuleOutcomes[Name], Reads> & {
    readonly decideWith: (input: z.output<InputSchema>, recorder: Recorder<Reads>, extra: Extra) => RuleOutcomes[Name];
  };
}

const NO_OPTIONS: JsonValue = Object.freeze({});

// No options given, as they are read: inheriting nothing, so an option set on a polluted
// Object.prototype is never read.
const NO_OPTIONS_GIVEN: object = Object.freeze(Object.create(null) as object);

// The options of its own of a rule that has none: nothing to read, nothing to write.
const NO_EXTRA_OPTIONS: Record<string, unknown> = Object.freeze(Object.create(null) as Record<string, unknown>);

/**
 * A schema with zod's compiled fast path (`z.compile`, zod 4.5 and later; the schema
 * itself with an older zod, which the peer range allows). The compiled schema is a copy
 * that gives the same answers: an input it cannot accept at once goes to zod's own parser,
 * which gives the issues of a refusal. zod's parser was about a quarter of a rule's
 * outcome; compiled, it takes 40–55 % less. Where code cannot be generated (a page whose
 * security policy forbids it), zod keeps the schema as it is.
 * @internal
 */
export function compiledSchema<S extends z.ZodType>(schema: S): S {
  const { compile } = z as { readonly compile?: (schema: S) => S };
  return typeof compile === "function" ? compile(schema) : schema;
}

/** The zod schema of the interpretation choices of a rule that reads `reads`: any other id is refused. @internal */
export function choicesSchema<Reads extends InterpretationId>(reads: readonly Reads[]): z.ZodType<ChoicesFor<Reads>> {
  const shape: Record<string, z.ZodOptional<z.ZodType>> = {};
  for (const id of reads) shape[id] = choiceSchema(id);
  const read: readonly string[] = reads;
  // A reading of an interpretation the rule never reads is reported by name (a registered
  // id is the library's, not the caller's); any other key as an unknown field.
  return z
    .looseObject(shape)
    .check((ctx) => {
      const given = ctx.value as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(given)) {
        // Left undefined, a reading is the default: nothing is chosen, so nothing to report.
        if (read.includes(key) || given[key] === undefined) continue;
        if (Object.hasOwn(INTERPRETATIONS, key)) {
          const number = Number(/^Q(\d+)\./u.exec(key)?.[1]);
          addBilingualIssue(ctx, { code: "invalid-value", path: [key], message: bilingual("error.interpretation-not-read", { id: key, number }) });
        } else {
          addBilingualIssue(ctx, { code: "unknown-field", path: [key], message: bilingual("error.no-such-interpretation") });
        }
      }
    }) as unknown as z.ZodType<ChoicesFor<Reads>>;
}

/**
 * The choices, as a view that notes each interpretation whose reading is looked up: what a
 * rule's checks read, which no recorder sees.
 */
function noting<Choices extends object>(choices: Choices | undefined, noted: Set<InterpretationId>): Choices {
  return new Proxy(choices ?? ({} as Choices), {
    get(target, key, receiver) {
      if (typeof key === "string" && Object.hasOwn(INTERPRETATIONS, key)) noted.add(key as InterpretationId);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/**
 * Declares a rule. The function it returns validates its input and options (read once,
 * into plain data), runs the checks that depend on the options, decides with the full
 * trace and decides again under each other reading of a contested point the facts fall on.
 *
 * @internal
 */
export function defineRule<
  Name extends RuleName,
  InputSchema extends z.ZodType,
  Reads extends InterpretationId,
  ExtraShape extends z.ZodRawShape = Record<never, never>,
  Given = never,
>(
  declaration: RuleDeclaration<Name, InputSchema, Reads, ExtraShape, Given>,
): Rule<Name, InputSchema, Reads, Given, ExtraOf<ExtraShape>> {
  type Extra = ExtraOf<ExtraShape>;
  type Outcome = RuleOutcomes[Name];
  type Input = z.output<InputSchema>;
  const { name, overridable } = declaration;
  const reads = Object.freeze([...declaration.reads]);
  for (const id of reads) if (!Object.hasOwn(INTERPRETATIONS, id)) throw new TypeError(`${name} reads an unknown interpretation`);
  const optionsShape: z.ZodRawShape = {
    ...(declaration.options ?? {}),
    interpretations: choicesSchema(reads).optional(),
    ...(overridable === undefined
      ? {}
      : { override: z.strictObject({ outcome: overridable.outcome, reason: NonBlankTextSchema }).optional() }),
  };
  const optionsSchema = z.strictObject(optionsShape) as unknown as z.ZodType<RuleOptionsFor<Reads, Given, Extra>>;
  const extraKeys = Object.keys(declaration.options ?? {});

  const decideWith = (input: Input, recorder: Recorder<Reads>, extra: Extra): Outcome =>
    declaration.decide(input, recorder, extra);
  // The logic a decision is made and re-made with; the extra options and the exception
  // asked for travel with the facts.
  interface Facts {
    readonly input: Input;
    readonly extra: Extra;
    readonly exception?: Given;
  }
  const logic: DecisionLogic<Facts, Outcome, Reads> = {
    name,
    decide: (facts, recorder) => declaration.decide(facts.input, recorder, facts.extra, facts.exception),
  };
  // The exception's full outcome, worked out on the facts without a trace.
  const expand = (given: Given, input: Input, options: ValidOptions<Reads, Given, Extra>): Outcome =>
    (overridable as OverridableDeclaration<Given, Outcome, Input, Reads>).expand(
      given,
      input,
      new Recorder<Reads>(options.interpretations, false),
    );

  // The rule validates with copies of its schemas that the exported ones do not reach, taken
  // now, as the rule is declared: a caller who writes into `rule.input` or `rule.options`
  // changes nothing the rule accepts.
  const ownInput = privateSchema(declaration.input);
  const ownOptions = privateSchema(optionsSchema);
  // The rule's input schema as zod compiles it: the same answers, found faster. Compiled
  // on the rule's first call, not as the library loads: compiling every rule's schema took
  // longer than loading the library.
  let inputValidator: z.ZodType | undefined;

  function read(
    input: unknown,
    options: unknown,
    noted?: Set<InterpretationId>,
    validated = false,
  ): { input: Input; options: ValidOptions<Reads, Given, Extra>; recordedOptions: JsonValue } {
    // An input the rule's own schema has already validated (a roster's record) is not read twice.
    const valid = validated ? (input as Input) : (readInput(name, (inputValidator ??= compiledSchema(ownInput())), input) as Input);
    // No options at all is the common call: nothing to read or validate.
    const given = (options === undefined ? NO_OPTIONS_GIVEN : readInput(name, ownOptions(), options)) as RuleOptionsFor<Reads, Given, Extra>;
    // Null-prototype: an option left out is never read from a polluted Object.prototype. A
    // rule with no options of its own shares one frozen empty record.
    const extra: Record<string, unknown> = extraKeys.length === 0 ? NO_EXTRA_OPTIONS : (Object.create(null) as Record<string, unknown>);
    for (const key of extraKeys) if (Object.hasOwn(given, key)) extra[key] = (given as Record<string, unknown>)[key];
    const validOptions: ValidOptions<Reads, Given, Extra> = {
      interpretations: given.interpretations,
      override: given.override,
      extra: extra as Extra,
    };
    if (given.override !== undefined && alternativeInForce(given.interpretations, "Q5.generally-should-override") === "no-override") {
      failInput(name, ["options", "override"], "inconsistent", bilingual("error.override-under-no-override"));
    }
    declaration.check?.(valid, noted === undefined ? validOptions : { ...validOptions, interpretations: noting(validOptions.interpretations, noted) });
    // Most calls give no options: one frozen empty record serves all their decisions.
    const recordedOptions = Object.keys(given).length === 0 ? NO_OPTIONS : (given as unknown as JsonValue);
    return { input: valid, options: validOptions, recordedOptions };
  }

  const rule = function (input: unknown, options?: unknown): Decision<Outcome> {
    const { input: valid, options: validOptions, recordedOptions } = read(input, options);
    const override = overridable === undefined ? undefined : validOptions.override;
    return decideFully(
      logic,
      override === undefined
        ? { input: valid, extra: validOptions.extra }
        : { input: valid, extra: validOptions.extra, exception: override.outcome },
      validOptions.interpretations,
      { input: valid as unknown as JsonValue, options: recordedOptions },
      override === undefined || overridable === undefined
        ? undefined
        : {
            outcome: expand(override.outcome, valid, validOptions),
            reason: override.reason,
            clause: overridable.clauseFor?.(valid) ?? overridable.clause,
          },
    );
  };
  const properties = {
    ruleName: name,
    clauses: Object.freeze([...declaration.clauses]) as unknown as readonly [ClauseId, ...ClauseId[]],
    input: declaration.input,
    options: optionsSchema,
    outcome: declaration.outcome,
    reads,
    overridableUnder: overridable?.clause ?? null,
    decideOutcome(input: unknown, options?: unknown): Outcome {
      const { input: valid, options: validOptions } = read(input, options);
      const outcome = decideOutcome(logic, { input: valid, extra: validOptions.extra }, validOptions.interpretations);
      const override = validOptions.override;
      return override === undefined || overridable === undefined ? outcome : expand(override.outcome, valid, validOptions);
    },
    decideValidOutcome(input: Input, options?: unknown): Outcome {
      const { input: valid, options: validOptions } = read(input, options, undefined, true);
      const outcome = decideOutcome(logic, { input: valid, extra: validOptions.extra }, validOptions.interpretations);
      const override = validOptions.override;
      return override === undefined || overridable === undefined ? outcome : expand(override.outcome, valid, validOptions);
    },
    decideOutcomeReading(input: unknown, options?: unknown, validated = false): { readonly outcome: Outcome; readonly read: ReadonlySet<InterpretationId> } {
      // The checks that depend on the readings (a fact one reading needs) read them too.
      const noted = new Set<InterpretationId>();
      const { input: valid, options: validOptions } = read(input, options, noted, validated);
      const decided = decideOutcomeReading(logic, { input: valid, extra: validOptions.extra }, validOptions.interpretations, noted);
      const override = validOptions.override;
      return override === undefined || overridable === undefined ? decided : { outcome: expand(override.outcome, valid, validOptions), read: decided.read };
    },
    logic: Object.freeze({ name, decide: (input: Input, recorder: Recorder<Reads>) => declaration.decide(input, recorder, {} as Extra), decideWith }),
  };
  Object.defineProperty(rule, "name", { value: name });
  return Object.freeze(Object.assign(rule, properties)) as unknown as Rule<Name, InputSchema, Reads, Given, Extra>;
}

declare module "../locales/catalog.js" {
  interface Messages {
    /** A reading was chosen for an interpretation the rule does not read. */
    "error.interpretation-not-read": { readonly id: string; readonly number: number };
    /** An interpretation choice under a key that is no interpretation's id. */
    "error.no-such-interpretation": Record<never, never>;
    /** An override was given under Q5's no-override reading. */
    "error.override-under-no-override": Record<never, never>;
  }
}
