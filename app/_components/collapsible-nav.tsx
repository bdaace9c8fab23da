"use client";

import { usePathname } from "next/navigation";
import { useId, useState, type ReactNode } from "react";

/**
 * The site's navigation on a phone: a "Menu" button (a disclosure, not an ARIA menu) that shows the
 * links stacked under the header; from the `sm` breakpoint up the links are always shown in a row and
 * the button is hidden. Following a link closes it (it was opened on another page).
 */
export function CollapsibleNav({
  label,
  buttonLabel,
  children,
}: {
  label: string;
  /** The button's word in the page's language. */
  buttonLabel: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const panel = useId();
  return (
    <nav aria-label={label} className="contents sm:block">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="inline-flex items-center gap-2 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 sm:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4">
          <path
            d={open ? "M5 5 L15 15 M15 5 L5 15" : "M3 5 H17 M3 10 H17 M3 15 H17"}
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        {buttonLabel}
      </button>
      <div id={panel} className={`${open ? "block" : "hidden"} w-full sm:block sm:w-auto`}>
        {children}
      </div>
    </nav>
  );
}
