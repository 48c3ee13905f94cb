import type { MetadataRoute } from "next";

/** Installable as an app: name, colours and icons. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Chorus",
    short_name: "Chorus",
    description: "The open music network: follow artists, labels and friends, hear new releases first, find shows near you.",
    start_url: "/",
    display: "standalone",
    background_color: "#0b0b10",
    theme_color: "#7c4dff",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
