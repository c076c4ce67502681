/**
 * Builds the workbench page once before the suite, as `npm run workbench` does, into
 * `docs/workbench/index.html`: the browser tests open it from there, and the command line
 * copies it from there when run from source.
 */
import { fileURLToPath } from "node:url";
import { buildWorkbench } from "../../src/workbench/build.js";

export const WORKBENCH_PAGE = fileURLToPath(new URL("../../docs/workbench/index.html", import.meta.url));

export default async function setup(): Promise<void> {
  await buildWorkbench(WORKBENCH_PAGE);
}
