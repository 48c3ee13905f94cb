import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { muteAction } from "@/lib/account/actions";
import { getBlockedAndMuted } from "@/lib/account/queries";
import { requireViewer } from "@/lib/auth/guards";
import { blockAction } from "@/lib/messages/actions";
import { KIND_LABELS } from "@/lib/profiles/dto";

export const metadata: Metadata = { title: "Blocked and muted" };

type Listed = Awaited<ReturnType<typeof getBlockedAndMuted>>["blocked"][number];

function Row({ profile, action }: { profile: Listed; action: React.ReactNode }) {
  return (
    <li className="flex items-center gap-3 py-3">
      <Link href={`/@${profile.handle}`} className="flex min-w-0 flex-1 items-center gap-3">
        <Avatar src={profile.avatarUrl} name={profile.name} size={40} />
        <span className="min-w-0">
          <span className="block truncate font-semibold">{profile.name}</span>
          <span className="block truncate text-sm text-muted">
            @{profile.handle} · {KIND_LABELS[profile.kind]}
          </span>
        </span>
      </Link>
      {action}
    </li>
  );
}

export default async function BlockedSettingsPage() {
  const viewer = await requireViewer("/settings/blocked");
  const { blocked, muted } = await getBlockedAndMuted(viewer.profile.id);
  return (
    <>
      <PageTitle title="Blocked and muted" subtitle="Block or mute anyone from the ⋯ menu on their profile." />
      <Section title={`Blocked (${blocked.length})`} id="blocked">
        <p className="mb-2 text-sm text-muted">Blocked profiles cannot follow you, message you, mention you or reply to your comments, and you do not follow each other.</p>
        {blocked.length ? (
          <ul className="divide-y divide-line">
            {blocked.map((p) => (
              <Row key={p.id} profile={p} action={<ActionButton label="Unblock" ariaLabel={`Unblock ${p.name}`} run={blockAction.bind(null, { profileId: p.id, block: false })} />} />
            ))}
          </ul>
        ) : (
          <EmptyState title="You have not blocked anyone" />
        )}
      </Section>
      <Section title={`Muted (${muted.length})`} id="muted">
        <p className="mb-2 text-sm text-muted">You still follow muted profiles, but their posts stay out of your stream. They are not told.</p>
        {muted.length ? (
          <ul className="divide-y divide-line">
            {muted.map((p) => (
              <Row key={p.id} profile={p} action={<ActionButton label="Unmute" ariaLabel={`Unmute ${p.name}`} run={muteAction.bind(null, { profileId: p.id, mute: false })} />} />
            ))}
          </ul>
        ) : (
          <EmptyState title="You have not muted anyone" />
        )}
      </Section>
    </>
  );
}
