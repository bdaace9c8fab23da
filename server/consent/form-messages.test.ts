import { describe, expect, it } from "vitest";
import {
  fixFieldsMessage,
  signedOutMessage,
  somethingWrongMessage,
} from "../../app/_components/form-errors.ts";
import { setCollectionInput } from "../checkin/schema.ts";
import { domainErrorCodes } from "../errors.ts";
import { CATALOGUES, messageIn, messageTable, type MessageRef } from "../i18n/messages.ts";
import { mixedScriptWord } from "../names/rules.ts";
import { saidIn } from "../test/said-in.ts";
import { SKILL_LABELS } from "../registrations/labels.ts";
import { CONSENT_SCOPE_TEXT, CONSENT_TEXT, CONSENT_TEXT_VERSION } from "../registrations/rules.ts";
import { giveConsentInput, resendConsentInput } from "../registrations/schema.ts";
import { sensitiveAnswers } from "../sensitive/schema.ts";
import { SENSITIVE_FIELD_TEXT } from "../sensitive/fields.ts";
import {
  ALPHABETS,
  COLLECTION_MESSAGES,
  COLLECTION_REFUSALS,
  GIVE_CONSENT_MESSAGES,
  GIVE_CONSENT_REFUSALS,
  RESEND_MESSAGES,
  RESEND_REFUSALS,
  SCOPES_MESSAGES,
  SCOPES_REFUSALS,
  SENSITIVE_MESSAGES,
  SENSITIVE_REFUSALS,
  SERVER_MESSAGES,
  WITHDRAW_CONSENT_MESSAGES,
  WITHDRAW_CONSENT_REFUSALS,
  WITHDRAW_MESSAGES,
  WITHDRAW_REFUSALS,
  problemWords,
  refusalsIn,
  sensitiveFormWords,
} from "./form-messages.ts";
import { problemInPage } from "./problem-words.ts";
import { schemaMessages } from "../test/schema-messages.ts";

const long = (n: number) => "x".repeat(n + 1);

const english = (refs: readonly MessageRef[]) => refs.map((ref) => messageIn("en-GB", ref));

const consent = { token: "t", consentTextVersion: "v", photo: false, publicCredit: false };
const adult = { name: "Ann Jones", relationship: "aunt" };

/** Each form's refs, and the messages its schema gives for what a person can type wrong. */
const FORMS: { name: string; refs: readonly MessageRef[]; schemaMessages: () => Set<string> }[] = [
  {
    name: "giving consent",
    refs: GIVE_CONSENT_MESSAGES,
    schemaMessages: () =>
      schemaMessages(giveConsentInput, [
        { ...consent, guardianName: "", attend: false },
        { ...consent, guardianName: "A", attend: true },
        { ...consent, guardianName: long(120), attend: true },
      ]),
  },
  {
    name: "who may collect",
    refs: COLLECTION_MESSAGES,
    schemaMessages: () =>
      schemaMessages(setCollectionInput, [
        { token: "t", mayLeaveAlone: false, collectors: [{ name: "A", relationship: "" }] },
        { token: "t", mayLeaveAlone: false, collectors: [{ name: long(120), relationship: long(40) }] },
        { token: "t", mayLeaveAlone: false, collectors: Array.from({ length: 7 }, () => adult) },
      ]),
  },
  {
    name: "the centre's questions",
    refs: SENSITIVE_MESSAGES,
    schemaMessages: () =>
      schemaMessages(sensitiveAnswers, [
        { medical: long(1000), access: long(1000) },
        { emergencyName: long(120), emergencyRelationship: long(40), emergencyPhone: "call me" },
        { emergencyPhone: "1".repeat(31) },
      ]),
  },
  {
    name: "sending the consent email again",
    refs: RESEND_MESSAGES,
    schemaMessages: () =>
      schemaMessages(resendConsentInput, [{ guardianEmail: "mum" }, { guardianEmail: "mum@" }]),
  },
  { name: "changing the choices", refs: SCOPES_MESSAGES, schemaMessages: () => new Set() },
  { name: "withdrawing consent", refs: WITHDRAW_CONSENT_MESSAGES, schemaMessages: () => new Set() },
  { name: "withdrawing from the event", refs: WITHDRAW_MESSAGES, schemaMessages: () => new Set() },
];

