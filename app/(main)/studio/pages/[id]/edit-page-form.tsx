"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { updatePageAction } from "@/lib/studio/actions";

type Initial = { profileId: string; name: string; handle: string; bio: string; links: string; genres: string; city: string; country: string };

const areaClass = "block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 aria-[invalid=true]:border-red-500";

export function EditPageForm({ initial, countries }: { initial: Initial; countries: { code: string; name: string }[] }) {
  const t = useTranslations("studio.editPage");
  const [state, action, pending] = useActionState(updatePageAction, { ok: false });
  const v = { ...initial, ...(state.values ?? {}) };
  const e = state.fieldErrors ?? {};
  const k = JSON.stringify(state.values ?? {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="profileId" value={initial.profileId} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField key={`name${k}`} id="page-name" label={t("name")} name="name" required maxLength={80} defaultValue={v.name} error={e.name} />
        <TextField key={`handle${k}`} id="page-handle" label={t("handle")} name="handle" required maxLength={30} defaultValue={v.handle} error={e.handle} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="page-bio" className="block text-sm font-medium">
          {t("bio")}
        </label>
        <textarea key={`bio${k}`} id="page-bio" name="bio" rows={4} maxLength={1000} defaultValue={v.bio} aria-invalid={e.bio ? true : undefined} className={areaClass} />
        {e.bio ? <p className="text-sm text-red-600 dark:text-red-400">{e.bio}</p> : null}
      </div>
      <div className="space-y-1.5">
        <label htmlFor="page-links" className="block text-sm font-medium">
          {t("links")}
        </label>
        <textarea key={`links${k}`} id="page-links" name="links" rows={3} defaultValue={v.links} placeholder={t("linksPlaceholder")} aria-invalid={e.links ? true : undefined} aria-describedby="page-links-help" className={areaClass} />
        <p id="page-links-help" className={`text-sm ${e.links ? "text-red-600 dark:text-red-400" : "text-xs text-muted"}`}>
          {e.links ?? t("linksHint")}
        </p>
      </div>
      <TextField key={`genres${k}`} id="page-genres" label={t("genres")} name="genres" defaultValue={v.genres} error={e.genres} hint={t("genresHint")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField key={`city${k}`} id="page-city" label={t("city")} name="city" maxLength={80} defaultValue={v.city} error={e.city} />
        <SelectField key={`country${k}`} id="page-country" label={t("country")} name="country" defaultValue={v.country} error={e.country}>
          <option value="">{t("countryNone")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
