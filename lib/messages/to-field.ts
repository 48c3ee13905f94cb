/** The handle being typed in a To field: the text after the last comma, without its "@". */
export function currentToken(value: string): string {
  return (value.split(",").at(-1) ?? "").trim().replace(/^@/, "");
}

/** Replaces the handle being typed with the chosen one and readies the next. */
export function completeToken(value: string, handle: string): string {
  const parts = value.split(",");
  parts[parts.length - 1] = ` @${handle}`;
  return `${parts.join(",").trim()}, `;
}
