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
import { fillTemplate } from "~/server/i18n/labels";

type Mine = RouterOutputs["submissions"]["mine"];
type Status = NonNullable<Mine["submission"]>["status"];

/**
 * What the editor says (the "SubmissionEditor" messages), read by the page. `status`,
 * `disqualifiedReason`, `images` and `removeImageNamed` are raw templates, filled in here with the
 * project's own values.
 */
export interface SubmissionEditorWords {
  statusText: Record<Status, string>;
  title: string;
  tagline: string;
  description: string;
  repositoryUrl: string;
  demoUrl: string;
  videoUrl: string;
  technologies: string;
  challengeIds: string;
  imageAlt: string;
  imageFile: string;
  saved: string;
  status: string;
  disqualifiedReason: string;
  unsubmittedChanges: string;
  submitting: string;
  submitted: string;
  submitVersion: string;
  withdraw: string;
  withdrawTitle: string;
  withdrawBody: string;
  withdrawing: string;
  withdrawn: string;
  cancel: string;
  projectDetails: string;
  taglineHint: string;
  descriptionHint: string;
  technologiesHint: string;
  noChallenges: string;
  saving: string;
  save: string;
  images: string;
  remove: string;
  removeImageNamed: string;
  removeImageTitle: string;
  removeImageBody: string;
  removeImage: string;
  removing: string;
  imageRemoved: string;
  imageAdded: string;
  saveFirst: string;
  chooseImage: string;
  addImageHeading: string;
  fileHint: string;
  /** The image description's hint (the "ImageFields" message). */
  altHint: string;
  adding: string;
  addImage: string;
}

