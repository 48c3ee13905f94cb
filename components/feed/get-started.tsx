import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FollowButton } from "@/components/follow/follow-button";
import { ProfileRow } from "@/components/profile/profile-row";
import { Section } from "@/components/ui/section";
import type { Viewer } from "@/lib/auth/viewer";
import { followedAmong, listCreatorsInGenre, listTrendingCreators, popularGenres } from "@/lib/profiles/queries";
import { db } from "@/db";
import { genresOf } from "@/lib/discovery/taste";
import { DismissGetStarted } from "./dismiss-get-started";
import { GenrePicker } from "./genre-picker";

/**
 * First steps for a new listener: pick a genre (or not), follow a few
 * creators. It stays, with Following on what was followed, until dismissed.
 */
export async function GetStarted({ viewer, genre }: { viewer: Viewer; genre: string | null }) {
  const genres = await popularGenres(10);
  const saved = await genresOf(db, viewer.profile.id);
  // Suggestions from the genre browsed, else the first genre the listener said they like.
  const picked = genre === "popular" ? null : genre && genres.includes(genre) ? genre : (saved.find((g) => genres.includes(g)) ?? null);
  const suggestions = (picked ? (await listCreatorsInGenre(picked, 8)) : (await listTrendingCreators(8))).filter((p) => !viewer.managed.some((m) => m.id === p.id));
  const followed = await followedAmong(viewer.profile.id, suggestions.map((p) => p.id));
  const t = await getTranslations("home.getStarted");
  return (
    <div className="mb-8 rounded-3xl border border-line bg-surface p-5">
      <Section title={t("title")} action={<DismissGetStarted />}>
        <GenrePicker genres={[...new Set([...genres, ...saved])]} saved={saved} />
        <p className="mb-3 text-sm text-muted">{t("followSome")}</p>
        <nav aria-label={t("genres")} className="mb-3 flex flex-wrap gap-2">
          <Link href={saved.length ? "/?genre=popular" : "/"} aria-current={!picked ? "true" : undefined} className={`rounded-full px-3 py-1 text-sm ${!picked ? "bg-accent-600 text-white" : "bg-surface-2 hover:bg-line"}`}>
            {t("popular")}
          </Link>
          {genres.map((g) => (
            <Link key={g} href={`/?genre=${encodeURIComponent(g)}`} aria-current={picked === g ? "true" : undefined} className={`rounded-full px-3 py-1 text-sm capitalize ${picked === g ? "bg-accent-600 text-white" : "bg-surface-2 hover:bg-line"}`}>
              {g}
            </Link>
          ))}
        </nav>
        <div className="divide-y divide-line">
          {suggestions.map((p) => (
            <ProfileRow key={p.id} profile={p} action={<FollowButton profileId={p.id} handle={p.handle} initialFollowing={followed.has(p.id)} initialCount={p.followerCount} signedIn />} />
          ))}
        </div>
      </Section>
    </div>
  );
}
