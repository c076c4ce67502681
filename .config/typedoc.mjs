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
    "../docs/workbench.md",
  ],
  // The search reads comments and documents too, where the clauses' Chinese texts are
  // (typedoc-plugin.mjs indexes their Chinese words).
  searchInComments: true,
  searchInDocuments: true,
  // blockTags replaces the defaults: extend them, or every standard tag becomes unknown.
  blockTags: [...OptionDefaults.blockTags, "@clause"],
  // Documents would otherwise make TypeDoc wrap the single entry point in a module.
  alwaysCreateEntryPointModule: false,
  excludeInternal: true,
  excludePrivate: true,
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
  // notDocumented is the plugin's (typedoc-plugin.mjs): every export and every member of a
  // declared type, not each field of a type TypeScript infers.
  // The named parameters of the rules' steps: part of each rule's module, shown in the
  // catalog's type where a step's words are written.
  intentionallyNotExported: [
    "REGISTRY",
    "CaseWording",
    "ObligationStepParams",
    "Conclusion",
    "Place",
    "LengthWords",
    "PlacementDateField",
    "Absorption",
    "CorrectionTerm",
    "AwayOfficers",
    "Spread",
    "OwnLink",
    // The impact page's counts, in the parameters of its report.* words.
  ],
  validation: { notExported: true, invalidLink: true, invalidPath: true, notDocumented: false },
  sort: ["source-order"],
  // There is no public repository to link sources to yet.
  disableSources: true,
};

export default config;
