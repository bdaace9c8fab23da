"use client";

import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { inputClass } from "./field";

/** "America/Argentina/Buenos_Aires" → "america argentina buenos aires", for matching what people type. */
const searchable = (zone: string) => zone.toLowerCase().replaceAll("_", " ").replaceAll("/", " ");

/**
 * A searchable time-zone picker: the ARIA 1.2 combobox pattern (an input with a listbox popup and list
 * autocomplete). Hand-written rather than a library's: downshift's useCombobox (tried, and
 * behaviourally equal) put the event editor over its 200 kB JavaScript budget (208.9 kB); loading a
 * library combobox on first focus is the way to both. Typing filters the zones by any part of the name ("york", "new york", "kolkata");
 * arrows move, Enter picks, Escape closes and restores the last choice. Only a zone from the list is
 * ever chosen: leaving the box with other text puts the chosen zone back.
 */
export function TimeZoneCombobox({
  id,
  value,
  onChange,
  common,
  others,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  common: string[];
  others: string[];
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
}) {
  const listId = useId();
  const statusId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);

  const matches = useMemo(() => {
    const all = [...common, ...others];
    const words = (query ?? "")
      .toLowerCase()
      .replaceAll("_", " ")
      .split(/[\s/]+/)
      .filter(Boolean);
    if (words.length === 0) return all;
    return all.filter((zone) => words.every((word) => searchable(zone).includes(word)));
  }, [common, others, query]);

  const optionId = (index: number) => `${listId}-option-${index}`;

  function choose(zone: string) {
    onChange(zone);
    setQuery(null);
    setOpen(false);
  }

  function show(index: number) {
    setActive(index);
    list.current?.querySelector(`#${CSS.escape(optionId(index))}`)?.scrollIntoView({ block: "nearest" });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        show(Math.max(0, matches.indexOf(value)));
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      if (matches.length > 0) show((active + step + matches.length) % matches.length);
    } else if (event.key === "Enter") {
      if (open && matches[active]) {
        event.preventDefault();
        choose(matches[active]);
      }
    } else if (event.key === "Escape") {
      if (open || query !== null) {
        event.preventDefault();
        setQuery(null);
        setOpen(false);
      }
    }
  }

  const expanded = open && matches.length > 0;
  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && matches[active] ? optionId(active) : undefined}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(" ")}
        aria-invalid={invalid ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        className={inputClass}
        value={query ?? value}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Text that names a zone exactly (in any case) is taken; anything else puts the choice back.
          const typed = query?.trim().toLowerCase();
          const exact = typed
            ? [...common, ...others].find((zone) => zone.toLowerCase() === typed)
            : undefined;
          if (exact) onChange(exact);
          setQuery(null);
          setOpen(false);
        }}
      />
      <ul
        id={listId}
        ref={list}
        role="listbox"
        aria-label="Time zones"
        hidden={!expanded}
        className="absolute z-30 mt-1 max-h-72 w-full overflow-y-auto rounded border border-slate-400 bg-white py-1 shadow-lg"
      >
        {matches.map((zone, index) => (
          <li
            key={zone}
            id={optionId(index)}
            role="option"
            aria-selected={zone === value}
            className={`cursor-pointer px-3 py-1.5 ${index === active ? "bg-brand-100 text-brand-900" : ""} ${
              zone === value ? "font-semibold" : ""
            } ${index === common.length && query === null ? "border-t border-slate-200" : ""}`}
            // Keeps focus in the input, so choosing with the mouse does not count as leaving it.
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(zone)}
          >
            {zone.replaceAll("_", " ")}
          </li>
        ))}
      </ul>
      <p id={statusId} className="sr-only" aria-live="polite">
        {open && query !== null
          ? matches.length === 0
            ? "No time zone matches. Try a city, e.g. London."
            : `${matches.length} time zone${matches.length === 1 ? "" : "s"} match.`
          : ""}
      </p>
      {open && query !== null && matches.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">No time zone matches. Try a city, e.g. London.</p>
      ) : null}
    </div>
  );
}
