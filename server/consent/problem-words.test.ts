import { describe, expect, it } from "vitest";
import { ENGLISH_PROBLEMS, problemInPage, sayMixedScripts, type ProblemWords } from "./problem-words.ts";

const mixed = (word: string, scripts: string) =>
  `"${word}" mixes letters from different alphabets (${scripts}), so it can pass for another name. Type it again using one alphabet.`;

const welsh: ProblemWords = {
  table: {
    "Type your full name": "Teipiwch eich enw llawn",
    "Some answers need fixing.": "Mae angen cywiro.",
  },
  mixedScripts: {
    template: 'Mae "{word}" yn cymysgu llythrennau ({scripts}).',
    alphabets: { Latin: "Lladin", Cyrillic: "Cyrilig", Greek: "Groeg" },
  },
};

describe("a form's problems in the page's language", () => {
  it("says a mixed-alphabet refusal with the word as typed and the alphabets named", () => {
    expect(sayMixedScripts(mixed("D\u0430ta", "Latin and Cyrillic"), welsh.mixedScripts)).toBe(
      'Mae "D\u0430ta" yn cymysgu llythrennau (Lladin, Cyrilig).',
    );
    // An alphabet without a name keeps its English one; a word is never read as a template.
    expect(sayMixedScripts(mixed("{word} x", "Greek and Coptic"), welsh.mixedScripts)).toBe(
      'Mae "{word} x" yn cymysgu llythrennau (Groeg, Coptic).',
    );
  });

  it("leaves any other message, and every message on an English page, as it is", () => {
    expect(sayMixedScripts("Type your full name", welsh.mixedScripts)).toBe("Type your full name");
    expect(sayMixedScripts(mixed("D\u0430ta", "Latin and Cyrillic"), null)).toBe(
      mixed("D\u0430ta", "Latin and Cyrillic"),
    );
    const problem = {
      message: "Some answers need fixing.",
      fields: { guardianName: ["Type your full name"] },
    };
    expect(problemInPage(problem, ENGLISH_PROBLEMS)).toBe(problem);
  });

  it("swaps the table's messages and the mixed alphabets, everywhere in a problem", () => {
    const problem = {
      message: "Some answers need fixing.",
      fields: {
        guardianName: ["Type your full name", mixed("D\u0430ta", "Latin and Cyrillic")],
        other: ["Not in the table"],
        empty: undefined,
      },
      signIn: true,
    };
    expect(problemInPage(problem, welsh)).toEqual({
      message: "Mae angen cywiro.",
      fields: {
        guardianName: [
          "Teipiwch eich enw llawn",
          'Mae "D\u0430ta" yn cymysgu llythrennau (Lladin, Cyrilig).',
        ],
        other: ["Not in the table"],
        empty: undefined,
      },
      signIn: true,
    });
  });

  it("gives the same object for the same problem and words on every render (the summary keeps its focus)", () => {
    const problem = {
      message: "Some answers need fixing.",
      fields: { guardianName: ["Type your full name"] },
    };
    const first = problemInPage(problem, welsh);
    expect(problemInPage(problem, welsh)).toBe(first);
    expect(problemInPage({ ...problem }, welsh)).not.toBe(first);
    expect(problemInPage({ ...problem }, welsh)).toEqual(first);
  });
});
