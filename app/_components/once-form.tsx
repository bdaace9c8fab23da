"use client";

import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { PendingButton } from "./pending-button";

/**
 * A form that posts once: for the forms that leave the page (a plain POST, or a server action that
 * redirects), where a second click would send the request again and abort the first, e.g. spend a
 * sign-in link twice. The button is disabled from the first submit until the page changes.
 */
export function OnceForm({
  action,
  method,
  className,
  buttonLabel,
  pendingLabel,
  buttonClassName,
  children,
}: {
  action: string | ((formData: FormData) => void | Promise<void>);
  method?: "post";
  className?: string;
  buttonLabel: ReactNode;
  pendingLabel?: ReactNode;
  buttonClassName?: string;
  /** What comes before the button inside the form. */
  children?: ReactNode;
}) {
  const sent = useRef(false);
  const [pending, setPending] = useState(false);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (sent.current) {
      event.preventDefault();
      return;
    }
    sent.current = true;
    setPending(true);
  }
  return (
    <form action={action} method={method} onSubmit={onSubmit} className={className}>
      {children}
      <PendingButton pending={pending} pendingLabel={pendingLabel} className={buttonClassName}>
        {buttonLabel}
      </PendingButton>
    </form>
  );
}
