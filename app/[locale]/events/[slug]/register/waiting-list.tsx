"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ErrorSummary, type ErrorSummaryWords } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { cardTitleClass } from "~/app/_components/text-styles";
import { useTRPC } from "~/app/trpc/react";
import { problemInPage, type ProblemWords } from "~/server/consent/problem-words";
import { fillTemplate } from "~/server/i18n/labels";
import { EXPERIENCE_LEVELS, type ExperienceLevel } from "~/server/registrations/labels";
import { waitingListSchemas } from "~/app/_components/lazy-schemas";

/**
 * One of the person's places on a waiting list, as the page words it in its language (waitingPlace,
 * server/registrations/form-messages.ts): where they are on the list, or the place kept for them and until
 * when, in the event's zone.
 */
export interface WaitingPlace {
  centreId: string;
  /** "Waiting list: Cardiff" (the section's name). */
  label: string;
  title: string;
  body: string;
  /** The button: "Leave the waiting list: Cardiff", or "I don't want this place: Cardiff". */
  leave: string;
}

/** What the waiting-list forms say, in the page's language (the "WaitingLists" messages). */
export interface WaitingListWords {
  leaving: string;
  joinTitle: string;
  joinBody: string;
  fullCentre: string;
  experience: string;
  chooseOne: string;
  join: string;
  joining: string;
  /** A template: "You're on the waiting list. You're number {position}." */
  joined: string;
}

/** Leaving one list (or turning down the place it offers), with its own problem shown beside it. */
function LeaveButton({
  eventId,
  place,
  leaving,
  problems,
}: {
  eventId: string;
  place: WaitingPlace;
  leaving: string;
  problems: ProblemWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const leave = useMutation(trpc.waitingList.leave.mutationOptions());
  const form = useFormProblem();
  const { attempt, pending } = form;
  const problem = form.problem && problemInPage(form.problem, problems);
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
        {pending ? leaving : place.leave}
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
 * a form to join the waiting list of a full centre. Its words come from the page in its language, with
 * each form's problems (English text → the page's language; empty in English).
 */
export function WaitingLists({
  eventId,
  places,
  fullCentres,
  words,
  levels,
  summaryWords,
  joinProblems,
  leaveProblems,
}: {
  eventId: string;
  places: WaitingPlace[];
  /** Full centres whose list they are not on. */
  fullCentres: { id: string; name: string }[];
  words: WaitingListWords;
  /** The experience levels' names. */
  levels: Record<ExperienceLevel, string>;
  /** The error summary's own words; undefined in English. */
  summaryWords: ErrorSummaryWords | undefined;
  joinProblems: ProblemWords;
  leaveProblems: ProblemWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const join = useMutation(trpc.waitingList.join.mutationOptions());
  const [values, setValues] = useState({ centreId: fullCentres[0]?.id ?? "", experience: "" });
  const [joined, setJoined] = useState<string | null>(null);
  const form = useFormProblem();
  const { setProblem, attempt, pending } = form;
  // Once per problem: a new object on every render would move focus to the summary on every keystroke.
  const problem = useMemo(
    () => form.problem && problemInPage(form.problem, joinProblems),
    [form.problem, joinProblems],
  );

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
      setJoined(fillTemplate(words.joined, { position: done.position }));
      router.refresh();
    });
  }

  const errors = problem?.fields ?? {};
  return (
    <div className="space-y-4">
      {places.map((place) => (
        <section key={place.centreId} className={`space-y-3 ${cardClass}`} aria-label={place.label}>
          <h2 className={cardTitleClass}>{place.title}</h2>
          <p>{place.body}</p>
          <LeaveButton eventId={eventId} place={place} leaving={words.leaving} problems={leaveProblems} />
        </section>
      ))}
      {fullCentres.length > 0 ? (
        <form
          onSubmit={onJoin}
          onFocus={() => void waitingListSchemas()}
          noValidate
          className={`space-y-4 ${cardClass}`}
        >
          <h2 className={cardTitleClass}>{words.joinTitle}</h2>
          <p>{words.joinBody}</p>
          <ErrorSummary
            problem={problem}
            labels={{ centreId: words.fullCentre, experience: words.experience }}
            anchors={{ centreId: "waitlist-centre", experience: "waitlist-experience" }}
            words={summaryWords}
          />
          {joined ? (
            <p role="status" className="font-medium text-green-800">
              {joined}
            </p>
          ) : null}
          <Field id="waitlist-centre" label={words.fullCentre} errors={errors.centreId}>
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
          <Field id="waitlist-experience" label={words.experience} errors={errors.experience}>
            {(a) => (
              <select
                {...a}
                className={inputClass}
                value={values.experience}
                onChange={(e) => setValues((v) => ({ ...v, experience: e.target.value }))}
              >
                <option value="">{words.chooseOne}</option>
                {EXPERIENCE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {levels[level]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <PendingButton pending={pending} pendingLabel={words.joining}>
            {words.join}
          </PendingButton>
        </form>
      ) : null}
    </div>
  );
}
