import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { answerInviteAction, answerRosterAction, answerTransferAction } from "@/lib/teams/actions";
import type { Invitation } from "@/lib/teams/members";
import type { RosterInvitation } from "@/lib/teams/roster";

/** Team invitations, page handovers and label rosters waiting for this account's answer. */
export function Invitations({ items, roster = [] }: { items: Invitation[]; roster?: RosterInvitation[] }) {
  const t = useTranslations("studio");
  if (!items.length && !roster.length) return null;
  return (
    <section aria-labelledby="invitations-heading" className="mb-6 rounded-3xl border border-accent-500/40 bg-accent-500/5 p-4">
      <h2 id="invitations-heading" className="mb-2 font-bold">
        {t("invitations.heading")}
      </h2>
      <ul className="divide-y divide-line">
        {items.map((item) => (
          <li key={`${item.kind}:${item.page.id}`} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <p className="min-w-0 text-sm">
              {item.kind === "team"
                ? t.rich("invitations.team", {
                    name: item.page.name,
                    role: t(`roles.${item.role}.name`),
                    can: t(`roles.${item.role}.canInline`),
                    page: (chunks) => (
                      <Link href={`/@${item.page.handle}`} className="font-semibold hover:underline">
                        {chunks}
                      </Link>
                    ),
                    b: (chunks) => <span className="font-semibold">{chunks}</span>,
                  })
                : t.rich("invitations.transfer", {
                    name: item.page.name,
                    page: (chunks) => (
                      <Link href={`/@${item.page.handle}`} className="font-semibold hover:underline">
                        {chunks}
                      </Link>
                    ),
                  })}
            </p>
            <span className="flex gap-2">
              <ActionButton
                variant="primary"
                label={item.kind === "team" ? t("invitations.accept") : t("invitations.acceptOwnership")}
                ariaLabel={t("invitations.acceptLabel", { name: item.page.name })}
                run={(item.kind === "team" ? answerInviteAction : answerTransferAction).bind(null, { pageId: item.page.id, accept: true })}
              />
              <ActionButton
                variant="ghost"
                label={t("invitations.decline")}
                ariaLabel={t("invitations.declineLabel", { name: item.page.name })}
                run={(item.kind === "team" ? answerInviteAction : answerTransferAction).bind(null, { pageId: item.page.id, accept: false })}
              />
            </span>
          </li>
        ))}
        {roster.map((r) => (
          <li key={`roster:${r.label.id}:${r.artist.id}`} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <p className="min-w-0 text-sm">
              {t.rich("invitations.roster", {
                label: r.label.name,
                artist: r.artist.name,
                page: (chunks) => (
                  <Link href={`/@${r.label.handle}`} className="font-semibold hover:underline">
                    {chunks}
                  </Link>
                ),
                b: (chunks) => <span className="font-semibold">{chunks}</span>,
              })}
            </p>
            <span className="flex gap-2">
              <ActionButton variant="primary" label={t("invitations.joinRoster")} ariaLabel={t("invitations.joinRosterLabel", { name: r.label.name })} run={answerRosterAction.bind(null, { labelId: r.label.id, artistId: r.artist.id, accept: true })} />
              <ActionButton variant="ghost" label={t("invitations.decline")} ariaLabel={t("invitations.declineRosterLabel", { name: r.label.name })} run={answerRosterAction.bind(null, { labelId: r.label.id, artistId: r.artist.id, accept: false })} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
