"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormProblem } from "~/app/_components/form-errors";
import { FormAlert } from "~/app/_components/form-status";
import { useTRPC } from "~/app/trpc/react";

export function SubmitChallenge({
  organisationId,
  challengeId,
}: {
  organisationId: string;
  challengeId: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const submit = useMutation(trpc.challenges.submit.mutationOptions());
  const { problem, attempt } = useFormProblem();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={submit.isPending}
        onClick={() =>
          void attempt(async () => {
            await submit.mutateAsync({ organisationId, challengeId });
            router.refresh();
          })
        }
        className="rounded bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800 disabled:opacity-60"
      >
        {submit.isPending ? "Submitting…" : "Submit for review"}
      </button>
      <FormAlert message={problem?.message} />
    </div>
  );
}
