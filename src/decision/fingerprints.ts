// Written by `npm run fingerprints` (.config/fingerprints.ts); do not edit by hand.
/**
 * The library and the texts every decision is made under.
 * @module
 */
import type { DecidedBy, Fingerprints } from "./decision.js";

/** This library's version. @internal */
export const LIBRARY_VERSION = "0.1.0";

/** This library, as a decision records it: its name and version, `name@version`. @internal */
export const LIBRARY: DecidedBy = "mobile-member-rules@0.1.0";

/** The fingerprints of the opinion's text and of the interpretation registry: the first 16 hexadecimal digits of each one's SHA-256. @internal */
export const FINGERPRINTS: Fingerprints = Object.freeze({
  opinion: "759582bc6c9cf1ff",
  interpretations: "21c9974c6802ae26",
});
