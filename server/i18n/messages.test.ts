// The message catalogues: what makes a missing or broken translation fail `npm test` (docs/languages.md
// "The missing-string test"). Keys used in code but missing from en-GB are tsc's (app-config.d.ts).
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES } from "../http/locales.mjs";
import {
  EVENT_PHASES,
  MILESTONE_KINDS,
  TIMELINE_FIELD_LABELS,
  milestoneLabel,
  phaseLabel,
} from "../events/rules.ts";
import {
  fixFieldsMessage,
  signedOutMessage,
  somethingWrongMessage,
  restoredMessage,
  signInAgainMessage,
  cancelMessage,
} from "../../app/_components/form-errors.ts";
import { MARKDOWN_HINT } from "../../app/_components/markdown-hint.ts";
import { FILE_PROBLEMS } from "../../app/_components/read-file.ts";
import { PROJECT_UPDATE_LABELS } from "../next/rules.ts";
import { REGISTRATION_STATUS_LABELS } from "../registrations/labels.ts";
import { SUBMISSION_STATUS_LABELS } from "../submissions/schema.ts";
import { NEXT_STEP_LABELS } from "../users/rules.ts";
import { BROWSER_FILLED_NAMESPACES, fillTemplate, labelsOf } from "./labels.ts";
import { CATALOGUES, TRANSLATED_NAMESPACES, messagesOf, type Messages } from "./messages.ts";

/** Every message of `tree` as "Namespace.key" → text (nested objects joined with "."). */
function flatten(tree: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree && typeof tree === "object" && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      for (const [path, text] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(path, text);
    }
  } else {
    out.set(prefix, tree);
  }
  return out;
}

/**
 * A message's arguments and tags as sorted "name:kind" ("count:plural", "link:tag", "name:argument").
 * Throws (SyntaxError) for a message that is not ICU, including a plural or select without "other".
 */
function signatureOf(message: string): string[] {
  const signature = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      signature.add(`${element.value}:${TYPE[element.type]}`);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return [...signature].sort();
}

const english = flatten(CATALOGUES[DEFAULT_LOCALE]);

describe("the message catalogues", () => {
  it("has a catalogue for every served locale, and English is complete", () => {
    for (const locale of LOCALES) expect(Object.keys(CATALOGUES)).toContain(locale);
    expect(TRANSLATED_NAMESPACES[DEFAULT_LOCALE]).toEqual(Object.keys(CATALOGUES[DEFAULT_LOCALE]));
  });

  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    const namespaces = TRANSLATED_NAMESPACES[locale as keyof typeof CATALOGUES];

    it(`${locale}: every translated namespace has exactly the English keys, none empty`, () => {
      expect(Object.keys(catalogue).sort()).toEqual([...namespaces].sort());
      for (const namespace of namespaces) {
        // A namespace not translated yet is only in English (the organisers' and judges' pages).
        const mine = flatten((catalogue as Record<string, unknown>)[namespace], namespace);
        const theirs = [...english.keys()].filter((key) => key.startsWith(`${namespace}.`));
        expect([...mine.keys()].sort(), `${locale} ${namespace}: missing or extra keys`).toEqual(
          theirs.sort(),
        );
        for (const [key, text] of mine) {
          expect(typeof text === "string" && text.trim() !== "", `${locale} ${key} is empty`).toBe(true);
        }
      }
    });

    it(`${locale}: every message parses, has the English arguments and tags, and every plural an "other"`, () => {
      for (const [key, text] of flatten(catalogue)) {
        expect(signatureOf(String(text)), `${locale} ${key}: arguments differ from English`).toEqual(
          signatureOf(String(english.get(key))),
        );
      }
    });
  }

  it("serves a translated namespace in its language and any other in English", () => {
    const welsh = messagesOf("cy");
    expect(Object.keys(welsh)).toEqual(Object.keys(CATALOGUES["en-GB"]));
    for (const namespace of Object.keys(welsh) as (keyof Messages)[]) {
      const expected = TRANSLATED_NAMESPACES.cy.includes(namespace) ? CATALOGUES.cy : CATALOGUES["en-GB"];
      expect(welsh[namespace]).toBe((expected as Partial<Messages>)[namespace]);
    }
    expect(messagesOf("en-GB")).toBe(CATALOGUES["en-GB"]);
  });
});

