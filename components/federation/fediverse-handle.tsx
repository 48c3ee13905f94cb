"use client";

import { useTranslations } from "next-intl";
import { useCopy } from "@/components/ui/use-copy";

/** The profile's handle on the open network, with a copy button (Mastodon and other servers follow it by this). */
export function FediverseHandle({ handle }: { handle: string }) {
  const t = useTranslations("fediverse.handle");
  const { copied: which, copy } = useCopy(2000);
  const copied = which !== null;
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-muted" data-testid="fediverse-handle">
      <span title={t("hint")}>{t.rich("label", { handle, mono: (chunks) => <span className="font-mono text-fg">{chunks}</span> })}</span>
      <button type="button" onClick={() => copy("handle", handle)} className="inline-flex min-h-8 items-center rounded-full border border-line px-3 text-xs font-semibold hover:bg-surface-2" aria-label={t("copyLabel", { handle })}>
        {copied ? t("copied") : t("copy")}
      </button>
      <span role="status" className="sr-only">
        {copied ? t("announceCopied") : ""}
      </span>
    </p>
  );
}
