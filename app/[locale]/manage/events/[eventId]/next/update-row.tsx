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
import { fillTemplate } from "~/server/i18n/labels";

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

/**
 * What an update's row says (the "ManageNext" messages, read by the page). `byTeam`, `hiddenBecause` and
 * `hideWhich` are raw templates filled in here.
 */
export interface UpdateRowWords {
  byTeam: string;
  hidden: string;
  hiddenBecause: string;
  hide: string;
  hideWhich: string;
  hideTitle: string;
  why: string;
  hideConfirm: string;
  hiding: string;
  hiddenDone: string;
}

/** One team's update, with Hide (and the reason asked for in the confirmation). */
export function UpdateRow({
  eventId,
  update,
  words,
}: {
  eventId: string;
  update: UpdateRowItem;
  words: UpdateRowWords;
}) {
  const trpc = useTRPC();
  const hide = useMutation(trpc.next.hideUpdate.mutationOptions());
  const action = usePageAction();
  const [reason, setReason] = useState("");
  return (
    <li className="space-y-1 p-4" data-testid="next-update">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{update.projectTitle}</span>
        <span className={mutedClass}>{fillTemplate(words.byTeam, { team: update.teamName })}</span>
        <Badge tone={update.hiddenReason === null ? "info" : "warning"}>
          {update.hiddenReason === null ? update.label : words.hidden}
        </Badge>
      </p>
      <p className="break-words">{update.text}</p>
      {update.url ? <p className="text-sm break-all text-slate-700">{update.url}</p> : null}
      {update.hiddenReason !== null ? (
        <p className={mutedClass}>{fillTemplate(words.hiddenBecause, { reason: update.hiddenReason })}</p>
      ) : (
        <ConfirmDialog
          trigger={
            <>
              {words.hide}
              <span className="sr-only">
                {" "}
                {fillTemplate(words.hideWhich, { project: update.projectTitle })}
              </span>
            </>
          }
          triggerClassName={rowDangerButtonClass}
          triggerDisabled={action.pending}
          title={words.hideTitle}
          description={
            <Field id={`hide-${update.id}-reason`} label={words.why} errors={action.problem?.fields.reason}>
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
          confirmLabel={words.hideConfirm}
          pendingLabel={words.hiding}
          onConfirm={() =>
            action.run(() => hide.mutateAsync({ eventId, updateId: update.id, reason }), words.hiddenDone)
          }
          problem={action.problem}
          onOpenChange={action.reset}
        />
      )}
    </li>
  );
}
