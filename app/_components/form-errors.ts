import { TRPCClientError } from "@trpc/client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import type { AppRouter } from "~/server/routers/_app";

export type FieldErrors = Record<string, string[] | undefined>;

/** Where problems that belong to no one field are kept (zod's form errors, object-level checks). */
export const FORM_WIDE = "_form";

export interface FormProblem {
  message: string;
  fields: FieldErrors;
  /** The session ended: the form offers a sign-in link back to the page and keeps what was typed. */
  signIn?: boolean;
}

/** What a form says above its fields when some of them are marked with their own errors. */
export const fixFieldsMessage = "Some answers need fixing. Check the fields marked below.";

/** What a form says when the session ended before the change reached the server. */
export const signedOutMessage =
  "You're signed out (perhaps in another tab), so this wasn't saved. Sign in again, then try once more: what you typed is kept.";

/**
 * `derive`, remembered for each pair of a problem and the words it is said in: the same two objects give
 * the same result object. Forms derive their shown problem as they render, and ErrorSummary takes focus
 * whenever its problem is a new object, so a fresh object on each render (each keystroke) would pull the
 * focus out of the field being typed in. Weakly held: a problem no longer shown is forgotten.
 */
export function rememberedPerProblem<W extends object>(
  derive: (problem: FormProblem, words: W) => FormProblem,
): (problem: FormProblem, words: W) => FormProblem {
  const memo = new WeakMap<FormProblem, WeakMap<W, FormProblem>>();
  return (problem, words) => {
    let byWords = memo.get(problem);
    if (!byWords) memo.set(problem, (byWords = new WeakMap()));
    const kept = byWords.get(words);
    if (kept) return kept;
    const derived = derive(problem, words);
    byWords.set(words, derived);
    return derived;
  };
}

/**
 * `problem` in the page's language: each message found in `table` (English text → the page's language,
 * built by the page with messageTable, server/i18n/messages.ts) is swapped, any other kept as it is. An
 * empty table (English pages) changes nothing. The same problem and table give the same object
 * (rememberedPerProblem), so a form may call it on every render.
 */
export const translateProblem: (
  problem: FormProblem,
  table: Readonly<Record<string, string>>,
) => FormProblem = rememberedPerProblem((problem: FormProblem, table: Readonly<Record<string, string>>) => {
  if (Object.keys(table).length === 0) return problem;
  const say = (message: string) => table[message] ?? message;
  const fields: FieldErrors = {};
  for (const [name, messages] of Object.entries(problem.fields)) fields[name] = messages?.map(say);
  return { ...problem, message: say(problem.message), fields };
});

/** What a form says when a change failed for a reason it cannot name (the network, the server). */
export const somethingWrongMessage = "Something went wrong. Please try again.";

/** What a form says after signing in again restored what was typed before (Forms.restored). */
export const restoredMessage = "We kept what you typed before you signed in again. Check it, then save.";

/** The link a form offers when the session ended (Forms.signInAgain). */
export const signInAgainMessage = "Sign in again";

/** A confirmation dialog's way out (Forms.cancel). */
export const cancelMessage = "Cancel";

/** Each field's messages once each, in order, and no field without a message. */
export function distinctFieldErrors(fields: FieldErrors): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(fields)) {
    const distinct = [...new Set((messages ?? []).filter((m) => m.trim() !== ""))];
    if (distinct.length > 0) out[name] = distinct;
  }
  return out;
}

/**
 * The message and per-field errors a failed mutation carries (zod or domain), for showing in a form;
 * `domainMessages` replaces the server's message for the refusals a form words its own way.
 */
