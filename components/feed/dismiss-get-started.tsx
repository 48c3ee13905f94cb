"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/ui/use-hydrated";
import { GET_STARTED_COOKIE } from "./get-started-cookie";

/** "Done": hides the suggestions for good (a first-party preference cookie, a year). */
export function DismissGetStarted() {
  const t = useTranslations("home.getStarted");
  const router = useRouter();
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => {
        document.cookie = `${GET_STARTED_COOKIE}=done; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
      className="rounded-full border border-line px-4 py-1.5 text-sm font-semibold hover:bg-surface-2"
    >
      {t("done")}
    </button>
  );
}
