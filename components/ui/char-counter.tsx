import { useTranslations } from "next-intl";

/** "1,950 / 2,000": shown near the limit instead of cutting what was typed; red when over. */
export function CharCounter({ length, max, id }: { length: number; max: number; id?: string }) {
  const t = useTranslations("common");
  if (length < max * 0.8) return null;
  const over = length > max;
  return (
    <span id={id} aria-live="polite" className={`text-xs tabular-nums ${over ? "font-semibold text-red-600 dark:text-red-400" : "text-muted"}`}>
      {over ? t("charCountOver", { length, max, over: length - max }) : t("charCount", { length, max })}
    </span>
  );
}
