// TypeDoc options. Paths are relative to this file.
import { OptionDefaults } from "typedoc";

/** @type {Partial<import("typedoc").TypeDocOptions>} */
const config = {
  name: "mobile-member-rules",
  entryPoints: ["../src/index.ts"],
  tsconfig: "../tsconfig.json",
  out: "../docs/api",
  readme: "../README.md",
  // blockTags replaces the defaults: extend them, or every standard tag becomes unknown.
  blockTags: [...OptionDefaults.blockTags, "@clause"],
  excludeInternal: true,
  excludePrivate: true,
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
  validation: { notExported: true, invalidLink: true, invalidPath: true, notDocumented: true },
  sort: ["source-order"],
  // There is no public repository to link sources to yet.
  disableSources: true,
};

export default config;
