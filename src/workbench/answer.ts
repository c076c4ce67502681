/// <reference lib="dom" />
/**
 * A decision as the officer reads it: the outcome in words; an ambiguity set out as a
 * banner with both outcomes side by side; the duties and the dated obligations (with a
 * calendar file to download); the grounds and the steps, each with its clause's text a
 * click away; and every interpretation the decision applied, with each other reading and
 * what the outcome becomes under it, one click to decide again under it.
 *
 * @module
 */
import { lookUpCitation, type CitationId } from "../clauses/citation.js";
import type { Decision, JsonValue, TraceStep } from "../decision/decision.js";
import { decidingClause, interpretationLabel, labelFor } from "../decision/explain.js";
import { outcomeText, reasonText, stepText, summaryOf } from "../decision/render.js";
import type { RuleName } from "../decision/rule.js";
import type { StoredDecision } from "../decision/stored.js";
import { INTERPRETATIONS, type InterpretationId } from "../interpretations/registry.js";
import { CATALOGS, type Locale, languageOf } from "../locales/index.js";
import { DUTIES, type DutyId } from "../rules/duties.js";
import type { Obligation } from "../rules/reporting-schedule.js";
import { scheduleToICalendar } from "../rules/schedule-icalendar.js";
import { append, download, h } from "./dom.js";
import type { PageWords } from "./words.js";

/** What the answer needs from the page. */
export interface AnswerContext {
  readonly locale: Locale;
  readonly words: PageWords;
  /** The rule's outcome under the current readings with one interpretation read otherwise, or the message refusing it. */
  readonly outcomeUnder: (id: InterpretationId, alternative: string) => { readonly outcome: JsonValue } | { readonly refused: string };
  /** Decides again with one interpretation read otherwise. */
  readonly choose: (id: InterpretationId, alternative: string) => void;
  /** Decides again under every default reading. */
  readonly resetReadings: () => void;
  /** Whether any reading was chosen instead of its default. */
  readonly anyChosen: boolean;
}

const lang = languageOf;

function readingText(id: InterpretationId, alternative: string, locale: Locale): string {
  const readings = INTERPRETATIONS[id].alternatives as Readonly<Record<string, { readonly text: { readonly zh: string; readonly en: string } }>>;
  return readings[alternative]?.text[lang(locale)] ?? alternative;
}

/** A clause's label with its text a click away. */
function clause(id: CitationId, locale: Locale, suffix = ""): HTMLElement {
  const cited = lookUpCitation(id);
  const label = labelFor(id, locale);
  return h(
    "details",
    { class: "clause" },
    h("summary", {}, `${label}${suffix}`),
    h("blockquote", { lang: "zh-CN" }, cited.entry.zh),
    languageOf(locale) === "zh" ? null : h("blockquote", { lang: "en" }, cited.entry.en),
  );
}

/** The answer to a decided input. */
export function renderAnswer(decision: Decision<JsonValue>, ctx: AnswerContext): HTMLElement {
  const { locale } = ctx;
  const w = CATALOGS[locale].explain;
  const rule = decision.rule as RuleName;
  const section = h("div", { class: "answer-body", "data-ambiguous": String(decision.ambiguous) });
  if (decision.ambiguous) append(section, ambiguityBanner(decision, ctx));
  append(
    section,
    h("h3", {}, w.outcome),
    h("p", { class: "outcome", "data-outcome": "" }, outcomeText(rule, decision.outcome, locale)),
    ...details(decision, ctx),
  );
  const main = decidingClause(decision as unknown as StoredDecision);
  const grounds = main === undefined ? decision.citations : [main, ...decision.citations.filter((id) => id !== main)];
  append(section, h("h3", {}, w.citations), h("ul", { class: "grounds" }, ...grounds.map((id) => h("li", {}, clause(id, locale, id === main ? w.mainGround : "")))));
  append(section, h("h3", {}, w.steps), steps(decision.trace, decision, rule, locale));
  append(section, readings(decision, ctx));
  return section;
}

function steps(trace: readonly TraceStep[], decision: Decision<JsonValue>, rule: string, locale: Locale): HTMLElement {
  return h(
    "ol",
    { class: "steps" },
    ...trace.map((step) =>
      h(
        "li",
        {},
        h("span", { class: "step-text" }, stepText(step, { rule, override: decision.override, outcome: decision.outcome }, locale)),
        clause(step.citation, locale),
        step.within === undefined ? null : steps(step.within.trace, decision, step.within.rule, locale),
      ),
    ),
  );
}

// ── an ambiguity, unmistakable ───────────────────────────────────────────────

