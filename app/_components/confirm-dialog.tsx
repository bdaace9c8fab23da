"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useState, type FormEvent, type ReactNode } from "react";
import { FormAlert } from "./form-status";

const tones = {
  danger: "rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60",
  default: "rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60",
} as const;

const cancelClass = "rounded border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100";

/**
 * The one way the app asks before doing something that is hard to undo or affects other people.
 * A button opens an alert dialog that says what will happen; focus starts on "Cancel", Escape cancels,
 * and the dialog stays open with the error when the action fails (so nothing is lost silently).
 * `onConfirm` resolves to whether it worked: true closes the dialog.
 * `children` adds fields the action needs (e.g. the reason for a disqualification); they sit in the
 * dialog's form, so Enter in a field confirms.
 */
export function ConfirmDialog({
  trigger,
  triggerClassName,
  triggerDisabled = false,
  title,
  description,
  confirmLabel,
  pendingLabel,
  cancelLabel = "Cancel",
  tone = "danger",
  onConfirm,
  error,
  onOpenChange,
  children,
}: {
  /** The button's content (give it a unique accessible name with an sr-only part when listed). */
  trigger: ReactNode;
  triggerClassName: string;
  triggerDisabled?: boolean;
  title: string;
  /** What will happen, who is affected and whether it can be undone. */
  description: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  cancelLabel?: string;
  tone?: keyof typeof tones;
  onConfirm: () => Promise<boolean>;
  /** The last failure of this action, shown inside the dialog. */
  error?: string | null | undefined;
  /** Told when the dialog opens or closes, e.g. to clear an old error. */
  onOpenChange?: (open: boolean) => void;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);

  function change(next: boolean) {
    if (pending) return;
    setOpen(next);
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

  return (
    <AlertDialog.Root open={open} onOpenChange={change}>
      <AlertDialog.Trigger className={triggerClassName} disabled={triggerDisabled}>
        {trigger}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl focus:outline-none">
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <AlertDialog.Title className="text-xl font-semibold">{title}</AlertDialog.Title>
            <AlertDialog.Description asChild>
              <div className="space-y-2 text-slate-800">{description}</div>
            </AlertDialog.Description>
            {children}
            <FormAlert message={error} />
            <div className="flex flex-wrap justify-end gap-3 pt-2">
              <AlertDialog.Cancel className={cancelClass} disabled={pending}>
                {cancelLabel}
              </AlertDialog.Cancel>
              <button type="submit" className={tones[tone]} disabled={pending}>
                {pending ? (pendingLabel ?? `${confirmLabel}…`) : confirmLabel}
              </button>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
