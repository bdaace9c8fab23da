"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { checkForm } from "~/app/_components/form-errors";
import { usePageAction } from "~/app/_components/use-page-action";

/**
 * The state of a form that adds a record, or (given `existing`) changes one: its `values`, `set` to
 * change some of them, and `onSubmit`, which checks them with `fields` (every problem at once, nothing
 * sent), sends `save(data)`, refreshes the page and says `message(data)`. After adding, the form is
 * emptied (`empty`) for the next one; after a change it keeps what was saved. `form` is the page action
 * (its problem, pending and done) for the form's error summary, fields and button.
 */
export function useAddOrEditForm<V extends object, S extends z.ZodType>({
  fields,
  existing,
  empty,
  save,
  message,
}: {
  fields: S;
  existing: V | null;
  empty: V;
  save: (data: z.output<S>) => Promise<unknown>;
  message: (data: z.output<S>) => string;
}) {
  const form = usePageAction();
  const [values, setValues] = useState<V>(existing ?? empty);
  const set = (change: Partial<V>) => setValues((v) => ({ ...v, ...change }));
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(fields, values);
    if (checked.problem) {
      form.setProblem(checked.problem);
      return;
    }
    const data = checked.data;
    const ok = await form.run(() => save(data), message(data));
    if (ok && !existing) setValues(empty);
  }
  return { form, values, set, onSubmit };
}
