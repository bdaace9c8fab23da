"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { checkForm } from "~/app/_components/form-errors";
import { ImageFields, useUploadPanel } from "~/app/_components/image-fields";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { imageFileProblem, readAsBase64 } from "~/app/_components/read-file";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { useTRPC } from "~/app/trpc/react";
import { coverImageFields } from "~/server/events/cover-schema";

const labels = { cover: "Cover image", alt: "Describe the image" };

/**
 * Organisers upload, replace or remove the event's cover: the picture on its card and at the top of its
 * page. A description is required; a refused file is marked beside the file field and the description
 * typed so far stays.
 */
export function CoverPanel({
  eventId,
  hasCover,
  preview,
}: {
  eventId: string;
  hasCover: boolean;
  /** The current cover (or the generated one), drawn on the server: the panel only shows it. */
  preview: ReactNode;
}) {
  const trpc = useTRPC();
  const setCover = useMutation(trpc.events.setCover.mutationOptions());
  const removeCover = useMutation(trpc.events.removeCover.mutationOptions());
  const { file, problem, setProblem, pending, done, setDone, run } = useUploadPanel("cover");
  const [alt, setAlt] = useState("");

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    const fileProblem = chosen ? imageFileProblem(chosen) : "Choose an image to upload";
    const checked = checkForm(coverImageFields, { alt }, fileProblem ? { cover: [fileProblem] } : {});
    if (checked.problem || !chosen) {
      setDone(null);
      if (checked.problem) setProblem(checked.problem);
      return;
    }
    const ok = await run(
      async () =>
        setCover.mutateAsync({ eventId, alt: checked.data.alt, dataBase64: await readAsBase64(chosen) }),
      "Cover image saved.",
    );
    if (ok) setAlt("");
  }

  const errors = problem?.fields ?? {};
  return (
    <section aria-labelledby="cover-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="cover-heading" className={sectionTitleClass}>
        Cover image
      </h2>
      <p className="text-slate-700">
        Shown on the event&apos;s card and at the top of its page. Without one, the event gets a pattern made
        from its name.
      </p>
      <ErrorSummary problem={problem} labels={labels} idPrefix="cover-" anchors={{ cover: "cover-file" }} />
      <FormStatus variant="text" message={done} />
      {preview}
      <form onSubmit={onUpload} noValidate className="space-y-3">
        <ImageFields
          idPrefix="cover-"
          labels={{ alt: labels.alt, file: hasCover ? "Replace the cover image" : "Upload a cover image" }}
          fileHint="A PNG, JPEG, WebP or GIF image of at most 2 MB; wide pictures (3:1) fit best."
          alt={alt}
          onAltChange={setAlt}
          fileRef={file}
          errors={{ alt: errors.alt, file: errors.cover }}
        />
        <PendingButton pending={pending} pendingLabel="Uploading…" className={buttonClass}>
          Upload cover
        </PendingButton>
      </form>
      {hasCover ? (
        <ConfirmDialog
          trigger="Remove cover image"
          triggerClassName={secondaryButtonClass}
          triggerDisabled={pending}
          title="Remove the cover image?"
          description={
            <p>
              The event&apos;s card and page show the generated pattern instead, at once. Upload it again to
              have it back.
            </p>
          }
          confirmLabel="Remove cover image"
          pendingLabel="Removing…"
          onConfirm={() => run(() => removeCover.mutateAsync({ eventId }), "Cover image removed.")}
          problem={problem}
        />
      ) : null}
    </section>
  );
}
