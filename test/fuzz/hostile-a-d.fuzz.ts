/** The hostile fuzz suite (see hostile-suite.ts) for the exports named a to d, and `new RuleInputError`. */
import { hostileSuite } from "./hostile-suite.js";

hostileSuite((name) => name.localeCompare("e") < 0, true);
