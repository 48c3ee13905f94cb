"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { postCommentAction, setCommentsOffAction } from "@/lib/comments/actions";
import type { CommentTarget } from "@/lib/comments/comments";
import type { CommentsView } from "@/lib/comments/queries";
import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";

/** The comments under a track or release: the box, the list with replies, and the team's switch. */
export function CommentThread({ target, view, reload, moment, onSeek }: { target: CommentTarget; view: CommentsView | null; reload: () => void; moment?: number | null; onSeek?: (ms: number) => void }) {
  const t = useTranslations("comments.thread");
  const pathname = usePathname();
  const [switchSaid, setSwitchSaid] = useState<string | null>(null);
  const post = async (body: string, atMs: number | null, parentId?: string) => {
    const result = await postCommentAction({ target, body, atMs, parentId });
    if (result.ok) reload();
    return result;
  };
  return (
    <section aria-labelledby="comments-heading" className="space-y-4" data-testid="comments">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="comments-heading" className="text-lg font-bold tracking-tight">
          {t("title")}
          {view ? <span className="ml-1.5 text-base font-semibold text-muted">{view.count}</span> : null}
        </h2>
        {view?.team && target.type === "track" ? (
          <button
            type="button"
            className="rounded-full border border-line px-3 py-1 text-xs font-semibold hover:bg-surface-2"
            onClick={async () => {
              const r = await setCommentsOffAction({ trackId: target.id, off: !view.commentsOff });
              setSwitchSaid(r.message ?? null);
              if (r.ok) reload();
            }}
          >
            {view.commentsOff ? t("turnOn") : t("turnOff")}
          </button>
        ) : null}
      </div>
      {switchSaid ? <p role="status" className="text-xs text-muted">{switchSaid}</p> : null}
      {!view ? (
        <p className="text-sm text-muted">{t("loading")}</p>
      ) : view.commentsOff ? (
        <p className="rounded-2xl bg-surface-2 px-4 py-3 text-sm text-muted">{t("off")}</p>
      ) : view.signedIn ? (
        <CommentComposer label={t("composerLabel", { type: target.type })} placeholder={t("placeholder")} moment={moment} onSubmit={(body, atMs) => post(body, atMs)} />
      ) : (
        <p className="text-sm text-muted">
          {t.rich("signIn", {
            link: (chunks) => (
              <Link href={`/signin?callbackUrl=${encodeURIComponent(pathname)}`} className="font-semibold text-accent-600 hover:underline dark:text-accent-400">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      {view && view.comments.length ? (
        <ol className="space-y-5">
          {view.comments.map((c) => (
            <li key={c.id}>
              <CommentItem comment={c} team={view.team} signedIn={view.signedIn} canReply={!view.commentsOff} onReply={(body) => post(body, null, c.id)} onSeek={onSeek} changed={reload} />
            </li>
          ))}
        </ol>
      ) : view && !view.commentsOff ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : null}
    </section>
  );
}
