// What a procedure call came to, for tests that assert on refusals.
import { TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";

/** "ok", or the tRPC code the call was refused with (anything that is not a TRPCError is rethrown). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/**
 * What a refused call came to: its tRPC code (or "ok"), message and the field errors its domain error
 * (or its invalid input) carried (empty when none). Anything that is not a TRPCError is rethrown.
 */
export async function refusal(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string; fields: Record<string, string[]> }> {
  try {
    await promise;
    return { code: "ok", message: "", fields: {} };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.cause instanceof ZodError) {
      const { fieldErrors } = z.flattenError(error.cause);
      return { code: error.code, message: error.message, fields: fieldErrors };
    }
    const cause = error.cause as { fieldErrors?: Record<string, string[]> } | undefined;
    return { code: error.code, message: error.message, fields: cause?.fieldErrors ?? {} };
  }
}
