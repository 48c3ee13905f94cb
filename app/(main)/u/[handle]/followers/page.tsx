import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FollowListPage } from "@/components/profile/follow-list-page";
import { handleFromSegment } from "@/lib/profiles/resolve";

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ cursor?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("follow.list");
  const handle = handleFromSegment((await params).handle);
  return { title: handle ? t("metaFollowers", { handle }) : t("profileNotFound"), robots: { index: false } };
}

export default async function Page({ params, searchParams }: Props) {
  const [{ handle }, { cursor }] = await Promise.all([params, searchParams]);
  return <FollowListPage handle={handle} direction="followers" cursor={typeof cursor === "string" ? cursor : null} />;
}
