"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { inviteCollaboratorAction, removeCollaboratorAction, respondToInviteAction } from "@/lib/playlists/actions";

type Person = { id: string; handle: string; name: string; status: "invited" | "active" };
type Said = { ok: boolean; text: string } | null;

function Message({ said }: { said: Said }) {
  if (!said) return null;
  return (
    <p role={said.ok ? "status" : "alert"} className={`text-sm ${said.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-600 dark:text-red-400"}`}>
      {said.text}
    </p>
  );
}

/** The owner's view: who adds to this playlist, who is invited, and a box to invite someone by @handle. */
export function CollaboratorsPanel({ playlistId, people, isOwner, me }: { playlistId: string; people: Person[]; isOwner: boolean; me: string | null }) {
  const router = useRouter();
  const t = useTranslations("playlists.collaborators");
  const [handle, setHandle] = useState("");
  const [said, setSaid] = useState<Said>(null);
  const [pending, start] = useTransition();
  const run = (act: () => Promise<{ ok: boolean; message?: string }>, after?: () => void) =>
    start(async () => {
      const r = await act();
      setSaid({ ok: r.ok, text: r.message ?? (r.ok ? t("done") : t("failed")) });
      if (r.ok) {
        after?.();
        router.refresh();
      }
    });
  if (!isOwner && !people.length) return null;
  return (
    <section aria-labelledby="collaborators-heading" className="mt-8 max-w-xl space-y-3 rounded-3xl border border-line bg-surface p-4">
      <h2 id="collaborators-heading" className="font-bold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{isOwner ? t("ownerIntro") : t("intro")}</p>
      {people.length ? (
        <ul className="divide-y divide-line" aria-label={t("title")}>
          {people.map((c) => (
            <li key={c.id} className="flex items-center justify-between gap-2 py-2 text-sm">
              <span className="min-w-0 truncate">
                <a href={`/@${c.handle}`} className="font-semibold hover:underline">
                  {c.name}
                </a>{" "}
                <span className="text-muted">@{c.handle}</span>
                {c.status === "invited" ? <span className="ml-2 rounded-full bg-surface-2 px-2 text-xs font-semibold text-muted">{t("invited")}</span> : null}
              </span>
              {isOwner ? (
                <button type="button" disabled={pending} onClick={() => run(() => removeCollaboratorAction({ playlistId, profileId: c.id }))} className="rounded-full px-3 py-1 text-xs font-semibold text-muted hover:bg-surface-2 hover:text-fg" aria-label={t("removeLabel", { name: c.name })}>
                  {t("remove")}
                </button>
              ) : c.id === me && c.status === "active" ? (
                <button type="button" disabled={pending} onClick={() => run(() => removeCollaboratorAction({ playlistId, profileId: c.id }))} className="rounded-full px-3 py-1 text-xs font-semibold text-muted hover:bg-surface-2 hover:text-fg">
                  {t("leave")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {isOwner ? (
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => inviteCollaboratorAction({ playlistId, handle }), () => setHandle(""));
          }}
        >
          <label htmlFor="invite-handle" className="sr-only">
            {t("inviteLabel")}
          </label>
          <input id="invite-handle" value={handle} onChange={(e) => setHandle(e.target.value)} placeholder={t("invitePlaceholder")} maxLength={31} className="min-w-0 flex-1 rounded-xl border border-line bg-surface px-3 py-2 text-sm" />
          <button type="submit" disabled={pending || !handle.trim()} className="rounded-full bg-accent-600 px-4 text-sm font-semibold text-white disabled:opacity-50">
            {t("invite")}
          </button>
        </form>
      ) : null}
      <Message said={said} />
    </section>
  );
}

/** Shown to someone invited to add to a playlist: accept or decline. */
export function InvitationBanner({ playlistId, owner }: { playlistId: string; owner: string }) {
  const router = useRouter();
  const t = useTranslations("playlists.collaborators");
  const [said, setSaid] = useState<Said>(null);
  const [pending, start] = useTransition();
  const answer = (accept: boolean) =>
    start(async () => {
      const r = await respondToInviteAction({ playlistId, accept });
      setSaid({ ok: r.ok, text: r.message ?? "" });
      if (r.ok) router.refresh();
    });
  return (
    <div role="group" aria-label={t("invitation")} className="mb-6 flex flex-wrap items-center gap-3 rounded-3xl border border-accent-500/40 bg-accent-500/10 px-4 py-3 text-sm">
      <span className="flex-1">{t("invitedBy", { owner })}</span>
      <button type="button" disabled={pending} onClick={() => answer(true)} className="rounded-full bg-accent-600 px-4 py-1.5 font-semibold text-white">
        {t("accept")}
      </button>
      <button type="button" disabled={pending} onClick={() => answer(false)} className="rounded-full border border-line px-4 py-1.5 font-semibold">
        {t("decline")}
      </button>
      <Message said={said} />
    </div>
  );
}
