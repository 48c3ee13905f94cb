"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { MEMBER_ROLES } from "@/db/schema/enums";
import { inviteMemberAction, offerTransferAction, setMemberRoleAction } from "@/lib/teams/actions";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

export function InviteForm({ pageId }: { pageId: string }) {
  const t = useTranslations("studio");
  const [state, action, pending] = useActionState(inviteMemberAction, { ok: false });
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="pageId" value={pageId} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end" key={state.ok ? "sent" : JSON.stringify(state.values ?? {})}>
        <TextField id="invite-handle" label={t("team.theirHandle")} name="handle" placeholder={t("team.handlePlaceholder")} autoComplete="off" defaultValue={state.values?.handle} error={state.fieldErrors?.handle} />
        <SelectField id="invite-role" label={t("team.role")} name="role" defaultValue={state.values?.role ?? "editor"} error={state.fieldErrors?.role}>
          {MEMBER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}.name`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending}>
          {pending ? t("team.inviting") : t("team.inviteButton")}
        </Button>
      </div>
    </form>
  );
}

/** A member's role, changed in place. */
export function RoleSelect({ pageId, userId, role, name }: { pageId: string; userId: string; role: string; name: string }) {
  const t = useTranslations("studio");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        {t("team.roleOf", { name })}
      </label>
      <select
        id={`role-${userId}`}
        defaultValue={role}
        disabled={pending}
        onChange={(e) => {
          const next = e.currentTarget.value as (typeof MEMBER_ROLES)[number];
          start(async () => {
            const result = await setMemberRoleAction({ pageId, userId, role: next });
            setError(result.ok ? null : (result.message ?? t("team.roleFailed")));
            router.refresh();
          });
        }}
        className="h-9 rounded-full border border-line bg-surface px-3 text-sm"
      >
        {MEMBER_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}.name`)}
          </option>
        ))}
      </select>
      {error ? (
        <span role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </span>
  );
}

export function TransferForm({ pageId, pageName }: { pageId: string; pageName: string }) {
  const t = useTranslations("studio.team");
  const [state, action, pending] = useActionState(offerTransferAction, { ok: false });
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="pageId" value={pageId} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <p className="text-sm text-muted">
        {t("transferExplain", { name: pageName })}
      </p>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" key={state.ok ? "sent" : JSON.stringify(state.values ?? {})}>
        <TextField id="transfer-handle" label={t("newOwnerHandle")} name="handle" placeholder={t("handlePlaceholder")} autoComplete="off" defaultValue={state.values?.handle} error={state.fieldErrors?.handle} />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("sending") : t("offer")}
        </Button>
      </div>
    </form>
  );
}