function ambiguityBanner(decision: Decision<JsonValue>, ctx: AnswerContext): HTMLElement {
  const { locale, words } = ctx;
  const rule = decision.rule;
  const banner = h(
    "section",
    { class: "ambiguity", role: "alert", "aria-label": words("workbench.ambiguous") },
    h("h3", {}, `⚠ ${words("workbench.ambiguous")}`),
    h("p", {}, words("workbench.ambiguous-text")),
  );
  for (const ambiguity of decision.ambiguities) {
    const id = ambiguity.interpretation;
    const side = (heading: string, alternative: string, outcome: JsonValue, button: HTMLElement | null): HTMLElement =>
      h(
        "div",
        { class: "side", "data-reading": alternative },
        h("p", { class: "side-heading" }, heading),
        h("p", { class: "reading" }, readingText(id, alternative, locale)),
        h("p", { class: "outcome" }, outcomeText(rule, outcome, locale)),
        button,
      );
    const others = ambiguity.alternatives.map((other) => {
      const button = h("button", { type: "button", "data-use-reading": `${id}=${other.alternative}` }, words("workbench.use-reading"));
      button.addEventListener("click", () => ctx.choose(id, other.alternative));
      return side(words("workbench.other-reading"), other.alternative, other.outcome, button);
    });
    append(
      banner,
      h(
        "div",
        { class: "contested" },
        h("p", {}, h("strong", {}, interpretationLabel(id, locale)), ` ${INTERPRETATIONS[id].question[lang(locale)]}`),
        h("p", { class: "reason" }, `${words("workbench.reason")}${CATALOGS[locale].explain.colon}${reasonText(ambiguity.reason, locale)}`),
        h("div", { class: "sides" }, side(words("workbench.in-force"), ambiguity.applied, decision.outcome, null), ...others),
      ),
    );
  }
  return banner;
}

// ── duties, obligations, liaisons, grades ────────────────────────────────────

function field<T>(outcome: JsonValue, key: string): T | undefined {
  return outcome !== null && typeof outcome === "object" && !Array.isArray(outcome) ? ((outcome as Record<string, JsonValue>)[key] as T | undefined) : undefined;
}

function details(decision: Decision<JsonValue>, ctx: AnswerContext): HTMLElement[] {
  const { locale, words } = ctx;
  const terms = CATALOGS[locale].terms;
  const parts: HTMLElement[] = [];
  const outcome = decision.outcome;

  const obligations = field<readonly Obligation[]>(outcome, "obligations");
  if (obligations !== undefined && obligations.length > 0) {
    const head = h(
      "tr",
      {},
      ...(["due", "what", "owed-by", "owed-to", "status", "clause"] as const).map((column) => h("th", { scope: "col" }, words(`workbench.column.${column}`))),
    );
    const rows = obligations.map((o) =>
      h(
        "tr",
        { class: `status-${o.status}` },
        h("td", { class: "date" }, CATALOGS[locale].date(o.due)),
        h("td", {}, o.what[lang(locale)]),
        h("td", {}, terms.scheduleParties[o.owedBy]),
        h("td", {}, terms.scheduleParties[o.owedTo]),
        h("td", {}, terms.obligationStatuses[o.status], o.metOn === null ? "" : words("workbench.met-on", { date: o.metOn, late: o.late })),
        h("td", { class: "nowrap" }, lookUpCitation(o.clause).entry.label),
      ),
    );
    const button = h("button", { type: "button", class: "calendar", "data-calendar": "" }, words("workbench.calendar"));
    button.addEventListener("click", () => {
      const input = decision.input as { readonly asOf?: string };
      const text = scheduleToICalendar(obligations, { stampedOn: input.asOf ?? obligations[0]?.due ?? "2000-01-01", locale });
      download(`${words("workbench.calendar-file")}.ics`, text, "text/calendar;charset=utf-8");
    });
    parts.push(
      h("h3", {}, words("workbench.obligations")),
      h("div", { class: "table-wrap" }, h("table", { class: "obligations" }, h("thead", {}, head), h("tbody", {}, ...rows))),
      button,
    );
  }

  const duties = field<readonly DutyId[]>(outcome, "duties");
  if (duties !== undefined && duties.length > 0) {
    parts.push(
      h("h3", {}, words("workbench.duties")),
      h(
        "ul",
        { class: "duties" },
        ...duties.map((id) =>
          h("li", {}, h("strong", {}, terms.dutyBearers[DUTIES[id].bearer]), `${CATALOGS[locale].explain.colon}${terms.duties[id]}`, h("span", { class: "cite" }, CATALOGS[locale].explain.aside(labelFor(DUTIES[id].clause, locale)))),
        ),
      ),
    );
  }

  const liaisons = field<readonly { readonly liaison: string; readonly members: readonly string[] }[]>(outcome, "liaisons");
  if (liaisons !== undefined) {
    const separator = CATALOGS[locale].explain.listSeparator;
    const unassigned = field<readonly string[]>(outcome, "unassigned") ?? [];
    parts.push(
      h("h3", {}, words("workbench.liaisons")),
      h(
        "table",
        { class: "liaisons" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, words("workbench.column.liaison")), h("th", { scope: "col" }, words("workbench.column.members")))),
        h("tbody", {}, ...liaisons.map((load) => h("tr", {}, h("td", {}, load.liaison), h("td", {}, load.members.join(separator))))),
      ),
      unassigned.length > 0 ? h("p", {}, words("workbench.unassigned", { members: unassigned })) : h("span", {}),
    );
  }

  const results = field<readonly { readonly id: string; readonly status: string; readonly grade: string | null; readonly handling: readonly string[] }[]>(outcome, "results");
  if (results !== undefined) {
    parts.push(
      h("h3", {}, words("workbench.cohort")),
      h(
        "table",
        { class: "cohort" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, words("workbench.column.member")), h("th", { scope: "col" }, words("workbench.column.result")))),
        h(
          "tbody",
          {},
          // Each member's result in the words of a single appraisal.
          ...results.map((result) =>
            h("tr", {}, h("td", {}, result.id), h("td", {}, summaryOf("evaluationGrade", { status: result.status, grade: result.grade, handling: [...result.handling] }, locale))),
          ),
        ),
      ),
    );
  }
  return parts;
}

