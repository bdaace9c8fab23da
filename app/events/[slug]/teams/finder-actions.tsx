"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { buttonClass, Field, inputClass } from "~/app/_components/field";
import { fixFieldsMessage, useFormProblem } from "~/app/_components/form-errors";
import { FormAlert } from "~/app/_components/form-status";
import { LookingForMembersFields } from "~/app/_components/looking-for-members-fields";
import { useTRPC } from "~/app/trpc/react";
import { createTeamInput, teamFinderInput } from "~/server/teams/schema";

export function CreateTeamForm({ eventId, slug }: { eventId: string; slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.teams.create.mutationOptions());
  const [name, setName] = useState("");
  const [lookingForMembers, setLookingForMembers] = useState(true);
  const [wantedSkills, setWantedSkills] = useState("");
  const { problem, setProblem, attempt } = useFormProblem();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = createTeamInput.safeParse({ name, lookingForMembers, wantedSkills });
    if (!checked.success) {
      const fields = Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), [i.message]]));
      setProblem({ message: fixFieldsMessage, fields });
      return;
    }
    await attempt(async () => {
      await create.mutateAsync({ eventId, ...checked.data });
      router.push(`/events/${slug}/team`);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={problem?.message} />
      <Field id="team-name" label="Team name" errors={problem?.fields.name}>
        {(a) => (
          <input
            {...a}
            className={inputClass}
            value={name}
            maxLength={60}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <LookingForMembersFields
        idPrefix="team"
        skillsLabel="Skills you're looking for (optional)"
        skillsHint="Separate them with commas, e.g. design, Python, data"
        lookingForMembers={lookingForMembers}
        onLookingForMembersChange={setLookingForMembers}
        wantedSkills={wantedSkills}
        onWantedSkillsChange={setWantedSkills}
        skillsErrors={problem?.fields.wantedSkills}
      />
      <button type="submit" disabled={create.isPending} className={buttonClass}>
        {create.isPending ? "Creating…" : "Create team"}
      </button>
    </form>
  );
}

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
  const { problem, setProblem, attempt } = useFormProblem();
  const [saved, setSaved] = useState(false);

  async function submit(lookingForTeam: boolean) {
    setSaved(false);
    const checked = teamFinderInput.safeParse({ lookingForTeam, note });
    if (!checked.success) {
      setProblem({
        message: "Keep your note under 500 characters.",
        fields: { note: ["Use at most 500 characters"] },
      });
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
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={problem?.message} />
      <p role="status">
        {saved ? "Saved. " : ""}
        {listed ? "You're listed in the team finder." : "You're not listed in the team finder."}
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
          <button type="submit" disabled={save.isPending} className={buttonClass}>
            {listed ? "Update my listing" : "List me"}
          </button>
        </>
      ) : null}
      {listed ? (
        <button
          type="button"
          disabled={save.isPending}
          onClick={() => void submit(false)}
          className="ml-0 rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60 sm:ml-3"
        >
          Remove my listing
        </button>
      ) : null}
    </form>
  );
}

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
  const { problem, setProblem, attempt } = useFormProblem();

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
            triggerClassName="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
            triggerDisabled={cancel.isPending}
            title={`Withdraw your request to join ${teamName}?`}
            description={<p>The captain no longer sees it. You can ask again later.</p>}
            confirmLabel="Withdraw request"
            onConfirm={async () => {
              setProblem(null);
              const ok = await attempt(() => cancel.mutateAsync({ eventId, teamId }));
              if (ok) router.refresh();
              return ok;
            }}
            error={problem?.message}
          />
        </>
      ) : (
        <button
          type="button"
          disabled={request.isPending}
          onClick={() => void run(() => request.mutateAsync({ eventId, teamId }))}
          className="rounded bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          Ask to join<span className="sr-only"> {teamName}</span>
        </button>
      )}
      <FormAlert message={problem?.message} variant="small" />
    </div>
  );
}
