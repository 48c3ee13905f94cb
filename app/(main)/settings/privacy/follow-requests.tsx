import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, Section } from "@/components/ui/section";
import { answerFollowRequestAction } from "@/lib/account/actions";
import type { getFollowRequests } from "@/lib/account/queries";

/** A private profile's followers waiting for approval: approve, or remove them as followers (they are not told). */
export function FollowRequests({ requests }: { requests: Awaited<ReturnType<typeof getFollowRequests>> }) {
  const t = useTranslations("settings.privacy.requests");
  return (
    <div className="mt-8">
      <Section title={t("title", { count: requests.length })} id="follow-requests">
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
                <ActionButton variant="primary" label={t("approve")} ariaLabel={t("approveLabel", { name: r.name })} run={answerFollowRequestAction.bind(null, { profileId: r.id, approve: true })} />
                <ActionButton label={t("remove")} ariaLabel={t("removeLabel", { name: r.name })} confirm={t("removeConfirm")} run={answerFollowRequestAction.bind(null, { profileId: r.id, approve: false })} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("none")}>{t("noneHint")}</EmptyState>
        )}
      </Section>
    </div>
  );
}
