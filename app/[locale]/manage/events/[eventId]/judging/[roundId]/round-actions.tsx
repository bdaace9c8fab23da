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
import { fillTemplate } from "~/server/i18n/labels";
import { inviteJudgeInput } from "~/server/judging/schema";
import { usePageAction } from "~/app/_components/use-page-action";

type RoundStatus = "DRAFT" | "OPEN" | "CLOSED" | "PUBLISHED";

/** A move's words: its button, its confirmation's title and description, and what it says once done. */
export interface MoveWords {
  label: string;
  title: string;
  description: string;
  done: string;
}

type MoveKey = "open" | "close" | "publish" | "reopen" | "unpublish";

/** What the status buttons say (the "RoundActions" messages "status" and "moves"), read by the round page. */
export interface StatusActionsWords {
  moves: Record<MoveKey, MoveWords>;
  openBlocked: string;
  saving: string;
}

interface Move {
  key: MoveKey;
  to: "OPEN" | "CLOSED" | "PUBLISHED";
  tone: "default" | "danger";
  className: string;
}

/** The moves offered from each status, the usual next step first. */
const MOVES: Record<RoundStatus, Move[]> = {
  DRAFT: [{ key: "open", to: "OPEN", tone: "default", className: buttonClass }],
  OPEN: [{ key: "close", to: "CLOSED", tone: "default", className: buttonClass }],
  CLOSED: [
    { key: "publish", to: "PUBLISHED", tone: "default", className: successButtonClass },
    { key: "reopen", to: "OPEN", tone: "default", className: secondaryButtonClass },
  ],
  PUBLISHED: [{ key: "unpublish", to: "CLOSED", tone: "danger", className: secondaryButtonClass }],
};

/** The round's next steps, each after a confirmation that says what it does. */
export function StatusActions({
  roundId,
  status,
  released,
  words,
}: {
  roundId: string;
  status: RoundStatus;
  /** Whether judges have been shown their entries: opening needs it. */
  released: boolean;
  words: StatusActionsWords;
}) {
  const trpc = useTRPC();
  const move = useMutation(trpc.judging.move.mutationOptions());
  const { problem, pending, done, run, reset } = usePageAction();
  const blocked = status === "DRAFT" && !released;
  return (
    <div className="space-y-3">
      {blocked ? <Notice id="open-blocked">{words.openBlocked}</Notice> : null}
      <div className="flex flex-wrap gap-3">
        {MOVES[status].map((m) => {
          const said = words.moves[m.key];
          return (
            <ConfirmDialog
              key={m.to}
              trigger={said.label}
              triggerClassName={m.className}
              triggerDisabled={pending || blocked}
              triggerDescribedBy={blocked ? "open-blocked" : undefined}
              title={said.title}
              description={<p>{said.description}</p>}
              confirmLabel={said.label}
              pendingLabel={words.saving}
              tone={m.tone}
              onConfirm={() => run(() => move.mutateAsync({ roundId, to: m.to }), said.done)}
              problem={problem}
              onOpenChange={reset}
            />
          );
        })}
      </div>
      <FormStatus message={done} />
    </div>
  );
}

/** What the invitation form says (the "RoundActions" messages "invite"); `invited` has `{email}`. */
export interface InviteJudgeWords {
  email: string;
  affiliation: string;
  affiliationOptional: string;
  affiliationHint: string;
  invited: string;
  inviting: string;
  invite: string;
}

/** Invites a judge by email, with an optional affiliation (kept away from teams that share it). */
export function InviteJudgeForm({ roundId, words }: { roundId: string; words: InviteJudgeWords }) {
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
    if (await run(() => invite.mutateAsync(checked.data), fillTemplate(words.invited, { email }))) {
      setValues({ email: "", affiliation: "" });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={{ email: words.email, affiliation: words.affiliation }}
        idPrefix="invite-"
      />
      <FormStatus message={done} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="invite-email" label={words.email} errors={problem?.fields.email}>
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
          label={words.affiliationOptional}
          hint={words.affiliationHint}
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
      <PendingButton pending={pending} pendingLabel={words.inviting} className={buttonClass}>
        {words.invite}
      </PendingButton>
    </form>
  );
}

/** What removing a judge says (the "RoundActions" messages "removeJudge"); title and removed have `{name}`. */
export interface RemoveJudgeWords {
  remove: string;
  title: string;
  description: string;
  confirm: string;
  removing: string;
  removed: string;
}

/** Takes a judge out of the round, after a confirmation. */
export function RemoveJudge({
  roundId,
  judgeId,
  name,
  words,
}: {
  roundId: string;
  judgeId: string;
  name: string;
  words: RemoveJudgeWords;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.judging.removeJudge.mutationOptions());
  const { problem, pending, run, reset } = usePageAction();
  return (
    <ConfirmDialog
      trigger={
        <>
          {words.remove}
          <span className="sr-only"> {name}</span>
        </>
      }
      triggerClassName={rowButtonClass}
      triggerDisabled={pending}
      title={fillTemplate(words.title, { name })}
      description={<p>{words.description}</p>}
      confirmLabel={words.confirm}
      pendingLabel={words.removing}
      onConfirm={() =>
        run(() => remove.mutateAsync({ roundId, judgeId }), fillTemplate(words.removed, { name }))
      }
      problem={problem}
      onOpenChange={reset}
    />
  );
}

