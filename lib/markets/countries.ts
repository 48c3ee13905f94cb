/** Country names for the sign-up picker and market messages (ISO 3166-1 alpha-2). */
export const COUNTRY_NAMES: Record<string, string> = {
  AR: "Argentina", AT: "Austria", AU: "Australia", BE: "Belgium", BG: "Bulgaria", BR: "Brazil",
  CA: "Canada", CH: "Switzerland", CL: "Chile", CN: "China", CO: "Colombia", CU: "Cuba", CZ: "Czechia",
  DE: "Germany", DK: "Denmark", EE: "Estonia", EG: "Egypt", ES: "Spain", FI: "Finland", FR: "France",
  GB: "United Kingdom", GH: "Ghana", GR: "Greece", HR: "Croatia", HU: "Hungary", ID: "Indonesia",
  IE: "Ireland", IL: "Israel", IN: "India", IR: "Iran", IS: "Iceland", IT: "Italy", JP: "Japan",
  KE: "Kenya", KP: "North Korea", KR: "South Korea", LT: "Lithuania", LU: "Luxembourg", LV: "Latvia",
  MA: "Morocco", MX: "Mexico", MY: "Malaysia", NG: "Nigeria", NL: "Netherlands", NO: "Norway",
  NZ: "New Zealand", PE: "Peru", PH: "Philippines", PL: "Poland", PT: "Portugal", RO: "Romania",
  RS: "Serbia", RU: "Russia", SA: "Saudi Arabia", SE: "Sweden", SG: "Singapore", SI: "Slovenia",
  SK: "Slovakia", SY: "Syria", TH: "Thailand", TR: "Türkiye", TW: "Taiwan", UA: "Ukraine",
  US: "United States", UY: "Uruguay", VN: "Vietnam", ZA: "South Africa",
};

const UNKNOWN: Record<string, string> = { en: "Unknown", fr: "Inconnu", de: "Unbekannt" };
const displayNames = new Map<string, Intl.DisplayNames>();

/** A country's name in `locale` (English names as listed above; others from Intl.DisplayNames). */
export function countryName(code: string | null | undefined, locale = "en"): string {
  if (!code) return UNKNOWN[locale] ?? UNKNOWN.en;
  if (locale === "en") return COUNTRY_NAMES[code] ?? code;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region" });
    displayNames.set(locale, names);
  }
  try {
    return names.of(code) ?? COUNTRY_NAMES[code] ?? code;
  } catch {
    return COUNTRY_NAMES[code] ?? code;
  }
}

const optionsByLocale = new Map<string, readonly { code: string; name: string }[]>();

/** COUNTRY_OPTIONS named and sorted in `locale`. */
export function countryOptions(locale = "en"): { code: string; name: string }[] {
  let options = optionsByLocale.get(locale);
  if (!options) {
    options = Object.keys(COUNTRY_NAMES)
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    optionsByLocale.set(locale, options);
  }
  return [...options];
}

/** Every named country as { code, name }, alphabetical by name, for pickers. Computed once. */
export const COUNTRY_OPTIONS: readonly { code: string; name: string }[] = Object.entries(COUNTRY_NAMES)
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));
