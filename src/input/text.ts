/**
 * Texts the rules rely on: reasons that must say something, and ids that must name one
 * person once.
 *
 * @module
 */
import { z } from "zod";
import { addBilingualIssue } from "../errors.js";
import { bilingual } from "../locales/index.js";

// White space, format characters (U+200B, U+2060, U+FEFF, bidi marks …), control
// characters, and the letters that render as nothing (Hangul fillers, braille blank).
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{Zs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const INVISIBLE_ONE = /[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** Does the text hold at least one visible character? @internal */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, "").length > 0;
}

/**
 * A reason (an override's, an excuse for a month, why a unit cannot receive a member): a
 * text with at least one visible character. A text made only of white space or invisible
 * characters (U+200B, U+2060, U+FEFF, other format characters) is blank, and refused.
 */
export const NonBlankTextSchema: z.ZodType<string> = z.string().check((ctx) => {
  if (!hasVisibleText(ctx.value)) {
    addBilingualIssue(ctx, {
      code: "missing",
      message: bilingual("error.blank-reason"),
    });
  }
});

/**
 * The one written form of an id, so that two spellings of one id are never taken for two
 * people: no white space at either end, no invisible characters, and Unicode NFC (the
 * composed form most systems write). @internal
 */
export function isCanonicalId(id: string): boolean {
  return id.length > 0 && id.trim() === id && !INVISIBLE_ONE.test(id) && id.normalize("NFC") === id;
}

/**
 * The zod schema of a member's or officer's id: a non-empty text in its one written form
 * (no white space at either end, no invisible characters, Unicode NFC). An id with white space at an end, an invisible character or a
 * decomposed accent is refused rather than taken for another person.
 */
export const MemberIdSchema: z.ZodType<string> = z.string().check((ctx) => {
  if (!isCanonicalId(ctx.value)) {
    addBilingualIssue(ctx, {
      code: "invalid-format",
      message: bilingual("error.id-not-canonical"),
    });
  }
});

/**
 * Refuses repeated ids in a list, naming both positions and never the id.
 * @internal
 */
export function checkUniqueIds(
  ctx: { issues: unknown[]; value: unknown },
  ids: readonly string[],
  path: (index: number) => readonly (string | number)[],
  firstPath: (index: number) => string,
): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) {
      addBilingualIssue(ctx, {
        code: "inconsistent",
        path: path(index),
        message: bilingual("error.id-repeated", { first: firstPath(first) }),
      });
    } else {
      seen.set(id, index);
    }
  });
}

/**
 * Orders two texts by their UTF-16 code units, as ids and names are ordered wherever the
 * library sorts them: the same in every locale and runtime, unlike `localeCompare`.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

declare module "../locales/catalog.js" {
  interface Messages {
    /** A reason with no visible character. */
    "error.blank-reason": Record<never, never>;
    /** An id not in its one written form. */
    "error.id-not-canonical": Record<never, never>;
    /** An id given again, with the position where it was first given. */
    "error.id-repeated": { readonly first: string };
  }
}
