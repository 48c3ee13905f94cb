"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { decideReportAction } from "@/lib/moderation/actions";

type Choice = "dismiss" | "hide" | "warn" | "suspend" | "ban";

/** The choices, in order; their labels are moderation.decide.choices.<choice>. */
const CHOICES: Choice[] = ["dismiss", "hide", "warn", "suspend", "ban"];

/** A moderator's decision on one report: what to do, a note (told to the account for removals and warnings), and for how long. */
export function DecideForm({ reportId, canHide, canBan, maxDays }: { reportId: string; canHide: boolean; canBan: boolean; maxDays: number }) {
  const t = useTranslations("moderation.decide");
  const [state, action, pending] = useActionState(decideReportAction, { ok: false });
  const [choice, setChoice] = useState<Choice>((state.values?.action as Choice) ?? (canHide ? "hide" : "warn"));
  const choices = CHOICES.filter((c) => (c !== "hide" || canHide) && (c !== "ban" || canBan));
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <FormMessage message={state.message} />
      <fieldset>
        <legend className="sr-only">{t("legend")}</legend>
        <div className="flex flex-wrap gap-2">
          {choices.map((c) => (
            <label key={c} className={`cursor-pointer rounded-full border px-3 py-1.5 text-sm font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-500 ${choice === c ? "border-accent-500 bg-accent-500/10" : "border-line hover:bg-surface-2"}`}>
              <input type="radio" name="action" value={c} checked={choice === c} onChange={() => setChoice(c)} className="sr-only" />
              {t(`choices.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-60 flex-1 space-y-1.5">
          <label htmlFor={`note-${reportId}`} className="block text-sm font-medium">
            {t("note", { told: choice === "warn" ? "account" : choice === "hide" ? "author" : "log" })}
          </label>
          <input
            id={`note-${reportId}`}
            name="note"
            maxLength={500}
            defaultValue={state.values?.note}
            aria-invalid={state.fieldErrors?.note ? true : undefined}
            className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2 text-sm focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30"
          />
          {state.fieldErrors?.note ? <p className="text-sm text-red-600 dark:text-red-400">{state.fieldErrors.note}</p> : null}
        </div>
        {choice === "suspend" ? (
          <div className="w-32 space-y-1.5">
            <label htmlFor={`days-${reportId}`} className="block text-sm font-medium">
              {t("days")}
            </label>
            <input id={`days-${reportId}`} name="days" type="number" min={1} max={maxDays} defaultValue={state.values?.days ?? "7"} className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2 text-sm" />
          </div>
        ) : null}
        <Button type="submit" disabled={pending} className={choice === "ban" || choice === "suspend" ? "!bg-red-600 hover:!bg-red-500" : ""}>
          {pending ? t("saving") : t("submit")}
        </Button>
      </div>
      {state.fieldErrors?.days ? <p className="text-sm text-red-600 dark:text-red-400">{state.fieldErrors.days}</p> : null}
    </form>
  );
}
