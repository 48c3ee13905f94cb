import { peopleCsv } from "./privacy";
import type { Dashboard, TrackStats } from "./analytics";

/**
 * One CSV cell. Quoted when it holds a comma, quote or line break; a cell that a
 * spreadsheet would run as a formula (= + - @ and tab/CR at the start) is prefixed
 * with an apostrophe, since track titles and websites come from other people.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const toCsv = (rows: (string | number)[][]): string => rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";

export const CSV_TABLES = ["daily", "tracks", "play-sources", "play-countries", "follow-sources", "websites", "countries", "cities", "track-plays"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** The rows of one Studio table as exported: people counts under 5 are written "<5". */
export function dashboardTable(d: Dashboard, table: Exclude<CsvTable, "track-plays">): (string | number)[][] {
  switch (table) {
    case "daily":
      return [
        ["date", "plays", "listeners", "new listeners", "new follows", "unfollows", "followers at end of day"],
        ...d.daily.map((r) => [r.day, r.plays, peopleCsv(r.listeners), peopleCsv(r.newListeners), peopleCsv(r.follows), peopleCsv(r.unfollows), r.followers]),
      ];
    case "tracks":
      return [["track", "plays"], ...d.topTracks.map((r) => [r.label, r.value])];
    case "play-sources":
      return [["source", "plays"], ...d.playSources.map((r) => [r.label, r.value])];
    case "play-countries":
      return [["country", "plays"], ...d.playCountries.map((r) => [r.label, peopleCsv(r.value)])];
    case "follow-sources":
      return [["source", "follows"], ...d.followSources.map((r) => [r.label, peopleCsv(r.value)])];
    case "websites":
      return [["website", "follows"], ...d.websites.map((r) => [r.label, peopleCsv(r.value)])];
    case "countries":
      return [["country", "followers"], ...d.countries.map((r) => [r.label, peopleCsv(r.value)])];
    case "cities":
      return [["city", "country", "followers"], ...d.cities.map((r) => [r.city, r.country, peopleCsv(r.value)])];
  }
}

/** One track's plays per day (or month, for a year). */
export const trackTable = (t: TrackStats): (string | number)[][] => [["period", "plays"], ...t.playsSeries.map((p) => [p.key, p.value])];
