import { describe, expect, it } from "vitest";
import { restoredMessage } from "../../app/_components/error-summary.tsx";
import {
  fixFieldsMessage,
  signedOutMessage,
  somethingWrongMessage,
} from "../../app/_components/form-errors.ts";
import { problemInPage } from "../consent/problem-words.ts";
import { problemWords, refusalsIn } from "../consent/form-messages.ts";
import { domainErrorCodes } from "../errors.ts";
import { fillTemplate } from "../i18n/labels.ts";
import { CATALOGUES, messageIn, messageTable, type MessageRef } from "../i18n/messages.ts";
import { joinWaitingListInput } from "../waiting-list/schema.ts";
import { ordinal } from "../waiting-list/rules.ts";
import { EXPERIENCE_LABELS, SKILL_LABELS } from "./labels.ts";
import type { RegistrationRules } from "./rules.ts";
import { registerInputFor, updateRegistrationInputFor } from "./schema.ts";
import {
  JOIN_WAITING_LIST_MESSAGES,
  LEAVE_WAITING_LIST_MESSAGES,
  REGISTER_REFUSALS,
  SERVER_MESSAGES,
  UPDATE_MESSAGES,
  answerFieldsWords,
  errorSummaryWords,
  registerFormWords,
  registerMessages,
  registerProblemWords,
  startDateIn,
  waitingListWords,
  waitingPlace,
} from "./form-messages.ts";
import { saidIn } from "../test/said-in.ts";
import { schemaMessages } from "../test/schema-messages.ts";

const long = (n: number) => "x".repeat(n + 1);

const english = (refs: readonly MessageRef[]) => refs.map((ref) => messageIn("en-GB", ref));

/** An event starting on 14 June 2026, open on 1 May, for 8s and over, consent below 18 and 13. */
const RULES: RegistrationRules = {
  centreRequired: true,
  eventStart: { year: 2026, month: 6, day: 14 },
  today: { year: 2026, month: 5, day: 1 },
  minimumAge: 8,
  consentAge: 18,
  digitalConsentAge: 13,
  ownEmail: "kit@example.com",
  registeringGuardian: null,
};
/** Other ages (consent below 16, so nicknames below 18; no minimum), registering after the start. */
const OTHER_RULES: RegistrationRules = {
  ...RULES,
  today: { year: 2026, month: 6, day: 20 },
  minimumAge: null,
  consentAge: 16,
  digitalConsentAge: 12,
};

/** A registration that passes every rule of RULES and OTHER_RULES: an adult's. */
const adult = {
  name: "Kit Jones",
  alias: "",
  centreId: "centre-1",
  experience: "NEW",
  skills: [],
  tags: [""],
  dateOfBirth: "1990-01-01",
  guardianEmail: "",
  codeOfConductVersion: "v1",
  acceptCodeOfConduct: true,
};

