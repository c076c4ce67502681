// @ts-check
/**
 * Renders every `@clause` tag as the clause it names: its label linked to the clause's
 * own page, its Chinese text and its English rendering; and fails the build when an
 * exported rule has no `@clause` tag or a tag names a clause that does not exist.
 *
 * The clause pages are project documents written by `.config/clause-report.ts`, each with
 * a `clause` id in its frontmatter.
 *
 * Also makes the search find Chinese words inside comments and documents: the search index
 * splits text at spaces and trims from each piece whatever is not a Latin letter, a digit
 * or `_` at its ends, which leaves nothing of a Chinese sentence; each piece holding Chinese
 * is indexed between two `_`, so that a search for any of its words finds it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Application, Converter, ReflectionKind, Renderer } from "typedoc";

const coverageFile = fileURLToPath(new URL("../docs/generated/clause-coverage.json", import.meta.url));

/** @param {import("typedoc").Application} app */
export function load(app) {
  /** @type {Map<string, { label: string; zh: string; en: string }>} */
  const texts = new Map();
  const report = JSON.parse(readFileSync(coverageFile, "utf8"));
  for (const c of report.clauses) texts.set(c.id, { label: `《实施意见》${c.label}`, zh: c.zh, en: c.en });
  for (const r of report.superior) texts.set(r.id, { label: r.label, zh: r.zh, en: r.en });
  /** @type {string[]} */
  const problems = [];

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    /** @type {Map<string, import("typedoc").DocumentReflection>} */
    const pages = new Map();
    for (const doc of project.getReflectionsByKind(ReflectionKind.Document)) {
      const id = /** @type {import("typedoc").DocumentReflection} */ (doc).frontmatter?.clause;
      if (typeof id === "string") pages.set(id, /** @type {import("typedoc").DocumentReflection} */ (doc));
    }
    for (const reflection of Object.values(project.reflections)) {
      const comment = reflection.comment;
      if (!comment) continue;
      for (const tag of comment.blockTags) {
        if (tag.tag !== "@clause") continue;
        const id = tag.content.map((part) => part.text).join("").trim();
        const text = texts.get(id);
        const page = pages.get(id);
        if (!text || !page) {
          problems.push(`${reflection.getFriendlyFullName()}: @clause ${id} names no registered clause or superior rule`);
          continue;
        }
        tag.content = [
          { kind: "inline-tag", tag: "@link", text: `${text.label}（${id}）`, target: page },
          { kind: "text", text: `\n\n> ${text.zh}\n>\n> *${text.en}*` },
        ];
      }
    }
  });

  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    // Every exported function that returns a decision is a rule, and must cite its clause.
    for (const fn of project.getReflectionsByKind(ReflectionKind.Function)) {
      const signatures = /** @type {import("typedoc").DeclarationReflection} */ (fn).signatures ?? [];
      // A rule declared with defineRule is a constant with a call signature: its comment may
      // sit on the constant rather than on the signature.
      const cited =
        signatures.some((s) => s.comment?.blockTags.some((t) => t.tag === "@clause")) ||
        /** @type {import("typedoc").DeclarationReflection} */ (fn).comment?.blockTags.some((t) => t.tag === "@clause") === true;
      const decides = signatures.some((s) => s.type?.toString().startsWith("Decision<"));
      if (decides && !cited) problems.push(`${fn.getFriendlyFullName()} returns a decision but has no @clause tag`);
    }
    // Every export is documented, and every member of a type the library declares. (TypeDoc's
    // own notDocumented check also demanded a comment for each field of the types TypeScript
    // infers, such as a zod object schema's shape, which are documented where declared.)
    const declared = ReflectionKind.Interface | ReflectionKind.Class | ReflectionKind.Enum;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.All)) {
      const isExport = reflection.parent === project;
      // The tables the rule modules add to (a step's id and its parameters, a rule's outcome)
      // are read through the catalogs' words for them.
      const augmented = ["Messages", "Terms", "RuleOutcomes"].includes(reflection.parent?.name ?? "");
      const isDeclaredMember = reflection.parent?.kindOf(declared) === true && !augmented;
      if (!isExport && !isDeclaredMember) continue;
      if (reflection.kindOf(ReflectionKind.Document | ReflectionKind.Reference | ReflectionKind.TypeParameter)) continue;
      // Members inherited from elsewhere (Error's message and stack) are documented there.
      const declaration = /** @type {import("typedoc").DeclarationReflection} */ (reflection);
      if (declaration.inheritedFrom !== undefined || declaration.flags.isExternal) continue;
      if (reflection.kindOf(ReflectionKind.Constructor) && reflection.parent?.kindOf(ReflectionKind.Class)) {
        if ((declaration.signatures ?? []).some((signature) => signature.hasComment()) || reflection.parent.hasComment()) continue;
      }
      const documented =
        reflection.hasComment() ||
        (/** @type {import("typedoc").DeclarationReflection} */ (reflection).signatures ?? []).some((s) => s.hasComment()) ||
        (/** @type {import("typedoc").DeclarationReflection} */ (reflection).getSignature?.hasComment() ?? false);
      if (!documented) problems.push(`${reflection.getFriendlyFullName()} (${ReflectionKind.singularString(reflection.kind)}) has no documentation`);
    }
    for (const problem of problems) app.logger.error(problem);
  });

  app.renderer.on(Renderer.EVENT_PREPARE_INDEX, (event) => {
    event.searchResults.forEach((reflection, index) => {
      const fields = event.searchFields[index] ?? (event.searchFields[index] = {});
      const comment = commentText(reflection);
      if (comment !== "") fields["comment"] = searchable(comment);
      if (reflection.isDocument()) fields["document"] = searchable(reflection.content.map((part) => part.text).join("\n"));
    });
  });
}

const HAN = /\p{Script=Han}/u;

/** Text as the search index should keep it: each piece between spaces that holds Chinese, between two `_`. */
function searchable(text) {
  return text
    .split(/[\s\-]+/u)
    .map((piece) => (HAN.test(piece) ? `_${piece}_` : piece))
    .join(" ");
}

/**
 * A reflection's comments as text, as TypeDoc's own search reads them: its summary and block
 * tags, and those of its signatures and accessors.
 * @param {import("typedoc").Reflection} reflection
 */
function commentText(reflection) {
  const comments = [];
  if (reflection.comment) comments.push(reflection.comment);
  if (reflection.isDeclaration()) {
    for (const signature of reflection.signatures ?? []) if (signature.comment) comments.push(signature.comment);
    if (reflection.getSignature?.comment) comments.push(reflection.getSignature.comment);
    if (reflection.setSignature?.comment) comments.push(reflection.setSignature.comment);
  }
  return comments
    .flatMap((comment) => [...comment.summary, ...comment.blockTags.flatMap((tag) => tag.content)])
    .map((part) => part.text)
    .join("\n");
}
