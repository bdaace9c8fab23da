"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ActionProblem, ErrorSummary } from "~/app/_components/error-summary";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import type { RouterOutputs } from "~/app/trpc/types";
import { affiliationInput, declareConflictInput } from "~/server/judging/schema";

type Invitation = RouterOutputs["judging"]["invitation"];
type Declared = Invitation["conflicts"]["declared"][number];
type ConflictKind = "TEAM" | "ORGANISATION" | "OTHER";

/** What InvitationAnswer says (the "JudgeInvitation" messages), read by the page. */
export interface InvitationWords {
  question: string;
  declined: string;
  accepting: string;
  accept: string;
  decline: string;
}

/** What ConflictsPanel says (the "JudgeConflicts" messages), read by the page. */
export interface ConflictsWords {
  resolution: Record<Declared["resolution"], string>;
  kind: Record<ConflictKind, string>;
  choice: Record<ConflictKind, string>;
  declaredDone: string;
  affiliationHeading: string;
  affiliation: string;
  affiliationLabel: string;
  affiliationHint: string;
  saving: string;
  saveAffiliation: string;
  affiliationSaved: string;
  heading: string;
  intro: string;
  none: string;
  kindLabel: string;
  team: string;
  organisation: string;
  details: string;
  legend: string;
  chooseTeam: string;
  chooseOrganisation: string;
  whatConflict: string;
  detailsOptional: string;
  declaring: string;
  declare: string;
}

