/// <reference lib="dom" />
/**
 * A rule's form, made from the fields of its input (`inputFields()`, read from the rule's
 * zod schema): an object is a group of fields, a discriminated union a choice that decides
 * which fields are asked, a date a date input, a list a table or a series of items with
 * buttons to add and remove them, a value that may be left out or `null` a choice among
 * the field and the words of each other choice. Every label, help text and choice is the
 * catalogs'. Each control carries its field's path (`data-path`), so that a problem the
 * rule reports at that path is shown there.
 *
 * The form edits the input in place, through the page's `set`; it is made again only when
 * its shape changes (an item added, another variant chosen).
 *
 * @module
 */
import { renderPath, type InputIssue } from "../errors.js";
import { CATALOGS, type Locale } from "../locales/index.js";
import { fieldHelp, fieldLabel, optionWords, type FieldVariant, type InputField, type NamedField } from "../rules/input-fields.js";
import { append, freshId, h } from "./dom.js";
import type { PageWords } from "./words.js";

/** A path in the input: keys and list positions. */
export type Path = readonly (string | number)[];

/** The discriminated union of a rule's input. */
export type VariantsField = Extract<InputField, { kind: "variants" }>;

/** What the form needs from the page. */
export interface FormContext {
  /** The page's language. */
  readonly locale: Locale;
  /** The page's words. */
  readonly words: PageWords;
  /** The value at `path` in the input being edited. */
  readonly get: (path: Path) => unknown;
  /** Sets the value at `path`; `undefined` leaves the field out. */
  readonly set: (path: Path, value: unknown) => void;
  /** A value changed: decide again. */
  readonly changed: () => void;
  /** The form's shape changed: make it again, and decide again. */
  readonly restructure: () => void;
  /** The input to start from when another variant of the input is chosen. */
  readonly variantStart: (field: VariantsField, value: string) => unknown;
}

