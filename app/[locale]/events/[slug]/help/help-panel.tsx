"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ActionProblem, ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { useFormProblem } from "~/app/_components/form-errors";
import { Notice } from "~/app/_components/notice";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { useTRPC } from "~/app/trpc/react";
import type { RouterOutputs } from "~/app/trpc/types";
import { MAX_HELP_DESCRIPTION } from "~/server/help/limits";
import { fillTemplate } from "~/server/i18n/labels";

/** How often an open page asks where the team's request stands. */
const REFRESH_MS = 10_000;

type TeamHelp = RouterOutputs["help"]["mine"];

interface Ids {
  eventId: string;
  teamId: string;
}

/**
 * What the panel says (the "HelpPanel" messages), read by the page. `resolved`, `waiting`, `askAt`,
 * `charactersLeft` and `charactersTooMany` are raw templates, filled in here with what the queue says.
 */
export interface HelpPanelWords {
  resolved: string;
  requestHeading: string;
  waiting: string;
  stayPut: string;
  updatesItself: string;
  about: string;
  whatYouNeed: string;
  whereYouSit: string;
  cancelling: string;
  cancelRequest: string;
  sortedIt: string;
  topic: string;
  description: string;
  location: string;
  askAt: string;
  chooseOne: string;
  descriptionHint: string;
  charactersLeft: string;
  charactersTooMany: string;
  locationHint: string;
  asking: string;
  ask: string;
}

/**
 * The team's side of the help queue: the form to ask, or the request it has open (its place in the
 * queue, or the mentor on the way) with a way to cancel it. Refreshed every 10 seconds.
 */
export function HelpPanel({
  eventId,
  teamId,
  noCentreMessage,
  words,
}: Ids & { noCentreMessage: string; words: HelpPanelWords }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(
    trpc.help.mine.queryOptions({ eventId, teamId }, { refetchInterval: REFRESH_MS }),
  );
  if (!data.centre) return <Notice>{noCentreMessage}</Notice>;
  if (data.open) return <OpenRequest eventId={eventId} teamId={teamId} request={data.open} words={words} />;
  return (
    <div className="space-y-4">
      {data.lastResolved ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {fillTemplate(words.resolved, {
            topic: data.lastResolved.topicLabel,
            time: data.lastResolved.resolvedAtLabel,
          })}
        </p>
      ) : null}
      <RaiseForm
        eventId={eventId}
        teamId={teamId}
        topics={data.topics}
        centreName={data.centre.name}
        words={words}
      />
    </div>
  );
}

function OpenRequest({
  eventId,
  teamId,
  request,
  words,
}: Ids & { request: NonNullable<TeamHelp["open"]>; words: HelpPanelWords }) {
  const trpc = useTRPC();
  const cancel = useMutation(trpc.help.cancel.mutationOptions());
  const { problem, attempt, pending } = useFormProblem();
  const claimed = request.status === "CLAIMED";
  return (
    <section aria-labelledby="request-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="request-heading" className={sectionTitleClass}>
        {words.requestHeading}
      </h2>
      <p className="text-xl font-bold text-slate-950" data-testid="help-status">
        <span role="status">{request.statusLabel}</span>
        {claimed ? null : <> {fillTemplate(words.waiting, { waiting: request.waitingLabel })}</>}
      </p>
      {claimed ? <p>{words.stayPut}</p> : <p className={mutedClass}>{words.updatesItself}</p>}
      <dl className="grid gap-x-4 sm:grid-cols-[auto_1fr] sm:gap-y-2">
        <dt className="text-sm font-semibold text-slate-600 sm:text-base">{words.about}</dt>
        <dd className="mb-2 sm:mb-0">{request.topicLabel}</dd>
        <dt className="text-sm font-semibold text-slate-600 sm:text-base">{words.whatYouNeed}</dt>
        <dd className="mb-2 break-words sm:mb-0">{request.description}</dd>
        <dt className="text-sm font-semibold text-slate-600 sm:text-base">{words.whereYouSit}</dt>
        <dd className="break-words">{request.location}</dd>
      </dl>
      <div className="space-y-2">
        <PendingButton
          type="button"
          pending={pending}
          pendingLabel={words.cancelling}
          className={secondaryButtonClass}
          onClick={() => void attempt(() => cancel.mutateAsync({ eventId, teamId, requestId: request.id }))}
        >
          {words.cancelRequest}
        </PendingButton>
        <p className={mutedClass}>{words.sortedIt}</p>
        <ActionProblem problem={problem} />
      </div>
    </section>
  );
}

const empty = { topic: "", description: "", location: "" };

function RaiseForm({
  eventId,
  teamId,
  topics,
  centreName,
  words,
}: Ids & { topics: TeamHelp["topics"]; centreName: string; words: HelpPanelWords }) {
  const trpc = useTRPC();
  const raise = useMutation(trpc.help.raise.mutationOptions());
  const [values, setValues] = useState(empty);
  const { problem, setProblem, attempt, pending } = useFormProblem();
  const left = MAX_HELP_DESCRIPTION - values.description.trim().length;
  const labels = { topic: words.topic, description: words.description, location: words.location };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Checked by the server alone (its field errors show here): this page stays light enough for a
    // phone on a busy venue's Wi-Fi without loading the form library.
    setProblem(null);
    await attempt(async () => {
      await raise.mutateAsync({ eventId, teamId, ...values } as Parameters<typeof raise.mutateAsync>[0]);
      setValues(empty);
    });
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="ask-heading"
      className={`space-y-4 ${cardClass}`}
    >
      <h2 id="ask-heading" className={sectionTitleClass}>
        {fillTemplate(words.askAt, { centre: centreName })}
      </h2>
      <ErrorSummary problem={problem} labels={labels} />
      <Field id="topic" label={labels.topic} errors={problem?.fields.topic}>
        {(a) => (
          <select
            {...a}
            className={inputClass}
            value={values.topic}
            onChange={(e) => setValues((v) => ({ ...v, topic: e.target.value }))}
          >
            <option value="">{words.chooseOne}</option>
            {topics.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="description"
        label={labels.description}
        hint={words.descriptionHint}
        errors={problem?.fields.description}
      >
        {(a) => (
          <>
            <textarea
              {...a}
              rows={3}
              className={inputClass}
              value={values.description}
              onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
            />
            <p className={`${mutedClass} ${left < 0 ? "font-medium text-red-700" : ""}`}>
              {left >= 0
                ? fillTemplate(words.charactersLeft, { count: left })
                : fillTemplate(words.charactersTooMany, { count: -left })}
            </p>
          </>
        )}
      </Field>
      <TextField
        id="location"
        label={labels.location}
        hint={words.locationHint}
        errors={problem?.fields.location}
        autoComplete="off"
        value={values.location}
        onChange={(location) => setValues((v) => ({ ...v, location }))}
      />
      <PendingButton pending={pending} pendingLabel={words.asking}>
        {words.ask}
      </PendingButton>
    </form>
  );
}
