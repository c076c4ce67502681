/**
 * Writes `src/decision/fingerprints.ts`: the library's name and version (from
 * package.json) and the SHA-256 fingerprints of the opinion's text and of the
 * interpretation registry that every decision records. Run after changing either, and
 * after a version bump (`npm run fingerprints`); a test fails until it is run.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { interpretationsSource, opinionSource } from "../src/decision/fingerprint-source.js";

export function fingerprint(source: string): string {
  return createHash("sha256").update(source, "utf8").digest("hex").slice(0, 16);
}

export function fingerprintsFile(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };
  return `// Written by \`npm run fingerprints\` (.config/fingerprints.ts); do not edit by hand.
/**
 * The library and the texts every decision is made under.
 * @module
 */
import type { DecidedBy, Fingerprints } from "./decision.js";

/** This library's version. @internal */
export const LIBRARY_VERSION = ${JSON.stringify(pkg.version)};

/** This library, as a decision records it: its name and version, \`name@version\`. @internal */
export const LIBRARY: DecidedBy = ${JSON.stringify(`${pkg.name}@${pkg.version}`)};

/** The fingerprints of the opinion's text and of the interpretation registry: the first 16 hexadecimal digits of each one's SHA-256. @internal */
export const FINGERPRINTS: Fingerprints = Object.freeze({
  opinion: ${JSON.stringify(fingerprint(opinionSource()))},
  interpretations: ${JSON.stringify(fingerprint(interpretationsSource()))},
});
`;
}

if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  writeFileSync(new URL("../src/decision/fingerprints.ts", import.meta.url), fingerprintsFile());
}
