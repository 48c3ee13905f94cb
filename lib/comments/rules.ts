/** Comment rules shared by the server and the comment box (client-safe). */

export const COMMENT_MAX = 1000;
/** An author may fix a comment for this long after posting it. */
export const EDIT_WINDOW_MS = 5 * 60_000;
/** At most this many people are told about one comment's mentions. */
export const MAX_MENTIONS = 10;

const MENTION = /(^|[^A-Za-z0-9_@/])@([A-Za-z0-9_]{3,30})\b/g;

/** The handles a comment mentions (each once, in order). */
export function mentionedHandles(body: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of body.matchAll(MENTION)) {
    const key = m[2].toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(m[2]);
    }
  }
  return out;
}

export type Segment = { text: string } | { handle: string };

/** Splits plain text into text and @mentions, for linking the mentions (nothing else is markup). */
export function commentSegments(body: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of body.matchAll(MENTION)) {
    const start = (m.index ?? 0) + m[1].length;
    if (start > last) out.push({ text: body.slice(last, start) });
    out.push({ handle: m[2] });
    last = start + 1 + m[2].length;
  }
  if (last < body.length) out.push({ text: body.slice(last) });
  return out;
}

export function mayStillEdit(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() <= EDIT_WINDOW_MS;
}


export function tidyComment(body: string): string {
  return body.trim().replace(/\r\n?/g, "\n").replace(/\n{3,}/g, "\n\n");
}
