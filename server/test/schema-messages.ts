// For tests that check a form's message table covers everything its schema can say.
import type { z } from "zod";

/**
 * Every message `schema` gives for `inputs`, each of which must fail (throws for one that parses): the
 * issues' messages, each once.
 */
export function schemaMessages(schema: z.ZodType, inputs: readonly unknown[]): Set<string> {
  const messages = new Set<string>();
  for (const input of inputs) {
    const parsed = schema.safeParse(input);
    if (parsed.success) throw new Error(`${JSON.stringify(input)} should fail`);
    for (const issue of parsed.error.issues) messages.add(issue.message);
  }
  return messages;
}
