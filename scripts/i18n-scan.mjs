// Finds English written straight into components instead of the message files
// (lib/i18n/messages): JSX text, user-facing attributes (aria-label, placeholder,
// title, alt…) and label-like object properties ({ label: "Home" }, metadata titles).
// `node scripts/i18n-scan.mjs [files or folders…]` prints each finding; with no
// argument it scans app/ and components/. lib/i18n/messages.test.ts runs it in npm test.
// A line that is meant to stay as is (a brand, a code sample) says `i18n-ignore`.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-valuetext", "aria-roledescription", "placeholder", "title", "alt", "label"]);
const PROPERTIES = new Set(["title", "description", "label", "placeholder", "ariaLabel", "message", "error", "hint", "empty", "heading", "text", "caption"]);
/** Words that are the same in every language Chorus speaks. */
const NAMES = /\b(?:Chorus|ActivityPub|Mastodon|Fediverse|WebFinger|oEmbed|RSS|ICS|JSON|JSON-LD|URL|HTTPS?|SMTP|CSV|ZIP|MP3|FLAC|WAV|AAC|Opus|WebP|AVIF|PNG|JPEG|GIF|SVG|ID|OK|iCal|EPK|ISRC|UPC|LUFS|dB|kbps|kHz|MB|KB|GB|px|ms|s|min|h|x|DJ|EP|LP|Bandcamp|Spotify|SoundCloud|YouTube|Instagram|TikTok)\b/g;

/** Text a reader would read: at least one word of two letters once names are set aside. */
export function isProse(text) {
  return /\p{L}{2,}/u.test(text.replace(NAMES, ""));
}

function ignored(source, node) {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  const lines = source.text.split("\n");
  return /i18n-ignore/.test(lines[line] ?? "") || /i18n-ignore/.test(lines[line - 1] ?? "");
}

/** A string that ends up as a child of a JSX element through a ternary, `??`, `||` or `&&` ({done ? "Saved" : "Save"}). */
function shownByJsx(node) {
  let child = node;
  let parent = node.parent;
  let branched = false;
  while (parent && (ts.isConditionalExpression(parent) || ts.isParenthesizedExpression(parent) || (ts.isBinaryExpression(parent) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(parent.operatorToken.kind)))) {
    if (ts.isConditionalExpression(parent) && parent.condition === child) return false;
    branched = true;
    child = parent;
    parent = parent.parent;
  }
  return (branched || ts.isTemplateExpression(node)) && !!parent && ts.isJsxExpression(parent) && (ts.isJsxElement(parent.parent) || ts.isJsxFragment(parent.parent) || (ts.isJsxAttribute(parent.parent) && ATTRIBUTES.has(parent.parent.name.getText())));
}

/** Findings in one file's source: [{ line, text }]. */
export function scanSource(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const report = (node, value) => {
    if (!ignored(source, node)) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: value.trim().slice(0, 80) });
  };
  const visit = (node) => {
    if (ts.isJsxText(node)) {
      if (isProse(node.text)) report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) && ts.isJsxElement(node.parent)) {
      if (isProse(node.expression.text)) report(node, node.expression.text);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && shownByJsx(node)) {
      const value = ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ") : node.text;
      if (isProse(value)) report(node, value);
    } else if (ts.isJsxAttribute(node) && ATTRIBUTES.has(node.name.getText(source))) {
      const init = node.initializer;
      const literal = init && ts.isStringLiteral(init) ? init : init && ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)) ? init.expression : null;
      if (literal && isProse(literal.text)) report(node, literal.text);
    } else if (ts.isPropertyAssignment(node) && PROPERTIES.has(node.name.getText(source)) && (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))) {
      // "Home", "Sign in to follow": a sentence or a capitalised word, not a token like "polite" or "error".
      const value = node.initializer.text;
      if (isProse(value) && (/\s/.test(value.trim()) || /^\p{Lu}/u.test(value))) report(node, value);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function filesUnder(target) {
  const stat = fs.statSync(target);
  if (stat.isFile()) return /\.tsx$/.test(target) && !/\.test\.tsx$/.test(target) ? [target] : [];
  return fs.readdirSync(target).flatMap((entry) => filesUnder(path.join(target, entry)));
}

/** Every finding under these files or folders: { file: [{ line, text }] }. */
export function scan(targets = ["app", "components"]) {
  const out = {};
  for (const file of targets.flatMap(filesUnder).sort()) {
    const found = scanSource(file, fs.readFileSync(file, "utf8"));
    if (found.length) out[file] = found;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = scan(process.argv.length > 2 ? process.argv.slice(2) : undefined);
  let count = 0;
  for (const [file, found] of Object.entries(results)) for (const f of found) {
    count++;
    console.log(`${file}:${f.line}  ${f.text}`);
  }
  console.log(`${count} untranslated text${count === 1 ? "" : "s"} in ${Object.keys(results).length} file${Object.keys(results).length === 1 ? "" : "s"}`);
}
