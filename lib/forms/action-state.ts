import type { z } from "zod";

/** What every form action returns: expected failures are values, not throws. */
export type ActionState<Fields extends string = string> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<Fields, string>>;
  /** What the user typed, echoed back so nothing is lost on error. */
  values?: Partial<Record<Fields, string>>;
};

export const initialState: ActionState = { ok: false };

/** First message per field from a zod error. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    if (!out[key]) out[key] = issue.message;
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
