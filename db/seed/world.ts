/** The demo world: realistic names, genres, cities. Plain data, no logic. */

export type City = { city: string; country: string; timeZone: string; currency: string; venues: string[] };

export const CITIES: City[] = [
  { city: "Berlin", country: "DE", timeZone: "Europe/Berlin", currency: "EUR", venues: ["Tresor", "Columbiahalle", "Lido", "SO36"] },
  { city: "London", country: "GB", timeZone: "Europe/London", currency: "GBP", venues: ["Village Underground", "Roundhouse", "The Jazz Cafe", "EartH Hackney"] },
  { city: "Paris", country: "FR", timeZone: "Europe/Paris", currency: "EUR", venues: ["La Cigale", "Le Trabendo", "New Morning", "La Maroquinerie"] },
  { city: "New York", country: "US", timeZone: "America/New_York", currency: "USD", venues: ["Brooklyn Steel", "Elsewhere", "Bowery Ballroom", "Le Poisson Rouge"] },
  { city: "Los Angeles", country: "US", timeZone: "America/Los_Angeles", currency: "USD", venues: ["The Echo", "Zebulon", "The Troubadour", "Teragram Ballroom"] },
  { city: "Tokyo", country: "JP", timeZone: "Asia/Tokyo", currency: "JPY", venues: ["WWW X", "Liquidroom", "Shibuya O-East", "Contact"] },
  { city: "Lisbon", country: "PT", timeZone: "Europe/Lisbon", currency: "EUR", venues: ["Musicbox", "Lux Frágil", "Capitólio", "B.Leza"] },
  { city: "Mexico City", country: "MX", timeZone: "America/Mexico_City", currency: "MXN", venues: ["Foro Indie Rocks!", "Lunario", "Departamento", "Foro Puebla"] },
  { city: "Stockholm", country: "SE", timeZone: "Europe/Stockholm", currency: "SEK", venues: ["Debaser Strand", "Nalen", "Fasching", "Slaktkyrkan"] },
  { city: "São Paulo", country: "BR", timeZone: "America/Sao_Paulo", currency: "BRL", venues: ["Cine Joia", "Audio", "Blue Note SP", "Casa Natura"] },
  { city: "Melbourne", country: "AU", timeZone: "Australia/Melbourne", currency: "AUD", venues: ["Corner Hotel", "Howler", "The Forum", "Northcote Social Club"] },
  { city: "Toronto", country: "CA", timeZone: "America/Toronto", currency: "CAD", venues: ["The Danforth", "Lee's Palace", "The Garrison", "History"] },
  { city: "Barcelona", country: "ES", timeZone: "Europe/Madrid", currency: "EUR", venues: ["Razzmatazz", "Sala Apolo", "Jamboree", "La 2 de Apolo"] },
  { city: "Amsterdam", country: "NL", timeZone: "Europe/Amsterdam", currency: "EUR", venues: ["Paradiso", "Melkweg", "De Marktkantine", "Bitterzoet"] },
];

export const GENRES = [
  "indie pop", "techno", "house", "jazz", "hip hop", "r&b", "ambient", "folk", "synthwave", "neo soul",
  "post-punk", "drum and bass", "afrobeats", "lo-fi", "dream pop", "electronica", "bossa nova", "garage rock",
] as const;

