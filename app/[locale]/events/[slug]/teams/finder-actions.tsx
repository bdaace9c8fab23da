"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ActionProblem, ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { LookingForMembersFields } from "~/app/_components/looking-for-members-fields";
import { useTRPC } from "~/app/trpc/react";
import { teamSchemas } from "~/app/_components/lazy-schemas";
import { buttonClass, rowButtonClass, rowPrimaryButtonClass } from "~/app/_components/button-styles";

/** Starts a team with the caller as captain, then goes to its page. */
export function CreateTeamForm({ eventId, slug }: { eventId: string; slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.teams.create.mutationOptions());
  const [values, setValues] = useState({ name: "", lookingForMembers: true, wantedSkills: "" });
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `new-team:${eventId}`,
    values,
    restore: (saved) => setValues((v) => draftOf(v, saved)),
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { createTeamInput } = await teamSchemas();
    const checked = checkForm(createTeamInput, values);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    await attempt(
      async () => {
        await create.mutateAsync({ eventId, ...checked.data });
        router.push(`/events/${slug}/team`);
      },
      { keepPendingOnSuccess: true },
    );
  }

  return (
    <form onSubmit={onSubmit} onFocus={() => void teamSchemas()} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={{ name: "Team name", wantedSkills: "Skills you're looking for" }}
        anchors={{ name: "team-name", wantedSkills: "team-skills" }}
        restored={restored}
      />
      <Field id="team-name" label="Team name" errors={problem?.fields.name}>
        {(a) => (
          <input
            {...a}
            className={inputClass}
            value={values.name}
            maxLength={60}
            autoComplete="off"
            onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          />
        )}
      </Field>
      <LookingForMembersFields
        idPrefix="team"
        skillsLabel="Skills you're looking for (optional)"
        skillsHint="Separate them with commas, e.g. design, Python, data"
        lookingForMembers={values.lookingForMembers}
        onLookingForMembersChange={(lookingForMembers) => setValues((v) => ({ ...v, lookingForMembers }))}
        wantedSkills={values.wantedSkills}
        onWantedSkillsChange={(wantedSkills) => setValues((v) => ({ ...v, wantedSkills }))}
        skillsErrors={problem?.fields.wantedSkills}
      />
      <PendingButton pending={pending} pendingLabel="Creating…" className={buttonClass}>
        Create team
      </PendingButton>
    </form>
  );
}

/**
 * The caller's own listing in the team finder. Without `canOptIn` only "Remove my listing" is offered,
 * and the page's notice above says why.
 */
export function FinderOptIn({
  eventId,
  initial,
  canOptIn,
}: {
  eventId: string;
  initial: { lookingForTeam: boolean; note: string };
  canOptIn: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.teams.setLookingForTeam.mutationOptions());
  const [listed, setListed] = useState(initial.lookingForTeam);
  const [note, setNote] = useState(initial.note);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `finder-note:${eventId}`,
    values: { note },
    restore: (saved) => setNote(draftOf({ note: "" }, saved).note),
  });
  const [saved, setSaved] = useState(false);

  async function submit(lookingForTeam: boolean) {
    setSaved(false);
    const { teamFinderInput } = await teamSchemas();
    const checked = checkForm(teamFinderInput, { lookingForTeam, note });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const done = await attempt(async () => {
      const result = await save.mutateAsync({ eventId, ...checked.data });
      setListed(result.lookingForTeam);
      setNote(result.note);
    });
    if (done) {
      setSaved(true);
      router.refresh();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(true);
  }

  return (
    <form onSubmit={onSubmit} onFocus={() => void teamSchemas()} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={{ note: "A note for teams" }}
        anchors={{ note: "finder-note" }}
        restored={restored}
      />
      <p role="status">
        {saved ? "Saved. " : ""}
        {listed ? "You're listed in the team finder." : "You're not listed in the team finder."}
        {!canOptIn && !listed ? " You can list yourself once the notice above no longer applies." : ""}
      </p>
      {canOptIn ? (
        <>
          <Field
            id="finder-note"
            label="A note for teams (optional)"
            hint="What you'd like to work on. Don't include contact details."
            errors={problem?.fields.note}
          >
            {(a) => (
              <textarea
                {...a}
                rows={3}
                maxLength={500}
                className={inputClass}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            )}
          </Field>
          <PendingButton pending={pending} pendingLabel="Saving…" className={buttonClass}>
            {listed ? "Update my listing" : "List me"}
          </PendingButton>
        </>
      ) : null}
      {listed ? (
        <PendingButton
          type="button"
          pending={pending}
          onClick={() => void submit(false)}
          className="ml-0 rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60 sm:ml-3"
        >
          Remove my listing
        </PendingButton>
      ) : null}
    </form>
  );
}

/** Asks to join a team, or withdraws the request. */
export function RequestToJoinButton({
  eventId,
  teamId,
  teamName,
  requested,
}: {
  eventId: string;
  teamId: string;
  teamName: string;
  requested: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const request = useMutation(trpc.teams.requestToJoin.mutationOptions());
  const cancel = useMutation(trpc.teams.cancelRequest.mutationOptions());
  const { problem, setProblem, attempt, pending } = useFormProblem();

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    if (await attempt(action)) router.refresh();
  }

  return (
    <div className="space-y-1">
      {requested ? (
        <>
          <p className="text-sm font-medium text-green-800">
            You&apos;ve asked to join. The captain will decide.
          </p>
          <ConfirmDialog
            trigger={
              <>
                Withdraw request<span className="sr-only"> to join {teamName}</span>
              </>
            }
            triggerClassName={rowButtonClass}
            triggerDisabled={pending}
            title={`Withdraw your request to join ${teamName}?`}
            description={<p>The captain no longer sees it. You can ask again later.</p>}
            confirmLabel="Withdraw request"
            pendingLabel="Withdrawing…"
            onConfirm={async () => {
              setProblem(null);
              const ok = await attempt(() => cancel.mutateAsync({ eventId, teamId }));
              if (ok) router.refresh();
              return ok;
            }}
            problem={problem}
          />
        </>
      ) : (
        <PendingButton
          type="button"
          pending={pending}
          onClick={() => void run(() => request.mutateAsync({ eventId, teamId }))}
          className={rowPrimaryButtonClass}
        >
          Ask to join<span className="sr-only"> {teamName}</span>
        </PendingButton>
      )}
      <ActionProblem problem={problem} />
    </div>
  );
}
