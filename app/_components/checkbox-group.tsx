/**
 * A fieldset of checkboxes choosing some of `options`, with its legend, hint and error wired up for
 * screen readers. Each box's id is `<id>-<value>`.
 */
export function CheckboxGroup<V extends string>({
  id,
  legend,
  hint,
  errors,
  options,
  chosen,
  onChange,
  columns = true,
}: {
  id: string;
  legend: string;
  hint?: string;
  errors?: string[] | undefined;
  options: readonly { value: V; label: string }[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
  columns?: boolean;
}) {
  const described = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  const toggle = (value: V) =>
    onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  return (
    <fieldset id={id} className="space-y-2" aria-describedby={described || undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {errors.join(". ")}
        </p>
      ) : null}
      <div className={columns ? "grid gap-2 sm:grid-cols-2" : "space-y-2"}>
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              className="h-5 w-5"
              checked={chosen.includes(option.value)}
              onChange={() => toggle(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
