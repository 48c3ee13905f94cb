import { useFormatter, useLocale, useTranslations } from "next-intl";
import { escapeHtml } from "@/lib/html";
import { isWithheld, MIN_PEOPLE } from "@/lib/studio/privacy";

/**
 * Studio's charts: plain SVG rendered on the server (no chart library, no
 * JavaScript). Each has a title, a summary, hover and keyboard labels on its
 * points (up to a month of them; longer series are read in the table), and the
 * numbers as a table under "Show the numbers".
 */
export type ChartPoint = { key: string; label: string; value: number | null };

const W = 640;
const H = 180;
const PAD = { top: 16, right: 8, bottom: 24, left: 8 };

const niceMax = (max: number) => {
  if (max <= 5) return 5;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
};

/**
 * A point's date in the page's language. Points are days ("2026-11-03") or months
 * ("2026-11") named in English by lib/studio/ranges.ts ("3 Nov", "Nov 2026"); other
 * languages name them from the key.
 */
function useUnitLabel(): (p: ChartPoint) => string {
  const locale = useLocale();
  const formatter = useFormatter();
  return (p) => {
    const unit = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(p.key);
    if (locale === "en" || !unit) return p.label;
    const date = new Date(Date.UTC(Number(unit[1]), Number(unit[2]) - 1, unit[3] ? Number(unit[3]) : 1));
    return unit[3] ? formatter.dateTime(date, { timeZone: "UTC", day: "numeric", month: "short" }) : formatter.dateTime(date, { timeZone: "UTC", month: "short", year: "numeric" });
  };
}

export function LineChart({ id, title, summary, points, format: formatValue, note }: { id: string; title: string; summary: string; points: ChartPoint[]; format?: (n: number) => string; note?: string }) {
  const t = useTranslations("studio.charts");
  const formatter = useFormatter();
  const labelOf = useUnitLabel();
  const format = formatValue ?? ((n: number) => formatter.number(n));
  const fewer = t("fewerThan", { count: MIN_PEOPLE });
  const values = points.map((p) => p.value ?? 0);
  const max = niceMax(Math.max(0, ...values));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  // A withheld value (null) breaks the line: nothing is drawn for it.
  const segments: string[] = [];
  let current = "";
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = "";
      return;
    }
    current += `${current ? "L" : "M"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const area = points.every((p) => p.value !== null) && points.length > 1 ? `${segments[0]}L${x(points.length - 1).toFixed(1)},${y(0)}L${x(0).toFixed(1)},${y(0)}Z` : null;
  const focusable = points.length <= 31;
  const ticks = points.length > 2 ? [0, Math.floor((points.length - 1) / 2), points.length - 1] : points.map((_, i) => i);
  const number = (p: ChartPoint) => (p.value === null ? fewer : format(p.value));
  const axis = (i: number) => `<text x="${x(i)}" y="${H - 6}" text-anchor="${i === 0 ? "start" : i === points.length - 1 ? "end" : "middle"}" class="fill-current text-[11px] text-muted">${points[i] ? escapeHtml(labelOf(points[i])) : ""}</text>`;
  const point = (p: ChartPoint, i: number) => {
    const label = escapeHtml(t("point", { label: labelOf(p), value: number(p) }));
    const tx = Math.min(Math.max(x(i), PAD.left + 60), W - PAD.right - 60);
    return `<g class="chart-point" tabindex="0" aria-label="${label}"><circle cx="${x(i).toFixed(1)}" cy="${y(p.value ?? 0).toFixed(1)}" r="9"></circle><text x="${tx.toFixed(0)}" y="12">${label}</text></g>`;
  };
  // Built as markup, not as React elements: a chart is a few hundred elements that never
  // change in the browser, and as one string they cost the server a fraction of the
  // rendering and the page's data (every value in it is escaped; lib/html.ts).
  const markup = [
    `<svg viewBox="0 0 ${W} ${H}" class="h-auto w-full overflow-visible text-accent-500" role="img" aria-label="${escapeHtml(t("chartLabel", { title, summary }))}">`,
    `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(0)}" y2="${y(0)}" class="stroke-line" stroke-width="1"></line>`,
    `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(max)}" y2="${y(max)}" class="stroke-line" stroke-width="1" stroke-dasharray="4 4"></line>`,
    `<text x="${W - PAD.right}" y="${y(max) - 4}" text-anchor="end" class="fill-current text-[11px] text-muted">${escapeHtml(format(max))}</text>`,
    area ? `<path d="${area}" class="fill-current opacity-10"></path>` : "",
    ...segments.map((d) => `<path d="${d}" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"></path>`),
    ...ticks.map(axis),
    ...(focusable ? points.map(point) : []),
    "</svg>",
    note ? `<p class="mt-1 text-xs text-muted">${escapeHtml(note)}</p>` : "",
    `<details class="mt-2 text-sm"><summary class="cursor-pointer text-muted hover:text-fg">${escapeHtml(t("showNumbers"))}</summary>`,
    `<div class="mt-2 max-h-64 overflow-auto"><table class="w-full text-sm"><caption class="sr-only">${escapeHtml(title)}</caption>`,
    `<thead><tr class="text-left text-muted"><th scope="col" class="py-1 font-medium">${escapeHtml(t("date"))}</th><th scope="col" class="py-1 text-right font-medium">${escapeHtml(title)}</th></tr></thead>`,
    `<tbody class="divide-y divide-line">${points.map((p) => `<tr><td class="py-1">${escapeHtml(labelOf(p))}</td><td class="py-1 text-right tabular-nums">${escapeHtml(number(p))}</td></tr>`).join("")}</tbody>`,
    "</table></div></details>",
  ].join("");
  return (
    <figure className="min-w-0 rounded-3xl border border-line bg-surface p-4" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <span id={`${id}-title`} className="font-semibold">
          {title}
        </span>
        <span className="text-sm text-muted">{summary}</span>
      </figcaption>
      <div dangerouslySetInnerHTML={{ __html: markup }} />
    </figure>
  );
}

