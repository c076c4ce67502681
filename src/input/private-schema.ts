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
 * element, every union's options, every wrapped type, an enum's entries, a literal's values
 * and every list of checks are the copy's own, and so is the constructor it is built with.
 * What is shared is what cannot be written through the exports' ordinary surface: the check
 * functions themselves (closures), and the schema a `z.lazy` returns.
 *
 * Copying a definition is cheap; building zod's schemas is not (all of the library's, at
 * load, took a tenth of a second), so the schema is built from its copied definition the
 * first time it is used: the one thing, with zod's compiled validators, that the library
 * keeps between calls.
 *
 * @module
 */
import type { z } from "zod";

/** A zod schema's definition, as the copy reads it: its type and the fields that hold other schemas. */
interface Definition {
  readonly type: string;
  readonly checks?: readonly unknown[];
  readonly [field: string]: unknown;
}

/** A zod schema, as the copy reads it: its definition and the constructor it was built with. */
interface ZodNode {
  readonly _zod: { readonly def: Definition; readonly constr: new (def: Definition) => unknown };
}

/** A schema to build: its constructor and its copied definition, whose schemas are recipes in turn. */
interface Recipe {
  readonly constr: new (def: Definition) => unknown;
  readonly def: Record<string, unknown>;
  /** The fields of `def` that hold recipes, and the lists and shape whose items may. */
  readonly schemaFields: readonly string[];
  readonly listFields: readonly string[];
  readonly shape: boolean;
}

function isZodNode(value: unknown): value is ZodNode {
  if (value === null || typeof value !== "object" || !("_zod" in value)) return false;
  const internals = (value as { _zod: unknown })._zod;
  return (
    internals !== null &&
    typeof internals === "object" &&
    typeof (internals as { constr?: unknown }).constr === "function" &&
    typeof (internals as { def?: unknown }).def === "object"
  );
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
  const recipe = recipeOf(schema, new Map(), new Set());
  let built: S | undefined;
  return () => (built ??= build(recipe, new Map()) as S);
}

function recipeOf(schema: unknown, recipes: Map<ZodNode, Recipe | ZodNode>, within: Set<ZodNode>): Recipe | unknown {
  if (!isZodNode(schema)) return schema;
  // A schema met twice (a shared date schema, say) is copied once.
  const done = recipes.get(schema);
  if (done !== undefined) return done;
  // A schema that contains itself (through a shape's getter) keeps the inner reference.
  if (within.has(schema)) return schema;
  within.add(schema);
  const { def, constr } = schema._zod;
  const own: Record<string, unknown> = { ...def };
  if (def.checks !== undefined) own["checks"] = [...def.checks];
  const schemaFields = SCHEMA_FIELDS.filter((field) => isZodNode(def[field]));
  for (const field of schemaFields) own[field] = recipeOf(def[field], recipes, within);
  const listFields = LIST_FIELDS.filter((field) => Array.isArray(def[field]));
  for (const field of listFields) own[field] = (def[field] as readonly unknown[]).map((item) => recipeOf(item, recipes, within));
  const shape = def["shape"];
  const hasShape = shape !== null && typeof shape === "object";
  if (hasShape) own["shape"] = mapFields(shape as Record<string, unknown>, (value) => recipeOf(value, recipes, within));
  // An enum's entries and a literal's values: what `schema.enum` hands the caller.
  const entries = def["entries"];
  if (entries !== null && typeof entries === "object") own["entries"] = { ...entries };
  const values = def["values"];
  if (Array.isArray(values)) own["values"] = [...values];
  const recipe: Recipe = { constr, def: own, schemaFields, listFields, shape: hasShape };
  within.delete(schema);
  recipes.set(schema, recipe);
  return recipe;
}

function isRecipe(value: unknown): value is Recipe {
  return value !== null && typeof value === "object" && "constr" in value && "schemaFields" in value;
}

function build(recipe: unknown, built: Map<Recipe, unknown>): unknown {
  if (!isRecipe(recipe)) return recipe;
  const done = built.get(recipe);
  if (done !== undefined) return done;
  const def: Record<string, unknown> = { ...recipe.def };
  for (const field of recipe.schemaFields) def[field] = build(recipe.def[field], built);
  for (const field of recipe.listFields) def[field] = (recipe.def[field] as readonly unknown[]).map((item) => build(item, built));
  if (recipe.shape) def["shape"] = mapFields(recipe.def["shape"] as Record<string, unknown>, (value) => build(value, built));
  const schema = new recipe.constr(def as Definition);
  built.set(recipe, schema);
  return schema;
}

/** An object of the same keys, each value mapped; a key "__proto__" stays a key. */
function mapFields(fields: Record<string, unknown>, map: (value: unknown) => unknown): Record<string, unknown> {
  const mapped: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    Object.defineProperty(mapped, key, { value: map(fields[key]), enumerable: true, writable: true, configurable: true });
  }
  return mapped;
}
