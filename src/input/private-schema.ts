/**
 * The library's own copies of the schemas it validates with.
 *
 * The exported schemas (`AbsenceSchema`, `RULES.x.input` …) are zod's objects, which zod
 * writes its own caches into, so they cannot be frozen: a caller may write into one
 * (`AbsenceSchema.shape.placeFixed = z.any()`, `DutyIdSchema.enum.x = "x"`). If the library
 * validated with the same objects, that one write would change what every later call
 * accepts. So each module that validates takes, as it loads, before any caller can reach
 * the exports, a copy of its schema's definition that the exports do not reach, and
 * validates with a schema built from that copy.
 *
 * What is copied, node by node, is each definition: every object's shape, every array's
 * element, every union's options, every wrapped type, the schema a `z.lazy` returns, an
 * enum's entries, a literal's values, every check (its definition, its bounds and patterns,
 * its hooks) and the constructor each is built with; a schema that contains itself is
 * copied as a copy that contains itself. What is shared is only what a caller cannot write
 * into: the functions the library wrote (a custom check's body, a refinement), closures.
 *
 * Copying a definition is cheap; building zod's schemas is not (all of the library's, at
 * load, took a tenth of a second), so the schema is built from its copied definition the
 * first time it is used: the one thing, with zod's compiled validators, that the library
 * keeps between calls.
 *
 * @module
 */
import type { z } from "zod";

/** A zod schema's or check's definition, as the copy reads it. */
type Definition = Record<string, unknown>;

/** zod's internals of a schema or a check, as the copy reads them. */
interface Internals {
  readonly def: Definition;
  readonly constr?: new (def: Definition) => { _zod: Record<string, unknown> };
  readonly [field: string]: unknown;
}

interface ZodNode {
  readonly _zod: Internals;
}

/** A schema to build: its constructor and its copied definition, whose schemas are recipes in turn. */
interface SchemaRecipe {
  readonly kind: "schema";
  readonly constr: new (def: Definition) => unknown;
  def: Definition;
  /** The fields of `def` that hold recipes, and the lists and shape whose items may. */
  schemaFields: readonly string[];
  listFields: readonly string[];
  shape: boolean;
  checks: readonly CheckRecipe[] | null;
  /** For a `z.lazy`: the recipe of the schema its getter returned. */
  lazy: Recipe | null;
}

/**
 * A check to build: zod's built-in checks are made again by their constructor from a copy of
 * their definition (their function reads the definition it was made with); a custom check
 * (`.check(fn)`) keeps its function, with copies of its definition and hooks.
 */
interface CheckRecipe {
  readonly prototype: object | null;
  readonly internalsPrototype: object | null;
  readonly constr: (new (def: Definition) => { _zod: Record<string, unknown> }) | null;
  readonly def: Definition;
  /** The check's own internals, copied: its function, its hooks. */
  readonly internals: Record<string, unknown>;
}

type Recipe = SchemaRecipe | unknown;

function isZodNode(value: unknown): value is ZodNode {
  if (value === null || (typeof value !== "object" && typeof value !== "function") || !("_zod" in value)) return false;
  const internals = (value as { _zod: unknown })._zod;
  return internals !== null && typeof internals === "object" && typeof (internals as { def?: unknown }).def === "object";
}

// The fields of a definition that hold a schema, and those that hold a list of them: zod
// 4's names, the same in every version of the peer range.
const SCHEMA_FIELDS: readonly string[] = ["innerType", "element", "catchall", "keyType", "valueType", "in", "out", "left", "right", "rest"];
const LIST_FIELDS: readonly string[] = ["options", "items"];

/**
 * The library's own copy of `schema`: its definitions are copied now, and the schema is
 * built from them on the first call of the function returned. Nothing a caller does to
 * `schema` afterwards changes what the copy accepts. @internal
 */
export function privateSchema<S extends z.ZodType>(schema: S): () => S {
  const recipe = recipeOf(schema, new Map());
  let built: S | undefined;
  return () => (built ??= build(recipe, new Map()) as S);
}

/**
 * A new copy of `schema` on every call, from definitions copied now: what a function that
 * returns a schema built of the library's parts (`decisionSchema`) builds from, so that one
 * caller's writes into what it was given reach neither the library nor the next caller.
 * @internal
 */
export function freshSchemas<S extends z.ZodType>(schema: S): () => S {
  const recipe = recipeOf(schema, new Map());
  return () => build(recipe, new Map()) as S;
}

/** A definition's own copy: its lists and plain records copied one level, its patterns made again. */
function copyDefinition(def: Definition): Definition {
  const own: Definition = {};
  for (const key of Object.keys(def)) {
    const value = def[key];
    define(own, key, value instanceof RegExp ? new RegExp(value.source, value.flags) : Array.isArray(value) ? [...(value as unknown[])] : value);
  }
  // An enum's entries: what `schema.enum` hands the caller.
  const entries = def["entries"];
  if (entries !== null && typeof entries === "object" && !isZodNode(entries)) own["entries"] = { ...entries };
  return own;
}

