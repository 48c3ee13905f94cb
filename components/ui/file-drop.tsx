"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

type Props = { id: string; accept: string; multiple?: boolean; disabled?: boolean; onFiles: (files: File[]) => void; choose?: string };

/**
 * A file picker that looks like the rest of the app: a button that opens the
 * system dialog, and a zone that takes dropped files. The real input stays (for
 * its label and for assistive technology), visually hidden.
 */
export function FileDrop({ id, accept, multiple = false, disabled = false, onFiles, choose }: Props) {
  const t = useTranslations("common");
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) onFiles(Array.from(e.dataTransfer.files).slice(0, multiple ? undefined : 1));
      }}
      className={`flex flex-wrap items-center gap-3 rounded-2xl border-2 border-dashed px-4 py-3 transition ${over ? "border-accent-500 bg-accent-500/5" : "border-line"}`}
    >
      <input
        ref={input}
        id={id}
        type="file"
        multiple={multiple}
        accept={accept}
        disabled={disabled}
        className="sr-only"
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          e.target.value = "";
        }}
      />
      <button type="button" disabled={disabled} onClick={() => input.current?.click()} className="rounded-full border border-line bg-surface px-4 py-2 text-sm font-semibold hover:bg-surface-2 disabled:opacity-60">
        {choose ?? (multiple ? t("chooseFiles") : t("chooseFile"))}
      </button>
      <span className="text-sm text-muted">{multiple ? t("dropThemHere") : t("dropItHere")}</span>
    </div>
  );
}
