/**
 * Deep freezing: the library's tables and every decision it returns are frozen to the
 * last leaf, so that nothing a caller does to one of them can reach another decision.
 *
 * @module
 */

/**
 * Freezes `value` and everything reachable from it, and returns it. A part that is
 * already frozen is taken as frozen throughout: the library freezes only whole trees,
 * so a frozen part is one of its own frozen tables, shared safely.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
