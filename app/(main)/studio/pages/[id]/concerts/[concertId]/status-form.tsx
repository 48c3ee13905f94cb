"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { concertStatusAction, type StatusState } from "@/lib/concerts/actions";

type Props = { profileId: string; concertId: string; status: string; past: boolean };

/** Postpone (to a new date or "to be announced"), cancel after a confirmation, or put a postponed show back on. */
export function ConcertStatusForm({ profileId, concertId, status, past }: Props) {
  const [state, action, pending] = useActionState<StatusState, FormData>(concertStatusAction, { ok: false });
  const [confirmCancel, setConfirmCancel] = useState(false);
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
      <div className="rounded-2xl border border-red-500/30 p-4">
        <p className="text-sm">Cancelling tells every fan who marked interest. It cannot be undone.</p>
        {confirmCancel ? (
          <form action={action} className="mt-3 flex flex-wrap gap-2">
            {hidden}
            <input type="hidden" name="status" value="cancelled" />
            <Button type="submit" className="!bg-red-600 hover:!bg-red-500" disabled={pending}>
              Yes, cancel the show
            </Button>
            <Button type="button" variant="ghost" onClick={() => setConfirmCancel(false)}>
              Keep it
            </Button>
          </form>
        ) : (
          <Button type="button" variant="secondary" className="mt-3" onClick={() => setConfirmCancel(true)}>
            Cancel show…
          </Button>
        )}
      </div>
    </div>
  );
}
