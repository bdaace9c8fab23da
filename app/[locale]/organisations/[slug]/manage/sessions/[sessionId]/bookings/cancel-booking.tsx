"use client";

import { useMutation } from "@tanstack/react-query";
import { rowDangerButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What a booking's cancel button and its confirmation say (the "ClubBookings" messages,
 * cancelBookingWords): `cancelFor`, `cancelTitle`, the three bodies and `cancelled` are raw templates
 * with `{name}`.
 */
export interface CancelBookingWords {
  cancel: string;
  /** After `cancel`, for a screen reader: "for Sam". */
  cancelFor: string;
  cancelTitle: string;
  /** A place, with people waiting: the first of them gets it. */
  cancelPlaceBody: string;
  /** A place, with nobody waiting: it is free to book. */
  cancelPlaceFreeBody: string;
  /** A place on the waiting list: those behind move up. */
  cancelWaitingBody: string;
  yesCancel: string;
  keep: string;
  cancelling: string;
  cancelled: string;
}

/**
 * Cancels one booking at the organisation's club, after asking (directory.cancelBooking): the person
 * (or the guardian who booked) is emailed and a freed place goes to the first person waiting; the page
 * then shows the list afresh.
 */
export function CancelBooking({
  organisationId,
  bookingId,
  name,
  status,
  anyoneWaiting,
  words,
}: {
  organisationId: string;
  bookingId: string;
  /** The person as the list names them. */
  name: string;
  status: "BOOKED" | "WAITING";
  /** Whether anyone is on the waiting list (a freed place goes to the first of them). */
  anyoneWaiting: boolean;
  words: CancelBookingWords;
}) {
  const trpc = useTRPC();
  const cancel = useMutation(trpc.directory.cancelBooking.mutationOptions());
  const { problem, pending, run, reset } = usePageAction();
  const body =
    status === "WAITING"
      ? words.cancelWaitingBody
      : anyoneWaiting
        ? words.cancelPlaceBody
        : words.cancelPlaceFreeBody;
  return (
    <ConfirmDialog
      trigger={
        <>
          {words.cancel}
          <span className="sr-only"> {fillTemplate(words.cancelFor, { name })}</span>
        </>
      }
      triggerClassName={rowDangerButtonClass}
      triggerDisabled={pending}
      title={fillTemplate(words.cancelTitle, { name })}
      description={<p>{fillTemplate(body, { name })}</p>}
      confirmLabel={words.yesCancel}
      pendingLabel={words.cancelling}
      cancelLabel={words.keep}
      onConfirm={() =>
        run(() => cancel.mutateAsync({ organisationId, bookingId }), fillTemplate(words.cancelled, { name }))
      }
      problem={problem}
      onOpenChange={reset}
    />
  );
}
