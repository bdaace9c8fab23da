"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/app/trpc/react";
import { YourHome } from "./your-home";

/** The signed-in person's events, roles and next steps (users.home), fetched by the browser. */
export function YourHomeLoader() {
  const trpc = useTRPC();
  const home = useQuery(trpc.users.home.queryOptions());
  return home.data ? <YourHome home={home.data} /> : null;
}
