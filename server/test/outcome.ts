// What a procedure call came to, for tests that assert on refusals.
import { TRPCError } from "@trpc/server";

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
