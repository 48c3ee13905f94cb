"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDanger } from "@/components/ui/confirm-danger";
import { FormMessage, TextField } from "@/components/ui/field";
import { concertStatusAction, type StatusState } from "@/lib/concerts/actions";

type Props = { profileId: string; concertId: string; status: string; past: boolean };

/** Postpone (to a new date or "to be announced"), cancel after a confirmation, or put a postponed show back on. */
export function ConcertStatusForm({ profileId, concertId, status, past }: Props) {
  const t = useTranslations("studio.concertStatus");
  const [state, action, pending] = useActionState<StatusState, FormData>(concertStatusAction, { ok: false });
  const hidden = (
    <>
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="concertId" value={concertId} />
    </>
  );
  if (status === "cancelled")
    return (
      <div className="space-y-3">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
        <p className="text-sm text-muted">{t("cancelled")}</p>
      </div>
    );
  return (
    <div className="space-y-5">
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {past ? null : (
        <form action={action} className="flex flex-wrap items-end gap-3">
          {hidden}
          <input type="hidden" name="status" value="postponed" />
          <div className="min-w-56 flex-1">
            <TextField
              key={JSON.stringify(state.values)}
              label={t("newDate")}
              name="newStartsLocal"
              type="datetime-local"
              defaultValue={state.values?.newStartsLocal}
              error={state.fieldErrors?.newStartsLocal}
              hint={t("newDateHint")}
            />
          </div>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("postpone")}
          </Button>
        </form>
      )}
      {status === "postponed" ? (
        <form action={action}>
          {hidden}
          <input type="hidden" name="status" value="scheduled" />
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("reschedule")}
          </Button>
        </form>
      ) : null}
      <ConfirmDanger warning={t("cancelWarning")} ask={t("cancelAsk")} confirm={t("cancelConfirm")} action={action} fields={{ profileId, concertId, status: "cancelled" }} pending={pending} />
    </div>
  );
}
