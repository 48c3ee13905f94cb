import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle, Section } from "@/components/ui/section";
import { getLatestExport, getPageFates } from "@/lib/account/queries";
import { requireViewer } from "@/lib/auth/guards";
import { DeleteAccountForm } from "./delete-account-form";
import { ExportPanel } from "./export-panel";
import { HeirForm } from "./heir-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.data");
  return { title: t("title") };
}

export default async function DataSettingsPage() {
  const viewer = await requireViewer("/settings/data");
  const [t, latest, fates] = await Promise.all([getTranslations("settings.data"), getLatestExport(viewer.userId), getPageFates(viewer.userId)]);
  return (
    <>
      <PageTitle title={t("title")} subtitle={t("subtitle")} />
      <Section title={t("download")}>
        <div className="space-y-3 rounded-3xl border border-line bg-surface p-5">
          <p className="text-sm text-muted">{t("downloadIntro")}</p>
          <ExportPanel latest={latest} />
        </div>
      </Section>
      <Section title={t("delete")}>
        <div className="space-y-3 rounded-3xl border border-red-500/40 bg-surface p-5 text-sm">
          <p>{t.rich("deleteIntro", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <ul className="list-disc space-y-1 pl-5 text-muted">
            <li>{t("deleteErased")}</li>
            <li>{t("deleteMessages")}</li>
            <li>{t("deleteOrders")}</li>
          </ul>
          {fates.length ? (
            <div>
              <p className="font-medium">{t("pages")}</p>
              <ul className="mt-1 space-y-3">
                {fates.map((page) => (
                  <li key={page.id}>
                    <Link href={`/studio/pages/${page.id}/team`} className="font-medium hover:underline">
                      {page.name}
                    </Link>{" "}
                    <span className="text-muted">
                      {page.fate === "handed_over"
                        ? t(page.chosen ? "fateHandedChosen" : "fateHandedSenior", { name: page.to })
                        : page.candidates.length
                          ? t("fateDeletedChosen")
                          : t("fateDeletedAlone")}
                    </span>
                    {page.candidates.length ? (
                      <HeirForm pageId={page.id} pageName={page.name} candidates={page.candidates} current={page.fate === "deleted" ? "delete" : page.heirId} />
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <DeleteAccountForm />
        </div>
      </Section>
    </>
  );
}
