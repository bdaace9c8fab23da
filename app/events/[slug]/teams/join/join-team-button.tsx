"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass } from "~/app/_components/field";
import { problemFrom } from "~/app/_components/form-errors";
import { FormAlert } from "~/app/_components/form-status";
import { useTRPC } from "~/app/trpc/react";
import type { AppRouter } from "~/server/routers/_app";

// What each refusal means for someone holding a join link; anything else shows the server's message.
const messages: Record<string, string> = {
  TEAM_FULL: "Sorry, the team filled up just now. Ask the captain, or find another team.",
  PHASE_CLOSED: "Teams can't be changed any more: the submission deadline has passed.",
  CONSENT_REQUIRED: "Your guardian needs to give consent before you can join or create a team.",
  NOT_FOUND: "That code no longer works: the captain may have changed it. Ask them for the new one.",
};

export function JoinTeamButton({ eventId, slug, code }: { eventId: string; slug: string; code: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const join = useMutation(trpc.teams.joinByCode.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  async function onJoin() {
    setError(null);
    try {
      await join.mutateAsync({ eventId, code });
      router.push(`/events/${slug}/team`);
    } catch (e) {
      const domainCode =
        e instanceof TRPCClientError ? (e as TRPCClientError<AppRouter>).data?.domainCode : null;
      setError((domainCode ? messages[domainCode] : undefined) ?? problemFrom(e).message);
    }
  }

  return (
    <div className="space-y-2">
      <button type="button" onClick={() => void onJoin()} disabled={join.isPending} className={buttonClass}>
        {join.isPending ? "Joining…" : "Join team"}
      </button>
      <FormAlert message={error} />
    </div>
  );
}
