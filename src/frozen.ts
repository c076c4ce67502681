/**
 * Nothing shared that can change: the library's exported tables are frozen to the last
 * leaf, and every decision it returns owns all of its data that can be changed (a fresh
 * copy of its tree, sharing only frozen parts such as the library's duty lists), so that
 * nothing a caller does to a table or to one decision can reach another decision.
 *
 * A decision is copied rather than frozen: freezing every object of a decision cost a
 * quarter of the time to make it, copying its tree a twentieth (see the benchmarks).
 *
 * @module
 */

/**
 * Freezes `value` and everything reachable from it, and returns it: the library's tables,
 * once, when a module loads. Parts already frozen are walked too, since a shallow
 * `Object.freeze` leaves their children open.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * A fresh copy of a tree of plain JSON data: new arrays and objects all the way down,
 * except the frozen parts, which nobody can change and which are shared. The copy is what
 * a rule returns, so a caller may change it without touching a table or another decision.
 * @internal
 */
export function ownedCopy<T>(value: T): T {
  // A frozen part (a duty list of the library's, say) cannot be changed by anyone: it is
  // shared, not copied, so that a kept decision costs only its own data.
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = value.slice();
    for (let index = 0; index < copy.length; index += 1) {
      const item = copy[index];
      if (item !== null && typeof item === "object") copy[index] = ownedCopy(item);
    }
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = ownedCopy((value as Record<string, unknown>)[key]);
    // Defined, not assigned, for a key "__proto__" (a member id), so that it stays an own key.
    if (key === "__proto__") Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}