/** The most images a project has (the server's limit too). */
const MAX_IMAGES = 5;

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
  words,
}: {
  eventId: string;
  teamId: string;
  submission: Mine["submission"];
  challenges: Mine["challenges"];
  canChange: boolean;
  /** Why the project can't change now (and when it can), shown beside the locked form. */
  lockedReason: string | null;
  words: SubmissionEditorWords;
}) {
  const trpc = useTRPC();
  const fieldLabels = {
    title: words.title,
    tagline: words.tagline,
    description: words.description,
    repositoryUrl: words.repositoryUrl,
    demoUrl: words.demoUrl,
    videoUrl: words.videoUrl,
    technologies: words.technologies,
    challengeIds: words.challengeIds,
  };
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
      setNotice(words.saved);
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
            {fillTemplate(words.status, { status: words.statusText[submission.status] })}
          </h2>
          {submission.status === "DISQUALIFIED" ? (
            <p className="text-red-800">
              {fillTemplate(words.disqualifiedReason, { reason: submission.disqualifiedReason ?? "" })}
            </p>
          ) : null}
          {unsubmittedChanges ? <p>{words.unsubmittedChanges}</p> : null}
          {canChange ? (
            <div className="flex flex-wrap gap-3">
              {submission.status !== "SUBMITTED" || unsubmittedChanges ? (
                <PendingButton
                  type="button"
                  pending={actions.pending}
                  pendingLabel={words.submitting}
                  onClick={() =>
                    void runAction(
                      () => submit.mutateAsync({ eventId, teamId, expectedVersion: version }),
                      words.submitted,
                    )
                  }
                  className={successButtonClass}
                >
                  {words.submitVersion}
                </PendingButton>
              ) : null}
              {submission.status === "SUBMITTED" ? (
                <ConfirmDialog
                  trigger={words.withdraw}
                  triggerClassName={secondaryButtonClass}
                  triggerDisabled={actions.pending}
                  title={words.withdrawTitle}
                  description={<p>{words.withdrawBody}</p>}
                  confirmLabel={words.withdraw}
                  pendingLabel={words.withdrawing}
                  cancelLabel={words.cancel}
                  onConfirm={() =>
                    runAction(() => withdraw.mutateAsync({ eventId, teamId }), words.withdrawn)
                  }
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
          <legend className="sr-only">{words.projectDetails}</legend>
          <Field id="title" label={fieldLabels.title} errors={errors.title}>
            {(a) => <input {...a} className={inputClass} value={values.title} onChange={set("title")} />}
          </Field>
          <Field id="tagline" label={fieldLabels.tagline} hint={words.taglineHint} errors={errors.tagline}>
            {(a) => <input {...a} className={inputClass} value={values.tagline} onChange={set("tagline")} />}
          </Field>
          <Field
            id="description"
            label={fieldLabels.description}
            hint={`${words.descriptionHint} ${MARKDOWN_HINT}`}
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
            label={fieldLabels.technologies}
            hint={words.technologiesHint}
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
            <legend className="font-medium">{fieldLabels.challengeIds}</legend>
            {errors.challengeIds ? (
              <p id="challenges-error" className="text-sm font-medium text-red-700">
                {errors.challengeIds.join(". ")}
              </p>
            ) : null}
            {challenges.length === 0 ? <p className="text-slate-700">{words.noChallenges}</p> : null}
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
          <PendingButton pending={form.pending} pendingLabel={words.saving} className={buttonClass}>
            {words.save}
          </PendingButton>
        </fieldset>
      </form>
      {submission ? (
        <section aria-labelledby="images-heading" className="space-y-3">
          <h2 id="images-heading" className={sectionTitleClass}>
            {fillTemplate(words.images, { count: submission.images.length, max: MAX_IMAGES })}
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
                        {words.remove}
                        <span className="sr-only">
                          {" "}
                          {fillTemplate(words.removeImageNamed, { alt: image.alt })}
                        </span>
                      </>
                    }
                    triggerClassName={rowButtonClass}
                    triggerDisabled={images.pending}
                    title={words.removeImageTitle}
                    description={<p>{words.removeImageBody}</p>}
                    confirmLabel={words.removeImage}
                    pendingLabel={words.removing}
                    cancelLabel={words.cancel}
                    onConfirm={async () => {
                      const ok = await images.attempt(() =>
                        removeImage.mutateAsync({ eventId, teamId, imageId: image.id }),
                      );
                      if (ok) {
                        setNotice(words.imageRemoved);
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
          {canChange && submission.images.length < MAX_IMAGES ? (
            <ImageUpload
              images={images}
              words={words}
              onUpload={async (dataBase64, alt, requestKey) => {
                await addImage.mutateAsync({ eventId, teamId, dataBase64, alt, requestKey });
              }}
              onDone={() => {
                setNotice(words.imageAdded);
                router.refresh();
              }}
            />
          ) : null}
        </section>
      ) : canChange ? (
        <p className="text-slate-700">{words.saveFirst}</p>
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
  words,
  onUpload,
  onDone,
}: {
  images: ReturnType<typeof useFormProblem>;
  words: SubmissionEditorWords;
  onUpload: (dataBase64: string, alt: string, requestKey: string) => Promise<void>;
  onDone: () => void;
}) {
  const [alt, setAlt] = useState("");
  const file = useRef<HTMLInputElement>(null);
  const requestKey = useRequestKey();
  const imageLabels = { alt: words.imageAlt, image: words.imageFile };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    const fileProblem = chosen ? imageFileProblem(chosen) : words.chooseImage;
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
      <h3 className="font-semibold">{words.addImageHeading}</h3>
      <ErrorSummary
        problem={images.problem}
        labels={imageLabels}
        idPrefix="image-"
        anchors={{ image: "image-file" }}
      />
      <ImageFields
        idPrefix="image-"
        labels={{ alt: imageLabels.alt, file: imageLabels.image }}
        altHint={words.altHint}
        fileHint={words.fileHint}
        alt={alt}
        onAltChange={setAlt}
        fileRef={file}
        errors={{ alt: errors.alt, file: errors.image }}
      />
      <PendingButton pending={images.pending} pendingLabel={words.adding} className={buttonClass}>
        {words.addImage}
      </PendingButton>
    </form>
  );
}
