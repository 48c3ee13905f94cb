import { numberFormat } from "@/lib/intl";
import { createHash } from "node:crypto";
import { escapeHtml } from "@/lib/html";
import type { Locale } from "@/lib/i18n/locales";
import { embedTranslator } from "./language";

export type WidgetStyle = "basic" | "detailed";
export type WidgetTheme = "light" | "dark";
export type WidgetParams = { style: WidgetStyle; theme: WidgetTheme; showCount: boolean };

/** Unknown or malformed parameters fall back to defaults: an embed never breaks. */
export function parseWidgetParams(search: URLSearchParams): WidgetParams {
  const style = search.get("style") === "detailed" ? "detailed" : "basic";
  const theme = search.get("theme") === "dark" ? "dark" : "light";
  const rawCount = (search.get("show-count") ?? "1").toLowerCase();
  const showCount = !["0", "false", "no", "off"].includes(rawCount);
  return { style, theme, showCount };
}

export type WidgetProfile = { handle: string; name: string; followerCount: number; avatarUrl: string | null; kind: string };

const compact = (n: number, locale: Locale) => numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(n);

// The one inline script: open the first-party popup, and listen for its answer.
// It reads no cookie and stores nothing. Its words come from the button (data-on,
// data-off) and its number format from the document's language, so one script
// (one CSP hash) serves every language.
export const WIDGET_SCRIPT = `(function(){var b=document.getElementById("b"),c=document.getElementById("c"),h=b.getAttribute("data-h"),o="";try{o=location.ancestorOrigins&&location.ancestorOrigins[0]||(document.referrer?new URL(document.referrer).origin:"")}catch(e){}if(o)b.href+="&origin="+encodeURIComponent(o);b.addEventListener("click",function(e){var p=window.open(b.href,"chorus_follow","popup,width=460,height=620");if(p){e.preventDefault();p.focus()}});addEventListener("message",function(e){var d=e.data;if(e.origin!==location.origin||!d||d.type!=="chorus:follow"||d.handle!==h)return;b.textContent=b.getAttribute(d.following?"data-on":"data-off");b.className=d.following?"on":"";if(c&&typeof d.followerCount=="number")c.textContent=new Intl.NumberFormat(document.documentElement.lang||"en",{notation:"compact",maximumFractionDigits:1}).format(d.followerCount)})})();`;

export const WIDGET_SCRIPT_HASH = `'sha256-${createHash("sha256").update(WIDGET_SCRIPT).digest("base64")}'`;

function css(theme: WidgetTheme, style: WidgetStyle): string {
  const dark = theme === "dark";
  const fg = dark ? "#f2f2f7" : "#14141a";
  const muted = dark ? "#a0a0b2" : "#5f5f6e";
  const card = dark ? "#15151c" : "#fff";
  const line = dark ? "#2a2a36" : "#e4e4ea";
  return (
    `*{box-sizing:border-box;margin:0}html,body{background:transparent;overflow:hidden}` +
    `body{font:600 13px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:${fg};padding:2px}` +
    `a#b{display:inline-flex;align-items:center;height:28px;padding:0 14px;border-radius:14px;background:#6a35f0;color:#fff;text-decoration:none;white-space:nowrap}` +
    `a#b:hover{background:#7c4dff}a#b.on{background:${card};color:${fg};box-shadow:inset 0 0 0 1px ${line}}a#b:focus-visible{outline:2px solid #9d7dff;outline-offset:2px}` +
    `.r{display:flex;align-items:center;gap:8px}.n{color:${muted};font-weight:500;white-space:nowrap}` +
    (style === "detailed"
      ? `.d{display:flex;align-items:center;gap:10px;height:72px;padding:8px 10px;border-radius:14px;background:${card};box-shadow:inset 0 0 0 1px ${line}}` +
        `.d img,.d i{width:52px;height:52px;border-radius:50%;flex:none;object-fit:cover;background:#7c4dff}.t{min-width:0;flex:1}` +
        `.t>b,.t>span{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.t>b{font-size:14px}.t>span{font-size:12px}`
      : "")
  );
}

function page(title: string, theme: WidgetTheme, style: WidgetStyle, body: string, script: boolean, locale: Locale): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${css(theme, style)}</style></head><body>${body}${script ? `<script>${WIDGET_SCRIPT}</script>` : ""}</body></html>`;
}

/** The whole widget document in one language, hand-written and escaped: no framework runtime. */
export function renderFollowWidget(profile: WidgetProfile, params: WidgetParams, chorusOrigin: string, locale: Locale = "en"): string {
  const t = embedTranslator(locale);
  const handle = escapeHtml(profile.handle);
  const name = escapeHtml(profile.name);
  const intent = `${chorusOrigin}/intent/follow?handle=${encodeURIComponent(profile.handle)}`;
  const follow = escapeHtml(t("follow"));
  const button = `<a id="b" href="${escapeHtml(intent)}" target="_blank" rel="noopener" data-h="${handle}" data-on="${escapeHtml(t("following"))}" data-off="${follow}" title="${escapeHtml(t("followTitle", { name: profile.name }))}">${follow}</a>`;
  // "<c>12.3K</c> followers": the widget script updates the number inside <span id="c">.
  // t.markup inserts values as they are: only escaped text goes in.
  const followers = t.markup("followers", { count: profile.followerCount, formatted: escapeHtml(compact(profile.followerCount, locale)), c: (chunks) => `<span id="c">${chunks}</span>` });
  const count = params.showCount ? `<span class="n">${followers}</span>` : "";
  const profileUrl = escapeHtml(`${chorusOrigin}/@${profile.handle}`);
  const body =
    params.style === "detailed"
      ? `<div class="d">${profile.avatarUrl ? `<img src="${escapeHtml(profile.avatarUrl)}?w=96" alt="" width="52" height="52">` : "<i></i>"}<div class="t"><b><a href="${profileUrl}" target="_blank" rel="noopener" style="color:inherit;text-decoration:none">${name}</a></b><span class="n">${params.showCount ? followers : `@${handle}`}</span></div>${button}</div>`
      : `<div class="r">${button}${count}</div>`;
  return page(t("followTitle", { name: profile.name }), params.theme, params.style, body, true, locale);
}

/** A widget that cannot show a profile: `message` is already in `locale`. */
export function renderWidgetError(params: WidgetParams, chorusOrigin: string, message: string, locale: Locale = "en"): string {
  const body = `<div class="r"><a href="${escapeHtml(chorusOrigin)}" target="_blank" rel="noopener" class="n" style="text-decoration:none">♪ ${escapeHtml(message)}</a></div>`;
  return page("Chorus", params.theme, "basic", body, false, locale);
}

export function etagOf(html: string): string {
  return `"${createHash("sha1").update(html).digest("base64url")}"`;
}
