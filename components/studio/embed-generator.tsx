"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useCopy } from "@/components/ui/use-copy";
import { escapeHtml } from "@/lib/html";

type Props = { handle: string; origin: string };

/** Studio: pick style, theme and count; see the real widget; copy either snippet. */
export function EmbedGenerator({ handle, origin }: Props) {
  const t = useTranslations("studioMusic.embedGenerator");
  const [style, setStyle] = useState<"basic" | "detailed">("detailed");
  const [theme, setTheme] = useState<"light" | "dark">("light");
  const [showCount, setShowCount] = useState(true);
  const { copied, copy } = useCopy();

  const src = `${origin}/embed/follow/${handle}?style=${style}&theme=${theme}&show-count=${showCount ? 1 : 0}`;
  const width = style === "detailed" ? 320 : showCount ? 190 : 100;
  const height = style === "detailed" ? 76 : 32;
  // Snippets are pasted into other people's HTML: every value escaped for where it lands.
  const scriptSnippet = `<a class="chorus-follow-button" href="${escapeHtml(`${origin}/@${handle}`)}" data-style="${style}" data-theme="${theme}" data-show-count="${showCount}">${escapeHtml(t("snippetLink", { handle }))}</a>\n<script async src="${escapeHtml(`${origin}/widgets.js`)}"></script>`;
  const iframeSnippet = `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" style="border:0;overflow:hidden" title="${escapeHtml(t("snippetLink", { handle }))}"></iframe>`;

  const option = (active: boolean) => `rounded-full px-3.5 py-1.5 text-sm font-medium ${active ? "bg-fg text-bg" : "bg-surface-2 text-muted hover:text-fg"}`;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap gap-6">
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t("style")}</legend>
          <div className="flex gap-2">
            {(["detailed", "basic"] as const).map((s) => (
              <button key={s} type="button" aria-pressed={style === s} onClick={() => setStyle(s)} className={option(style === s)}>
                {s === "detailed" ? t("detailed") : t("basic")}
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t("theme")}</legend>
          <div className="flex gap-2">
            {(["light", "dark"] as const).map((name) => (
              <button key={name} type="button" aria-pressed={theme === name} onClick={() => setTheme(name)} className={`${option(theme === name)} capitalize`}>
                {t(name)}
              </button>
            ))}
          </div>
        </fieldset>
        <label className="flex items-center gap-2 self-end pb-1.5 text-sm font-medium">
          <input type="checkbox" checked={showCount} onChange={(e) => setShowCount(e.target.checked)} className="h-4 w-4 accent-accent-600" />
          {t("showCount")}
        </label>
      </div>
      <div className={`flex min-h-28 items-center justify-center rounded-2xl border border-dashed border-line p-4 ${theme === "dark" ? "bg-neutral-900" : "bg-white"}`}>
        <iframe key={src} src={src} width={width} height={height} title={t("preview")} style={{ border: 0, overflow: "hidden" }} />
      </div>
      {[
        { id: "script", name: t("scriptSnippet"), copyLabel: t("copyScript"), text: scriptSnippet, hint: t("scriptHint") },
        { id: "iframe", name: t("iframeSnippet"), copyLabel: t("copyIframe"), text: iframeSnippet, hint: t("iframeHint") },
      ].map((s) => (
        <div key={s.id} className="space-y-1.5">
          <div className="flex items-center justify-between">
            <p className="text-sm font-medium">{s.name}</p>
            <button type="button" onClick={() => copy(s.id, s.text)} className="rounded-full border border-line px-3 py-1 text-sm font-medium hover:bg-surface-2">
              {copied === s.id ? t("copied") : s.copyLabel}
            </button>
          </div>
          <textarea readOnly value={s.text} rows={s.id === "script" ? 3 : 2} aria-label={s.name} className="block w-full resize-none rounded-xl border border-line bg-surface-2 p-3 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          <p className="text-xs text-muted">{s.hint}</p>
        </div>
      ))}
    </div>
  );
}
