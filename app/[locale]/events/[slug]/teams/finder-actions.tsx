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
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the form to start a team says (the "TeamFinderForms" messages, and `showInFinder` from
 * "LookingForMembers", read by the page).
 */
export interface CreateTeamWords {
  teamName: string;
  showInFinder: string;
  wantedSkills: string;
  wantedSkillsOptional: string;
  wantedSkillsHint: string;
  creating: string;
  createTeam: string;
}

/** What the caller's own listing in the finder says (the "TeamFinderForms" messages, read by the page). */
export interface FinderOptInWords {
  note: string;
  noteOptional: string;
  noteHint: string;
  saved: string;
  listed: string;
  notListed: string;
  listLater: string;
  saving: string;
  updateListing: string;
  listMe: string;
  removeListing: string;
}

/**
 * What asking to join a team says (the "TeamFinderForms" messages, read by the page): toJoin and
 * withdrawTitle are raw templates whose `{team}` is filled in here.
 */
export interface RequestToJoinWords {
  asked: string;
  withdrawRequest: string;
  toJoin: string;
  withdrawTitle: string;
  withdrawBody: string;
  withdrawing: string;
  askToJoin: string;
}

/** Starts a team with the caller as captain, then goes to its page. */
export function CreateTeamForm({
  eventId,
  slug,
  words,
}: {
  eventId: string;
  slug: string;
  words: CreateTeamWords;
}) {
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
        labels={{ name: words.teamName, wantedSkills: words.wantedSkills }}
        anchors={{ name: "team-name", wantedSkills: "team-skills" }}
        restored={restored}
      />
      <Field id="team-name" label={words.teamName} errors={problem?.fields.name}>
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
        lookingLabel={words.showInFinder}
        skillsLabel={words.wantedSkillsOptional}
        skillsHint={words.wantedSkillsHint}
        lookingForMembers={values.lookingForMembers}
        onLookingForMembersChange={(lookingForMembers) => setValues((v) => ({ ...v, lookingForMembers }))}
        wantedSkills={values.wantedSkills}
        onWantedSkillsChange={(wantedSkills) => setValues((v) => ({ ...v, wantedSkills }))}
        skillsErrors={problem?.fields.wantedSkills}
      />
      <PendingButton pending={pending} pendingLabel={words.creating} className={buttonClass}>
        {words.createTeam}
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
  words,
}: {
  eventId: string;
  initial: { lookingForTeam: boolean; note: string };
  canOptIn: boolean;
  words: FinderOptInWords;
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
        labels={{ note: words.note }}
        anchors={{ note: "finder-note" }}
        restored={restored}
      />
      <p role="status">
        {saved ? `${words.saved} ` : ""}
        {listed ? words.listed : words.notListed}
        {!canOptIn && !listed ? ` ${words.listLater}` : ""}
      </p>
      {canOptIn ? (
        <>
          <Field
            id="finder-note"
            label={words.noteOptional}
            hint={words.noteHint}
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
          <PendingButton pending={pending} pendingLabel={words.saving} className={buttonClass}>
            {listed ? words.updateListing : words.listMe}
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
          {words.removeListing}
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
  words,
}: {
  eventId: string;
  teamId: string;
  teamName: string;
  requested: boolean;
  words: RequestToJoinWords;
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
          <p className="text-sm font-medium text-green-800">{words.asked}</p>
          <ConfirmDialog
            trigger={
              <>
                {words.withdrawRequest}
                <span className="sr-only"> {fillTemplate(words.toJoin, { team: teamName })}</span>
              </>
            }
            triggerClassName={rowButtonClass}
            triggerDisabled={pending}
            title={fillTemplate(words.withdrawTitle, { team: teamName })}
            description={<p>{words.withdrawBody}</p>}
            confirmLabel={words.withdrawRequest}
            pendingLabel={words.withdrawing}
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
          {words.askToJoin}
          <span className="sr-only"> {teamName}</span>
        </PendingButton>
      )}
      <ActionProblem problem={problem} />
    </div>
  );
}
