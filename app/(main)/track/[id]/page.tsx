import type { Metadata } from "next";
import { getViewer } from "@/lib/auth/viewer";
import { trackMetadata, TrackView } from "./view";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return trackMetadata((await params).id, await getViewer());
}

export default async function TrackPage({ params }: Props) {
  return <TrackView id={(await params).id} viewer={await getViewer()} />;
}
