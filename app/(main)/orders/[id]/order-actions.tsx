"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { sellerOrderAction, type SellerOrderState } from "@/lib/merch/actions";
import { CancelOrder } from "./cancel-order";

/** What a seller can do next with an order: confirm payment, ship with a note, or cancel with a reason (stock returns). */
export function OrderActions({ orderId, sellerId, status }: { orderId: string; sellerId: string; status: string }) {
  const t = useTranslations("merch.orderActions");
  const [state, action, pending] = useActionState<SellerOrderState, FormData>(sellerOrderAction, { ok: false });
  const ids = (
    <>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="sellerId" value={sellerId} />
    </>
  );
  return (
    <div className="space-y-4">
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {status === "awaiting_payment" ? (
        <form action={action} className="space-y-2">
          {ids}
          <input type="hidden" name="action" value="mark_paid" />
          <p className="text-sm text-muted">{t("markPaidHelp")}</p>
          <Button type="submit" disabled={pending}>
            {t("markPaid")}
          </Button>
        </form>
      ) : null}
      {status === "paid" ? (
        <form action={action} className="flex flex-wrap items-end gap-3">
          {ids}
          <input type="hidden" name="action" value="ship" />
          <div className="min-w-60 flex-1">
            {/* i18n-ignore: a sample tracking number */}
            <TextField key={JSON.stringify(state.values ?? null)} label={t("trackingNote")} name="trackingNote" placeholder="DHL 00340434161094042557" maxLength={200} defaultValue={state.values?.trackingNote} error={state.fieldErrors?.trackingNote} />
          </div>
          <Button type="submit" disabled={pending}>
            {t("markShipped")}
          </Button>
        </form>
      ) : null}
      {status === "awaiting_payment" || status === "paid" ? (
        <CancelOrder orderId={orderId} sellerId={sellerId} state={state} action={action} pending={pending} />
      ) : null}
    </div>
  );
}
