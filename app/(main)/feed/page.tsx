import type { Metadata } from "next";
import { HomeStream } from "@/components/feed/home-stream";
import { requireViewer } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Your stream" };

export default async function FeedPage() {
  const viewer = await requireViewer("/feed");
  return <HomeStream viewer={viewer} gettingStarted={false} genre={null} />;
}
