import { expect, test, type Browser, type Page } from "@playwright/test";
import { createArtistPage, signUp } from "./fixtures";

/** What sellers and buyers of merch ran into first: shipping prices, unnamed options, cancellations without a word. */

/** A signed-up person (country: Germany) in their own browser context. */
async function person(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const user = await signUp(page);
  return { context, page, user };
}

/** Fills the new-product form with the basics of a live product; the caller adds the rest and submits. */
async function startProduct(seller: Page, title: string, price: string) {
  await seller.getByRole("link", { name: "New product" }).click();
  await seller.getByLabel("Product title").fill(title);
  await seller.getByLabel("Price", { exact: true }).fill(price);
  await seller.getByLabel("Status").selectOption("live");
}

async function createProduct(seller: Page) {
  await seller.getByRole("button", { name: "Create product" }).click();
  await expect(seller.getByText("Product created.")).toBeVisible();
  return (await seller.getByRole("link", { name: "View product" }).getAttribute("href"))!;
}

/** From the cart to a placed order, shipping to Berlin; returns the order's URL. */
async function checkOutToBerlin(fan: Page) {
  await fan.goto("/cart");
  await fan.getByRole("link", { name: "Check out" }).first().click();
  await fan.getByLabel("Street and number").fill("Oranienstraße 25");
  await fan.getByLabel("Postal code").fill("10999");
  await fan.getByLabel("City").fill("Berlin");
  await fan.getByLabel("Country").selectOption("DE");
  await fan.getByRole("button", { name: "Review order" }).click();
  await expect(fan.getByTestId("order-review")).toContainText("10999 Berlin, Germany");
  await fan.getByRole("button", { name: "Place order" }).click();
  await expect(fan).toHaveURL(/\/orders\/[0-9A-Za-z]+\?placed=1/);
  return fan.url().split("?")[0];
}

