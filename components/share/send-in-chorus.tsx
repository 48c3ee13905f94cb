"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { shareTargetsAction, shareToConversationsAction, type ShareTarget } from "@/lib/messages/actions";

/** What can be sent into a conversation as a card (lib/messages/cards.ts). */
export type SharedType = "track" | "release" | "profile" | "concert" | "product" | "video" | "playlist";

/** The share sheet's "send to conversations" part: pick, add a note, send as a card. */
export function SendInChorus({ type, id }: { type: SharedType; id: string }) {
  const t = useTranslations("share.send");
  const pathname = usePathname();
  const [targets, setTargets] = useState<ShareTarget[] | null | "signin">(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [result, setResult] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    void shareTargetsAction(null).then((r) => live && setTargets(r.ok && r.data ? r.data.targets : "signin"));
    return () => {
      live = false;
    };
  }, []);

  if (targets === null) return <p className="text-sm text-muted">{t("loading")}</p>;
  if (targets === "signin")
    return (
      <p className="text-sm">
        {t.rich("signIn", {
          link: (chunks) => (
            <Link href={`/signin?callbackUrl=${encodeURIComponent(pathname)}`} className="font-semibold underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  const send = () =>
    startTransition(async () => {
      const r = await shareToConversationsAction({ conversationIds: picked, type, id, note });
      const sent = r.data?.sent ?? 0;
      setResult(r.ok ? { tone: "ok", text: t("sent", { count: sent }) } : { tone: "error", text: r.message ?? t("failed") });
      if (r.ok) {
        setPicked([]);
        setNote("");
      }
    });
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t("legend")}</legend>
      {targets.length === 0 ? (
        <p className="text-sm text-muted">
          {t.rich("none", {
            link: (chunks) => (
              <Link href="/messages" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <>
          <div className="max-h-40 space-y-1 overflow-y-auto">
            {targets.map((t) => (
              <label key={t.id} className="flex items-center gap-2 rounded-lg px-2 py-1 text-sm hover:bg-surface-2">
                <input type="checkbox" checked={picked.includes(t.id)} onChange={(e) => setPicked((p) => (e.target.checked ? [...p, t.id] : p.filter((x) => x !== t.id)))} className="h-4 w-4 accent-accent-600" />
                <span className="truncate">{t.title}</span>
              </label>
            ))}
          </div>
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} placeholder={t("notePlaceholder")} aria-label={t("note")} className="block w-full rounded-xl border border-line bg-surface px-3 py-2 text-sm" />
          <button type="button" onClick={send} disabled={pending || picked.length === 0} className="rounded-full bg-accent-600 px-4 py-2 text-sm font-semibold text-white hover:bg-accent-500 disabled:opacity-50">
            {pending ? t("sending") : t("send")}
          </button>
        </>
      )}
      {result ? (
        <p role={result.tone === "error" ? "alert" : "status"} className={`text-sm ${result.tone === "error" ? "text-red-600 dark:text-red-400" : "text-emerald-700 dark:text-emerald-300"}`}>
          {result.text}
        </p>
      ) : null}
    </fieldset>
  );
}
