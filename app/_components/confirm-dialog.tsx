"use client";

import { lazy, Suspense, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { ConfirmTone } from "./confirm-dialog-content";
import { cancelMessage, type FormProblem } from "./form-errors";

const loadContent = () => import("./confirm-dialog-content");
const ConfirmDialogContent = lazy(loadContent);

/**
 * The one way the app asks before doing something that is hard to undo or affects other people.
 * A button opens an alert dialog that says what will happen; focus starts on "Cancel", Escape cancels,
 * and the dialog stays open with the error when the action fails (so nothing is lost silently).
 * `onConfirm` resolves to whether it worked: true closes the dialog.
 * `children` adds fields the action needs (e.g. the reason for a disqualification); they sit in the
 * dialog's form, so Enter in a field confirms.
 * The dialog's code is fetched when the button is first pointed at, focused or pressed.
 */
export function ConfirmDialog({
  trigger,
  triggerClassName,
  triggerDisabled = false,
  triggerDescribedBy,
  title,
  description,
  confirmLabel,
  pendingLabel,
  cancelLabel = cancelMessage,
  tone = "danger",
  onConfirm,
  problem,
  onOpenChange,
  children,
}: {
  /** The button's content (give it a unique accessible name with an sr-only part when listed). */
  trigger: ReactNode;
  triggerClassName: string;
  triggerDisabled?: boolean;
  /** The id of the text that says why the button is off and when it comes on (see capabilityNotice). */
  triggerDescribedBy?: string | undefined;
  title: string;
  /** What will happen, who is affected and whether it can be undone. */
  description: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  cancelLabel?: string;
  tone?: ConfirmTone;
  onConfirm: () => Promise<boolean>;
  /** The last failure of this action, shown inside the dialog (with a sign-in link if the session ended). */
  problem?: FormProblem | null | undefined;
  /** Told when the dialog opens or closes, e.g. to clear an old error. */
  onOpenChange?: (open: boolean) => void;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  // Kept mounted after the first opening, so Radix closes it and hands focus back to the button.
  const [used, setUsed] = useState(false);
  const [pending, setPending] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  function change(next: boolean) {
    if (pending) return;
    setOpen(next);
    if (next) setUsed(true);
    onOpenChange?.(next);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    let done = false;
    try {
      done = await onConfirm();
    } finally {
      setPending(false);
    }
    if (done) {
      setOpen(false);
      onOpenChange?.(false);
    }
  }

  const warm = () => void loadContent();
  return (
    <>
      <button
        ref={button}
        type="button"
        className={triggerClassName}
        disabled={triggerDisabled}
        aria-describedby={triggerDescribedBy}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => change(true)}
      >
        {trigger}
      </button>
      {used ? (
        <Suspense fallback={null}>
          <ConfirmDialogContent
            open={open}
            onOpenChange={change}
            returnFocusTo={button}
            title={title}
            description={description}
            confirmLabel={confirmLabel}
            pendingLabel={pendingLabel}
            cancelLabel={cancelLabel}
            tone={tone}
            pending={pending}
            onSubmit={(event) => void onSubmit(event)}
            problem={problem}
          >
            {children}
          </ConfirmDialogContent>
        </Suspense>
      ) : null}
    </>
  );
}
