import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { DEMO, asDistinctClient, createArtistPage, signUp } from "./fixtures";

/** The e2e server's database (scripts/e2e.mjs passes its path to Playwright), read-only. */
function readDb<T>(sql: string, ...args: unknown[]): T {
  const db = new Database(process.env.DATABASE_PATH!, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...args) as T;
  } finally {
    db.close();
  }
}

test("a link cannot make a signed-in listener follow anyone (attack 1)", async ({ page }) => {
  const user = await signUp(page);
  const count = () => readDb<{ n: number }>("SELECT count(*) AS n FROM follows f JOIN profiles p ON p.id = f.follower_id WHERE p.handle = ?", user.handle).n;
  // What a third-party page could send a signed-in visitor to.
  await page.goto("/@novalane?follow=1");
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toBeEnabled();
  await page.goto("/intent/follow?handle=amelieroux&auto=1&origin=https%3A%2F%2Fevil.example");
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toBeEnabled();
  await page.waitForLoadState("networkidle");
  await page.goto("/@novalane");
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toHaveAttribute("aria-pressed", "false");
  expect(count()).toBe(0);

  // A click does follow, and records no website.
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page.getByRole("button", { name: "Following" })).toBeEnabled();
  await expect.poll(count).toBe(1);
  expect(readDb<{ origin: string | null }>("SELECT f.source_origin AS origin FROM follows f JOIN profiles p ON p.id = f.follower_id WHERE p.handle = ?", user.handle).origin).toBeNull();
});

test("a signed-out click on Follow is finished after sign-in, once", async ({ page }) => {
  await asDistinctClient(page);
  await page.goto("/@inescalado");
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F%40inescalado/);
  await page.getByLabel("Email").fill(DEMO.listener);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/@inescalado$/);
  await expect(page.getByRole("button", { name: "Following" })).toHaveAttribute("aria-pressed", "true");
  // Unfollow, then reload: the spent intent does not follow again.
  await page.getByRole("button", { name: "Following" }).click();
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toHaveAttribute("aria-pressed", "false");
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toHaveAttribute("aria-pressed", "false");
});

test("sign-in guessing through Auth.js's own endpoint is throttled, and the form says when to retry (attack 2)", async ({ page, request }) => {
  const user = await signUp(page);
  const attacker = { "x-forwarded-for": "203.0.113.99" };
  const guess = async (password: string) => {
    const csrf = await (await request.get("/api/auth/csrf", { headers: attacker })).json();
    const response = await request.post("/api/auth/callback/credentials", { headers: attacker, form: { email: user.email, password, csrfToken: csrf.csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
    return response.headers()["location"] ?? "";
  };
  for (let i = 0; i < 5; i++) expect(await guess(`wrong-guess-${i}`)).toContain("error=CredentialsSignin");
  // Even the right password is refused from the guessing address now.
  expect(await guess(user.password)).toContain("code=throttled_");

  // The form from that address says when to try again; the real user elsewhere signs in.
  const attackerPage = await page.context().browser()!.newPage({ extraHTTPHeaders: attacker });
  await attackerPage.goto("/signin");
  await attackerPage.getByLabel("Email").fill(user.email);
  await attackerPage.getByLabel("Password").fill(user.password);
  await attackerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(attackerPage.getByRole("alert").filter({ hasText: "Too many" })).toContainText(/Too many failed attempts\. Try again in \d+ minutes\./);
  await expect(attackerPage.getByLabel("Email")).toHaveValue(user.email);
  await attackerPage.close();
});

test("public pages do not carry the managing account's id", async ({ request }) => {
  const owner = readDb<{ id: string }>("SELECT id FROM users WHERE email = ?", DEMO.artist).id;
  for (const path of ["/@novalane", "/intent/follow?handle=novalane", "/oembed?url=http%3A%2F%2Flocalhost%3A3100%2F%40novalane&format=json"]) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain(owner);
  }
});

test("a renamed page keeps its old links: they redirect, and the old handle cannot be taken", async ({ page, browser }) => {
  await signUp(page);
  const { handle, studioUrl } = await createArtistPage(page, "Rename Me");
  await page.goto(`${studioUrl}/settings`);
  const renamed = `${handle.slice(0, 24)}_new`;
  await page.getByLabel("Handle", { exact: true }).fill(renamed);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved. Your page is up to date.")).toBeVisible();
  await page.goto(`/@${handle}`);
  await expect(page).toHaveURL(new RegExp(`/@${renamed}$`));
  await expect(page.getByRole("heading", { name: "Rename Me" })).toBeVisible();

  const squatter = await browser.newContext();
  const other = await squatter.newPage();
  await signUp(other);
  await other.goto("/studio");
  await other.getByLabel("Page name").fill("Impostor");
  await other.getByLabel("Page handle").fill(handle);
  await other.getByRole("button", { name: "Create page" }).click();
  await expect(other.getByText(/was in use recently and is reserved/)).toBeVisible();
  await expect(other.getByLabel("Page name")).toHaveValue("Impostor");
  await squatter.close();
});
