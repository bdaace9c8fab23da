"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

/** A message that outlived the part of the page that said it, and the page (path) it belongs to. */
export type HandedOverNotice = { message: string; path: string };

const HandOver = createContext<(notice: HandedOverNotice | null) => void>(() => {});

/**
 * Where a confirmation goes when the part of the page that showed it is gone: accepting an offer
 * removes the offer's card, so "Jo Okafor is a mentor now." would vanish with it the moment the page
 * refreshes. `usePageAction` hands its last message here when its component unmounts; it is shown at
 * the foot of the window until dismissed, the next action starts, or the visitor leaves the page.
 * Like every confirmation in the app (ActionOutcome) it is a status that appears with its message: an
 * empty one kept in every page would be one more "status" on pages that have their own.
 * `dismissLabel`: the button's word in the page's language ("Site.dismiss").
 */
export function HandoverNotices({ children, dismissLabel }: { children: ReactNode; dismissLabel: string }) {
  const pathname = usePathname();
  const [notice, setNotice] = useState<HandedOverNotice | null>(null);
  const handOver = useCallback((next: HandedOverNotice | null) => setNotice(next), []);
  const shown = notice && notice.path === pathname ? notice.message : null;
  return (
    <HandOver.Provider value={handOver}>
      {children}
      {shown ? (
        <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4 print:hidden">
          <p
            role="status"
            className="pointer-events-auto flex max-w-xl items-start gap-3 rounded border border-green-300 bg-green-50 px-4 py-3 font-medium text-green-900 shadow-lg"
          >
            <span>{shown}</span>
            <button
              type="button"
              className="rounded px-1 text-green-900 underline-offset-2 hover:underline"
              onClick={() => setNotice(null)}
            >
              {dismissLabel}
            </button>
          </p>
        </div>
      ) : null}
    </HandOver.Provider>
  );
}

/** `handOver({ message, path })` shows a message at the foot of the page; `handOver(null)` clears it. */
export function useHandOver() {
  return useContext(HandOver);
}
