import { getTranslations } from "next-intl/server";
import { pageLanguage } from "@/lib/i18n/page-language";

/**
 * The 404 for addresses outside every layout group. A plain link, not next/link: this boundary
 * sits in every page's tree, and its own client chunk would bring a second copy of next/link
 * (about 4 KB gzipped) into every route's first load (`npm run bench:js`).
 */
export default async function NotFound() {
  const t = await getTranslations({ locale: await pageLanguage(), namespace: "shell" });
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-500">404</p>
      <h1 className="mt-2 text-3xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-2 text-muted">{t("notFound.text")}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a whole page load from a 404 is fine; see above */}
      <a href="/" className="mt-6 rounded-full bg-accent-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-accent-500">
        {t("notFound.back")}
      </a>
    </main>
  );
}
