"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { buttonClass, Field, inputClass } from "~/app/_components/field";
import { problemFromZod, useFormProblem } from "~/app/_components/form-errors";
import { FormAlert, FormStatus } from "~/app/_components/form-status";
import { IMAGE_ACCEPT, readAsBase64 } from "~/app/_components/read-file";
import { useTRPC } from "~/app/trpc/react";
import type { RouterOutputs } from "~/app/trpc/types";
import { submissionFields } from "~/server/submissions/schema";
import { MARKDOWN_HINT } from "~/app/_components/markdown-hint";

type Mine = RouterOutputs["submissions"]["mine"];

const statusText = {
  DRAFT: "Draft — not submitted yet",
  SUBMITTED: "Submitted",
  WITHDRAWN: "Withdrawn",
  DISQUALIFIED: "Disqualified",
} as const;

export function SubmissionEditor({
  eventId,
  teamId,
  submission,
  challenges,
  canChange,
}: {
  eventId: string;
  teamId: string;
  submission: Mine["submission"];
  challenges: Mine["challenges"];
  canChange: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.submissions.save.mutationOptions());
  const submit = useMutation(trpc.submissions.submit.mutationOptions());
  const withdraw = useMutation(trpc.submissions.withdraw.mutationOptions());
  const addImage = useMutation(trpc.submissions.addImage.mutationOptions());
  const removeImage = useMutation(trpc.submissions.removeImage.mutationOptions());
  const [values, setValues] = useState({
    title: submission?.title ?? "",
    tagline: submission?.tagline ?? "",
    description: submission?.description ?? "",
    repositoryUrl: submission?.repositoryUrl ?? "",
    demoUrl: submission?.demoUrl ?? "",
    videoUrl: submission?.videoUrl ?? "",
    technologies: (submission?.technologies ?? []).join(", "),
    challengeIds: submission?.challenges.map((c) => c.challengeId) ?? [],
  });
  const { problem, setProblem, attempt } = useFormProblem();
  const [notice, setNotice] = useState<string | null>(null);
  const [alt, setAlt] = useState("");
  const version = submission?.version ?? 0;
  const latestSubmitted = submission?.revisions[0]?.version ?? null;
  const unsubmittedChanges = submission?.status === "SUBMITTED" && latestSubmitted !== submission.version;

  const set = (name: keyof typeof values) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));
  const toggleChallenge = (id: string) =>
    setValues((v) => ({
      ...v,
      challengeIds: v.challengeIds.includes(id)
        ? v.challengeIds.filter((c) => c !== id)
        : [...v.challengeIds, id],
    }));

  async function run(action: () => Promise<unknown>, done: string): Promise<boolean> {
    setNotice(null);
    const ok = await attempt(action);
    if (ok) {
      setNotice(done);
      router.refresh();
    }
    return ok;
  }

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      ...values,
      technologies: values.technologies
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    };
    const checked = submissionFields.safeParse(input);
    if (!checked.success) {
      setProblem(problemFromZod(checked.error));
      return;
    }
    await run(() => save.mutateAsync({ eventId, teamId, expectedVersion: version, ...input }), "Saved.");
  }

  async function onImage(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    await run(
      async () => addImage.mutateAsync({ eventId, teamId, dataBase64: await readAsBase64(file), alt }),
      "Image added.",
    );
    setAlt("");
  }

  const errors = problem?.fields ?? {};
  return (
    <div className="space-y-8">
      {submission ? (
        <section
          aria-labelledby="status-heading"
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="status-heading" className="text-xl font-semibold">
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
                <button
                  type="button"
                  onClick={() =>
                    void run(
                      () => submit.mutateAsync({ eventId, teamId, expectedVersion: submission.version }),
                      "Submitted. You can still change it until the deadline.",
                    )
                  }
                  className="rounded bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800"
                >
                  Submit this version
                </button>
              ) : null}
              {submission.status === "SUBMITTED" ? (
                <ConfirmDialog
                  trigger="Withdraw"
                  triggerClassName="rounded border border-slate-400 px-4 py-2 hover:bg-slate-100"
                  title="Withdraw your project?"
                  description={
                    <p>
                      It leaves judging and the gallery. You can submit it again until the deadline; after the
                      deadline it stays withdrawn.
                    </p>
                  }
                  confirmLabel="Withdraw"
                  onConfirm={() => run(() => withdraw.mutateAsync({ eventId, teamId }), "Withdrawn.")}
                  error={problem?.message}
                />
              ) : null}
            </div>
          ) : (
            <p>Submissions are closed; the project can no longer change.</p>
          )}
        </section>
      ) : null}
      <FormAlert message={problem?.message} variant="panel" />
      <FormStatus message={notice} />
      <form onSubmit={onSave} noValidate className="space-y-4">
        <fieldset disabled={!canChange} className="space-y-4">
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
            <Field id="repositoryUrl" label="Code repository" errors={errors.repositoryUrl}>
              {(a) => (
                <input
                  {...a}
                  type="url"
                  className={inputClass}
                  value={values.repositoryUrl}
                  onChange={set("repositoryUrl")}
                />
              )}
            </Field>
            <Field id="demoUrl" label="Demo link" errors={errors.demoUrl}>
              {(a) => (
                <input
                  {...a}
                  type="url"
                  className={inputClass}
                  value={values.demoUrl}
                  onChange={set("demoUrl")}
                />
              )}
            </Field>
            <Field id="videoUrl" label="Video link" errors={errors.videoUrl}>
              {(a) => (
                <input
                  {...a}
                  type="url"
                  className={inputClass}
                  value={values.videoUrl}
                  onChange={set("videoUrl")}
                />
              )}
            </Field>
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
          <button type="submit" className={buttonClass}>
            {save.isPending ? "Saving…" : "Save"}
          </button>
        </fieldset>
      </form>
      {submission ? (
        <section aria-labelledby="images-heading" className="space-y-3">
          <h2 id="images-heading" className="text-xl font-semibold">
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
                    triggerClassName="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
                    title="Remove this image?"
                    description={<p>It is deleted from your project. To have it back, upload it again.</p>}
                    confirmLabel="Remove image"
                    onConfirm={() =>
                      run(
                        () => removeImage.mutateAsync({ eventId, teamId, imageId: image.id }),
                        "Image removed.",
                      )
                    }
                    error={problem?.message}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {canChange && submission.images.length < 5 ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="image-alt" label="Describe the image" hint="For people who can't see it.">
                {(a) => (
                  <input {...a} className={inputClass} value={alt} onChange={(e) => setAlt(e.target.value)} />
                )}
              </Field>
              <Field
                id="image"
                label="Add an image"
                hint="PNG, JPEG, WebP or GIF, at most 2 MB."
                errors={errors.image}
              >
                {(a) => (
                  <input
                    {...a}
                    type="file"
                    accept={IMAGE_ACCEPT}
                    onChange={(e) => void onImage(e)}
                    className="block"
                  />
                )}
              </Field>
            </div>
          ) : null}
        </section>
      ) : (
        <p className="text-slate-700">Save your project once to add images.</p>
      )}
    </div>
  );
}