describe("the consent and registration forms' messages in another language", () => {
  for (const form of FORMS) {
    it(`${form.name}: knows every message its schema gives, by its English text`, () => {
      const known = english(form.refs);
      for (const message of form.schemaMessages()) expect(known, message).toContain(message);
      expect(known).toContain(somethingWrongMessage);
    });

    it(`${form.name}: gives the Welsh of each, and nothing on an English page`, () => {
      const known = english(form.refs);
      const table = messageTable("cy", form.refs);
      expect(Object.keys(table).sort()).toEqual([...new Set(known)].sort());
      for (const welsh of Object.values(table)) expect(known).not.toContain(welsh);
      expect(problemWords("en-GB", form.refs)).toEqual({ table: {}, mixedScripts: null });
    });
  }

  it("names the schema's messages the forms share as every form does", () => {
    const all = english(FORMS.flatMap((form) => form.refs));
    expect(all).toContain(fixFieldsMessage);
    expect(all).toContain(signedOutMessage);
    expect(schemaMessages(giveConsentInput, [{ ...consent, guardianName: "Ann", attend: false }])).toEqual(
      new Set(["Permission to attend is needed for them to take part"]),
    );
  });

  it("words each server refusal it carries exactly as the server does", () => {
    for (const [key, file] of Object.entries(SERVER_MESSAGES)) {
      const text = messageIn("en-GB", { namespace: "ConsentForms", key });
      expect(saidIn(file), `${key} in ${file}`).toContain(JSON.stringify(text));
    }
  });

  it("words refusals by their code in Welsh only", () => {
    for (const refs of [
      GIVE_CONSENT_REFUSALS,
      SCOPES_REFUSALS,
      WITHDRAW_CONSENT_REFUSALS,
      COLLECTION_REFUSALS,
      SENSITIVE_REFUSALS,
      RESEND_REFUSALS,
      WITHDRAW_REFUSALS,
    ]) {
      for (const code of Object.keys(refs)) expect(domainErrorCodes).toContain(code);
      // A code that also carries field problems would lose them (problemFrom): those go through the table.
      expect(Object.keys(refs)).not.toContain("INVALID_INPUT");
      expect(refusalsIn("en-GB", refs)).toEqual({});
      const welsh = refusalsIn("cy", refs);
      expect(Object.keys(welsh).sort()).toEqual(Object.keys(refs).sort());
      for (const [code, text] of Object.entries(welsh)) {
        expect(text, code).not.toBe(messageIn("en-GB", refs[code as keyof typeof refs] as MessageRef));
      }
    }
    expect(refusalsIn("cy", GIVE_CONSENT_REFUSALS).NOT_FOUND).toBe(CATALOGUES.cy.Consent.problem.UNKNOWN);
  });

  it("says a name that mixes alphabets in Welsh, with the word as typed", () => {
    const words = problemWords("cy", GIVE_CONSENT_MESSAGES);
    const messages = [
      ...schemaMessages(giveConsentInput, [{ ...consent, guardianName: "D\u0430ta Smith", attend: true }]),
    ];
    expect(messages).toHaveLength(1);
    const shown = problemInPage({ message: fixFieldsMessage, fields: { guardianName: messages } }, words);
    expect(shown.message).toMatch(/^Mae angen cywiro/);
    expect(shown.fields.guardianName).toEqual([
      'Mae "D\u0430ta" yn cymysgu llythrennau o wyddorau gwahanol (Lladin, Cyrilig), felly gallai gael ei gamgymryd am enw arall. Teipiwch ef eto gan ddefnyddio un wyddor.',
    ]);
    // The English template is the schema's own sentence.
    const template = CATALOGUES["en-GB"].ConsentForms.mixedScripts;
    expect(template.replace("{word}", "D\u0430ta").replace("{scripts}", "Latin and Cyrillic")).toBe(
      messages[0],
    );
  });

  it("names every alphabet mixedScriptWord can name", () => {
    expect(Object.keys(CATALOGUES["en-GB"].ConsentForms.alphabets)).toEqual([...ALPHABETS]);
    for (const name of ALPHABETS) expect(CATALOGUES["en-GB"].ConsentForms.alphabets[name]).toBe(name);
    // Latin with each look-alike alphabet: a, Greek alpha, Cyrillic a, Armenian ա, Cherokee Ꭺ, Coptic ⲁ, Georgian ა.
    for (const letter of ["\u03b1", "\u0430", "\u0561", "\u13aa", "\u2c81", "\u10d0"]) {
      for (const script of mixedScriptWord(`ab${letter}`)?.scripts ?? ["none"]) {
        expect(ALPHABETS as readonly string[], letter).toContain(script);
      }
    }
  });
});

describe("the English catalogue and the domain's English, for registration and consent", () => {
  const en = CATALOGUES["en-GB"];

  it("names consent's scopes and the platform's consent text as the domain does", () => {
    for (const [scope, text] of Object.entries(CONSENT_SCOPE_TEXT)) {
      expect(en.Consent.scope[scope as keyof typeof CONSENT_SCOPE_TEXT]).toEqual({
        label: text.label,
        hint: text.hint,
      });
    }
    // Keyed by the text's version: a new version is shown in English until its Welsh is written.
    const versions: Record<string, Record<string, string>> = en.Consent.defaultText;
    expect(Object.values(versions[CONSENT_TEXT_VERSION] ?? {})).toEqual(CONSENT_TEXT);
    expect(Object.keys(CATALOGUES.cy.Consent.defaultText)).toEqual([CONSENT_TEXT_VERSION]);
  });

  it("names the centre's questions, skills and starter projects as the forms do", () => {
    expect(en.ConsentForms.medical).toBe(SENSITIVE_FIELD_TEXT.MEDICAL.label);
    expect(en.ConsentForms.medicalHint).toBe(SENSITIVE_FIELD_TEXT.MEDICAL.hint);
    expect(en.ConsentForms.access).toBe(SENSITIVE_FIELD_TEXT.ACCESS.label);
    expect(en.ConsentForms.accessHint).toBe(SENSITIVE_FIELD_TEXT.ACCESS.hint);
    expect(en.ConsentForms.emergency).toBe(SENSITIVE_FIELD_TEXT.EMERGENCY_CONTACT.label);
    expect(en.RegistrationPage.skill).toEqual(SKILL_LABELS);
    expect(Object.keys(CATALOGUES.cy.RegistrationPage.skill)).toEqual(Object.keys(SKILL_LABELS));
  });

  it("says who the centre looks after as the form said it", () => {
    expect(sensitiveFormWords("en-GB", null).intro).toBe(
      "The event asks for this so the centre can look after you. Only the organisers and the lead of the centre can see it, and every time they look is recorded. Leave anything that doesn't apply empty.",
    );
    expect(sensitiveFormWords("en-GB", "Ada").intro).toContain("can look after Ada. Only");
    expect(sensitiveFormWords("cy", "Ada").intro).toContain("gofalu am Ada.");
  });
});
