"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { SellerOrderState } from "@/lib/merch/actions";
import { CANCEL_REASON_CHOICES, MAX_CANCEL_NOTE } from "@/lib/merch/cancel";

type Props = { orderId: string; sellerId: string; state: SellerOrderState; action: (form: FormData) => void; pending: boolean };

/** Cancelling behind a second click, with the reason the buyer will read. What was chosen stays after an error. */
export function CancelOrder({ orderId, sellerId, state, action, pending }: Props) {
  const [asking, setAsking] = useState(false);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const k = JSON.stringify(state.values ?? null);
  return (
    <div className="rounded-2xl border border-red-500/30 p-4">
      <p className="text-sm">Cancelling puts the items back in stock and tells the buyer why.</p>
      {asking ? (
        <form action={action} className="mt-3 space-y-3">
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="sellerId" value={sellerId} />
          <input type="hidden" name="action" value="cancel" />
          <SelectField key={`r${k}`} label="Reason" name="reason" id="cancel-reason" defaultValue={values.reason ?? ""} error={errors.reason}>
            <option value="">Choose a reason</option>
            {CANCEL_REASON_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </SelectField>
          <TextField
            key={`n${k}`}
            label="Note for the buyer"
            name="cancelNote"
            id="cancel-note"
            maxLength={MAX_CANCEL_NOTE}
            hint="Needed with “Other”. The buyer sees it on the order and in their notification."
            defaultValue={values.cancelNote}
            error={errors.cancelNote}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" className="!bg-red-600 hover:!bg-red-500" disabled={pending}>
              Yes, cancel the order
            </Button>
            <Button type="button" variant="ghost" onClick={() => setAsking(false)}>
              Keep it
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" variant="secondary" className="mt-3" onClick={() => setAsking(true)}>
          Cancel order…
        </Button>
      )}
    </div>
  );
}
