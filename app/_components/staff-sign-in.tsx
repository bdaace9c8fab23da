"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { rowButtonClass, rowPrimaryButtonClass } from "~/app/_components/button-styles";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** What the button says once done (the "StaffSignIn" messages), read by the page that renders it. */
export interface StaffSignInWords {
  signedIn: string;
  signedOut: string;
}

/**
 * Signs an adult who works at a centre in or out on site (themselves, or — with `userId` — someone a
 * lead signs in): counted against the event's ratio of vetted adults while in. `onDone` runs after a
 * change (the on-site panel refetches); the server-rendered page refreshes either way.
 */
export function StaffSignIn({
  eventId,
  centreId,
  userId,
  signedIn,
  label,
  words,
  onDone,
}: {
  eventId: string;
  centreId: string;
  userId?: string;
  signedIn: boolean;
  /** What the button says, e.g. "Sign in at Leeds Library" or "Sign Sam in". */
  label: string;
  words: StaffSignInWords;
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const signIn = useMutation(trpc.mentoring.signIn.mutationOptions());
  const signOut = useMutation(trpc.mentoring.signOut.mutationOptions());
  const action = usePageAction();
  const input = { eventId, centreId, ...(userId ? { userId } : {}) };
  return (
    <div className="space-y-1">
      <button
        type="button"
        className={signedIn ? rowButtonClass : rowPrimaryButtonClass}
        disabled={action.pending}
        onClick={() =>
          void action
            .run(
              () => (signedIn ? signOut : signIn).mutateAsync(input),
              signedIn ? words.signedOut : words.signedIn,
            )
            .then((ok) => {
              if (ok) onDone?.();
            })
        }
      >
        {label}
      </button>
      <ActionOutcome done={null} problem={action.problem} />
    </div>
  );
}
