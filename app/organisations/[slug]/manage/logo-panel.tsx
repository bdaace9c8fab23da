"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { buttonClass, Field } from "~/app/_components/field";
import { problemFrom, type FormProblem } from "~/app/_components/form-errors";
import { FormAlert, FormStatus } from "~/app/_components/form-status";
import { IMAGE_ACCEPT, imageFileProblem, readAsBase64 } from "~/app/_components/read-file";
import { useTRPC } from "~/app/trpc/react";

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
  const router = useRouter();
  const setLogo = useMutation(trpc.organisations.setLogo.mutationOptions());
  const removeLogo = useMutation(trpc.organisations.removeLogo.mutationOptions());
  const file = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<FormProblem | null>(
    createdWithFailedLogo
      ? {
          message: "Your organisation was created, but its logo could not be saved. Try uploading it again.",
          fields: {},
        }
      : null,
  );
  const [done, setDone] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>, success: string): Promise<boolean> {
    setDone(null);
    try {
      await action();
    } catch (error) {
      // One field: say what is wrong with the file itself, not "check the fields below".
      const found = problemFrom(error);
      setProblem({ ...found, message: found.fields.logo?.[0] ?? found.message });
      return false;
    }
    setProblem(null);
    setDone(success);
    if (file.current) file.current.value = "";
    router.refresh();
    return true;
  }

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    const fileProblem = chosen ? imageFileProblem(chosen) : "Choose an image to upload.";
    if (!chosen || fileProblem) {
      setDone(null);
      setProblem({ message: fileProblem ?? "", fields: { logo: [fileProblem ?? ""] } });
      return;
    }
    await run(
      async () => setLogo.mutateAsync({ organisationId, dataBase64: await readAsBase64(chosen) }),
      "Logo saved.",
    );
  }

  return (
    <section
      aria-labelledby="logo-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="logo-heading" className="text-xl font-semibold">
        Logo
      </h2>
      <FormAlert message={problem?.message} />
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
        <button type="submit" disabled={setLogo.isPending} className={buttonClass}>
          Upload
        </button>
      </form>
      {logo ? (
        <ConfirmDialog
          trigger="Remove logo"
          triggerClassName="rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60"
          triggerDisabled={removeLogo.isPending}
          title="Remove the logo?"
          description={
            <p>
              It disappears from the organisation&apos;s public pages and its challenges at once. Upload it
              again to have it back.
            </p>
          }
          confirmLabel="Remove logo"
          onConfirm={() => run(() => removeLogo.mutateAsync({ organisationId }), "Logo removed.")}
          error={problem?.message}
        />
      ) : null}
    </section>
  );
}
