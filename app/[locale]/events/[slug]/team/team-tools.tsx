"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ActionProblem, ErrorSummary } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { LookingForMembersFields } from "~/app/_components/looking-for-members-fields";
import { useTRPC } from "~/app/trpc/react";
import { teamSchemas } from "~/app/_components/lazy-schemas";
import { cardClass } from "~/app/_components/card";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { rowButtonClass, rowPrimaryButtonClass } from "~/app/_components/button-styles";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the captain's and members' tools say (the "TeamTools" messages, read by the page). The `{name}` in
 * removeTitle, removeConfirm and declineTitle is filled in here (raw templates).
 */
export interface TeamToolsWords {
  makeCaptain: string;
  remove: string;
  removeTitle: string;
  removeBody: string;
  removeConfirm: string;
  removing: string;
  accept: string;
  decline: string;
  declineTitle: string;
  declineBody: string;
  declining: string;
  inviteHeading: string;
  inviteIntro: string;
  code: string;
  link: string;
  copyLink: string;
  newCode: string;
  newCodeTitle: string;
  newCodeBody: string;
  makingNewCode: string;
  linkCopied: string;
  newCodeMade: string;
  newCodeHint: string;
  wantedSkills: string;
  wantedSkillsHint: string;
  /** From the "LookingForMembers" messages. */
  showInFinder: string;
  save: string;
  saving: string;
  saved: string;
  leaveTeam: string;
  leaveTitle: string;
  leaveLastMember: string;
  leaveComeBack: string;
  leaveConfirm: string;
  leaving: string;
}

interface TeamIds {
  eventId: string;
  teamId: string;
}

const primary = rowPrimaryButtonClass;
const secondary = rowButtonClass;
const danger =
  "rounded border border-red-700 px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60";

/** Runs a mutation (at most one at a time), then refreshes the server-rendered page or does `after`. */
function useAction() {
  const router = useRouter();
  const { problem, setProblem, attempt, pending } = useFormProblem();
  async function run(action: () => Promise<unknown>, after?: () => void): Promise<boolean> {
    setProblem(null);
    const ok = await attempt(action, { keepPendingOnSuccess: after !== undefined });
    if (ok) {
      if (after) after();
      else router.refresh();
    }
    return ok;
  }
  return { run, problem, pending };
}

/** The captain makes a member captain or removes them. */
export function MemberActions({
  eventId,
  teamId,
  userId,
  displayName,
  words,
}: TeamIds & { userId: string; displayName: string; words: TeamToolsWords }) {
  const trpc = useTRPC();
  const handOver = useMutation(trpc.teams.handOver.mutationOptions());
  const remove = useMutation(trpc.teams.removeMember.mutationOptions());
  const { run, problem, pending } = useAction();
  const removal = useAction();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <PendingButton
        type="button"
        pending={pending}
        className={secondary}
        onClick={() => void run(() => handOver.mutateAsync({ eventId, teamId, userId }))}
      >
        {words.makeCaptain}
        <span className="sr-only"> {displayName}</span>
      </PendingButton>
      <ConfirmDialog
        trigger={
          <>
            {words.remove}
            <span className="sr-only"> {displayName}</span>
          </>
        }
        triggerClassName={danger}
        triggerDisabled={pending || removal.pending}
        title={fillTemplate(words.removeTitle, { name: displayName })}
        description={<p>{words.removeBody}</p>}
        confirmLabel={fillTemplate(words.removeConfirm, { name: displayName })}
        pendingLabel={words.removing}
        onConfirm={() => removal.run(() => remove.mutateAsync({ eventId, teamId, userId }))}
        problem={removal.problem}
      />
      <ActionProblem problem={problem} className="w-full" />
    </div>
  );
}

/** The captain accepts or declines a request to join. */
export function RequestActions({
  eventId,
  teamId,
  requestId,
  displayName,
  words,
}: TeamIds & { requestId: string; displayName: string; words: TeamToolsWords }) {
  const trpc = useTRPC();
  const accept = useMutation(trpc.teams.acceptRequest.mutationOptions());
  const decline = useMutation(trpc.teams.declineRequest.mutationOptions());
  const { run, problem, pending } = useAction();
  return (
    <div className="flex flex-wrap items-center gap-2 pt-1">
      <PendingButton
        type="button"
        pending={pending}
        className={primary}
        onClick={() => void run(() => accept.mutateAsync({ eventId, teamId, requestId }))}
      >
        {words.accept}
        <span className="sr-only"> {displayName}</span>
      </PendingButton>
      <ConfirmDialog
        trigger={
          <>
            {words.decline}
            <span className="sr-only"> {displayName}</span>
          </>
        }
        triggerClassName={secondary}
        triggerDisabled={pending}
        title={fillTemplate(words.declineTitle, { name: displayName })}
        description={<p>{words.declineBody}</p>}
        confirmLabel={words.decline}
        pendingLabel={words.declining}
        onConfirm={() => run(() => decline.mutateAsync({ eventId, teamId, requestId }))}
        problem={problem}
      />
      <ActionProblem problem={problem} className="w-full" />
    </div>
  );
}

