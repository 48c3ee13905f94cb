"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

type Theme = "system" | "light" | "dark";

function subscribe(callback: () => void) {
  window.addEventListener("storage", callback);
  window.addEventListener("chorus-theme", callback);
  return () => {
    window.removeEventListener("storage", callback);
    window.removeEventListener("chorus-theme", callback);
  };
}

function saved(): Theme {
  try {
    const value = localStorage.getItem("chorus-theme");
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

/** Light, dark or the device's: kept in this browser (the page paints in it before any script runs). */
export function ThemeChoice() {
  const t = useTranslations("settings.theme");
  const theme = useSyncExternalStore(subscribe, saved, () => "system" as Theme);
  const choose = (next: Theme) => {
    try {
      if (next === "system") localStorage.removeItem("chorus-theme");
      else localStorage.setItem("chorus-theme", next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    const dark = next === "dark" || (next === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.classList.toggle("dark", dark);
    window.dispatchEvent(new Event("chorus-theme"));
  };
  return (
    <fieldset>
      <legend className="text-sm font-medium">{t("legend")}</legend>
      <div className="mt-2 inline-flex rounded-full border border-line p-1">
        {(["system", "light", "dark"] as const).map((option) => (
          <label key={option} className={`cursor-pointer rounded-full px-4 py-1.5 text-sm font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-500 ${theme === option ? "bg-accent-600 text-white" : "text-muted hover:text-fg"}`}>
            <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => choose(option)} className="sr-only" />
            {t(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
