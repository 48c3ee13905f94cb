import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/section";
import { emailChangeTarget } from "@/lib/account/queries";
import { ConfirmEmailForm } from "./confirm-email-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.confirmEmail");
  return { title: t("title"), referrer: "no-referrer" };
}

/** Opened from the link sent to the new address; the change happens on the button (a GET changes nothing). */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const [t, target] = await Promise.all([getTranslations("settings.confirmEmail"), emailChangeTarget(token)]);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle title={t("title")} />
      {target && token ? (
        <ConfirmEmailForm token={token} email={target} />
      ) : (
        <p className="text-sm">
          {t.rich("expired", {
            link: (chunks) => (
              <Link href="/settings" className="font-semibold text-accent-500 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </div>
  );
}
