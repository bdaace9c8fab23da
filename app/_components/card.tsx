import type { ReactNode } from "react";
import { sectionTitleClass } from "./text-styles";

/** The white, bordered surface every card is made of (a list of rows uses it without padding). */
export const panelClass = "rounded-xl border border-slate-200 bg-white shadow-sm";

/** A white panel with a border: sections of forms and dashboards. */
export const cardClass = `${panelClass} p-5`;

/** A tighter panel for items in a list or grid. */
export const compactCardClass = `${panelClass} p-4`;

/** A card in a grid of cards with a picture on top (events, projects). */
export const mediaCardClass =
  "group flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition-shadow hover:shadow-md";

/** A titled section in a card: the heading gets `id` so the section is named by it. */
export function Card({
  id,
  title,
  children,
  className = "",
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={`space-y-3 ${cardClass} ${className}`}>
      <h2 id={id} className={sectionTitleClass}>
        {title}
      </h2>
      {children}
    </section>
  );
}