type Option = { id: string; label: string };

/** What every pick-and-send form says (the "RoundActions" messages "pick"); `done` has `{choice}`. */
export interface PickWords {
  chooseFirst: string;
  done: string;
  choose: string;
}

/** A select and a button beside it that sends the chosen option: reassigning, adding a judge. */
function PickAndSend({
  id,
  label,
  options,
  button,
  pendingLabel,
  onSend,
  words,
}: {
  id: string;
  label: string;
  options: Option[];
  button: ReactNode;
  pendingLabel: string;
  onSend: (chosen: string) => Promise<unknown>;
  words: PickWords;
}) {
  const [chosen, setChosen] = useState("");
  const { problem, setProblem, pending, done, run } = usePageAction();
  const choice = options.find((o) => o.id === chosen);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!choice) {
      setProblem({ message: words.chooseFirst, fields: {} });
      return;
    }
    if (await run(() => onSend(choice.id), fillTemplate(words.done, { choice: choice.label }))) setChosen("");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow">
          <label htmlFor={id} className="block text-sm font-medium">
            {label}
          </label>
          <select id={id} className={inputClass} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{words.choose}</option>
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

/** What reassigning says (the "RoundActions" messages "reassign"); label and whose have `{name}`. */
export interface ReassignWords {
  label: string;
  button: string;
  whose: string;
  pending: string;
  pick: PickWords;
}

/** Gives one judge's unscored entries to another judge of the round. */
export function ReassignJudge({
  roundId,
  judge,
  others,
  words,
}: {
  roundId: string;
  judge: { id: string; name: string };
  others: Option[];
  words: ReassignWords;
}) {
  const trpc = useTRPC();
  const reassign = useMutation(trpc.judging.reassign.mutationOptions());
  return (
    <PickAndSend
      id={`reassign-${judge.id}`}
      label={fillTemplate(words.label, { name: judge.name })}
      options={others}
      button={
        <>
          {words.button}
          <span className="sr-only"> {fillTemplate(words.whose, { name: judge.name })}</span>
        </>
      }
      pendingLabel={words.pending}
      words={words.pick}
      onSend={(toJudgeId) => reassign.mutateAsync({ roundId, fromJudgeId: judge.id, toJudgeId })}
    />
  );
}

/** What adding a judge says (the "RoundActions" messages "addJudge"); label and toWhat have `{title}`. */
export interface AddJudgeWords {
  label: string;
  button: string;
  toWhat: string;
  pending: string;
  pick: PickWords;
}

/** Adds a judge to one entry by hand (refused with the reason when they conflict). */
export function AddJudgeToEntry({
  roundId,
  entry,
  judges,
  words,
}: {
  roundId: string;
  entry: { id: string; title: string };
  judges: Option[];
  words: AddJudgeWords;
}) {
  const trpc = useTRPC();
  const add = useMutation(trpc.judging.addAssignment.mutationOptions());
  return (
    <PickAndSend
      id={`add-judge-${entry.id}`}
      label={fillTemplate(words.label, { title: entry.title })}
      options={judges}
      button={
        <>
          {words.button}
          <span className="sr-only"> {fillTemplate(words.toWhat, { title: entry.title })}</span>
        </>
      }
      pendingLabel={words.pending}
      words={words.pick}
      onSend={(judgeId) => add.mutateAsync({ roundId, judgeId, entryId: entry.id })}
    />
  );
}

/** What resolving a conflict says (the "RoundActions" messages "conflict"); `whose` has `{judge}`. */
export interface ResolveConflictWords {
  upheld: string;
  dismissed: string;
  uphold: string;
  dismiss: string;
  whose: string;
}

