/**
 * Reading a `node --cpu-prof` profile: the functions and the modules that take the most
 * self time. A bundled function is named by the module it came from (the bundler marks
 * each module with a `// src/…` line), so the table names source modules, not bundle lines.
 */
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
}

/** A function's, or a module's, share of the samples. */
export interface HotSpot {
  readonly name: string;
  readonly module: string;
  /** Percent of the samples that were in this function itself (not in what it called). */
  readonly self: number;
  /** Percent of the samples that were in this function or in what it called (a recursive call counted once). */
  readonly total: number;
}

export interface ProfileSummary {
  readonly samples: number;
  /** The top functions by self time. */
  readonly functions: readonly HotSpot[];
  /** The top functions by total time, leaving out those under which nearly everything ran (the loop, the entry). */
  readonly totals: readonly HotSpot[];
  /** The top modules by self time. */
  readonly modules: readonly HotSpot[];
}

const MODULE_MARK = /^\/\/ ((?:src|node_modules|test)\/\S+)$/;

/** The module of each line of a bundle: the nearest `// src/…` mark above it. */
function moduleMarks(path: string): { readonly line: number; readonly module: string }[] {
  const marks: { line: number; module: string }[] = [];
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return marks;
  }
  text.split("\n").forEach((line, index) => {
    const mark = MODULE_MARK.exec(line.trim());
    if (mark?.[1] !== undefined) marks.push({ line: index, module: mark[1].replace(/^node_modules\//, "") });
  });
  return marks;
}

/** Summarizes a profile: the top functions and modules by self time. */
export function summarizeProfile(file: string, root: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const marksOf = new Map<string, ReturnType<typeof moduleMarks>>();
  const moduleOf = (url: string, line: number): string => {
    if (url === "") return "(V8)";
    if (!url.startsWith("file:")) return url;
    const path = fileURLToPath(url);
    let marks = marksOf.get(path);
    if (marks === undefined) {
      marks = moduleMarks(path);
      marksOf.set(path, marks);
    }
    let found: string | undefined;
    for (const mark of marks) {
      if (mark.line > line) break;
      found = mark.module;
    }
    if (found !== undefined) return found;
    // An installed package by its own path (node_modules may be a link elsewhere).
    const slashed = path.split(sep).join("/");
    const installed = slashed.lastIndexOf("/node_modules/");
    if (installed >= 0) return slashed.slice(installed + "/node_modules/".length);
    return relative(root, path).split(sep).join("/");
  };
  const byFunction = new Map<string, { name: string; module: string; hits: number; inclusive: number }>();
  const byModule = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const isChild = new Set(profile.nodes.flatMap((node) => node.children ?? []));
  let total = 0;
  const keyOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName === "" ? "(anonymous)" : functionName;
    const module = moduleOf(url, lineNumber);
    const key = `${name} ${module}`;
    if (!byFunction.has(key)) byFunction.set(key, { name, module, hits: 0, inclusive: 0 });
    return key;
  };
  // Depth first from the root, with the functions on the path: each sample counts once
  // for every distinct function on its stack (total), and for its own function (self).
  const path: string[] = [];
  const visit = (node: ProfileNode): void => {
    const hits = node.hitCount ?? 0;
    const { functionName, url } = node.callFrame;
    const counted = functionName !== "(idle)" && functionName !== "(root)" && functionName !== "(program)";
    const key = keyOf(node);
    path.push(key);
    if (hits > 0 && (counted || functionName === "(program)")) {
      total += hits;
      const own = byFunction.get(key);
      if (own !== undefined) own.hits += hits;
      for (const onPath of new Set(path)) {
        const entry = byFunction.get(onPath);
        if (entry !== undefined) entry.inclusive += hits;
      }
      const moduleKey = url === "" ? (byFunction.get(key)?.name ?? key) : (byFunction.get(key)?.module ?? key);
      byModule.set(moduleKey, (byModule.get(moduleKey) ?? 0) + hits);
    }
    for (const child of node.children ?? []) {
      const next = byId.get(child);
      if (next !== undefined) visit(next);
    }
    path.pop();
  };
  for (const node of profile.nodes) if (!isChild.has(node.id)) visit(node);
  const pct = (hits: number) => (100 * hits) / Math.max(total, 1);
  const spots = [...byFunction.values()]
    .filter((f) => f.name !== "(root)" && f.name !== "(idle)")
    .map((f) => ({ name: f.name, module: f.module, self: pct(f.hits), total: pct(f.inclusive) }));
  return {
    samples: total,
    functions: [...spots].sort((a, b) => b.self - a.self).slice(0, top),
    totals: spots
      .filter((f) => f.total < 90)
      .sort((a, b) => b.total - a.total)
      .slice(0, top),
    modules: [...byModule.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([module, hits]) => ({ name: module, module, self: pct(hits), total: pct(hits) })),
  };
}
