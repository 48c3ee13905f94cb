import type { Metadata } from "next";
import { getViewer } from "@/lib/auth/viewer";
import { profileMetadata } from "./profile-metadata";
import { ProfileView } from "./profile-view";

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ shows?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return profileMetadata((await params).handle);
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const { handle } = await params;
  const query = await searchParams;
  return <ProfileView handle={handle} showPast={query.shows === "past"} viewer={await getViewer()} />;
}
