import { spawnSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";

export const DEMO = { listener: "demo@chorus.test", artist: "artist@chorus.test", password: "chorus-demo" };

let counter = 0;
/** A unique suffix per call, safe for handles (letters, digits, underscore). */
export function unique(prefix = "u"): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${counter}`.slice(0, 30);
}

export async function signIn(page: Page, email: string, password = DEMO.password) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

export type NewUser = { email: string; password: string; name: string; handle: string; country: string };

export function newUser(overrides: Partial<NewUser> = {}): NewUser {
  const handle = unique("fan_");
  return { email: `${handle}@example.com`, password: "loud-music-2026", name: `Fan ${handle.slice(-5)}`, handle, country: "DE", ...overrides };
}

let clients = 0;
/**
 * Makes this page act as its own person's address. The test server trusts one
 * proxy hop (TRUST_PROXY=1), as behind a reverse proxy, so limits per address
 * (sign-ups per hour) apply per simulated person, not to the whole suite.
 */
export async function asDistinctClient(page: Page) {
  clients += 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${(process.pid % 200) + 1}.${(clients >> 8) & 255}.${clients & 255}` });
}

export async function fillSignUp(page: Page, user: NewUser) {
  await asDistinctClient(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByLabel("Display name").fill(user.name);
  await page.getByLabel("Handle").fill(user.handle);
  await page.getByLabel("Country").selectOption(user.country);
}

export async function signUp(page: Page, user = newUser()) {
  await page.goto("/signup");
  await fillSignUp(page, user);
  await page.getByRole("button", { name: "Create account" }).click();
  // bcrypt and a cold server can take a while on a loaded machine.
  await expect(page).not.toHaveURL(/\/signup/, { timeout: 20_000 });
  return user;
}

export const HOST_URL = `http://localhost:${process.env.E2E_HOST_PORT ?? 3200}`;

/** Creates an artist page for the signed-in account; returns its handle and Studio URL. */
export async function createArtistPage(page: Page, name: string, prefix = "act_") {
  await page.goto("/studio");
  const handle = unique(prefix);
  await page.getByLabel("Page name").fill(name);
  await page.getByLabel("Page handle").fill(handle);
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page.getByText("Your page is live.")).toBeVisible();
  return { handle, studioUrl: page.url().split("?")[0] };
}

/** Fills Studio's "Announce a show" form (on the current page: a Studio page's /concerts section) and submits it; returns the new show's id. */
export async function announceShow(page: Page, show: { venue: string; city: string; country: string; local: string; zone: string; ticketUrl?: string }) {
  await page.getByLabel("Venue", { exact: true }).fill(show.venue);
  // Scoped to the Concerts section, so no other City or Country field on the page is taken.
  await page.getByRole("region", { name: "Concerts" }).getByLabel("City").fill(show.city);
  await page.getByRole("region", { name: "Concerts" }).getByLabel("Country").selectOption(show.country);
  await page.getByLabel("Date and start time (venue's local time)").fill(show.local);
  await page.getByLabel("Venue time zone").selectOption(show.zone);
  await page.getByLabel("Ticket link").fill(show.ticketUrl ?? "");
  await page.getByRole("button", { name: "Announce show" }).click();
  const link = page.getByRole("status").getByRole("link", { name: "Open the concert page" });
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!.split("/").pop()!;
}

const MAIL_URL = `http://localhost:${process.env.E2E_MAIL_HTTP_PORT ?? 3026}`;

/** The newest email to `address` whose subject matches, once it has arrived (from e2e/mail-sink). */
export async function mailTo(address: string, subject: RegExp): Promise<{ subject: string; text: string }> {
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(async () => {
      const mails = (await (await fetch(`${MAIL_URL}/messages?to=${encodeURIComponent(address)}`)).json()) as { subject: string; text: string }[];
      found = mails.filter((m) => subject.test(m.subject)).at(-1);
      return !!found;
    }, { timeout: 15_000 })
    .toBe(true);
  return found!;
}

/** The first link to this site in an email's text, as a path ("/reset-password?token=…"). */
export function linkIn(text: string): string {
  const url = /https?:\/\/\S+/.exec(text)?.[0];
  if (!url) throw new Error(`no link in: ${text}`);
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/** Makes an account a site admin the way an operator does: `npm run admin -- grant EMAIL`. */
export function grantAdmin(email: string) {
  const result = spawnSync("npx", ["tsx", "scripts/admin.ts", "grant", email], { env: process.env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`admin grant failed: ${result.stderr}`);
}