/** Artists: name, handle, primary genres, city index, bio. Several carry diacritics on purpose. */
export const ARTISTS: { name: string; handle: string; genres: string[]; city: number; bio: string }[] = [
  { name: "Nova Lane", handle: "novalane", genres: ["indie pop", "dream pop"], city: 1, bio: "Bedroom-pop songwriter turning late-night voice memos into widescreen choruses." },
  { name: "Amélie Roux", handle: "amelieroux", genres: ["dream pop", "electronica"], city: 2, bio: "Parisian producer and singer. Analog synths, French lyrics, fog-machine heart." },
  { name: "Kito Mensah", handle: "kitomensah", genres: ["afrobeats", "r&b"], city: 1, bio: "Accra-born, London-based. Percussion first, melody second, dance floor always." },
  { name: "Björk Halden", handle: "bjorkhalden", genres: ["ambient", "folk"], city: 8, bio: "Field recordings from the Stockholm archipelago, layered with nyckelharpa." },
  { name: "Midnight Tram", handle: "midnighttram", genres: ["post-punk", "garage rock"], city: 0, bio: "Four-piece from Neukölln. Basslines you can lean on, choruses you can shout." },
  { name: "Sol Ortega", handle: "solortega", genres: ["bossa nova", "jazz"], city: 9, bio: "Nylon strings and soft brass from São Paulo's late-night bars." },
  { name: "Yuki Aranami", handle: "yukiaranami", genres: ["electronica", "ambient"], city: 5, bio: "Tokyo-based sound designer making music for rooms with no windows." },
  { name: "The Velvet Hours", handle: "velvethours", genres: ["neo soul", "r&b"], city: 3, bio: "Brooklyn collective. Rhodes, harmonies, and a drummer who never rushes." },
  { name: "Dana Okafor", handle: "danaokafor", genres: ["hip hop", "neo soul"], city: 3, bio: "Rapper and poet writing about rent, love and the A train." },
  { name: "Lumen Drift", handle: "lumendrift", genres: ["synthwave", "electronica"], city: 4, bio: "Neon-lit instrumentals for long drives on the 101." },
  { name: "Inês Calado", handle: "inescalado", genres: ["folk", "indie pop"], city: 6, bio: "Lisbon singer-songwriter, fado upbringing, indie heart." },
  { name: "Basement Theory", handle: "basementtheory", genres: ["techno", "house"], city: 0, bio: "Warehouse techno, 134 bpm, no phones on the dance floor." },
  { name: "Marisol Vega", handle: "marisolvega", genres: ["indie pop", "r&b"], city: 7, bio: "Bilingual pop from Mexico City with a soft spot for 2000s R&B." },
  { name: "Otis Greenwood", handle: "otisgreenwood", genres: ["jazz", "neo soul"], city: 1, bio: "Saxophonist and bandleader. Sunday residencies at The Jazz Cafe." },
  { name: "Paper Satellites", handle: "papersatellites", genres: ["dream pop", "post-punk"], city: 10, bio: "Melbourne shoegaze. Loud guitars, quiet vocals." },
  { name: "Rhea Castellanos", handle: "rheacastellanos", genres: ["house", "afrobeats"], city: 12, bio: "DJ and producer. Sunrise sets at Sala Apolo, Balearic grooves." },
  { name: "Théo Marchand", handle: "theomarchand", genres: ["electronica", "house"], city: 2, bio: "French touch for the 2020s. Filtered disco loops and warm chords." },
  { name: "Static Bloom", handle: "staticbloom", genres: ["lo-fi", "ambient"], city: 11, bio: "Lo-fi beats recorded on a four-track in a Toronto attic." },
  { name: "Jonah Reyes", handle: "jonahreyes", genres: ["folk", "garage rock"], city: 4, bio: "Desert folk with fuzz pedals. Recorded live to tape." },
  { name: "Aiko Fujimura", handle: "aikofujimura", genres: ["jazz", "lo-fi"], city: 5, bio: "Pianist. Minimal trio jazz with hip-hop drums." },
  { name: "Zoë Lindqvist", handle: "zoelindqvist", genres: ["synthwave", "indie pop"], city: 8, bio: "Scandi synth-pop with big hooks and bigger reverbs." },
  { name: "Kwame Asante", handle: "kwameasante", genres: ["afrobeats", "hip hop"], city: 11, bio: "Toronto via Kumasi. Highlife guitars meet 808s." },
  { name: "Lotte de Vries", handle: "lottedevries", genres: ["techno", "ambient"], city: 13, bio: "Amsterdam modular techno. Slow builds, long releases." },
  { name: "Gabriel Souza", handle: "gabrielsouza", genres: ["bossa nova", "electronica"], city: 9, bio: "Tropicália samples flipped into deep house." },
  { name: "Harbor Lights", handle: "harborlights", genres: ["folk", "dream pop"], city: 10, bio: "Sibling duo, close harmonies, coastal songs." },
  { name: "Priya Raman", handle: "priyaraman", genres: ["r&b", "electronica"], city: 1, bio: "Alt-R&B with tabla loops and glassy synths." },
  { name: "The Low Fidelity", handle: "lowfidelity", genres: ["garage rock", "post-punk"], city: 3, bio: "Three chords, two amps, one van." },
  { name: "Elena Petrović", handle: "elenapetrovic", genres: ["ambient", "jazz"], city: 13, bio: "Cellist and composer exploring slow music." },
  { name: "Ruby Ashford", handle: "rubyashford", genres: ["indie pop", "folk"], city: 11, bio: "Songs about small towns and big feelings." },
  { name: "Drum Theory", handle: "drumtheory", genres: ["drum and bass", "electronica"], city: 1, bio: "Liquid drum and bass from South London." },
];

export const LABELS = [
  { name: "Lowlight Records", handle: "lowlightrecords", genres: ["indie pop", "dream pop"], city: 1, bio: "Independent label since 2011. Home of bedroom pop and late-night guitars." },
  { name: "Kraftwerk Süd", handle: "kraftwerksud", genres: ["techno", "house"], city: 0, bio: "Berlin techno imprint. Vinyl first." },
  { name: "Selva Discos", handle: "selvadiscos", genres: ["bossa nova", "afrobeats"], city: 9, bio: "Tropical sounds from the Global South." },
  { name: "Paper Lantern", handle: "paperlantern", genres: ["ambient", "jazz"], city: 5, bio: "Quiet music for loud times." },
  { name: "Nightbus Audio", handle: "nightbusaudio", genres: ["drum and bass", "hip hop"], city: 1, bio: "London bass music collective and label." },
];

