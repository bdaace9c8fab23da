import { describe, expect, it } from "vitest";
import { fixFieldsMessage, somethingWrongMessage } from "../../app/_components/form-errors.ts";
import { messageIn, messageTable } from "../i18n/messages.ts";
import { CONCERN_FORM_MESSAGES } from "./form-messages.ts";
import { reportConcernInput } from "./schema.ts";

/** Every message reportConcernInput gives for the inputs a person can type wrong. */
function schemaMessages(): Set<string> {
  const messages = new Set<string>();
  const long = (n: number) => "x".repeat(n + 1);
  for (const input of [
    { description: "short" },
    { description: long(5000) },
    { description: "Something worrying happened.", about: long(200) },
    { description: "Something worrying happened.", reporterName: long(120) },
    { description: "Something worrying happened.", reporterContact: long(200) },
  ]) {
    const parsed = reportConcernInput.safeParse(input);
    if (parsed.success) throw new Error(`${JSON.stringify(input)} should fail`);
    for (const issue of parsed.error.issues) messages.add(issue.message);
  }
  return messages;
}

describe("the concern form's messages in another language", () => {
  const english = CONCERN_FORM_MESSAGES.map((ref) => messageIn("en-GB", ref));

  it("knows every message the schema gives, by its English text", () => {
    const messages = schemaMessages();
    expect(messages.size).toBe(4);
    for (const message of messages) expect(english, message).toContain(message);
    expect(english).toContain(fixFieldsMessage);
    expect(english).toContain(somethingWrongMessage);
  });

  it("gives the Welsh of each, and nothing on an English page", () => {
    const table = messageTable("cy", CONCERN_FORM_MESSAGES);
    expect(Object.keys(table).sort()).toEqual([...new Set(english)].sort());
    expect(table["Use at most 5,000 characters"]).toBe("Defnyddiwch 5,000 nod ar y mwyaf");
    expect(table[fixFieldsMessage]).toMatch(/^Mae angen cywiro/);
    for (const welsh of Object.values(table)) expect(english).not.toContain(welsh);
    expect(messageTable("en-GB", CONCERN_FORM_MESSAGES)).toEqual({});
  });
});
