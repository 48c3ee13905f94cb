import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { safeCallbackUrl } from "@/lib/auth/redirects";
import { FormMessage } from "@/components/ui/field";
import { SignInForm } from "./signin-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn") };
}

/** Why the visitor landed here, said once above the form (keys of auth.signin). */
const NOTICES = { everywhere: "signedOutEverywhere", scheduled: "deletionScheduled" } as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; deletion?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const noticeKey = params.signedOut === "everywhere" ? NOTICES.everywhere : params.deletion === "scheduled" ? NOTICES.scheduled : null;
  const notice = noticeKey ? t(`signin.${noticeKey}`) : null;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("signin.title")}</h1>
      <p className="mt-1 text-sm text-muted">{t("signin.welcome")}</p>
      {notice ? (
        <div className="mt-4">
          <FormMessage tone="success" message={notice} />
        </div>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6 text-center text-sm text-muted">
        {t.rich("signin.newHere", {
          link: (chunks) => (
            <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-accent-500 hover:underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </>
  );
}
