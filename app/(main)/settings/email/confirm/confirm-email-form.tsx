"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { confirmEmailAction } from "@/lib/account/actions";

export function ConfirmEmailForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("settings.confirmEmail");
  const [state, action, pending] = useActionState(confirmEmailAction, { ok: false });
  if (state.ok)
    return (
      <div className="space-y-4">
        <FormMessage tone="success" message={state.message} />
        <Link href="/settings" className="text-sm font-semibold text-accent-500 hover:underline">
          {t("back")}
        </Link>
      </div>
    );
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage message={state.message} />
      <p className="text-sm">{t.rich("question", { email, b: (chunks) => <span className="font-semibold">{chunks}</span> })}</p>
      <Button type="submit" disabled={pending}>
        {pending ? t("confirming") : t("use")}
      </Button>
    </form>
  );
}
