// Message trees cut to what a screen's client components read, and put together again in the browser
// (no import of the message files here: components/i18n/add-messages.tsx runs in the browser).

export type Tree = { [key: string]: string | Tree };

/** Only these paths of a message tree ("studio.team" keeps that branch of the studio namespace). */
export function pickPaths(messages: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const path of paths) {
    const parts = path.split(".");
    let source: string | Tree | undefined = messages;
    let target = out;
    parts.forEach((part, i) => {
      source = typeof source === "object" ? source[part] : undefined;
      if (source === undefined) throw new Error(`No message at ${path}`);
      if (i === parts.length - 1) target[part] = source;
      else target = (target[part] ??= {}) as Tree;
    });
  }
  return out;
}

/** Two message trees in one, the second's branches added to the first's (a layout's messages and a folder's). */
export function mergeMessages(base: Tree, added: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(added)) {
    const existing = out[key];
    out[key] = typeof existing === "object" && typeof value === "object" ? mergeMessages(existing, value) : value;
  }
  return out;
}
