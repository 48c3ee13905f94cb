import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageLanguage } from "@/lib/i18n/page-language";

export default async function NotFound() {
  const t = await getTranslations({ locale: await pageLanguage(), namespace: "shell" });
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-500">404</p>
      <h1 className="mt-2 text-3xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-2 text-muted">{t("notFound.text")}</p>
      <Link href="/" className="mt-6 rounded-full bg-accent-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-accent-500">
        {t("notFound.back")}
      </Link>
    </main>
  );
}
