import type { Metadata } from "next";
import { getViewer } from "@/lib/auth/viewer";
import { releaseMetadata, ReleaseView } from "./view";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return releaseMetadata((await params).id, await getViewer());
}

export default async function ReleasePage({ params }: Props) {
  return <ReleaseView id={(await params).id} viewer={await getViewer()} />;
}
