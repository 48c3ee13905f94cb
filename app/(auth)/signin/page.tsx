import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { safeCallbackUrl } from "@/lib/auth/redirects";
import { SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Sign in to Chorus</h1>
      <p className="mt-1 text-sm text-muted">Welcome back.</p>
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
