"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { checkForm } from "~/app/_components/form-errors";
import { ImageFields, useUploadPanel } from "~/app/_components/image-fields";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { imageFileProblem, readAsBase64 } from "~/app/_components/read-file";
import { useTRPC } from "~/app/trpc/react";
import { coverImageFields } from "~/server/events/cover-schema";

const labels = { cover: "Cover image", alt: "Describe the image" };

/**
 * Uploading, replacing or removing the event's cover (opened from CoverPanel, which fetches this code
 * when it is first asked for). A description is required; a refused file is marked beside the file field
 * and the description typed so far stays. Opening it puts the focus on the file field.
 */
export default function CoverEditor({ eventId, hasCover }: { eventId: string; hasCover: boolean }) {
  const trpc = useTRPC();
  const setCover = useMutation(trpc.events.setCover.mutationOptions());
  const removeCover = useMutation(trpc.events.removeCover.mutationOptions());
  const { file, problem, setProblem, pending, done, setDone, run } = useUploadPanel("cover");
  const [alt, setAlt] = useState("");
  useEffect(() => {
    document.getElementById("cover-file")?.focus();
  }, []);

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
    <div className="space-y-4">
      <ErrorSummary problem={problem} labels={labels} idPrefix="cover-" anchors={{ cover: "cover-file" }} />
      <FormStatus variant="text" message={done} />
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
    </div>
  );
}
