import type { Locale, Messages } from "./locales";

// Message keys and locales are checked by the type checker: a key missing from
// the English messages is a type error wherever it is used.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
