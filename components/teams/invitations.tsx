import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { answerInviteAction, answerRosterAction, answerTransferAction } from "@/lib/teams/actions";
import type { Invitation } from "@/lib/teams/members";
import type { RosterInvitation } from "@/lib/teams/roster";

/** Team invitations, page handovers and label rosters waiting for this account's answer. */
export function Invitations({ items, roster = [] }: { items: Invitation[]; roster?: RosterInvitation[] }) {
  if (!items.length && !roster.length) return null;
  return (
    <section aria-labelledby="invitations-heading" className="mb-6 rounded-3xl border border-accent-500/40 bg-accent-500/5 p-4">
      <h2 id="invitations-heading" className="mb-2 font-bold">
        Waiting for your answer
      </h2>
      <ul className="divide-y divide-line">
        {items.map((item) => (
          <li key={`${item.kind}:${item.page.id}`} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <p className="min-w-0 text-sm">
              <Link href={`/@${item.page.handle}`} className="font-semibold hover:underline">
                {item.page.name}
              </Link>{" "}
              {item.kind === "team" ? (
                <>
                  invited you to its team as <span className="font-semibold">{ROLE_LABELS[item.role].name}</span>: {ROLE_LABELS[item.role].can.toLowerCase()}
                </>
              ) : (
                <>wants to make you its owner. You would get everything, including deleting the page; the current owner stays on as an admin.</>
              )}
            </p>
            <span className="flex gap-2">
              <ActionButton
                variant="primary"
                label={item.kind === "team" ? "Accept" : "Accept ownership"}
                ariaLabel={`Accept: ${item.page.name}`}
                run={(item.kind === "team" ? answerInviteAction : answerTransferAction).bind(null, { pageId: item.page.id, accept: true })}
              />
              <ActionButton
                variant="ghost"
                label="Decline"
                ariaLabel={`Decline: ${item.page.name}`}
                run={(item.kind === "team" ? answerInviteAction : answerTransferAction).bind(null, { pageId: item.page.id, accept: false })}
              />
            </span>
          </li>
        ))}
        {roster.map((r) => (
          <li key={`roster:${r.label.id}:${r.artist.id}`} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <p className="min-w-0 text-sm">
              <Link href={`/@${r.label.handle}`} className="font-semibold hover:underline">
                {r.label.name}
              </Link>{" "}
              invited <span className="font-semibold">{r.artist.name}</span> to its roster: the label could then put out releases for {r.artist.name}, shown on both pages.
            </p>
            <span className="flex gap-2">
              <ActionButton variant="primary" label="Join roster" ariaLabel={`Join the roster of ${r.label.name}`} run={answerRosterAction.bind(null, { labelId: r.label.id, artistId: r.artist.id, accept: true })} />
              <ActionButton variant="ghost" label="Decline" ariaLabel={`Decline the roster of ${r.label.name}`} run={answerRosterAction.bind(null, { labelId: r.label.id, artistId: r.artist.id, accept: false })} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
