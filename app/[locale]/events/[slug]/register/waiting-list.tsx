"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { cardTitleClass } from "~/app/_components/text-styles";
import { useTRPC } from "~/app/trpc/react";
import { EXPERIENCE_LABELS, EXPERIENCE_LEVELS } from "~/server/registrations/labels";
import { waitingListSchemas } from "~/app/_components/lazy-schemas";

/** One of the person's places on a waiting list, with its time limit already written in the event's zone. */
export interface WaitingPlace {
  centreId: string;
  centreName: string;
  status: "WAITING" | "OFFERED";
  /** "3rd": where they are on the list (WAITING only). */
  position: string;
  /** When the place offered stops being kept (OFFERED only). */
  until: string | null;
}

/** Leaving one list (or turning down the place it offers), with its own problem shown beside it. */
function LeaveButton({ eventId, place }: { eventId: string; place: WaitingPlace }) {
  const trpc = useTRPC();
  const router = useRouter();
  const leave = useMutation(trpc.waitingList.leave.mutationOptions());
  const { problem, attempt, pending } = useFormProblem();
  const label = place.status === "OFFERED" ? "I don't want this place" : "Leave the waiting list";
  return (
    <div className="space-y-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={async () => {
          if (await attempt(() => leave.mutateAsync({ eventId, centreId: place.centreId }))) router.refresh();
        }}
      >
        {pending ? "Leaving…" : `${label}: ${place.centreName}`}
      </button>
      {problem ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {problem.message}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The person's places on waiting lists (their position, or the place kept for them and until when), and
 * a form to join the waiting list of a full centre.
 */
export function WaitingLists({
  eventId,
  places,
  fullCentres,
}: {
  eventId: string;
  places: WaitingPlace[];
  /** Full centres whose list they are not on. */
  fullCentres: { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const join = useMutation(trpc.waitingList.join.mutationOptions());
  const [values, setValues] = useState({ centreId: fullCentres[0]?.id ?? "", experience: "" });
  const [joined, setJoined] = useState<string | null>(null);
  const { problem, setProblem, attempt, pending } = useFormProblem();

  async function onJoin(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setJoined(null);
    const { joinWaitingListInput } = await waitingListSchemas();
    const checked = checkForm(joinWaitingListInput, values);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const data = checked.data;
    await attempt(async () => {
      const done = await join.mutateAsync({ eventId, ...data });
      setJoined(`You're on the waiting list. You're number ${done.position}.`);
      router.refresh();
    });
  }

  const errors = problem?.fields ?? {};
  return (
    <div className="space-y-4">
      {places.map((place) => (
        <section
          key={place.centreId}
          className={`space-y-3 ${cardClass}`}
          aria-label={`Waiting list: ${place.centreName}`}
        >
          {place.status === "OFFERED" ? (
            <>
              <h2 className={cardTitleClass}>A place at {place.centreName} is yours</h2>
              <p>
                We&apos;re keeping it for you until {place.until}. To take it, finish registering below and
                choose {place.centreName}. After that, it goes to the next person.
              </p>
            </>
          ) : (
            <>
              <h2 className={cardTitleClass}>You&apos;re on the waiting list for {place.centreName}</h2>
              <p>
                You&apos;re {place.position} in the queue. When a place comes free, we&apos;ll email you, and
                you&apos;ll have time to take it.
              </p>
            </>
          )}
          <LeaveButton eventId={eventId} place={place} />
        </section>
      ))}
      {fullCentres.length > 0 ? (
        <form
          onSubmit={onJoin}
          onFocus={() => void waitingListSchemas()}
          noValidate
          className={`space-y-4 ${cardClass}`}
        >
          <h2 className={cardTitleClass}>Is the centre you want full?</h2>
          <p>
            Join its waiting list. If a place comes free, we&apos;ll email you and keep it for you for a
            while.
          </p>
          <ErrorSummary
            problem={problem}
            labels={{ centreId: "Full centre", experience: "Your experience" }}
            anchors={{ centreId: "waitlist-centre", experience: "waitlist-experience" }}
          />
          {joined ? (
            <p role="status" className="font-medium text-green-800">
              {joined}
            </p>
          ) : null}
          <Field id="waitlist-centre" label="Full centre" errors={errors.centreId}>
            {(a) => (
              <select
                {...a}
                className={inputClass}
                value={values.centreId}
                onChange={(e) => setValues((v) => ({ ...v, centreId: e.target.value }))}
              >
                {fullCentres.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="waitlist-experience" label="Your experience" errors={errors.experience}>
            {(a) => (
              <select
                {...a}
                className={inputClass}
                value={values.experience}
                onChange={(e) => setValues((v) => ({ ...v, experience: e.target.value }))}
              >
                <option value="">Choose one</option>
                {EXPERIENCE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {EXPERIENCE_LABELS[level]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <PendingButton pending={pending} pendingLabel="Joining…">
            Join the waiting list
          </PendingButton>
        </form>
      ) : null}
    </div>
  );
}
