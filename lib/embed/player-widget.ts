import { createHash } from "node:crypto";
import { escapeHtml, jsonForScript } from "@/lib/html";
import type { Locale } from "@/lib/i18n/locales";
import { embedCsp } from "@/lib/security/headers";
import { embedTranslator } from "./language";

export type PlayerParams = { layout: "compact" | "large"; theme: "light" | "dark" };
export type PlayerTrack = { id: string; title: string; durationMs: number; audioUrl: string; peaks?: string | null };
export type PlayerData = { kind: "track" | "release" | "playlist"; title: string; artistName: string; artistHandle: string; coverUrl: string | null; pageUrl: string; tracks: PlayerTrack[] };

export function parsePlayerParams(search: URLSearchParams, kind: PlayerData["kind"]): PlayerParams {
  const layout = search.get("layout") === "large" || (kind !== "track" && search.get("layout") !== "compact") ? "large" : "compact";
  return { layout, theme: search.get("theme") === "dark" ? "dark" : "light" };
}

// Plain DOM player: one <audio>, play/pause, seek, time, track list; counts a play once per listen, and
// reports a counted play heard to the end and a track left after a second but before it counted (a skip).
// The play button's label comes from its data-play / data-pause ("Play %s"), in the document's language.
export const PLAYER_SCRIPT = `(function(){var D=JSON.parse(document.getElementById("d").textContent),a=document.getElementById("a"),p=document.getElementById("p"),s=document.getElementById("s"),t=document.getElementById("t"),n=document.getElementById("n"),W=document.getElementById("wv"),L=document.getElementById("wl"),i=0,heard=0,last=0,sent=0;function f(x){x=Math.max(0,Math.floor(x||0));return Math.floor(x/60)+":"+String(x%60).padStart(2,"0")}function dur(){var k=D.tracks[i];return isFinite(a.duration)&&a.duration>0?a.duration:k.durationMs/1e3}function src(u){return u+(u.indexOf("?")<0?"?":"&")+"fmt="+(a.canPlayType('audio/webm; codecs="opus"')?"opus":"aac")+"&q=high"}function wave(k){var pk=D.tracks[k].peaks,d="",n=1;if(pk){var b=atob(pk);n=b.length;for(var j=0;j<n;j++){var h=Math.max(.04,Math.sqrt(b.charCodeAt(j)/255));d+="M"+j+" "+(50-h*50).toFixed(1)+"h.7v"+(h*100).toFixed(1)+"h-.7z"}}W.className=pk?"wv":"wv np";var g=W.getElementsByTagName("path");for(var j=0;j<g.length;j++){g[j].setAttribute("d",d);g[j].parentNode.setAttribute("viewBox","0 0 "+n+" 100")}}function ui(){p.textContent=a.paused?"\\u25B6":"\\u275A\\u275A";p.setAttribute("aria-label",p.getAttribute(a.paused?"data-play":"data-pause").split("%s").join(D.tracks[i].title));s.max=Math.floor(dur());s.value=Math.floor(a.currentTime);t.textContent=f(a.currentTime)+" / "+f(dur());L.style.clipPath="inset(0 "+(100-Math.min(100,100*a.currentTime/dur()))+"% 0 0)"}function r(e){fetch("/api/plays",{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify({trackId:D.tracks[i].id,source:"embed",event:e}),credentials:"omit",keepalive:true}).catch(function(){})}function load(k,play){if(a.src&&!sent&&heard>=1)r("skip");i=k;heard=0;last=0;sent=0;a.src=src(D.tracks[k].audioUrl);wave(k);if(n)n.textContent=D.tracks[k].title;var q=document.querySelectorAll("[data-i]");for(var j=0;j<q.length;j++)q[j].setAttribute("aria-current",j===k?"true":"false");if(play)a.play();ui()}p.onclick=function(){a.src?(a.paused?a.play():a.pause()):load(0,1)};s.oninput=function(){if(!a.src)load(i,0);a.currentTime=+s.value;last=a.currentTime};a.ontimeupdate=function(){var d=a.currentTime-last;if(d>0&&d<1.5)heard+=d;last=a.currentTime;if(!sent&&heard>=Math.min(30,dur()/2)){sent=1;r("play")}ui()};var B=window.BroadcastChannel?new BroadcastChannel("chorus-playback"):null;if(B)B.onmessage=function(){a.paused||a.pause()};a.onplay=function(){if(B)B.postMessage({type:"playing"});ui()};a.onpause=a.onloadedmetadata=ui;a.onended=function(){if(sent)r("complete");i+1<D.tracks.length?load(i+1,1):ui()};document.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("[data-i]");if(b){e.preventDefault();load(+b.getAttribute("data-i"),1)}});load(0,0)})();`;
export const PLAYER_SCRIPT_HASH = `'sha256-${createHash("sha256").update(PLAYER_SCRIPT).digest("base64")}'`;

const fmt = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

