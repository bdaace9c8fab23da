"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import type { FormEvent, ReactNode, RefObject } from "react";
import { ActionProblem } from "./error-summary";
import type { FormProblem } from "./form-errors";
import { sectionTitleClass } from "./text-styles";
import { buttonClass, dangerButtonClass } from "./button-styles";

const tones = {
  danger: dangerButtonClass,
  default: buttonClass,
} as const;

export type ConfirmTone = keyof typeof tones;

const cancelClass = "rounded border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100";

/**
 * The dialog itself (Radix's accessible alert dialog: focus trapped inside, Cancel focused first, Escape
 * cancels, the page behind inert). Loaded only when a ConfirmDialog first opens, so pages do not carry
 * it in their first load.
 */
export default function ConfirmDialogContent({
  open,
  onOpenChange,
  returnFocusTo,
  title,
  description,
  confirmLabel,
  pendingLabel,
  cancelLabel,
  tone,
  pending,
  onSubmit,
  problem,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo: RefObject<HTMLButtonElement | null>;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string | undefined;
  cancelLabel: string;
  tone: ConfirmTone;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  problem: FormProblem | null | undefined;
  children: ReactNode;
}) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <AlertDialog.Content
          className="fixed top-1/2 left-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl focus:outline-none"
          onCloseAutoFocus={(event) => {
            // Back to the button that opened it (there is no Radix trigger: the button is ours).
            event.preventDefault();
            returnFocusTo.current?.focus();
          }}
        >
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <AlertDialog.Title className={sectionTitleClass}>{title}</AlertDialog.Title>
            <AlertDialog.Description asChild>
              <div className="space-y-2 text-slate-800">{description}</div>
            </AlertDialog.Description>
            {children}
            <ActionProblem problem={problem ?? null} />
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
