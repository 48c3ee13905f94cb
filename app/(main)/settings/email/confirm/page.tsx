import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/section";
import { emailChangeTarget } from "@/lib/account/queries";
import { ConfirmEmailForm } from "./confirm-email-form";

export const metadata: Metadata = { title: "Confirm your new email", referrer: "no-referrer" };

/** Opened from the link sent to the new address; the change happens on the button (a GET changes nothing). */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const target = await emailChangeTarget(token);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle title="Confirm your new email" />
      {target && token ? (
        <ConfirmEmailForm token={token} email={target} />
      ) : (
        <p className="text-sm">
          This link has expired or was already used. You can ask for a new one in{" "}
          <Link href="/settings" className="font-semibold text-accent-500 hover:underline">
            Settings
          </Link>
          .
        </p>
      )}
    </div>
  );
}
