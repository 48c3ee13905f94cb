import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HomeStream } from "@/components/feed/home-stream";
import { requireViewer } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feed");
  return { title: t("metaTitle") };
}

export default async function FeedPage() {
  const viewer = await requireViewer("/feed");
  return <HomeStream viewer={viewer} gettingStarted={false} genre={null} />;
}
