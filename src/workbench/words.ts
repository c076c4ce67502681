/**
 * The workbench page's own words: every heading, button and note of the page is a catalog's
 * message (`workbench.*`, both catalogs), like the rules' steps and the fields' labels.
 *
 * @module
 */
import { type Locale } from "../locales/index.js";
import { say, type AnyMessageId, type AnyParamsArgument } from "../locales/tools.js";

/** The page's words in a locale. */
export type PageWords = <Id extends AnyMessageId>(id: Id, ...params: AnyParamsArgument<Id>) => string;

/** The words of `locale`. */
export function wordsIn(locale: Locale): PageWords {
  return (id, ...params) => say(locale, id, ...params);
}


declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** The page's title. */
    "workbench.title": Record<never, never>;
    /** Shown where the browser runs no script. */
    "workbench.no-script": Record<never, never>;
    /** What the page does, under the title. */
    "workbench.intro": Record<never, never>;
    /** The name of the language switch. */
    /** A locale's name in its own words, on the switch between locales. */
    "locale.name": Record<never, never>;
    "workbench.language": Record<never, never>;
    /** The name of the list of matters (the rules). */
    "workbench.matters": Record<never, never>;
    /** The heading of the form: the member's facts. */
    "workbench.facts": Record<never, never>;
    /** The heading of the answer. */
    "workbench.answer": Record<never, never>;
    /** A yes/no field's two words, and a field left unsaid. */
    "workbench.yes": Record<never, never>;
    "workbench.no": Record<never, never>;
    "workbench.not-given": Record<never, never>;
    /** A list's buttons, and the heading of one of its items. */
    "workbench.add": Record<never, never>;
    "workbench.remove": Record<never, never>;
    "workbench.item": { readonly number: number };
    /** Said when the input is refused: see the notes at the fields. */
    "workbench.refused": Record<never, never>;
    /** The heading of problems that are not at one field. */
    "workbench.refused-elsewhere": Record<never, never>;
    /** Said when something unexpected went wrong, with what. */
    "workbench.unexpected": { readonly message: string };
    /** The banner of an ambiguous decision, its heading and text. */
    "workbench.ambiguous": Record<never, never>;
    "workbench.ambiguous-text": Record<never, never>;
    /** The two sides of an ambiguity. */
    "workbench.in-force": Record<never, never>;
    "workbench.other-reading": Record<never, never>;
    /** Why the facts fall on the contested point. */
    "workbench.reason": Record<never, never>;
    /** The button that switches to another reading. */
    "workbench.use-reading": Record<never, never>;
    /** The readings the decision applied, and what another would make of it. */
    "workbench.readings": Record<never, never>;
    "workbench.readings-intro": Record<never, never>;
    "workbench.outcome-same": Record<never, never>;
    "workbench.outcome-becomes": { readonly outcome: string };
    "workbench.outcome-refused": { readonly message: string };
    "workbench.reset-readings": Record<never, never>;
    "workbench.no-readings": Record<never, never>;
    /** The duties of those concerned, and the dated obligations with their calendar. */
    "workbench.duties": Record<never, never>;
    "workbench.obligations": Record<never, never>;
    "workbench.column.due": Record<never, never>;
    "workbench.column.what": Record<never, never>;
    "workbench.column.owed-by": Record<never, never>;
    "workbench.column.owed-to": Record<never, never>;
    "workbench.column.status": Record<never, never>;
    "workbench.column.clause": Record<never, never>;
    "workbench.met-on": { readonly date: string; readonly late: boolean };
    "workbench.calendar": Record<never, never>;
    "workbench.calendar-file": Record<never, never>;
    /** A branch's liaisons, and a cohort's grades. */
    "workbench.liaisons": Record<never, never>;
    "workbench.column.liaison": Record<never, never>;
    "workbench.column.members": Record<never, never>;
    "workbench.unassigned": { readonly members: readonly string[] };
    "workbench.cohort": Record<never, never>;
    "workbench.column.member": Record<never, never>;
    "workbench.column.result": Record<never, never>;
    /** Scenario files: saving, opening, checking. */
    "workbench.scenarios": Record<never, never>;
    "workbench.scenarios-intro": Record<never, never>;
    "workbench.scenario-name": Record<never, never>;
    "workbench.save": Record<never, never>;
    "workbench.save-note": Record<never, never>;
    "workbench.open-files": Record<never, never>;
    "workbench.open-folder": Record<never, never>;
    "workbench.starters": Record<never, never>;
    "workbench.check-starters": Record<never, never>;
    "workbench.results": Record<never, never>;
    "workbench.summary": { readonly passed: number; readonly failed: number };
    "workbench.nothing-checked": Record<never, never>;
    "workbench.passed": Record<never, never>;
    "workbench.failed": Record<never, never>;
    "workbench.malformed": Record<never, never>;
    "workbench.unreadable": { readonly message: string };
    "workbench.open-in-form": Record<never, never>;
    "workbench.explanation": Record<never, never>;
    /** The description written into a saved scenario file. */
    "workbench.saved-description": { readonly title: string };
  }
}
