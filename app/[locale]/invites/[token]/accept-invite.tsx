"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ActionProblem } from "~/app/_components/error-summary";
import { useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";

/** Accepts an invitation to an organisation, then goes to its page. */
export function AcceptInvite({ token, slug }: { token: string; slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.organisations.acceptInvite.mutationOptions());
  const { problem, attempt, pending } = useFormProblem();
  return (
    <div className="space-y-2">
      <PendingButton
        type="button"
        pending={pending}
        pendingLabel="Accepting…"
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
        Accept invitation
      </PendingButton>
      <ActionProblem problem={problem} />
    </div>
  );
}
