import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IMAGE_LIMITS } from "@/lib/media/images";
import { resolveHandle } from "@/lib/profiles/resolve";
import { requestOrigin } from "@/lib/site-server";

/** Title, description, canonical URL, oEmbed discovery and social cards of a profile page. */
export async function profileMetadata(handle: string): Promise<Metadata> {
  const t = await getTranslations("profile");
  const found = await resolveHandle(handle);
  const profile = found.kind === "found" ? found.profile : null;
  if (!profile) return { title: t("notFoundTitle") };
  const description = profile.bio || t("metaDescription", { name: profile.name });
  const origin = await requestOrigin();
  const images = profile.avatarUrl ? [{ url: profile.avatarUrl, width: IMAGE_LIMITS.avatar.width, height: IMAGE_LIMITS.avatar.height, alt: profile.name }] : [];
  return {
    title: `${profile.name} (@${profile.handle})`,
    description,
    alternates: {
      canonical: `/@${profile.handle}`,
      types: { "application/json+oembed": `${origin}/oembed?url=${encodeURIComponent(`${origin}/@${profile.handle}`)}&format=json` },
    },
    openGraph: { type: "profile", title: profile.name, description, url: `/@${profile.handle}`, images, siteName: "Chorus" },
    twitter: { card: "summary", title: profile.name, description, images: images.map((i) => i.url) },
  };
}

