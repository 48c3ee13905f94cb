"use client";

import { useTranslations } from "next-intl";

export default function MainError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("shell.error");
  return (
    <div className="py-16 text-center" role="alert">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("text")}</p>
      <button onClick={reset} className="mt-6 rounded-full bg-accent-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-accent-500">
        {t("retry")}
      </button>
    </div>
  );
}
