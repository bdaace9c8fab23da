// A consent or registration form's problems in the page's language, in the browser. Pure, and free of
// the catalogues: the page builds the words (form-messages.ts) and passes them as props.
import {
  rememberedPerProblem,
  translateProblem,
  type FieldErrors,
  type FormProblem,
} from "../../app/_components/form-errors.ts";
import { fillTemplate } from "../i18n/labels.ts";

/**
 * The refusal of a name whose word mixes look-alike alphabets (recognisableName, server/names/schema.ts)
 * carries what was typed, so no fixed table can hold it: its template in the page's language ({word},
 * {scripts}) and the alphabets' names in that language, keyed by their English names ("Latin").
 */
export interface MixedScriptWords {
  template: string;
  alphabets: Record<string, string>;
}

/** What a form needs to say its problems in the page's language. Nothing to change on an English page. */
export interface ProblemWords {
  /** English text → the page's language (messageTable); empty in English. */
  table: Record<string, string>;
  /** null in English. */
  mixedScripts: MixedScriptWords | null;
}

/** The words of an English page: every problem is shown as the schema or the server says it. */
export const ENGLISH_PROBLEMS: ProblemWords = { table: {}, mixedScripts: null };

const MIXED_SCRIPTS =
  /^"(.+)" mixes letters from different alphabets \((.+)\), so it can pass for another name\. Type it again using one alphabet\.$/s;

/**
 * The mixed-alphabet refusal `message` in the page's language ('"Dаta" mixes letters … (Latin and
 * Cyrillic) …' → 'Mae "Dаta" yn cymysgu … (Lladin, Cyrilig) …'), the word as typed; any other message,
 * or no words (English), unchanged.
 */
export function sayMixedScripts(message: string, words: MixedScriptWords | null): string {
  if (!words) return message;
  const found = MIXED_SCRIPTS.exec(message);
  if (!found) return message;
  const [, word = "", scripts = ""] = found;
  const named = scripts
    .split(" and ")
    .map((script) => words.alphabets[script] ?? script)
    .join(", ");
  return fillTemplate(words.template, { word, scripts: named });
}

/**
 * `problem` in the page's language: the table's messages (translateProblem), then the mixed alphabets.
 * The same problem and words give the same object (rememberedPerProblem), so a form may call it on every
 * render without the error summary taking focus again.
 */
export const problemInPage: (problem: FormProblem, words: ProblemWords) => FormProblem = rememberedPerProblem(
  (problem: FormProblem, words: ProblemWords) => {
    const translated = translateProblem(problem, words.table);
    const mixed = words.mixedScripts;
    if (!mixed) return translated;
    const say = (message: string) => sayMixedScripts(message, mixed);
    const fields: FieldErrors = {};
    for (const [name, messages] of Object.entries(translated.fields)) fields[name] = messages?.map(say);
    return { ...translated, message: say(translated.message), fields };
  },
);
