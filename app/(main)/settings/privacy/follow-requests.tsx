import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, Section } from "@/components/ui/section";
import { answerFollowRequestAction } from "@/lib/account/actions";
import type { getFollowRequests } from "@/lib/account/queries";

/** A private profile's followers waiting for approval: approve, or remove them as followers (they are not told). */
export function FollowRequests({ requests }: { requests: Awaited<ReturnType<typeof getFollowRequests>> }) {
  return (
    <div className="mt-8">
      <Section title={`Follow requests (${requests.length})`} id="follow-requests">
        {requests.length ? (
          <ul className="divide-y divide-line">
            {requests.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-3 py-3">
                <Link href={`/@${r.handle}`} className="flex min-w-0 flex-1 items-center gap-3">
                  <Avatar src={r.avatarUrl} name={r.name} size={40} />
                  <span className="min-w-0">
                    <span className="block truncate font-semibold">{r.name}</span>
                    <span className="block truncate text-sm text-muted">@{r.handle}</span>
                  </span>
                </Link>
                <ActionButton variant="primary" label="Approve" ariaLabel={`Approve ${r.name}`} run={answerFollowRequestAction.bind(null, { profileId: r.id, approve: true })} />
                <ActionButton label="Remove" ariaLabel={`Remove ${r.name} as a follower`} confirm="Remove this follower?" run={answerFollowRequestAction.bind(null, { profileId: r.id, approve: false })} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No follow requests">New followers appear here until you approve them.</EmptyState>
        )}
      </Section>
    </div>
  );
}
