"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { updatePlaylistAction } from "@/lib/playlists/actions";

/** Rename, describe, public or private: behind an "Edit details" button. */
export function PlaylistDetailsForm({ playlist }: { playlist: { id: string; title: string; description: string; isPublic: boolean } }) {
  const t = useTranslations("playlists.details");
  const [state, action, pending] = useActionState(updatePlaylistAction, { ok: false });
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
    );
  const v = state.values ?? {};
  return (
    <form action={action} className="w-full max-w-xl space-y-3 rounded-3xl border border-line bg-surface p-4" noValidate>
      <input type="hidden" name="playlistId" value={playlist.id} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <TextField id="playlist-title" label={t("name")} name="title" maxLength={100} defaultValue={v.title ?? playlist.title} error={state.fieldErrors?.title} />
      <div className="space-y-1.5">
        <label htmlFor="playlist-description" className="block text-sm font-medium">
          {t("description")}
        </label>
        <textarea id="playlist-description" name="description" rows={2} maxLength={1000} defaultValue={v.description ?? playlist.description} className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none" />
      </div>
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" name="isPublic" defaultChecked={playlist.isPublic} className="h-4 w-4 accent-accent-600" /> {t("public")}
      </label>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {t("close")}
        </Button>
      </div>
    </form>
  );
}
