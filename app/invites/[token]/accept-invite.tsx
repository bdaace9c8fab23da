"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { buttonClass } from "~/app/_components/field";
import { useFormProblem } from "~/app/_components/form-errors";
import { FormAlert } from "~/app/_components/form-status";
import { useTRPC } from "~/app/trpc/react";

export function AcceptInvite({ token, slug }: { token: string; slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.organisations.acceptInvite.mutationOptions());
  const { problem, attempt } = useFormProblem();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={accept.isPending}
        onClick={() =>
          void attempt(async () => {
            await accept.mutateAsync({ token });
            router.push(`/organisations/${slug}/manage`);
          })
        }
        className={buttonClass}
      >
        Accept invitation
      </button>
      <FormAlert message={problem?.message} />
    </div>
  );
}
