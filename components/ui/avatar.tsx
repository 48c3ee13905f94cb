const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** An ASCII letter or digit that nothing combines with: the whole first character, no segmenter needed. */
const PLAIN_START = /^[A-Za-z0-9](?![\p{M}\u200d\ufe0f\u20e3])/u;

function firstCharacter(word: string): string {
  if (PLAIN_START.test(word)) return word[0];
  return graphemes.segment(word)[Symbol.iterator]().next().value?.segment ?? "";
}

/**
 * Up to two initials: the first whole character (never half an emoji's
 * surrogate pair, which would render differently on server and client) of the
 * first two words that start with a letter or digit.
 */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map(firstCharacter)
    .filter((first) => /^[\p{L}\p{N}]/u.test(first))
    .slice(0, 2)
    .map((first) => first.toUpperCase())
    .join("");
}

/**
 * Profile picture with a deterministic coloured fallback showing initials.
 * Lazy unless `priority` (a profile's own header): lists of avatars are not
 * what the first screen waits for.
 */
export function Avatar({ src, name, size = 40, className = "", priority = false }: { src: string | null; name: string; size?: number; className?: string; priority?: boolean }) {
  if (src) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- media is already resized webp served by our own route
      <img
        src={src}
        alt=""
        width={size}
        height={size}
        className={`shrink-0 rounded-full object-cover bg-surface-2 ${className}`}
        style={{ width: size, height: size }}
        {...(priority ? { fetchPriority: "high" as const } : { loading: "lazy" as const, decoding: "async" as const })}
      />
    );
  }
  const initials = initialsOf(name);
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white ${className}`}
      style={{ width: size, height: size, fontSize: size * 0.38, background: `linear-gradient(135deg, hsl(${hue} 70% 55%), hsl(${(hue + 50) % 360} 70% 45%))` }}
    >
      {initials || "?"}
    </span>
  );
}
