"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { deletePageAction } from "@/lib/teams/actions";

/** Deleting a page: said plainly, confirmed by typing its handle. */
export function DeletePageForm({ pageId, handle, name, followers }: { pageId: string; handle: string; name: string; followers: number }) {
  const t = useTranslations("studio.deletePage");
  const [state, action, pending] = useActionState(deletePageAction, { ok: false });
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-3 rounded-3xl border border-red-500/40 bg-surface p-5">
      <p className="text-sm">
        {t("explain", { name, count: followers, handle })}
      </p>
      {open ? (
        <form action={action} className="space-y-3" noValidate>
          <input type="hidden" name="pageId" value={pageId} />
          <FormMessage message={state.message} />
          <TextField id="delete-confirm" label={t("confirmLabel", { handle })} name="confirm" autoComplete="off" defaultValue={state.values?.confirm} error={state.fieldErrors?.confirm} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending} className="!bg-red-600 hover:!bg-red-500">
              {pending ? t("deleting") : t("submit", { name })}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              {t("keep")}
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          {t("open")}
        </Button>
      )}
    </div>
  );
}
