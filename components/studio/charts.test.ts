import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages";
import { BarList, LineChart } from "./charts";

const render = (node: React.ReactElement) => renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages: en, timeZone: "UTC" } as React.ComponentProps<typeof NextIntlClientProvider>, node));
const HOSTILE = `<img src=x onerror=alert(1)>"' & </svg><script>alert(2)</script>`;

describe("Studio charts, built as markup", () => {
  it("escape every label, title and summary, in text and in attributes", () => {
    const html = render(
      createElement(LineChart, {
        id: "plays",
        title: HOSTILE,
        summary: HOSTILE,
        note: HOSTILE,
        points: [
          { key: "2026-11-01", label: HOSTILE, value: 3 },
          { key: "2026-11-02", label: "2 Nov", value: null },
        ],
      }),
    );
    const bars = render(createElement(BarList, { id: "cities", title: HOSTILE, unit: HOSTILE, empty: "", people: true, rows: [{ key: "a", label: HOSTILE, value: 12 }, { key: "b", label: "Lyon", value: 3 }] }));
    for (const out of [html, bars]) {
      expect(out).not.toContain("<img");
      expect(out).not.toContain("<script");
      expect(out).not.toMatch(/="[^"]*"'/);
      expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;&quot;&#39; &amp; &lt;/svg&gt;");
    }
  });

  it("draw what they drew as React elements: focusable points, the numbers table, withheld values", () => {
    const html = render(createElement(LineChart, { id: "plays", title: "Plays", summary: "12 in 7 days", points: [{ key: "2026-11-01", label: "1 Nov", value: 12 }, { key: "2026-11-02", label: "2 Nov", value: null }] }));
    expect(html).toContain('data-testid="chart-plays"');
    expect(html).toContain('role="img" aria-label="Plays: 12 in 7 days"');
    expect(html.match(/class="chart-point" tabindex="0"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="1 Nov: 12"');
    expect(html).toContain("<td class=\"py-1 text-right tabular-nums\">fewer than 5</td>");
    const bars = render(createElement(BarList, { id: "cities", title: "Cities", unit: "Followers", empty: "None", people: true, rows: [{ key: "a", label: "Berlin", value: 40 }, { key: "b", label: "Lyon", value: 3 }] }));
    expect(bars).toContain('style="width:100%"');
    expect(bars.match(/bg-accent-500/g)).toHaveLength(1);
    expect(bars).toContain('data-people="">fewer than 5</td>');
  });
});
