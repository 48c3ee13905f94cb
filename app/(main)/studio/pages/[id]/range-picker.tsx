import Link from "next/link";
import { useTranslations } from "next-intl";
import { RANGES, type RangeKey } from "@/lib/studio/ranges";

/**
 * The period a section's numbers cover: plain links (?range=), so a range is a URL to
 * share or bookmark. `asked`: the ?range= of the request; one Studio does not offer is
 * said, not silently replaced.
 */
export function RangePicker({ base, range, asked }: { base: string; range: RangeKey; asked?: string | string[] }) {
  const t = useTranslations("studio");
  // ?range=a&range=b arrives as a list; an empty ?range= asks for nothing in particular.
  const said = Array.isArray(asked) ? asked.join(", ") : (asked ?? "");
  const unknown = said !== "" && said !== range;
  return (
    <>
      <nav aria-label={t("rangePicker")} className="flex max-w-full gap-0.5 overflow-x-auto rounded-full border border-line bg-surface p-1">
        {(Object.keys(RANGES) as RangeKey[]).map((key) => (
          <Link
            key={key}
            href={`${base}?range=${key}`}
            aria-current={key === range ? "true" : undefined}
            className={`inline-flex min-h-9 items-center whitespace-nowrap rounded-full px-2.5 text-sm font-medium sm:px-3 ${key === range ? "bg-accent-500 text-white" : "text-muted hover:bg-surface-2 hover:text-fg"}`}
          >
            {t("range", { range: key })}
          </Link>
        ))}
      </nav>
      {unknown ? (
        <p role="status" className="basis-full text-sm text-muted">
          {t("unknownRange", { asked: said.slice(0, 40), range })}
        </p>
      ) : null}
    </>
  );
}
