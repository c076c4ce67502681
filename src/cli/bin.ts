#!/usr/bin/env node
/**
 * The program: `mobile-member-rules …`. Help and the version are answered here, without
 * loading the rules; `roster`, which runs asynchronously, loads its own module
 * (`roster-command.ts`); every other command loads the command line (`main.ts`) first.
 *
 * @module
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HELP } from "./help.js";
import { LIBRARY_VERSION } from "../decision/fingerprints.js";

/** Whether this module is the program being run (and not imported, by a test say). */
function isProgram(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    // `npx` and `node_modules/.bin` run the command through a link.
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** A writer that stops quietly once the reader has gone (`check … | head`), instead of dying on EPIPE. */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

/** The answer that needs no rules, or `undefined`: a lone `--help`/`-h` or `--version`. */
function quickAnswer(argv: readonly string[]): string | undefined {
  if (argv.length !== 1) return undefined;
  if (argv[0] === "--help" || argv[0] === "-h") return HELP;
  if (argv[0] === "--version") return `${LIBRARY_VERSION}\n`;
  return undefined;
}

/** The options of every command that take a value: the command is the first argument that is neither one of them nor its value. */
const VALUE_OPTIONS: ReadonlySet<string> = new Set(["--lang", "--options", "--as-of", "--format", "--encoding", "--out", "--readings"]);

/** Where the command is among the arguments, found without loading any command. */
function commandIndex(argv: readonly string[]): number | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === "--") return undefined;
    if (arg.startsWith("-") && arg !== "-") {
      if (VALUE_OPTIONS.has(arg)) index += 1;
      continue;
    }
    return index;
  }
  return undefined;
}

if (isProgram()) {
  const argv = process.argv.slice(2);
  const quick = quickAnswer(argv);
  const at = commandIndex(argv);
  if (quick !== undefined) process.stdout.write(quick);
  else if (at !== undefined && argv[at] === "roster") {
    const { rosterCommand } = await import("./roster-command.js");
    const io = { out: writerTo(process.stdout), err: writerTo(process.stderr), cwd: process.cwd(), progress: process.stderr.isTTY ? process.stderr : undefined };
    process.exitCode = await rosterCommand([...argv.slice(0, at), ...argv.slice(at + 1)], io);
  } else {
    const { main } = await import("./main.js");
    process.exitCode = main(argv, { out: writerTo(process.stdout), err: writerTo(process.stderr), cwd: process.cwd() });
  }
}
