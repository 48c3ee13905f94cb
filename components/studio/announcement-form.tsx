"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { postAnnouncementAction } from "@/lib/studio/actions";

export function AnnouncementForm({ profileId, left, perWeek }: { profileId: string; left: number; perWeek: number }) {
  const t = useTranslations("studio.announcements");
  const [state, action, pending] = useActionState(postAnnouncementAction, { ok: false });
  const remaining = Math.max(0, left);
  const spent = remaining === 0;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="profileId" value={profileId} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <p className="text-sm text-muted" data-testid="announcements-left">
        {t("left", { remaining, perWeek })}
      </p>
      {spent ? <p className="text-sm font-medium">{t("spent", { perWeek })}</p> : null}
      <label htmlFor="announcement-body" className="block text-sm font-medium">
        {t("label")}
      </label>
      <textarea
        key={state.ok ? "sent" : JSON.stringify(state.values ?? {})}
        id="announcement-body"
        name="body"
        rows={3}
        maxLength={500}
        defaultValue={state.ok ? "" : state.values?.body}
        aria-invalid={state.fieldErrors?.body ? true : undefined}
        disabled={spent}
        className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none"
      />
      {state.fieldErrors?.body ? <p className="text-sm text-red-600 dark:text-red-400">{state.fieldErrors.body}</p> : null}
      <Button type="submit" disabled={pending || spent}>
        {pending ? t("posting") : t("post")}
      </Button>
    </form>
  );
}
