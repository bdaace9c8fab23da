"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { rowButtonClass, rowPrimaryButtonClass } from "~/app/_components/button-styles";
import { Field, inputClass } from "~/app/_components/field";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** What OfferDecision says (the "MentorOfferDecision" messages, the person's name filled in by the page). */
export interface OfferDecisionWords {
  where: string;
  chooseCentre: string;
  accept: string;
  accepted: string;
  decline: string;
  declined: string;
}

/** Accept an offer (at the centre chosen) or decline it. */
export function OfferDecision({
  eventId,
  offerId,
  centres,
  offeredCentreId,
  words,
}: {
  eventId: string;
  offerId: string;
  centres: { id: string; name: string }[];
  offeredCentreId: string | null;
  words: OfferDecisionWords;
}) {
  const trpc = useTRPC();
  const decide = useMutation(trpc.mentoring.decideOffer.mutationOptions());
  const action = usePageAction();
  const [centreId, setCentreId] = useState(offeredCentreId ?? "");
  const id = `centre-${offerId}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48">
          <Field id={id} label={words.where} errors={action.problem?.fields.centreId}>
            {(a) => (
              <select
                {...a}
                className={inputClass}
                value={centreId}
                onChange={(e) => setCentreId(e.target.value)}
              >
                <option value="">{words.chooseCentre}</option>
                {centres.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button
          type="button"
          className={rowPrimaryButtonClass}
          disabled={action.pending}
          onClick={() =>
            void action.run(
              () => decide.mutateAsync({ eventId, offerId, decision: "ACCEPT", centreId }),
              words.accepted,
            )
          }
        >
          {words.accept}
        </button>
        <button
          type="button"
          className={rowButtonClass}
          disabled={action.pending}
          onClick={() =>
            void action.run(
              () => decide.mutateAsync({ eventId, offerId, decision: "DECLINE" }),
              words.declined,
            )
          }
        >
          {words.decline}
        </button>
      </div>
      <ActionOutcome done={action.done} problem={action.problem?.fields.centreId ? null : action.problem} />
    </div>
  );
}
