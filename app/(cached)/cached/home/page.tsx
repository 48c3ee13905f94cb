import { Landing } from "@/app/(main)/landing";

// The signed-out home: trending, new creators and releases, rendered again at most every 60 s.
export const dynamic = "force-static";
export const revalidate = 60;

export default function CachedHomePage() {
  return <Landing />;
}