test("a seller sets shipping for a country: the buyer sees it on the product page, in the checkout totals before the review, and on the order", async ({ browser }) => {
  const seller = await person(browser);
  const { studioUrl } = await createArtistPage(seller.page, "Shipping Test Band");
  await seller.page.goto(`${studioUrl}/merch`);
  await startProduct(seller.page, "Shipping Test Poster", "20");
  // Germany is ticked already (the page's country); France is added. Germany gets its own price.
  await expect(seller.page.getByRole("checkbox", { name: "Germany", exact: true })).toBeChecked();
  await seller.page.getByRole("checkbox", { name: "France", exact: true }).check();
  await seller.page.getByLabel("Standard shipping price").fill("9");
  await seller.page.getByRole("button", { name: "Add a country price" }).click();
  await seller.page.getByLabel("Country of shipping price 1").selectOption("DE");
  await seller.page.getByLabel("Shipping price to Germany").fill("4.50");
  const productUrl = await createProduct(seller.page);
  // The edit form shows what was saved.
  await expect(seller.page.getByLabel("Standard shipping price")).toHaveValue("9.00");
  await expect(seller.page.getByLabel("Shipping price to Germany")).toHaveValue("4.50");

  const fan = await person(browser);
  await fan.page.goto(productUrl);
  const shipping = fan.page.getByTestId("shipping");
  await expect(shipping).toContainText("Shipping to Germany: €4.50");
  await expect(shipping).toContainText("Also ships to 1 more country.");
  // Every country and its price, on demand.
  await shipping.getByText("Shipping prices for all 2 countries").click();
  const prices = shipping.getByRole("list", { name: "Shipping prices" });
  await expect(prices.getByRole("listitem").filter({ hasText: "France" })).toContainText("€9.00");
  await expect(prices.getByRole("listitem").filter({ hasText: "Germany" })).toContainText("€4.50");

  // One option: it is chosen already.
  await fan.page.getByRole("button", { name: "Add to cart" }).click();
  await expect(fan.page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  await fan.page.goto("/cart");
  await expect(fan.page.getByTestId("cart-shipping")).toHaveText("Shipping to Germany: €4.50");

  // The checkout summary follows the country picked, before any review.
  await fan.page.getByRole("link", { name: "Check out" }).click();
  await expect(fan.page.getByTestId("summary-shipping")).toContainText("Shipping to Germany€4.50");
  await expect(fan.page.getByTestId("summary-total")).toContainText("€24.50");
  await fan.page.getByLabel("Country").selectOption("FR");
  await expect(fan.page.getByTestId("summary-shipping")).toContainText("Shipping to France€9.00");
  await expect(fan.page.getByTestId("summary-total")).toContainText("€29.00");
  await fan.page.getByLabel("Country").selectOption("US");
  await expect(fan.page.getByTestId("summary-shipping")).toContainText("Does not ship there");

  const orderUrl = await checkOutToBerlin(fan.page);
  await expect(fan.page.getByTestId("order-shipping")).toContainText("Shipping to Germany€4.50");
  await expect(fan.page.getByRole("region", { name: "Order details" })).toContainText("€24.50");

  // A later price change does not touch the order. (Reloaded first: the form continues from the stock left after the sale.)
  await seller.page.reload();
  await seller.page.getByLabel("Shipping price to Germany").fill("7");
  await seller.page.getByRole("button", { name: "Save product" }).click();
  await expect(seller.page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await fan.page.goto(orderUrl);
  await expect(fan.page.getByTestId("order-shipping")).toContainText("€4.50");
  await Promise.all([seller.context.close(), fan.context.close()]);
});

test("a product with several options asks the buyer to choose one (named by the seller) before Add to cart", async ({ browser }) => {
  const seller = await person(browser);
  const { studioUrl } = await createArtistPage(seller.page, "Choice Test Band");
  await seller.page.goto(`${studioUrl}/merch`);
  await startProduct(seller.page, "Choice Test Tee", "25");
  await seller.page.getByLabel("Option 1 name").fill("S");
  await seller.page.getByLabel("Option 1 stock").fill("5");
  await seller.page.getByRole("button", { name: "Add option" }).click();
  await seller.page.getByLabel("Option 2 name").fill("M");
  await seller.page.getByLabel("Option 2 stock").fill("5");
  // Two options need a name buyers can choose by; nothing typed is lost.
  await seller.page.getByRole("button", { name: "Create product" }).click();
  await expect(seller.page.getByText("Name the options so buyers know what they choose (e.g. Size, Colour, Format).")).toBeVisible();
  await expect(seller.page.getByLabel("Option 2 name")).toHaveValue("M");
  await seller.page.getByLabel("Option group name").fill("Size");
  const productUrl = await createProduct(seller.page);

  const fan = await person(browser);
  await fan.page.goto(productUrl);
  const sizes = fan.page.getByRole("group", { name: "Size" });
  await expect(sizes).toBeVisible();
  await expect(sizes.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(fan.page.getByRole("button", { name: "Choose a size" })).toBeDisabled();
  await expect(fan.page.getByRole("button", { name: "Add to cart" })).toHaveCount(0);

  await sizes.getByText("M", { exact: true }).click();
  await expect(sizes.getByRole("radio", { name: "M" })).toBeChecked();
  await expect(fan.page.getByRole("button", { name: "Choose a size" })).toHaveCount(0);
  await fan.page.getByRole("button", { name: "Add to cart" }).click();
  await expect(fan.page.getByRole("status").filter({ hasText: "Added to your cart (1 of M)." })).toBeVisible();
  await fan.page.goto("/cart");
  await expect(fan.page.getByRole("region", { name: "From Choice Test Band" })).toContainText("M · €25.00 each");
  await Promise.all([seller.context.close(), fan.context.close()]);
});

test("a seller cancels an order with a reason: the buyer reads it on the order and in the notification", async ({ browser }) => {
  const seller = await person(browser);
  const { studioUrl } = await createArtistPage(seller.page, "Cancel Test Band");
  await seller.page.goto(`${studioUrl}/merch`);
  await startProduct(seller.page, "Cancel Test Cassette", "12");
  const productUrl = await createProduct(seller.page);

  const fan = await person(browser);
  await fan.page.goto(productUrl);
  await fan.page.getByRole("button", { name: "Add to cart" }).click();
  await expect(fan.page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  const orderUrl = await checkOutToBerlin(fan.page);

  await seller.page.goto(`${studioUrl}/orders`);
  await seller.page.getByTestId("order-list").getByRole("link").first().click();
  await seller.page.getByRole("button", { name: "Cancel order…" }).click();
  // No reason, then "Other" without words: refused, and what was chosen stays.
  await seller.page.getByRole("button", { name: "Yes, cancel the order" }).click();
  await expect(seller.page.getByText("Choose why you are cancelling: the buyer sees it.")).toBeVisible();
  await seller.page.getByLabel("Reason").selectOption({ label: "Other" });
  await seller.page.getByRole("button", { name: "Yes, cancel the order" }).click();
  await expect(seller.page.getByText("Say why in a few words: the buyer sees it.")).toBeVisible();
  await expect(seller.page.getByLabel("Reason")).toHaveValue("other");
  await seller.page.getByLabel("Note for the buyer").fill("The last tape was sold at the show, sorry!");
  await seller.page.getByRole("button", { name: "Yes, cancel the order" }).click();
  await expect(seller.page.getByText("Order cancelled; its stock is back on sale. The buyer was told.")).toBeVisible();
  await expect(seller.page.getByTestId("cancel-reason")).toContainText("Reason: The last tape was sold at the show, sorry!");

  await fan.page.goto(orderUrl);
  await expect(fan.page.getByText("Cancelled", { exact: true }).first()).toBeVisible();
  await expect(fan.page.getByTestId("cancel-reason")).toHaveText("Cancel Test Band cancelled this order. Reason: The last tape was sold at the show, sorry!");
  await fan.page.goto("/notifications");
  await expect(fan.page.getByRole("link", { name: "cancelled your order: The last tape was sold at the show, sorry!" })).toBeVisible();
  await Promise.all([seller.context.close(), fan.context.close()]);
});
