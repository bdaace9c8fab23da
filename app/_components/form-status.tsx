const alertClass = {
  text: "font-medium text-red-700",
  small: "text-sm font-medium text-red-700",
} as const;

/**
 * What went wrong, announced by screen readers as soon as it appears; nothing without a message.
 * A "panel" names itself by its text when given an `id`.
 */
export function FormAlert({
  message,
  variant = "text",
  id,
  className,
}: {
  message: string | null | undefined;
  variant?: "text" | "small" | "panel";
  id?: string;
  className?: string;
}) {
  if (!message) return null;
  if (variant === "panel") {
    return (
      <div role="alert" aria-labelledby={id} className="rounded border border-red-300 bg-red-50 p-4">
        <p id={id} className="font-semibold text-red-800">
          {message}
        </p>
      </div>
    );
  }
  return (
    <p role="alert" className={className ? `${alertClass[variant]} ${className}` : alertClass[variant]}>
      {message}
    </p>
  );
}

/** What just worked, read out politely by screen readers; nothing without a message. */
export function FormStatus({
  message,
  variant = "panel",
}: {
  message: string | null | undefined;
  variant?: "panel" | "text";
}) {
  if (!message) return null;
  return (
    <p
      role="status"
      className={
        variant === "panel"
          ? "rounded border border-green-300 bg-green-50 p-3 text-green-900"
          : "text-green-800"
      }
    >
      {message}
    </p>
  );
}
