"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { inviteToRosterAction } from "@/lib/teams/actions";

export function RosterInviteForm({ pageId }: { pageId: string }) {
  const t = useTranslations("studio.roster");
  const [state, action, pending] = useActionState(inviteToRosterAction, { ok: false });
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="pageId" value={pageId} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" key={state.ok ? "sent" : JSON.stringify(state.values ?? {})}>
        <TextField id="roster-handle" label={t("handle")} name="handle" placeholder={t("handlePlaceholder")} autoComplete="off" defaultValue={state.values?.handle} error={state.fieldErrors?.handle} />
        <Button type="submit" disabled={pending}>
          {pending ? t("inviting") : t("inviteButton")}
        </Button>
      </div>
    </form>
  );
}
