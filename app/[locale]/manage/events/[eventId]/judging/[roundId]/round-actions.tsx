"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import {
  buttonClass,
  rowButtonClass,
  rowPrimaryButtonClass,
  secondaryButtonClass,
  successButtonClass,
} from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ActionProblem, ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { Notice } from "~/app/_components/notice";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { inviteJudgeInput } from "~/server/judging/schema";
import { usePageAction } from "~/app/_components/use-page-action";

type RoundStatus = "DRAFT" | "OPEN" | "CLOSED" | "PUBLISHED";

interface Move {
  to: "OPEN" | "CLOSED" | "PUBLISHED";
  label: string;
  title: string;
  description: ReactNode;
  done: string;
  tone: "default" | "danger";
  className: string;
}

/** The moves offered from each status, the usual next step first. */
const MOVES: Record<RoundStatus, Move[]> = {
  DRAFT: [
    {
      to: "OPEN",
      label: "Open for scoring",
      title: "Open the round for scoring?",
      description: (
        <p>
          Judges who accepted can score their entries straight away (within the round&apos;s times, if it has
          any). Once the first score is in, the criteria and scale can no longer change.
        </p>
      ),
      done: "The round is open: judges can score.",
      tone: "default",
      className: buttonClass,
    },
  ],
  OPEN: [
    {
      to: "CLOSED",
      label: "Close",
      title: "Close the round?",
      description: (
        <p>
          Judges can no longer score or change their scores. You can reopen it later to let them finish or
          correct.
        </p>
      ),
      done: "The round is closed. Check the results, then publish them.",
      tone: "default",
      className: buttonClass,
    },
  ],
  CLOSED: [
    {
      to: "PUBLISHED",
      label: "Publish results",
      title: "Publish the results?",
      description: (
        <p>
          The results become final and can be shown to teams. You can unpublish them if you find a mistake.
        </p>
      ),
      done: "The results are published.",
      tone: "default",
      className: successButtonClass,
    },
    {
      to: "OPEN",
      label: "Reopen",
      title: "Reopen the round for scoring?",
      description: <p>Judges can score and change their scores again until you close it.</p>,
      done: "The round is open again: judges can score.",
      tone: "default",
      className: secondaryButtonClass,
    },
  ],
  PUBLISHED: [
    {
      to: "CLOSED",
      label: "Unpublish",
      title: "Unpublish the results?",
      description: (
        <p>The results are hidden again and the round goes back to closed. You can publish it again later.</p>
      ),
      done: "The results are unpublished; the round is closed.",
      tone: "danger",
      className: secondaryButtonClass,
    },
  ],
};

/** The round's next steps, each after a confirmation that says what it does. */
export function StatusActions({
  roundId,
  status,
  released,
}: {
  roundId: string;
  status: RoundStatus;
  /** Whether judges have been shown their entries: opening needs it. */
  released: boolean;
}) {
  const trpc = useTRPC();
  const move = useMutation(trpc.judging.move.mutationOptions());
  const { problem, pending, done, run, reset } = usePageAction();
  const blocked = status === "DRAFT" && !released;
  return (
    <div className="space-y-3">
      {blocked ? (
        <Notice id="open-blocked">
          Opening needs a released assignment: invite judges, assign them under Assignment and release it to
          them first.
        </Notice>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {MOVES[status].map((m) => (
          <ConfirmDialog
            key={m.to}
            trigger={m.label}
            triggerClassName={m.className}
            triggerDisabled={pending || blocked}
            triggerDescribedBy={blocked ? "open-blocked" : undefined}
            title={m.title}
            description={m.description}
            confirmLabel={m.label}
            pendingLabel="Saving…"
            tone={m.tone}
            onConfirm={() => run(() => move.mutateAsync({ roundId, to: m.to }), m.done)}
            problem={problem}
            onOpenChange={reset}
          />
        ))}
      </div>
      <FormStatus message={done} />
    </div>
  );
}

/** Invites a judge by email, with an optional affiliation (kept away from teams that share it). */
export function InviteJudgeForm({ roundId }: { roundId: string }) {
  const trpc = useTRPC();
  const invite = useMutation(trpc.judging.inviteJudge.mutationOptions());
  const [values, setValues] = useState({ email: "", affiliation: "" });
  const { problem, setProblem, pending, done, run } = usePageAction();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(inviteJudgeInput, { roundId, ...values });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const email = checked.data.email;
    if (await run(() => invite.mutateAsync(checked.data), `Invited ${email}. They have been emailed.`)) {
      setValues({ email: "", affiliation: "" });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={{ email: "Email address", affiliation: "Affiliation" }}
        idPrefix="invite-"
      />
      <FormStatus message={done} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="invite-email" label="Email address" errors={problem?.fields.email}>
          {(a) => (
            <input
              {...a}
              type="email"
              autoComplete="off"
              className={inputClass}
              value={values.email}
              onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))}
            />
          )}
        </Field>
        <Field
          id="invite-affiliation"
          label="Affiliation (optional)"
          hint="Their school, club or employer: they are not given teams that share it."
          errors={problem?.fields.affiliation}
        >
          {(a) => (
            <input
              {...a}
              className={inputClass}
              value={values.affiliation}
              onChange={(e) => setValues((v) => ({ ...v, affiliation: e.target.value }))}
            />
          )}
        </Field>
      </div>
      <PendingButton pending={pending} pendingLabel="Inviting…" className={buttonClass}>
        Invite judge
      </PendingButton>
    </form>
  );
}

