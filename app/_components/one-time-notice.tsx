"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { FormStatus } from "./form-status";

/**
 * A success message carried in the address by a redirect (e.g. `?created=1`). It is shown once: the
 * parameter is taken out of the address at once, so the next action's refresh (or a reload) no longer
 * shows a message that belongs to an earlier action.
 */
export function OneTimeNotice({ param, message }: { param: string; message: string }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  useEffect(() => {
    if (!searchParams.has(param)) return;
    const rest = new URLSearchParams(searchParams);
    rest.delete(param);
    const query = rest.toString();
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  }, [param, pathname, searchParams]);
  return <FormStatus message={message} />;
}
