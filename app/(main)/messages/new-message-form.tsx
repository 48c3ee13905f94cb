"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { startConversationAction, type StartState } from "@/lib/messages/actions";
import { CharCounter } from "@/components/ui/char-counter";
import { HandleInput } from "./handle-input";

/** Write to someone by handle; the message keeps its text on any error. */
export function NewMessageForm({ to, as }: { to: string; as?: string }) {
  const t = useTranslations("messages.newMessage");
  const [state, action, pending] = useActionState<StartState, FormData>(startConversationAction, { ok: false });
  const v = state.values ?? {};
  const [length, setLength] = useState(0);
  const k = JSON.stringify(state.values ?? null);
  return (
    <form action={action} className="space-y-3 rounded-3xl border border-line bg-surface p-4" aria-label={t("label")}>
      {as ? <input type="hidden" name="as" value={as} /> : null}
      <FormMessage message={state.message} />
      <HandleInput key={`to${k}`} name="to" defaultValue={v.to ?? to} error={state.fieldErrors?.to} hint={t("toHint")} />
      <div className="space-y-1.5">
        <label htmlFor="new-body" className="block text-sm font-medium">
          {t("message")}
        </label>
        <textarea key={`b${k}`} id="new-body" name="body" rows={3} defaultValue={v.body} onChange={(e) => setLength(e.target.value.length)} aria-describedby="new-body-count" aria-invalid={state.fieldErrors?.body ? true : undefined} className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none" />
        <CharCounter id="new-body-count" length={length} max={2000} />
        {state.fieldErrors?.body ? <p className="text-sm text-red-600 dark:text-red-400">{state.fieldErrors.body}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
