import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { siteRoleMay } from "@/lib/auth/site-roles";
import { federationOverview, listFederationBlocks } from "@/lib/federation/blocks";
import { federationConfig } from "@/lib/federation/settings";
import { getOpenReportCount } from "@/lib/moderation/queries";
import { ModerationTabs } from "../moderation-tabs";
import { BlockForm, UnblockButton } from "./block-forms";

export const metadata: Metadata = { title: "Other servers · Moderation", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Staff see which servers this one federates with; admins block domains and accounts. */
export default async function FederationModerationPage() {
  const viewer = await requireViewer("/moderation/federation");
  if (!siteRoleMay(viewer.siteRole, "moderator")) notFound();
  const config = federationConfig();
  const [blocks, overview, open] = await Promise.all([listFederationBlocks(db), federationOverview(db), getOpenReportCount()]);
  const isAdmin = siteRoleMay(viewer.siteRole, "admin");
  const stats = [
    { label: "Servers", value: overview.servers },
    { label: "Profiles known", value: overview.actors },
    { label: "Followers elsewhere", value: overview.followers },
    { label: "Follows of people elsewhere", value: overview.follows },
  ];
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle title="Moderation" subtitle={config.enabled ? `This server federates as ${config.host}.` : `Federation is off (${config.reason}). Blocks still apply once it is on.`} />
      <ModerationTabs current="federation" open={open} />
      <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((s) => (
          <div key={s.label} className="rounded-2xl border border-line bg-surface p-4">
            <dt className="text-xs text-muted">{s.label}</dt>
            <dd className="text-2xl font-bold">{s.value.toLocaleString("en")}</dd>
          </div>
        ))}
      </dl>
      {isAdmin ? (
        <Section title="Block a server or an account">
          <p className="mb-3 text-sm text-muted">Nothing more is accepted from it or sent to it, and the profiles, follows and posts this server kept of it are removed. A domain covers its subdomains.</p>
          <BlockForm />
        </Section>
      ) : null}
      <Section title="Blocked">
        {blocks.length || config.blockedDomains.length ? (
          <ul className="divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="federation-blocks">
            {config.blockedDomains.map((d) => (
              <li key={`env-${d}`} className="flex items-center justify-between gap-3 px-5 py-3 text-sm">
                <span className="min-w-0 break-all font-medium">{d}</span>
                <span className="shrink-0 text-xs text-muted">set in FEDERATION_BLOCKED_DOMAINS</span>
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
          <EmptyState title="No server is blocked" />
        )}
      </Section>
      {overview.failingInboxes.length ? (
        <Section title="Not answering">
          <p className="mb-3 text-sm text-muted">These inboxes failed for a whole day. Deliveries to them pause for a week unless their server talks to this one again.</p>
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
