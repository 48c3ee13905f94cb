/** Text split into plain runs and web addresses (http and https only; a trailing full stop or bracket is not part of one). */
export function splitLinks(text: string): { text: string; url?: string }[] {
  const parts: { text: string; url?: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s<>"]+/gi)) {
    let raw = m[0];
    while (/[.,;:!?)\]'»”]$/.test(raw)) raw = raw.slice(0, -1);
    let url: string;
    try {
      url = new URL(raw).href;
    } catch {
      continue;
    }
    if (m.index! > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: raw, url });
    last = m.index! + raw.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** "bandcamp.com/name" is what people paste: it means https://bandcamp.com/name. */
export function withScheme(line: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(line) ? line : /^[\w-]+(\.[\w-]+)+(\/|$)/.test(line) ? `https://${line}` : line;
}