/** Takes a judge out of the round, after a confirmation. */
export function RemoveJudge({ roundId, judgeId, name }: { roundId: string; judgeId: string; name: string }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.judging.removeJudge.mutationOptions());
  const { problem, pending, run, reset } = usePageAction();
  return (
    <ConfirmDialog
      trigger={
        <>
          Remove<span className="sr-only"> {name}</span>
        </>
      }
      triggerClassName={rowButtonClass}
      triggerDisabled={pending}
      title={`Remove ${name} from this round?`}
      description={
        <p>
          Their entries that are not scored yet go back to be assigned again; what they already scored stays
          and counts. You can invite them again later.
        </p>
      }
      confirmLabel="Remove judge"
      pendingLabel="Removing…"
      onConfirm={() => run(() => remove.mutateAsync({ roundId, judgeId }), `${name} was removed.`)}
      problem={problem}
      onOpenChange={reset}
    />
  );
}

type Option = { id: string; label: string };

/** A select and a button beside it that sends the chosen option: reassigning, adding a judge. */
function PickAndSend({
  id,
  label,
  options,
  button,
  pendingLabel,
  onSend,
}: {
  id: string;
  label: string;
  options: Option[];
  button: ReactNode;
  pendingLabel: string;
  onSend: (chosen: string) => Promise<unknown>;
}) {
  const [chosen, setChosen] = useState("");
  const { problem, setProblem, pending, done, run } = usePageAction();
  const choice = options.find((o) => o.id === chosen);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!choice) {
      setProblem({ message: "Choose one first.", fields: {} });
      return;
    }
    if (await run(() => onSend(choice.id), `Done: ${choice.label}.`)) setChosen("");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow">
          <label htmlFor={id} className="block text-sm font-medium">
            {label}
          </label>
          <select id={id} className={inputClass} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Choose…</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <PendingButton pending={pending} pendingLabel={pendingLabel} className={rowButtonClass}>
          {button}
        </PendingButton>
      </div>
      <ActionProblem problem={problem} />
      <FormStatus message={done} variant="text" />
    </form>
  );
}

/** Gives one judge's unscored entries to another judge of the round. */
export function ReassignJudge({
  roundId,
  judge,
  others,
}: {
  roundId: string;
  judge: { id: string; name: string };
  others: Option[];
}) {
  const trpc = useTRPC();
  const reassign = useMutation(trpc.judging.reassign.mutationOptions());
  return (
    <PickAndSend
      id={`reassign-${judge.id}`}
      label={`Give ${judge.name}'s unscored entries to…`}
      options={others}
      button={
        <>
          Reassign<span className="sr-only"> {judge.name}&apos;s entries</span>
        </>
      }
      pendingLabel="Reassigning…"
      onSend={(toJudgeId) => reassign.mutateAsync({ roundId, fromJudgeId: judge.id, toJudgeId })}
    />
  );
}

/** Adds a judge to one entry by hand (refused with the reason when they conflict). */
export function AddJudgeToEntry({
  roundId,
  entry,
  judges,
}: {
  roundId: string;
  entry: { id: string; title: string };
  judges: Option[];
}) {
  const trpc = useTRPC();
  const add = useMutation(trpc.judging.addAssignment.mutationOptions());
  return (
    <PickAndSend
      id={`add-judge-${entry.id}`}
      label={`Add a judge to “${entry.title}”`}
      options={judges}
      button={
        <>
          Add<span className="sr-only"> a judge to {entry.title}</span>
        </>
      }
      pendingLabel="Adding…"
      onSend={(judgeId) => add.mutateAsync({ roundId, judgeId, entryId: entry.id })}
    />
  );
}

