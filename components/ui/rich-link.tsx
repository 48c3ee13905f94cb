import Link from "next/link";

/** For t.rich: `{ link: richLink("/privacy") }` turns "<link>…</link>" in a message into an accent link. */
export function richLink(href: string) {
  const Linked = (chunks: React.ReactNode) => (
    <Link href={href} className="font-medium text-accent-500 hover:underline">
      {chunks}
    </Link>
  );
  return Linked;
}
