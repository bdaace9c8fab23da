"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ActionProblem } from "~/app/_components/error-summary";
import { useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";

// What a refusal means for someone holding a join link; anything else shows the server's message
// (which says when teams open or closed).
const messages: Record<string, string> = {
  TEAM_FULL: "Sorry, the team filled up just now. Ask the captain, or find another team.",
  CONSENT_REQUIRED: "Your guardian needs to give consent before you can join or create a team.",
  NOT_FOUND: "That code no longer works: the captain may have changed it. Ask them for the new one.",
};

/** Joins the team behind a join code, then goes to its page. */
export function JoinTeamButton({ eventId, slug, code }: { eventId: string; slug: string; code: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const join = useMutation(trpc.teams.joinByCode.mutationOptions());
  const { problem, attempt, pending } = useFormProblem();

  async function onJoin() {
    await attempt(
      async () => {
        await join.mutateAsync({ eventId, code });
        router.push(`/events/${slug}/team`);
      },
      { keepPendingOnSuccess: true, domainMessages: messages },
    );
  }

  return (
    <div className="space-y-2">
      <PendingButton type="button" onClick={() => void onJoin()} pending={pending} pendingLabel="Joining…">
        Join team
      </PendingButton>
      <ActionProblem problem={problem} />
    </div>
  );
}
