"use client";

import dynamic from "next/dynamic";
import { usePathname } from "next/navigation";
import type { RouterOutputs } from "~/app/trpc/types";
import type { LOCALES } from "~/server/http/locales.mjs";
import { usePersonal } from "./use-personal";

// Loaded only for someone signed in: it formats dates in each event's time zone, which signed-out
// visitors of the cached home page need not download.
const YourHomeLoader = dynamic(() => import("./your-home-loader").then((m) => m.YourHomeLoader), {
  ssr: false,
});

/**
 * The signed-in visitor's part of the cached home page: their events, roles and next steps, asked for
 * by the browser once the header (users.header, the same request SiteNav makes) says someone is signed
 * in. Nothing is shown, and nothing more is asked, for anyone else. In the page's `locale`: the words
 * come with the person's own answer (users.home), so the cached page carries none of them.
 */
export function PersonalHome({ locale }: { locale: (typeof LOCALES)[number] }) {
  const header = usePersonal<RouterOutputs["users"]["header"]>("users.header", undefined, usePathname());
  return header.data ? <YourHomeLoader locale={locale} /> : null;
}
