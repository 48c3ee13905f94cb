"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { genresAction } from "@/lib/discovery/actions";
import { MAX_GENRES } from "@/lib/discovery/taste-limits";

/**
 * "What do you listen to?": up to five genres, kept privately; Discover starts
 * from them until follows say more. Skippable (the first steps' Done).
 */
export function GenrePicker({ genres, saved }: { genres: string[]; saved: string[] }) {
  const t = useTranslations("home.getStarted");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(genresAction, { ok: false });
  const [picked, setPicked] = useState<string[]>(saved);
  const full = picked.length >= MAX_GENRES;
  return (
    <form action={action} className="mb-5 rounded-2xl bg-surface-2/60 p-4">
      <fieldset>
        <legend className="text-sm font-semibold">{t("pickerTitle")}</legend>
        <p className="mt-0.5 text-sm text-muted">{t("pickerHint", { max: MAX_GENRES })}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          {genres.map((g) => {
            const on = picked.includes(g);
            return (
              <label
                key={g}
                className={`inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-full border px-3.5 text-sm capitalize has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-500 ${on ? "border-accent-600 bg-accent-600 text-white" : "border-line bg-surface hover:bg-line"} ${!on && full ? "opacity-50" : ""}`}
              >
                <input
                  type="checkbox"
                  name="genre"
                  value={g}
                  checked={on}
                  disabled={!on && full}
                  onChange={(e) => setPicked((list) => (e.target.checked ? [...list, g] : list.filter((x) => x !== g)))}
                  className="sr-only"
                />
                {on ? <span aria-hidden>✓</span> : null}
                {g}
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? tc("saving") : t("saveGenres")}
        </Button>
        {state.message ? <FormMessage tone={state.ok ? "success" : "error"} message={state.message} /> : null}
      </div>
    </form>
  );
}
