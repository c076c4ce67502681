/**
 * The workbench page's own words: every heading, button and note of the page is a catalog's
 * message (`workbench.*`, both catalogs), like the rules' steps and the fields' labels.
 *
 * @module
 */
import { say, type Locale, type MessageId, type ParamsArgument } from "../locales/index.js";

/** The page's words in a locale. */
export type PageWords = <Id extends MessageId>(id: Id, ...params: ParamsArgument<Id>) => string;

/** The words of `locale`. */
export function wordsIn(locale: Locale): PageWords {
  return (id, ...params) => say(locale, id, ...params);
}

type None = Record<never, never>;

declare module "../locales/catalog.js" {
  interface Messages {
    /** The page's title. */
    "workbench.title": None;
    /** Shown where the browser runs no script. */
    "workbench.no-script": None;
    /** What the page does, under the title. */
    "workbench.intro": None;
    /** The name of the language switch. */
    "workbench.language": None;
    /** The name of the list of matters (the rules). */
    "workbench.matters": None;
    /** The heading of the form: the member's facts. */
    "workbench.facts": None;
    /** The heading of the answer. */
    "workbench.answer": None;
    /** A yes/no field's two words, and a field left unsaid. */
    "workbench.yes": None;
    "workbench.no": None;
    "workbench.not-given": None;
    /** A list's buttons, and the heading of one of its items. */
    "workbench.add": None;
    "workbench.remove": None;
    "workbench.item": { readonly number: number };
    /** Said when the input is refused: see the notes at the fields. */
    "workbench.refused": None;
    /** The heading of problems that are not at one field. */
    "workbench.refused-elsewhere": None;
    /** Said when something unexpected went wrong, with what. */
    "workbench.unexpected": { readonly message: string };
    /** The banner of an ambiguous decision, its heading and text. */
    "workbench.ambiguous": None;
    "workbench.ambiguous-text": None;
    /** The two sides of an ambiguity. */
    "workbench.in-force": None;
    "workbench.other-reading": None;
    /** Why the facts fall on the contested point. */
    "workbench.reason": None;
    /** The button that switches to another reading. */
    "workbench.use-reading": None;
    /** The readings the decision applied, and what another would make of it. */
    "workbench.readings": None;
    "workbench.readings-intro": None;
    "workbench.outcome-same": None;
    "workbench.outcome-becomes": { readonly outcome: string };
    "workbench.outcome-refused": { readonly message: string };
    "workbench.reset-readings": None;
    "workbench.no-readings": None;
    /** The duties of those concerned, and the dated obligations with their calendar. */
    "workbench.duties": None;
    "workbench.obligations": None;
    "workbench.column.due": None;
    "workbench.column.what": None;
    "workbench.column.owed-by": None;
    "workbench.column.owed-to": None;
    "workbench.column.status": None;
    "workbench.column.clause": None;
    "workbench.met-on": { readonly date: string; readonly late: boolean };
    "workbench.calendar": None;
    "workbench.calendar-file": None;
    /** A branch's liaisons, and a cohort's grades. */
    "workbench.liaisons": None;
    "workbench.column.liaison": None;
    "workbench.column.members": None;
    "workbench.unassigned": { readonly members: readonly string[] };
    "workbench.cohort": None;
    "workbench.column.member": None;
    "workbench.column.result": None;
    /** Scenario files: saving, opening, checking. */
    "workbench.scenarios": None;
    "workbench.scenarios-intro": None;
    "workbench.scenario-name": None;
    "workbench.save": None;
    "workbench.save-note": None;
    "workbench.open-files": None;
    "workbench.open-folder": None;
    "workbench.starters": None;
    "workbench.check-starters": None;
    "workbench.results": None;
    "workbench.summary": { readonly passed: number; readonly failed: number };
    "workbench.nothing-checked": None;
    "workbench.passed": None;
    "workbench.failed": None;
    "workbench.malformed": None;
    "workbench.unreadable": { readonly message: string };
    "workbench.open-in-form": None;
    "workbench.explanation": None;
    /** The description written into a saved scenario file. */
    "workbench.saved-description": { readonly title: string };
  }
}
