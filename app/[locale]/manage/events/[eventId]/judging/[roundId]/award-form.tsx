"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { buttonClass } from "~/app/_components/button-styles";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { TextField } from "~/app/_components/text-field";
import { checkForm } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";
import { AWARD_KIND_LABELS, AWARD_KINDS, awardInput } from "~/server/judging/schema";
import { usePageAction } from "~/app/_components/use-page-action";

type Kind = (typeof AWARD_KINDS)[number];

const EMPTY = { kind: "" as Kind | "", name: "", place: "", division: "", note: "" };

/** What the form says (the "AwardForm" messages), read by the round page. */
export interface AwardFormWords {
  kind: string;
  name: string;
  place: string;
  division: string;
  note: string;
  /** "Added “{name}”. …", filled in the browser. */
  added: string;
  choose: string;
  nameHint: string;
  placeHint: string;
  divisionHint: string;
  noteHint: string;
  adding: string;
  add: string;
}

/**
 * Adds an award to the round, checked in the browser with the server's own schema (every problem at
 * once). A challenge's prize is offered only in a challenge's round, where it belongs.
 */
export function AwardForm({
  roundId,
  challengeRound,
  words,
}: {
  roundId: string;
  challengeRound: boolean;
  words: AwardFormWords;
}) {
  const trpc = useTRPC();
  const create = useMutation(trpc.judging.createAward.mutationOptions());
  const [values, setValues] = useState(EMPTY);
  const { problem, setProblem, pending, done, run } = usePageAction();
  const kinds = AWARD_KINDS.filter((k) => k !== "CHALLENGE" || challengeRound);
  const labels = {
    kind: words.kind,
    name: words.name,
    place: words.place,
    division: words.division,
    note: words.note,
  };
  const set = (name: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(awardInput, {
      roundId,
      kind: values.kind,
      name: values.name,
      // Only the kind's own detail is sent, so a place typed before switching kinds never sticks.
      place: values.kind === "OVERALL" && values.place.trim() !== "" ? values.place : null,
      division: values.kind === "DIVISION" ? values.division : null,
      note: values.note,
    });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const name = checked.data.name;
    if (await run(() => create.mutateAsync(checked.data), fillTemplate(words.added, { name }))) {
      setValues(EMPTY);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary problem={problem} labels={labels} idPrefix="award-" />
      <FormStatus message={done} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="award-kind" label={labels.kind} errors={problem?.fields.kind}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.kind}
              onChange={(e) => set("kind")(e.target.value)}
            >
              <option value="">{words.choose}</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {AWARD_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="award-name" label={labels.name} hint={words.nameHint} errors={problem?.fields.name}>
          {(a) => (
            <input
              {...a}
              autoComplete="off"
              className={inputClass}
              value={values.name}
              onChange={(e) => set("name")(e.target.value)}
            />
          )}
        </Field>
        {values.kind === "OVERALL" ? (
          <TextField
            id="award-place"
            label={labels.place}
            hint={words.placeHint}
            errors={problem?.fields.place}
            inputMode="numeric"
            autoComplete="off"
            value={values.place}
            onChange={set("place")}
          />
        ) : null}
        {values.kind === "DIVISION" ? (
          <Field
            id="award-division"
            label={labels.division}
            hint={words.divisionHint}
            errors={problem?.fields.division}
          >
            {(a) => (
              <input
                {...a}
                autoComplete="off"
                className={inputClass}
                value={values.division}
                onChange={(e) => set("division")(e.target.value)}
              />
            )}
          </Field>
        ) : null}
      </div>
      <Field id="award-note" label={labels.note} hint={words.noteHint} errors={problem?.fields.note}>
        {(a) => (
          <textarea
            {...a}
            rows={2}
            className={inputClass}
            value={values.note}
            onChange={(e) => set("note")(e.target.value)}
          />
        )}
      </Field>
      <PendingButton pending={pending} pendingLabel={words.adding} className={buttonClass}>
        {words.add}
      </PendingButton>
    </form>
  );
}
