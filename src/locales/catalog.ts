/**
 * The words of the library, kept apart from its logic: one message catalog per locale.
 *
 * A rule records what it found as data — a step id, its named parameters, its clause, the
 * facts it read and its result — and never a sentence. The sentences live here, in one
 * file per locale (`zh-CN.ts`, `en.ts`), and are written only when a decision is explained
 * ({@link explain}), shown by the command line or by the workbench.
 *
 * Each rule module declares the steps it records, with their parameters, by adding to
 * {@link Messages}; its outcomes' names by adding to {@link Terms}; and its outcome type
 * by adding to {@link RuleOutcomes}. The type of a {@link Catalog} then requires, in every
 * locale, a sentence for every step, a name for every term and a title, question and
 * summary for every rule: a locale that misses one does not compile.
 *
 * Adding a locale is one file: a `Catalog` for it and a `ToolCatalog` for the words only
 * the tools say, listed in `CATALOGS` and `TOOL_CATALOGS`.
 *
 * @module
 */

/**
 * The steps, reasons and error messages the rules record, by id, with the parameters each
 * one's sentence needs. Each rule module adds its own with `declare module`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Messages {}

/** The id of a step, reason or error message: a key of {@link Messages}. */
export type MessageId = keyof Messages;

/**
 * The words only the tools say — the command line, the roster's reports, the workbench, the
 * scenario files' JSON Schema, and the labels and help of every rule's input fields — by
 * id, with their parameters. Kept apart from {@link Messages} so that a program importing
 * the library does not carry them: each locale's file gives them as a {@link ToolCatalog}
 * beside its {@link Catalog}. Each tool module adds its own with `declare module`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ToolMessages {}

/** The id of a tool's message: a key of {@link ToolMessages}. */
export type ToolMessageId = keyof ToolMessages;

/**
 * The ids of the words of a rule's input fields, which forms and the JSON Schema of
 * scenario files show: for every field, named by its path in the input with list
 * positions left out (`"period.from"`, `"months.month"`), a label `field.<rule>.<path>`
 * and a help text `field-help.<rule>.<path>`; for every choice the field offers (a value
 * of its list of values, or `"null"` for the choice that gives no value),
 * `field-option.<rule>.<path>.<choice>`. A rule module adds its own to {@link ToolMessages},
 * `Fields` mapping each path to its choices (`never` for none). The fields of a schema
 * that is another rule's input, or that the same rule uses again, are worded where they
 * are met first.
 */
export type FieldWordIds<Rule extends string, Fields extends { readonly [path: string]: string }> = {
  readonly [Path in keyof Fields & string as `field.${Rule}.${Path}`]: Record<never, never>;
} & {
  readonly [Path in keyof Fields & string as `field-help.${Rule}.${Path}`]: Record<never, never>;
} & {
  readonly [Id in { [Path in keyof Fields & string]: `field-option.${Rule}.${Path}.${Fields[Path]}` }[keyof Fields & string]]: Record<never, never>;
};

/**
 * The names of things the rules decide on (documents, Party organizations, duties), by
 * kind: each rule module adds the kinds it needs with `declare module`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Terms {}

/**
 * Each rule's outcome type, by the rule's name: each rule module adds its own with
 * `declare module`, so that a catalog must summarize every rule's outcome.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface RuleOutcomes {}

/** What a step found, for the sentences that say it: its result and the facts it read. */
export interface StepFound {
  /** The step's result. */
  readonly result: unknown;
  /** The facts it read, by path. */
  readonly facts: { readonly [path: string]: unknown };
}

/** The words a catalog gives each rule. */
export interface RuleWords<Outcome> {
  /** The matter, as an officer names it. */
  readonly title: string;
  /** The question the rule answers. */
  readonly question: string;
  /** The outcome in words. */
  readonly summary: (outcome: Outcome) => string;
}

