import type { ReactNode } from "react";

/**
 * Why something on the page is switched off, and when it opens: shown beside (and referenced by
 * `aria-describedby` from) whatever it explains, so nothing is greyed out without a reason.
 */
export function Notice({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
      {children}
    </p>
  );
}
