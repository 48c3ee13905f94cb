"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createContext, use, useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { followAction, startFollowAction } from "@/lib/follows/actions";
import { compactNumber } from "@/lib/time";

export type FollowState = { following: boolean; count: number };
type FollowContextValue = { state: FollowState; pending: boolean; error: string | null; toggle: () => void };

type ProviderProps = {
  profileId: string;
  handle: string;
  initialFollowing: boolean;
  initialCount: number;
  signedIn: boolean;
  /** A follow this browser started while signed out is waiting (sign-in brought the user back): complete it. */
  pendingIntent?: boolean;
  source?: "app" | "discovery" | "search" | "embed";
  /** The popup's token: says which website the button was on; spent by the first follow. */
  intentToken?: string;
  /** Where sign-in returns to (defaults to the profile). */
  returnTo?: string;
  /** Called with the server's answer after each successful change. */
  onChange?: (state: FollowState) => void;
  children: React.ReactNode;
};

const FollowContext = createContext<FollowContextValue | null>(null);


/**
 * Follow state for one profile, shared by its toggle and its follower count.
 * Optimistic: the UI flips at once; the server's answer is the truth.
 */
export function FollowProvider({ profileId, handle, initialFollowing, initialCount, signedIn, pendingIntent, source = "app", intentToken, returnTo, onChange, children }: ProviderProps) {
  const t = useTranslations("follow");
  const router = useRouter();
  const [state, setState] = useState<FollowState>({ following: initialFollowing, count: initialCount });
  const [optimistic, setOptimistic] = useOptimistic(state);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const autoDone = useRef(false);

  // Fresh server data (a refresh, another tab) wins: adjust state while rendering, not in an effect.
  const [synced, setSynced] = useState({ initialFollowing, initialCount });
  if (synced.initialFollowing !== initialFollowing || synced.initialCount !== initialCount) {
    setSynced({ initialFollowing, initialCount });
    setState({ following: initialFollowing, count: initialCount });
  }

  const submit = (follow: boolean, intent?: string | true) => {
    startTransition(async () => {
      setError(null);
      setOptimistic({ following: follow, count: Math.max(0, state.count + (follow === state.following ? 0 : follow ? 1 : -1)) });
      const result = await followAction({ profileId, follow, source, intent });
      if (result.ok && result.data) {
        const next = { following: result.data.following, count: result.data.followerCount };
        setState(next);
        onChange?.(next);
      } else if (result.signIn) signInToFollow();
      else setError(result.message ?? t("failed"));
    });
  };

  // Signed out: the click is remembered in this browser (a one-time cookie), then sign-in brings the person back.
  const signInToFollow = () => {
    startTransition(async () => {
      const back = returnTo ?? `/@${handle}`;
      const result = await startFollowAction({ profileId, token: intentToken, returnTo: back });
      if (!result.ok) setError(result.message ?? t("failed"));
      else router.push(`/signin?callbackUrl=${encodeURIComponent(back)}`);
    });
  };

  useEffect(() => {
    if (!pendingIntent || autoDone.current || !signedIn) return;
    autoDone.current = true;
    // Even when already following, the waiting intent is spent so it cannot act later.
    submit(true, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, after sign-in
  }, [pendingIntent, signedIn]);

  const toggle = () => (signedIn ? submit(!optimistic.following, intentToken) : signInToFollow());
  return <FollowContext value={{ state: optimistic, pending, error, toggle }}>{children}</FollowContext>;
}

function useFollow(): FollowContextValue {
  const value = use(FollowContext);
  if (!value) throw new Error("FollowToggle and FollowerCount must be inside a FollowProvider");
  return value;
}

export function FollowToggle({ size = "md" }: { size?: "sm" | "md" }) {
  const t = useTranslations("follow");
  const { state, pending, error, toggle } = useFollow();
  // Until hydration a click would be lost, so the button waits (disabled) for React.
  const hydrated = useHydrated();
  const sizing = size === "sm" ? "h-8 px-3.5 text-[13px]" : "h-10 px-5 text-sm";
  const look = state.following ? "border border-line bg-surface text-fg hover:border-red-400 hover:text-red-500" : "bg-accent-600 text-white hover:bg-accent-500";
  return (
    <span className="inline-flex flex-col items-end">
      <button type="button" aria-pressed={state.following} disabled={pending || !hydrated} onClick={toggle} className={`inline-flex shrink-0 items-center justify-center rounded-full font-semibold transition disabled:opacity-70 ${sizing} ${look}`}>
        {state.following ? t("following") : t("follow")}
      </button>
      {error ? (
        <span role="alert" className="mt-1 max-w-56 text-right text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </span>
  );
}

export function FollowerCount() {
  const t = useTranslations("follow");
  const format = useFormatter();
  const locale = useLocale();
  const { state } = useFollow();
  return (
    <span>
      {t.rich("followerCount", {
        count: state.count,
        number: state.count < 10_000 ? format.number(state.count) : compactNumber(state.count, locale),
        strong: (chunks) => <strong data-testid="follower-count">{chunks}</strong>,
        muted: (chunks) => <span className="text-muted">{chunks}</span>,
      })}
    </span>
  );
}

/** A self-contained Follow button for lists and search results. */
export function FollowButton(props: Omit<ProviderProps, "children"> & { size?: "sm" | "md" }) {
  return (
    <FollowProvider {...props}>
      <FollowToggle size={props.size ?? "sm"} />
    </FollowProvider>
  );
}

/** Renders its children only while the viewer follows (e.g. the notification menu). */
export function WhenFollowing({ children }: { children: React.ReactNode }) {
  const { state } = useFollow();
  return state.following ? <>{children}</> : null;
}