/** The words of an explanation's frame. */
export interface ExplainWords {
  /** The heading of the matter: 事项. */
  readonly rule: string;
  /** The heading of the question: 问题. */
  readonly question: string;
  /** The heading of the outcome: 结论. */
  readonly outcome: string;
  /** The line under an overridden outcome: what the text would generally give, and the reason. */
  readonly overridden: (ruleSummary: string, reason: string) => string;
  /** The step of a documented exception: the clause's "一般" words, the rule's outcome and the exception's, and the reason. */
  readonly overrideStep: (generally: string, ruleSummary: string, summary: string, reason: string) => string;
  /** The heading of the grounds: 依据. */
  readonly citations: string;
  /** The mark of the clause that decided: （主要依据）. */
  readonly mainGround: string;
  /** The heading of the reasoning: 推理过程. */
  readonly steps: string;
  /** A step's line: its clause's label and its words. */
  readonly step: (label: string, text: string) => string;
  /** The step of a decision made by another rule inside this one: that rule's title and its outcome in words. */
  readonly within: (title: string, summary: string) => string;
  /** An applied reading: the interpretation's label, whether it is the default, the reading. */
  readonly reading: (label: string, which: string, reading: string) => string;
  /** The heading of the interpretations, when none was applied. */
  readonly interpretations: string;
  /** The heading of the readings the outcome rests on. */
  readonly restsOn: string;
  /** The heading of the readings also applied, at their defaults. */
  readonly alsoApplied: string;
  /** "None". */
  readonly none: string;
  /** A reading that is the default. */
  readonly isDefault: string;
  /** A reading chosen instead of the default. */
  readonly notDefault: string;
  /** The heading of the ambiguities. */
  readonly ambiguous: string;
  /** Another reading and the outcome it gives. */
  readonly otherReading: (reading: string, outcome: string) => string;
  /** The heading of the quoted clauses. */
  readonly texts: string;
  /** Between items of a list. */
  readonly listSeparator: string;
  /** After a heading. */
  readonly colon: string;
  /** Between the items of a short enumeration (names, letters): 、 in Chinese. */
  readonly enumeration: string;
  /** A remark set aside after what it qualifies: （…） in Chinese. */
  readonly aside: (text: string) => string;
  /** How a rule's title is shown with its function name, for developers (English); or the title alone. */
  readonly ruleHeading: (title: string, rule: string) => string;
  /** How an interpretation is named: 解释一 in Chinese, its id in English. */
  readonly interpretation: (id: string, number: number) => string;
  /** How a clause or superior rule is named. */
  readonly citation: (label: string, id: string, instrument: string | undefined) => string;
  /** A step whose words this version of the library no longer has (a stored decision from another version). */
  readonly unknownStep: (check: string) => string;
}

/** The words of one locale. */
export interface Catalog {
  /** The locale, as a BCP 47 tag. */
  readonly locale: string;
  /** A sentence for every step, reason and error message. */
  readonly messages: { readonly [Id in MessageId]: (params: Messages[Id], found: StepFound) => string };
  /** The names of the things the rules decide on. */
  readonly terms: Terms;
  /** Each rule's title, question and outcome in words. */
  readonly rules: { readonly [Rule in keyof RuleOutcomes]: RuleWords<RuleOutcomes[Rule]> };
  /** The frame of an explanation. */
  readonly explain: ExplainWords;
  /** A calendar date as a sentence writes it. */
  readonly date: (date: string) => string;
}

/** The words of one locale that only the tools say: the other part of its file. */
export interface ToolCatalog {
  /** The locale, as a BCP 47 tag: the same as its {@link Catalog}'s. */
  readonly locale: string;
  /** A sentence for every message of the tools. */
  readonly messages: { readonly [Id in ToolMessageId]: (params: ToolMessages[Id], found: StepFound) => string };
}

/**
 * A text in Chinese (`zh`, simplified, as used in the policy) and English (`en`): how an
 * input error reads, since every error of the library is given in both.
 */
// A type alias rather than an interface, so that texts inside outcomes are JSON values.
export type Bilingual = {
  /** Simplified Chinese. */
  readonly zh: string;
  /** English. */
  readonly en: string;
};
