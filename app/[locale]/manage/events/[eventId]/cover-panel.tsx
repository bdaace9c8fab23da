"use client";

import { lazy, Suspense, useState, type ReactNode } from "react";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { sectionTitleClass } from "~/app/_components/text-styles";
import type { CoverEditorWords } from "./cover-editor";

const loadEditor = () => import("./cover-editor");
const CoverEditor = lazy(loadEditor);

/** What the panel and its editor say (the "EventCover" messages, and ImageFields' hint), read by the page. */
export interface CoverPanelWords extends CoverEditorWords {
  heading: string;
  intro: string;
  opening: string;
  change: string;
  add: string;
}

/**
 * The event's cover: the picture on its card and at the top of its page, shown as it is now, with a
 * button that opens the editor (upload, replace, remove). The editor's code is fetched when the button
 * is first pointed at, focused or pressed, so it does not weigh on the page's first load.
 */
export function CoverPanel({
  eventId,
  hasCover,
  preview,
  words,
}: {
  eventId: string;
  hasCover: boolean;
  /** The current cover (or the generated one), drawn on the server: the panel only shows it. */
  preview: ReactNode;
  words: CoverPanelWords;
}) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="cover-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="cover-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <p className="text-slate-700">{words.intro}</p>
      {preview}
      {open ? (
        <Suspense fallback={<p className="text-slate-700">{words.opening}</p>}>
          <CoverEditor eventId={eventId} hasCover={hasCover} words={words} />
        </Suspense>
      ) : (
        <button
          type="button"
          className={secondaryButtonClass}
          onPointerEnter={() => void loadEditor()}
          onFocus={() => void loadEditor()}
          onClick={() => setOpen(true)}
        >
          {hasCover ? words.change : words.add}
        </button>
      )}
    </section>
  );
}
