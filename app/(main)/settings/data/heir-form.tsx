"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/field";
import { pageHeirAction } from "@/lib/account/actions";
import type { Heir } from "@/lib/account/deletion";

/** Who takes one of your pages over if your account is deleted: one of its admins, or nobody (the page is deleted). */
export function HeirForm({ pageId, pageName, candidates, current }: { pageId: string; pageName: string; candidates: Heir[]; current: string }) {
  const t = useTranslations("settings.data");
  const [state, action, pending] = useActionState(pageHeirAction, { ok: false });
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="pageId" value={pageId} />
      <div className="min-w-56 flex-1">
        <SelectField id={`heir-${pageId}`} label={t("heirLabel", { page: pageName })} name="heir" defaultValue={current}>
          {candidates.map((c, i) => (
            <option key={c.userId} value={c.userId}>
              {i === 0 ? t("heirSenior", { name: c.name }) : c.name}
            </option>
          ))}
          <option value="delete">{t("heirNobody")}</option>
        </SelectField>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
      <div className="basis-full">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
    </form>
  );
}
