import Link from "next/link";
import { PageTitle } from "@/components/ui/section";
import { unreadConversationCount } from "@/lib/messages/queries";
import { counted } from "@/lib/plural";
import { roleWithArticle } from "@/lib/auth/roles";
import { loadStudioPage } from "./studio-page";
import { StudioTabs, type StudioTab } from "./studio-tabs";

/** Every Studio section of a page: its name, its inbox and public page, and the sections' tabs. */
export default async function StudioPageLayout({ params, children }: { params: Promise<{ id: string }>; children: React.ReactNode }) {
  const { id } = await params;
  const { page, role, can, sections } = await loadStudioPage(id);
  const inboxUnread = can("message") ? await unreadConversationCount(page.id) : 0;
  const base = `/studio/pages/${page.id}`;
  const tabs: StudioTab[] = sections.map((s) => ({ href: s.path ? `${base}/${s.path}` : base, label: s.label }));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/studio" className="text-muted hover:underline">
          ← Studio
        </Link>
      </p>
      <PageTitle
        title={page.name}
        subtitle={`@${page.handle} · ${counted(page.followerCount, "follower")}${role === "owner" ? "" : ` · You are ${roleWithArticle(role)}`}`}
        action={
          <div className="flex flex-wrap gap-2">
            {can("message") ? (
              <Link href={`/messages?as=${page.id}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
                Inbox{inboxUnread ? ` (${inboxUnread})` : ""}
              </Link>
            ) : null}
            <Link href={`/@${page.handle}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
              View page
            </Link>
          </div>
        }
      />
      <StudioTabs tabs={tabs} />
      {children}
    </>
  );
}
