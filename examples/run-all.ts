/**
 * Runs every example in this folder, in name order: `npm run examples`.
 * Each example prints its decisions and explanations when it is loaded.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const folder = fileURLToPath(new URL(".", import.meta.url));
const examples = readdirSync(folder)
  .filter((name) => /^\d+-.*\.ts$/.test(name))
  .sort();

for (const name of examples) {
  console.log(`\n${"=".repeat(72)}\n${name}\n${"=".repeat(72)}`);
  await import(pathToFileURL(`${folder}${name}`).href);
}
console.log(`\n${examples.length} examples ran.`);
