import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "~/server/routers/_app";

export type FieldErrors = Record<string, string[] | undefined>;

export interface FormProblem {
  message: string;
  fields: FieldErrors;
}

/** The message and per-field errors a failed mutation carries (zod or domain), for showing in a form. */
export function problemFrom(error: unknown): FormProblem {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data;
    const fields: FieldErrors = { ...(data?.zodError?.fieldErrors ?? {}), ...(data?.fieldErrors ?? {}) };
    const message =
      data?.zodError || Object.keys(fields).length > 0
        ? "Some answers need fixing. Check the fields marked below."
        : error.message;
    return { message, fields };
  }
  return { message: "Something went wrong. Please try again.", fields: {} };
}
