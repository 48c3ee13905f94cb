"use client";

import { useEffect, type RefObject } from "react";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(panel: HTMLElement): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
}

/**
 * Menus, sheets and dialogs close on Escape and on a click outside, and give focus back
 * to the control that opened them (so keyboard users are not lost). A panel with
 * role="dialog" also takes focus when it opens and keeps Tab inside it until it closes.
 */
export function useDismiss(open: boolean, close: () => void, panel: RefObject<HTMLElement | null>, trigger: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!open) return;
    const dialog = panel.current?.getAttribute("role") === "dialog";
    if (dialog && panel.current && !panel.current.contains(document.activeElement)) {
      // The first control, or the panel itself when it has none (its label is then read out).
      const first = focusables(panel.current)[0];
      if (first) first.focus();
      else {
        if (!panel.current.hasAttribute("tabindex")) panel.current.setAttribute("tabindex", "-1");
        panel.current.focus();
      }
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Tab" && dialog && panel.current) {
        const items = focusables(panel.current);
        if (!items.length) return e.preventDefault();
        const [first, last] = [items[0], items[items.length - 1]];
        if (e.shiftKey && (document.activeElement === first || !panel.current.contains(document.activeElement))) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (document.activeElement === last || !panel.current.contains(document.activeElement))) {
          e.preventDefault();
          first.focus();
        }
        return;
      }
      if (e.key !== "Escape") return;
      e.preventDefault();
      close();
      trigger.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (panel.current?.contains(target) || trigger.current?.contains(target)) return;
      close();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open, close, panel, trigger]);
}
