import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/section";
import { unreadConversationCount } from "@/lib/messages/queries";
import { loadStudioPage } from "./studio-page";
import { StudioTabs, type StudioTab } from "./studio-tabs";

/** Every Studio section of a page: its name, its inbox and public page, and the sections' tabs. */
export default async function StudioPageLayout({ params, children }: { params: Promise<{ id: string }>; children: React.ReactNode }) {
  const { id } = await params;
  const { page, role, can, sections } = await loadStudioPage(id);
  const t = await getTranslations("studio");
  const inboxUnread = can("message") ? await unreadConversationCount(page.id) : 0;
  const base = `/studio/pages/${page.id}`;
  const tabs: StudioTab[] = sections.map((s) => ({ href: s.path ? `${base}/${s.path}` : base, label: t(`sections.${s.labelKey}`) }));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/studio" className="text-muted hover:underline">
          {t("layout.back")}
        </Link>
      </p>
      <PageTitle
        title={page.name}
        subtitle={role === "owner" ? t("layout.subtitle", { handle: page.handle, count: page.followerCount }) : t("layout.subtitleMember", { handle: page.handle, count: page.followerCount, role })}
        action={
          <div className="flex flex-wrap gap-2">
            {can("message") ? (
              <Link href={`/messages?as=${page.id}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
                {inboxUnread ? t("layout.inboxUnread", { count: inboxUnread }) : t("layout.inbox")}
              </Link>
            ) : null}
            <Link href={`/@${page.handle}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
              {t("layout.viewPage")}
            </Link>
          </div>
        }
      />
      <StudioTabs tabs={tabs} label={t("layout.sectionsNav")} />
      {children}
    </>
  );
}
