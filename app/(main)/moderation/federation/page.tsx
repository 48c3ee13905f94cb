import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { db } from "@/db";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { siteRoleMay } from "@/lib/auth/site-roles";
import { federationOverview, listFederationBlocks } from "@/lib/federation/blocks";
import { federationConfig } from "@/lib/federation/settings";
import { getOpenReportCount } from "@/lib/moderation/queries";
import { ModerationTabs } from "../moderation-tabs";
import { BlockForm, UnblockButton } from "./block-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.federation");
  return { title: t("metaTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** Staff see which servers this one federates with; admins block domains and accounts. */
export default async function FederationModerationPage() {
  const viewer = await requireViewer("/moderation/federation");
  if (!siteRoleMay(viewer.siteRole, "moderator")) notFound();
  const config = federationConfig();
  const [t, format, blocks, overview, open] = await Promise.all([getTranslations("moderation.federation"), getFormatter(), listFederationBlocks(db), federationOverview(db), getOpenReportCount()]);
  const isAdmin = siteRoleMay(viewer.siteRole, "admin");
  const stats = [
    { key: "servers", value: overview.servers },
    { key: "actors", value: overview.actors },
    { key: "followers", value: overview.followers },
    { key: "follows", value: overview.follows },
  ] as const;
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle title={t("title")} subtitle={config.enabled ? t("federatesAs", { host: config.host }) : t("off", { reason: config.reason })} />
      <ModerationTabs current="federation" open={open} />
      <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((s) => (
          <div key={s.key} className="rounded-2xl border border-line bg-surface p-4">
            <dt className="text-xs text-muted">{t(`stats.${s.key}`)}</dt>
            <dd className="text-2xl font-bold">{format.number(s.value)}</dd>
          </div>
        ))}
      </dl>
      {isAdmin ? (
        <Section title={t("blockTitle")}>
          <p className="mb-3 text-sm text-muted">{t("blockHint")}</p>
          <BlockForm />
        </Section>
      ) : null}
      <Section title={t("blocked")}>
        {blocks.length || config.blockedDomains.length ? (
          <ul className="divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="federation-blocks">
            {config.blockedDomains.map((d) => (
              <li key={`env-${d}`} className="flex items-center justify-between gap-3 px-5 py-3 text-sm">
                <span className="min-w-0 break-all font-medium">{d}</span>
                <span className="shrink-0 text-xs text-muted">{t("fromEnv", { name: "FEDERATION_BLOCKED_DOMAINS" })}</span>
              </li>
            ))}
            {blocks.map((b) => (
              <li key={b.target} className="flex items-center justify-between gap-3 px-5 py-3 text-sm">
                <span className="min-w-0">
                  <span className="block break-all font-medium">{b.target}</span>
                  {b.reason ? <span className="block text-muted">{b.reason}</span> : null}
                </span>
                {isAdmin ? <UnblockButton target={b.target} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noBlocks")} />
        )}
      </Section>
      {overview.failingInboxes.length ? (
        <Section title={t("failing")}>
          <p className="mb-3 text-sm text-muted">{t("failingHint")}</p>
          <ul className="divide-y divide-line rounded-3xl border border-line bg-surface text-sm">
            {overview.failingInboxes.map((f) => (
              <li key={f.inbox} className="px-5 py-3">
                <span className="block break-all font-medium">{f.inbox}</span>
                <span className="block text-muted">{f.lastError}</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
