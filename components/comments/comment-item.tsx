"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import { deleteCommentAction, editCommentAction, moderateCommentAction, reportCommentAction } from "@/lib/comments/actions";
import type { CommentView } from "@/lib/comments/queries";
import { commentSegments } from "@/lib/comments/rules";
import { formatDuration } from "@/lib/time";
import { CommentComposer } from "./comment-composer";

type Result = { ok: boolean; message?: string };
const link = "rounded px-1 text-xs font-semibold text-muted hover:text-fg disabled:opacity-50";

/** Plain text with @mentions linked: nothing else in a comment is markup. */
function CommentBody({ body }: { body: string }) {
  return (
    <p className="whitespace-pre-line break-words text-sm leading-6">
      {commentSegments(body).map((s, i) =>
        "handle" in s ? (
          <Link key={i} href={`/@${s.handle}`} className="font-semibold text-accent-600 hover:underline dark:text-accent-400">
            @{s.handle}
          </Link>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}

/** One comment with what the viewer may do with it; a top-level one carries its replies. */
export function CommentItem({
  comment,
  team,
  signedIn,
  canReply,
  onReply,
  onSeek,
  changed,
}: {
  comment: CommentView;
  team: boolean;
  signedIn: boolean;
  canReply: boolean;
  onReply?: (body: string) => Promise<Result>;
  onSeek?: (ms: number) => void;
  changed: () => void;
}) {
  const t = useTranslations("comments.item");
  const [mode, setMode] = useState<"view" | "edit" | "reply" | "report" | "confirm-delete">("view");
  const [said, setSaid] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (act: () => Promise<Result>) => {
    setBusy(true);
    const result = await act();
    setBusy(false);
    setSaid(result);
    if (result.ok) {
      setMode("view");
      changed();
    }
    return result;
  };
  const who = comment.author.name;
  return (
    <article className={`flex gap-3 ${comment.hidden ? "opacity-60" : ""}`} aria-label={t("label", { name: who })} data-testid="comment">
      <Link href={`/@${comment.author.handle}`} className="shrink-0" aria-hidden tabIndex={-1}>
        <Avatar src={comment.author.avatarUrl} name={who} size={36} />
      </Link>
      <div className="min-w-0 flex-1 space-y-1">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <Link href={`/@${comment.author.handle}`} className="font-semibold hover:underline">
            {who}
          </Link>
          {comment.atMs !== null ? (
            <button type="button" onClick={() => onSeek?.(comment.atMs!)} className="rounded-full bg-accent-500/10 px-2 text-xs font-semibold text-accent-600 hover:bg-accent-500/20 dark:text-accent-400" aria-label={t("playFrom", { time: formatDuration(comment.atMs) })}>
              {t("at", { time: formatDuration(comment.atMs) })}
            </button>
          ) : null}
          <RelativeTime at={new Date(comment.createdAt)} className="text-xs text-muted" />
          {comment.edited ? <span className="text-xs text-muted">{t("edited")}</span> : null}
          {comment.hidden ? <span className="rounded-full bg-surface-2 px-2 text-xs font-semibold text-muted">{t("hidden")}</span> : null}
        </p>
        {mode === "edit" ? (
          <CommentComposer label={t("editLabel")} initial={comment.body} submitLabel={t("save")} autoFocus onCancel={() => setMode("view")} onSubmit={(body) => run(() => editCommentAction({ commentId: comment.id, body }))} />
        ) : (
          <CommentBody body={comment.body} />
        )}
        {mode === "view" || mode === "reply" ? (
          <div className="flex flex-wrap items-center gap-1">
            {canReply && signedIn ? (
              <button type="button" className={link} onClick={() => setMode(mode === "reply" ? "view" : "reply")} aria-expanded={mode === "reply"}>
                {t("reply")}
              </button>
            ) : null}
            {comment.canEdit ? (
              <button type="button" className={link} onClick={() => setMode("edit")}>
                {t("edit")}
              </button>
            ) : null}
            {comment.mine || team ? (
              <button type="button" className={link} onClick={() => setMode("confirm-delete")} aria-label={t("deleteLabel", { name: who })}>
                {t("delete")}
              </button>
            ) : null}
            {team && !comment.mine ? (
              <button type="button" className={link} disabled={busy} onClick={() => void run(() => moderateCommentAction({ commentId: comment.id, op: comment.hidden ? "show" : "hide" }))}>
                {comment.hidden ? t("show") : t("hide")}
              </button>
            ) : null}
            {signedIn && !comment.mine ? (
              <button type="button" className={link} onClick={() => setMode("report")}>
                {t("report")}
              </button>
            ) : null}
          </div>
        ) : null}
        {mode === "confirm-delete" ? (
          <p className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={t("confirmLabel")}>
            {comment.replies.length ? t("confirmWithReplies") : t("confirm")}
            <button type="button" disabled={busy} className="rounded-full bg-red-600 px-3 py-1 text-xs font-semibold text-white hover:bg-red-500" onClick={() => void run(() => (comment.mine ? deleteCommentAction({ commentId: comment.id }) : moderateCommentAction({ commentId: comment.id, op: "delete" })))}>
              {t("delete")}
            </button>
            <button type="button" className={link} onClick={() => setMode("view")}>
              {t("keep")}
            </button>
          </p>
        ) : null}
        {mode === "report" ? (
          <form
            className="flex flex-wrap items-center gap-2 text-sm"
            onSubmit={(e) => {
              e.preventDefault();
              const reason = String(new FormData(e.currentTarget).get("reason") ?? "");
              void run(() => reportCommentAction({ commentId: comment.id, reason }));
            }}
          >
            <label htmlFor={`report-${comment.id}`} className="text-muted">
              {t("reportQuestion")}
            </label>
            <select id={`report-${comment.id}`} name="reason" className="rounded-xl border border-line bg-surface px-2 py-1 text-sm">
              {/* The reason reaches the moderators as written here, in English, whatever the reporter's language. */}
              <option value="Spam">{t("reasons.spam")}</option>
              <option value="Harassment or hate">{t("reasons.harassment")}</option>
              <option value="Something else">{t("reasons.other")}</option>
            </select>
            <button type="submit" disabled={busy} className="rounded-full bg-fg px-3 py-1 text-xs font-semibold text-bg">
              {t("sendReport")}
            </button>
            <button type="button" className={link} onClick={() => setMode("view")}>
              {t("cancel")}
            </button>
          </form>
        ) : null}
        {said?.message ? (
          <p role="status" className={`text-xs ${said.ok ? "text-muted" : "text-red-600 dark:text-red-400"}`}>
            {said.message}
          </p>
        ) : null}
        {mode === "reply" && onReply ? (
          <CommentComposer label={t("replyLabel", { name: who })} submitLabel={t("reply")} autoFocus onCancel={() => setMode("view")} onSubmit={async (body) => {
            const result = await onReply(body);
            if (result.ok) setMode("view");
            return result;
          }} />
        ) : null}
        {comment.replies.length ? (
          <ol className="mt-3 space-y-3 border-l-2 border-line pl-4" aria-label={t("replies", { name: who })}>
            {comment.replies.map((r) => (
              <li key={r.id}>
                <CommentItem comment={r} team={team} signedIn={signedIn} canReply={false} onSeek={onSeek} changed={changed} />
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </article>
  );
}
