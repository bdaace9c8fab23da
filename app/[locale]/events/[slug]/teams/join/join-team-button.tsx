"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ActionProblem } from "~/app/_components/error-summary";
import { useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";

/**
 * What the button says (the "JoinTeam" messages, read by the page), and what a refusal means for someone
 * holding a join link (teamFull, consentRequired, codeGone).
 */
export interface JoinTeamWords {
  join: string;
  joining: string;
  teamFull: string;
  consentRequired: string;
  codeGone: string;
}

/** Joins the team behind a join code, then goes to its page. */
export function JoinTeamButton({
  eventId,
  slug,
  code,
  words,
}: {
  eventId: string;
  slug: string;
  code: string;
  words: JoinTeamWords;
}) {
  // Refusals worded by their code; anything else shows the server's message (which says when teams open
  // or closed).
  const messages: Record<string, string> = {
    TEAM_FULL: words.teamFull,
    CONSENT_REQUIRED: words.consentRequired,
    NOT_FOUND: words.codeGone,
  };
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
      <PendingButton
        type="button"
        onClick={() => void onJoin()}
        pending={pending}
        pendingLabel={words.joining}
      >
        {words.join}
      </PendingButton>
      <ActionProblem problem={problem} />
    </div>
  );
}
