"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "~/app/_components/badge";
import { rowDangerButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { Field, inputClass } from "~/app/_components/field";
import { mutedClass } from "~/app/_components/text-styles";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

export interface UpdateRowItem {
  id: string;
  label: string;
  text: string;
  url: string | null;
  /** Null while it is public; the reason once hidden. */
  hiddenReason: string | null;
  projectTitle: string;
  teamName: string;
}

/** One team's update, with Hide (and the reason asked for in the confirmation). */
export function UpdateRow({ eventId, update }: { eventId: string; update: UpdateRowItem }) {
  const trpc = useTRPC();
  const hide = useMutation(trpc.next.hideUpdate.mutationOptions());
  const action = usePageAction();
  const [reason, setReason] = useState("");
  return (
    <li className="space-y-1 p-4" data-testid="next-update">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{update.projectTitle}</span>
        <span className={mutedClass}>by {update.teamName}</span>
        <Badge tone={update.hiddenReason === null ? "info" : "warning"}>
          {update.hiddenReason === null ? update.label : "Hidden"}
        </Badge>
      </p>
      <p className="break-words">{update.text}</p>
      {update.url ? <p className="text-sm break-all text-slate-700">{update.url}</p> : null}
      {update.hiddenReason !== null ? (
        <p className={mutedClass}>Hidden: {update.hiddenReason}</p>
      ) : (
        <ConfirmDialog
          trigger={
            <>
              Hide<span className="sr-only"> the update on {update.projectTitle}</span>
            </>
          }
          triggerClassName={rowDangerButtonClass}
          triggerDisabled={action.pending}
          title="Hide this update from the public page?"
          description={
            <Field
              id={`hide-${update.id}-reason`}
              label="Why (the team reads this)"
              errors={action.problem?.fields.reason}
            >
              {(a) => (
                <input
                  {...a}
                  className={inputClass}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              )}
            </Field>
          }
          confirmLabel="Hide it"
          pendingLabel="Hiding…"
          onConfirm={() =>
            action.run(() => hide.mutateAsync({ eventId, updateId: update.id, reason }), "Hidden.")
          }
          problem={action.problem}
          onOpenChange={action.reset}
        />
      )}
    </li>
  );
}
