import { createTranslator } from "next-intl";
import { en } from "@/lib/i18n/messages";

const t = createTranslator({ locale: "en", messages: en, namespace: "errors" });

/** A key of the "errors" namespace as an English reader sees it (null and sentences pass through). */
export function english(key: string | null | undefined, params?: Record<string, unknown>): string | null {
  if (!key) return key ?? null;
  return t.has(key as never) ? t(key as never, params as never) : key;
}
