import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";

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
