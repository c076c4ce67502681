// @ts-check
/**
 * After `typedoc`: the API site's search finds Chinese words of the clauses' texts and of the
 * documents, as a reader types them (TypeDoc's own query, `*word*`), not only names.
 */
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import lunr from "lunr";

const script = readFileSync(new URL("../docs/api/assets/search.js", import.meta.url), "utf8");
const encoded = /window\.searchData = "([^"]*)"/u.exec(script)?.[1];
if (encoded === undefined) throw new Error("docs/api/assets/search.js holds no search data");
const data = JSON.parse(inflateSync(Buffer.from(encoded, "base64")).toString("utf8"));
const index = lunr.Index.load(data.index);

/** Words a reader looks for, each with a page that must be among what the search finds. */
const WANTED = [
  ["党员证明信", "二（一）1"],
  ["流动党员活动证", "二（一）2"],
  ["组织关系介绍信", "二（一）1"],
  ["联络员", "三（二）1"],
  ["工作台", "工作台 · The workbench"],
];

let failed = 0;
for (const [word, page] of WANTED) {
  const names = index.search(`*${word}*`).map((result) => data.rows[Number(result.ref)].name);
  const found = names.some((name) => name.includes(page));
  console.log(`${found ? "✓" : "✗"} search "${word}": ${names.length} results${found ? "" : `, none of them ${page}`}`);
  if (!found) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
