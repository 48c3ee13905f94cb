import Link from "next/link";

/** The small "← Parent" link above a page title. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className="text-muted hover:underline">
        ← {label}
      </Link>
    </p>
  );
}
