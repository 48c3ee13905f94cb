import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures";

test("A shares a track with B, who sees it live, plays it from the card and replies; markup stays text; unread counts follow", async ({ browser }) => {
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  await signUp(a);
  const userB = await signUp(b);

  // A follows B, so A may write to B directly.
  await a.goto(`/@${userB.handle}`);
  await a.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(a.getByRole("button", { name: "Following" })).toBeEnabled();
  await a.getByRole("link", { name: "Message", exact: true }).click();
  await expect(a.getByLabel("To", { exact: true })).toHaveValue(userB.handle);
  await a.getByLabel("Message", { exact: true }).fill("Hey! Got something for you.");
  await a.getByRole("button", { name: "Send", exact: true }).click();
  await expect(a).toHaveURL(/\/messages\/[0-9A-Za-z]+$/);

  // B sees one unread conversation, opens it and keeps it open.
  await b.goto("/messages");
  const inbox = b.getByTestId("conversations");
  await expect(inbox.getByTestId("unread")).toHaveText("1");
  await inbox.getByRole("link").first().click();
  await expect(b.getByTestId("message-list")).toContainText("Hey! Got something for you.");

  // A shares a track from its page into that conversation, with a note.
  await a.goto("/@novalane");
  const trackHref = await a.locator('a[href^="/track/"]').first().getAttribute("href");
  await a.goto(trackHref!);
  const trackTitle = (await a.getByRole("heading", { level: 1 }).textContent())!.trim();
  await a.getByRole("button", { name: "Share", exact: true }).click();
  await a.getByRole("dialog", { name: "Share" }).getByLabel(userB.name).check();
  await a.getByLabel("Note").fill("This one!");
  await a.getByRole("dialog", { name: "Share" }).getByRole("button", { name: "Send", exact: true }).click();
  await expect(a.getByText("Sent to 1 conversation.")).toBeVisible();

  // B's open conversation updates live, without a reload; the card plays in the player.
  const card = b.getByTestId("message-card");
  await expect(card).toContainText(trackTitle, { timeout: 10_000 });
  await expect(b.getByTestId("message-list")).toContainText("This one!");
  await card.getByRole("button", { name: /^Play / }).click();
  await expect(card.getByRole("button", { name: /^Pause / })).toBeVisible();

  // B replies with markup: it arrives as text, never as HTML.
  const payload = '<script>window.__pwned = 1</script><b>bold</b> <img src=x onerror="window.__pwned=2">';
  await b.getByLabel("Message", { exact: true }).fill(payload);
  await b.getByRole("button", { name: "Send", exact: true }).click();
  await expect(b.getByTestId("message-list").getByText(payload)).toBeVisible();
  // Delivered: the optimistic copy has been replaced by the stored one.
  await expect(b.getByTestId("message-list").getByText("Sending…")).toHaveCount(0);

  await a.goto("/messages");
  await expect(a.getByTestId("conversations").getByTestId("unread")).toHaveText("1");
  await a.getByTestId("conversations").getByRole("link").first().click();
  await expect(a.getByTestId("message-list").getByText(payload)).toBeVisible();
  await expect(a.getByTestId("message-list").locator("b, script, img[src=x]")).toHaveCount(0);
  expect(await a.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await a.goto("/messages");
  await expect(a.getByTestId("conversations")).toContainText(userB.name);
  await expect(a.getByTestId("conversations").getByTestId("unread")).toHaveCount(0);

  await Promise.all([ctxA.close(), ctxB.close()]);
});

test("a stranger's message lands in requests; once blocked, the stranger cannot send", async ({ browser }) => {
  const ctxA = await browser.newContext();
  const a = await ctxA.newPage();
  const userA = await signUp(a);
  // A stranger's message becomes a request for A.
  const ctxC = await browser.newContext();
  const c = await ctxC.newPage();
  const userC = await signUp(c);
  await c.goto(`/messages?to=${userA.handle}`);
  await c.getByLabel("Message", { exact: true }).fill("Hi, big fan of your playlists");
  await c.getByRole("button", { name: "Send", exact: true }).click();
  await expect(c.getByText("Sent as a message request")).toBeVisible();
  const requestUrl = c.url().split("?")[0];
  // A reload can race a background refresh under load; retry the visit until the list shows.
  await expect(async () => {
    await a.goto("/messages");
    await expect(a.getByRole("heading", { name: "Requests (1)" })).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  await expect(a.getByRole("region", { name: "Requests (1)" })).toContainText("Hi, big fan of your playlists");

  // A blocks the stranger from their profile; the stranger can no longer send.
  await a.goto(`/@${userC.handle}`);
  await a.getByRole("button", { name: /More options for/ }).click();
  await a.getByRole("button", { name: /^Block / }).click();
  await expect(a.getByText("Blocked. They can no longer message or follow you.")).toBeVisible();
  await c.goto(requestUrl);
  await c.getByLabel("Message", { exact: true }).fill("Why no answer?");
  await c.getByRole("button", { name: "Send", exact: true }).click();
  await expect(c.getByRole("alert").filter({ hasText: "You cannot message this profile." })).toBeVisible();
  await expect(c.getByLabel("Message", { exact: true })).toHaveValue("Why no answer?");

  await Promise.all([ctxA.close(), ctxC.close()]);
});