/** Accept or decline the invitation to judge. */
export function InvitationAnswer({
  roundId,
  status,
  words,
}: {
  roundId: string;
  status: Invitation["judge"]["status"];
  words: InvitationWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const respond = useMutation(trpc.judging.respond.mutationOptions());
  const action = useFormProblem();
  const answer = (accept: boolean) =>
    void action
      .attempt(() => respond.mutateAsync({ roundId, accept }), { keepPendingOnSuccess: true })
      .then((ok) => {
        if (ok) router.refresh();
      });
  return (
    <section
      aria-labelledby="answer-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="answer-heading" className="text-xl font-semibold">
        {words.question}
      </h2>
      {status === "DECLINED" ? <p>{words.declined}</p> : <p>{words.accepting}</p>}
      <ActionProblem problem={action.problem} />
      <div className="flex flex-wrap gap-3">
        <PendingButton
          type="button"
          pending={action.pending}
          onClick={() => answer(true)}
          className={`${buttonClass} min-h-12 px-6 text-lg`}
        >
          {words.accept}
        </PendingButton>
        {status === "INVITED" ? (
          <PendingButton
            type="button"
            pending={action.pending}
            onClick={() => answer(false)}
            className={`${secondaryButtonClass} min-h-12 px-6 text-lg`}
          >
            {words.decline}
          </PendingButton>
        ) : null}
      </div>
    </section>
  );
}

/** The judge's affiliation and declared conflicts of interest, to keep them away from teams they know. */
export function ConflictsPanel({
  roundId,
  affiliation,
  conflicts,
  words,
}: {
  roundId: string;
  affiliation: string | null;
  conflicts: Invitation["conflicts"];
  words: ConflictsWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const setAffiliation = useMutation(trpc.judging.setAffiliation.mutationOptions());
  const declare = useMutation(trpc.judging.declareConflict.mutationOptions());
  const [school, setSchool] = useState(affiliation ?? "");
  const affiliationForm = useFormProblem();
  const [affiliationSaved, setAffiliationSaved] = useState(false);
  const blank = {
    kind: "TEAM" as "TEAM" | "ORGANISATION" | "OTHER",
    teamId: "",
    organisationId: "",
    note: "",
  };
  const [conflict, setConflict] = useState(blank);
  const conflictForm = useFormProblem();
  const [declared, setDeclared] = useState<string | null>(null);

  async function onAffiliation(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAffiliationSaved(false);
    const checked = checkForm(affiliationInput, { roundId, affiliation: school });
    if (checked.problem) return affiliationForm.setProblem(checked.problem);
    const ok = await affiliationForm.attempt(() => setAffiliation.mutateAsync(checked.data));
    if (ok) {
      setAffiliationSaved(true);
      router.refresh();
    }
  }

  async function onDeclare(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDeclared(null);
    const checked = checkForm(declareConflictInput, { roundId, ...conflict });
    if (checked.problem) return conflictForm.setProblem(checked.problem);
    const ok = await conflictForm.attempt(() => declare.mutateAsync(checked.data));
    if (ok) {
      setConflict(blank);
      setDeclared(words.declaredDone);
      router.refresh();
    }
  }

  const conflictErrors = conflictForm.problem?.fields ?? {};
  return (
    <div className="space-y-6">
      <form onSubmit={(e) => void onAffiliation(e)} noValidate className="space-y-3">
        <h3 className="text-lg font-semibold">{words.affiliationHeading}</h3>
        <ErrorSummary
          problem={affiliationForm.problem}
          labels={{ affiliation: words.affiliation }}
          idPrefix="judge-"
        />
        <Field
          id="judge-affiliation"
          label={words.affiliationLabel}
          hint={words.affiliationHint}
          errors={affiliationForm.problem?.fields.affiliation}
        >
          {(props) => (
            <input
              {...props}
              value={school}
              onChange={(e) => setSchool(e.target.value)}
              maxLength={120}
              autoComplete="organization"
              className={inputClass}
            />
          )}
        </Field>
        <PendingButton
          pending={affiliationForm.pending}
          pendingLabel={words.saving}
          className={secondaryButtonClass}
        >
          {words.saveAffiliation}
        </PendingButton>
        {affiliationSaved ? <FormStatus message={words.affiliationSaved} variant="text" /> : null}
      </form>

      <section aria-labelledby="conflicts-heading" className="space-y-3">
        <h3 id="conflicts-heading" className="text-lg font-semibold">
          {words.heading}
        </h3>
        <p className="text-slate-700">{words.intro}</p>
        {conflicts.declared.length > 0 ? (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {conflicts.declared.map((c) => (
              <li key={c.id} className="p-3">
                <span className="font-medium">{words.kind[c.kind]}:</span> {c.with}
                <span className="block text-sm text-slate-600">{words.resolution[c.resolution]}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{words.none}</p>
        )}
        <form onSubmit={(e) => void onDeclare(e)} noValidate className="space-y-3">
          <ErrorSummary
            problem={conflictForm.problem}
            labels={{
              kind: words.kindLabel,
              teamId: words.team,
              organisationId: words.organisation,
              note: words.details,
            }}
            idPrefix="conflict-"
          />
          <fieldset className="space-y-2">
            <legend className="font-medium">{words.legend}</legend>
            <div className="flex flex-wrap gap-4">
              {(["TEAM", "ORGANISATION", "OTHER"] as const).map((kind) => (
                <label key={kind} className="flex min-h-11 items-center gap-2">
                  <input
                    type="radio"
                    name="conflict-kind"
                    id={kind === "TEAM" ? "conflict-kind" : undefined}
                    value={kind}
                    checked={conflict.kind === kind}
                    onChange={() => setConflict((c) => ({ ...c, kind }))}
                    className="size-5"
                  />
                  {words.choice[kind]}
                </label>
              ))}
            </div>
          </fieldset>
          {conflict.kind === "TEAM" ? (
            <Field id="conflict-teamId" label={words.team} errors={conflictErrors.teamId}>
              {(props) => (
                <select
                  {...props}
                  value={conflict.teamId}
                  onChange={(e) => setConflict((c) => ({ ...c, teamId: e.target.value }))}
                  className={inputClass}
                >
                  <option value="">{words.chooseTeam}</option>
                  {conflicts.teams.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {conflict.kind === "ORGANISATION" ? (
            <Field
              id="conflict-organisationId"
              label={words.organisation}
              errors={conflictErrors.organisationId}
            >
              {(props) => (
                <select
                  {...props}
                  value={conflict.organisationId}
                  onChange={(e) => setConflict((c) => ({ ...c, organisationId: e.target.value }))}
                  className={inputClass}
                >
                  <option value="">{words.chooseOrganisation}</option>
                  {conflicts.organisations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field
            id="conflict-note"
            label={conflict.kind === "OTHER" ? words.whatConflict : words.detailsOptional}
            errors={conflictErrors.note}
          >
            {(props) => (
              <textarea
                {...props}
                rows={2}
                maxLength={500}
                value={conflict.note}
                onChange={(e) => setConflict((c) => ({ ...c, note: e.target.value }))}
                className={inputClass}
              />
            )}
          </Field>
          <PendingButton
            pending={conflictForm.pending}
            pendingLabel={words.declaring}
            className={secondaryButtonClass}
          >
            {words.declare}
          </PendingButton>
          <FormStatus message={declared} variant="text" />
        </form>
      </section>
    </div>
  );
}