function recipeOf(schema: unknown, recipes: Map<ZodNode, SchemaRecipe>): Recipe {
  if (!isZodNode(schema)) return schema;
  // A schema met twice (a shared date schema, say) is copied once; one met again inside
  // itself gets the recipe being made, and the copy contains itself in turn.
  const done = recipes.get(schema);
  if (done !== undefined) return done;
  const { def, constr } = schema._zod;
  if (typeof constr !== "function") return schema;
  const recipe: SchemaRecipe = { kind: "schema", constr, def: {}, schemaFields: [], listFields: [], shape: false, checks: null, lazy: null };
  recipes.set(schema, recipe);
  const own = copyDefinition(def);
  recipe.schemaFields = SCHEMA_FIELDS.filter((field) => isZodNode(def[field]));
  for (const field of recipe.schemaFields) own[field] = recipeOf(def[field], recipes);
  recipe.listFields = LIST_FIELDS.filter((field) => Array.isArray(def[field]));
  for (const field of recipe.listFields) own[field] = (def[field] as readonly unknown[]).map((item) => recipeOf(item, recipes));
  const shape = def["shape"];
  recipe.shape = shape !== null && typeof shape === "object";
  if (recipe.shape) own["shape"] = mapFields(shape as Record<string, unknown>, (value) => recipeOf(value, recipes));
  if (Array.isArray(def["checks"])) recipe.checks = (def["checks"] as readonly unknown[]).map(checkRecipeOf);
  // A z.lazy: the schema its getter returns now, copied like the rest.
  if (def["type"] === "lazy" && typeof def["getter"] === "function") recipe.lazy = recipeOf((def["getter"] as () => unknown)(), recipes);
  recipe.def = own;
  return recipe;
}

function checkRecipeOf(check: unknown): CheckRecipe {
  const internals = (check as { _zod: Record<string, unknown> })._zod;
  const ownInternals: Record<string, unknown> = {};
  for (const key of Object.keys(internals)) {
    const value = internals[key];
    ownInternals[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  const constr = internals["constr"];
  return {
    prototype: Object.getPrototypeOf(check) as object | null,
    internalsPrototype: Object.getPrototypeOf(internals) as object | null,
    constr: typeof constr === "function" ? (constr as CheckRecipe["constr"]) : null,
    def: copyDefinition(internals["def"] as Definition),
    internals: ownInternals,
  };
}

function isRecipe(value: unknown): value is SchemaRecipe {
  return value !== null && typeof value === "object" && (value as { kind?: unknown }).kind === "schema" && "schemaFields" in value;
}

function build(recipe: Recipe, built: Map<SchemaRecipe, unknown>): unknown {
  if (!isRecipe(recipe)) return recipe;
  const done = built.get(recipe);
  if (done !== undefined) return done;
  // Copied again: a fresh schema handed to a caller must not share its entries or lists with
  // the recipe the next one is built from.
  const def: Definition = copyDefinition(recipe.def);
  if (recipe.lazy !== null) {
    // Made before what it returns, which may contain it (z.json()); zod asks the getter on first use.
    const inner = recipe.lazy;
    def["getter"] = () => build(inner, built);
    const lazy = new recipe.constr(def);
    built.set(recipe, lazy);
    return lazy;
  }
  for (const field of recipe.schemaFields) def[field] = build(recipe.def[field], built);
  for (const field of recipe.listFields) def[field] = (recipe.def[field] as readonly unknown[]).map((item) => build(item, built));
  if (recipe.shape) {
    const shape: Record<string, unknown> = {};
    const fields = recipe.def["shape"] as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      const field = fields[key];
      // A field that contains this object again is read when zod first reads it, as zod's own
      // recursive objects are (a getter in the shape): the copy is made by then.
      if (isRecipe(field) && !built.has(field) && containsRecipe(field, recipe)) {
        Object.defineProperty(shape, key, { get: () => build(field, built), enumerable: true, configurable: true });
      } else {
        define(shape, key, build(field, built));
      }
    }
    def["shape"] = shape;
  }
  if (recipe.checks !== null) def["checks"] = recipe.checks.map(buildCheck);
  const schema = new recipe.constr(def);
  built.set(recipe, schema);
  return schema;
}

/** Whether `recipe` is, or contains, `target`: a field that leads back to the object being made. */
function containsRecipe(recipe: SchemaRecipe, target: SchemaRecipe, seen = new Set<SchemaRecipe>()): boolean {
  if (recipe === target) return true;
  if (seen.has(recipe)) return false;
  seen.add(recipe);
  const children: unknown[] = [];
  for (const field of recipe.schemaFields) children.push(recipe.def[field]);
  for (const field of recipe.listFields) children.push(...(recipe.def[field] as readonly unknown[]));
  if (recipe.shape) children.push(...Object.values(recipe.def["shape"] as Record<string, unknown>));
  if (recipe.lazy !== null) children.push(recipe.lazy);
  return children.some((child) => isRecipe(child) && containsRecipe(child, target, seen));
}

function buildCheck(recipe: CheckRecipe): unknown {
  if (recipe.constr !== null) {
    // A built-in check made again: its function reads this copy of its definition.
    const check = new recipe.constr(copyDefinition(recipe.def));
    // What was set on it after it was made (a custom check's function, in some versions) is kept.
    for (const key of Object.keys(recipe.internals)) if (!(key in check._zod)) check._zod[key] = copied(recipe.internals[key]);
    return check;
  }
  const internals = Object.create(recipe.internalsPrototype) as Record<string, unknown>;
  for (const key of Object.keys(recipe.internals)) internals[key] = copied(recipe.internals[key]);
  internals["def"] = copyDefinition(recipe.def);
  const check = Object.create(recipe.prototype) as Record<string, unknown>;
  check["_zod"] = internals;
  return check;
}

function copied(value: unknown): unknown {
  return Array.isArray(value) ? [...(value as unknown[])] : value;
}

/** Sets a key as data, so that a key named "__proto__" stays a key. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An object of the same keys, each value mapped. */
function mapFields(fields: Record<string, unknown>, map: (value: unknown) => unknown): Record<string, unknown> {
  const mapped: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) define(mapped, key, map(fields[key]));
  return mapped;
}
