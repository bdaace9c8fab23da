"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { problemFrom } from "~/app/_components/form-errors";
import { useTRPC } from "~/app/trpc/react";

export function AcceptInvite({ token, slug }: { token: string; slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.organisations.acceptInvite.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={accept.isPending}
        onClick={() =>
          void accept
            .mutateAsync({ token })
            .then(() => router.push(`/organisations/${slug}/manage`))
            .catch((e: unknown) => setError(problemFrom(e).message))
        }
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        Accept invitation
      </button>
      {error ? (
        <p role="alert" className="font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
