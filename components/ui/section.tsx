/** A page's title; `level` 2 inside a layout that already has the page's h1 (Studio's sections). */
export function PageTitle({ title, subtitle, action, level = 1 }: { title: string; subtitle?: string; action?: React.ReactNode; level?: 1 | 2 }) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div>
        <Heading className={level === 1 ? "text-2xl font-bold tracking-tight sm:text-3xl" : "text-xl font-bold tracking-tight"}>{title}</Heading>
        {subtitle ? <p className="mt-1 text-muted">{subtitle}</p> : null}
      </div>
      {action}
    </div>
  );
}

export function Section({ title, children, action, id }: { title: string; children: React.ReactNode; action?: React.ReactNode; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-heading`;
  return (
    <section className="mb-10" aria-labelledby={headingId} id={id}>
      <div className="mb-3 flex items-center justify-between">
        <h2 id={headingId} className="text-lg font-bold tracking-tight">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-3xl border border-dashed border-line px-6 py-10 text-center">
      <p className="font-semibold">{title}</p>
      {children ? <div className="mt-2 text-sm text-muted">{children}</div> : null}
    </div>
  );
}