/** Upholds or dismisses a conflict of interest a judge declared in their own words. */
export function ResolveConflict({
  roundId,
  conflictId,
  judge,
  words,
}: {
  roundId: string;
  conflictId: string;
  judge: string;
  words: ResolveConflictWords;
}) {
  const trpc = useTRPC();
  const resolve = useMutation(trpc.judging.resolveConflict.mutationOptions());
  const { problem, pending, run } = usePageAction();
  const send = (resolution: "UPHELD" | "DISMISSED") =>
    void run(
      () => resolve.mutateAsync({ roundId, conflictId, resolution }),
      resolution === "UPHELD" ? words.upheld : words.dismissed,
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
          {words.uphold}
          <span className="sr-only"> {fillTemplate(words.whose, { judge })}</span>
        </PendingButton>
        <PendingButton
          type="button"
          pending={pending}
          className={rowButtonClass}
          onClick={() => send("DISMISSED")}
        >
          {words.dismiss}
          <span className="sr-only"> {fillTemplate(words.whose, { judge })}</span>
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

/**
 * What the assignment buttons and outcome say (the "RoundActions" messages "assign"). Templates filled in
 * the browser: entriesOne/entriesOther (`{entries}`), judgesOne/judgesOther (`{judges}`), counts
 * (`{entries}, {judges}`), apart (`{components}`).
 */
export interface AssignmentWords {
  closed: string;
  assigning: string;
  assigned: string;
  assignAgain: string;
  assignJudges: string;
  release: string;
  releaseTitle: string;
  releaseDescription: string;
  releaseConfirm: string;
  releasing: string;
  released: string;
  entriesOne: string;
  entriesOther: string;
  judgesOne: string;
  judgesOther: string;
  counts: string;
  connected: string;
  apart: string;
  enough: string;
  anEntry: string;
}

/** Generates (or refreshes) the assignment and releases it to the judges. */
export function AssignmentActions({
  roundId,
  released,
  hasAssignments,
  closed,
  entryTitles,
  words,
}: {
  roundId: string;
  released: boolean;
  hasAssignments: boolean;
  closed: boolean;
  entryTitles: Record<string, string>;
  words: AssignmentWords;
}) {
  const trpc = useTRPC();
  const assign = useMutation(trpc.judging.assign.mutationOptions());
  const release = useMutation(trpc.judging.release.mutationOptions());
  const { problem, pending, done, run, reset } = usePageAction();
  const [outcome, setOutcome] = useState<AssignOutcome | null>(null);

  return (
    <div className="space-y-3">
      {closed ? <Notice id="assign-closed">{words.closed}</Notice> : null}
      <div className="flex flex-wrap gap-3">
        <PendingButton
          type="button"
          pending={pending}
          pendingLabel={words.assigning}
          disabled={closed}
          aria-describedby={closed ? "assign-closed" : undefined}
          className={buttonClass}
          onClick={() =>
            void run(async () => setOutcome(await assign.mutateAsync({ roundId })), words.assigned)
          }
        >
          {hasAssignments ? words.assignAgain : words.assignJudges}
        </PendingButton>
        {hasAssignments && !released ? (
          <ConfirmDialog
            trigger={words.release}
            triggerClassName={secondaryButtonClass}
            triggerDisabled={pending}
            title={words.releaseTitle}
            description={<p>{words.releaseDescription}</p>}
            confirmLabel={words.releaseConfirm}
            pendingLabel={words.releasing}
            tone="default"
            onConfirm={() => run(() => release.mutateAsync({ roundId }), words.released)}
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
            {fillTemplate(words.counts, {
              entries: fillTemplate(outcome.entries === 1 ? words.entriesOne : words.entriesOther, {
                entries: outcome.entries,
              }),
              judges: fillTemplate(outcome.judges === 1 ? words.judgesOne : words.judgesOther, {
                judges: outcome.judges,
              }),
            })}{" "}
            {outcome.connected
              ? words.connected
              : fillTemplate(words.apart, { components: outcome.components })}
          </p>
          {outcome.shortfalls.length === 0 ? (
            <p>{words.enough}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {outcome.shortfalls.map((s) => (
                <li key={s.entry}>
                  <strong className="font-semibold">{entryTitles[s.entry] ?? words.anEntry}</strong>:{" "}
                  {s.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** What taking an entry away says (the "RoundActions" messages "removeAssignment"); takeAway and title have `{entry}`, `{judge}`. */
export interface RemoveAssignmentWords {
  takeAway: string;
  title: string;
  description: string;
  confirm: string;
  removing: string;
  removed: string;
}

/** Takes an unscored assignment away from a judge, after a confirmation. */
export function RemoveAssignment({
  roundId,
  assignmentId,
  judge,
  entry,
  words,
}: {
  roundId: string;
  assignmentId: string;
  judge: string;
  entry: string;
  words: RemoveAssignmentWords;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.judging.removeAssignment.mutationOptions());
  const { problem, pending, run, reset } = usePageAction();
  return (
    <ConfirmDialog
      trigger={
        <>
          <span aria-hidden="true">×</span>
          <span className="sr-only">{fillTemplate(words.takeAway, { entry, judge })}</span>
        </>
      }
      triggerClassName="rounded-full px-1.5 leading-none text-slate-700 hover:bg-slate-200 disabled:opacity-60"
      triggerDisabled={pending}
      title={fillTemplate(words.title, { entry, judge })}
      description={<p>{words.description}</p>}
      confirmLabel={words.confirm}
      pendingLabel={words.removing}
      onConfirm={() => run(() => remove.mutateAsync({ roundId, assignmentId }), words.removed)}
      problem={problem}
      onOpenChange={reset}
    />
  );
}
