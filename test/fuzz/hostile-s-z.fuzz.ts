/** The hostile fuzz suite (see hostile-suite.ts) for the exports named s to z. */
import { hostileSuite } from "./hostile-suite.js";

hostileSuite((name) => name.localeCompare("s") >= 0, false);
