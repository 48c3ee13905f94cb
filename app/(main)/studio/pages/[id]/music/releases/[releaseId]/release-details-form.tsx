"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { updateReleaseAction } from "@/lib/music/actions";
import type { ReleaseForEdit } from "@/lib/studio/queries";

/** datetime-local wants local wall time without a zone; the browser sends it back in the same zone. */
const localInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

export function ReleaseDetailsForm({ release, scheduled }: { release: Omit<ReleaseForEdit, "tracks">; scheduled: boolean }) {
  const [state, action, pending] = useActionState(updateReleaseAction, { ok: false });
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const t = useTranslations("studioMusic");
  const locale = useLocale();
  const format = useFormatter();
  // English keeps its ISO date; the other languages get theirs (the day in UTC, as stored).
  const outSince = locale === "en" ? release.releaseAt.toISOString().slice(0, 10) : format.dateTime(release.releaseAt, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <form
      action={(form) => {
        // The visitor's wall time, as an instant: the server stores UTC.
        const at = form.get("releaseAtLocal");
        if (typeof at === "string" && at) form.set("releaseAt", new Date(at).toISOString());
        form.delete("releaseAtLocal");
        action(form);
      }}
      className="space-y-4"
      noValidate
    >
      <input type="hidden" name="releaseId" value={release.id} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-4 sm:grid-cols-2" key={JSON.stringify(v)}>
        <TextField id="release-title" label={t("releaseForm.title")} name="title" maxLength={120} defaultValue={v.title ?? release.title} error={e.title} />
        <SelectField id="release-kind" label={t("releaseForm.type")} name="kind" defaultValue={v.kind ?? release.kind} error={e.kind}>
          <option value="single">{t("kinds.single")}</option>
          <option value="ep">{t("kinds.ep")}</option>
          <option value="album">{t("kinds.album")}</option>
        </SelectField>
        <TextField id="release-genre" label={t("releaseForm.genre")} name="genre" maxLength={40} defaultValue={v.genre ?? release.genre} error={e.genre} />
        {scheduled ? (
          <TextField id="release-at" label={t("releaseForm.releaseAt")} name="releaseAtLocal" type="datetime-local" defaultValue={localInput(release.releaseAt)} error={e.releaseAt} hint={t("releaseForm.releaseAtHint")} />
        ) : (
          <div className="space-y-1.5">
            <p className="text-sm font-medium">{t("releaseForm.releaseDate")}</p>
            <p className="text-sm text-muted">{t("releaseForm.outSince", { date: outSince })}</p>
          </div>
        )}
        <TextField id="release-copyright" label={t("releaseForm.copyright")} name="copyright" maxLength={200} placeholder={t("releaseForm.copyrightExample")} defaultValue={v.copyright ?? release.copyright} error={e.copyright} />
        <TextField id="release-upc" label={t("releaseForm.upc")} name="upc" inputMode="numeric" defaultValue={v.upc ?? release.upc ?? ""} error={e.upc} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="release-description" className="block text-sm font-medium">
          {t("releaseForm.description")}
        </label>
        <textarea
          id="release-description"
          name="description"
          rows={3}
          maxLength={2000}
          defaultValue={v.description ?? release.description}
          className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none"
        />
        {e.description ? <p className="text-sm text-red-600 dark:text-red-400">{e.description}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("releaseForm.save")}
      </Button>
    </form>
  );
}
