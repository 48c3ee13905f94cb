import { SearchIcon } from "@/components/ui/icons";

/** The shell's search field: a plain GET form, so it works before JS loads. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/search" role="search" className="relative w-full max-w-md">
      <SearchIcon className="pointer-events-none absolute left-3 top-1/2 -translate-y-1/2 text-muted" />
      <input
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Search artists, people, labels"
        aria-label="Search Chorus"
        className="h-10 w-full rounded-full border border-line bg-surface-2 pl-10 pr-4 text-sm placeholder:text-muted focus:border-accent-500 focus:outline-none"
      />
    </form>
  );
}
