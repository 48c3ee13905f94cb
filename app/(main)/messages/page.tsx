import type { Metadata } from "next";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { listConversations, unreadConversationCount, type ConversationSummary } from "@/lib/messages/queries";
import { relativeTime } from "@/lib/time";
import { NewMessageForm } from "./new-message-form";
import { asQuery, messagingIdentity } from "@/lib/messages/identity";
import { inboxesOf } from "@/lib/auth/viewer-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages.inbox");
  return { title: t("title") };
}

function List({ items, as }: { items: ConversationSummary[]; as: string }) {
  const t = useTranslations("messages.inbox");
  const locale = useLocale();
  return (
    <ul className="divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="conversations">
      {items.map((c) => (
        <li key={c.id}>
          <Link href={`/messages/${c.id}${as}`} className="flex items-center gap-3 px-4 py-3 hover:bg-surface-2">
            <Avatar src={c.members[0]?.avatarUrl ?? null} name={c.title} size={44} />
            <div className="min-w-0 flex-1">
              <p className={`truncate ${c.unread ? "font-bold" : "font-semibold"}`}>{c.title}</p>
              <p className={`truncate text-sm ${c.unread ? "text-fg" : "text-muted"}`}>{c.lastMessage ?? t("noMessages")}</p>
            </div>
            <div className="flex flex-col items-end gap-1">
              <span className="text-xs text-muted">{relativeTime(c.lastMessageAt, new Date(), locale)}</span>
              {c.unread ? (
                <span className="min-w-5 rounded-full bg-accent-600 px-1.5 text-center text-[11px] font-semibold leading-5 text-white" aria-label={t("unread", { count: c.unread })} data-testid="unread">
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

export default async function MessagesPage({ searchParams }: { searchParams: Promise<{ to?: string; as?: string }> }) {
  const query = await searchParams;
  const t = await getTranslations("messages.inbox");
  const viewer = await requireViewer("/messages");
  // Your own messages, or the inbox of a page you manage (people write to artists, labels and publications).
  const me = messagingIdentity(viewer, query.as);
  if (!me) notFound();
  const as = asQuery(viewer, me.id);
  const all = await listConversations(me.id);
  const inbox = all.filter((c) => c.status === "active");
  const requests = all.filter((c) => c.status === "request");
  const to = (query.to ?? "").slice(0, 31);
  const identities = inboxesOf(viewer);
  return (
    <>
      <PageTitle
        title={me.id === viewer.profile.id ? t("title") : t("titleFor", { name: me.name })}
        subtitle={me.id === viewer.profile.id ? t("subtitle") : t("subtitleFor", { name: me.name })}
      />
      {identities.length > 1 ? (
        <nav aria-label={t("inboxes")} className="-mt-2 mb-6 flex flex-wrap gap-2">
          {(await Promise.all(identities.map(async (p) => {
            const unread = await unreadConversationCount(p.id);
            return (
              <Link key={p.id} href={`/messages${asQuery(viewer, p.id)}`} aria-current={p.id === me.id ? "page" : undefined} className={`inline-flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium ${p.id === me.id ? "border-accent-500 bg-accent-600/10" : "border-line hover:bg-surface-2"}`}>
                <Avatar src={p.avatarUrl} name={p.name} size={22} />
                {p.id === viewer.profile.id ? t("you") : p.name}
                {unread ? <span className="rounded-full bg-accent-600 px-1.5 text-[11px] font-semibold leading-5 text-white" aria-label={t("unread", { count: unread })}>{unread}</span> : null}
              </Link>
            );
          })))}
        </nav>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          {requests.length ? (
            <Section title={t("requests", { count: requests.length })} id="requests">
              <p className="mb-2 text-sm text-muted">{t("requestsText")}</p>
              <List items={requests} as={as} />
            </Section>
          ) : null}
          <Section title={t("inbox")} id="inbox">
            {inbox.length === 0 ? <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState> : <List items={inbox} as={as} />}
          </Section>
        </div>
        <NewMessageForm to={to} as={me.id === viewer.profile.id ? undefined : me.id} />
      </div>
    </>
  );
}
