import "server-only";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { publicPagesChanged, type PublicChange } from "@/lib/cache/public-pages";
import type { z } from "zod";
import { db } from "@/db";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { siteRoleMay } from "@/lib/auth/site-roles";
import { authorizePage, type Page, type PageAbility } from "@/lib/auth/policy";
import { fieldErrorsOf, type ActionState } from "@/lib/forms/action-state";
import { localizeIssues, localizeState } from "@/lib/i18n/server";
import { fieldsWithControlCharacters, normalizeNewlines } from "@/lib/forms/text";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/security/client-ip";
import { ipKey } from "@/lib/security/ip-key";
import { auditSays, recordAudit, type AuditSays } from "@/lib/teams/audit";
import { LIMITS, retryWait, type LimitKey, type LimitName } from "./limits";

/**
 * The one guarded path for every mutation: authenticate, validate (every field
 * error at once), authorize (page roles and kinds from lib/auth/policy), rate
 * limit, run, revalidate, and answer in the one result shape. Server actions
 * use action()/formAction(); cookie-authenticated route handlers use route.ts,
 * which shares this core and adds the Origin check.
 */
export type Access = "viewer" | "public";

export type GuardContext<A extends Access> = {
  viewer: A extends "viewer" ? Viewer : Viewer | null;
  /** The page named by `page.id`, when the spec asks for one; authorized. */
  page: Page;
  /** The client's address as the server decided it (null when unknown). */
  ip: string | null;
};

type Subject = "account" | "ip" | "page";

export type LimitUse<I> = { name: LimitName; per?: Subject; when?: (input: I) => boolean };

export type GuardSpec<S extends z.ZodType, A extends Access> = {
  /** "area.verb": names the bucket of its limits and its row in the authorization matrix. */
  name: string;
  access?: A;
  /** Said to someone signed out (access "viewer"): a key of the "errors" namespace. */
  signIn?: string;
  input: S;
  /** Said above the field errors when validation fails (else the first error): a key of the "errors" namespace. */
  invalid?: string;
  page?: { ability: PageAbility; id: (input: z.output<S>) => unknown | Promise<unknown> };
  /** A site-wide role the viewer must hold (moderation). */
  site?: "moderator" | "admin";
  limits?: LimitUse<z.output<S>>[];
  /** Paths to revalidate after success ("/" refreshes the whole app's layout). */
  revalidate?: (input: z.output<S>, ctx: GuardContext<A>) => string[];
  /**
   * Whose cached public pages this changes (lib/cache/public-pages.ts), beyond the
   * page of a page-scoped action, which is always included.
   */
  changes?: (input: z.output<S>, ctx: GuardContext<A>) => PublicChange | Promise<PublicChange>;
  /** The line a page-scoped success writes in the page's activity log (lib/teams/audit.ts has defaults by name). */
  audit?: (input: z.output<S>, ctx: GuardContext<A>, result?: ActionState<string, unknown>) => AuditSays;
};

type Run<S extends z.ZodType, A extends Access, R> = (input: z.output<S>, ctx: GuardContext<A>) => R | Promise<R>;

export type Refusal = ActionState & { ok: false; status: number };

const refuse = (status: number, message: string, extra: Partial<ActionState> = {}): Refusal => ({ ...extra, ok: false, status, message });

/** "You are following very fast. Take a breather. Try again in 3 minutes.": one sentence in the request's language. */
export async function rateLimitMessage(reason: LimitKey, retryAfterMs: number): Promise<string> {
  const t = await getTranslations("errors");
  return t("limits.retry", { reason: t(reason), ...retryWait(retryAfterMs) });
}

/** Steps before `run`: a refusal, or the validated input and context. */
export async function admit<S extends z.ZodType, A extends Access>(
  spec: GuardSpec<S, A>,
  raw: unknown,
  requestHeaders?: Headers,
): Promise<Refusal | { input: z.output<S>; ctx: GuardContext<A> }> {
  const viewer = await getViewer();
  if ((spec.access ?? "viewer") === "viewer" && !viewer) return refuse(401, spec.signIn ?? "common.signIn", { signIn: true });
  raw = normalizeNewlines(raw);
  const parsed = spec.input.safeParse(raw);
  // Every problem at once: invisible control characters anywhere, and what the schema says.
  const controls = Object.fromEntries(fieldsWithControlCharacters(raw).map((key) => [key, "common.controlCharacters"]));
  if (!parsed.success || Object.keys(controls).length) {
    const fieldErrors = { ...(parsed.success ? {} : fieldErrorsOf(await localizeIssues(parsed.error))), ...controls };
    return refuse(400, spec.invalid ?? Object.values(fieldErrors)[0] ?? "common.invalid", { fieldErrors });
  }
  if (spec.site && (!viewer || !siteRoleMay(viewer.siteRole, spec.site))) return refuse(403, "common.moderatorsOnly");
  let page = null as unknown as Page;
  if (spec.page) {
    if (!viewer) return refuse(401, spec.signIn ?? "common.signIn", { signIn: true });
    const decision = await authorizePage(db, viewer.userId, await spec.page.id(parsed.data), spec.page.ability);
    if (!decision.ok) return refuse(decision.status, decision.message);
    page = decision.page;
  }
  const ip = clientIp(requestHeaders ?? (await headers()));
  const ctx = { viewer, page, ip } as GuardContext<A>;
  for (const use of spec.limits ?? []) {
    if (use.when && !use.when(parsed.data)) continue;
    const per = use.per ?? "account";
    const subject = per === "ip" ? ipKey(ip ?? "unknown", "limit") : per === "page" ? page?.id : viewer?.userId;
    const rule = LIMITS[use.name];
    const hit = await hitRateLimit(db, `${use.name}:${per}:${subject ?? "none"}`, rule);
    if (!hit.allowed) return refuse(429, await rateLimitMessage(rule.message, hit.retryAfterMs), { retryAfter: Math.ceil(hit.retryAfterMs / 1000) });
  }
  return { input: parsed.data, ctx };
}

