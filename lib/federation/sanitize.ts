import sanitizeHtml from "sanitize-html";

/**
 * HTML from other servers, reduced to an allow-list before it is stored or
 * shown: paragraphs, line breaks, emphasis, lists, quotes and links (http(s)
 * only, opened in a new tab without a referrer or opener). Everything else,
 * scripts, styles, images, forms and event handlers, is dropped.
 */
export function sanitizeRemoteHtml(html: string | null | undefined, maxLength = 20_000): string {
  if (!html) return "";
  // Cut before sanitizing, never after: a cut in the output could leave an attribute open.
  return sanitizeHtml(html.slice(0, maxLength), {
    allowedTags: ["p", "br", "a", "span", "strong", "b", "em", "i", "u", "s", "del", "ul", "ol", "li", "blockquote", "code", "pre"],
    allowedAttributes: { a: ["href", "rel", "target"] },
    allowedSchemes: ["http", "https"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer ugc", target: "_blank" }, true) },
  });
}

/** Plain text (names, locations): no markup at all, whitespace collapsed. */
export function plainText(value: string | null | undefined, maxLength = 200): string {
  if (!value) return "";
  return sanitizeHtml(value, { allowedTags: [], allowedAttributes: {} }).replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, " ").trim().slice(0, maxLength);
}

/** An http(s) URL from a remote document, or null. */
export function safeUrl(value: URL | string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(String(value));
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}
