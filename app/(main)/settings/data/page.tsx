import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle, Section } from "@/components/ui/section";
import { getLatestExport, getPageFates } from "@/lib/account/queries";
import { requireViewer } from "@/lib/auth/guards";
import { DeleteAccountForm } from "./delete-account-form";
import { ExportPanel } from "./export-panel";
import { HeirForm } from "./heir-form";

export const metadata: Metadata = { title: "Your data" };

export default async function DataSettingsPage() {
  const viewer = await requireViewer("/settings/data");
  const [latest, fates] = await Promise.all([getLatestExport(viewer.userId), getPageFates(viewer.userId)]);
  return (
    <>
      <PageTitle title="Your data" subtitle="Take a copy of everything, or leave." />
      <Section title="Download my data">
        <div className="space-y-3 rounded-3xl border border-line bg-surface p-5">
          <p className="text-sm text-muted">
            A .zip with your account, profile, follows, likes, playlists, messages you sent and received, orders, comments, blocks and mutes (as JSON), and every file you uploaded.
            Only you can download it, for 7 days.
          </p>
          <ExportPanel latest={latest} />
        </div>
      </Section>
      <Section title="Delete my account">
        <div className="space-y-3 rounded-3xl border border-red-500/40 bg-surface p-5 text-sm">
          <p>
            You are signed out everywhere at once, and your account is deleted <strong>14 days</strong> later. Change your mind before then: sign in and it stays, as it was.
          </p>
          <ul className="list-disc space-y-1 pl-5 text-muted">
            <li>Your profile, follows, likes, playlists, comments and listening history are erased.</li>
            <li>Messages you sent stay with the people you wrote to, from “Deleted account”.</li>
            <li>Sellers keep your orders without your name or street, as their records require.</li>
          </ul>
          {fates.length ? (
            <div>
              <p className="font-medium">Pages you own</p>
              <ul className="mt-1 space-y-3">
                {fates.map((page) => (
                  <li key={page.id}>
                    <Link href={`/studio/pages/${page.id}/team`} className="font-medium hover:underline">
                      {page.name}
                    </Link>{" "}
                    <span className="text-muted">
                      {page.fate === "handed_over"
                        ? `goes to ${page.to}${page.chosen ? ", as you chose." : ", its longest-serving admin."}`
                        : page.candidates.length
                          ? "is deleted, as you chose."
                          : "is deleted: nobody else manages it. To hand it over, make someone an admin in Team first."}
                    </span>
                    {page.candidates.length ? (
                      <HeirForm pageId={page.id} pageName={page.name} candidates={page.candidates} current={page.fate === "deleted" ? "delete" : page.heirId} />
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <DeleteAccountForm />
        </div>
      </Section>
    </>
  );
}