// ── the readings, and what another would give ────────────────────────────────

function readings(decision: Decision<JsonValue>, ctx: AnswerContext): HTMLElement {
  const { locale, words } = ctx;
  const w = CATALOGS[locale].explain;
  const section = h("section", { class: "readings" }, h("h3", {}, words("workbench.readings")));
  // Every interpretation that touched the decision: those it applied, and any it found contested.
  const touched = [
    ...decision.interpretations,
    ...decision.ambiguities
      .filter((ambiguity) => !decision.interpretations.some((applied) => applied.id === ambiguity.interpretation))
      .map((ambiguity) => ({ id: ambiguity.interpretation, alternative: ambiguity.applied })),
  ];
  if (touched.length === 0) {
    append(section, h("p", {}, words("workbench.no-readings")));
    return section;
  }
  append(section, h("p", { class: "help" }, words("workbench.readings-intro")));
  const current = JSON.stringify(decision.outcome);
  for (const applied of touched) {
    const id = applied.id;
    const entry = INTERPRETATIONS[id];
    const name = `reading-${id}`;
    const options = Object.keys(entry.alternatives).map((alternative) => {
      const radioId = `${name}-${alternative}`;
      const checked = alternative === applied.alternative;
      const radio = h("input", { type: "radio", name, id: radioId, value: alternative, checked, "data-reading": `${id}=${alternative}` });
      radio.addEventListener("change", () => ctx.choose(id, alternative));
      let preview: HTMLElement | null = null;
      if (!checked) {
        const under = ctx.outcomeUnder(id, alternative);
        if ("refused" in under) preview = h("span", { class: "preview refused" }, words("workbench.outcome-refused", { message: under.refused }));
        else if (JSON.stringify(under.outcome) === current) preview = h("span", { class: "preview same" }, words("workbench.outcome-same"));
        else preview = h("span", { class: "preview changed" }, words("workbench.outcome-becomes", { outcome: outcomeText(decision.rule, under.outcome, locale) }));
      }
      const note = alternative === entry.default ? w.isDefault : checked ? w.notDefault : "";
      const mark = note === "" ? "" : CATALOGS[locale].explain.aside(note);
      return h("div", { class: `reading${checked ? " current" : ""}` }, radio, h("label", { for: radioId }, readingText(id, alternative, locale), mark), preview);
    });
    append(
      section,
      h(
        "fieldset",
        { class: "interpretation", "data-interpretation": id },
        h("legend", {}, interpretationLabel(id, locale)),
        h("p", { class: "question" }, entry.question[lang(locale)]),
        ...options,
      ),
    );
  }
  if (ctx.anyChosen) {
    const reset = h("button", { type: "button", "data-reset-readings": "" }, words("workbench.reset-readings"));
    reset.addEventListener("click", () => ctx.resetReadings());
    append(section, reset);
  }
  return section;
}
