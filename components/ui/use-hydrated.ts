"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** false during server render and hydration, true once React handles events. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}