export function problemFrom(
  error: unknown,
  domainMessages: Partial<Record<string, string>> = {},
): FormProblem {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data;
    if (data?.code === "UNAUTHORIZED") return { message: signedOutMessage, fields: {}, signIn: true };
    const own = data?.domainCode ? domainMessages[data.domainCode] : undefined;
    if (own) return { message: own, fields: {} };
    const formWide = data?.zodError?.formErrors ?? [];
    const fields = distinctFieldErrors({
      ...(data?.zodError?.fieldErrors ?? {}),
      ...(data?.fieldErrors ?? {}),
      ...(formWide.length > 0 ? { [FORM_WIDE]: formWide } : {}),
    });
    const message = data?.zodError || Object.keys(fields).length > 0 ? fixFieldsMessage : error.message;
    return { message, fields };
  }
  return { message: somethingWrongMessage, fields: {} };
}

/**
 * The field a zod issue belongs to: its first path segment ("title", and "technologies" for
 * technologies.3), or the whole path when it reaches into a row of a list ("resources.2.url"), so each
 * row can show its own. Issues with no path are form-wide.
 */
function fieldOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return FORM_WIDE;
  return path.length >= 3 ? path.map(String).join(".") : String(path[0]);
}

/** A failed `safeParse` in the browser: every issue at once, keyed by field, each message once. */
export function problemFromZod<T>(error: z.ZodError<T>, message = fixFieldsMessage): FormProblem {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[fieldOf(issue.path)] ??= []).push(issue.message);
  return { message, fields: distinctFieldErrors(fields) };
}

/** Checks `values` with `schema`: the parsed data, or every problem the form should show at once. */
export function checkForm<S extends z.ZodType>(
  schema: S,
  values: unknown,
  extra: FieldErrors = {},
): { data: z.output<S>; problem: null } | { data: null; problem: FormProblem } {
  const checked = schema.safeParse(values);
  const found = checked.success ? {} : problemFromZod(checked.error).fields;
  const fields = distinctFieldErrors(mergeFieldErrors(found, extra));
  if (checked.success && Object.keys(fields).length === 0) return { data: checked.data, problem: null };
  return { data: null, problem: { message: fixFieldsMessage, fields } };
}

function mergeFieldErrors(a: FieldErrors, b: FieldErrors): FieldErrors {
  const out: FieldErrors = { ...a };
  for (const [name, messages] of Object.entries(b)) out[name] = [...(out[name] ?? []), ...(messages ?? [])];
  return out;
}

/**
 * A form's typed values, kept in this tab's sessionStorage when a change fails because the session
 * ended, and put back (then forgotten) when the page opens again after signing in. Nothing is stored
 * otherwise, and never anything after a successful save.
 */
export interface KeptDraft<T> {
  /** Unique per form and record, e.g. `project:<teamId>`. */
  key: string;
  values: T;
  /** Puts saved values back; `saved` is whatever was stored, so check its shape (see `draftOf`). */
  restore: (saved: unknown) => void;
}

const draftStorageKey = (key: string) => `festival-draft:${key}`;

/** A string, or a flat record of strings (a row of a list, e.g. a challenge's link). */
function isTextOrTextRecord(item: unknown): boolean {
  if (typeof item === "string") return true;
  return (
    typeof item === "object" &&
    item !== null &&
    !Array.isArray(item) &&
    Object.values(item).every((v) => typeof v === "string")
  );
}

/**
 * `saved` laid over `initial`, taking only the keys `initial` has, with the same type (lists hold
 * strings or rows of strings), so a stale or tampered draft cannot put the form in a bad state.
 */
export function draftOf<T extends object>(initial: T, saved: unknown): T {
  if (typeof saved !== "object" || saved === null) return initial;
  const out: Record<string, unknown> = { ...(initial as Record<string, unknown>) };
  for (const [key, value] of Object.entries(initial) as [string, unknown][]) {
    const candidate: unknown = (saved as Record<string, unknown>)[key];
    const sameType = Array.isArray(value)
      ? Array.isArray(candidate) && candidate.every(isTextOrTextRecord)
      : typeof candidate === typeof value && candidate !== null;
    if (sameType) out[key] = candidate;
  }
  return out as T;
}

