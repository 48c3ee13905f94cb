import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { signUp, unique } from "./fixtures";

const followerCount = async (page: Page) => Number((await page.getByTestId("follower-count").first().innerText()).replace(/[^0-9]/g, ""));

test("follow and unfollow from a profile keep the count exact", async ({ page }) => {
  await signUp(page);
  await page.goto("/@kitomensah");
  const before = await followerCount(page);
  const button = page.getByRole("button", { name: "Follow", exact: true });
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await button.click();
  const following = page.getByRole("button", { name: "Following" });
  await expect(following).toHaveAttribute("aria-pressed", "true");
  // The optimistic flip is instant; enabled again means the server answered.
  await expect(following).toBeEnabled();
  await expect.poll(() => followerCount(page)).toBe(before + 1);

  // The server agrees after a reload, and a double click does not double count.
  await page.reload();
  await expect(page.getByRole("button", { name: "Following" })).toBeVisible();
  expect(await followerCount(page)).toBe(before + 1);

  await page.getByRole("button", { name: "Following" }).click();
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toBeEnabled();
  await expect.poll(() => followerCount(page)).toBe(before);
  await page.reload();
  expect(await followerCount(page)).toBe(before);

  // The follower list shows who follows, and follows work from lists too.
  await page.goto("/@kitomensah/followers");
  await expect(page.getByTestId("follow-list")).toBeVisible();
});

test("a signed-out follow goes through sign-in and completes", async ({ page, browser }) => {
  // An existing account, created in another browser.
  const other = await browser.newContext();
  const user = await signUp(await other.newPage());
  await other.close();

  await page.goto("/@marisolvega");
  const before = await followerCount(page);
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/@marisolvega$/);
  await expect(page.getByRole("button", { name: "Following" })).toHaveAttribute("aria-pressed", "true");
  // The button shows Following at once (optimistic); enabled again means the server saved it.
  await expect(page.getByRole("button", { name: "Following" })).toBeEnabled();
  await page.reload();
  await expect(page.getByRole("button", { name: "Following" })).toBeVisible();
  expect(await followerCount(page)).toBe(before + 1);
});

test("a creator makes a page, uploads a picture, and a fake image is refused", async ({ page }) => {
  await signUp(page);
  await page.goto("/studio");
  const handle = unique("band_");
  await page.getByLabel("Page name").fill("The Test Pressings");
  await page.getByLabel("Page handle").fill(handle);
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page.getByText("Your page is live.")).toBeVisible();
  await page.goto(`${page.url().split("?")[0]}/settings`);

  // Text renamed .png: refused by content, with a message.
  await page.getByLabel("Upload profile picture").setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: Buffer.from("just some text pretending to be a picture") });
  await expect(page.getByRole("alert").filter({ hasText: "not an image we can use" })).toBeVisible();

  const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#ff5fa2" } }).png().toBuffer();
  await page.getByLabel("Upload profile picture").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("status").filter({ hasText: "Profile picture updated." })).toBeVisible();

  await page.getByLabel("Bio").fill("Four friends, one van.");
  await page.getByLabel("Genres").fill("garage rock, post-punk");
  await page.getByLabel("Links").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Links must start with http:// or https://.")).toBeVisible();
  await expect(page.getByLabel("Bio")).toHaveValue("Four friends, one van.");
  await page.getByLabel("Links").fill("https://testpressings.example");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved. Your page is up to date.")).toBeVisible();

  await page.goto(`/@${handle}`);
  await expect(page.getByRole("heading", { name: "The Test Pressings" })).toBeVisible();
  await expect(page.getByText("Four friends, one van.")).toBeVisible();
  await expect(page.locator('img[src^="/api/media/"]').first()).toBeVisible();
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toContain("/api/media/");
});

test("editing another account's page is refused on the server", async ({ page, request }) => {
  await page.goto("/@novalane");
  const victimId = await page.locator("article[data-profile-id]").getAttribute("data-profile-id");
  expect(victimId).toBeTruthy();

  await signUp(page);
  // The edit page for someone else's page does not exist for this account.
  const response = await page.goto(`/studio/pages/${victimId}`);
  expect(response?.status()).toBe(404);

  // Make our own page, then point its edit form at Nova Lane's page.
  await page.goto("/studio");
  await page.getByLabel("Page name").fill("Sneaky");
  await page.getByLabel("Page handle").fill(unique("sneaky_"));
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page.getByText("Your page is live.")).toBeVisible();
  const studioUrl = page.url().split("?")[0];
  await page.goto(`${studioUrl}/settings`);
  await page.getByRole("region", { name: "Details" }).locator('input[name="profileId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id!), victimId);
  await page.getByLabel("Name", { exact: true }).fill("Hacked Lane");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("You cannot edit this page: only its owner and admins can.")).toBeVisible();

  // So does the announcement form.
  await page.goto(`${studioUrl}/announcements`);
  const announcements = page.getByRole("region", { name: "Announcements" });
  await announcements.locator('input[name="profileId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id!), victimId);
  await announcements.getByRole("textbox", { name: "Announcement" }).fill("Not my band");
  await announcements.getByRole("button", { name: "Post to followers" }).click();
  await expect(page.getByText("You cannot post for this page.")).toBeVisible();

  // The image endpoint refuses too, with this account's session.
  const upload = await page.request.post(`/api/studio/pages/${victimId}/image?slot=avatar`, { multipart: { file: { name: "x.png", mimeType: "image/png", buffer: Buffer.from("x") } } });
  expect(upload.status()).toBe(403);
  // And without any session.
  expect((await request.post(`/api/studio/pages/${victimId}/image?slot=avatar`, { multipart: { file: { name: "x.png", mimeType: "image/png", buffer: Buffer.from("x") } } })).status()).toBe(401);

  await page.goto("/@novalane");
  await expect(page.getByRole("heading", { name: "Nova Lane" })).toBeVisible();
});

test("search finds a seeded artist by prefix and by an unaccented spelling", async ({ page }) => {
  await page.goto("/search?q=ameli");
  await expect(page.getByRole("region", { name: "Artists" }).getByRole("link", { name: /Amélie Roux/ })).toBeVisible();
  await page.goto("/search?q=Amelie%20Roux");
  const artists = page.getByRole("region", { name: "Artists" });
  await expect(artists.getByRole("link", { name: /Amélie Roux/ })).toBeVisible();
  await page.goto("/search?q=Bjork");
  await expect(page.getByRole("region", { name: "Artists" }).getByRole("link", { name: /Björk Halden/ })).toBeVisible();
  await page.goto("/search?q=zzzqqq");
  await expect(page.getByText("No results for “zzzqqq”")).toBeVisible();
});

test("the shell search box suggests as you type and follows from results", async ({ page }) => {
  await signUp(page);
  const box = page.getByRole("combobox", { name: "Search Chorus" });
  await box.fill("kito");
  // Creators rank above listener profiles with the same name, and each says what it is.
  await expect(page.getByRole("listbox").getByRole("option").first()).toHaveAccessibleName("Kito Mensah Artist · @kitomensah");
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/@kitomensah$/);

  await page.goto("/search?q=resonance");
  const row = page.getByRole("region", { name: "Publications" });
  await row.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(row.getByRole("button", { name: "Following" })).toHaveAttribute("aria-pressed", "true");
  await expect(row.getByRole("button", { name: "Following" })).toBeEnabled();
  await page.reload();
  await expect(row.getByRole("button", { name: "Following" })).toBeVisible();
});
