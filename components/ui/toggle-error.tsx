/** What a server toggle (like, interest, share) says when the server refused. */
export function ToggleError({ error }: { error: string | null }) {
  return error ? (
    <span role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
      {error}
    </span>
  ) : null;
}