/** Upholds or dismisses a conflict of interest a judge declared in their own words. */
export function ResolveConflict({
  roundId,
  conflictId,
  judge,
}: {
  roundId: string;
  conflictId: string;
  judge: string;
}) {
  const trpc = useTRPC();
  const resolve = useMutation(trpc.judging.resolveConflict.mutationOptions());
  const { problem, pending, run } = usePageAction();
  const send = (resolution: "UPHELD" | "DISMISSED") =>
    void run(
      () => resolve.mutateAsync({ roundId, conflictId, resolution }),
      resolution === "UPHELD" ? "Upheld." : "Dismissed.",
    );
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <PendingButton
          type="button"
          pending={pending}
          className={rowPrimaryButtonClass}
          onClick={() => send("UPHELD")}
        >
          Uphold<span className="sr-only"> {judge}&apos;s conflict</span>
        </PendingButton>
        <PendingButton
          type="button"
          pending={pending}
          className={rowButtonClass}
          onClick={() => send("DISMISSED")}
        >
          Dismiss<span className="sr-only"> {judge}&apos;s conflict</span>
        </PendingButton>
      </div>
      <ActionProblem problem={problem} />
    </div>
  );
}

type AssignOutcome = {
  entries: number;
  judges: number;
  shortfalls: { entry: string; reason: string }[];
  connected: boolean;
  components: number;
};

/** Generates (or refreshes) the assignment and releases it to the judges. */
export function AssignmentActions({
  roundId,
  released,
  hasAssignments,
  closed,
  entryTitles,
}: {
  roundId: string;
  released: boolean;
  hasAssignments: boolean;
  closed: boolean;
  entryTitles: Record<string, string>;
}) {
  const trpc = useTRPC();
  const assign = useMutation(trpc.judging.assign.mutationOptions());
  const release = useMutation(trpc.judging.release.mutationOptions());
  const { problem, pending, done, run, reset } = usePageAction();
  const [outcome, setOutcome] = useState<AssignOutcome | null>(null);

  return (
    <div className="space-y-3">
      {closed ? (
        <Notice id="assign-closed">The round is closed: reopen it to change who judges what.</Notice>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <PendingButton
          type="button"
          pending={pending}
          pendingLabel="Assigning…"
          disabled={closed}
          aria-describedby={closed ? "assign-closed" : undefined}
          className={buttonClass}
          onClick={() =>
            void run(async () => setOutcome(await assign.mutateAsync({ roundId })), "Judges assigned.")
          }
        >
          {hasAssignments ? "Assign again" : "Assign judges"}
        </PendingButton>
        {hasAssignments && !released ? (
          <ConfirmDialog
            trigger="Release to judges"
            triggerClassName={secondaryButtonClass}
            triggerDisabled={pending}
            title="Release the assignment to the judges?"
            description={
              <p>
                Each judge sees the entries assigned to them. From then on, assigning again only fills gaps:
                nobody&apos;s queue is reshuffled.
              </p>
            }
            confirmLabel="Release"
            pendingLabel="Releasing…"
            tone="default"
            onConfirm={() =>
              run(() => release.mutateAsync({ roundId }), "Released: judges can see their entries.")
            }
            problem={problem}
            onOpenChange={reset}
          />
        ) : null}
      </div>
      <ActionProblem problem={problem} />
      <FormStatus message={done} />
      {outcome ? (
        <div
          className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3"
          data-testid="assign-outcome"
        >
          <p>
            {outcome.entries} {outcome.entries === 1 ? "entry" : "entries"}, {outcome.judges}{" "}
            {outcome.judges === 1 ? "judge" : "judges"}.{" "}
            {outcome.connected
              ? "Every judge is linked to every other through shared entries, so leniency can be compared across the round."
              : `The judges fall into ${outcome.components} separate groups with no shared entries, so results will be raw scores only.`}
          </p>
          {outcome.shortfalls.length === 0 ? (
            <p>Every entry has enough judges.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {outcome.shortfalls.map((s) => (
                <li key={s.entry}>
                  <strong className="font-semibold">{entryTitles[s.entry] ?? "An entry"}</strong>: {s.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** Takes an unscored assignment away from a judge, after a confirmation. */
export function RemoveAssignment({
  roundId,
  assignmentId,
  judge,
  entry,
}: {
  roundId: string;
  assignmentId: string;
  judge: string;
  entry: string;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.judging.removeAssignment.mutationOptions());
  const { problem, pending, run, reset } = usePageAction();
  return (
    <ConfirmDialog
      trigger={
        <>
          <span aria-hidden="true">×</span>
          <span className="sr-only">
            Take “{entry}” away from {judge}
          </span>
        </>
      }
      triggerClassName="rounded-full px-1.5 leading-none text-slate-700 hover:bg-slate-200 disabled:opacity-60"
      triggerDisabled={pending}
      title={`Take “${entry}” away from ${judge}?`}
      description={
        <p>They have not scored it yet. It leaves their queue; the entry may then be short of a judge.</p>
      }
      confirmLabel="Take it away"
      pendingLabel="Removing…"
      onConfirm={() => run(() => remove.mutateAsync({ roundId, assignmentId }), "Removed.")}
      problem={problem}
      onOpenChange={reset}
    />
  );
}
