/**
 * Reading a caller's input once, into plain data the library owns.
 *
 * Every exported function reads its input through {@link snapshotInput} before it
 * validates anything, and then validates and decides on the snapshot. So a getter is read
 * once (never once by the check and again by the rule), a value inherited from a
 * prototype never counts (not even one that other code put on `Object.prototype`), and a
 * caller who changes the input afterwards changes nothing in the decision.
 *
 * What counts is own, enumerable data with string keys: objects whose prototype is
 * `Object.prototype` or `null`, arrays, and primitives. Anything else in the input is
 * replaced by a marker that validation then refuses at its path, with a message that says
 * what was wrong — never the value:
 * - an accessor property (a getter or setter);
 * - an object that is not plain data (a `Date`, a `Map`, a class instance, an object
 *   inheriting from another object);
 * - an object that cannot be read (a proxy whose traps throw);
 * - a circular reference, nesting deeper than {@link MAX_INPUT_DEPTH}, or more than
 *   {@link MAX_INPUT_NODES} objects and arrays in all;
 * - an array with holes.
 *
 * The snapshot never throws and never calls the caller's code except through the
 * reflection the proxies it meets may trap.
 *
 * @module
 */

/** How deeply objects and arrays may nest in an input. Every input of the library is far shallower. */
export const MAX_INPUT_DEPTH = 64;

/** How many objects and arrays an input may hold in all (a value reached twice counts twice): far more than a branch holds, and few enough that a value built to repeat itself cannot exhaust memory. */
export const MAX_INPUT_NODES = 1_000_000;

/**
 * Why a part of the input could not be read as plain data: the reason a `wrong-type` issue
 * of a {@link RuleInputError} gives in words (an accessor, an object that is not plain data,
 * one that cannot be read, a cycle, too deep, too large, an array with holes).
 */
export type UnreadableReason =
  | "accessor"
  | "not-plain"
  | "cannot-read"
  | "circular"
  | "too-deep"
  | "too-large"
  | "sparse";

// One symbol per reason: a symbol is refused by every schema of the library (it is no
// string, number, object or JSON value), so validation reports the marker at its path.
const MARKERS: { readonly [R in UnreadableReason]: symbol } = Object.freeze({
  accessor: Symbol("accessor"),
  "not-plain": Symbol("not-plain"),
  "cannot-read": Symbol("cannot-read"),
  circular: Symbol("circular"),
  "too-deep": Symbol("too-deep"),
  "too-large": Symbol("too-large"),
  sparse: Symbol("sparse"),
});

const REASON_OF = new Map<symbol, UnreadableReason>(
  (Object.keys(MARKERS) as UnreadableReason[]).map((reason) => [MARKERS[reason], reason]),
);

/** The reason a snapshot marked this value unreadable, if it did. @internal */
export function unreadableReason(value: unknown): UnreadableReason | undefined {
  return typeof value === "symbol" ? REASON_OF.get(value) : undefined;
}

interface Walk {
  nodes: number;
  /** The objects and arrays above the one being read, by depth: a cycle meets one of them again. */
  readonly ancestors: object[];
}

function isPlainPrototype(prototype: object | null): boolean {
  // Object.prototype of this realm or of another one (its own prototype is null).
  return prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null;
}

function readNode(value: unknown, depth: number, walk: Walk): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_INPUT_DEPTH) return MARKERS["too-deep"];
  // At most MAX_INPUT_DEPTH ancestors, and an input is rarely more than a few deep: a
  // scan of them is cheaper than a set's add and delete for every node.
  const { ancestors } = walk;
  for (let index = 0; index < depth; index += 1) if (ancestors[index] === value) return MARKERS.circular;
  walk.nodes += 1;
  if (walk.nodes > MAX_INPUT_NODES) return MARKERS["too-large"];
  let isArray: boolean;
  try {
    isArray = Array.isArray(value);
    if (!isArray && !isPlainPrototype(Object.getPrototypeOf(value) as object | null)) return MARKERS["not-plain"];
  } catch {
    return MARKERS["cannot-read"];
  }
  ancestors[depth] = value;
  try {
    return isArray ? readArray(value as readonly unknown[], depth, walk) : readObject(value, depth, walk);
  } catch {
    return MARKERS["cannot-read"];
  }
}

function readArray(value: readonly unknown[], depth: number, walk: Walk): unknown {
  const keys = Reflect.ownKeys(value);
  const lengthDescriptor = Reflect.getOwnPropertyDescriptor(value, "length");
  const length: unknown = lengthDescriptor?.value;
  if (typeof length !== "number") return MARKERS["cannot-read"];
  // Every index must be an own key: counting them first keeps a sparse array of length
  // 2³² from being walked index by index.
  let indexes = 0;
  for (const key of keys) if (typeof key === "string" && key !== "length" && String(Number(key) >>> 0) === key) indexes += 1;
  if (indexes !== length) return MARKERS.sparse;
  const copy: unknown[] = new Array<unknown>(length);
  for (let index = 0; index < length; index += 1) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, String(index));
    if (descriptor === undefined) return MARKERS.sparse;
    copy[index] = "value" in descriptor ? readNode(descriptor.value, depth + 1, walk) : MARKERS.accessor;
  }
  return copy;
}

/**
 * The objects of a snapshot: their prototype is an empty object with a null prototype, so
 * nothing is inherited (a polluted `Object.prototype` is never read) and a "__proto__" key
 * stays an ordinary key. Made by a constructor rather than `Object.create(null)`, they keep
 * V8's fast properties: validation reads them several times faster.
 */
const SnapshotObject = function SnapshotObject() {} as unknown as new () => Record<string, unknown>;
SnapshotObject.prototype = Object.freeze(Object.create(null) as object);

function readObject(value: object, depth: number, walk: Walk): unknown {
  const copy = new SnapshotObject();
  // Own enumerable string keys are what counts; symbols and hidden fields never do.
  // Object.keys, rather than Reflect.ownKeys and a filter, took half the time of reading an
  // object: V8 answers it from the keys it keeps for the object's shape.
  for (const key of Object.keys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || descriptor.enumerable !== true) continue;
    copy[key] = "value" in descriptor ? readNode(descriptor.value, depth + 1, walk) : MARKERS.accessor;
  }
  return copy;
}

/**
 * The caller's input as plain data the library owns: fresh objects that inherit nothing, and
 * arrays, with every part that is not plain data replaced by a marker that validation
 * refuses. Never throws.
 * @internal
 */
export function snapshotInput(value: unknown): unknown {
  return readNode(value, 0, { nodes: 0, ancestors: [] });
}
