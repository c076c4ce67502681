/// <reference lib="dom" />
/**
 * Making the page's elements: text is always set as text, never parsed as markup, so
 * nothing a user or a scenario file wrote can become part of the page.
 *
 * @module
 */

/** What an element is made of: its attributes (`false` or `undefined` leaves one out) and its children. */
export type Attributes = { readonly [name: string]: string | number | boolean | undefined };
/** A child: an element, or text. */
export type Child = Node | string | null | undefined | false;

/** An element with attributes and children; a `string` child is a text node. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, ...children);
  return element;
}

/** Appends children, text as text. */
export function append(parent: Node, ...children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

let counter = 0;

/** An id for an element, unique on the page: what a label's `for` names. */
export function freshId(prefix = "f"): string {
  counter += 1;
  return `${prefix}${counter}`;
}

/** Offers `content` as a file named `name`, from a Blob URL: nothing leaves the computer. */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL is released later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
