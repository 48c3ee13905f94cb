import type { Metadata } from "next";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { listConversations } from "@/lib/messages/queries";
import { relativeTime } from "@/lib/time";

export const metadata: Metadata = { title: "Messages" };

export default async function MessagesPage() {
  const viewer = await requireViewer("/messages");
  const conversations = listConversations(viewer.profile.id);
  return (
    <>
      <PageTitle title="Messages" subtitle="Conversations with the people and artists you follow." />
      {conversations.length === 0 ? (
        <EmptyState title="No conversations yet">When someone you follow writes to you, the conversation shows up here.</EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-3xl border border-line bg-surface">
          {conversations.map((c) => (
            <li key={c.id} className="flex items-center gap-3 px-4 py-3">
              <Avatar src={c.members[0]?.avatarUrl ?? null} name={c.title} size={44} />
              <div className="min-w-0 flex-1">
                <p className="truncate font-semibold">{c.title}</p>
                <p className="truncate text-sm text-muted">{c.lastMessage ?? "No messages yet"}</p>
              </div>
              <span className="text-xs text-muted">{relativeTime(c.lastMessageAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
