import type { ReactNode } from "react";
import { Field, inputClass } from "./field";

/**
 * A Field holding one text input bound to `value`: the common case, so forms need not repeat the
 * render-prop wiring. `type`, `inputMode`, `autoComplete` and `disabled` go to the input.
 */
export function TextField({
  id,
  label,
  hint,
  errors,
  value,
  onChange,
  type = "text",
  inputMode,
  autoComplete,
  disabled,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[] | undefined;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "url" | "email" | "number";
  inputMode?: "text" | "numeric" | "decimal" | "url" | "email";
  autoComplete?: string;
  disabled?: boolean;
}) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(a) => (
        <input
          {...a}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          disabled={disabled}
          className={inputClass}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
