"use client";

import { useRef, useState, type ComponentType } from "react";
import { inputClass } from "./field";

/**
 * What the picker says (the "TimeZoneCombobox" messages, timeZoneComboboxWords): `matchesOne` and
 * `matchesOther` are raw templates with `{count}`.
 */
export interface TimeZoneComboboxWords {
  zones: string;
  noMatch: string;
  matchesOne: string;
  matchesOther: string;
}

export interface TimeZoneComboboxProps {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  /** Zones offered first, in this order. */
  common: string[];
  /** Every other zone, alphabetically. */
  others: string[];
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
  words: TimeZoneComboboxWords;
}

/** Text naming a zone exactly, in any case, is that zone; anything else is no zone. */
export function exactZone(zones: readonly string[], typed: string | null): string | undefined {
  const wanted = typed?.trim().toLowerCase();
  return wanted ? zones.find((zone) => zone.toLowerCase() === wanted) : undefined;
}

type Start = { query: string | null; open: boolean; focused: boolean };
type Menu = ComponentType<TimeZoneComboboxProps & { start: Start }>;

/**
 * A searchable time-zone picker (see time-zone-combobox-menu.tsx, built on downshift's combobox).
 * The page first gets a stand-in box of the same id, label and role that shows the chosen zone; the
 * picker's code (downshift and the list behaviour) is fetched when the box is first focused,
 * so it does not weigh on the event editor's first load. Whatever happens in the stand-in meanwhile
 * carries over: typed text, a click that asks for the list, and the focus. Leaving the stand-in
 * before the picker arrives keeps the same rule as the picker: only a zone named exactly is taken.
 */
export function TimeZoneCombobox(props: TimeZoneComboboxProps) {
  const [Picker, setPicker] = useState<Menu | null>(null);
  const [start, setStart] = useState<Start>({ query: null, open: false, focused: false });
  const loading = useRef(false);

  function load() {
    if (loading.current) return;
    loading.current = true;
    import("./time-zone-combobox-menu").then(
      (module) => setPicker(() => module.default),
      () => {
        // Offline or a failed chunk: the stand-in stays usable (an exact name is still taken on leaving).
        loading.current = false;
      },
    );
  }

  if (Picker) return <Picker {...props} start={start} />;
  const listId = `${props.id}-list`;
  return (
    <div className="relative">
      <input
        id={props.id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={false}
        aria-controls={listId}
        aria-labelledby={`${props.id}-label`}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        className={inputClass}
        value={start.query ?? props.value}
        onPointerEnter={load}
        onFocus={(e) => {
          e.currentTarget.select();
          setStart((s) => ({ ...s, focused: true }));
          load();
        }}
        onClick={() => setStart((s) => ({ ...s, open: true }))}
        onChange={(e) => {
          const query = e.target.value;
          setStart((s) => ({ ...s, query, open: true }));
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            setStart((s) => ({ ...s, open: true }));
          }
        }}
        onBlur={() => {
          const exact = exactZone([...props.common, ...props.others], start.query);
          if (exact) props.onChange(exact);
          setStart({ query: null, open: false, focused: false });
        }}
      />
      <ul id={listId} role="listbox" aria-label={props.words.zones} hidden />
    </div>
  );
}
