"use client";

// A client component on purpose: Next renders a segment's not-found element before its
// layout runs, and a server component translating here would fix the page's language
// before the [locale] layout sets it (lib/i18n/static-locale.ts). In the browser it
// reads the language from the layout's provider instead.
import ProfileNotFound from "@/app/(main)/u/[handle]/not-found";

export default ProfileNotFound;
