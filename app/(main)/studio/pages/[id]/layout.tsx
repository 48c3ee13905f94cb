import Link from "next/link";
import { PageTitle } from "@/components/ui/section";
import { unreadConversationCount } from "@/lib/messages/queries";
import { counted } from "@/lib/plural";
import { loadStudioPage } from "./studio-page";
import { StudioTabs, type StudioTab } from "./studio-tabs";

/** Every Studio section of a page: its name, its inbox and public page, and the sections' tabs. */
export default async function StudioPageLayout({ params, children }: { params: Promise<{ id: string }>; children: React.ReactNode }) {
  const { id } = await params;
  const { page } = await loadStudioPage(id);
  const inboxUnread = await unreadConversationCount(page.id);
  const base = `/studio/pages/${page.id}`;
  const tabs: StudioTab[] = [
    { href: base, label: "Overview" },
    { href: `${base}/audience`, label: "Audience" },
    ...(page.kind === "artist" || page.kind === "label" ? [{ href: `${base}/music`, label: "Music" }] : []),
    { href: `${base}/videos`, label: "Videos" },
    ...(page.kind !== "publication" ? [{ href: `${base}/concerts`, label: "Concerts" }] : []),
    { href: `${base}/merch`, label: "Merch" },
    { href: `${base}/orders`, label: "Orders" },
    { href: `${base}/announcements`, label: "Announcements" },
    { href: `${base}/embeds`, label: "Embeds" },
    { href: `${base}/settings`, label: "Page settings" },
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/studio" className="text-muted hover:underline">
          ← Studio
        </Link>
      </p>
      <PageTitle
        title={page.name}
        subtitle={`@${page.handle} · ${counted(page.followerCount, "follower")}`}
        action={
          <div className="flex flex-wrap gap-2">
            <Link href={`/messages?as=${page.id}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
              Inbox{inboxUnread ? ` (${inboxUnread})` : ""}
            </Link>
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
