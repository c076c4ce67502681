// Per mutant, fewer property runs: a mutant that survives 20 random cases and every
// example test is rare, and the full suite (100 runs per property) runs in CI.
//
// A fixed seed, because @fast-check/vitest names each property test "… (with seed=N)":
// with a new seed per run, the names StrykerJS recorded while measuring coverage no
// longer match when it runs a mutant, and the property tests silently do not run.
import fc from "fast-check";

fc.configureGlobal({ numRuns: 20, seed: 2013 });

// The fuzz suite reads its runs per property when it loads: a few per mutant.
process.env.FUZZ_RUNS ??= "50";
