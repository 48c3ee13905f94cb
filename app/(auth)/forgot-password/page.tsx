import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage() {
  // Signed in already: the password is changed in Settings. (Reading the session also renders this page per request, with its nonce.)
  if (await getViewer()) redirect("/settings");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Forgot your password?</h1>
      <p className="mt-1 text-sm text-muted">Enter the email you sign in with. We will send a link to choose a new password.</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-center text-sm text-muted">
        Remembered it?{" "}
        <Link href="/signin" className="font-semibold text-accent-500 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
