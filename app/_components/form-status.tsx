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
