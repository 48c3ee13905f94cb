"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { setLanguageAction } from "@/lib/i18n/actions";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locale-names";

/**
 * Chooses the language of every page (kept in a cookie, and on the account when signed in).
 * `chosen`: the account's setting when known, so "Automatic" can show as selected.
 */
export function LanguageSwitcher({ chosen, className = "" }: { chosen?: Locale | "auto"; className?: string }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState<string>(chosen ?? locale);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={className}>
      <label htmlFor={id} className="sr-only">
        {t("language")}
      </label>
      <select
        id={id}
        value={value}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value as Locale | "auto";
          setValue(next);
          startTransition(async () => {
            const result = await setLanguageAction({ locale: next });
            if (!result.ok) setError(result.message ?? t("languageFailed"));
            else {
              setError(null);
              router.refresh();
            }
          });
        }}
        className="min-h-10 rounded-xl border border-line bg-surface px-3 text-sm text-fg focus-visible:outline-2 focus-visible:outline-accent-500"
      >
        {chosen !== undefined ? <option value="auto">{t("languageAuto")}</option> : null}
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
