"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { remoteFollowAction } from "@/lib/federation/actions";

type State = "none" | "pending" | "accepted";

/** Follow someone on another server. "Requested" until their server accepts; the server's answer wins. */
export function RemoteFollowButton({ actorId, initial, signedIn, name, returnTo }: { actorId: string; initial: State; signedIn: boolean; name: string; returnTo: string }) {
  const t = useTranslations("fediverse.remoteFollow");
  const [state, setState] = useState<State>(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  if (!signedIn) {
    return (
      <a href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`} className="inline-flex h-10 items-center rounded-full bg-accent-600 px-5 text-sm font-semibold text-white hover:bg-accent-500">
        {t("signIn")}
      </a>
    );
  }
  const following = state !== "none";
  const toggle = () =>
    start(async () => {
      setMessage(null);
      const r = await remoteFollowAction({ actorId, follow: !following });
      if (r.ok) {
        const next = (r as { data?: { state: State } }).data?.state ?? (following ? "none" : "pending");
        setState(next);
        setMessage({ ok: true, text: r.message ?? "" });
      } else setMessage({ ok: false, text: r.message ?? t("failed") });
    });
  const label = state === "accepted" ? t("following") : state === "pending" ? t("requested") : t("follow");
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        aria-pressed={following}
        aria-label={following ? t("unfollowName", { name }) : t("followName", { name })}
        disabled={pending || !hydrated}
        onClick={toggle}
        className={`inline-flex h-10 items-center justify-center rounded-full px-5 text-sm font-semibold transition disabled:opacity-70 ${following ? "border border-line bg-surface text-fg hover:border-red-400 hover:text-red-500" : "bg-accent-600 text-white hover:bg-accent-500"}`}
      >
        {label}
      </button>
      <span role={message?.ok === false ? "alert" : "status"} className={`text-xs ${message?.ok === false ? "text-red-600 dark:text-red-400" : "text-muted"}`}>
        {message?.text ?? ""}
      </span>
    </span>
  );
}
