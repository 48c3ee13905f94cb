import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { muteAction } from "@/lib/account/actions";
import { getBlockedAndMuted } from "@/lib/account/queries";
import { requireViewer } from "@/lib/auth/guards";
import { blockAction } from "@/lib/messages/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.blocked");
  return { title: t("title") };
}

type Listed = Awaited<ReturnType<typeof getBlockedAndMuted>>["blocked"][number];

function Row({ profile, action, kind }: { profile: Listed; action: React.ReactNode; kind: string }) {
  return (
    <li className="flex items-center gap-3 py-3">
      <Link href={`/@${profile.handle}`} className="flex min-w-0 flex-1 items-center gap-3">
        <Avatar src={profile.avatarUrl} name={profile.name} size={40} />
        <span className="min-w-0">
          <span className="block truncate font-semibold">{profile.name}</span>
          <span className="block truncate text-sm text-muted">
            @{profile.handle} · {kind}
          </span>
        </span>
      </Link>
      {action}
    </li>
  );
}

export default async function BlockedSettingsPage() {
  const viewer = await requireViewer("/settings/blocked");
  const [t, { blocked, muted }] = await Promise.all([getTranslations("settings.blocked"), getBlockedAndMuted(viewer.profile.id)]);
  return (
    <>
      <PageTitle title={t("title")} subtitle={t("subtitle")} />
      <Section title={t("blockedTitle", { count: blocked.length })} id="blocked">
        <p className="mb-2 text-sm text-muted">{t("blockedHint")}</p>
        {blocked.length ? (
          <ul className="divide-y divide-line">
            {blocked.map((p) => (
              <Row key={p.id} profile={p} kind={t("kind", { kind: p.kind })} action={<ActionButton label={t("unblock")} ariaLabel={t("unblockLabel", { name: p.name })} run={blockAction.bind(null, { profileId: p.id, block: false })} />} />
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noneBlocked")} />
        )}
      </Section>
      <Section title={t("mutedTitle", { count: muted.length })} id="muted">
        <p className="mb-2 text-sm text-muted">{t("mutedHint")}</p>
        {muted.length ? (
          <ul className="divide-y divide-line">
            {muted.map((p) => (
              <Row key={p.id} profile={p} kind={t("kind", { kind: p.kind })} action={<ActionButton label={t("unmute")} ariaLabel={t("unmuteLabel", { name: p.name })} run={muteAction.bind(null, { profileId: p.id, mute: false })} />} />
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noneMuted")} />
        )}
      </Section>
    </>
  );
}
