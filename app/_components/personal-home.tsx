"use client";

import dynamic from "next/dynamic";
import { usePathname } from "next/navigation";
import type { RouterOutputs } from "~/app/trpc/types";
import type { LOCALES } from "~/server/http/locales.mjs";
import { usePersonal } from "./use-personal";
import type { YourHomeLabels } from "./your-home";

// Loaded only for someone signed in: it formats dates in each event's time zone, which signed-out
// visitors of the cached home page need not download.
const YourHomeLoader = dynamic(() => import("./your-home-loader").then((m) => m.YourHomeLoader), {
  ssr: false,
});

/**
 * The signed-in visitor's part of the cached home page: their events, roles and next steps, asked for
 * by the browser once the header (users.header, the same request SiteNav makes) says someone is signed
 * in. Nothing is shown, and nothing more is asked, for anyone else. In the page's language: `labels` are
 * the catalogue's words, read by the page (the same for everyone, so the page stays cached).
 */
export function PersonalHome({
  labels,
  locale,
}: {
  labels: YourHomeLabels;
  locale: (typeof LOCALES)[number];
}) {
  const header = usePersonal<RouterOutputs["users"]["header"]>("users.header", undefined, usePathname());
  return header.data ? <YourHomeLoader labels={labels} locale={locale} /> : null;
}
