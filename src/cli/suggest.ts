/**
 * The nearest known name to a misspelt one, for "did you mean …?" hints.
 *
 * @module
 */

/** The edit distance (insertions, deletions, substitutions) between two texts, by code point. */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  // One row of the dynamic-programming table at a time.
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/**
 * The known name closest to `word`, or `undefined` when none is close enough to be a
 * plausible misspelling: at most a quarter of the name's length away (and never more
 * than 2 for a short one), ignoring case. A bare interpretation number (`Q1`) suggests
 * the id it begins.
 */
export function nearest(word: string, known: readonly string[]): string | undefined {
  const prefixed = known.filter((name) => name.startsWith(`${word}.`));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance && distance <= Math.max(2, Math.floor(name.length / 4))) {
      best = name;
      bestDistance = distance;
    }
  }
  return best === word ? undefined : best;
}
