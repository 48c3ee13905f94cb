"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { useHydrated } from "./use-hydrated";

type Result = { ok: boolean; value?: boolean; message?: string; signIn?: boolean };

/**
 * An on/off control backed by a server action: flips at once, the server's
 * answer wins, signed-out visitors go to sign-in and come back here.
 */
export function useServerToggle(initial: boolean, signedIn: boolean, save: (next: boolean) => Promise<Result>) {
  const t = useTranslations("common");
  const router = useRouter();
  const pathname = usePathname();
  const hydrated = useHydrated();
  const [value, setValue] = useState(initial);
  const [shown, setShown] = useOptimistic(value);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const signIn = () => router.push(`/signin?callbackUrl=${encodeURIComponent(pathname)}`);
  const toggle = () => {
    if (!signedIn) return signIn();
    const next = !shown;
    startTransition(async () => {
      setError(null);
      setShown(next);
      const r = await save(next);
      if (r.ok && r.value !== undefined) setValue(r.value);
      else if (r.signIn) signIn();
      else if (!r.ok) setError(r.message ?? t("somethingWentWrong"));
    });
  };
  return { on: shown, toggle, pending, error, ready: hydrated };
}
