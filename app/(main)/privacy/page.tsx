import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/section";

export const metadata: Metadata = { title: "What Chorus stores and why" };

const STORED: { what: string; why: string; who: string; until: string }[] = [
  { what: "Your email and a hash of your password", why: "To sign you in and send you password and email-change links.", who: "Only you.", until: "Until your account is deleted." },
  { what: "Your profile: name, handle, picture, bio, city", why: "So people can find and follow you.", who: "Everyone.", until: "Until you change it or delete your account." },
  { what: "Your country", why: "Shop prices, shipping and concerts near you.", who: "Only you (and sellers, on an order's address).", until: "Until you change it or delete your account." },
  { what: "Whom you follow and who follows you", why: "Your stream, notifications and Discover.", who: "Everyone, unless you keep your follows private.", until: "Until you unfollow or delete your account." },
  { what: "Likes, playlists, saved releases, comments", why: "Your Library; comments are public on the track or release.", who: "You; public playlists and comments are seen by everyone.", until: "Until you remove them or delete your account." },
  { what: "What you play", why: "Your recently played list and artists' anonymous play counts.", who: "Your history: only you. Artists see totals, never who.", until: "History: until you clear it. Counts: kept as totals." },
  { what: "What you watch, skip and like in Discover", why: "To pick what Discover shows you next.", who: "Only the recommender.", until: "Not kept at all when you turn personalization off." },
  { what: "Messages", why: "To deliver them.", who: "The people in the conversation.", until: "Until your account is deleted; then they show as from “Deleted account”." },
  { what: "Orders and shipping addresses", why: "So the seller can ship and keep the records the law asks of them.", who: "You and the seller.", until: "Kept for the seller's records; your name and street are removed when you delete your account." },
  { what: "Reports you send and moderators' decisions", why: "To keep Chorus safe.", who: "Moderators. The person you report never learns it was you.", until: "Kept as the moderation record." },
  { what: "Your network address, briefly", why: "To slow down abuse (sign-in attempts, spam).", who: "No one; it is kept as a short-lived counter.", until: "Hours, at most a day." },
];

/** Plain words on what is kept, why, who sees it and for how long (linked from Settings → Privacy). */
export default function PrivacyPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle title="What Chorus stores and why" subtitle="No ads, no selling data, no third-party trackers. Here is everything we keep." />
      <div className="divide-y divide-line rounded-3xl border border-line bg-surface">
        {STORED.map((row) => (
          <section key={row.what} className="grid gap-1 p-5 sm:grid-cols-[14rem_1fr] sm:gap-6">
            <h2 className="font-semibold">{row.what}</h2>
            <dl className="space-y-1 text-sm">
              <div>
                <dt className="inline font-medium">Why: </dt>
                <dd className="inline text-muted">{row.why}</dd>
              </div>
              <div>
                <dt className="inline font-medium">Who sees it: </dt>
                <dd className="inline text-muted">{row.who}</dd>
              </div>
              <div>
                <dt className="inline font-medium">How long: </dt>
                <dd className="inline text-muted">{row.until}</dd>
              </div>
            </dl>
          </section>
        ))}
      </div>
      <p className="mt-6 text-sm text-muted">
        Download everything we hold about you, or delete your account, in{" "}
        <Link href="/settings/data" className="font-medium text-accent-500 hover:underline">
          Settings → Your data
        </Link>
        . Control who sees what in{" "}
        <Link href="/settings/privacy" className="font-medium text-accent-500 hover:underline">
          Settings → Privacy
        </Link>
        .
      </p>
    </div>
  );
}
