import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { requireViewer } from "@/lib/auth/guards";
import { isId } from "@/lib/ids";
import { markRead } from "@/lib/messages/read";
import { respondToRequestAction } from "@/lib/messages/actions";
import { asFormAction } from "@/lib/forms/action-state";
import { getConversationFor, listMessages } from "@/lib/messages/queries";
import { Conversation } from "./conversation";
import { BlockReport } from "@/components/profile/block-report";
import { messagingIdentity } from "@/lib/messages/identity";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages.conversationPage");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ requested?: string; as?: string }> };

export default async function ConversationPage({ params, searchParams }: Props) {
  const t = await getTranslations("messages.conversationPage");
  const { id } = await params;
  const query = await searchParams;
  const viewer = await requireViewer(`/messages/${id}`);
  // Writing as yourself or as a page you manage (its inbox).
  const me = messagingIdentity(viewer, query.as);
  // Only members: anyone else sees a plain 404.
  const view = me && isId(id) ? (await getConversationFor(id, me.id)) : null;
  if (!me || !view) notFound();
  const initial = await listMessages(id, me.id);
  if (view.myStatus === "active") await markRead(id, me.id);
  const requested = query.requested === "1";
  const as = me.id === viewer.profile.id ? undefined : me.id;
  const single = view.members.length === 1 ? view.members[0] : null;
  return (
    <>
      <div className="mb-4 flex items-center gap-3">
        <Link href="/messages" className="rounded-full px-2 py-1 text-sm text-muted hover:bg-surface-2" aria-label={t("back")}>
          ←
        </Link>
        <Avatar src={single?.avatarUrl ?? null} name={view.title} size={40} />
        <div className="min-w-0">
          <h1 className="truncate text-lg font-bold">{view.title}</h1>
          {single ? (
            <Link href={`/@${single.handle}`} className="text-sm text-muted hover:underline">
              @{single.handle}
            </Link>
          ) : (
            <p className="text-sm text-muted">{t("people", { count: view.members.length + 1 })}</p>
          )}
        </div>
      </div>
      {requested ? (
        <div className="mb-4">
          <FormMessage tone="success" message={t("sentAsRequest")} />
        </div>
      ) : null}
      {view.myStatus === "request" ? (
        <div className="mb-4 flex flex-wrap items-center gap-3 rounded-2xl border border-line bg-surface-2 px-4 py-3 text-sm" role="region" aria-label={t("request")}>
          <p className="flex-1">{t("requestText")}</p>
          <form action={asFormAction(respondToRequestAction).bind(null, { conversationId: id, accept: true, as })}>
            <Button type="submit">{t("accept")}</Button>
          </form>
          <form action={asFormAction(respondToRequestAction).bind(null, { conversationId: id, accept: false, as })}>
            <Button type="submit" variant="secondary">
              {t("decline")}
            </Button>
          </form>
          {single ? <BlockReport profileId={single.id} name={single.name} blocked={false} conversationId={id} inline /> : null}
        </div>
      ) : null}
      <Conversation conversationId={id} as={as} initial={initial} othersReadAt={view.othersReadAt} canSend={view.myStatus !== "declined"} group={view.members.length > 1} />
    </>
  );
}
