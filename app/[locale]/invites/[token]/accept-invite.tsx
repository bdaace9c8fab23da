"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ActionProblem } from "~/app/_components/error-summary";
import { useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";

/** What the button says (the "Invite" messages, read by the page). */
export interface AcceptInviteWords {
  accept: string;
  accepting: string;
}

/** Accepts an invitation to an organisation, then goes to its page. */
export function AcceptInvite({
  token,
  slug,
  words,
}: {
  token: string;
  slug: string;
  words: AcceptInviteWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.organisations.acceptInvite.mutationOptions());
  const { problem, attempt, pending } = useFormProblem();
  return (
    <div className="space-y-2">
      <PendingButton
        type="button"
        pending={pending}
        pendingLabel={words.accepting}
        onClick={() =>
          void attempt(
            async () => {
              await accept.mutateAsync({ token });
              router.push(`/organisations/${slug}/manage`);
            },
            { keepPendingOnSuccess: true },
          )
        }
      >
        {words.accept}
      </PendingButton>
      <ActionProblem problem={problem} />
    </div>
  );
}
