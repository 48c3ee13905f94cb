import "server-only";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "./redirects";
import { getViewer, type Viewer } from "./viewer";

/** For pages that need an account: sends visitors to sign in and back. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallbackUrl(returnTo))}`);
  return viewer;
}
