import type { Metadata } from "next";
import { getViewer } from "@/lib/auth/viewer";
import { concertMetadata, ConcertView } from "./view";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return concertMetadata((await params).id);
}

export default async function ConcertPage({ params }: Props) {
  return <ConcertView id={(await params).id} viewer={await getViewer()} />;
}
