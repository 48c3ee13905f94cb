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

export async function fillSignUp(page: Page, user: NewUser) {
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
  await expect(page).not.toHaveURL(/\/signup/);
  return user;
}

export const HOST_URL = `http://localhost:${process.env.E2E_HOST_PORT ?? 3200}`;
