"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ActionProblem, ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { MARKDOWN_HINT } from "~/app/_components/markdown-hint";
import { PendingButton } from "~/app/_components/pending-button";
import { imageFileProblem, readAsBase64 } from "~/app/_components/read-file";
import { useRequestKey } from "~/app/_components/request-key";
import { useTRPC } from "~/app/trpc/react";
import type { RouterOutputs } from "~/app/trpc/types";
import { submissionSchemas } from "~/app/_components/lazy-schemas";
import { cardClass, compactCardClass } from "~/app/_components/card";
import { sectionTitleClass } from "~/app/_components/text-styles";
import {
  buttonClass,
  rowButtonClass,
  secondaryButtonClass,
  successButtonClass,
} from "~/app/_components/button-styles";
import { ImageFields } from "~/app/_components/image-fields";

type Mine = RouterOutputs["submissions"]["mine"];

const statusText = {
  DRAFT: "Draft — not submitted yet",
  SUBMITTED: "Submitted",
  WITHDRAWN: "Withdrawn",
  DISQUALIFIED: "Disqualified",
} as const;

const fieldLabels = {
  title: "Title",
  tagline: "Tagline",
  description: "Description",
  repositoryUrl: "Code repository",
  demoUrl: "Demo link",
  videoUrl: "Video link",
  technologies: "Technologies",
  challengeIds: "Challenges you enter",
};

const imageLabels = { alt: "Describe the image", image: "Image file" };

