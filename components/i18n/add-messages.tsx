"use client";

import { NextIntlClientProvider, useLocale, useMessages, useTimeZone } from "next-intl";
import { useMemo } from "react";
import { mergeMessages, type Tree } from "@/lib/i18n/message-tree";

/** The messages already given above, with these branches added (a provider's messages replace its parent's otherwise). */
export function AddMessages({ messages, children }: { messages: Tree; children: React.ReactNode }) {
  const parent = useMessages();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const merged = useMemo(() => mergeMessages(parent as Tree, messages), [parent, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
