import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/avatar";
import type { ProfileCard } from "@/lib/profiles/dto";
import { compactNumber } from "@/lib/time";

/** One profile in a list, with an optional action (a Follow button) on the right. */
export function ProfileRow({ profile, action }: { profile: ProfileCard; action?: React.ReactNode }) {
  const t = useTranslations("profile");
  const locale = useLocale();
  return (
    <div className="flex items-center gap-3 py-2.5">
      <Link href={`/@${profile.handle}`} className="flex min-w-0 flex-1 items-center gap-3 rounded-xl">
        <Avatar src={profile.avatarUrl} name={profile.name} size={44} />
        <div className="min-w-0">
          <p className="truncate font-semibold">{profile.name}</p>
          <p className="truncate text-sm text-muted">
            @{profile.handle} · {t("kind", { kind: profile.kind })}
            {profile.city ? ` · ${profile.city}` : ""} · {t("followers", { count: profile.followerCount, number: compactNumber(profile.followerCount, locale) })}
          </p>
        </div>
      </Link>
      {action}
    </div>
  );
}

export function KindBadge({ kind }: { kind: ProfileCard["kind"] }) {
  const t = useTranslations("profile");
  const tone: Record<ProfileCard["kind"], string> = {
    artist: "bg-accent-500/15 text-accent-600 dark:text-accent-300",
    // i18n-ignore (CSS classes for the "label" kind)
    label: "bg-amber-500/15 text-amber-700 dark:text-amber-300",
    publication: "bg-sky-500/15 text-sky-700 dark:text-sky-300",
    listener: "bg-surface-2 text-muted",
  };
  return <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone[kind]}`}>{t("kind", { kind })}</span>;
}