export function revalidateAll(paths: string[]) {
  for (const path of paths) {
    // "/": every page rendered for a viewer (app/(main)); cached public pages go by their tags.
    if (path === "/") revalidatePath("/(main)", "layout");
    else revalidatePath(path);
  }
}

/** After a success: the paths to revalidate, and the cached public pages it changes. */
export async function afterSuccess<S extends z.ZodType, A extends Access>(
  spec: GuardSpec<S, A>,
  admitted: { input: z.output<S>; ctx: GuardContext<A> },
  result?: ActionState<string, unknown>,
): Promise<void> {
  const { page, viewer } = admitted.ctx;
  if (page && viewer) {
    const says = spec.audit ? spec.audit(admitted.input, admitted.ctx, result) : auditSays(spec.name);
    await recordAudit(db, { pageId: page.id, userId: viewer.userId, actorName: viewer.profile.name, action: spec.name, says });
  }
  if (spec.revalidate) revalidateAll(spec.revalidate(admitted.input, admitted.ctx));
  const change = spec.changes ? await spec.changes(admitted.input, admitted.ctx) : {};
  publicPagesChanged({ ...change, profiles: [page?.id, ...(change.profiles ?? [])] });
}

const isRedirect = (error: unknown) => String((error as { digest?: unknown })?.digest ?? "").startsWith("NEXT_REDIRECT");

/** Runs the action and revalidates after success, including a success that ends in a redirect. */
async function finish<S extends z.ZodType, A extends Access, R extends ActionState<string, unknown>>(
  spec: GuardSpec<S, A>,
  admitted: { input: z.output<S>; ctx: GuardContext<A> },
  run: Run<S, A, R>,
): Promise<R> {
  try {
    const result = await run(admitted.input, admitted.ctx);
    if (result.ok) await afterSuccess(spec, admitted, result);
    return result;
  } catch (error) {
    if (isRedirect(error)) await afterSuccess(spec, admitted);
    throw error;
  }
}

function withoutStatus({ status: _status, ...state }: Refusal): ActionState {
  void _status;
  return state;
}

/** A server action called with one object (buttons, toggles). */
export function action<S extends z.ZodType, D = undefined, A extends Access = "viewer">(spec: GuardSpec<S, A>, run: Run<S, A, ActionState<string, D>>) {
  return async (raw: z.input<S>): Promise<ActionState<string, D>> => {
    const admitted = await admit(spec, raw);
    if ("status" in admitted) return localizeState(withoutStatus(admitted) as ActionState<string, D>);
    return localizeState(await finish(spec, admitted, run));
  };
}

/**
 * A server action behind a form (useActionState). `echo` names the fields sent
 * back on failure so nothing typed is lost (never passwords).
 */
export function formAction<S extends z.ZodType, F extends string = string, D = undefined, A extends Access = "viewer">(
  spec: GuardSpec<S, A> & { echo?: readonly string[]; fromForm?: (form: FormData) => unknown },
  run: Run<S, A, ActionState<F, D>>,
) {
  return async (_prev: ActionState<F, D>, form: FormData): Promise<ActionState<F, D>> => {
    const values: Partial<Record<F, string>> = {};
    for (const field of spec.echo ?? []) {
      const value = form.get(field);
      if (typeof value === "string" && !field.toLowerCase().includes("password")) values[field as F] = value;
    }
    const raw = spec.fromForm ? spec.fromForm(form) : Object.fromEntries(form);
    const admitted = await admit(spec, raw);
    if ("status" in admitted) return localizeState({ ...(withoutStatus(admitted) as ActionState<F, D>), values });
    const result = await finish(spec, admitted, run);
    // What was typed comes back (a review step shows it; a failed save keeps it), unless the action says otherwise.
    return localizeState(result.values === undefined ? { ...result, values } : result);
  };
}
