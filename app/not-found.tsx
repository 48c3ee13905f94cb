import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-500">404</p>
      <h1 className="mt-2 text-3xl font-bold">Page not found</h1>
      <p className="mt-2 text-muted">We could not find what you were looking for.</p>
      <Link href="/" className="mt-6 rounded-full bg-accent-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-accent-500">
        Back to Chorus
      </Link>
    </main>
  );
}
