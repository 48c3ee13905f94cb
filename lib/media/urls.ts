/** Public URL of a stored media file (served by app/api/media/[id]). */
export function mediaUrl(id: string | null | undefined): string | null {
  return id ? `/api/media/${id}` : null;
}
