/** A suggestion's picture and two lines (name, then what it is), as listboxes of people and pages show them. */
export function SuggestionLabel({ imageUrl, round = true, title, sublabel }: { imageUrl: string | null | undefined; round?: boolean; title: string; sublabel: string | null | undefined }) {
  return (
    <>
      {imageUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- small thumbnail from our media route
        <img src={imageUrl} alt="" className={`h-8 w-8 object-cover ${round ? "rounded-full" : "rounded-md"}`} />
      ) : (
        <span className="h-8 w-8 rounded-full bg-surface-2" />
      )}
      <span className="min-w-0">
        <span className="block truncate font-medium">{title}</span>
        <span className="block truncate text-xs text-muted">{sublabel}</span>
      </span>
    </>
  );
}
