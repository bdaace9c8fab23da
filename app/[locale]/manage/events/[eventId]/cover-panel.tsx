"use client";

import { lazy, Suspense, useState, type ReactNode } from "react";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { sectionTitleClass } from "~/app/_components/text-styles";

const loadEditor = () => import("./cover-editor");
const CoverEditor = lazy(loadEditor);

/**
 * The event's cover: the picture on its card and at the top of its page, shown as it is now, with a
 * button that opens the editor (upload, replace, remove). The editor's code is fetched when the button
 * is first pointed at, focused or pressed, so it does not weigh on the page's first load.
 */
export function CoverPanel({
  eventId,
  hasCover,
  preview,
}: {
  eventId: string;
  hasCover: boolean;
  /** The current cover (or the generated one), drawn on the server: the panel only shows it. */
  preview: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="cover-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="cover-heading" className={sectionTitleClass}>
        Cover image
      </h2>
      <p className="text-slate-700">
        Shown on the event&apos;s card and at the top of its page. Without one, the event gets a pattern made
        from its name.
      </p>
      {preview}
      {open ? (
        <Suspense fallback={<p className="text-slate-700">Opening the cover editor…</p>}>
          <CoverEditor eventId={eventId} hasCover={hasCover} />
        </Suspense>
      ) : (
        <button
          type="button"
          className={secondaryButtonClass}
          onPointerEnter={() => void loadEditor()}
          onFocus={() => void loadEditor()}
          onClick={() => setOpen(true)}
        >
          {hasCover ? "Change or remove the cover image" : "Add a cover image"}
        </button>
      )}
    </section>
  );
}
