"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/app/trpc/react";
import type { LOCALES } from "~/server/http/locales.mjs";
import { YourHome } from "./your-home";

/**
 * The signed-in person's events, roles and next steps (users.home), fetched by the browser with their
 * words in the page's `locale`.
 */
export function YourHomeLoader({ locale }: { locale: (typeof LOCALES)[number] }) {
  const trpc = useTRPC();
  const home = useQuery(trpc.users.home.queryOptions({ locale }));
  return home.data ? <YourHome home={home.data} labels={home.data.words} locale={locale} /> : null;
}
