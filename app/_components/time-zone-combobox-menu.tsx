"use client";

import { useCombobox } from "downshift";
import { useLayoutEffect, useMemo, useState } from "react";
import { exactZone, type TimeZoneComboboxProps } from "./time-zone-combobox";
import { inputClass } from "./field";
import { fillTemplate } from "~/server/i18n/labels";

/** "America/Argentina/Buenos_Aires" → "america argentina buenos aires", for matching what people type. */
const searchable = (zone: string) => zone.toLowerCase().replaceAll("_", " ").replaceAll("/", " ");

/** The zones whose names contain every word typed, in any order ("york", "new york", "kolkata"). */
function matching(zones: readonly string[], query: string | null): string[] {
  const words = (query ?? "")
    .toLowerCase()
    .replaceAll("_", " ")
    .split(/[\s/]+/)
    .filter(Boolean);
  if (words.length === 0) return [...zones];
  return zones.filter((zone) => words.every((word) => searchable(zone).includes(word)));
}

/**
 * The time-zone picker itself, on downshift's `useCombobox` (the ARIA 1.2 combobox pattern: an input
 * with a listbox popup and list autocomplete), loaded by TimeZoneCombobox when the box is first
 * focused. Typing filters the zones by any part of the name; arrows move, Enter picks, Escape closes and
 * restores the last choice. Only a zone from the list is ever chosen: leaving the box with other text
 * puts the chosen zone back (text naming a zone exactly, in any case, is taken). The label is the
 * Field's (`<id>-label`).
 *
 * `start` carries over what happened in the box before this loaded: the text typed so far (null for
 * none), whether the list was asked for, and whether the box still has the focus (it then takes it).
 */
export default function TimeZoneMenuCombobox({
  id,
  value,
  onChange,
  common,
  others,
  describedBy,
  invalid,
  words,
  start,
}: TimeZoneComboboxProps & { start: { query: string | null; open: boolean; focused: boolean } }) {
  const all = useMemo(() => [...common, ...others], [common, others]);
  // null: nothing typed since the last choice, so the box shows the chosen zone and lists every zone.
  const [query, setQuery] = useState<string | null>(start.query);
  const matches = useMemo(() => matching(all, query), [all, query]);
  const statusId = `${id}-status`;
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps } = useCombobox({
    id: `${id}-combobox`,
    initialIsOpen: start.focused && start.open,
    inputId: id,
    labelId: `${id}-label`,
    items: matches,
    itemToString: (zone) => zone ?? "",
    selectedItem: value,
    inputValue: query ?? value,
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setQuery(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onChange(selectedItem);
      setQuery(null);
    },
    stateReducer: (state, { type, changes }) => {
      // Leaving the box never picks whatever happened to be highlighted: only an exact name is taken.
      if (type === useCombobox.stateChangeTypes.InputBlur) {
        const exact = exactZone(all, query);
        return { ...changes, selectedItem: exact ?? state.selectedItem, inputValue: exact ?? value };
      }
      if (type === useCombobox.stateChangeTypes.InputKeyDownEscape) {
        return { ...changes, selectedItem: state.selectedItem, inputValue: value };
      }
      return changes;
    },
    onStateChange: ({ type }) => {
      // After a choice (even of the zone already chosen) or leaving, the box shows the chosen zone.
      const { InputBlur, InputKeyDownEscape, InputKeyDownEnter, ItemClick } = useCombobox.stateChangeTypes;
      const ends: readonly string[] = [InputBlur, InputKeyDownEscape, InputKeyDownEnter, ItemClick];
      if (ends.includes(type)) setQuery(null);
    },
  });
  // Taking over from the stand-in box: keep the focus, with the caret after the typed text. A layout
  // effect, so the new box has the focus in the same task that replaced the old one: no keystroke can
  // arrive in between and be lost.
  useLayoutEffect(() => {
    const box = document.getElementById(id);
    if (!(box instanceof HTMLInputElement) || !start.focused) return;
    box.focus({ preventScroll: true });
    if (start.query !== null) box.setSelectionRange(box.value.length, box.value.length);
    // Only on mount: `start` describes the moment this component took over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const expanded = isOpen && matches.length > 0;
  return (
    <div className="relative">
      <input
        {...getInputProps({
          "aria-describedby": [describedBy, statusId].filter(Boolean).join(" "),
          "aria-invalid": invalid ? true : undefined,
          spellCheck: false,
          className: inputClass,
          onFocus: (e) => e.currentTarget.select(),
        })}
      />
      <ul
        {...getMenuProps({ "aria-label": words.zones })}
        hidden={!expanded}
        className="absolute z-30 mt-1 max-h-72 w-full overflow-y-auto rounded border border-slate-400 bg-white py-1 shadow-lg"
      >
        {isOpen
          ? matches.map((zone, index) => (
              <li
                key={zone}
                {...getItemProps({ item: zone, index })}
                className={`cursor-pointer px-3 py-1.5 ${index === highlightedIndex ? "bg-brand-100 text-brand-900" : ""} ${
                  zone === value ? "font-semibold" : ""
                } ${index === common.length && query === null ? "border-t border-slate-200" : ""}`}
              >
                {zone.replaceAll("_", " ")}
              </li>
            ))
          : null}
      </ul>
      <p id={statusId} className="sr-only" aria-live="polite">
        {isOpen && query !== null
          ? matches.length === 0
            ? words.noMatch
            : fillTemplate(matches.length === 1 ? words.matchesOne : words.matchesOther, {
                count: matches.length,
              })
          : ""}
      </p>
      {isOpen && query !== null && matches.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{words.noMatch}</p>
      ) : null}
    </div>
  );
}
