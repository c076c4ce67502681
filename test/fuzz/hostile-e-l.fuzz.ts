/** The hostile fuzz suite (see hostile-suite.ts) for the exports named e to l. */
import { hostileSuite } from "./hostile-suite.js";

hostileSuite((name) => name.localeCompare("e") >= 0 && name.localeCompare("m") < 0, false);
