import type { Metadata } from "next";
import Link from "next/link";
import { ConcertRow } from "@/components/concerts/concert-row";
import { ConcertTabs } from "@/components/concerts/concert-tabs";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { getViewer } from "@/lib/auth/viewer";
import { groupByDistance, knowsWhere, orderExplanation } from "@/lib/concerts/nearby";
import { concertFilterOptions, findConcerts } from "@/lib/concerts/queries";
import { concertFilterSchema } from "@/lib/concerts/validation";
import { countryName } from "@/lib/markets/countries";

export const metadata: Metadata = { title: "Concerts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE = 30;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ConcertsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const typed = { city: first(raw.city), from: first(raw.from), to: first(raw.to), genre: first(raw.genre), following: first(raw.following) };
  const viewer = await getViewer();
  const parsed = concertFilterSchema.safeParse(typed);
  const errors = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
  // A bad filter is dropped with a message; the good ones still apply and the form keeps what was typed.
  const filters = parsed.success ? parsed.data : concertFilterSchema.parse(Object.fromEntries(Object.entries(typed).filter(([key]) => !errors[key])));
  const limit = Math.min(300, Math.max(PAGE, Number.parseInt(first(raw.n), 10) || PAGE));
  const onlyFollowing = filters.following === "1" && !!viewer;
  const near = { city: viewer?.city ?? null, country: viewer?.country ?? null };
  const { concerts, more } = await findConcerts({ city: filters.city, from: filters.from, to: filters.to, genre: filters.genre, followerId: onlyFollowing ? viewer.profile.id : null, near, limit });
  // Near the viewer: one labelled list per distance group; otherwise one list in date order.
  const groups = knowsWhere(near) ? groupByDistance(concerts, near) : [{ group: "all", label: null, shows: concerts }];
  const options = await concertFilterOptions();
  const filtered = !!(filters.city || filters.from || filters.to || filters.genre || onlyFollowing);
  const where = viewer?.city ? `${viewer.city}, ${countryName(viewer.country)}` : viewer?.country ? countryName(viewer.country) : null;
  const moreHref = `/concerts?${new URLSearchParams({ ...Object.fromEntries(Object.entries(typed).filter(([, v]) => v)), n: String(limit + PAGE) })}`;
  const field = "mt-1 h-10 w-full min-w-0 rounded-xl border border-line bg-surface px-3 text-sm";

  return (
    <>
      <PageTitle title="Concerts" subtitle={where ? `Upcoming shows, nearest to ${where} first. Times in the venue's time zone and yours.` : "Upcoming shows from artists on Chorus. Times in the venue's time zone and yours."} />
      <ConcertTabs current="/concerts" />
      <form method="get" action="/concerts" className="mb-6 grid grid-cols-2 gap-3 rounded-3xl border border-line bg-surface p-4 lg:grid-cols-[1.3fr_1fr_1fr_1fr]" aria-label="Filter concerts">
        <label className="col-span-2 text-sm font-medium lg:col-span-1">
          City
          <input name="city" list="concert-cities" defaultValue={typed.city} placeholder="Any city" className={field} aria-invalid={!!errors.city} />
          <datalist id="concert-cities">
            {options.cities.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <label className="text-sm font-medium">
          From
          <input name="from" type="date" defaultValue={typed.from} className={field} aria-invalid={!!errors.from} aria-describedby={errors.from ? "from-error" : undefined} />
        </label>
        <label className="text-sm font-medium">
          To
          <input name="to" type="date" defaultValue={typed.to} className={field} aria-invalid={!!errors.to} aria-describedby={errors.to ? "to-error" : undefined} />
        </label>
        <label className="col-span-2 text-sm font-medium lg:col-span-1">
          Genre
          <select name="genre" defaultValue={typed.genre} className={field}>
            <option value="">Any genre</option>
            {options.genres.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <div className="col-span-2 flex flex-wrap items-center gap-x-4 gap-y-2 lg:col-span-4">
          {viewer ? (
            <label className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="following" value="1" defaultChecked={typed.following === "1"} className="h-4 w-4 accent-accent-600" />
              Only artists I follow
            </label>
          ) : (
            <span className="text-sm text-muted">
              <Link href="/signin?callbackUrl=/concerts" className="font-medium underline">
                Sign in
              </Link>{" "}
              to see only artists you follow.
            </span>
          )}
          {filtered || Object.keys(errors).length ? (
            <Link href="/concerts" className="text-sm font-medium text-accent-500 hover:underline">
              Clear filters
            </Link>
          ) : null}
          <button type="submit" className={buttonClass("primary", "ml-auto")}>
            Show shows
          </button>
        </div>
        {Object.keys(errors).length ? (
          <div role="alert" className="rounded-xl border border-red-500/40 bg-red-500/10 px-3 py-2 text-sm text-red-700 col-span-2 lg:col-span-4 dark:text-red-300">
            {Object.entries(errors).map(([key, message]) => (
              <p key={key} id={`${key}-error`}>
                {message} The other filters still apply.
              </p>
            ))}
          </div>
        ) : null}
      </form>
      {concerts.length === 0 ? (
        <EmptyState title={filtered ? "No shows match these filters" : "No upcoming shows yet"}>{filtered ? "Try another city, a wider date range or any genre." : null}</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-muted" data-testid="concert-order">
            {orderExplanation(near)}
          </p>
          <div className="space-y-6" data-testid="concert-results">
            {groups.map((g, i) => (
              <section key={`${g.group}-${i}`} aria-label={g.label ?? "Upcoming shows"} data-testid="concert-group">
                {g.label ? <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">{g.label}</h2> : null}
                <ul className="space-y-3">
                  {g.shows.map((c) => (
                    <li key={c.id}>
                      <ConcertRow concert={c} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
          {more ? (
            <p className="mt-6 text-center">
              <Link href={moreHref} scroll={false} className={buttonClass("secondary")}>
                Show more shows
              </Link>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
