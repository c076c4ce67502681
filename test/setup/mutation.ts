// Per mutant, fewer property runs: a mutant that survives 20 random cases and every
// example test is rare, and the full suite (100 runs per property) runs in CI.
import fc from "fast-check";

fc.configureGlobal({ numRuns: 20 });
