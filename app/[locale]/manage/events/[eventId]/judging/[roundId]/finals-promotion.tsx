"use client";

import { skipToken, useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { TextField } from "~/app/_components/text-field";
import { checkForm } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { cardTitleClass } from "~/app/_components/text-styles";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";
import { promoteByHandInput, promoteTopInput } from "~/server/judging/schema";
import { usePageAction } from "~/app/_components/use-page-action";

type SourceRound = { id: string; name: string };

/**
 * What the promotion forms say (the "FinalsPromotion" messages), read by the round page. Templates filled
 * in the browser: addedOne and addedOther (`{done}`, `{added}`), promoteTop (`{count}`), inFinals (`{title}`).
 */
export interface FinalsPromotionWords {
  choose: string;
  fromRound: string;
  howMany: string;
  promoted: string;
  addedOne: string;
  addedOther: string;
  tie: string;
  howManyHint: string;
  promoting: string;
  promoteTop: string;
  promoteTopN: string;
  theProject: string;
  inFinals: string;
  project: string;
  reason: string;
  entriesOfRound: string;
  chooseRoundFirst: string;
  loading: string;
  loadFailed: string;
  allIn: string;
  reasonHint: string;
  promoteByHand: string;
  noRounds: string;
  promoteTopHeading: string;
  mustBeClosed: string;
}

function RoundSelect({
  id,
  label,
  rounds,
  value,
  errors,
  onChange,
  choose,
}: {
  id: string;
  label: string;
  rounds: SourceRound[];
  value: string;
  errors: string[] | undefined;
  onChange: (value: string) => void;
  choose: string;
}) {
  return (
    <Field id={id} label={label} errors={errors}>
      {(a) => (
        <select {...a} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{choose}</option>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Brings the top N entries of an earlier, closed round into this finals round. */
function PromoteTop({
  roundId,
  rounds,
  words,
}: {
  roundId: string;
  rounds: SourceRound[];
  words: FinalsPromotionWords;
}) {
  const trpc = useTRPC();
  const promote = useMutation(trpc.judging.promoteTop.mutationOptions());
  const [values, setValues] = useState({ fromRoundId: "", count: "3" });
  const [tie, setTie] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  const { problem, setProblem, pending, done, run } = usePageAction();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTie(false);
    setAdded(null);
    const checked = checkForm(promoteTopInput, { roundId, ...values });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    await run(async () => {
      const answer = await promote.mutateAsync(checked.data);
      setAdded(answer.promoted);
      setTie(answer.tieAtCutOff);
    }, words.promoted);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={{ fromRoundId: words.fromRound, count: words.howMany }}
        idPrefix="promote-top-"
      />
      <FormStatus
        message={
          done && added !== null
            ? fillTemplate(added === 1 ? words.addedOne : words.addedOther, { done, added })
            : done
        }
      />
      {tie ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {words.tie}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <RoundSelect
          id="promote-top-fromRoundId"
          label={words.fromRound}
          choose={words.choose}
          rounds={rounds}
          value={values.fromRoundId}
          errors={problem?.fields.fromRoundId}
          onChange={(fromRoundId) => setValues((v) => ({ ...v, fromRoundId }))}
        />
        <TextField
          id="promote-top-count"
          label={words.howMany}
          hint={words.howManyHint}
          errors={problem?.fields.count}
          inputMode="numeric"
          autoComplete="off"
          value={values.count}
          onChange={(count) => setValues((v) => ({ ...v, count }))}
        />
      </div>
      <PendingButton pending={pending} pendingLabel={words.promoting} className={buttonClass}>
        {values.count.trim()
          ? fillTemplate(words.promoteTop, { count: values.count.trim() })
          : words.promoteTopN}
      </PendingButton>
    </form>
  );
}

/** Brings one project into the finals by hand, picked from another round's entries, with a reason. */
function PromoteByHand({
  roundId,
  rounds,
  alreadyIn,
  words,
}: {
  roundId: string;
  rounds: SourceRound[];
  alreadyIn: string[];
  words: FinalsPromotionWords;
}) {
  const trpc = useTRPC();
  const promote = useMutation(trpc.judging.promoteByHand.mutationOptions());
  const [from, setFrom] = useState("");
  const [values, setValues] = useState({ submissionId: "", reason: "" });
  const { problem, setProblem, pending, done, run } = usePageAction();
  const source = useQuery(trpc.judging.round.queryOptions(from ? { roundId: from } : skipToken));
  const candidates = (source.data?.entries ?? []).filter((e) => !alreadyIn.includes(e.submissionId));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(promoteByHandInput, { roundId, ...values });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const title =
      candidates.find((e) => e.submissionId === checked.data.submissionId)?.title ?? words.theProject;
    if (await run(() => promote.mutateAsync(checked.data), fillTemplate(words.inFinals, { title }))) {
      setValues({ submissionId: "", reason: "" });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={{ submissionId: words.project, reason: words.reason }}
        idPrefix="promote-hand-"
      />
      <FormStatus message={done} />
      <div className="grid gap-3 sm:grid-cols-2">
        <RoundSelect
          id="promote-hand-from"
          label={words.entriesOfRound}
          choose={words.choose}
          rounds={rounds}
          value={from}
          errors={undefined}
          onChange={(next) => {
            setFrom(next);
            setValues((v) => ({ ...v, submissionId: "" }));
          }}
        />
        <Field
          id="promote-hand-submissionId"
          label={words.project}
          hint={
            from === ""
              ? words.chooseRoundFirst
              : source.isPending
                ? words.loading
                : source.isError
                  ? words.loadFailed
                  : candidates.length === 0
                    ? words.allIn
                    : undefined
          }
          errors={problem?.fields.submissionId}
        >
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.submissionId}
              disabled={candidates.length === 0}
              onChange={(e) => setValues((v) => ({ ...v, submissionId: e.target.value }))}
            >
              <option value="">{words.choose}</option>
              {candidates.map((e) => (
                <option key={e.submissionId} value={e.submissionId}>
                  {e.title} ({e.team})
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        id="promote-hand-reason"
        label={words.reason}
        hint={words.reasonHint}
        errors={problem?.fields.reason}
      >
        {(a) => (
          <input
            {...a}
            autoComplete="off"
            className={inputClass}
            value={values.reason}
            onChange={(e) => setValues((v) => ({ ...v, reason: e.target.value }))}
          />
        )}
      </Field>
      <PendingButton pending={pending} pendingLabel={words.promoting} className={secondaryButtonClass}>
        {words.promoteByHand}
      </PendingButton>
    </form>
  );
}

/** How entries reach a finals round: the top of an earlier round, or one by one with a reason. */
export function FinalsPromotion({
  roundId,
  rounds,
  alreadyIn,
  words,
}: {
  roundId: string;
  rounds: SourceRound[];
  alreadyIn: string[];
  words: FinalsPromotionWords;
}) {
  if (rounds.length === 0) return <p>{words.noRounds}</p>;
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h3 className={cardTitleClass}>{words.promoteTopHeading}</h3>
        <p>{words.mustBeClosed}</p>
        <PromoteTop roundId={roundId} rounds={rounds} words={words} />
      </div>
      <div className="space-y-3">
        <h3 className={cardTitleClass}>{words.promoteByHand}</h3>
        <PromoteByHand roundId={roundId} rounds={rounds} alreadyIn={alreadyIn} words={words} />
      </div>
    </div>
  );
}
