/** The hostile fuzz suite (see hostile-suite.ts) for the exports named m to z. */
import { hostileSuite } from "./hostile-suite.js";

hostileSuite((name) => name.localeCompare("m") >= 0, false);
