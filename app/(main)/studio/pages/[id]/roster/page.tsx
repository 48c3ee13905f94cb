import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { removeFromRosterAction } from "@/lib/teams/actions";
import { getRoster } from "@/lib/teams/queries";
import { loadStudioPage } from "../studio-page";
import { RosterInviteForm } from "./roster-invite-form";

export const metadata: Metadata = { title: "Roster · Studio" };

export default async function StudioRoster({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { page, can } = await loadStudioPage(id, "roster");
  const roster = await getRoster(page.id);
  const active = roster.filter((a) => a.status === "active");
  const showNumbers = can("read_stats");
  return (
    <>
      <PageTitle level={2} title="Roster" subtitle={`Artists ${page.name} releases for. Their releases from here show on both pages, credited “on ${page.name}”.`} />
      {showNumbers && active.length ? (
        <p className="mb-4 text-sm text-muted" data-testid="roster-totals">
          Across the roster: {active.reduce((n, a) => n + a.followerCount, 0).toLocaleString("en")} followers, {active.reduce((n, a) => n + a.plays, 0).toLocaleString("en")} plays in the last 28 days.
        </p>
      ) : null}
      <Section title="Artists">
        {roster.length === 0 ? (
          <EmptyState title="No artists yet">Invite an artist page by its handle. Its owner or an admin accepts from their notifications.</EmptyState>
        ) : (
          <ul className="divide-y divide-line rounded-3xl border border-line bg-surface" aria-label="Roster">
            {roster.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                <Avatar src={a.avatarUrl} name={a.name} size={40} />
                <div className="min-w-0 flex-1">
                  <Link href={`/@${a.handle}`} className="font-semibold hover:underline">
                    {a.name}
                  </Link>
                  <p className="text-sm text-muted">
                    {a.status === "invited" ? "Invited, not accepted yet" : showNumbers ? `${a.followerCount.toLocaleString("en")} followers · ${a.plays.toLocaleString("en")} plays in 28 days` : `@${a.handle}`}
                  </p>
                </div>
                <ActionButton
                  run={removeFromRosterAction.bind(null, { labelId: page.id, artistId: a.id })}
                  label={a.status === "invited" ? "Withdraw" : "Remove"}
                  ariaLabel={`${a.status === "invited" ? "Withdraw the invitation of" : "Remove"} ${a.name}`}
                  confirm={a.status === "invited" ? undefined : `Take ${a.name} off the roster?`}
                  variant="ghost"
                />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Invite an artist">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <RosterInviteForm pageId={page.id} />
        </div>
      </Section>
    </>
  );
}
