import type { Metadata } from "next";
import { richLink } from "@/components/ui/rich-link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.stored");
  return { title: t("title") };
}

/** What is kept, in order; each row's words are settings.stored.rows.<id>.{what,why,who,until}. */
const STORED = ["account", "profile", "country", "follows", "library", "plays", "discover", "messages", "orders", "reports", "network"] as const;

/** Plain words on what is kept, why, who sees it and for how long (linked from Settings → Privacy). */
export default function PrivacyPage() {
  const t = useTranslations("settings.stored");
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle title={t("title")} subtitle={t("subtitle")} />
      <div className="divide-y divide-line rounded-3xl border border-line bg-surface">
        {STORED.map((row) => (
          <section key={row} className="grid gap-1 p-5 sm:grid-cols-[14rem_1fr] sm:gap-6">
            <h2 className="font-semibold">{t(`rows.${row}.what`)}</h2>
            <dl className="space-y-1 text-sm">
              <div>
                <dt className="inline font-medium">{t("why")} </dt>
                <dd className="inline text-muted">{t(`rows.${row}.why`)}</dd>
              </div>
              <div>
                <dt className="inline font-medium">{t("who")} </dt>
                <dd className="inline text-muted">{t(`rows.${row}.who`)}</dd>
              </div>
              <div>
                <dt className="inline font-medium">{t("until")} </dt>
                <dd className="inline text-muted">{t(`rows.${row}.until`)}</dd>
              </div>
            </dl>
          </section>
        ))}
      </div>
      <p className="mt-6 text-sm text-muted">{t.rich("footer", { data: richLink("/settings/data"), privacy: richLink("/settings/privacy") })}</p>
    </div>
  );
}
