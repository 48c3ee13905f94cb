"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDanger } from "@/components/ui/confirm-danger";
import { FormMessage, TextField } from "@/components/ui/field";
import { concertStatusAction, type StatusState } from "@/lib/concerts/actions";

type Props = { profileId: string; concertId: string; status: string; past: boolean };

/** Postpone (to a new date or "to be announced"), cancel after a confirmation, or put a postponed show back on. */
export function ConcertStatusForm({ profileId, concertId, status, past }: Props) {
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
        <p className="text-sm text-muted">This show is cancelled. Fans who marked interest were told. To play again, announce a new show.</p>
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
              label="New date and time (venue's local time)"
              name="newStartsLocal"
              type="datetime-local"
              defaultValue={state.values?.newStartsLocal}
              error={state.fieldErrors?.newStartsLocal}
              hint="Leave empty if the new date is not known yet."
            />
          </div>
          <Button type="submit" variant="secondary" disabled={pending}>
            Postpone show
          </Button>
        </form>
      )}
      {status === "postponed" ? (
        <form action={action}>
          {hidden}
          <input type="hidden" name="status" value="scheduled" />
          <Button type="submit" variant="secondary" disabled={pending}>
            Back on schedule
          </Button>
        </form>
      ) : null}
      <ConfirmDanger warning="Cancelling tells every fan who marked interest. It cannot be undone." ask="Cancel show…" confirm="Yes, cancel the show" action={action} fields={{ profileId, concertId, status: "cancelled" }} pending={pending} />
    </div>
  );
}
