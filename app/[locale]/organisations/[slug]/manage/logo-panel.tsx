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

/** Owners upload, replace or remove the organisation's logo; it shows on public pages at once. */
export function LogoPanel({
  organisationId,
  logo,
  createdWithFailedLogo,
}: {
  organisationId: string;
  logo: string | null;
  createdWithFailedLogo: boolean;
}) {
  const trpc = useTRPC();
  const setLogo = useMutation(trpc.organisations.setLogo.mutationOptions());
  const removeLogo = useMutation(trpc.organisations.removeLogo.mutationOptions());
  const { file, problem, setProblem, pending, done, setDone, run } = useUploadPanel("logo");

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    const fileProblem = chosen ? imageFileProblem(chosen) : "Choose an image to upload";
    if (!chosen || fileProblem) {
      setDone(null);
      setProblem({ message: fixFieldsMessage, fields: { logo: [fileProblem ?? ""] } });
      return;
    }
    await run(
      async () => setLogo.mutateAsync({ organisationId, dataBase64: await readAsBase64(chosen) }),
      "Logo saved.",
    );
  }

  return (
    <section aria-labelledby="logo-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="logo-heading" className={sectionTitleClass}>
        Logo
      </h2>
      {createdWithFailedLogo && !problem && !done ? (
        <p role="alert" className="font-medium text-red-700">
          Your organisation was created, but its logo could not be saved. Try uploading it again.
        </p>
      ) : null}
      <ErrorSummary
        problem={problem}
        labels={{ logo: logo ? "Replace the logo" : "Upload a logo" }}
        anchors={{ logo: "logo-file" }}
      />
      <FormStatus variant="text" message={done} />
      {logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own route with its own caching
        <img
          src={logo}
          alt="Current logo"
          className="h-20 w-20 rounded border border-slate-200 object-contain"
        />
      ) : (
        <p className="text-slate-700">No logo yet. Sponsors with a logo are easier to recognise.</p>
      )}
      <form onSubmit={onUpload} noValidate className="flex flex-wrap items-end gap-3">
        <Field
          id="logo-file"
          label={logo ? "Replace the logo" : "Upload a logo"}
          hint="A PNG, JPEG, WebP or GIF image of at most 2 MB."
          errors={problem?.fields.logo}
        >
          {(a) => <input {...a} ref={file} type="file" accept={IMAGE_ACCEPT} className="block" />}
        </Field>
        <PendingButton pending={pending} pendingLabel="Uploading…" className={buttonClass}>
          Upload
        </PendingButton>
      </form>
      {logo ? (
        <ConfirmDialog
          trigger="Remove logo"
          triggerClassName={secondaryButtonClass}
          triggerDisabled={pending}
          title="Remove the logo?"
          description={
            <p>
              It disappears from the organisation&apos;s public pages and its challenges at once. Upload it
              again to have it back.
            </p>
          }
          confirmLabel="Remove logo"
          pendingLabel="Removing…"
          onConfirm={() => run(() => removeLogo.mutateAsync({ organisationId }), "Logo removed.")}
          problem={problem}
        />
      ) : null}
    </section>
  );
}
