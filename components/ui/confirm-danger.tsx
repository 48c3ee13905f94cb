"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "./button";

type Props = {
  /** What happens, shown before the first click. */
  warning: string;
  /** The first button, e.g. "Cancel show…". */
  ask: string;
  /** The confirming submit button, e.g. "Yes, cancel the show". */
  confirm: string;
  action: (form: FormData) => void;
  /** Hidden inputs that say what to do. */
  fields: Record<string, string>;
  pending?: boolean;
};

/** A destructive action behind a second, explicit click. */
export function ConfirmDanger({ warning, ask, confirm, action, fields, pending }: Props) {
  const t = useTranslations("common");
  const [asking, setAsking] = useState(false);
  return (
    <div className="rounded-2xl border border-red-500/30 p-4">
      <p className="text-sm">{warning}</p>
      {asking ? (
        <form action={action} className="mt-3 flex flex-wrap gap-2">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <Button type="submit" className="!bg-red-600 hover:!bg-red-500" disabled={pending}>
            {confirm}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setAsking(false)}>
            {t("keepIt")}
          </Button>
        </form>
      ) : (
        <Button type="button" variant="secondary" className="mt-3" onClick={() => setAsking(true)}>
          {ask}
        </Button>
      )}
    </div>
  );
}
