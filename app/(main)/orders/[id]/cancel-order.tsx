"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { SellerOrderState } from "@/lib/merch/actions";
import { CANCEL_REASON_CHOICES, MAX_CANCEL_NOTE } from "@/lib/merch/cancel";

type Props = { orderId: string; sellerId: string; state: SellerOrderState; action: (form: FormData) => void; pending: boolean };

/** Cancelling behind a second click, with the reason the buyer will read. What was chosen stays after an error. */
export function CancelOrder({ orderId, sellerId, state, action, pending }: Props) {
  const t = useTranslations("merch.cancelOrder");
  const [asking, setAsking] = useState(false);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const k = JSON.stringify(state.values ?? null);
  return (
    <div className="rounded-2xl border border-red-500/30 p-4">
      <p className="text-sm">{t("help")}</p>
      {asking ? (
        <form action={action} className="mt-3 space-y-3">
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="sellerId" value={sellerId} />
          <input type="hidden" name="action" value="cancel" />
          <SelectField key={`r${k}`} label={t("reason")} name="reason" id="cancel-reason" defaultValue={values.reason ?? ""} error={errors.reason}>
            <option value="">{t("chooseReason")}</option>
            {CANCEL_REASON_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {t("reasons", { reason: c.value })}
              </option>
            ))}
          </SelectField>
          <TextField
            key={`n${k}`}
            label={t("note")}
            name="cancelNote"
            id="cancel-note"
            maxLength={MAX_CANCEL_NOTE}
            hint={t("noteHint")}
            defaultValue={values.cancelNote}
            error={errors.cancelNote}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" className="!bg-red-600 hover:!bg-red-500" disabled={pending}>
              {t("confirm")}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setAsking(false)}>
              {t("keep")}
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" variant="secondary" className="mt-3" onClick={() => setAsking(true)}>
          {t("cancel")}
        </Button>
      )}
    </div>
  );
}
