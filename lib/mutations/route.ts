import { localizeState } from "@/lib/i18n/server";
import "server-only";
import type { z } from "zod";
import type { ActionState } from "@/lib/forms/action-state";
import { publicOrigin } from "@/lib/site";
import { admit, afterSuccess, type Access, type GuardContext, type GuardSpec } from "./guard";

/**
 * A cookie-authenticated route handler behind the same guard as server actions,
 * plus the check server actions get from Next: a state-changing request must
 * come from a Chorus page (same origin), so a sibling subdomain or any other
 * site cannot ride on a signed-in visitor's cookies.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    const parsed = new URL(origin);
    return parsed.host === host || parsed.origin === publicOrigin();
  } catch {
    return false;
  }
}

export type RouteInput<P> = { request: Request; params: P; search: URLSearchParams };

/** JSON answer in the one result shape. */
export function resultResponse<F extends string, D>(status: number, state: ActionState<F, D>): Response {
  const headers: HeadersInit = state.retryAfter ? { "Retry-After": String(state.retryAfter) } : {};
  return Response.json(state, { status, headers });
}

export function route<S extends z.ZodType, P extends Record<string, string>, A extends Access = "viewer">(
  spec: GuardSpec<S, A> & {
    method?: "GET" | "POST";
    parse: (input: RouteInput<P>) => unknown | Promise<unknown>;
    /** Answer a page the viewer may not use as missing (404), as Studio's pages do. */
    hidePage?: boolean;
  },
  run: (input: z.output<S>, ctx: GuardContext<A> & { request: Request; params: P }) => Promise<Response> | Response,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const params = await context.params;
    const raw = await spec.parse({ request, params, search: new URL(request.url).searchParams });
    const admitted = await admit(spec, raw, request.headers);
    if ("status" in admitted) {
      const { status, ...state } = admitted;
      return resultResponse(spec.hidePage && status === 403 ? 404 : status, await localizeState(state));
    }
    if ((spec.method ?? "POST") !== "GET" && !isSameOrigin(request)) return resultResponse(403, await localizeState({ ok: false, message: "common.notFromChorus" }));
    const response = await run(admitted.input, { ...admitted.ctx, request, params });
    // A read (GET) changes nothing, so it invalidates nothing.
    if (response.ok && (spec.method ?? "POST") !== "GET") await afterSuccess(spec, admitted);
    return response;
  };
}