export type BarRow = { key: string; label: string; value: number };

/**
 * A ranked list with bars. `people` applies Studio's threshold: a row of 1-4
 * people reads "fewer than 5" and draws no bar.
 */
export function BarList({ id, title, rows, people = false, unit, empty, csvHref, limit = 10 }: { id: string; title: string; rows: BarRow[]; people?: boolean; unit: string; empty: string; csvHref?: string; limit?: number }) {
  const t = useTranslations("studio.charts");
  const formatter = useFormatter();
  const shown = rows.slice(0, limit);
  const max = Math.max(1, ...shown.map((r) => r.value));
  // Markup, not React elements, as for LineChart (every value escaped).
  const row = (r: BarRow) => {
    const bar = people && r.value < 5 ? "" : `<span class="block h-1.5 rounded-full bg-accent-500" style="width:${Math.max(2, (r.value / max) * 100)}%"></span>`;
    const value = people && isWithheld(r.value) ? t("fewerThan", { count: MIN_PEOPLE }) : formatter.number(r.value);
    return `<tr><td class="w-full py-1 pr-3"><span class="block truncate">${escapeHtml(r.label)}</span><span class="mt-1 block h-1.5 rounded-full bg-surface-2" aria-hidden="true">${bar}</span></td><td class="whitespace-nowrap py-1 text-right tabular-nums"${people ? ' data-people=""' : ""}>${escapeHtml(value)}</td></tr>`;
  };
  return (
    <section className="min-w-0 rounded-3xl border border-line bg-surface p-4" aria-labelledby={`${id}-title`} data-testid={`bars-${id}`}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-title`} className="font-semibold">
          {title}
        </h3>
        {csvHref && rows.length ? (
          <a href={csvHref} className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-300" download>
            {t("csv")}
          </a>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <div
          dangerouslySetInnerHTML={{
            __html: `<table class="w-full text-sm"><caption class="sr-only">${escapeHtml(title)}</caption><thead class="sr-only"><tr><th scope="col">${escapeHtml(t("name"))}</th><th scope="col">${escapeHtml(unit)}</th></tr></thead><tbody>${shown.map(row).join("")}</tbody></table>`,
          }}
        />
      )}
      {rows.length > limit ? <p className="mt-2 text-xs text-muted">{t("more", { count: rows.length - limit })}</p> : null}
    </section>
  );
}

/** A headline number with its change. */
export function Stat({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="rounded-3xl border border-line bg-surface p-4" data-testid={testId}>
      <p className="text-sm text-muted">{label}</p>
      <p className="mt-1 text-2xl font-bold tabular-nums">{value}</p>
      {detail ? <p className="mt-0.5 text-xs text-muted">{detail}</p> : null}
    </div>
  );
}
