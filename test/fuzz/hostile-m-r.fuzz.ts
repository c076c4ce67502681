/** The hostile fuzz suite (see hostile-suite.ts) for the exports named m to r. */
import { hostileSuite } from "./hostile-suite.js";

hostileSuite((name) => name.localeCompare("m") >= 0 && name.localeCompare("s") < 0, false);
