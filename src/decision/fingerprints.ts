// Written by `npm run fingerprints` (.config/fingerprints.ts); do not edit by hand.
/**
 * The library and the texts every decision is made under.
 * @module
 */
import type { DecidedBy, Fingerprints } from "./decision.js";

/** This library's name and version. @internal */
export const LIBRARY: DecidedBy = Object.freeze({ name: "mobile-member-rules", version: "0.1.0" });

/** The fingerprints of the opinion's text and of the interpretation registry. @internal */
export const FINGERPRINTS: Fingerprints = Object.freeze({
  opinion: "sha256:759582bc6c9cf1ff",
  interpretations: "sha256:21c9974c6802ae26",
});
