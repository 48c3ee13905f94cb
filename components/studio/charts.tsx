import { useFormatter, useLocale, useTranslations } from "next-intl";
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
  return (
    <figure className="min-w-0 rounded-3xl border border-line bg-surface p-4" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <span id={`${id}-title`} className="font-semibold">
          {title}
        </span>
        <span className="text-sm text-muted">{summary}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full overflow-visible text-accent-500" role="img" aria-label={t("chartLabel", { title, summary })}>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="stroke-line" strokeWidth="1" />
        <line x1={PAD.left} x2={W - PAD.right} y1={y(max)} y2={y(max)} className="stroke-line" strokeWidth="1" strokeDasharray="4 4" />
        <text x={W - PAD.right} y={y(max) - 4} textAnchor="end" className="fill-current text-[11px] text-muted">
          {format(max)}
        </text>
        {area ? <path d={area} className="fill-current opacity-10" /> : null}
        {segments.map((d, i) => (
          <path key={i} d={d} fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" strokeLinecap="round" />
        ))}
        {ticks.map((i) => (
          <text key={i} x={x(i)} y={H - 6} textAnchor={i === 0 ? "start" : i === points.length - 1 ? "end" : "middle"} className="fill-current text-[11px] text-muted">
            {points[i] ? labelOf(points[i]) : null}
          </text>
        ))}
        {focusable
          ? points.map((p, i) => {
              const label = t("point", { label: labelOf(p), value: p.value === null ? fewer : format(p.value) });
              const tx = Math.min(Math.max(x(i), PAD.left + 60), W - PAD.right - 60);
              return (
                <g key={p.key} className="chart-point" tabIndex={0} aria-label={label}>
                  <circle cx={x(i).toFixed(1)} cy={y(p.value ?? 0).toFixed(1)} r="9" />
                  <text x={tx.toFixed(0)} y="12">
                    {label}
                  </text>
                </g>
              );
            })
          : null}
      </svg>
      {note ? <p className="mt-1 text-xs text-muted">{note}</p> : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-muted hover:text-fg">{t("showNumbers")}</summary>
        <div className="mt-2 max-h-64 overflow-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="text-left text-muted">
                <th scope="col" className="py-1 font-medium">
                  {t("date")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {title}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {points.map((p) => (
                <tr key={p.key}>
                  <td className="py-1">{labelOf(p)}</td>
                  <td className="py-1 text-right tabular-nums">{p.value === null ? fewer : format(p.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
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
        <table className="w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const withheld = people && r.value < 5;
              return (
                <tr key={r.key}>
                  <td className="w-full py-1 pr-3">
                    <span className="block truncate">{r.label}</span>
                    <span className="mt-1 block h-1.5 rounded-full bg-surface-2" aria-hidden="true">
                      {withheld ? null : <span className="block h-1.5 rounded-full bg-accent-500" style={{ width: `${Math.max(2, (r.value / max) * 100)}%` }} />}
                    </span>
                  </td>
                  <td className="whitespace-nowrap py-1 text-right tabular-nums" data-people={people ? "" : undefined}>
                    {people && isWithheld(r.value) ? t("fewerThan", { count: MIN_PEOPLE }) : formatter.number(r.value)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
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