/** The form of a rule's input. */
export function renderForm(field: InputField, ctx: FormContext): HTMLElement {
  const form = h("div", { class: "form-fields", "data-path": renderPath([]) });
  append(form, h("div", { class: "form-errors", role: "alert" }), ...membersOf(field, [], ctx));
  return form;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The fields of an object or of the chosen variant, each in its box. */
function membersOf(field: InputField, path: Path, ctx: FormContext): Node[] {
  if (field.kind === "object") return namedFields(field.fields, path, ctx);
  if (field.kind === "variants") return variantFields(field, path, ctx);
  return [fieldBox(field, path, ctx)];
}

function namedFields(fields: readonly NamedField[], path: Path, ctx: FormContext): Node[] {
  return fields.map(({ key, field }) => fieldBox(field, [...path, key], ctx));
}

function variantOf(field: VariantsField, value: unknown): FieldVariant | undefined {
  const key = isRecord(value) ? value[field.key] : undefined;
  return field.variants.find((variant) => variant.value === key);
}

function variantFields(field: VariantsField, path: Path, ctx: FormContext): Node[] {
  const current = variantOf(field, ctx.get(path));
  const id = freshId();
  const select = h("select", { id, "data-control": renderPath([...path, field.key]) });
  for (const variant of field.variants) {
    append(select, h("option", { value: variant.value, selected: variant === current }, optionWords(field.keyWords, variant.value, ctx.locale)));
  }
  if (current === undefined) append(select, h("option", { value: "", selected: true }, ""));
  select.addEventListener("change", () => {
    const variant = field.variants.find((v) => v.value === select.value);
    if (variant === undefined) return;
    ctx.set(path, ctx.variantStart(field, variant.value));
    ctx.restructure();
  });
  const key = box([...path, field.key], field.keyWords, ctx, id, select);
  return [key, ...(current === undefined ? [] : namedFields(current.fields, path, ctx))];
}

/** A field with its label above and its help below. */
function box(path: Path, words: InputField["words"], ctx: FormContext, id: string, ...controls: Node[]): HTMLElement {
  const helpId = `${id}-help`;
  for (const control of controls) if (control instanceof HTMLElement && control.id === id) control.setAttribute("aria-describedby", helpId);
  return h(
    "div",
    { class: "field", "data-path": renderPath(path) },
    h("label", { for: id }, fieldLabel(words, ctx.locale)),
    ...controls,
    h("p", { class: "help", id: helpId }, fieldHelp(words, ctx.locale)),
  );
}

/** A group of fields under a legend, with its help. */
function group(path: Path, words: InputField["words"], ctx: FormContext, className: string, ...children: Node[]): HTMLElement {
  return h(
    "fieldset",
    { class: className, "data-path": renderPath(path) },
    h("legend", {}, fieldLabel(words, ctx.locale)),
    h("p", { class: "help" }, fieldHelp(words, ctx.locale)),
    ...children,
  );
}

/** A field in its box: the kind of box is the kind of field. */
function fieldBox(field: InputField, path: Path, ctx: FormContext): HTMLElement {
  switch (field.kind) {
    case "object":
      return group(path, field.words, ctx, "group", ...membersOf(field, path, ctx));
    case "variants":
      return group(path, field.words, ctx, "group", ...variantFields(field, path, ctx));
    case "list":
      return listBox(field, path, ctx, false);
    case "pairs":
      return pairsBox(field, path, ctx, false);
    case "boolean": {
      const id = freshId();
      const control = checkbox(path, ctx, id);
      const helpId = `${id}-help`;
      control.setAttribute("aria-describedby", helpId);
      return h(
        "div",
        { class: "field check", "data-path": renderPath(path) },
        control,
        h("label", { for: id }, fieldLabel(field.words, ctx.locale)),
        h("p", { class: "help", id: helpId }, fieldHelp(field.words, ctx.locale)),
      );
    }
    case "nullable":
    case "optional":
    case "either":
      return alternativesBox(field, path, ctx);
    default: {
      const id = freshId();
      return box(path, field.words, ctx, id, control(field, path, ctx, id, fieldLabel(field.words, ctx.locale)));
    }
  }
}

// ── controls ─────────────────────────────────────────────────────────────────

const INPUT_TYPES = { date: "date", month: "month", text: "text", count: "number" } as const;

/** A value an input of `kind` can show: a date input shows nothing for a value that is no date. */
function shown(kind: keyof typeof INPUT_TYPES, value: unknown): string {
  if (kind === "count") return typeof value === "number" ? String(value) : "";
  if (typeof value !== "string") return "";
  if (kind === "date") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : "";
  if (kind === "month") return /^\d{4}-\d{2}$/.test(value) ? value : "";
  return value;
}

/** An input for a date, a month, a text or a count; `empty` is the value of an empty input. */
function input(kind: keyof typeof INPUT_TYPES, path: Path, ctx: FormContext, id: string, label: string, empty: unknown, placeholder?: string): HTMLInputElement {
  const element = h("input", {
    id,
    type: INPUT_TYPES[kind],
    value: shown(kind, ctx.get(path)),
    "aria-label": label,
    "data-control": renderPath(path),
    placeholder,
    min: kind === "count" ? 0 : undefined,
    step: kind === "count" ? 1 : undefined,
  });
  const update = (): void => {
    const raw = element.value;
    ctx.set(path, raw === "" ? empty : kind === "count" ? Number(raw) : raw);
    ctx.changed();
  };
  element.addEventListener("input", update);
  element.addEventListener("change", update);
  return element;
}

function checkbox(path: Path, ctx: FormContext, id: string, label?: string): HTMLInputElement {
  const element = h("input", { id, type: "checkbox", checked: ctx.get(path) === true, "aria-label": label, "data-control": renderPath(path) });
  element.addEventListener("change", () => {
    ctx.set(path, element.checked);
    ctx.changed();
  });
  return element;
}

/** A choice's select: its values in the catalogs' words. */
function choiceSelect(path: Path, ctx: FormContext, id: string, label: string, options: readonly { readonly value: unknown; readonly words: string }[]): HTMLSelectElement {
  const current = ctx.get(path);
  const element = h("select", { id, "aria-label": label, "data-control": renderPath(path) });
  let found = false;
  options.forEach((option, index) => {
    const selected = !found && option.value === current;
    found ||= selected;
    append(element, h("option", { value: String(index), selected }, option.words));
  });
  // A value the choices do not hold (from a scenario file) stays until another is chosen.
  if (!found) append(element, h("option", { value: "", selected: true }, ""));
  element.addEventListener("change", () => {
    const option = options[Number(element.value)];
    if (element.value === "" || option === undefined) return;
    ctx.set(path, option.value);
    ctx.changed();
  });
  return element;
}

/** The control of a field that needs no box of its own (a table's cell, a list's item). */
function control(field: InputField, path: Path, ctx: FormContext, id: string, label: string): HTMLElement {
  switch (field.kind) {
    case "boolean":
      return checkbox(path, ctx, id, label);
    case "date":
    case "month":
    case "text":
    case "count":
      return input(field.kind, path, ctx, id, label, field.kind === "count" ? null : "");
    case "choice":
      return choiceSelect(
        path,
        ctx,
        id,
        label,
        field.values.map((value) => ({ value, words: optionWords(field.words, value, ctx.locale) })),
      );
    case "nullable":
    case "optional":
    case "either":
      return compactAlternatives(field, path, ctx, id, label) ?? alternativesBox(field, path, ctx);
    default:
      return fieldBox(field, path, ctx);
  }
}

// ── a field, null, left out, or one of several kinds ─────────────────────────

/** One way of answering a field: a value of its own (`constant`), or a field to fill in. */
type Alternative =
  | { readonly kind: "constant"; readonly value: unknown; readonly words: string }
  | { readonly kind: "given"; readonly field: InputField };

function alternativesOf(field: InputField, ctx: FormContext): Alternative[] {
  switch (field.kind) {
    case "nullable":
      return [...alternativesOf(field.inner, ctx), { kind: "constant", value: null, words: optionWords(field.words, null, ctx.locale) }];
    case "optional":
      return [...alternativesOf(field.inner, ctx), { kind: "constant", value: undefined, words: ctx.words("workbench.not-given") }];
    case "either":
      return field.options.flatMap((option) => alternativesOf(option, ctx));
    case "choice":
      return field.values.map((value) => ({ kind: "constant", value, words: optionWords(field.words, value, ctx.locale) }));
    case "boolean":
      return [
        { kind: "constant", value: true, words: ctx.words("workbench.yes") },
        { kind: "constant", value: false, words: ctx.words("workbench.no") },
      ];
    default:
      return [{ kind: "given", field }];
  }
}

/** Whether `value` answers the field as `alternative`. */
function fits(alternative: Alternative, value: unknown, constants: readonly unknown[]): boolean {
  if (alternative.kind === "constant") return alternative.value === value;
  if (constants.includes(value)) return false;
  switch (alternative.field.kind) {
    case "object":
    case "variants":
    case "pairs":
      return isRecord(value);
    case "list":
      return Array.isArray(value);
    case "count":
      return typeof value === "number";
    default:
      return typeof value === "string";
  }
}

/**
 * The one control that answers a field without a choice of ways: a select when every way
 * is a value of its own; an input (a text, a date, a count) whose emptiness is the one other
 * way; a list whose emptiness is leaving it out. `undefined` when the field needs its ways
 * shown one by one.
 */
function compactAlternatives(field: InputField, path: Path, ctx: FormContext, id: string, label: string): HTMLElement | undefined {
  const alternatives = alternativesOf(field, ctx);
  const given = alternatives.filter((a): a is Extract<Alternative, { kind: "given" }> => a.kind === "given");
  const constants = alternatives.filter((a): a is Extract<Alternative, { kind: "constant" }> => a.kind === "constant");
  if (given.length === 0) return choiceSelect(path, ctx, id, label, constants);
  const [only] = given;
  if (given.length !== 1 || constants.length !== 1 || only === undefined) return undefined;
  const [empty] = constants;
  const kind = only.field.kind;
  if (kind === "text" || ((kind === "date" || kind === "count" || kind === "month") && empty?.value === undefined)) {
    return input(kind, path, ctx, id, label, empty?.value, empty?.words);
  }
  if ((kind === "list" || kind === "pairs") && empty?.value === undefined) {
    return kind === "list" ? listBox(only.field, path, ctx, true) : pairsBox(only.field, path, ctx, true);
  }
  return undefined;
}

/** Which folded items the user opened or closed, by path. */
const openItems = new Map<string, boolean>();

/** What was last given for a field now answered otherwise, to give back if its way is chosen again. */
const remembered = new Map<string, unknown>();

function alternativesBox(field: InputField, path: Path, ctx: FormContext): HTMLElement {
  const id = freshId();
  const label = fieldLabel(field.words, ctx.locale);
  const compact = compactAlternatives(field, path, ctx, id, label);
  if (compact !== undefined) {
    if (compact.tagName === "FIELDSET") return compact;
    return box(path, field.words, ctx, id, compact);
  }
  const alternatives = alternativesOf(field, ctx);
  const constants = alternatives.flatMap((a) => (a.kind === "constant" ? [a.value] : []));
  const value = ctx.get(path);
  const chosen = alternatives.findIndex((a) => fits(a, value, constants));
  const name = freshId("r");
  const key = renderPath(path);
  const choices = alternatives.map((alternative, index) => {
    const radioId = freshId();
    const radio = h("input", { type: "radio", name, id: radioId, checked: index === chosen, "data-control": `${key}#${index}` });
    const choose = (): void => {
      const current = ctx.get(path);
      if (chosen >= 0 && alternatives[chosen]?.kind === "given") remembered.set(key, current);
      ctx.set(path, alternative.kind === "constant" ? alternative.value : remembered.get(key) ?? defaultOf(alternative.field));
      ctx.restructure();
    };
    radio.addEventListener("change", choose);
    if (alternative.kind === "constant") return h("div", { class: "choice" }, radio, h("label", { for: radioId }, alternative.words));
    const inner = alternative.field;
    if (inner.kind === "date" || inner.kind === "month" || inner.kind === "text" || inner.kind === "count") {
      // The date itself is the choice's label: typing one chooses it.
      radio.setAttribute("aria-label", label);
      const field = index === chosen ? input(inner.kind, path, ctx, freshId(), label, "") : h("input", { type: INPUT_TYPES[inner.kind], "aria-label": label });
      if (index !== chosen) {
        field.addEventListener("input", () => {
          const typed = (field as HTMLInputElement).value;
          if (typed === "") return;
          ctx.set(path, inner.kind === "count" ? Number(typed) : typed);
          ctx.restructure();
        });
      }
      return h("div", { class: "choice" }, radio, field);
    }
    return h(
      "div",
      { class: "choice" },
      radio,
      h("label", { for: radioId }, label),
      index === chosen ? h("div", { class: "chosen" }, ...membersOf(inner, path, ctx)) : null,
    );
  });
  return group(path, field.words, ctx, "field choices", ...choices);
}

// ── lists ────────────────────────────────────────────────────────────────────

/** The fields of a flat object item, nested objects opened: a table's columns. `undefined` when an item is not flat. */
function columnsOf(field: InputField, path: readonly string[] = []): { readonly path: readonly string[]; readonly field: InputField }[] | undefined {
  if (field.kind !== "object") return undefined;
  const columns: { path: readonly string[]; field: InputField }[] = [];
  for (const { key, field: inner } of field.fields) {
    if (inner.kind === "object") {
      const nested = columnsOf(inner, [...path, key]);
      if (nested === undefined) return undefined;
      columns.push(...nested);
    } else if (inner.kind === "list" || inner.kind === "pairs" || inner.kind === "variants" || inner.kind === "any") {
      return undefined;
    } else if ((inner.kind === "nullable" || inner.kind === "optional" || inner.kind === "either") && alternativesOf(inner, DUMMY).some((a) => a.kind === "given" && !["text", "date", "month", "count"].includes(a.field.kind))) {
      return undefined;
    } else {
      columns.push({ path: [...path, key], field: inner });
    }
  }
  return columns;
}

/** A context only for reading a field's ways, which needs no words. */
const DUMMY: FormContext = {
  locale: "zh-CN",
  words: () => "",
  get: () => undefined,
  set: () => undefined,
  changed: () => undefined,
  restructure: () => undefined,
  variantStart: () => undefined,
};

function itemsAt(path: Path, ctx: FormContext): unknown[] {
  const value = ctx.get(path);
  return Array.isArray(value) ? value : [];
}

function removeButton(path: Path, index: number, ctx: FormContext, optional: boolean): HTMLButtonElement {
  const button = h("button", { type: "button", class: "remove" }, ctx.words("workbench.remove"));
  button.addEventListener("click", () => {
    const items = itemsAt(path, ctx).filter((_, i) => i !== index);
    ctx.set(path, optional && items.length === 0 ? undefined : items);
    ctx.restructure();
  });
  return button;
}

function addButton(field: Extract<InputField, { kind: "list" }>, path: Path, ctx: FormContext): HTMLButtonElement {
  const button = h("button", { type: "button", class: "add", "data-add": renderPath(path) }, ctx.words("workbench.add"));
  button.addEventListener("click", () => {
    const items = itemsAt(path, ctx);
    ctx.set(path, [...items, nextItem(field.item, items.at(-1))]);
    ctx.restructure();
  });
  return button;
}

function listBox(field: Extract<InputField, { kind: "list" }>, path: Path, ctx: FormContext, optional: boolean): HTMLElement {
  const items = itemsAt(path, ctx);
  const columns = columnsOf(field.item);
  const label = fieldLabel(field.words, ctx.locale);
  if (columns !== undefined) {
    const head = h(
      "tr",
      {},
      h("th", { scope: "col", class: "n" }, ""),
      ...columns.map((column) => h("th", { scope: "col", title: fieldHelp(column.field.words, ctx.locale) }, fieldLabel(column.field.words, ctx.locale))),
      h("th", { scope: "col" }, ""),
    );
    const rows = items.map((_, index) =>
      h(
        "tr",
        {},
        h("td", { class: "n" }, String(index + 1)),
        ...columns.map((column) => {
          const at = [...path, index, ...column.path];
          const words = `${fieldLabel(column.field.words, ctx.locale)}（${ctx.words("workbench.item", { number: index + 1 })}）`;
          return h("td", { "data-path": renderPath(at) }, control(column.field, at, ctx, freshId(), words));
        }),
        h("td", {}, removeButton(path, index, ctx, optional)),
      ),
    );
    return group(path, field.words, ctx, "list", h("div", { class: "table-wrap" }, h("table", { class: "items" }, h("thead", {}, head), h("tbody", {}, ...rows))), addButton(field, path, ctx));
  }
  const simple = field.item.kind !== "object" && field.item.kind !== "variants" && field.item.kind !== "list";
  const entries = items.map((_, index) => {
    const at = [...path, index];
    const itemWords = ctx.words("workbench.item", { number: index + 1 });
    if (simple) {
      return h("div", { class: "item simple", "data-path": renderPath(at) }, control(field.item, at, ctx, freshId(), `${label}（${itemWords}）`), removeButton(path, index, ctx, optional));
    }
    // A long item (a member's whole record) folds away; the first is open, and any the user opened stays open.
    const key = renderPath(at);
    const item = items[index];
    const id = isRecord(item) && typeof item["id"] === "string" && item["id"] !== "" ? item["id"] : undefined;
    const details = h(
      "details",
      { class: "item", "data-path": key, open: openItems.get(key) ?? index === 0 },
      h("summary", {}, id === undefined ? itemWords : `${itemWords}${CATALOGS[ctx.locale].explain.colon}${id}`),
      ...membersOf(field.item, at, ctx),
      removeButton(path, index, ctx, optional),
    );
    details.addEventListener("toggle", () => openItems.set(key, details.open));
    return details;
  });
  return group(path, field.words, ctx, "list", ...entries, addButton(field, path, ctx));
}

function pairsBox(field: Extract<InputField, { kind: "pairs" }>, path: Path, ctx: FormContext, optional: boolean): HTMLElement {
  const value = ctx.get(path);
  const entries = Object.entries(isRecord(value) ? value : {});
  const write = (next: readonly (readonly [string, unknown])[]): void => {
    ctx.set(path, optional && next.length === 0 ? undefined : Object.fromEntries(next));
  };
  const keyLabel = fieldLabel(field.key.words, ctx.locale);
  const valueLabel = fieldLabel(field.value.words, ctx.locale);
  const rows = entries.map(([key, linked], index) => {
    const keyInput = h("input", { type: "text", value: key, "aria-label": keyLabel });
    const valueInput = h("input", { type: "text", value: typeof linked === "string" ? linked : "", "aria-label": valueLabel });
    const update = (): void => {
      write(entries.map((entry, i) => (i === index ? [keyInput.value, valueInput.value] : entry)));
      ctx.changed();
    };
    keyInput.addEventListener("change", () => {
      update();
      ctx.restructure();
    });
    valueInput.addEventListener("input", update);
    const remove = h("button", { type: "button", class: "remove" }, ctx.words("workbench.remove"));
    remove.addEventListener("click", () => {
      write(entries.filter((_, i) => i !== index));
      ctx.restructure();
    });
    return h("tr", { "data-path": renderPath([...path, index]) }, h("td", {}, keyInput), h("td", {}, valueInput), h("td", {}, remove));
  });
  const add = h("button", { type: "button", class: "add", "data-add": renderPath(path) }, ctx.words("workbench.add"));
  add.addEventListener("click", () => {
    if (entries.some(([key]) => key === "")) return;
    write([...entries, ["", ""]]);
    ctx.restructure();
  });
  const head = h("tr", {}, h("th", { scope: "col", title: fieldHelp(field.key.words, ctx.locale) }, keyLabel), h("th", { scope: "col", title: fieldHelp(field.value.words, ctx.locale) }, valueLabel), h("th", {}, ""));
  return group(path, field.words, ctx, "list", h("table", { class: "items" }, h("thead", {}, head), h("tbody", {}, ...rows)), add);
}

// ── values to start from ─────────────────────────────────────────────────────

/** A value for a field newly asked: the first choice, no date yet (which the rule will point out), empty lists. */
export function defaultOf(field: InputField): unknown {
  switch (field.kind) {
    case "object":
      return Object.fromEntries(field.fields.flatMap(({ key, field: inner }) => (inner.kind === "optional" ? [] : [[key, defaultOf(inner)]])));
    case "variants": {
      const [first] = field.variants;
      return first === undefined ? {} : { [field.key]: first.value, ...Object.fromEntries(first.fields.flatMap(({ key, field: inner }) => (inner.kind === "optional" ? [] : [[key, defaultOf(inner)]]))) };
    }
    case "boolean":
      return false;
    case "count":
      return 0;
    case "choice":
      return field.values[0] ?? "";
    case "nullable":
      return null;
    case "optional":
      return undefined;
    case "either":
      return field.options[0] === undefined ? null : defaultOf(field.options[0]);
    case "list":
      return [];
    case "pairs":
      return {};
    case "any":
      return null;
    default:
      return "";
  }
}

function nextMonth(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
}

/** A list's next item: a copy of the last, a month the month after it; or a new item. */
function nextItem(field: InputField, last: unknown): unknown {
  if (last === undefined) return defaultOf(field);
  const copy = JSON.parse(JSON.stringify(last)) as unknown;
  if (field.kind === "object" && isRecord(copy)) {
    for (const { key, field: inner } of field.fields) {
      const value = copy[key];
      if (inner.kind === "month" && typeof value === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) copy[key] = nextMonth(value);
    }
  }
  return copy;
}

// ── problems at their fields ─────────────────────────────────────────────────

/**
 * Shows each problem of a refused input at its field: at the nearest part of the form that
 * holds its path, or above the form for a problem with the input as a whole. Returns how
 * many were shown at a field.
 */
export function showIssues(form: HTMLElement, issues: readonly InputIssue[], message: (issue: InputIssue) => string, elsewhereHeading: string): number {
  clearIssues(form);
  const boxes = new Map<string, HTMLElement>();
  for (const element of Array.from(form.querySelectorAll<HTMLElement>("[data-path]"))) {
    const at = element.getAttribute("data-path");
    if (at !== null && !boxes.has(at)) boxes.set(at, element);
  }
  const elsewhere: string[] = [];
  let atFields = 0;
  for (const issue of issues) {
    let target: HTMLElement | undefined;
    for (let length = issue.path.length; length > 0 && target === undefined; length -= 1) target = boxes.get(renderPath(issue.path.slice(0, length)));
    if (target === undefined) {
      elsewhere.push(message(issue));
      continue;
    }
    atFields += 1;
    // A problem inside a folded item opens it.
    for (let folded = target.closest("details"); folded !== null; folded = folded.parentElement?.closest("details") ?? null) folded.open = true;
    target.classList.add("invalid");
    for (const control of Array.from(target.querySelectorAll("input, select"))) control.setAttribute("aria-invalid", "true");
    append(target, h("p", { class: "field-error", role: "alert", "data-error-for": renderPath(issue.path) }, message(issue)));
  }
  const top = form.querySelector(".form-errors");
  if (top !== null && elsewhere.length > 0) {
    append(top, h("p", {}, elsewhereHeading), h("ul", {}, ...elsewhere.map((text) => h("li", { class: "field-error" }, text))));
  }
  return atFields;
}

/** Takes away the problems shown. */
export function clearIssues(form: HTMLElement): void {
  for (const element of Array.from(form.querySelectorAll(".field-error"))) element.remove();
  for (const element of Array.from(form.querySelectorAll(".invalid"))) element.classList.remove("invalid");
  for (const element of Array.from(form.querySelectorAll("[aria-invalid]"))) element.removeAttribute("aria-invalid");
  const top = form.querySelector(".form-errors");
  if (top !== null) top.textContent = "";
}
