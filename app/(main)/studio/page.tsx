import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { KindBadge } from "@/components/profile/profile-row";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { getProfileByHandle } from "@/lib/profiles/queries";
import { compactNumber } from "@/lib/time";
import { CreatePageForm } from "./create-page-form";
import { Invitations } from "@/components/teams/invitations";
import { FormMessage } from "@/components/ui/field";
import { ActionButton } from "@/components/ui/action-button";
import { leavePageAction } from "@/lib/teams/actions";
import { getDeletedPageName, getInvitations, getRosterInvitations } from "@/lib/teams/queries";

export async function generateMetadata() {
  const t = await getTranslations("studio");
  return { title: t("meta.studio") };
}

export default async function StudioPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const viewer = await requireViewer("/studio");
  const [t, locale] = await Promise.all([getTranslations("studio"), getLocale()]);
  // The name comes from the database (only for a page that really is deleted), never from the link.
  const deleted = await getDeletedPageName((await searchParams).deleted);
  const [pages, invitations, rosterInvites] = await Promise.all([
    Promise.all(viewer.managed.map(async (m) => ({ role: m.role, p: await getProfileByHandle(m.handle) }))),
    getInvitations(viewer.userId),
    getRosterInvitations(viewer.userId),
  ]);
  return (
    <>
      <PageTitle title={t("home.title")} subtitle={t("home.subtitle")} />
      {deleted ? (
        <div className="mb-6">
          <FormMessage tone="success" message={t("home.deleted", { name: deleted })} />
        </div>
      ) : null}
      <Invitations items={invitations} roster={rosterInvites} />
      <Section title={t("home.yourPages")}>
        {pages.length === 0 ? (
          <EmptyState title={t("home.noPages")}>{t("home.noPagesHint")}</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {pages.map(({ role, p }) => p ? (
              <li key={p.id} className="space-y-1">
                <Link href={`/studio/pages/${p.id}`} className="flex items-center gap-4 rounded-3xl border border-line bg-surface p-4 transition hover:border-accent-500">
                  <Avatar src={p.avatarUrl} name={p.name} size={56} />
                  <div className="min-w-0 flex-1">
                    <div className="flex items-center gap-2">
                      <p className="truncate font-semibold">{p.name}</p>
                      <KindBadge kind={p.kind} />
                    </div>
                    <p className="text-sm text-muted">
                      {t("home.pageLine", { handle: p.handle, count: p.followerCount, compact: compactNumber(p.followerCount, locale) })}
                    </p>
                  </div>
                  <span className="text-sm font-medium text-accent-500">{role === "owner" ? t("home.manage") : t("home.asRole", { role: t(`roles.${role}.name`) })}</span>
                </Link>
                {role === "owner" ? null : <ActionButton variant="ghost" label={t("home.leave")} ariaLabel={t("home.leaveLabel", { name: p.name })} confirm={t("home.leaveConfirm", { name: p.name })} run={leavePageAction.bind(null, { pageId: p.id })} />}
              </li>
            ) : null)}
          </ul>
        )}
      </Section>
      <Section title={t("home.create")}>
        <div className="rounded-3xl border border-line bg-surface p-5">
          <CreatePageForm />
        </div>
      </Section>
    </>
  );
}
