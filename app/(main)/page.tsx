import { HomeStream } from "@/components/feed/home-stream";
import { getViewer } from "@/lib/auth/viewer";
import { followingCountOf } from "@/lib/profiles/queries";
import { cookies } from "next/headers";
import { GET_STARTED_COOKIE } from "@/components/feed/get-started-cookie";
import { Landing } from "./landing";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ genre?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return <Landing />;
  const genre = (await searchParams).genre;
  // New listeners see suggestions until they say they are done (or follow plenty).
  const dismissed = (await cookies()).get(GET_STARTED_COOKIE)?.value === "done";
  const gettingStarted = !dismissed && (await followingCountOf(viewer.profile.id)) < 15;
  return <HomeStream viewer={viewer} gettingStarted={gettingStarted} genre={typeof genre === "string" ? genre.slice(0, 40) : null} />;
}