/** The join code and link, which the captain can copy or replace. */
export function JoinCodePanel({
  eventId,
  teamId,
  code,
  link,
  words,
}: TeamIds & { code: string; link: string; words: TeamToolsWords }) {
  const trpc = useTRPC();
  const rotate = useMutation(trpc.teams.rotateCode.mutationOptions());
  const { run, problem, pending } = useAction();
  const [copied, setCopied] = useState(false);
  const [rotated, setRotated] = useState(false);
  async function copy() {
    setRotated(false);
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <section aria-labelledby="invite-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="invite-heading" className={sectionTitleClass}>
        {words.inviteHeading}
      </h2>
      <p>{words.inviteIntro}</p>
      <dl className="space-y-2">
        <div>
          <dt className="font-medium">{words.code}</dt>
          <dd className="font-mono text-2xl tracking-wider" data-testid="join-code">
            {code}
          </dd>
        </div>
        <div>
          <dt className="font-medium">{words.link}</dt>
          <dd className="font-mono text-sm break-all">{link}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={primary} onClick={() => void copy()}>
          {words.copyLink}
        </button>
        <ConfirmDialog
          trigger={words.newCode}
          triggerClassName={secondary}
          triggerDisabled={pending}
          title={words.newCodeTitle}
          description={<p>{words.newCodeBody}</p>}
          confirmLabel={words.newCode}
          pendingLabel={words.makingNewCode}
          onConfirm={async () => {
            setCopied(false);
            const ok = await run(() => rotate.mutateAsync({ eventId, teamId }));
            if (ok) setRotated(true);
            return ok;
          }}
          problem={problem}
        />
      </div>
      <p role="status" className="text-sm text-slate-700">
        {copied ? words.linkCopied : rotated ? words.newCodeMade : ""}
      </p>
      <p className="text-sm text-slate-600">{words.newCodeHint}</p>
      <ActionProblem problem={problem} className="w-full" />
    </section>
  );
}

/** The captain's team-finder settings: looking for members, and which skills. */
export function TeamSettingsForm({
  eventId,
  teamId,
  initial,
  words,
}: TeamIds & { initial: { lookingForMembers: boolean; wantedSkills: string }; words: TeamToolsWords }) {
  const trpc = useTRPC();
  const update = useMutation(trpc.teams.update.mutationOptions());
  const router = useRouter();
  const [lookingForMembers, setLookingForMembers] = useState(initial.lookingForMembers);
  const [wantedSkills, setWantedSkills] = useState(initial.wantedSkills);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `team-settings:${teamId}`,
    values: { wantedSkills },
    restore: (saved) => setWantedSkills(draftOf({ wantedSkills: "" }, saved).wantedSkills),
  });
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const { updateTeamInput } = await teamSchemas();
    const checked = checkForm(updateTeamInput, { lookingForMembers, wantedSkills });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    if (await attempt(() => update.mutateAsync({ eventId, teamId, ...checked.data }))) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} onFocus={() => void teamSchemas()} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={{ wantedSkills: words.wantedSkills }}
        anchors={{ wantedSkills: "settings-skills" }}
        restored={restored}
      />
      <LookingForMembersFields
        idPrefix="settings"
        lookingLabel={words.showInFinder}
        skillsLabel={words.wantedSkills}
        skillsHint={words.wantedSkillsHint}
        lookingForMembers={lookingForMembers}
        onLookingForMembersChange={setLookingForMembers}
        wantedSkills={wantedSkills}
        onWantedSkillsChange={setWantedSkills}
        skillsErrors={problem?.fields.wantedSkills}
      />
      <div className="flex items-center gap-3">
        <PendingButton pending={pending} pendingLabel={words.saving} className={primary}>
          {words.save}
        </PendingButton>
        <p role="status" className="text-sm">
          {saved ? words.saved : ""}
        </p>
      </div>
    </form>
  );
}

/**
 * Leaving asks first. When the captain can't leave yet, the button is off and `disabledReasonId` names
 * the text on the page that says why.
 */
export function LeaveTeamButton({
  eventId,
  teamId,
  slug,
  disabledReasonId,
  lastMember,
  words,
}: TeamIds & { slug: string; disabledReasonId: string | null; lastMember: boolean; words: TeamToolsWords }) {
  const trpc = useTRPC();
  const leave = useMutation(trpc.teams.leave.mutationOptions());
  const router = useRouter();
  const { run, problem, pending } = useAction();
  return (
    <ConfirmDialog
      trigger={words.leaveTeam}
      triggerClassName={danger}
      triggerDisabled={disabledReasonId !== null || pending}
      triggerDescribedBy={disabledReasonId ?? undefined}
      title={words.leaveTitle}
      description={<p>{lastMember ? words.leaveLastMember : words.leaveComeBack}</p>}
      confirmLabel={words.leaveConfirm}
      pendingLabel={words.leaving}
      onConfirm={() =>
        run(
          () => leave.mutateAsync({ eventId, teamId }),
          () => router.push(`/events/${slug}/teams`),
        )
      }
      problem={problem}
    />
  );
}
