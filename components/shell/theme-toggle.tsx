"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

function subscribe(callback: () => void) {
  const observer = new MutationObserver(callback);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains("dark");

/** `sun` and `moon`: the icons, rendered by the server (app-shell.tsx). */
export function ThemeToggle({ compact = false, sun, moon }: { compact?: boolean; sun: React.ReactNode; moon: React.ReactNode }) {
  const t = useTranslations("shell");
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  const next = dark ? "light" : "dark";
  return (
    <button
      type="button"
      onClick={() => {
        document.documentElement.classList.toggle("dark", next === "dark");
        try {
          localStorage.setItem("chorus-theme", next);
        } catch {
          // private mode: the choice lasts for this page only
        }
      }}
      aria-label={next === "light" ? t("switchToLight") : t("switchToDark")}
      className="inline-flex items-center gap-3 rounded-xl px-3 py-2 text-sm text-muted hover:bg-surface-2 hover:text-fg"
    >
      {dark ? sun : moon}
      {compact ? null : <span>{dark ? t("lightTheme") : t("darkTheme")}</span>}
    </button>
  );
}
