/**
 * The names of duties and of who bears them, in Chinese and English, read from the
 * catalogs: the bilingual tables the library exports are never written twice.
 *
 * @module
 */
import { termsInBothLanguages, type Bilingual } from "./index.js";
import type { DutyBearer, DutyId } from "../rules/duties.js";

/** The names of the bearers of duties, in Chinese and English. */
export const DUTY_BEARER_NAMES: { readonly [Bearer in DutyBearer]: Bilingual } = termsInBothLanguages("dutyBearers");

/** Each duty in words, in Chinese and English. */
export const DUTY_TEXTS: { readonly [Id in DutyId]: Bilingual } = termsInBothLanguages("duties");
