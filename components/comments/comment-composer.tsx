"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { CharCounter } from "@/components/ui/char-counter";
import { COMMENT_MAX } from "@/lib/comments/rules";
import { formatDuration } from "@/lib/time";

/** A comment box: keeps what was typed when posting fails, and says why. */
export function CommentComposer({
  label,
  placeholder,
  submitLabel,
  initial = "",
  moment,
  onSubmit,
  onCancel,
  autoFocus,
}: {
  label: string;
  placeholder?: string;
  submitLabel?: string;
  initial?: string;
  /** The moment of the track the comment can be pinned to (where the player is), if any. */
  moment?: number | null;
  onSubmit: (body: string, atMs: number | null) => Promise<{ ok: boolean; message?: string }>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const t = useTranslations("comments.composer");
  const id = useId();
  const [body, setBody] = useState(initial);
  const [pin, setPin] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await onSubmit(body, moment != null && pin ? moment : null);
      if (result.ok) {
        setBody("");
        setError(null);
      } else setError(result.message ?? t("failed"));
    });
  };
  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={2}
        placeholder={placeholder ?? label}
        autoFocus={autoFocus}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full resize-y rounded-2xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none"
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        {moment != null ? (
          <label className="inline-flex items-center gap-2 text-sm text-muted">
            <input type="checkbox" checked={pin} onChange={(e) => setPin(e.target.checked)} className="h-4 w-4 accent-accent-600" />
            {t("pinAt", { time: formatDuration(moment) })}
          </label>
        ) : null}
        <CharCounter length={body.length} max={COMMENT_MAX} />
        <span className="ml-auto flex gap-2">
          {onCancel ? (
            <Button type="button" variant="ghost" onClick={onCancel}>
              {t("cancel")}
            </Button>
          ) : null}
          <Button type="submit" disabled={pending || !body.trim()}>
            {pending ? t("posting") : (submitLabel ?? t("post"))}
          </Button>
        </span>
      </div>
    </form>
  );
}
