"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { createPageAction } from "@/lib/studio/actions";

export function CreatePageForm() {
  const t = useTranslations("studio.createPage");
  const [state, action, pending] = useActionState(createPageAction, { ok: false });
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const k = JSON.stringify(v);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-[10rem_1fr_1fr_auto] sm:items-start" noValidate>
      <div className="sm:col-span-4">
        <FormMessage message={state.message} />
      </div>
      <SelectField key={`kind${k}`} label={t("kind")} name="kind" defaultValue={v.kind ?? "artist"} error={e.kind}>
        <option value="artist">{t("artist")}</option>
        <option value="label">{t("label")}</option>
        <option value="publication">{t("publication")}</option>
      </SelectField>
      <TextField key={`name${k}`} label={t("name")} name="name" required maxLength={80} defaultValue={v.name} error={e.name} />
      <TextField key={`handle${k}`} label={t("handle")} name="handle" required maxLength={30} defaultValue={v.handle} error={e.handle} />
      <Button type="submit" disabled={pending} className="sm:mt-7">
        {pending ? t("creating") : t("submit")}
      </Button>
    </form>
  );
}
