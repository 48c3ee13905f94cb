"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { createPlaylistAction } from "@/lib/playlists/actions";

/** Name a new playlist; it opens once made. */
export function NewPlaylistForm() {
  const t = useTranslations("playlists.newForm");
  const [state, action, pending] = useActionState(createPlaylistAction, { ok: false });
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 rounded-3xl border border-line bg-surface p-4" noValidate>
      <input type="hidden" name="isPublic" value="on" />
      <div className="min-w-48 flex-1">
        <TextField id="new-playlist-title" label={t("label")} name="title" maxLength={100} placeholder={t("placeholder")} defaultValue={state.values?.title} error={state.fieldErrors?.title} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </Button>
      {state.message && !state.fieldErrors ? <FormMessage message={state.message} /> : null}
    </form>
  );
}
