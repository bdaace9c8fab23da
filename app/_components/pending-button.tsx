import type { ButtonHTMLAttributes, ReactNode } from "react";
import { buttonClass } from "./button-styles";

/**
 * Every button that sends a change: disabled while its request is in flight (so a double click cannot
 * send it twice), saying what it is doing meanwhile ("Saving…"). Pair it with useFormProblem's
 * `pending` and `attempt`, which also ignores a second call that slips in before the re-render.
 */
export function PendingButton({
  pending,
  pendingLabel,
  children,
  type = "submit",
  className = buttonClass,
  disabled,
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  pending: boolean;
  /** What the button says while in flight; without it the label stays and only the state changes. */
  pendingLabel?: ReactNode;
  type?: "submit" | "button";
}) {
  return (
    <button
      {...rest}
      type={type}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      className={className}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
