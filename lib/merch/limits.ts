/** Merch limits, in a module of their own: client components read them without pulling in the validation schemas. */
export const MAX_VARIANTS = 20;
export const MAX_IMAGES = 6;
export const MAX_PER_ORDER_LINE = 10;
