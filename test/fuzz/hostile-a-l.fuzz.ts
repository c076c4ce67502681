/** The hostile fuzz suite (see hostile-suite.ts) for the exports named a to l, and the error's constructor. */
import { hostileSuite } from "./hostile-suite.js";

hostileSuite((name) => name.localeCompare("m") < 0, true);
