import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "./reset-password-form";
import { isResetLinkValid } from "@/lib/account/queries";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

/** Opened from the emailed link: shows the form (the link is spent only when the new password is saved). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const valid = await isResetLinkValid(token);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Choose a new password</h1>
      {valid && token ? (
        <>
          <p className="mt-1 text-sm text-muted">You will be signed in, and signed out everywhere else.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p className="mt-3 text-sm">
          This link has expired or was already used.{" "}
          <Link href="/forgot-password" className="font-semibold text-accent-500 hover:underline">
            Ask for a new one
          </Link>
          .
        </p>
      )}
    </>
  );
}
