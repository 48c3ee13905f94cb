/** RFC 5545 calendars for concerts (pure). */
export type IcsEvent = {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  url: string;
  description?: string;
  status?: "CONFIRMED" | "CANCELLED" | "TENTATIVE";
  /** Revision number (RFC 5545 §3.8.7.4): calendar apps replace an event when it grows. Default 0. */
  sequence?: number;
  updated: Date;
};

// Control characters other than the line breaks handled by escapeText (C0, DEL): a stray
// CR or NUL could otherwise end the property line and start a forged one.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** TEXT values (§3.3.11): backslash, semicolon and comma escaped; every line break (CRLF, CR, LF) is "\n". */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, "\n")
    .replace(CONTROL, "")
    .replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

/** URI values (§3.3.13) are not escaped: they may not contain control characters or line breaks at all. */
function uri(value: string): string {
  const stripped = value.replace(/[\u0000-\u001F\u007F]/g, "");
  try {
    return new URL(stripped).href;
  } catch {
    return stripped.replace(/\s/g, "%20");
  }
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

const sequenceOf = (n: number | undefined) => (n !== undefined && Number.isSafeInteger(n) && n >= 0 ? Math.min(n, 2_147_483_647) : 0);

/** Lines longer than 75 octets are folded with CRLF + space (§3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  if (Buffer.byteLength(line, "utf8") <= 75) return line;
  const out: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const bytes = Buffer.byteLength(ch, "utf8");
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (size + bytes > (out.length ? 74 : 75)) {
      out.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  out.push(current);
  return out.join("\r\n ");
}

export function buildCalendar(name: string, events: IcsEvent[]): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Chorus//Concerts//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(name)}`];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp(e.updated)}`,
      `DTSTART:${stamp(e.start)}`,
      `DTEND:${stamp(e.end)}`,
      `SEQUENCE:${sequenceOf(e.sequence)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `LOCATION:${escapeText(e.location)}`,
      `URL:${uri(e.url)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      `STATUS:${e.status ?? "CONFIRMED"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
