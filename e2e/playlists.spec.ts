import { expect, test } from "@playwright/test";
import { DEMO, HOST_URL, signIn, signUp, unique } from "./fixtures";

test("a listener builds a playlist from track pages, reorders it by keyboard, finds it in Library, and shares its page", async ({ page, browser }) => {
  await signIn(page, DEMO.listener);
  const name = `Commute ${unique("")}`;
  // Two tracks from an artist's page (one no other spec changes).
  await page.goto("/@solortega");
  const links = page.getByTestId("track-list").first().locator('a[href^="/track/"]');
  const [first, second] = [(await links.nth(0).getAttribute("href"))!, (await links.nth(1).getAttribute("href"))!];
  const titles: string[] = [];
  for (const [i, href] of [first, second].entries()) {
    await page.goto(href);
    titles.push((await page.getByRole("heading", { level: 1 }).innerText()).replace("[Explicit]", "").trim());
    await page.getByRole("button", { name: "Add to playlist" }).click();
    const menu = page.getByRole("group", { name: /to a playlist$/ });
    if (i === 0) {
      await expect(menu.getByRole("button", { name: "Create" })).toBeDisabled();
      await menu.getByLabel("New playlist name").fill(name);
      await menu.getByRole("button", { name: "Create" }).click();
      await expect(menu.getByText(`Added to the new playlist “${name}”.`)).toBeVisible();
    } else {
      await menu.getByRole("button", { name }).click();
      await expect(menu.getByRole("button", { name: `${name} Added ✓` })).toBeVisible();
    }
  }

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
  await page.getByRole("list", { name: "Your playlists" }).getByRole("link", { name: new RegExp(name) }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const rows = page.getByRole("list", { name: "Tracks in this playlist" }).getByRole("listitem");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(titles[0]);
  // Keyboard: focus the second track's "up" arrow and press Enter.
  await page.getByRole("button", { name: `Move ${titles[1]} up` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("playlist-status")).toHaveText(`${titles[1]} moved to position 1 of 2.`);
  await page.reload();
  await expect(rows.first()).toContainText(titles[1]);

  // Renamed and described; a signed-out visitor opens the shared link and can play it.
  await page.getByRole("button", { name: "Edit details" }).click();
  await page.getByLabel("Description").fill("For the S-Bahn.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(page.url());
  await expect(visitor.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(visitor.getByText("For the S-Bahn.")).toBeVisible();
  await expect(visitor.getByRole("button", { name: new RegExp(`^Play ${name}`) })).toBeVisible();
  await expect(visitor.getByRole("button", { name: /^Move / })).toHaveCount(0);
  // Its embed player lists the tracks in the playlist's order, and oEmbed describes it.
  const playlistId = new URL(page.url()).pathname.split("/").pop();
  // On someone's blog (another origin) it plays.
  await visitor.goto(`${HOST_URL}/playlist?playlist=${playlistId}`);
  const embed = visitor.frameLocator("#player");
  await expect(embed.locator("ol a[data-i]")).toHaveCount(2);
  await expect(embed.locator("ol a[data-i]").first()).toContainText(titles[1]);
  await embed.getByRole("button", { name: /^Play / }).click();
  await expect(embed.getByRole("button", { name: /^Pause / })).toBeVisible();
  const oembed = await (await visitor.request.get(`/oembed?url=${encodeURIComponent(page.url())}`)).json();
  expect(oembed).toMatchObject({ type: "rich", title: name, author_name: "Demo Listener" });
  expect(oembed.html).toContain(`/embed/playlist/${playlistId}`);

  // Another listener follows it and finds it, with a saved release, in their Library.
  const fan = await (await browser.newContext()).newPage();
  await signIn(fan, DEMO.artist);
  await fan.goto(page.url());
  await fan.getByRole("button", { name: `Follow: ${name}` }).click();
  // Optimistic: the button turns at once; the server's answer clears aria-busy (leaving sooner would cancel the request).
  await expect(fan.getByRole("button", { name: `Following: ${name}` })).toHaveAttribute("aria-pressed", "true");
  await expect(fan.getByRole("button", { name: `Following: ${name}` })).not.toHaveAttribute("aria-busy", "true");
  await fan.goto(first);
  await fan.getByRole("main").locator('a[href^="/release/"]').first().click();
  const releaseTitle = (await fan.getByRole("heading", { level: 1 }).innerText()).trim();
  await fan.getByRole("button", { name: `Save: ${releaseTitle} in your Library` }).click();
  await expect(fan.getByRole("button", { name: `Saved: ${releaseTitle} in your Library` })).toBeVisible();
  await expect(fan.getByRole("button", { name: `Saved: ${releaseTitle} in your Library` })).not.toHaveAttribute("aria-busy", "true");
  await fan.goto("/library");
  await expect(fan.getByRole("list", { name: "Playlists you follow" })).toContainText(name);
  await expect(fan.getByRole("region", { name: "Saved releases" })).toContainText(releaseTitle);
  await fan.context().close();

  // Private: gone for everyone else.
  await page.getByRole("checkbox", { name: /Public/ }).uncheck();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Private playlist")).toBeVisible();
  expect((await visitor.goto(page.url()))!.status()).toBe(404);
  await visitor.context().close();
});

test("a collaborative playlist: the owner invites a friend, who adds from the player; a follower sees it in their stream and finds it in search", async ({ page: owner, browser }) => {
  await signUp(owner);
  const friendPage = await (await browser.newContext()).newPage();
  const friend = await signUp(friendPage);
  const name = `Sunday Crate ${unique("")}`;
  await owner.goto("/library");
  await owner.getByLabel("New playlist").fill(name);
  await owner.getByRole("button", { name: "Create" }).click();
  await expect(owner.getByRole("heading", { level: 1, name })).toBeVisible();
  const playlistUrl = owner.url();
  await owner.getByLabel("Invite by handle").fill(`@${friend.handle}`);
  await owner.getByRole("button", { name: "Invite" }).click();
  await expect(owner.getByRole("list", { name: "Collaborators" })).toContainText("Invited");

  // The owner also sends it in a message: it arrives as a playlist card.
  await owner.goto(`/messages?to=${friend.handle}`);
  await owner.getByLabel("Message", { exact: true }).fill("Made us a playlist");
  await owner.getByRole("button", { name: "Send", exact: true }).click();
  await expect(owner.getByText("Sent as a message request")).toBeVisible();
  await owner.goto(playlistUrl);
  await owner.getByRole("button", { name: "Share" }).click();
  const sendTo = owner.getByRole("group", { name: "Send in a message" });
  await sendTo.getByRole("checkbox").first().check();
  await sendTo.getByRole("button", { name: "Send" }).click();
  await expect(sendTo.getByText("Sent to 1 conversation.")).toBeVisible();
  await owner.goto("/messages");
  await owner.getByRole("link", { name: new RegExp(friend.name) }).first().click();
  await expect(owner.getByRole("main").getByRole("link", { name: new RegExp(name) }).first()).toBeVisible();

  // The friend is told, accepts on the playlist page, and adds what is playing from the player.
  await friendPage.goto("/notifications");
  await expect(friendPage.getByText(`invited you to add tracks to “${name}”`)).toBeVisible();
  await friendPage.goto(playlistUrl);
  await friendPage.getByRole("group", { name: "Invitation" }).getByRole("button", { name: "Accept" }).click();
  await expect(friendPage.getByRole("list", { name: "Collaborators" }).getByRole("button", { name: "Leave" })).toBeVisible();
  await friendPage.goto("/@bjorkhalden");
  await friendPage.getByTestId("track-list").getByRole("button", { name: /^Play / }).first().click();
  const dock = friendPage.getByRole("region", { name: "Player" });
  const playing = (await dock.getByTestId("now-playing").innerText()).trim();
  await dock.getByRole("button", { name: `Add ${playing} to a playlist` }).click();
  await dock.getByRole("group", { name: `Add ${playing} to a playlist` }).getByRole("button", { name }).click();
  await expect(dock.getByText(`Added “${playing}”.`)).toBeVisible();
  // And another straight from the artist's track list.
  const row = friendPage.getByTestId("track-list").getByRole("listitem").nth(1);
  const second = (await row.getByRole("button", { name: /^Play / }).getAttribute("aria-label"))!.replace(/^Play /, "");
  await row.getByRole("button", { name: `Add ${second} to a playlist` }).click();
  await row.getByRole("group", { name: `Add ${second} to a playlist` }).getByRole("button", { name }).click();
  await expect(row.getByText(`Added “${second}”.`)).toBeVisible();

  // The owner sees it, credited by its cover mosaic and listed.
  await owner.goto(playlistUrl);
  await expect(owner.getByTestId("track-list")).toContainText(playing);
  await expect(owner.getByTestId("track-list")).toContainText(second);
  await expect(owner.getByTestId("playlist-mosaic")).toBeVisible();

  // A listener who follows the playlist sees the addition in their stream, and finds the playlist by name.
  const fan = await (await browser.newContext()).newPage();
  await signIn(fan, DEMO.listener);
  await fan.goto(playlistUrl);
  await fan.getByRole("button", { name: `Follow: ${name}` }).click();
  await expect(fan.getByRole("button", { name: `Following: ${name}` })).toBeVisible();
  // Optimistic: leaving before the server answers (aria-busy clears) would cancel the follow.
  await expect(fan.getByRole("button", { name: `Following: ${name}` })).not.toHaveAttribute("aria-busy", "true");
  await fan.goto("/");
  const card = fan.locator('[data-testid="feed-item"][data-kind="playlist"]').filter({ hasText: name });
  await expect(card).toContainText(`${friend.name} added to a playlist`);
  await expect(card).toContainText(playing);
  // Their Library's search finds it too, and nothing for words nowhere in it.
  await fan.goto("/library");
  await fan.getByRole("search").getByLabel("Search your Library").fill(name.toUpperCase());
  await fan.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(fan.getByRole("list", { name: "Playlists you follow" })).toContainText(name);
  await expect(fan.getByRole("list", { name: "Playlists you follow" }).getByRole("listitem")).toHaveCount(1);
  await fan.goto("/search");
  await fan.goto(`/search?q=${encodeURIComponent(name.split(" ").slice(0, 2).join(" ").toLowerCase())}`);
  await expect(fan.getByRole("region", { name: "Playlists" })).toContainText(name);
});
