import type { Metadata } from "next";
import { ProfileRow } from "@/components/profile/profile-row";
import { SearchBox } from "@/components/shell/search-box";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { searchProfiles } from "@/lib/search/queries";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100) ?? "";
  const results = searchProfiles(q);
  return (
    <>
      <PageTitle title="Search" />
      <div className="mb-6 sm:hidden">
        <SearchBox defaultValue={q} />
      </div>
      {!q.trim() ? (
        <EmptyState title="Search for artists, labels, publications and people" />
      ) : results.length === 0 ? (
        <EmptyState title={`No results for “${q}”`}>Check the spelling or try a shorter search.</EmptyState>
      ) : (
        <div className="divide-y divide-line">
          {results.map((p) => (
            <ProfileRow key={p.id} profile={p} />
          ))}
        </div>
      )}
    </>
  );
}
