import { relations } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, idColumn, timestamp } from "./columns";
import { mediaFiles } from "./media";
import { profiles } from "./profiles";
import { PRODUCT_STATUSES, ORDER_STATUSES, CANCEL_REASONS } from "../enums";

export const products = pgTable(
  "products",
  {
    id: idColumn(),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Plain text; rendered with line breaks, never as HTML. */
    description: text("description").notNull().default(""),
    priceMinor: integer("price_minor").notNull(),
    currency: text("currency").notNull(),
    /** JSON array of ISO country codes the seller ships to. */
    shipCountries: jsonb("ship_countries").$type<string[]>().notNull(),
    /** Shipping in minor units of `currency` to any ship-to country without its own rate (0: free). */
    shippingDefaultMinor: integer("shipping_default_minor").notNull().default(0),
    /** JSON: ISO country code -> shipping in minor units, where it differs from the default. */
    shippingRates: jsonb("shipping_rates").$type<Record<string, number>>().notNull().default({}),
    /** What the seller calls the options ("Size", "Colour"); null on products from before it could be named. */
    optionGroup: text("option_group"),
    status: text("status", { enum: PRODUCT_STATUSES }).notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull().$defaultFn(() => new Date()),
  },
  (t) => [index("products_profile_status_idx").on(t.profileId, t.status), index("products_created_idx").on(t.createdAt)],
);

export const productImages = pgTable(
  "product_images",
  {
    productId: text("product_id").notNull().references(() => products.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    mediaId: text("media_id").notNull().references(() => mediaFiles.id),
  },
  (t) => [primaryKey({ columns: [t.productId, t.position] })],
);

export const productVariants = pgTable(
  "product_variants",
  {
    id: idColumn(),
    productId: text("product_id").notNull().references(() => products.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Decremented by one conditional UPDATE at order time: never below zero. */
    stock: integer("stock").notNull().default(0),
    priceMinor: integer("price_minor"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("product_variants_product_idx").on(t.productId, t.position)],
);

export const cartItems = pgTable(
  "cart_items",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    variantId: text("variant_id").notNull().references(() => productVariants.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.variantId] })],
);

export const orders = pgTable(
  "orders",
  {
    id: idColumn(),
    buyerId: text("buyer_id").notNull().references(() => profiles.id),
    sellerId: text("seller_id").notNull().references(() => profiles.id),
    status: text("status", { enum: ORDER_STATUSES }).notNull().default("awaiting_payment"),
    /** Items plus shipping. */
    totalMinor: integer("total_minor").notNull(),
    /** Shipping as charged when the order was placed: later rate changes never alter it. */
    shippingMinor: integer("shipping_minor").notNull().default(0),
    currency: text("currency").notNull(),
    paymentProvider: text("payment_provider").notNull(),
    /** JSON: name, line1, line2, city, postalCode, country. */
    shippingAddress: jsonb("shipping_address").$type<Record<string, string>>().notNull(),
    trackingNote: text("tracking_note"),
    cancelReason: text("cancel_reason", { enum: CANCEL_REASONS }),
    /** The canceller's own words (required with reason "other"). */
    cancelNote: text("cancel_note"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull().$defaultFn(() => new Date()),
  },
  (t) => [
    index("orders_buyer_created_idx").on(t.buyerId, t.createdAt),
    index("orders_seller_status_created_idx").on(t.sellerId, t.status, t.createdAt),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    orderId: text("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
    variantId: text("variant_id").notNull().references(() => productVariants.id),
    productId: text("product_id").notNull().references(() => products.id),
    title: text("title").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceMinor: integer("unit_price_minor").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.variantId] }), index("order_items_product_idx").on(t.productId)],
);

export const productsRelations = relations(products, ({ one, many }) => ({
  profile: one(profiles, { fields: [products.profileId], references: [profiles.id] }),
  images: many(productImages),
  variants: many(productVariants),
}));

export const productImagesRelations = relations(productImages, ({ one }) => ({
  product: one(products, { fields: [productImages.productId], references: [products.id] }),
  media: one(mediaFiles, { fields: [productImages.mediaId], references: [mediaFiles.id] }),
}));

export const productVariantsRelations = relations(productVariants, ({ one }) => ({
  product: one(products, { fields: [productVariants.productId], references: [products.id] }),
}));

export const ordersRelations = relations(orders, ({ one, many }) => ({
  buyer: one(profiles, { fields: [orders.buyerId], references: [profiles.id], relationName: "buyer" }),
  seller: one(profiles, { fields: [orders.sellerId], references: [profiles.id], relationName: "seller" }),
  items: many(orderItems),
}));

export const orderItemsRelations = relations(orderItems, ({ one }) => ({
  order: one(orders, { fields: [orderItems.orderId], references: [orders.id] }),
  variant: one(productVariants, { fields: [orderItems.variantId], references: [productVariants.id] }),
}));
