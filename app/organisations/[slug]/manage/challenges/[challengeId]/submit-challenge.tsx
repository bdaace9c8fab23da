"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { problemFrom } from "~/app/_components/form-errors";
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
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={submit.isPending}
        onClick={() =>
          void submit
            .mutateAsync({ organisationId, challengeId })
            .then(() => router.refresh())
            .catch((e: unknown) => setError(problemFrom(e).message))
        }
        className="rounded bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800 disabled:opacity-60"
      >
        {submit.isPending ? "Submitting…" : "Submit for review"}
      </button>
      {error ? (
        <p role="alert" className="font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
