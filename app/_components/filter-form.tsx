import type { ReactNode } from "react";

/** A GET form that narrows a list by query parameters (works without JavaScript). */
export function FilterForm({
  label,
  submitLabel,
  action,
  children,
}: {
  label: string;
  submitLabel: string;
  /** Where to submit; the current address (its query replaced) when absent. */
  action?: string;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} aria-label={label} className="flex flex-wrap items-end gap-3">
      {children}
      <button
        type="submit"
        className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100"
      >
        {submitLabel}
      </button>
    </form>
  );
}

/** One labelled choice in a FilterForm, with an "all" option first. */
export function FilterSelect({
  id,
  name,
  label,
  allLabel,
  allValue = "",
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  allValue?: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    // min-w-0: a long option ("Leeds Central Library and Makerspace (your centre)") shrinks the choice
    // to the phone's width instead of widening the page.
    <div className="max-w-full min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        className="w-full rounded border border-slate-400 bg-white px-3 py-1.5"
      >
        <option value={allValue}>{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