function readDraft(key: string): unknown {
  try {
    const raw = window.sessionStorage.getItem(draftStorageKey(key));
    if (raw === null) return null;
    window.sessionStorage.removeItem(draftStorageKey(key));
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

function writeDraft(key: string, values: unknown): void {
  try {
    window.sessionStorage.setItem(draftStorageKey(key), JSON.stringify(values));
  } catch {
    // Storage full or disabled: the values are still on the page, which is what matters most.
  }
}

function forgetDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(draftStorageKey(key));
  } catch {
    // As above.
  }
}

/**
 * Keeps a form's typed values through a session that ended (see KeptDraft): `save` stores them in this
 * tab, the page opened again after signing in gets them back (`restored` says so), `forget` drops them.
 * useFormProblem does all this for its own form; a form whose values live elsewhere calls it directly.
 */
export function useKeptDraft<T>(keep?: KeptDraft<T>) {
  const [restored, setRestored] = useState(false);
  const keepRef = useRef(keep);
  useEffect(() => {
    keepRef.current = keep;
  });
  const draftKey = keep?.key;

  useEffect(() => {
    if (!draftKey) return;
    const saved = readDraft(draftKey);
    if (saved === null) return;
    keepRef.current?.restore(saved);
    // sessionStorage is only there after hydration, so the draft can only come back in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(true);
  }, [draftKey]);

  const save = useCallback(() => {
    const current = keepRef.current;
    if (current) writeDraft(current.key, current.values);
  }, []);
  const forget = useCallback(() => {
    const current = keepRef.current;
    if (current) forgetDraft(current.key);
    setRestored(false);
  }, []);
  return { restored, save, forget };
}

function renamed(problem: FormProblem, names: Record<string, string> | undefined): FormProblem {
  if (!names) return problem;
  const fields: FieldErrors = {};
  for (const [name, messages] of Object.entries(problem.fields)) {
    const to = names[name] ?? name;
    fields[to] = [...(fields[to] ?? []), ...(messages ?? [])];
  }
  return { ...problem, fields: distinctFieldErrors(fields) };
}

export interface AttemptOptions {
  /** Server field names that are another field on this form, e.g. `{ dataBase64: "image" }`. */
  renameFields?: Record<string, string>;
  /** What a refusal means here, by its domain code, instead of the server's general message. */
  domainMessages?: Partial<Record<string, string>>;
  /**
   * Stay pending after success, for an action that navigates away (the button must not come back to
   * life on a page that is about to go, or a second click would create the thing twice).
   */
  keepPendingOnSuccess?: boolean;
}

/**
 * The problem a form shows, whether a change is in flight, and `attempt`, which runs a mutation (and
 * what follows it) at most once at a time: while one is in flight, further calls (a double click, Enter
 * pressed twice) do nothing and resolve to false. A failure becomes the problem, a success clears it.
 * With `keep`, the typed values survive a session that ended (see KeptDraft); `restored` says they were
 * just put back.
 */
export function useFormProblem<T = unknown>(keep?: KeptDraft<T>) {
  const [problem, setProblemState] = useState<FormProblem | null>(null);
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);
  const { restored, save, forget } = useKeptDraft(keep);

  function setProblem(next: FormProblem | null) {
    setProblemState(next ? { ...next, fields: distinctFieldErrors(next.fields) } : null);
  }

  async function attempt(action: () => Promise<unknown>, options: AttemptOptions = {}): Promise<boolean> {
    if (inFlight.current) return false;
    inFlight.current = true;
    setPending(true);
    let succeeded = false;
    try {
      await action();
      succeeded = true;
    } catch (error) {
      const found = renamed(problemFrom(error, options.domainMessages), options.renameFields);
      if (found.signIn) save();
      setProblemState(found);
    }
    if (succeeded) {
      setProblemState(null);
      forget();
    }
    if (!succeeded || !options.keepPendingOnSuccess) {
      inFlight.current = false;
      setPending(false);
    }
    return succeeded;
  }

  return { problem, setProblem, attempt, pending, restored };
}

export type FormState = ReturnType<typeof useFormProblem>;
