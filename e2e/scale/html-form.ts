/**
 * What a browser without JavaScript does with a form: read its fields from the
 * page's HTML and post them back. Lets one test act as fifty buyers over plain
 * HTTP (every Chorus form works without JavaScript), without fifty browsers.
 */

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=/<>"']+)(?:="([^"]*)")?/g)) out[m[1].toLowerCase()] = decodeEntities(m[2] ?? "");
  return out;
}

export type HtmlForm = { action: string; fields: [string, string][]; buttons: Record<string, string>[] };

/** The forms of a page, with the values a browser would send (checked boxes, selected options, filled inputs). */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const body = m[2];
    const fields: [string, string][] = [];
    const buttons: Record<string, string>[] = [];
    for (const tag of body.matchAll(/<(input|select|textarea|button)\b([^>]*)>([\s\S]*?<\/\1>)?/gi)) {
      const kind = tag[1].toLowerCase();
      const a = attributes(tag[2]);
      if (kind === "button") {
        buttons.push({ ...a, text: decodeEntities((tag[3] ?? "").replace(/<[^>]+>/g, "").replace(/<\/button>$/i, "")).trim() });
        continue;
      }
      if (!a.name || "disabled" in a) continue;
      if (kind === "input") {
        const type = (a.type ?? "text").toLowerCase();
        if (type === "submit" || type === "file" || ((type === "checkbox" || type === "radio") && !("checked" in a))) continue;
        fields.push([a.name, a.value ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
      } else if (kind === "select") {
        const options = [...(tag[3] ?? "").matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map((o): Record<string, string> => ({ ...attributes(o[1]), text: decodeEntities(o[2]) }));
        const chosen = options.find((o) => "selected" in o) ?? options[0];
        if (chosen) fields.push([a.name, chosen.value ?? chosen.text]);
      } else fields.push([a.name, decodeEntities((tag[3] ?? "").replace(/<\/textarea>$/i, ""))]);
    }
    forms.push({ action: attributes(m[1]).action ?? "", fields, buttons });
  }
  return forms;
}

/** The form whose submit button reads `buttonText`, its fields overridden by `values`, as the browser would send it. */
export function submission(html: string, buttonText: string, values: Record<string, string> = {}): FormData {
  const form = parseForms(html).find((f) => f.buttons.some((b) => b.text === buttonText));
  if (!form) throw new Error(`No form with a "${buttonText}" button on this page`);
  const button = form.buttons.find((b) => b.text === buttonText)!;
  const data = new FormData();
  const seen = new Set<string>();
  for (const [name, value] of form.fields) {
    if (name in values) {
      if (!seen.has(name)) data.append(name, values[name]);
      seen.add(name);
    } else data.append(name, value);
  }
  for (const [name, value] of Object.entries(values)) if (!seen.has(name)) data.append(name, value);
  if (button.name) data.append(button.name, button.value ?? "");
  return data;
}