function technologiesOf(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The team's project: its details, submitting and withdrawing it, and its images; locked, with the reason, when it can't change. */
export function SubmissionEditor({
  eventId,
  teamId,
  submission,
  challenges,
  canChange,
  lockedReason,
}: {
  eventId: string;
  teamId: string;
  submission: Mine["submission"];
  challenges: Mine["challenges"];
  canChange: boolean;
  /** Why the project can't change now (and when it can), shown beside the locked form. */
  lockedReason: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.submissions.save.mutationOptions());
  const submit = useMutation(trpc.submissions.submit.mutationOptions());
  const withdraw = useMutation(trpc.submissions.withdraw.mutationOptions());
  const addImage = useMutation(trpc.submissions.addImage.mutationOptions());
  const removeImage = useMutation(trpc.submissions.removeImage.mutationOptions());
  const initial = {
    title: submission?.title ?? "",
    tagline: submission?.tagline ?? "",
    description: submission?.description ?? "",
    repositoryUrl: submission?.repositoryUrl ?? "",
    demoUrl: submission?.demoUrl ?? "",
    videoUrl: submission?.videoUrl ?? "",
    technologies: (submission?.technologies ?? []).join(", "),
    challengeIds: submission?.challenges.map((c) => c.challengeId) ?? [],
  };
  const [values, setValues] = useState(initial);
  const form = useFormProblem({
    key: `project:${teamId}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const actions = useFormProblem();
  const images = useFormProblem();
  const [notice, setNotice] = useState<string | null>(null);
  // The version this editor last saw: the save's own answer, so a second Save right after the first
  // (before the page has refreshed) names the version it really edits.
  const [savedVersion, setSavedVersion] = useState(0);
  const version = Math.max(savedVersion, submission?.version ?? 0);
  const latestSubmitted = submission?.revisions[0]?.version ?? null;
  const unsubmittedChanges = submission?.status === "SUBMITTED" && latestSubmitted !== version;

  const set =
    (name: Exclude<keyof typeof values, "challengeIds">) =>
    (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValues((v) => ({ ...v, [name]: e.target.value }));
  const toggleChallenge = (id: string) =>
    setValues((v) => ({
      ...v,
      challengeIds: v.challengeIds.includes(id)
        ? v.challengeIds.filter((c) => c !== id)
        : [...v.challengeIds, id],
    }));

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const input = { ...values, technologies: technologiesOf(values.technologies) };
    const { submissionFields } = await submissionSchemas();
    const checked = checkForm(submissionFields, input);
    if (checked.problem) {
      form.setProblem(checked.problem);
      return;
    }
    const ok = await form.attempt(async () => {
      const saved = await save.mutateAsync({ eventId, teamId, expectedVersion: version, ...input });
      setSavedVersion(saved.version);
    });
    if (ok) {
      setNotice("Saved.");
      router.refresh();
    }
  }

  async function runAction(action: () => Promise<unknown>, done: string): Promise<boolean> {
    setNotice(null);
    const ok = await actions.attempt(action);
    if (ok) {
      setNotice(done);
      router.refresh();
    }
    return ok;
  }

  const errors = form.problem?.fields ?? {};
  const locked = lockedReason ? "project-locked" : undefined;
  return (
    <div className="space-y-8">
      {!canChange && lockedReason ? (
        <p
          id="project-locked"
          role="status"
          className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900"
        >
          {lockedReason}
        </p>
      ) : null}
      {submission ? (
        <section aria-labelledby="status-heading" className={`space-y-2 ${cardClass}`}>
          <h2 id="status-heading" className={sectionTitleClass}>
            Status: {statusText[submission.status]}
          </h2>
          {submission.status === "DISQUALIFIED" ? (
            <p className="text-red-800">Reason given by the organisers: {submission.disqualifiedReason}</p>
          ) : null}
          {unsubmittedChanges ? (
            <p>You have changes that are not submitted yet. Judges see the last version you submitted.</p>
          ) : null}
          {canChange ? (
            <div className="flex flex-wrap gap-3">
              {submission.status !== "SUBMITTED" || unsubmittedChanges ? (
                <PendingButton
                  type="button"
                  pending={actions.pending}
                  pendingLabel="Submitting…"
                  onClick={() =>
                    void runAction(
                      () => submit.mutateAsync({ eventId, teamId, expectedVersion: version }),
                      "Submitted. You can still change it until the deadline.",
                    )
                  }
                  className={successButtonClass}
                >
                  Submit this version
                </PendingButton>
              ) : null}
              {submission.status === "SUBMITTED" ? (
                <ConfirmDialog
                  trigger="Withdraw"
                  triggerClassName={secondaryButtonClass}
                  triggerDisabled={actions.pending}
                  title="Withdraw your project?"
                  description={
                    <p>
                      It leaves judging and the gallery. You can submit it again until the deadline; after the
                      deadline it stays withdrawn.
                    </p>
                  }
                  confirmLabel="Withdraw"
                  pendingLabel="Withdrawing…"
                  onConfirm={() => runAction(() => withdraw.mutateAsync({ eventId, teamId }), "Withdrawn.")}
                  problem={actions.problem}
                />
              ) : null}
            </div>
          ) : null}
          <ActionProblem problem={actions.problem} />
        </section>
      ) : null}
      <FormStatus message={notice} />
      <form
        onSubmit={onSave}
        onFocus={() => void submissionSchemas()}
        noValidate
        className="space-y-4"
        aria-describedby={locked}
      >
        <ErrorSummary
          problem={form.problem}
          labels={fieldLabels}
          anchors={challengeAnchor(challenges)}
          restored={form.restored}
        />
        <fieldset disabled={!canChange} aria-describedby={locked} className="space-y-4">
          <legend className="sr-only">Project details</legend>
          <Field id="title" label="Title" errors={errors.title}>
            {(a) => <input {...a} className={inputClass} value={values.title} onChange={set("title")} />}
          </Field>
          <Field
            id="tagline"
            label="Tagline"
            hint="One sentence, at most 140 characters."
            errors={errors.tagline}
          >
            {(a) => <input {...a} className={inputClass} value={values.tagline} onChange={set("tagline")} />}
          </Field>
          <Field
            id="description"
            label="Description"
            hint={`What it does, who it helps, how you built it. ${MARKDOWN_HINT}`}
            errors={errors.description}
          >
            {(a) => (
              <textarea
                {...a}
                rows={8}
                className={inputClass}
                value={values.description}
                onChange={set("description")}
              />
            )}
          </Field>
          <div className="grid gap-4 sm:grid-cols-3">
            {(["repositoryUrl", "demoUrl", "videoUrl"] as const).map((name) => (
              <Field key={name} id={name} label={fieldLabels[name]} errors={errors[name]}>
                {(a) => (
                  <input {...a} type="url" className={inputClass} value={values[name]} onChange={set(name)} />
                )}
              </Field>
            ))}
          </div>
          <Field
            id="technologies"
            label="Technologies"
            hint="Separate them with commas, e.g. Python, micro:bit."
            errors={errors.technologies}
          >
            {(a) => (
              <input
                {...a}
                className={inputClass}
                value={values.technologies}
                onChange={set("technologies")}
              />
            )}
          </Field>
          <fieldset
            className="space-y-2"
            aria-describedby={errors.challengeIds ? "challenges-error" : undefined}
          >
            <legend className="font-medium">Challenges you enter</legend>
            {errors.challengeIds ? (
              <p id="challenges-error" className="text-sm font-medium text-red-700">
                {errors.challengeIds.join(". ")}
              </p>
            ) : null}
            {challenges.length === 0 ? (
              <p className="text-slate-700">No challenges have been published yet.</p>
            ) : null}
            {challenges.map((challenge) => (
              <div key={challenge.id} className="flex items-center gap-2">
                <input
                  id={`challenge-${challenge.id}`}
                  type="checkbox"
                  checked={values.challengeIds.includes(challenge.id)}
                  onChange={() => toggleChallenge(challenge.id)}
                  className="size-4"
                />
                <label htmlFor={`challenge-${challenge.id}`}>{challenge.title}</label>
              </div>
            ))}
          </fieldset>
          <PendingButton pending={form.pending} pendingLabel="Saving…" className={buttonClass}>
            Save
          </PendingButton>
        </fieldset>
      </form>
      {submission ? (
        <section aria-labelledby="images-heading" className="space-y-3">
          <h2 id="images-heading" className={sectionTitleClass}>
            Images ({submission.images.length} of 5)
          </h2>
          <ul className="grid gap-3 sm:grid-cols-3">
            {submission.images.map((image) => (
              <li key={image.id} className="space-y-2 rounded border border-slate-200 bg-white p-2">
                {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authorised route */}
                <img
                  src={`/api/images/${image.id}`}
                  alt={image.alt}
                  className="aspect-video w-full rounded object-cover"
                />
                {canChange ? (
                  <ConfirmDialog
                    trigger={
                      <>
                        Remove<span className="sr-only"> image {image.alt}</span>
                      </>
                    }
                    triggerClassName={rowButtonClass}
                    triggerDisabled={images.pending}
                    title="Remove this image?"
                    description={<p>It is deleted from your project. To have it back, upload it again.</p>}
                    confirmLabel="Remove image"
                    pendingLabel="Removing…"
                    onConfirm={async () => {
                      const ok = await images.attempt(() =>
                        removeImage.mutateAsync({ eventId, teamId, imageId: image.id }),
                      );
                      if (ok) {
                        setNotice("Image removed.");
                        router.refresh();
                      }
                      return ok;
                    }}
                    problem={images.problem}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {canChange && submission.images.length < 5 ? (
            <ImageUpload
              images={images}
              onUpload={async (dataBase64, alt, requestKey) => {
                await addImage.mutateAsync({ eventId, teamId, dataBase64, alt, requestKey });
              }}
              onDone={() => {
                setNotice("Image added.");
                router.refresh();
              }}
            />
          ) : null}
        </section>
      ) : canChange ? (
        <p className="text-slate-700">Save your project once to add images.</p>
      ) : null}
    </div>
  );
}

/** The challenges fieldset has no single input: its summary link goes to the first checkbox. */
function challengeAnchor(challenges: Mine["challenges"]): Record<string, string> {
  const first = challenges[0];
  return first ? { challengeIds: `challenge-${first.id}` } : {};
}

/**
 * Adds one image: a description (required, for people who can't see it) and a file, checked together
 * before anything is sent. A refusal marks the field it is about and leaves everything typed in place.
 */
function ImageUpload({
  images,
  onUpload,
  onDone,
}: {
  images: ReturnType<typeof useFormProblem>;
  onUpload: (dataBase64: string, alt: string, requestKey: string) => Promise<void>;
  onDone: () => void;
}) {
  const [alt, setAlt] = useState("");
  const file = useRef<HTMLInputElement>(null);
  const requestKey = useRequestKey();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    const fileProblem = chosen ? imageFileProblem(chosen) : "Choose an image to add";
    const { imageUploadFields } = await submissionSchemas();
    const checked = checkForm(imageUploadFields, { alt }, fileProblem ? { image: [fileProblem] } : {});
    if (checked.problem || !chosen) {
      if (checked.problem) images.setProblem(checked.problem);
      return;
    }
    const ok = await images.attempt(
      async () => onUpload(await readAsBase64(chosen), checked.data.alt, requestKey.current),
      // The server names the upload's bytes `dataBase64`; here that is the image file field.
      { renameFields: { dataBase64: "image" } },
    );
    if (ok) {
      setAlt("");
      if (file.current) file.current.value = "";
      requestKey.renew();
      onDone();
    }
  }

  const errors = images.problem?.fields ?? {};
  return (
    <form
      onSubmit={onSubmit}
      onFocus={() => void submissionSchemas()}
      noValidate
      className={`space-y-3 ${compactCardClass}`}
    >
      <h3 className="font-semibold">Add an image</h3>
      <ErrorSummary
        problem={images.problem}
        labels={imageLabels}
        idPrefix="image-"
        anchors={{ image: "image-file" }}
      />
      <ImageFields
        idPrefix="image-"
        labels={{ alt: imageLabels.alt, file: imageLabels.image }}
        fileHint="PNG, JPEG, WebP or GIF, at most 2 MB."
        alt={alt}
        onAltChange={setAlt}
        fileRef={file}
        errors={{ alt: errors.alt, file: errors.image }}
      />
      <PendingButton pending={images.pending} pendingLabel="Adding…" className={buttonClass}>
        Add image
      </PendingButton>
    </form>
  );
}
