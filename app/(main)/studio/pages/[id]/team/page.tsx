import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Avatar } from "@/components/ui/avatar";
import { PageTitle, Section } from "@/components/ui/section";
import { cancelTransferAction, removeMemberAction } from "@/lib/teams/actions";
import { getTeam } from "@/lib/teams/queries";
import { loadStudioPage } from "../studio-page";
import { InviteForm, RoleSelect, TransferForm } from "./team-forms";

export async function generateMetadata() {
  const t = await getTranslations("studio");
  return { title: t("meta.team") };
}

export default async function StudioTeam({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { page, ownerId, viewer, can } = await loadStudioPage(id, "team");
  const [team, t] = await Promise.all([getTeam({ id: page.id, ownerId, createdAt: page.createdAt }), getTranslations("studio")]);
  return (
    <>
      <PageTitle level={2} title={t("team.title")} subtitle={t("team.subtitle", { name: page.name })} />
      <Section title={t("team.members")}>
        <ul className="divide-y divide-line rounded-3xl border border-line bg-surface" aria-label={t("team.membersLabel")}>
          {team.members.map((m) => (
            <li key={m.userId} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <Avatar src={m.avatarUrl} name={m.name} size={40} />
              <div className="min-w-0 flex-1">
                <p className="truncate font-semibold">
                  {m.name} {m.userId === viewer.userId ? <span className="text-sm font-normal text-muted">{t("team.you")}</span> : null}
                </p>
                <p className="truncate text-sm text-muted">
                  @{m.handle} · {m.status === "invited" ? t("team.invitedAs", { role: t(`roles.${m.role}.name`) }) : t(`roles.${m.role}.name`)}
                </p>
              </div>
              {m.role === "owner" ? (
                <span className="rounded-full bg-accent-500/15 px-3 py-1 text-xs font-semibold text-accent-700 dark:text-accent-300">{t("roles.owner.name")}</span>
              ) : m.userId === viewer.userId ? null : (
                <div className="flex flex-wrap items-center gap-2">
                  {m.status === "active" ? <RoleSelect pageId={page.id} userId={m.userId} role={m.role} name={m.name} /> : null}
                  <ActionButton
                    run={removeMemberAction.bind(null, { pageId: page.id, userId: m.userId })}
                    label={m.status === "invited" ? t("withdraw") : t("remove")}
                    ariaLabel={m.status === "invited" ? t("withdrawLabel", { name: m.name }) : t("removeLabel", { name: m.name })}
                    confirm={m.status === "invited" ? undefined : t("team.removeConfirm", { name: m.name })}
                    variant="ghost"
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("team.invite")}>
        <div className="space-y-4 rounded-3xl border border-line bg-surface p-5">
          <InviteForm pageId={page.id} />
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            {(["admin", "editor", "merch", "analyst"] as const).map((r) => (
              <div key={r}>
                <dt className="font-semibold">{t(`roles.${r}.name`)}</dt>
                <dd className="text-muted">{t(`roles.${r}.can`)}</dd>
              </div>
            ))}
          </dl>
        </div>
      </Section>
      {can("transfer") ? (
        <Section title={t("team.handover")}>
          <div className="space-y-3 rounded-3xl border border-line bg-surface p-5">
            {team.transferTo ? (
              <div className="flex flex-wrap items-center gap-3">
                <p className="text-sm">
                  {t.rich("team.waiting", { handle: team.transferTo.handle, b: (chunks) => <span className="font-semibold">{chunks}</span> })}
                </p>
                <ActionButton run={cancelTransferAction.bind(null, { pageId: page.id })} label={t("team.cancelHandover")} />
              </div>
            ) : (
              <TransferForm pageId={page.id} pageName={page.name} />
            )}
          </div>
        </Section>
      ) : null}
    </>
  );
}
