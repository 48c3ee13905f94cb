/** How a product's options are offered to a buyer: named by the seller, chosen by the buyer. */

/** The picker's label: the seller's name for the options, else a plain "Option". */
export function optionGroupLabel(group: string | null | undefined): string {
  return group?.trim() || "Option";
}

/** What the Add to cart button says until the buyer chooses: "Choose a size", "Choose an edition". */
export function choosePrompt(group: string | null | undefined): string {
  const label = optionGroupLabel(group);
  // Lower-case a word ("Size" → "size") but not an acronym ("LP format" stays).
  const word = /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
  return `Choose ${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}

/**
 * The option selected when the page opens: the only one, when there is only
 * one; otherwise none, so nobody buys a size they never picked.
 */
export function initialOption<T extends { id: string }>(variants: T[]): string | null {
  return variants.length === 1 ? variants[0].id : null;
}
