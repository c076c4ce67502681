// TypeDoc options. Paths are relative to this file.
import { OptionDefaults } from "typedoc";

/** @type {Partial<import("typedoc").TypeDocOptions>} */
const config = {
  name: "mobile-member-rules",
  entryPoints: ["../src/index.ts"],
  tsconfig: "../tsconfig.json",
  out: "../docs/api",
  readme: "../README.md",
  plugin: ["./typedoc-plugin.mjs"],
  projectDocuments: [
    "../docs/auditors-guide.md",
    "../docs/fidelity.md",
    "../docs/generated/opinion.md",
    "../docs/generated/interpretations.md",
    "../docs/generated/clause-coverage.md",
  ],
  // blockTags replaces the defaults: extend them, or every standard tag becomes unknown.
  blockTags: [...OptionDefaults.blockTags, "@clause"],
  // Documents would otherwise make TypeDoc wrap the single entry point in a module.
  alwaysCreateEntryPointModule: false,
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
