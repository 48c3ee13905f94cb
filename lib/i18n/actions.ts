"use server";

import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "@/db";
import { users } from "@/db/schema";
import { LOCALES } from "@/db/schema/enums";
import { action } from "@/lib/mutations/guard";
import { siteOrigin } from "@/lib/site";
import { LOCALE_COOKIE } from "./locales";

/** A year: the browser keeps speaking the chosen language. */
const COOKIE_SECONDS = 365 * 24 * 3600;

/**
 * The language switcher (shell and Settings). Anyone may choose: the choice is kept in
 * the chorus-locale cookie, and on the account when signed in, so it follows the
 * account to another browser. "auto" forgets the choice and follows the browser again.
 */
export const setLanguageAction = action(
  {
    name: "account.language",
    access: "public",
    input: z.object({ locale: z.enum([...LOCALES, "auto"]) }),
    limits: [{ name: "settings", per: "ip" }],
    revalidate: () => ["/"],
  },
  async ({ locale }, { viewer }) => {
    const jar = await cookies();
    if (locale === "auto") jar.delete(LOCALE_COOKIE);
    else jar.set(LOCALE_COOKIE, locale, { path: "/", maxAge: COOKIE_SECONDS, sameSite: "lax", httpOnly: true, secure: siteOrigin().startsWith("https:") });
    if (viewer) await db.update(users).set({ locale: locale === "auto" ? null : locale }).where(eq(users.id, viewer.userId));
    return { ok: true };
  },
);
