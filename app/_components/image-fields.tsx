"use client";

import { useRef, useState, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { Field, inputClass } from "./field";
import { useFormProblem } from "./form-errors";
import { IMAGE_ACCEPT } from "./read-file";

/**
 * An image upload's two fields: the description (required: people who can't see the image read it) and
 * the file. Ids are `<idPrefix>alt` and `<idPrefix>file`; `fileErrors` are the file field's problems.
 * `altHint` is the description's hint (the "ImageFields" message), read by the page.
 */
export function ImageFields({
  idPrefix,
  labels,
  altHint,
  fileHint,
  alt,
  onAltChange,
  fileRef,
  errors,
}: {
  idPrefix: string;
  labels: { alt: string; file: string };
  altHint: string;
  fileHint: string;
  alt: string;
  onAltChange: (alt: string) => void;
  fileRef: RefObject<HTMLInputElement | null>;
  errors: { alt?: string[] | undefined; file?: string[] | undefined };
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${idPrefix}alt`} label={labels.alt} hint={altHint} errors={errors.alt}>
        {(a) => (
          <input {...a} className={inputClass} value={alt} onChange={(e) => onAltChange(e.target.value)} />
        )}
      </Field>
      <Field id={`${idPrefix}file`} label={labels.file} hint={fileHint} errors={errors.file}>
        {(a) => <input {...a} ref={fileRef} type="file" accept={IMAGE_ACCEPT} className="block" />}
      </Field>
    </div>
  );
}

/**
 * The state of a panel that uploads or removes one picture (a logo, a cover): `run` sends a change,
 * names the file field `fileField` in the server's refusals (it calls the bytes `dataBase64`), and on
 * success says so, empties the file input and refreshes the page.
 */
export function useUploadPanel(fileField: string) {
  const router = useRouter();
  const file = useRef<HTMLInputElement>(null);
  const form = useFormProblem();
  const [done, setDone] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>, success: string): Promise<boolean> {
    setDone(null);
    const ok = await form.attempt(action, { renameFields: { dataBase64: fileField } });
    if (ok) {
      setDone(success);
      if (file.current) file.current.value = "";
      router.refresh();
    }
    return ok;
  }

  return { ...form, file, done, setDone, run };
}
