import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "./reset-password-form";
import { isResetLinkValid } from "@/lib/account/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("reset.title"), referrer: "no-referrer" };
}

/** Opened from the emailed link: shows the form (the link is spent only when the new password is saved). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const valid = await isResetLinkValid(token);
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("reset.title")}</h1>
      {valid && token ? (
        <>
          <p className="mt-1 text-sm text-muted">{t("reset.intro")}</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p className="mt-3 text-sm">
          {t.rich("reset.expired", {
            link: (chunks) => (
              <Link href="/forgot-password" className="font-semibold text-accent-500 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </>
  );
}
