/** "1 follower", "2 followers", "1,234 plays": a count with the word that fits it. */
export function counted(n: number, one: string, other = `${one}s`, format: (n: number) => string = (x) => x.toLocaleString("en")): string {
  return `${format(n)} ${n === 1 ? one : other}`;
}
