/**
 * Which messages a client component reads, found in its source: each translator
 * (`const t = useTranslations("studio.team")`) joined with the keys it is called with.
 * A literal key gives its full path ("studio.team.inviteButton"), a template literal the
 * part before its first `${` ("studio.roles" for `roles.${r}.name`), `cond ? "a" : "b"`
 * both keys, and a key computed at run time the translator's whole namespace. Used by lib/i18n/client-messages.test.ts
 * to check that every screen sends what its client components read (SEGMENT_MESSAGES).
 */

const TRANSLATOR = /(?:const|let)\s+(\w+)\s*=\s*useTranslations\(\s*["']([A-Za-z.]+)["']\s*\)/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The part of a key known before it runs: `roles.${r}.name` gives "roles", `${k}` gives "". */
function knownPrefix(literal: string, quote: string): string {
  if (quote !== "`") return literal;
  const dynamic = literal.indexOf("${");
  if (dynamic < 0) return literal;
  const before = literal.slice(0, dynamic);
  return before.includes(".") ? before.slice(0, before.lastIndexOf(".")) : "";
}

/** The argument of the call whose "(" ends at `open`, up to its matching ")". */
function argumentAt(text: string, open: number): string {
  let depth = 1;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return text.slice(open, i);
  }
  return text.slice(open);
}

const CONDITIONAL = /^[^"'`]*\?\s*(["'])([\w.]+)\1\s*:\s*(["'])([\w.]+)\3\s*(?:,[\s\S]*)?$/;

/** The keys a call's argument can be: one literal, either side of `cond ? "a" : "b"`, or null when computed. */
function keysOf(text: string, match: RegExpMatchArray): string[] | null {
  if (match[1]) return [knownPrefix(match[2], match[1])];
  const conditional = argumentAt(text, match.index! + match[0].length).trim().match(CONDITIONAL);
  return conditional ? [conditional[2], conditional[4]] : null;
}

/**
 * The message paths `text` reads. `exists(path)` says whether a path is in the messages:
 * when a translator's name is used for two namespaces in one file, a key counts for the
 * namespace it is found in (both when found in both, the first when in neither).
 */
export function clientReads(text: string, exists: (path: string) => boolean): Set<string> {
  const namespaces = new Map<string, string[]>();
  for (const m of text.matchAll(TRANSLATOR)) {
    const list = namespaces.get(m[1]) ?? [];
    if (!list.includes(m[2])) list.push(m[2]);
    namespaces.set(m[1], list);
  }
  const reads = new Set<string>();
  for (const [name, list] of namespaces) {
    const call = new RegExp(`(?<![\\w.$])${escapeRegExp(name)}(?:\\.(?:rich|markup|raw|has))?\\(\\s*(?:(["'\`])((?:(?!\\1)[^\\\\]|\\\\.)*)\\1)?`, "g");
    for (const m of text.matchAll(call)) {
      for (const key of keysOf(text, m) ?? [""]) {
        const candidates = list.map((namespace) => (key ? `${namespace}.${key}` : namespace));
        const found = candidates.filter(exists);
        for (const path of found.length ? found : [candidates[0]]) reads.add(path);
      }
    }
  }
  return reads;
}

/** Whether `path` is sent when `sent` are: itself or a namespace above it. */
export function isCovered(path: string, sent: Iterable<string>): boolean {
  for (const s of sent) if (path === s || path.startsWith(`${s}.`)) return true;
  return false;
}
