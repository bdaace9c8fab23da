"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { dangerOutlineButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { Field, inputClass } from "~/app/_components/field";
import { useFormProblem } from "~/app/_components/form-errors";
import { cardTitleClass, mutedClass, strongLinkClass } from "~/app/_components/text-styles";
import { useTRPC } from "~/app/trpc/react";

/**
 * A person's rights over their data: download everything the platform holds about them (JSON), and
 * delete their account after typing their address (refusals say what to do first).
 */
export function RightsSection({ email, managed = false }: { email: string; managed?: boolean }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.users.deleteAccount.mutationOptions());
  const { problem, setProblem, attempt } = useFormProblem();
  const [confirmEmail, setConfirmEmail] = useState("");

  async function onConfirm(): Promise<boolean> {
    const ok = await attempt(() => remove.mutateAsync({ confirmEmail }));
    // The sessions are gone: a full page load (not a client-side navigation, which would keep the
    // signed-in header in memory) shows the site signed out.
    if (ok) window.location.replace(new URL("/account/deleted", window.location.origin).href);
    return ok;
  }

  return (
    <>
      <section aria-labelledby="data-heading" className={`space-y-2 ${cardClass}`}>
        <h2 id="data-heading" className={cardTitleClass}>
          Your data
        </h2>
        <p>
          {managed ? "Everything we hold about them" : "Everything we hold about you"} —{" "}
          {managed ? "their" : "your"} account, registrations, consents, teams, projects and judging — in one
          file you can keep or send elsewhere.
        </p>
        <p>
          <a href="/account/data" className={strongLinkClass} download>
            Download your data (JSON)
          </a>
        </p>
      </section>
      {managed ? (
        <p className={mutedClass}>
          To remove this profile, go back to your own account: it is under &ldquo;Children you
          register&rdquo;.
        </p>
      ) : (
        <section aria-labelledby="delete-heading" className={`space-y-3 ${cardClass}`}>
          <h2 id="delete-heading" className={cardTitleClass}>
            Delete your account
          </h2>
          <p>
            Your details, dates of birth, answers and check-in records are deleted and you are signed out
            everywhere. Projects you made with a team stay, credited to &ldquo;Former participant&rdquo;;
            consent records stay without names, as the record that consent was given.
          </p>
          <p className={mutedClass}>
            You can sign up again with the same address later; you&apos;ll start with an empty account.
          </p>
          <ConfirmDialog
            trigger="Delete my account"
            triggerClassName={dangerOutlineButtonClass}
            title="Delete your account for good?"
            description={<p>This can&apos;t be undone. Type {email} to confirm.</p>}
            confirmLabel="Delete my account"
            pendingLabel="Deleting…"
            cancelLabel="Keep my account"
            onConfirm={onConfirm}
            problem={problem}
            onOpenChange={(open) => {
              if (open) setProblem(null);
            }}
          >
            <Field id="confirmEmail" label="Your email address" errors={problem?.fields.confirmEmail}>
              {(a) => (
                <input
                  {...a}
                  type="email"
                  autoComplete="off"
                  className={inputClass}
                  value={confirmEmail}
                  onChange={(e) => setConfirmEmail(e.target.value)}
                />
              )}
            </Field>
          </ConfirmDialog>
        </section>
      )}
    </>
  );
}
