/**
 * The words of the tools — the command line, the roster's reports, the workbench, the
 * scenario files' JSON Schema and the labels of the rules' input fields — beside the
 * library's own: {@link TOOL_CATALOGS}. Each locale's file gives both parts; this module,
 * which only the tools import, joins them, so that a program importing the library does
 * not carry the tools' words.
 *
 * @module
 */
import type { Bilingual, MessageId, Messages, StepFound, ToolCatalog, ToolMessageId, ToolMessages } from "./catalog.js";
import { deepFreeze } from "../frozen.js";
import { enTools } from "./en.js";
import { NOTHING_FOUND, say as sayInLibrary, type Locale, type ParamsArgument } from "./index.js";
import { zhCNTools } from "./zh-CN.js";

/**
 * The tools' words of every locale, by its tag: a locale of `CATALOGS` without its
 * line here does not compile.
 */
export const TOOL_CATALOGS = deepFreeze({
  "zh-CN": zhCNTools,
  en: enTools,
} as const satisfies { readonly [L in Locale]: ToolCatalog });

/** The id of any message, the library's or a tool's. */
export type AnyMessageId = MessageId | ToolMessageId;

/** The parameters of any message. */
type ParamsOf<Id extends AnyMessageId> = Id extends ToolMessageId ? ToolMessages[Id] : Id extends MessageId ? Messages[Id] : never;

/** The parameters of a message, as arguments: none for a message that takes none. */
export type AnyParamsArgument<Id extends AnyMessageId> = keyof ParamsOf<Id> extends never ? [params?: ParamsOf<Id>] : [params: ParamsOf<Id>];

/** A message, the library's or a tool's, in one locale: a tool's from its part, any other as the library says it. */
export function say<Id extends AnyMessageId>(locale: Locale, id: Id, ...[params]: AnyParamsArgument<Id>): string {
  const tools = TOOL_CATALOGS[locale].messages as unknown as Readonly<Record<string, (params: unknown, found: StepFound) => string>>;
  if (Object.hasOwn(tools, id)) return (tools[id] as (params: unknown, found: StepFound) => string)(params ?? {}, NOTHING_FOUND);
  return sayInLibrary(locale, id as MessageId, ...([params] as ParamsArgument<MessageId>));
}

/** A message, the library's or a tool's, in Chinese and English. */
export function bilingual<Id extends AnyMessageId>(id: Id, ...params: AnyParamsArgument<Id>): Bilingual {
  return { zh: say("zh-CN", id, ...params), en: say("en", id, ...params) };
}
