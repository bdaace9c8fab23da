"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field } from "~/app/_components/field";
import { fixFieldsMessage } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { useUploadPanel } from "~/app/_components/image-fields";
import { PendingButton } from "~/app/_components/pending-button";
import { IMAGE_ACCEPT, imageFileProblem, readAsBase64 } from "~/app/_components/read-file";
import { useTRPC } from "~/app/trpc/react";
import { cardClass } from "~/app/_components/card";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";

/** What the logo panel says (the "LogoPanel" messages), read by the page. */
export interface LogoPanelWords {
  chooseImage: string;
  saved: string;
  heading: string;
  createdWithFailedLogo: string;
  replace: string;
  upload: string;
  currentLogo: string;
  noLogo: string;
  hint: string;
  uploading: string;
  uploadButton: string;
  remove: string;
  removeTitle: string;
  removeBody: string;
  removing: string;
  removed: string;
}

/** Owners upload, replace or remove the organisation's logo; it shows on public pages at once. */
export function LogoPanel({
  organisationId,
  logo,
  createdWithFailedLogo,
  words,
}: {
  organisationId: string;
  logo: string | null;
  createdWithFailedLogo: boolean;
  words: LogoPanelWords;
}) {
  const trpc = useTRPC();
  const setLogo = useMutation(trpc.organisations.setLogo.mutationOptions());
  const removeLogo = useMutation(trpc.organisations.removeLogo.mutationOptions());
  const { file, problem, setProblem, pending, done, setDone, run } = useUploadPanel("logo");

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    const fileProblem = chosen ? imageFileProblem(chosen) : words.chooseImage;
    if (!chosen || fileProblem) {
      setDone(null);
      setProblem({ message: fixFieldsMessage, fields: { logo: [fileProblem ?? ""] } });
      return;
    }
    await run(
      async () => setLogo.mutateAsync({ organisationId, dataBase64: await readAsBase64(chosen) }),
      words.saved,
    );
  }

  return (
    <section aria-labelledby="logo-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="logo-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      {createdWithFailedLogo && !problem && !done ? (
        <p role="alert" className="font-medium text-red-700">
          {words.createdWithFailedLogo}
        </p>
      ) : null}
      <ErrorSummary
        problem={problem}
        labels={{ logo: logo ? words.replace : words.upload }}
        anchors={{ logo: "logo-file" }}
      />
      <FormStatus variant="text" message={done} />
      {logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own route with its own caching
        <img
          src={logo}
          alt={words.currentLogo}
          className="h-20 w-20 rounded border border-slate-200 object-contain"
        />
      ) : (
        <p className="text-slate-700">{words.noLogo}</p>
      )}
      <form onSubmit={onUpload} noValidate className="flex flex-wrap items-end gap-3">
        <Field
          id="logo-file"
          label={logo ? words.replace : words.upload}
          hint={words.hint}
          errors={problem?.fields.logo}
        >
          {(a) => <input {...a} ref={file} type="file" accept={IMAGE_ACCEPT} className="block" />}
        </Field>
        <PendingButton pending={pending} pendingLabel={words.uploading} className={buttonClass}>
          {words.uploadButton}
        </PendingButton>
      </form>
      {logo ? (
        <ConfirmDialog
          trigger={words.remove}
          triggerClassName={secondaryButtonClass}
          triggerDisabled={pending}
          title={words.removeTitle}
          description={<p>{words.removeBody}</p>}
          confirmLabel={words.remove}
          pendingLabel={words.removing}
          onConfirm={() => run(() => removeLogo.mutateAsync({ organisationId }), words.removed)}
          problem={problem}
        />
      ) : null}
    </section>
  );
}