/** Every message the register form's schema gives under `rules` for what a person can type wrong. */
function registerSchemaMessages(rules: RegistrationRules): Set<string> {
  return schemaMessages(registerInputFor(rules), [
    { ...adult, name: "", centreId: "", experience: "", dateOfBirth: "", acceptCodeOfConduct: false },
    { ...adult, name: long(80), alias: long(30) },
    { ...adult, alias: "Kit!" },
    { ...adult, tags: [long(30)] },
    { ...adult, tags: ["a$b"] },
    { ...adult, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
    { ...adult, tags: Array.from({ length: 9 }, (_, i) => `t${i}`) },
    { ...adult, dateOfBirth: "14/06/2010" },
    { ...adult, dateOfBirth: "2010-02-30" },
    { ...adult, dateOfBirth: "1850-01-01" },
    { ...adult, dateOfBirth: "2030-01-01" },
    // Too young for RULES; for OTHER_RULES born after the start (it had begun by "today").
    { ...adult, dateOfBirth: "2026-06-15" },
    { ...adult, dateOfBirth: "2020-01-01" },
    // Under the age of digital consent, registering from their own account.
    { ...adult, dateOfBirth: "2015-01-01" },
    // Under 18 (and 16): a nickname and a guardian's address are needed, and not their own address.
    { ...adult, dateOfBirth: "2011-01-01" },
    { ...adult, dateOfBirth: "2011-01-01", alias: "Kit", guardianEmail: "mum@" },
    { ...adult, dateOfBirth: "2011-01-01", alias: "Kit", guardianEmail: "KIT@example.com" },
  ]);
}

describe("the registration forms' messages in another language", () => {
  for (const rules of [RULES, OTHER_RULES]) {
    it(`registering (consent below ${rules.consentAge}): knows every message the schema gives`, () => {
      const known = english(registerMessages(rules));
      const messages = registerSchemaMessages(rules);
      expect(messages.size).toBeGreaterThanOrEqual(20);
      for (const message of messages) expect(known, message).toContain(message);
      for (const shared of [fixFieldsMessage, somethingWrongMessage, signedOutMessage]) {
        expect(known).toContain(shared);
      }
    });
  }

  it("says the minimum age's date in Welsh, and names every rule of the event", () => {
    const messages = [...registerSchemaMessages(RULES)];
    expect(messages).toContain(
      "Participants must be at least 8 years old on 2026-06-14, when the event starts",
    );
    expect(messages).toContain(
      "Choose a nickname: you're under 18 when the event starts, so other participants see it instead of your name",
    );
    expect([...registerSchemaMessages(OTHER_RULES)]).toContain(
      "Participants must be at least 0 years old on 2026-06-14, when the event starts",
    );
    const { table } = registerProblemWords("cy", RULES);
    expect(table["Participants must be at least 8 years old on 2026-06-14, when the event starts"]).toBe(
      "Rhaid i gyfranogwyr fod yn 8 oed o leiaf ar 14 Meh 2026, pan fydd y digwyddiad yn dechrau",
    );
    for (const message of messages) expect(table[message], message).toBeDefined();
    expect(registerProblemWords("en-GB", RULES)).toEqual({ table: {}, mixedScripts: null });
  });

  it("says a name that mixes alphabets in Welsh, with the word as typed", () => {
    const messages = [...schemaMessages(registerInputFor(RULES), [{ ...adult, name: "D\u0430ta Jones" }])];
    expect(messages).toHaveLength(1);
    const shown = problemInPage(
      { message: fixFieldsMessage, fields: { name: messages } },
      registerProblemWords("cy", RULES),
    );
    expect(shown.fields.name?.[0]).toMatch(/^Mae "D\u0430ta" yn cymysgu llythrennau/);
  });

  it("changing the answers: knows every message the schema gives", () => {
    const known = english(UPDATE_MESSAGES);
    const answers = { centreId: "centre-1", experience: "SOME", skills: [], tags: [] };
    const messages = schemaMessages(updateRegistrationInputFor(RULES), [
      { ...answers, centreId: "", experience: "" },
      { ...answers, tags: [long(30), "a$b"] },
      { ...answers, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
      { ...answers, tags: Array.from({ length: 9 }, (_, i) => `t${i}`) },
    ]);
    expect(messages.size).toBe(6);
    for (const message of messages) expect(known, message).toContain(message);
    expect(known).toContain(fixFieldsMessage);
  });

  it("joining a waiting list: knows every message the schema gives", () => {
    const known = english(JOIN_WAITING_LIST_MESSAGES);
    const messages = schemaMessages(joinWaitingListInput, [{ centreId: "centre-1", experience: "" }]);
    expect([...messages]).toEqual(["Choose your experience"]);
    for (const message of messages) expect(known, message).toContain(message);
  });

  it("gives the Welsh of each, and nothing on an English page", () => {
    for (const refs of [
      registerMessages(RULES),
      registerMessages(OTHER_RULES),
      UPDATE_MESSAGES,
      JOIN_WAITING_LIST_MESSAGES,
      LEAVE_WAITING_LIST_MESSAGES,
    ]) {
      const known = english(refs);
      const table = messageTable("cy", refs);
      expect(Object.keys(table).sort()).toEqual([...new Set(known)].sort());
      for (const welsh of Object.values(table)) expect(known).not.toContain(welsh);
      expect(messageTable("en-GB", refs)).toEqual({});
      expect(problemWords("en-GB", refs)).toEqual({ table: {}, mixedScripts: null });
    }
  });

  it("words each server refusal it carries exactly as the server does", () => {
    for (const [key, file] of Object.entries(SERVER_MESSAGES)) {
      const text = messageIn("en-GB", { namespace: "RegistrationProblems", key });
      expect(saidIn(file), `${key} in ${file}`).toContain(JSON.stringify(text));
    }
    // The ones it shares with the "your registration" page.
    expect(saidIn("server/registrations/commands.ts")).toContain(
      JSON.stringify(CATALOGUES["en-GB"].RegistrationActions.notFound),
    );
    expect(saidIn("server/trpc.ts")).toContain(
      JSON.stringify(CATALOGUES["en-GB"].ConsentForms.registerFirst),
    );
  });

  it("words a refusal to register by its code in Welsh only", () => {
    for (const code of Object.keys(REGISTER_REFUSALS)) expect(domainErrorCodes).toContain(code);
    // A code that also carries field problems would lose them (problemFrom): those go through the table.
    expect(Object.keys(REGISTER_REFUSALS)).not.toContain("INVALID_INPUT");
    expect(refusalsIn("en-GB", REGISTER_REFUSALS)).toEqual({});
    expect(refusalsIn("cy", REGISTER_REFUSALS)).toEqual({
      PHASE_CLOSED: "Dydy cofrestru ddim ar agor nawr. Ail-lwythwch y dudalen i weld pam.",
    });
  });
});

describe("the registration forms' words", () => {
  const facts = {
    youngAge: 18,
    consentAge: 16,
    minimumAge: 8,
    startDate: "2026-06-14",
    codeOfConductVersion: "coc-2",
    child: null,
  };

  it("says in English what the register form always said", () => {
    const words = registerFormWords("en-GB", facts);
    expect(words).toEqual({
      registeringChild: null,
      name: "Your name",
      nameHint:
        "Your first name is enough. Your team and the organisers see it. If you're under 18, we use only your first name, to tell your parent or guardian who is asking; everyone else sees your nickname.",
      alias: "Nickname",
      aliasLabel: "Nickname (needed if you're under 18 when the event starts)",
      aliasHint:
        "If you're under 18, other participants and the public see this nickname, never your name. Letters, digits, spaces, dots, hyphens and underscores; up to 30.",
      dateOfBirth: "Date of birth",
      dateOfBirthHint:
        "We use it only to work out your age on 2026-06-14, when the event starts (you must be at least 8). Nobody else sees it: organisers see only an age band. It's a calendar date, so the event's time zone doesn't matter here.",
      guardianEmail: "Parent or guardian's email",
      guardianEmailLabel: "Parent or guardian's email (if you're under 16 when the event starts)",
      guardianEmailHint:
        "If you're under 16, we email your parent or guardian a link to give their consent; you can take part once they have. Use their address, not yours. Leave it empty if you're 16 or over.",
      codeOfConduct: "Code of conduct",
      acceptCodeOfConduct:
        "I have read and accept the event's code of conduct (version coc-2): be kind, be respectful, and help everyone feel welcome.",
      readCodeOfConduct: "Read the code of conduct (opens in a new tab)",
      register: "Register",
      registering: "Registering…",
    });
    expect(registerFormWords("en-GB", { ...facts, minimumAge: null }).dateOfBirthHint).toBe(
      "We use it only to work out your age on 2026-06-14, when the event starts. Nobody else sees it: organisers see only an age band. It's a calendar date, so the event's time zone doesn't matter here.",
    );
    expect(registerFormWords("en-GB", { ...facts, minimumAge: 0 }).dateOfBirthHint).not.toContain("least");
    const child = { name: "", guardian: "mum@example.com" };
    expect(registerFormWords("en-GB", { ...facts, child }).registeringChild).toBe(
      "You're registering your child, whose profile you keep: answer for them. If they're under 16 when the event starts, you give your consent straight after (we ask you, at mum@example.com), and every email about them comes to you.",
    );
  });

  it("says them in Welsh with the event's ages and date", () => {
    const words = registerFormWords("cy", { ...facts, startDate: startDateIn("cy", RULES.eventStart) });
    expect(words.dateOfBirthHint).toContain("ar 14 Meh 2026");
    expect(words.dateOfBirthHint).toContain("rhaid i chi fod yn 8 oed o leiaf");
    expect(words.guardianEmailLabel).toBe(
      "E-bost rhiant neu warcheidwad (os ydych chi o dan 16 oed pan fydd y digwyddiad yn dechrau)",
    );
    const child = { name: "Ana", guardian: "mum@example.com" };
    expect(registerFormWords("cy", { ...facts, child }).registeringChild).toMatch(
      /^Rydych chi'n cofrestru Ana,.*yn mum@example\.com/,
    );
  });

  it("writes the day the event starts as each language's page does", () => {
    expect(startDateIn("en-GB", { year: 2026, month: 6, day: 14 })).toBe("2026-06-14");
    expect(startDateIn("cy", { year: 2026, month: 6, day: 14 })).toBe("14 Meh 2026");
    expect(startDateIn("cy", { year: 2027, month: 1, day: 2 })).toBe("2 Ion 2027");
  });

  it("names the answers' fields in English as the forms always did", () => {
    expect(answerFieldsWords("en-GB")).toEqual({
      centre: "Centre",
      centreHint: "Where you'll take part.",
      chooseCentre: "Choose a centre",
      full: "full",
      experience: "Your coding experience",
      skills: "Skills",
      skillsLegend: "Skills (optional)",
      skillsHint: "Helps you find teammates. Tick any that fit.",
      tags: "Other skills",
      tagsLabel: "Other skills (optional)",
      tagsHint: "Separate them with commas, e.g. Rust, 3D printing. Up to 8.",
      levels: EXPERIENCE_LABELS,
      skillNames: SKILL_LABELS,
    });
    const welsh = answerFieldsWords("cy");
    expect(welsh.levels.NEW).toBe("Newydd i godio");
    expect(welsh.skillNames.hardware).toBe("Caledwedd a robotiaid");
  });

  it("says a place on a waiting list in English as the page always did", () => {
    const entry = { centre: { id: "c1", name: "Cardiff" }, offerExpiresAt: null };
    for (let position = 1; position < 1000; position++) {
      expect(waitingPlace("en-GB", { ...entry, status: "WAITING", position }, "UTC").body).toBe(
        `You're ${ordinal(position)} in the queue. When a place comes free, we'll email you, and you'll have time to take it.`,
      );
    }
    expect(waitingPlace("en-GB", { ...entry, status: "WAITING", position: 2 }, "UTC")).toEqual({
      centreId: "c1",
      label: "Waiting list: Cardiff",
      title: "You're on the waiting list for Cardiff",
      body: "You're 2nd in the queue. When a place comes free, we'll email you, and you'll have time to take it.",
      leave: "Leave the waiting list: Cardiff",
    });
    const offer = { ...entry, status: "OFFERED" as const, position: 0 };
    const until = new Date("2026-07-01T08:00:00Z");
    expect(waitingPlace("en-GB", { ...offer, offerExpiresAt: until }, "Europe/London")).toEqual({
      centreId: "c1",
      label: "Waiting list: Cardiff",
      title: "A place at Cardiff is yours",
      body: "We're keeping it for you until Wed 1 Jul 2026, 09:00 BST. To take it, finish registering below and choose Cardiff. After that, it goes to the next person.",
      leave: "I don't want this place: Cardiff",
    });
    expect(waitingPlace("cy", { ...offer, offerExpiresAt: until }, "Europe/London").body).toContain(
      "tan Mer 1 Gor 2026, 09:00 BST",
    );
  });

  it("says a place on a waiting list in Welsh with Welsh ordinals", () => {
    const entry = {
      centre: { id: "c1", name: "Caerdydd" },
      status: "WAITING" as const,
      offerExpiresAt: null,
    };
    const said = (position: number) => waitingPlace("cy", { ...entry, position }, "UTC").body;
    expect(said(1)).toMatch(/^Chi yw'r 1af yn y ciw\. /);
    expect(said(2)).toMatch(/^Chi yw'r 2il /);
    expect(said(3)).toMatch(/^Chi yw'r 3ydd /);
    expect(said(5)).toMatch(/^Chi yw'r 5ed /);
    expect(said(7)).toMatch(/^Chi yw'r 7fed /);
    expect(said(11)).toMatch(/^Chi yw'r 11eg /);
  });

  it("says the waiting list's form and a joined list as it always did in English", () => {
    const words = waitingListWords("en-GB");
    expect(fillTemplate(words.joined, { position: 4 })).toBe("You're on the waiting list. You're number 4.");
    expect(fillTemplate(waitingListWords("cy").joined, { position: 4 })).toBe(
      "Rydych chi ar y rhestr aros. Chi yw rhif 4.",
    );
    expect(words.join).toBe("Join the waiting list");
  });

  it("gives the error summary Welsh words only on a Welsh page", () => {
    expect(errorSummaryWords("en-GB")).toBeUndefined();
    expect(errorSummaryWords("cy")?.signInAgain).toBe("Mewngofnodi eto");
    // The English catalogue says what the summary says by itself.
    const en = CATALOGUES["en-GB"].RegistrationProblems;
    expect(en.restored).toBe(restoredMessage);
    expect([en.signInAgain, en.comeBack]).toEqual(["Sign in again", "— you'll come back to this page."]);
  });
});
