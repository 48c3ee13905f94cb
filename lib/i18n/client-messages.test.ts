import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEGMENT_NAMESPACES } from "./locales";

/**
 * Each layout group sends its client components only some namespaces, and some folders
 * add their own (SEGMENT_NAMESPACES). This follows the imports of every client component
 * that reads messages (useTranslations) up to the route files that render it, and fails
 * when one of those routes does not send the namespace: the component would show its
 * keys instead of words.
 */

const ROOT = process.cwd();
const SOURCE = /\.(tsx?)$/;
/** The files Next.js renders for a route (under app/). */
const ROUTE_FILE = /^app\/.*\/(?:page|layout|template|error|not-found|loading|default)\.tsx$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(rel);
    return SOURCE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

function resolve(from: string, specifier: string, known: Set<string>): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) if (known.has(candidate)) return candidate;
  return null;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const READS = /useTranslations\(\s*["'`]([A-Za-z]+)/g;

function graph() {
  const files = ["app", "components", "lib"].flatMap(sourceFiles);
  const known = new Set(files);
  const importers = new Map<string, Set<string>>();
  const imports = new Map<string, Set<string>>();
  const reads = new Map<string, Set<string>>();
  const client = new Set<string>();
  const serverActions = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    if (/^\s*["']use client["']/.test(text)) client.add(file);
    if (/^\s*["']use server["']/.test(text)) serverActions.add(file);
    imports.set(file, new Set());
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(file, m[1] ?? m[2], known);
      if (!target) continue;
      // `import type` is erased: nothing of the module is rendered or bundled.
      if (/^\s*(?:import|export)\s+type\s/.test(m[0])) continue;
      if (!importers.has(target)) importers.set(target, new Set());
      importers.get(target)!.add(file);
      imports.get(file)!.add(target);
    }
    const namespaces = new Set([...text.matchAll(READS)].map((m) => m[1]));
    if (namespaces.size) reads.set(file, namespaces);
  }
  return { importers, imports, reads, client, serverActions };
}

/** The namespaces sent to client components rendered by a file at this path. */
function sentAt(file: string): Set<string> {
  const sent = new Set<string>();
  for (const [folder, namespaces] of Object.entries(SEGMENT_NAMESPACES)) if (file.startsWith(`${folder}/`)) namespaces.forEach((n) => sent.add(n));
  return sent;
}

describe("messages sent with each screen", () => {
  it("every client component that reads a namespace is rendered only where that namespace is sent", () => {
    const { importers, reads, client } = graph();
    const missing: string[] = [];
    for (const [file, namespaces] of reads) {
      // A server component reads its messages on the server; a shared one counts once a client component imports it.
      const isClient = (f: string) => client.has(f);
      for (const namespace of namespaces) {
        const seen = new Set<string>();
        const walk = (current: string, chain: string[], inClient: boolean) => {
          const visit = `${current}|${inClient}`;
          if (seen.has(visit)) return;
          seen.add(visit);
          // Checked where a route renders it: its page, layout or special file, whose folder decides what is sent.
          if (inClient && ROUTE_FILE.test(current) && !sentAt(current).has(namespace)) missing.push(`${namespace}: ${[...chain, current].join(" ← ")}`);
          const above = [...(importers.get(current) ?? [])];
          for (const importer of above) walk(importer, [...chain, current], inClient || isClient(importer));
        };
        walk(file, [], isClient(file));
      }
    }
    expect(missing).toEqual([]);
  });

  it("no client component bundles the message files (every language of every namespace)", () => {
    const { imports, client, serverActions } = graph();
    const bundled: string[] = [];
    for (const start of client) {
      const seen = new Set<string>();
      const walk = (file: string, chain: string[]) => {
        if (seen.has(file)) return;
        seen.add(file);
        if (file === "lib/i18n/messages/index.ts") bundled.push([...chain, file].join(" → "));
        // A server action is a reference in the browser: its imports stay on the server.
        for (const next of imports.get(file) ?? []) if (!serverActions.has(next)) walk(next, [...chain, file]);
      };
      walk(start, []);
    }
    expect(bundled).toEqual([]);
  });
});
