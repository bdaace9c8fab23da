"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ActionProblem, ErrorSummary } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { LookingForMembersFields } from "~/app/_components/looking-for-members-fields";
import { useTRPC } from "~/app/trpc/react";
import { updateTeamInput } from "~/server/teams/schema";

interface TeamIds {
  eventId: string;
  teamId: string;
}

const primary =
  "rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60";
const secondary =
  "rounded border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60";
const danger =
  "rounded border border-red-700 px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60";

/** Runs a mutation (at most one at a time), then refreshes the server-rendered page or does `after`. */
function useAction() {
  const router = useRouter();
  const { problem, setProblem, attempt, pending } = useFormProblem();
  async function run(action: () => Promise<unknown>, after?: () => void) {
    setProblem(null);
    if (await attempt(action, { keepPendingOnSuccess: after !== undefined })) {
      if (after) after();
      else router.refresh();
    }
  }
  return { run, problem, pending };
}

/** The captain makes a member captain or removes them. */
export function MemberActions({
  eventId,
  teamId,
  userId,
  displayName,
}: TeamIds & { userId: string; displayName: string }) {
  const trpc = useTRPC();
  const handOver = useMutation(trpc.teams.handOver.mutationOptions());
  const remove = useMutation(trpc.teams.removeMember.mutationOptions());
  const { run, problem, pending } = useAction();
  const [confirmRemove, setConfirmRemove] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <PendingButton
        type="button"
        pending={pending}
        className={secondary}
        onClick={() => void run(() => handOver.mutateAsync({ eventId, teamId, userId }))}
      >
        Make captain<span className="sr-only"> {displayName}</span>
      </PendingButton>
      {confirmRemove ? (
        <>
          <PendingButton
            type="button"
            pending={pending}
            pendingLabel="Removing…"
            className={danger}
            onClick={() => void run(() => remove.mutateAsync({ eventId, teamId, userId }))}
          >
            Yes, remove {displayName}
          </PendingButton>
          <button type="button" className={secondary} onClick={() => setConfirmRemove(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" disabled={pending} className={danger} onClick={() => setConfirmRemove(true)}>
          Remove<span className="sr-only"> {displayName}</span>
        </button>
      )}
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
}: TeamIds & { requestId: string; displayName: string }) {
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
        Accept<span className="sr-only"> {displayName}</span>
      </PendingButton>
      <PendingButton
        type="button"
        pending={pending}
        className={secondary}
        onClick={() => void run(() => decline.mutateAsync({ eventId, teamId, requestId }))}
      >
        Decline<span className="sr-only"> {displayName}</span>
      </PendingButton>
      <ActionProblem problem={problem} className="w-full" />
    </div>
  );
}

/** The join code and link, which the captain can copy or replace. */
export function JoinCodePanel({ eventId, teamId, code, link }: TeamIds & { code: string; link: string }) {
  const trpc = useTRPC();
  const rotate = useMutation(trpc.teams.rotateCode.mutationOptions());
  const { run, problem, pending } = useAction();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <section
      aria-labelledby="invite-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="invite-heading" className="text-xl font-semibold">
        Invite people
      </h2>
      <p>Share the link or the code with people you want in your team. Anyone who has it can join.</p>
      <dl className="space-y-2">
        <div>
          <dt className="font-medium">Code</dt>
          <dd className="font-mono text-2xl tracking-wider" data-testid="join-code">
            {code}
          </dd>
        </div>
        <div>
          <dt className="font-medium">Link</dt>
          <dd className="font-mono text-sm break-all">{link}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={primary} onClick={() => void copy()}>
          Copy link
        </button>
        <PendingButton
          type="button"
          pending={pending}
          pendingLabel="Making a new code…"
          className={secondary}
          onClick={() => void run(() => rotate.mutateAsync({ eventId, teamId }))}
        >
          Make a new code
        </PendingButton>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {copied ? "Link copied." : ""}
      </p>
      <p className="text-sm text-slate-600">
        A new code stops the old code and link from working, e.g. if they were shared too widely.
      </p>
      <ActionProblem problem={problem} className="w-full" />
    </section>
  );
}

/** The captain's team-finder settings: looking for members, and which skills. */
export function TeamSettingsForm({
  eventId,
  teamId,
  initial,
}: TeamIds & { initial: { lookingForMembers: boolean; wantedSkills: string } }) {
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
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary
        problem={problem}
        labels={{ wantedSkills: "Skills you're looking for" }}
        anchors={{ wantedSkills: "settings-skills" }}
        restored={restored}
      />
      <LookingForMembersFields
        idPrefix="settings"
        skillsLabel="Skills you're looking for"
        skillsHint="Separate them with commas"
        lookingForMembers={lookingForMembers}
        onLookingForMembersChange={setLookingForMembers}
        wantedSkills={wantedSkills}
        onWantedSkillsChange={setWantedSkills}
        skillsErrors={problem?.fields.wantedSkills}
      />
      <div className="flex items-center gap-3">
        <PendingButton pending={pending} pendingLabel="Saving…" className={primary}>
          Save
        </PendingButton>
        <p role="status" className="text-sm">
          {saved ? "Saved." : ""}
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
}: TeamIds & { slug: string; disabledReasonId: string | null }) {
  const trpc = useTRPC();
  const leave = useMutation(trpc.teams.leave.mutationOptions());
  const router = useRouter();
  const { run, problem, pending } = useAction();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        disabled={disabledReasonId !== null}
        aria-describedby={disabledReasonId ?? undefined}
        className={danger}
        onClick={() => setConfirming(true)}
      >
        Leave team
      </button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p className="w-full">Are you sure? You&apos;ll need a new invitation to come back.</p>
      <PendingButton
        type="button"
        pending={pending}
        pendingLabel="Leaving…"
        className={danger}
        onClick={() =>
          void run(
            () => leave.mutateAsync({ eventId, teamId }),
            () => router.push(`/events/${slug}/teams`),
          )
        }
      >
        Yes, leave the team
      </PendingButton>
      <button type="button" className={secondary} onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <ActionProblem problem={problem} className="w-full" />
    </div>
  );
}
