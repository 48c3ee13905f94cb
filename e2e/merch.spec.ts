import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { createArtistPage, signUp } from "./fixtures";

test("a creator sells a shirt: a fan buys it end to end, both see the order, payment is confirmed by the seller only, shipping notifies the fan", async ({ browser }) => {
  const sellerContext = await browser.newContext();
  const seller = await sellerContext.newPage();
  await signUp(seller);
  const { handle, studioUrl } = await createArtistPage(seller, "Merch Test Band");

  // A product with two options; a bad price is refused and nothing typed is lost.
  await seller.goto(`${studioUrl}/merch`);
  await seller.getByRole("link", { name: "New product" }).click();
  await seller.getByLabel("Product title").fill("Tour Shirt 2031");
  await seller.getByLabel("Description").fill("<b>Heavy</b> cotton.\nPrinted in Berlin.");
  await seller.getByLabel("Price", { exact: true }).fill("24.505");
  await seller.getByLabel("Status").selectOption("live");
  await seller.getByLabel("Option 1 name").fill("M");
  await seller.getByLabel("Option 1 stock").fill("2");
  await seller.getByRole("button", { name: "Add option" }).click();
  await seller.getByLabel("Option 2 name").fill("L");
  await seller.getByLabel("Option 2 stock").fill("0");
  await seller.getByLabel("Option group name").fill("Size");
  await seller.getByRole("button", { name: "Create product" }).click();
  await expect(seller.getByText("Enter a price above zero, like 25 or 25.50 (EUR).")).toBeVisible();
  await expect(seller.getByLabel("Product title")).toHaveValue("Tour Shirt 2031");
  await expect(seller.getByLabel("Option 2 name")).toHaveValue("L");
  await seller.getByLabel("Price", { exact: true }).fill("24.50");
  await seller.getByRole("button", { name: "Create product" }).click();
  await expect(seller.getByText("Product created.")).toBeVisible();
  const productUrl = await seller.getByRole("link", { name: "View product" }).getAttribute("href");
  const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#1f7a5a" } }).png().toBuffer();
  await seller.locator("#product-photo").setInputFiles({ name: "shirt.png", mimeType: "image/png", buffer: png });
  await expect(seller.getByRole("status").filter({ hasText: "Photo added." })).toBeVisible();
  await expect(seller.getByRole("list", { name: "Product photos" }).getByRole("img")).toHaveCount(1);

  // The fan (in Germany, where it ships) buys both shirts in M.
  const fanContext = await browser.newContext();
  const fan = await fanContext.newPage();
  const fanUser = await signUp(fan);
  await fan.goto(productUrl!);
  await expect(fan.getByRole("heading", { name: "Tour Shirt 2031" })).toBeVisible();
  // The description is text: the markup shows as typed, line breaks kept.
  await expect(fan.getByText("<b>Heavy</b> cotton.")).toBeVisible();
  // Two sizes: nothing is chosen for the fan.
  await expect(fan.getByRole("button", { name: "Choose a size" })).toBeDisabled();
  await fan.getByRole("group", { name: "Size" }).getByText("M", { exact: true }).click();
  await expect(fan.getByTestId("stock")).toHaveText("Only 2 left");
  await expect(fan.getByTestId("shipping")).toContainText("Shipping to Germany: free");
  await expect(fan.getByTestId("shipping")).toContainText("Ships to your country only.");
  await fan.getByLabel("Quantity").selectOption("2");
  await fan.getByRole("button", { name: "Add to cart" }).click();
  await expect(fan.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  await expect(fan.getByTestId("cart-count")).toHaveText("2");

  // The cart survives a reload; checkout validates the address and keeps it.
  await fan.goto("/cart");
  await fan.reload();
  await expect(fan.getByRole("region", { name: "From Merch Test Band" })).toContainText("Tour Shirt 2031");
  await fan.getByRole("link", { name: "Check out" }).click();
  await fan.getByLabel("Street and number").fill("Oranienstraße 25");
  await fan.getByLabel("Postal code").fill("!!");
  await fan.getByLabel("City").fill("Berlin");
  await fan.getByRole("button", { name: "Review order" }).click();
  await expect(fan.getByText("This is not a postal code for that country: it should be five digits, like 10999.")).toBeVisible();
  await expect(fan.getByLabel("Street and number")).toHaveValue("Oranienstraße 25");
  await fan.getByLabel("Postal code").fill("10999");
  await fan.getByRole("button", { name: "Review order" }).click();
  await expect(fan.getByTestId("order-review")).toContainText("10999 Berlin, Germany");
  await expect(fan.getByTestId("order-review")).toContainText("€49.00");
  await fan.getByRole("button", { name: "Place order" }).click();
  await expect(fan).toHaveURL(/\/orders\/[0-9A-Za-z]+\?placed=1/);
  const orderUrl = fan.url().split("?")[0];
  await expect(fan.getByText("Order placed. Nothing has been charged")).toBeVisible();
  await expect(fan.getByText("Awaiting payment").first()).toBeVisible();
  await expect(fan.getByTestId("cart-count")).toHaveCount(0);

  await fan.goto("/orders");
  await expect(fan.getByTestId("order-list")).toContainText("Tour Shirt 2031 · M");
  await fan.goto(productUrl!);
  await expect(fan.getByText("Sold out").first()).toBeVisible();

  // The seller sees it, confirms payment, then ships with a note.
  await seller.goto(`${seller.url().split("/merch/")[0]}/orders`);
  await expect(seller.getByTestId("order-list")).toContainText(`from @${fanUser.handle}`);
  await seller.getByTestId("order-list").getByRole("link").first().click();
  await expect(seller.getByRole("button", { name: "Mark as shipped" })).toHaveCount(0);
  await seller.getByRole("button", { name: "Mark as paid" }).click();
  await expect(seller.getByText("Marked as paid. The buyer was told.")).toBeVisible();
  await seller.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(seller.getByText("Add a tracking number or a note on how it was sent.")).toBeVisible();
  await seller.getByLabel("Tracking note").fill("DHL 0034 0434");
  await seller.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(seller.getByText("Marked as shipped. The buyer was told.")).toBeVisible();
  await seller.goto(`/@${handle}`);
  await seller.getByRole("link", { name: /Tour Shirt 2031/ }).click();
  await seller.getByRole("link", { name: "Edit in Studio" }).click();
  // Sales by option: both M shirts sold and paid, L none.
  const options = seller.getByRole("table", { name: "Sales by option" });
  await expect(options.getByRole("row", { name: /^M / })).toHaveText(/M\s*0\s*2\s*€49\.00\s*€0\.00/);
  await expect(options.getByRole("row", { name: /^L / })).toHaveText(/L\s*0\s*0\s*€0\.00\s*€0\.00/);
  await seller.getByRole("link", { name: "← Merch", exact: true }).click();
  await expect(seller.getByTestId("merch-sales")).toContainText("Tour Shirt 2031");
  await expect(seller.getByTestId("merch-sales").getByRole("row").nth(1)).toContainText("€49.00");

  // The fan is told, and sees the status.
  await fan.goto("/notifications");
  await expect(fan.getByRole("link", { name: "confirmed your payment" })).toBeVisible();
  await fan.getByRole("link", { name: "shipped your order: DHL 0034 0434" }).click();
  await expect(fan.getByText("Shipped", { exact: true }).first()).toBeVisible();
  await expect(fan.getByTestId("payment-state")).toHaveText("Paid: the seller confirmed the payment.");

  // Nobody else can open the order.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other);
  expect((await other.goto(orderUrl))?.status()).toBe(404);

  await Promise.all([sellerContext.close(), fanContext.close(), otherContext.close()]);
});
