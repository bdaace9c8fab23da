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
}: TeamIds & { userId: string; displayName: string }) {
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
        Make captain<span className="sr-only"> {displayName}</span>
      </PendingButton>
      <ConfirmDialog
        trigger={
          <>
            Remove<span className="sr-only"> {displayName}</span>
          </>
        }
        triggerClassName={danger}
        triggerDisabled={pending || removal.pending}
        title={`Remove ${displayName} from the team?`}
        description={
          <p>
            They leave the team at once and can only come back with a new invitation or an accepted request.
          </p>
        }
        confirmLabel={`Remove ${displayName}`}
        pendingLabel="Removing…"
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
      <ConfirmDialog
        trigger={
          <>
            Decline<span className="sr-only"> {displayName}</span>
          </>
        }
        triggerClassName={secondary}
        triggerDisabled={pending}
        title={`Decline ${displayName}'s request?`}
        description={<p>Their request is removed. They can ask again while the team is open.</p>}
        confirmLabel="Decline"
        pendingLabel="Declining…"
        onConfirm={() => run(() => decline.mutateAsync({ eventId, teamId, requestId }))}
        problem={problem}
      />
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
        <ConfirmDialog
          trigger="Make a new code"
          triggerClassName={secondary}
          triggerDisabled={pending}
          title="Make a new join code?"
          description={
            <p>The old code and link stop working at once: anyone you shared them with needs the new ones.</p>
          }
          confirmLabel="Make a new code"
          pendingLabel="Making a new code…"
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
        {copied ? "Link copied." : rotated ? "New code made: the old code and link no longer work." : ""}
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
  lastMember,
}: TeamIds & { slug: string; disabledReasonId: string | null; lastMember: boolean }) {
  const trpc = useTRPC();
  const leave = useMutation(trpc.teams.leave.mutationOptions());
  const router = useRouter();
  const { run, problem, pending } = useAction();
  return (
    <ConfirmDialog
      trigger="Leave team"
      triggerClassName={danger}
      triggerDisabled={disabledReasonId !== null || pending}
      triggerDescribedBy={disabledReasonId ?? undefined}
      title="Leave the team?"
      description={
        <p>
          {lastMember
            ? "You're the last member, so the team is deleted."
            : "You'll need a new invitation, or an accepted request, to come back."}
        </p>
      }
      confirmLabel="Leave the team"
      pendingLabel="Leaving…"
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
