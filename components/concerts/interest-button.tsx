"use client";

import { usePathname, useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { interestAction } from "@/lib/concerts/actions";

/** "Interested" toggle for a show: optimistic, the server's answer wins. */
export function InterestButton({ concertId, initial, signedIn }: { concertId: string; initial: boolean; signedIn: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const hydrated = useHydrated();
  const [interested, setInterested] = useState(initial);
  const [shown, setShown] = useOptimistic(interested);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const toggle = () => {
    if (!signedIn) return router.push(`/signin?callbackUrl=${encodeURIComponent(pathname)}`);
    const next = !shown;
    startTransition(async () => {
      setError(null);
      setShown(next);
      const result = await interestAction({ concertId, interested: next });
      if (result.ok) setInterested(result.interested);
      else if ("signIn" in result && result.signIn) router.push(`/signin?callbackUrl=${encodeURIComponent(pathname)}`);
      else setError(result.message);
    });
  };

  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        onClick={toggle}
        disabled={!hydrated}
        aria-pressed={shown}
        className={`inline-flex h-10 items-center gap-2 rounded-full px-5 text-sm font-semibold transition disabled:opacity-60 ${shown ? "bg-accent-600/15 text-accent-700 ring-1 ring-accent-500/50 dark:text-accent-300" : "border border-line hover:bg-surface-2"}`}
      >
        <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4" fill={shown ? "currentColor" : "none"} stroke="currentColor" strokeWidth={2}>
          <path d="M12 2l2.9 6.1 6.6.8-4.9 4.6 1.3 6.5L12 16.9 6.1 20l1.3-6.5L2.5 8.9l6.6-.8z" strokeLinejoin="round" />
        </svg>
        {shown ? "Interested" : "I'm interested"}
      </button>
      {error ? (
        <span role="alert" className="mt-1 text-xs text-red-500">
          {error}
        </span>
      ) : null}
      {pending ? <span className="sr-only">Saving…</span> : null}
    </span>
  );
}
