"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "./button";

type Result = { ok: boolean; message?: string };

type Props = {
  /** Runs the server action (bound to what it acts on). */
  run: () => Promise<Result>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "ghost";
  /** Asks before running (destructive changes). */
  confirm?: string;
  className?: string;
  ariaLabel?: string;
  /** Where to go after a success (when what it acted on is gone); else the page refreshes. */
  thenGo?: string;
};

/** One button that calls a server action, says what happened, and refreshes the page's data. */
export function ActionButton({ run, label, pendingLabel, variant = "secondary", confirm, className = "", ariaLabel, thenGo }: Props) {
  const t = useTranslations("common");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [said, setSaid] = useState<Result | null>(null);
  const [asking, setAsking] = useState(false);
  const go = () =>
    start(async () => {
      setAsking(false);
      const result = await run();
      setSaid(result);
      if (result.ok && thenGo) router.push(thenGo);
      else if (result.ok) router.refresh();
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {asking ? (
        <>
          <span className="text-sm">{confirm}</span>
          <Button type="button" onClick={go} disabled={pending} className="!h-9 !bg-red-600 !px-4 hover:!bg-red-500">
            {t("yes")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setAsking(false)} className="!h-9 !px-4">
            {t("no")}
          </Button>
        </>
      ) : (
        <Button type="button" variant={variant} onClick={confirm ? () => setAsking(true) : go} disabled={pending} aria-label={ariaLabel} className={`!h-9 !px-4 ${className}`}>
          {pending ? (pendingLabel ?? label) : label}
        </Button>
      )}
      {said?.message && !said.ok ? (
        <span role="alert" className="text-sm text-red-600 dark:text-red-400">
          {said.message}
        </span>
      ) : null}
    </span>
  );
}
