import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionState } from "@/lib/forms/action-state";
import { countryName } from "@/lib/markets/countries";

/** A message key of the "errors" namespace ("account.wrongPassword"), not a sentence. */
const KEY = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+$/;

/**
 * What a mutation answers, in the request's language. Static texts (zod schemas,
 * guard options, rate-limit rules) are written as keys of the "errors" namespace and
 * translated here, once, in the one mutation wrapper; handlers that build a sentence
 * with values translate it themselves (getTranslations). Anything else passes as is.
 */
export async function localizeState<S extends ActionState<string, unknown>>(state: S): Promise<S> {
  const needs = (text: unknown): text is string => typeof text === "string" && KEY.test(text);
  const fields = Object.values(state.fieldErrors ?? {});
  if (!needs(state.message) && !fields.some((text) => typeof text === "string" && text.split("\n").some((line) => KEY.test(line)))) return state;
  const t = await getTranslations("errors");
  const say = (text: string) => text.split("\n").map((line) => (KEY.test(line) && t.has(line as never) ? t(line as never) : line)).join("\n");
  return {
    ...state,
    message: typeof state.message === "string" ? say(state.message) : state.message,
    fieldErrors: state.fieldErrors ? Object.fromEntries(Object.entries(state.fieldErrors).map(([field, text]) => [field, typeof text === "string" ? say(text) : text])) : state.fieldErrors,
  };
}

/**
 * Schema messages in the request's language. Schemas name keys of the "errors" namespace;
 * a key's message may use what the issue knows: {max} and {min} of a size check, and the
 * params of a custom issue (ctx.addIssue({ code: "custom", message, params })), where a
 * `country` param is a country code, named here in the request's language.
 */
export async function localizeIssues(error: z.ZodError): Promise<z.ZodError> {
  if (!error.issues.some((issue) => KEY.test(issue.message))) return error;
  const t = await getTranslations("errors");
  const locale = await getLocale();
  const issues = error.issues.map((issue) => {
    if (!KEY.test(issue.message) || !t.has(issue.message as never)) return issue;
    const args: Record<string, string | number> = { ...(issue.code === "custom" ? issue.params : undefined) };
    if (typeof args.country === "string") args.country = countryName(args.country, locale);
    if ("maximum" in issue) args.max = Number(issue.maximum);
    if ("minimum" in issue) args.min = Number(issue.minimum);
    return { ...issue, message: t(issue.message as never, args as never) as string };
  });
  return { issues } as z.ZodError;
}
