import type { Metadata } from "next";
import Link from "next/link";
import { KindBadge } from "@/components/profile/profile-row";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { getProfileByHandle } from "@/lib/profiles/queries";
import { compactNumber } from "@/lib/time";
import { CreatePageForm } from "./create-page-form";
import { counted } from "@/lib/plural";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage() {
  const viewer = await requireViewer("/studio");
  const pages = (await Promise.all(viewer.managed.map(async (m) => await getProfileByHandle(m.handle)))).filter((p) => p !== null);
  return (
    <>
      <PageTitle title="Studio" subtitle="Run your artist, label and publication pages." />
      <Section title="Your pages">
        {pages.length === 0 ? (
          <EmptyState title="You do not manage any pages yet">Create one below: it gets its own profile, followers and Follow button.</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {pages.map((p) => (
              <li key={p.id}>
                <Link href={`/studio/pages/${p.id}`} className="flex items-center gap-4 rounded-3xl border border-line bg-surface p-4 transition hover:border-accent-500">
                  <Avatar src={p.avatarUrl} name={p.name} size={56} />
                  <div className="min-w-0 flex-1">
                    <div className="flex items-center gap-2">
                      <p className="truncate font-semibold">{p.name}</p>
                      <KindBadge kind={p.kind} />
                    </div>
                    <p className="text-sm text-muted">
                      @{p.handle} · {counted(p.followerCount, "follower", "followers", compactNumber)}
                    </p>
                  </div>
                  <span className="text-sm font-medium text-accent-500">Manage →</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Create a page">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <CreatePageForm />
        </div>
      </Section>
    </>
  );
}
