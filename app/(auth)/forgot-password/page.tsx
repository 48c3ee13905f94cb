import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("forgot.metaTitle") };
}

export default async function ForgotPasswordPage() {
  // Signed in already: the password is changed in Settings. (Reading the session also renders this page per request, with its nonce.)
  if (await getViewer()) redirect("/settings");
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("forgot.title")}</h1>
      <p className="mt-1 text-sm text-muted">{t("forgot.intro")}</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-center text-sm text-muted">
        {t.rich("forgot.remembered", {
          link: (chunks) => (
            <Link href="/signin" className="font-semibold text-accent-500 hover:underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </>
  );
}