function css(params: PlayerParams): string {
  const dark = params.theme === "dark";
  const bg = dark ? "#15151c" : "#fff";
  const fg = dark ? "#f2f2f7" : "#14141a";
  const muted = dark ? "#a0a0b2" : "#5f5f6e";
  const line = dark ? "#2a2a36" : "#e4e4ea";
  const wave = dark ? "#4a4a5c" : "#c9c9d4";
  const large = params.layout === "large";
  return (
    `*{box-sizing:border-box;margin:0;padding:0}html,body{height:100%;overflow:hidden}body{font:14px/1.3 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:${fg};background:${bg}}` +
    `a{color:inherit;text-decoration:none}a:hover{text-decoration:underline}.w{display:flex;gap:12px;padding:8px;height:${large ? "auto" : "80px"};align-items:${large ? "flex-start" : "center"}}` +
    `.c{width:${large ? 140 : 64}px;height:${large ? 140 : 64}px;border-radius:10px;object-fit:cover;flex:none;background:#7c4dff}.m{min-width:0;flex:1;display:flex;flex-direction:column;gap:4px}` +
    `.ti{font-weight:700;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-height:24px;line-height:24px}.ar{color:${muted};font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-height:24px;line-height:24px}` +
    `.r{display:flex;align-items:center;gap:8px}#p{width:34px;height:34px;border-radius:50%;border:0;background:#6a35f0;color:#fff;font-size:12px;cursor:pointer;flex:none}#p:hover{background:#7c4dff}` +
    `.wv{position:relative;flex:1;min-width:0;height:30px}.wv svg{position:absolute;inset:0;width:100%;height:100%;fill:${wave};pointer-events:none}.wv #wl{fill:#7c4dff}.wv:focus-within{outline:2px solid #9d7dff;outline-offset:2px}` +
    `#s{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer;accent-color:#7c4dff}.np svg{display:none}.np #s{opacity:1;height:auto;top:7px}#t{font-size:12px;color:${muted};font-variant-numeric:tabular-nums;white-space:nowrap}.lg{position:absolute;right:6px;top:4px;font-size:11px;color:${muted};min-height:24px;line-height:24px;padding:0 4px}` +
    `ol{list-style:none;border-top:1px solid ${line};margin:0 8px;max-height:220px;overflow:auto}ol a{display:flex;gap:8px;padding:7px 4px;border-bottom:1px solid ${line};font-size:13px}ol a[aria-current=true]{color:#7c4dff;font-weight:600}ol span:last-child{margin-left:auto;color:${muted}}` +
    `:focus-visible{outline:2px solid #9d7dff;outline-offset:2px}`
  );
}

/** The player document in one language. */
export function renderPlayer(data: PlayerData, params: PlayerParams, origin: string, locale: Locale = "en"): string {
  const t = embedTranslator(locale);
  const json = jsonForScript(data);
  const artistUrl = escapeHtml(`${origin}/@${data.artistHandle}`);
  const list =
    data.kind !== "track" && params.layout === "large"
      ? `<ol>${data.tracks.map((t, k) => `<li><a href="${escapeHtml(`${origin}/track/${t.id}`)}" data-i="${k}"><span>${k + 1}.</span><span>${escapeHtml(t.title)}</span><span>${fmt(t.durationMs)}</span></a></li>`).join("")}</ol>`
      : "";
  const nowPlaying = data.kind !== "track" ? `<div class="ar" id="n"></div>` : "";
  const body =
    `<div class="w" style="position:relative">${data.coverUrl ? `<img class="c" src="${escapeHtml(data.coverUrl)}" alt="">` : `<div class="c"></div>`}` +
    `<div class="m"><a class="ti" href="${escapeHtml(data.pageUrl)}" target="_blank" rel="noopener">${escapeHtml(data.title)}</a><a class="ar" href="${artistUrl}" target="_blank" rel="noopener">${escapeHtml(data.artistName)}</a>${nowPlaying}` +
    `<div class="r"><button id="p" type="button" aria-label="${escapeHtml(t("play"))}" data-play="${escapeHtml(t("playTrack", { title: "%s" }))}" data-pause="${escapeHtml(t("pauseTrack", { title: "%s" }))}">&#9654;</button><div class="wv np" id="wv"><svg viewBox="0 0 1 100" preserveAspectRatio="none" aria-hidden="true"><path/></svg><svg id="wl" viewBox="0 0 1 100" preserveAspectRatio="none" aria-hidden="true" style="clip-path:inset(0 100% 0 0)"><path/></svg><input id="s" type="range" min="0" max="1" value="0" step="1" aria-label="${escapeHtml(t("seek"))}"></div><span id="t">0:00</span></div></div>` +
    `<a class="lg" href="${escapeHtml(data.pageUrl)}" target="_blank" rel="noopener">Chorus</a></div>${list}<audio id="a" preload="none"></audio>`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeHtml(`${data.title} · ${data.artistName}`)}</title><style>${css(params)}</style></head><body>${body}<script type="application/json" id="d">${json}</script><script>${PLAYER_SCRIPT}</script></body></html>`;
}

export function playerCsp(): string {
  return embedCsp({ scriptHashes: [PLAYER_SCRIPT_HASH], media: true });
}
