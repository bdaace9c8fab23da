"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/app/trpc/react";
import type { LOCALES } from "~/server/http/locales.mjs";
import { YourHome, type YourHomeLabels } from "./your-home";

/** The signed-in person's events, roles and next steps (users.home), fetched by the browser. */
export function YourHomeLoader({
  labels,
  locale,
}: {
  labels: YourHomeLabels;
  locale: (typeof LOCALES)[number];
}) {
  const trpc = useTRPC();
  const home = useQuery(trpc.users.home.queryOptions());
  return home.data ? <YourHome home={home.data} labels={labels} locale={locale} /> : null;
}
