import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { removeFromRosterAction } from "@/lib/teams/actions";
import { getRoster } from "@/lib/teams/queries";
import { loadStudioPage, studioFormat } from "../studio-page";
import { RosterInviteForm } from "./roster-invite-form";

export async function generateMetadata() {
  const t = await getTranslations("studio");
  return { title: t("meta.roster") };
}

export default async function StudioRoster({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { page, can } = await loadStudioPage(id, "roster");
  const [roster, { t }] = await Promise.all([getRoster(page.id), studioFormat()]);
  const active = roster.filter((a) => a.status === "active");
  const showNumbers = can("read_stats");
  return (
    <>
      <PageTitle level={2} title={t("roster.title")} subtitle={t("roster.subtitle", { name: page.name })} />
      {showNumbers && active.length ? (
        <p className="mb-4 text-sm text-muted" data-testid="roster-totals">
          {t("roster.totals", { followers: active.reduce((n, a) => n + a.followerCount, 0), plays: active.reduce((n, a) => n + a.plays, 0) })}
        </p>
      ) : null}
      <Section title={t("roster.artists")}>
        {roster.length === 0 ? (
          <EmptyState title={t("roster.empty")}>{t("roster.emptyHint")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line rounded-3xl border border-line bg-surface" aria-label={t("roster.title")}>
            {roster.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                <Avatar src={a.avatarUrl} name={a.name} size={40} />
                <div className="min-w-0 flex-1">
                  <Link href={`/@${a.handle}`} className="font-semibold hover:underline">
                    {a.name}
                  </Link>
                  <p className="text-sm text-muted">
                    {a.status === "invited" ? t("roster.invited") : showNumbers ? t("roster.numbers", { followers: a.followerCount, plays: a.plays }) : `@${a.handle}`}
                  </p>
                </div>
                <ActionButton
                  run={removeFromRosterAction.bind(null, { labelId: page.id, artistId: a.id })}
                  label={a.status === "invited" ? t("withdraw") : t("remove")}
                  ariaLabel={a.status === "invited" ? t("withdrawLabel", { name: a.name }) : t("removeLabel", { name: a.name })}
                  confirm={a.status === "invited" ? undefined : t("roster.removeConfirm", { name: a.name })}
                  variant="ghost"
                />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("roster.invite")}>
        <div className="rounded-3xl border border-line bg-surface p-5">
          <RosterInviteForm pageId={page.id} />
        </div>
      </Section>
    </>
  );
}
