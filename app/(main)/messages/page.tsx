import type { Metadata } from "next";
import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { listConversations, type ConversationSummary } from "@/lib/messages/queries";
import { relativeTime } from "@/lib/time";
import { NewMessageForm } from "./new-message-form";

export const metadata: Metadata = { title: "Messages" };

function List({ items }: { items: ConversationSummary[] }) {
  return (
    <ul className="divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="conversations">
      {items.map((c) => (
        <li key={c.id}>
          <Link href={`/messages/${c.id}`} className="flex items-center gap-3 px-4 py-3 hover:bg-surface-2">
            <Avatar src={c.members[0]?.avatarUrl ?? null} name={c.title} size={44} />
            <div className="min-w-0 flex-1">
              <p className={`truncate ${c.unread ? "font-bold" : "font-semibold"}`}>{c.title}</p>
              <p className={`truncate text-sm ${c.unread ? "text-fg" : "text-muted"}`}>{c.lastMessage ?? "No messages yet"}</p>
            </div>
            <div className="flex flex-col items-end gap-1">
              <span className="text-xs text-muted">{relativeTime(c.lastMessageAt)}</span>
              {c.unread ? (
                <span className="min-w-5 rounded-full bg-accent-600 px-1.5 text-center text-[11px] font-semibold leading-5 text-white" aria-label={`${c.unread} unread`} data-testid="unread">
                  {c.unread}
                </span>
              ) : null}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default async function MessagesPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const viewer = await requireViewer("/messages");
  const all = listConversations(viewer.profile.id);
  const inbox = all.filter((c) => c.status === "active");
  const requests = all.filter((c) => c.status === "request");
  const to = ((await searchParams).to ?? "").slice(0, 31);
  return (
    <>
      <PageTitle title="Messages" subtitle="Share songs, shows and merch with the people you follow and who follow you." />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          {requests.length ? (
            <Section title={`Requests (${requests.length})`} id="requests">
              <p className="mb-2 text-sm text-muted">From people you do not follow. They cannot see whether you read them until you accept.</p>
              <List items={requests} />
            </Section>
          ) : null}
          <Section title="Inbox" id="inbox">
            {inbox.length === 0 ? <EmptyState title="No conversations yet">Write to someone, or share a track from its page.</EmptyState> : <List items={inbox} />}
          </Section>
        </div>
        <NewMessageForm to={to} />
      </div>
    </>
  );
}
