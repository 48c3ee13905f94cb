import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientReads, isCovered } from "./client-reads";
import { clientMessages, LOCALES, messagesFor, SEGMENT_MESSAGES, type Segment } from "./locales";
import { mergeMessages, pickPaths } from "./message-tree";

/**
 * Each layout group sends its client components only the messages they read, and some
 * folders add their own (SEGMENT_MESSAGES). This finds what each client component reads
 * (lib/i18n/client-reads.ts), follows its imports up to the route files that render it,
 * and fails when one of those routes does not send it: the component would show its keys
 * instead of words.
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
const EN = messagesFor("en") as unknown as Record<string, unknown>;
function exists(path: string): boolean {
  let node: unknown = EN;
  for (const part of path.split(".")) {
    if (!node || typeof node !== "object" || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

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
    const paths = clientReads(text, exists);
    if (paths.size) reads.set(file, paths);
  }
  return { importers, imports, reads, client, serverActions };
}

/** The message paths sent to client components rendered by a file at this path. */
function sentAt(file: string): Set<string> {
  const sent = new Set<string>();
  for (const [folder, paths] of Object.entries(SEGMENT_MESSAGES)) if (file.startsWith(`${folder}/`)) paths.forEach((p) => sent.add(p));
  return sent;
}

describe("messages sent with each screen", () => {
  it("finds the paths a component reads: literal keys, template prefixes, whole namespaces for computed keys", () => {
    const has = (path: string) => ["studio.team.role", "studio.roles", "studio.team", "player.buttons.play"].some((p) => p === path || p.startsWith(`${path}.`));
    const text = `
      function A() { const t = useTranslations("studio"); return [t("team.role"), t(\`roles.\${r}.name\`), t.rich("team")]; }
      function B() { const t = useTranslations("studio.team"); return t("role"); }
      function C() { const tp = useTranslations("player"); return [tp(KEYS[k]), tp(on ? "buttons.play" : "buttons.pause", { x }), parts.map((t, i) => t)]; }`;
    expect([...clientReads(text, has)].sort()).toEqual(["player", "player.buttons.pause", "player.buttons.play", "studio.roles", "studio.team", "studio.team.role"]);
    expect(isCovered("studio.team.role", ["studio.team"])).toBe(true);
    expect(isCovered("studio.teams", ["studio.team"])).toBe(false);
  });

  it("every client component that reads messages is rendered only where they are sent", () => {
    const { importers, reads, client } = graph();
    const missing: string[] = [];
    for (const [file, paths] of reads) {
      // A server component reads its messages on the server; a shared one counts once a client component imports it.
      const isClient = (f: string) => client.has(f);
      for (const read of paths) {
        const seen = new Set<string>();
        const walk = (current: string, chain: string[], inClient: boolean) => {
          const visit = `${current}|${inClient}`;
          if (seen.has(visit)) return;
          seen.add(visit);
          // Checked where a route renders it: its page, layout or special file, whose folder decides what is sent.
          if (inClient && ROUTE_FILE.test(current) && !isCovered(read, sentAt(current))) missing.push(`${read}: ${[...chain, current].join(" ← ")}`);
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

  it("cuts a message tree to the paths sent and puts two together again", () => {
    const messages = { a: { x: "1", y: { z: "2", w: "3" } }, b: "4", c: { q: "5" } };
    expect(pickPaths(messages, ["a.y.z", "b"])).toEqual({ a: { y: { z: "2" } }, b: "4" });
    expect(() => pickPaths(messages, ["a.nope"])).toThrow("a.nope");
    expect(mergeMessages({ a: { x: "1" }, b: "4" }, { a: { y: { z: "2" } }, c: { q: "5" } })).toEqual({ a: { x: "1", y: { z: "2" } }, b: "4", c: { q: "5" } });
  });

  it("every path a screen sends exists in every language, and server-only messages stay on the server", () => {
    for (const locale of LOCALES) {
      for (const segment of Object.keys(SEGMENT_MESSAGES) as Segment[]) {
        const tree = clientMessages(messagesFor(locale), segment);
        expect(Object.keys(tree).length, `${locale} ${segment}`).toBeGreaterThan(0);
        // Rendered only by the server: a page's headings, Studio's numbers, the notification texts.
        for (const serverOnly of ["notifications", "errors", "audit", "embed", "search"]) expect(tree[serverOnly], `${locale} ${segment}`).toBeUndefined();
      }
      expect(clientMessages(messagesFor(locale), "app/(main)/studio").studio).not.toHaveProperty("overview");
    }
  });
});
