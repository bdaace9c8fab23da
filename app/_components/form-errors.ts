import { TRPCClientError } from "@trpc/client";
import { useState } from "react";
import { z } from "zod";
import type { AppRouter } from "~/server/routers/_app";

export type FieldErrors = Record<string, string[] | undefined>;

export interface FormProblem {
  message: string;
  fields: FieldErrors;
}

/** What a form says above its fields when some of them are marked with their own errors. */
export const fixFieldsMessage = "Some answers need fixing. Check the fields marked below.";

/** The message and per-field errors a failed mutation carries (zod or domain), for showing in a form. */
export function problemFrom(error: unknown): FormProblem {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data;
    const fields: FieldErrors = { ...(data?.zodError?.fieldErrors ?? {}), ...(data?.fieldErrors ?? {}) };
    const message = data?.zodError || Object.keys(fields).length > 0 ? fixFieldsMessage : error.message;
    return { message, fields };
  }
  return { message: "Something went wrong. Please try again.", fields: {} };
}

/** A failed `safeParse` in the browser, with its errors keyed by top-level field. */
export function problemFromZod<T>(error: z.ZodError<T>, message = fixFieldsMessage): FormProblem {
  return { message, fields: z.flattenError(error).fieldErrors };
}

/**
 * The problem a form shows, and `attempt`, which runs a mutation (and what follows it): a failure becomes
 * the problem, a success clears it. `attempt` resolves to whether it succeeded.
 */
export function useFormProblem() {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  async function attempt(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
    } catch (error) {
      setProblem(problemFrom(error));
      return false;
    }
    setProblem(null);
    return true;
  }
  return { problem, setProblem, attempt };
}
