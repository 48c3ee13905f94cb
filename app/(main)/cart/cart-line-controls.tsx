"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cartAction } from "@/lib/merch/actions";

/** Quantity (up to what is left) and remove, for one cart line. */
export function CartLineControls({ variantId, title, quantity, max }: { variantId: string; title: string; quantity: number; max: number }) {
  const t = useTranslations("merch.cart");
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const set = (n: number) =>
    startTransition(async () => {
      setError(null);
      const result = await cartAction({ variantId, quantity: n, mode: "set" });
      if (!result.ok) setError(result.message ?? t("failed"));
      router.refresh();
    });
  const options = Array.from({ length: Math.max(max, quantity) }, (_, i) => i + 1);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        <select aria-label={t("quantityOf", { title })} value={quantity} disabled={!hydrated || pending} onChange={(e) => set(Number(e.target.value))} className="h-9 rounded-lg border border-line bg-surface px-2 text-sm">
          {options.map((n) => (
            <option key={n} value={n} disabled={n > max}>
              {n}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => set(0)} disabled={!hydrated || pending} className="rounded-full px-2 py-1 text-xs font-medium text-muted hover:bg-surface-2 hover:text-fg" aria-label={t("removeLine", { title })}>
          {t("remove")}
        </button>
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
