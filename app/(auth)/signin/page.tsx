import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { safeCallbackUrl } from "@/lib/auth/redirects";
import { FormMessage } from "@/components/ui/field";
import { SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in" };

/** Why the visitor landed here, said once above the form. */
const NOTICES: Record<string, string> = {
  everywhere: "You were signed out on every device.",
  scheduled: "Your account will be deleted in 14 days. Changed your mind? Sign in before then and it stays.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; deletion?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const notice = NOTICES[params.signedOut === "everywhere" ? "everywhere" : params.deletion === "scheduled" ? "scheduled" : ""];
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Sign in to Chorus</h1>
      <p className="mt-1 text-sm text-muted">Welcome back.</p>
      {notice ? (
        <div className="mt-4">
          <FormMessage tone="success" message={notice} />
        </div>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6 text-center text-sm text-muted">
        New to Chorus?{" "}
        <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-accent-500 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  );
}
