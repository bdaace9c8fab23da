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

/** What the editor says (the "EventCover" messages, and ImageFields' hint), read by the page. */
export interface CoverEditorWords {
  cover: string;
  alt: string;
  altHint: string;
  chooseImage: string;
  replaceFile: string;
  uploadFile: string;
  fileHint: string;
  uploading: string;
  upload: string;
  saved: string;
  remove: string;
  removeTitle: string;
  removeBody: string;
  removing: string;
  removed: string;
}

/**
 * Uploading, replacing or removing the event's cover (opened from CoverPanel, which fetches this code
 * when it is first asked for). A description is required; a refused file is marked beside the file field
 * and the description typed so far stays. Opening it puts the focus on the file field.
 */
export default function CoverEditor({
  eventId,
  hasCover,
  words,
}: {
  eventId: string;
  hasCover: boolean;
  words: CoverEditorWords;
}) {
  const labels = { cover: words.cover, alt: words.alt };
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
    const fileProblem = chosen ? imageFileProblem(chosen) : words.chooseImage;
    const checked = checkForm(coverImageFields, { alt }, fileProblem ? { cover: [fileProblem] } : {});
    if (checked.problem || !chosen) {
      setDone(null);
      if (checked.problem) setProblem(checked.problem);
      return;
    }
    const ok = await run(
      async () =>
        setCover.mutateAsync({ eventId, alt: checked.data.alt, dataBase64: await readAsBase64(chosen) }),
      words.saved,
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
          labels={{ alt: labels.alt, file: hasCover ? words.replaceFile : words.uploadFile }}
          altHint={words.altHint}
          fileHint={words.fileHint}
          alt={alt}
          onAltChange={setAlt}
          fileRef={file}
          errors={{ alt: errors.alt, file: errors.cover }}
        />
        <PendingButton pending={pending} pendingLabel={words.uploading} className={buttonClass}>
          {words.upload}
        </PendingButton>
      </form>
      {hasCover ? (
        <ConfirmDialog
          trigger={words.remove}
          triggerClassName={secondaryButtonClass}
          triggerDisabled={pending}
          title={words.removeTitle}
          description={<p>{words.removeBody}</p>}
          confirmLabel={words.remove}
          pendingLabel={words.removing}
          onConfirm={() => run(() => removeCover.mutateAsync({ eventId }), words.removed)}
          problem={problem}
        />
      ) : null}
    </div>
  );
}