describe("the English catalogue and the domain's English", () => {
  // Forms and emails that are English only still read these tables; the pages read the catalogue. Both
  // must say the same thing in English.
  it("names timeline fields, milestones and phases as the domain does", () => {
    const en = CATALOGUES[DEFAULT_LOCALE];
    expect(en.Timeline).toEqual(TIMELINE_FIELD_LABELS);
    expect(Object.fromEntries(MILESTONE_KINDS.map((kind) => [kind, milestoneLabel(kind)]))).toEqual(
      en.Milestone,
    );
    for (const phase of EVENT_PHASES) expect(en.Phase[phase]).toBe(phaseLabel(phase));
  });

  it("says next steps and statuses in English as the domain does", () => {
    const en = CATALOGUES[DEFAULT_LOCALE];
    expect(en.NextStep).toEqual(NEXT_STEP_LABELS);
    expect(en.RegistrationStatus).toEqual(REGISTRATION_STATUS_LABELS);
    expect(en.SubmissionStatus).toEqual(SUBMISSION_STATUS_LABELS);
    expect(en.ProjectUpdateKind).toEqual(PROJECT_UPDATE_LABELS);
    // What every form says, as the forms' own constants say it in English.
    expect(en.Forms.fixFields).toBe(fixFieldsMessage);
    expect(en.Forms.signedOut).toBe(signedOutMessage);
    expect(en.Forms.somethingWrong).toBe(somethingWrongMessage);
    expect(en.Forms.restored).toBe(restoredMessage);
    expect(en.Forms.signInAgain).toBe(signInAgainMessage);
    expect(en.Forms.cancel).toBe(cancelMessage);
    expect(en.Forms.markdownHint).toBe(MARKDOWN_HINT);
    for (const [key, text] of Object.entries(FILE_PROBLEMS))
      expect(en.Forms[key as keyof typeof FILE_PROBLEMS]).toBe(text);
    // The browser's quick check and the server's refusal of the bytes say the same.
    expect(en.StorageErrors.EMPTY).toBe(FILE_PROBLEMS.fileEmpty);
    expect(en.StorageErrors.TOO_LARGE).toBe(FILE_PROBLEMS.imageTooBig);
    expect(en.StorageErrors.NOT_AN_IMAGE).toBe(FILE_PROBLEMS.imageType);
  });

  it("holds only plain arguments in namespaces a browser fills in itself (fillTemplate)", () => {
    // Sent whole to client components (pickMessages, t.raw): a plural, select or tag there would show raw.
    const raw: readonly string[] = BROWSER_FILLED_NAMESPACES;
    for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, text] of flatten(catalogue)) {
        if (!raw.includes(key.split(".")[0] ?? "")) continue;
        for (const part of signatureOf(String(text))) {
          expect(part, `${locale} ${key}`).toMatch(/:argument$/);
        }
      }
    }
    for (const key of ["streamTitle", "with", "challenge", "byTeam"] as const) {
      for (const part of signatureOf(CATALOGUES.cy.Finals[key]))
        expect(part, `cy Finals.${key}`).toMatch(/:argument$/);
    }
  });

  it("fills a raw template's plain arguments in the browser, and leaves unknown ones", () => {
    expect(fillTemplate("by {team}", { team: "Otters" })).toBe("by Otters");
    expect(fillTemplate("{title}: live stream on {provider}", { title: "Finals", provider: "YouTube" })).toBe(
      "Finals: live stream on YouTube",
    );
    expect(fillTemplate("Gyda {names}", {})).toBe("Gyda {names}");
    expect(fillTemplate("{n} and {n}", { n: 2 })).toBe("2 and 2");
    // A value is never read as a template itself.
    expect(fillTemplate("by {team}", { team: "{team} $& $1" })).toBe("by {team} $& $1");
  });

  it("gives a client component every label it asks for, and only those", () => {
    const labels = labelsOf((key: "a" | "b") => key.toUpperCase(), ["a", "b"]);
    expect(labels).toEqual({ a: "A", b: "B" });
  });
});

describe("the checks themselves", () => {
  it("see arguments, tags and plural branches", () => {
    expect(signatureOf("{count, plural, one {# team} other {# teams}} for <b>{name}</b>")).toEqual([
      "b:tag",
      "count:plural",
      "name:argument",
    ]);
    expect(signatureOf("{n, number} on {d, date}")).toEqual(["d:date", "n:number"]);
    expect(() => signatureOf("{count, plural, one {# tîm}}")).toThrow(/MISSING_OTHER_CLAUSE/);
    expect(() => signatureOf("{unclosed")).toThrow();
  });

  it("flatten nested namespaces into dotted keys", () => {
    expect([...flatten({ A: { b: "x", c: { d: "y" } } })]).toEqual([
      ["A.b", "x"],
      ["A.c.d", "y"],
    ]);
  });
});