export const PUBLICATIONS = [
  { name: "The Listening Post", handle: "listeningpost", genres: ["indie pop", "folk"], city: 1, bio: "Weekly reviews and interviews with artists you will love next year." },
  { name: "Resonance Mag", handle: "resonancemag", genres: ["techno", "electronica"], city: 0, bio: "Electronic music journalism since 2009." },
  { name: "Crate Diggers Weekly", handle: "cratediggers", genres: ["jazz", "bossa nova"], city: 3, bio: "Deep cuts, reissues and record-store stories." },
  { name: "Loud & Clear", handle: "loudandclear", genres: ["hip hop", "r&b"], city: 3, bio: "Hip hop and R&B news, reviews and premieres." },
];

export const LISTENERS = [
  { name: "Maya Chen", handle: "mayachen", city: 3 },
  { name: "Lukas Becker", handle: "lukasbecker", city: 0 },
  { name: "Sofia Rossi", handle: "sofiarossi", city: 2 },
  { name: "Tom Hughes", handle: "tomhughes", city: 1 },
  { name: "Camila Duarte", handle: "camiladuarte", city: 9 },
  { name: "Noah Williams", handle: "noahwilliams", city: 11 },
  { name: "Hana Sato", handle: "hanasato", city: 5 },
  { name: "Omar Haddad", handle: "omarhaddad", city: 13 },
];

export const TRACK_WORDS = {
  first: ["Golden", "Silver", "Paper", "Neon", "Quiet", "Velvet", "Electric", "Slow", "Northern", "Midnight", "Glass", "Honey", "Summer", "Static", "Hollow", "Wild"],
  second: ["Hours", "Lights", "Rivers", "Signals", "Dreams", "Hearts", "Streets", "Waves", "Echoes", "Gardens", "Satellites", "Mornings", "Letters", "Fires", "Tides", "Rooms"],
};

export const RELEASE_TITLES = ["Afterglow", "Soft Machines", "Long Way Home", "Blue Hour", "Paper Moons", "City of Small Lights", "Undertow", "Daybreak Tapes", "Low Tide", "Glasshouse", "Night Swimming", "Open Windows"];

export const MERCH = [
  { title: "Tour T-shirt", optionGroup: "Size", variants: ["S", "M", "L", "XL"], price: 2800, description: "Heavyweight organic cotton tee.\nScreen-printed by hand." },
  { title: "Vinyl LP", optionGroup: "Colour", variants: ["Black vinyl", "Clear vinyl"], price: 3200, description: "180g pressing with printed inner sleeve.\nIncludes download code." },
  { title: "Tote bag", optionGroup: "Colour", variants: ["Natural"], price: 1500, description: "Sturdy canvas tote. Fits a dozen records." },
  { title: "Poster (A2)", optionGroup: "Edition", variants: ["Signed", "Unsigned"], price: 1800, description: "Risograph print on recycled paper." },
  { title: "Hoodie", optionGroup: "Size", variants: ["S", "M", "L"], price: 5500, description: "Brushed fleece hoodie with embroidered logo." },
];

/** Where the demo merch ships. */
export const MERCH_SHIP_TO = ["DE", "FR", "GB", "US", "NL", "ES", "SE", "JP", "BR", "CA", "AU", "PT", "MX"];

/**
 * What demo sellers charge for shipping, in their currency's minor units:
 * at home, to neighbours that share the currency, and everywhere else.
 */
export const MERCH_SHIPPING: Record<string, { home: number; near: number; abroad: number }> = {
  EUR: { home: 450, near: 750, abroad: 1400 },
  GBP: { home: 395, near: 395, abroad: 1250 },
  USD: { home: 550, near: 550, abroad: 1800 },
  CAD: { home: 1200, near: 1200, abroad: 2600 },
  AUD: { home: 1000, near: 1000, abroad: 3000 },
  MXN: { home: 9900, near: 9900, abroad: 34900 },
  SEK: { home: 5900, near: 5900, abroad: 15900 },
  BRL: { home: 2500, near: 2500, abroad: 9900 },
};

/** A demo product's shipping: the home price where the seller lives, the neighbour price where the home currency is used too, else the standard price. */
export function merchShipping(home: string, currency: string, currencyOf: (country: string) => string | undefined) {
  const prices = MERCH_SHIPPING[currency] ?? MERCH_SHIPPING.EUR;
  const rates: Record<string, number> = {};
  for (const country of MERCH_SHIP_TO) {
    if (country === home) rates[country] = prices.home;
    else if (currencyOf(country) === currencyOf(home) && prices.near !== prices.abroad) rates[country] = prices.near;
  }
  return { shipCountries: MERCH_SHIP_TO, shippingDefaultMinor: prices.abroad, shippingRates: rates };
}

/** First and last names for the demo artist's fans (the Studio history). */
export const FAN_NAMES = {
  first: ["Ana", "Ben", "Chloé", "Dario", "Elif", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Leo", "Mila", "Nils", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Vik", "Wen", "Yara", "Zoe", "Aiko", "Bruno", "Cleo", "Diego", "Emma"],
  last: ["Alves", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Hansen", "Ito", "Jansen", "Kowalski", "Lopez", "Meyer", "Novak", "Okafor", "Petit", "Quist", "Romano", "Silva", "Tanaka"],
};
/** The websites whose Follow button the demo artist's fans used. */
export const FAN_WEBSITES = ["https://novalane.example.com", "https://indie-weekly.example"];
