import type { z } from "zod";

/**
 * The one result shape of every mutation (server actions and the JSON of
 * cookie-authenticated route handlers): expected failures are values, not throws.
 */
export type ActionState<Fields extends string = string, Data = undefined> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<Fields, string>>;
  /** What the user typed, echoed back so nothing is lost on error. */
  values?: Partial<Record<Fields, string>>;
  /** The caller should offer sign-in (the session ended or never was). */
  signIn?: boolean;
  /** Seconds until a rate-limited request may be tried again. */
  retryAfter?: number;
  /** What a successful call hands back to the caller. */
  data?: Data;
};

export const initialState: ActionState = { ok: false };

/**
 * One message per field from a zod error; a list field (issues deeper than the
 * field itself, like one row of a product's options) keeps every distinct
 * message, one per line.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    if (!out[key]) out[key] = issue.message;
    else if (issue.path.length > 1 && !out[key].split("\n").includes(issue.message)) out[key] += `\n${issue.message}`;
  }
  return out;
}

/** Echo back string fields, never passwords. */
export function echoValues(form: FormData, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    if (field.toLowerCase().includes("password")) continue;
    const value = form.get(field);
    if (typeof value === "string") out[field] = value;
  }
  return out;
}

/**
 * A guarded action used directly as `<form action>` (the page re-renders from
 * the server, so the result is not read). The same server reference, typed as
 * React expects.
 */
export function asFormAction<Args extends unknown[]>(fn: (...args: Args) => Promise<unknown>): (...args: Args) => Promise<void> {
  return fn as unknown as (...args: Args) => Promise<void>;
}
