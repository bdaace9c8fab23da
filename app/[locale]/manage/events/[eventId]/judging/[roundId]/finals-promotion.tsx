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
import { promoteByHandInput, promoteTopInput } from "~/server/judging/schema";
import { usePageAction } from "~/app/_components/use-page-action";

type SourceRound = { id: string; name: string };

function RoundSelect({
  id,
  label,
  rounds,
  value,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  rounds: SourceRound[];
  value: string;
  errors: string[] | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} errors={errors}>
      {(a) => (
        <select {...a} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose…</option>
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
function PromoteTop({ roundId, rounds }: { roundId: string; rounds: SourceRound[] }) {
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
    }, "Promoted from that round's results.");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={{ fromRoundId: "From round", count: "How many" }}
        idPrefix="promote-top-"
      />
      <FormStatus
        message={
          done && added !== null
            ? `${done} ${added === 1 ? "1 entry" : `${added} entries`} added (any already in the finals stay as they were).`
            : done
        }
      />
      {tie ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          The last entry promoted and the next one had the same score: only the tie-break separated them.
          Decide whether the next one goes through too, and promote it by hand below if so.
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <RoundSelect
          id="promote-top-fromRoundId"
          label="From round"
          rounds={rounds}
          value={values.fromRoundId}
          errors={problem?.fields.fromRoundId}
          onChange={(fromRoundId) => setValues((v) => ({ ...v, fromRoundId }))}
        />
        <TextField
          id="promote-top-count"
          label="How many"
          hint="The best by that round's results; entries already here stay."
          errors={problem?.fields.count}
          inputMode="numeric"
          autoComplete="off"
          value={values.count}
          onChange={(count) => setValues((v) => ({ ...v, count }))}
        />
      </div>
      <PendingButton pending={pending} pendingLabel="Promoting…" className={buttonClass}>
        Promote the top {values.count.trim() || "N"}
      </PendingButton>
    </form>
  );
}

/** Brings one project into the finals by hand, picked from another round's entries, with a reason. */
function PromoteByHand({
  roundId,
  rounds,
  alreadyIn,
}: {
  roundId: string;
  rounds: SourceRound[];
  alreadyIn: string[];
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
      candidates.find((e) => e.submissionId === checked.data.submissionId)?.title ?? "The project";
    if (await run(() => promote.mutateAsync(checked.data), `${title} is in the finals.`)) {
      setValues({ submissionId: "", reason: "" });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={{ submissionId: "Project", reason: "Reason" }}
        idPrefix="promote-hand-"
      />
      <FormStatus message={done} />
      <div className="grid gap-3 sm:grid-cols-2">
        <RoundSelect
          id="promote-hand-from"
          label="Entries of round"
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
          label="Project"
          hint={
            from === ""
              ? "Choose a round first."
              : source.isPending
                ? "Loading that round's entries…"
                : source.isError
                  ? "We couldn't load that round's entries. Try again."
                  : candidates.length === 0
                    ? "Every entry of that round is already in the finals."
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
              <option value="">Choose…</option>
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
        label="Reason"
        hint="Recorded with the entry, e.g. “tied at the cut-off; the panel chose to take both”."
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
      <PendingButton pending={pending} pendingLabel="Promoting…" className={secondaryButtonClass}>
        Promote by hand
      </PendingButton>
    </form>
  );
}

/** How entries reach a finals round: the top of an earlier round, or one by one with a reason. */
export function FinalsPromotion({
  roundId,
  rounds,
  alreadyIn,
}: {
  roundId: string;
  rounds: SourceRound[];
  alreadyIn: string[];
}) {
  if (rounds.length === 0) return <p>The event has no other round to promote entries from yet.</p>;
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h3 className={cardTitleClass}>Promote the top entries</h3>
        <p>The round you promote from must be closed, so its order is final.</p>
        <PromoteTop roundId={roundId} rounds={rounds} />
      </div>
      <div className="space-y-3">
        <h3 className={cardTitleClass}>Promote by hand</h3>
        <PromoteByHand roundId={roundId} rounds={rounds} alreadyIn={alreadyIn} />
      </div>
    </div>
  );
}
