"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { postAnnouncementAction } from "@/lib/studio/actions";

export function AnnouncementForm({ profileId, left, perWeek }: { profileId: string; left: number; perWeek: number }) {
  const [state, action, pending] = useActionState(postAnnouncementAction, { ok: false });
  const remaining = Math.max(0, left);
  const spent = remaining === 0;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="profileId" value={profileId} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <p className="text-sm text-muted" data-testid="announcements-left">
        {remaining} of {perWeek} announcements left this week. Followers who set you to Off see them in Home but get no notification.
      </p>
      {spent ? <p className="text-sm font-medium">You have used all {perWeek} announcements for this week. The next one frees up 7 days after your oldest recent post.</p> : null}
      <label htmlFor="announcement-body" className="block text-sm font-medium">
        Announcement
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
        {pending ? "Posting…" : "Post to followers"}
      </Button>
    </form>
  );
}
