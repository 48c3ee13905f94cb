import { ButtonLink } from "@/components/ui/button";

export default function ProfileNotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-500">404</p>
      <h1 className="mt-2 text-2xl font-bold">This profile does not exist</h1>
      <p className="mt-2 text-muted">The handle may have changed, or the page was removed.</p>
      <div className="mt-6 flex justify-center gap-3">
        <ButtonLink href="/search">Search Chorus</ButtonLink>
        <ButtonLink href="/" variant="secondary">
          Go home
        </ButtonLink>
      </div>
    </div>
  );
}
