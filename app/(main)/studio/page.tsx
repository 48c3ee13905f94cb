import type { Metadata } from "next";
import Link from "next/link";
import { KindBadge } from "@/components/profile/profile-row";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { getProfileByHandle } from "@/lib/profiles/queries";
import { compactNumber } from "@/lib/time";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage() {
  const viewer = await requireViewer("/studio");
  const pages = viewer.managed.map((m) => getProfileByHandle(m.handle)!).filter(Boolean);
  return (
    <>
      <PageTitle title="Studio" subtitle="Manage your artist, label and publication pages." />
      {pages.length === 0 ? (
        <EmptyState title="You do not manage any pages yet">Artists, labels and publications run their pages from here.</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {pages.map((p) => (
            <li key={p.id} className="flex items-center gap-4 rounded-3xl border border-line bg-surface p-4">
              <Avatar src={p.avatarUrl} name={p.name} size={56} />
              <div className="min-w-0 flex-1">
                <div className="flex items-center gap-2">
                  <p className="truncate font-semibold">{p.name}</p>
                  <KindBadge kind={p.kind} />
                </div>
                <p className="text-sm text-muted">
                  @{p.handle} · {compactNumber(p.followerCount)} followers
                </p>
              </div>
              <Link href={`/@${p.handle}`} className="rounded-full border border-line px-3 py-1.5 text-sm font-medium hover:bg-surface-2">
                View
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
