import { splitLinks } from "@/lib/links";

/** User text with its http(s) addresses as links (never any other scheme); the rest stays plain text. */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, i) =>
        part.url ? (
          <a key={i} href={part.url} rel="noopener noreferrer nofollow ugc" target="_blank" className="break-all text-accent-500 hover:underline">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
