"use client";

import { useLocale, useTranslations } from "next-intl";
import { dateFormat } from "@/lib/intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { MessageCard } from "@/components/messages/message-card";
import { Avatar } from "@/components/ui/avatar";
import { useHydrated } from "@/components/ui/use-hydrated";
import { markReadAction, sendMessageAction } from "@/lib/messages/actions";
import type { ChatMessage } from "@/lib/messages/queries";
import { CharCounter } from "@/components/ui/char-counter";
import { MessageReport } from "./message-report";

type Props = { conversationId: string; as?: string; initial: ChatMessage[]; othersReadAt: string | null; canSend: boolean; group: boolean };

/** "20:30" in the page's language (British English for English, as formatInZone). */
const time = (iso: string, locale: string) => dateFormat(locale === "en" ? "en-GB" : locale, { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));

/** The live conversation: server-sent events bring new messages; sending is optimistic. Text only, never HTML. */
export function Conversation({ conversationId, as, initial, othersReadAt: initialRead, canSend, group }: Props) {
  const t = useTranslations("messages.conversation");
  const locale = useLocale();
  const hydrated = useHydrated();
  const [items, setItems] = useState<(ChatMessage & { pending?: boolean })[]>(initial);
  const [readAt, setReadAt] = useState(initialRead);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const bottom = useRef<HTMLDivElement>(null);
  const lastAt = useRef(initial.at(-1)?.createdAt ?? new Date().toISOString());

  useEffect(() => {
    const source = new EventSource(`/api/messages/${conversationId}/stream?after=${encodeURIComponent(lastAt.current)}${as ? `&as=${as}` : ""}`);
    source.addEventListener("message", (e) => {
      const m = JSON.parse((e as MessageEvent).data) as ChatMessage;
      lastAt.current = m.createdAt;
      setItems((list) => (list.some((x) => x.id === m.id) ? list : [...list.filter((x) => !(x.pending && x.mine && m.mine && x.body === m.body)), m]));
      if (!m.mine) void markReadAction(as ? { conversationId, as } : conversationId);
    });
    source.addEventListener("read", (e) => setReadAt((JSON.parse((e as MessageEvent).data) as { othersReadAt: string | null }).othersReadAt));
    return () => source.close();
  }, [conversationId, as]);

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" });
  }, [items.length]);

  const send = (e: React.FormEvent) => {
    e.preventDefault();
    const body = text.trim();
    if (!body) return;
    const temp: ChatMessage & { pending: boolean } = { id: `pending-${Date.now()}`, body, createdAt: new Date().toISOString(), mine: true, sender: { id: "", handle: "", name: t("you"), avatarUrl: null }, card: null, pending: true };
    setItems((list) => [...list, temp]);
    setText("");
    setError(null);
    startTransition(async () => {
      const result = await sendMessageAction({ conversationId, body, as });
      if (result.ok) {
        const sent = result.data?.message ?? null;
        setItems((list) => (sent ? (list.some((x) => x.id === sent.id) ? list.filter((x) => x.id !== temp.id) : list.map((x) => (x.id === temp.id ? sent : x))) : list));
      } else {
        setItems((list) => list.filter((x) => x.id !== temp.id));
        setText(body); // nothing typed is lost
        setError(result.message ?? t("failed"));
      }
    });
  };

  const lastMine = [...items].reverse().find((m) => m.mine && !m.pending);
  return (
    <div className="flex min-h-[60dvh] flex-col rounded-3xl border border-line bg-surface">
      <ol className="flex-1 space-y-3 overflow-y-auto p-4" aria-label={t("list")} aria-live="polite" data-testid="message-list">
        {items.length === 0 ? <li className="py-10 text-center text-sm text-muted">{t("empty")}</li> : null}
        {items.map((m) => (
          <li key={m.id} className={`flex items-end gap-2 ${m.mine ? "flex-row-reverse" : ""}`} data-testid="message">
            {!m.mine ? <Avatar src={m.sender.avatarUrl} name={m.sender.name} size={28} /> : null}
            <div className={`max-w-[80%] ${m.mine ? "items-end text-right" : ""} flex flex-col`}>
              {group && !m.mine ? <span className="mb-0.5 text-xs text-muted">{m.sender.name}</span> : null}
              {m.body ? <p className={`whitespace-pre-wrap break-words wrap-anywhere rounded-2xl px-3.5 py-2 text-left text-sm ${m.mine ? "bg-accent-600 text-white" : "bg-surface-2"} ${m.pending ? "opacity-60" : ""}`}>{m.body}</p> : null}
              {m.card ? <MessageCard card={m.card} /> : null}
              <span className="mt-0.5 text-[11px] text-muted">
                {m.pending ? t("sending") : time(m.createdAt, locale)}
                {lastMine?.id === m.id && readAt && readAt >= m.createdAt ? <> · {t("seen")}</> : ""}
              </span>
              {!m.mine && !m.pending ? <MessageReport messageId={m.id} senderId={m.sender.id} senderName={m.sender.name} /> : null}
            </div>
          </li>
        ))}
        <div ref={bottom} />
      </ol>
      {canSend ? (
        <form onSubmit={send} className="flex items-end gap-2 border-t border-line p-3">
          <label htmlFor="message-body" className="sr-only">
            {t("label")}
          </label>
          <textarea
            id="message-body"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
            rows={1}
            aria-describedby="message-count"
            placeholder={t("placeholder")}
            className="max-h-40 min-h-10 flex-1 resize-none rounded-2xl border border-line bg-surface px-3.5 py-2 text-sm focus:border-accent-500 focus:outline-none"
          />
          <CharCounter id="message-count" length={text.length} max={2000} />
          <button type="submit" disabled={!hydrated || !text.trim() || text.length > 2000} className="h-10 rounded-full bg-accent-600 px-5 text-sm font-semibold text-white hover:bg-accent-500 disabled:opacity-50">
            {t("send")}
          </button>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="px-4 pb-3 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
