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
 * What the section says (the "AccountRights" messages, read by the page); `deleteDescription` names the
 * address to type.
 */
export interface RightsSectionWords {
  dataTitle: string;
  dataAboutYou: string;
  dataAboutThem: string;
  download: string;
  removeManaged: string;
  deleteTitle: string;
  deleteWhat: string;
  signUpAgain: string;
  deleteTrigger: string;
  deleteDialogTitle: string;
  deleteDescription: string;
  deleteConfirm: string;
  deleting: string;
  keep: string;
  email: string;
}

/**
 * A person's rights over their data: download everything the platform holds about them (JSON), and
 * delete their account after typing their address (refusals say what to do first).
 */
export function RightsSection({ words, managed = false }: { words: RightsSectionWords; managed?: boolean }) {
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
          {words.dataTitle}
        </h2>
        <p>{managed ? words.dataAboutThem : words.dataAboutYou}</p>
        <p>
          <a href="/account/data" className={strongLinkClass} download>
            {words.download}
          </a>
        </p>
      </section>
      {managed ? (
        <p className={mutedClass}>{words.removeManaged}</p>
      ) : (
        <section aria-labelledby="delete-heading" className={`space-y-3 ${cardClass}`}>
          <h2 id="delete-heading" className={cardTitleClass}>
            {words.deleteTitle}
          </h2>
          <p>{words.deleteWhat}</p>
          <p className={mutedClass}>{words.signUpAgain}</p>
          <ConfirmDialog
            trigger={words.deleteTrigger}
            triggerClassName={dangerOutlineButtonClass}
            title={words.deleteDialogTitle}
            description={<p>{words.deleteDescription}</p>}
            confirmLabel={words.deleteConfirm}
            pendingLabel={words.deleting}
            cancelLabel={words.keep}
            onConfirm={onConfirm}
            problem={problem}
            onOpenChange={(open) => {
              if (open) setProblem(null);
            }}
          >
            <Field id="confirmEmail" label={words.email} errors={problem?.fields.confirmEmail}>
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
