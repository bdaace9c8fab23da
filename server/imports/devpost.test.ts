import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { refusals } from "../i18n/refusals.ts";
import {
  checkRow,
  checkRows,
  guessMapping,
  importedTeamName,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  readImportCsv,
  sortLinks,
  splitList,
  type ImportProblem,
  type ImportTable,
} from "./devpost.ts";

/** A problem in the words the server says it with (commands.ts: the "ImportProblems" messages). */
const problem = refusals("ImportProblems");
const say = (found: ImportProblem) => problem(found.key, "values" in found ? found.values : undefined).text;

const fixture = readFileSync(new URL("./fixtures/devpost-export.csv", import.meta.url), "utf8");
const challenges = [
  { id: "c-buses", title: "Buses on time" },
  { id: "c-rivers", title: "Cleaner  Rivers" },
];

function table(text: string): ImportTable {
  const read = readImportCsv(text);
  if ("error" in read) throw new Error(say(read.error));
  return read;
}

describe("readImportCsv", () => {
  it("reads Devpost's export: a byte-order mark, quoted commas, quotes and line breaks in a cell", () => {
    const read = table(fixture);
    expect(read.columns[0]).toBe("Project Title");
    expect(read.columns).toContain('"Try it out" Links');
    expect(read.rows).toHaveLength(4);
    expect(read.rows[0]?.line).toBe(2);
    expect(read.rows[0]?.cells["About The Project"]).toContain('with "real" data.');
    expect(read.rows[0]?.cells["About The Project"]).toContain("\n\nBuilt");
  });

  it("fills a short row's missing cells with empty text and skips blank lines", () => {
    const read = table(
      "Project Title,Submission Url,Built With\nA,https://x.test/a\n\nB,https://x.test/b,go\n",
    );
    expect(read.rows.map((r) => [r.line, r.cells["Built With"]])).toEqual([
      [2, ""],
      [3, "go"],
    ]);
  });

  it.each([
    ["", "noHeaderRow", "The file has no header row."],
    [",,\n1,2,3", "noHeaderRow", "The file has no header row."],
    ["Title,Title\nA,B", "columnTwice", 'The column "Title" appears twice: rename one of them.'],
    ['Title\n"unclosed', "notCsv", "This file is not a CSV file we can read: "],
  ])("refuses %j in words", (text, key, message) => {
    const read = readImportCsv(text);
    if (!("error" in read)) throw new Error("read");
    expect(read.error.key).toBe(key);
    expect(say(read.error)).toContain(message);
  });

  it("says the parser's own words after its own", () => {
    const read = readImportCsv('Title\n"unclosed');
    if (!("error" in read) || read.error.key !== "notCsv") throw new Error("read");
    expect(say(read.error)).toBe(`This file is not a CSV file we can read: ${read.error.values.reason}`);
  });

  it(`refuses a header of more than ${MAX_IMPORT_COLUMNS} columns before reading the rows, and a row longer than the header`, () => {
    const wide = `${Array.from({ length: 60_000 }, (_, i) => `c${i}`).join(",")}\n${"x\n".repeat(2000)}`;
    const read = readImportCsv(wide);
    expect(read).toEqual({
      error: { key: "tooManyColumns", values: { count: "60000", max: String(MAX_IMPORT_COLUMNS) } },
    });
    if (!("error" in read)) throw new Error("read");
    expect(say(read.error)).toBe(
      `The file has 60000 columns; a Devpost export has a few dozen (at most ${MAX_IMPORT_COLUMNS}).`,
    );
    const long = readImportCsv("Title,Url\nA,https://x.test,extra");
    expect("error" in long && say(long.error)).toMatch(/^This file is not a CSV file we can read/);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, () => {
    const text = `Title\n${"x\n".repeat(MAX_IMPORT_ROWS + 1)}`;
    const read = readImportCsv(text);
    expect(read).toEqual({
      error: {
        key: "tooManyRows",
        values: { count: String(MAX_IMPORT_ROWS + 1), max: String(MAX_IMPORT_ROWS) },
      },
    });
    if (!("error" in read)) throw new Error("read");
    expect(say(read.error)).toBe(
      `The file has ${MAX_IMPORT_ROWS + 1} rows; import at most ${MAX_IMPORT_ROWS} at a time.`,
    );
    expect("error" in readImportCsv(`Title\n${"x\n".repeat(MAX_IMPORT_ROWS)}`)).toBe(false);
  });
});

describe("guessMapping", () => {
  it("finds Devpost's columns, ignoring case, spaces and quotes, and leaves the rest unmapped", () => {
    expect(guessMapping(table(fixture).columns)).toEqual({
      key: "Submission Url",
      title: "Project Title",
      tagline: null,
      description: "About The Project",
      technologies: "Built With",
      links: '"Try it out" Links',
      videoUrl: "Video Demo Link",
      challenges: "Opt-In Prizes",
    });
    expect(guessMapping(["project title", "SUBMISSION URL", "elevator pitch"])).toMatchObject({
      key: "SUBMISSION URL",
      title: "project title",
      tagline: "elevator pitch",
    });
  });
});

describe("splitList and sortLinks", () => {
  it("splits on commas and lines, trims, drops empties and repeats", () => {
    expect(splitList(" react, node.js ,,\nreact\n ")).toEqual(["react", "node.js"]);
  });

  it("takes the first code host as the repository and the first other address as the demo", () => {
    expect(
      sortLinks("https://app.example.org https://github.com/a/b, https://gitlab.com/c/d ftp://x"),
    ).toEqual({
      repositoryUrl: "https://github.com/a/b",
      demoUrl: "https://app.example.org",
    });
    expect(sortLinks("not links at all")).toEqual({ repositoryUrl: "", demoUrl: "" });
  });
});

describe("checkRow", () => {
  const read = table(fixture);
  const mapping = guessMapping(read.columns);
  const row = (index: number) => {
    const r = read.rows[index];
    if (!r) throw new Error("no row");
    return r;
  };

  it("turns a good row into a project's fields, linking prizes that name a challenge", () => {
    const checked = checkRow(row(0), mapping, challenges);
    expect(checked.errors).toEqual([]);
    expect(checked.status).toBe("SUBMITTED");
    expect(checked.fields).toMatchObject({
      title: "Bus Buddy",
      repositoryUrl: "https://github.com/example/bus-buddy",
      demoUrl: "https://bus-buddy.example.org",
      videoUrl: "https://www.youtube.com/watch?v=abc123",
      technologies: ["react", "node.js", "open-data"],
      challengeIds: ["c-buses"],
    });
    expect(checked.warnings).toEqual([
      { key: "prizeNotChallenge", values: { prize: "Best use of open data" } },
    ]);
    expect(checked.warnings.map(say)).toEqual([
      '"Best use of open data" is not one of this event\'s published challenges: not linked.',
    ]);
  });

  it("never reads a person's name or email address into the project", () => {
    const text = JSON.stringify(checkRow(row(0), mapping, challenges));
    for (const personal of ["Ada", "Lovelace", "ada@example.org", "Grace", "grace@example.org"]) {
      expect(text).not.toContain(personal);
    }
  });

  it("refuses a row without a title, and one whose video is not a web address", () => {
    const untitled = checkRow(row(2), mapping, challenges);
    expect(untitled).toMatchObject({
      fields: null,
      errors: [{ key: "fieldInvalid", values: { field: "title", message: "Use at least 3 characters" } }],
    });
    expect(untitled.errors.map(say)).toEqual(["Title: Use at least 3 characters"]);
    expect(checkRow(row(3), mapping, challenges).errors.map(say)).toEqual([
      "Video: Enter a web address starting with https://",
    ]);
  });

  it("refuses a row without a key, shortens a long tagline and keeps 20 technologies", () => {
    const long = {
      line: 9,
      cells: {
        T: "Fine title",
        K: "",
        G: "x".repeat(200),
        B: Array.from({ length: 25 }, (_, i) => `t${i}`).join(","),
      },
    };
    const custom = { ...mapping, key: "K", title: "T", tagline: "G", technologies: "B" };
    const checked = checkRow(long, custom, challenges);
    expect(checked.errors).toEqual([{ key: "noKey" }]);
    expect(checked.errors.map(say)).toEqual([
      "It has no address on Devpost, so it could not be found again when you import again.",
    ]);
    const keyed = checkRow(
      { ...long, cells: { ...long.cells, K: "https://devpost.com/software/x" } },
      custom,
      challenges,
    );
    expect(keyed.fields?.tagline).toHaveLength(140);
    expect(keyed.fields?.technologies).toHaveLength(20);
    expect(keyed.warnings.map((w) => w.key)).toEqual([
      "tooManyTechnologies",
      "taglineShortened",
      "importedAsDraft",
    ]);
    expect(keyed.warnings.map(say)).toEqual([
      "It lists 25 technologies: the first 20 are kept.",
      "Its tagline is longer than 140 characters: shortened.",
      "Imported as a draft, not submitted: Describe your project in at least 20 characters; Choose at least one challenge to enter.",
    ]);
    expect(keyed.status).toBe("DRAFT");
  });

  it("matches a challenge's title whatever the case and spacing", () => {
    const r = { line: 2, cells: { T: "River Watch", K: "k", P: "cleaner rivers" } };
    expect(
      checkRow(r, { ...mapping, title: "T", key: "K", challenges: "P" }, challenges).fields?.challengeIds,
    ).toEqual(["c-rivers"]);
  });
});

describe("checkRows", () => {
  it("refuses a second row with the same key, naming the first", () => {
    const read = table(
      "Project Title,Submission Url\nOne,https://d.test/1\nTwo,https://d.test/1\nThree,https://d.test/3",
    );
    const checked = checkRows(read, guessMapping(read.columns), []);
    expect(checked.map((r) => r.errors)).toEqual([[], [{ key: "sameProjectAs", values: { line: "2" } }], []]);
    expect(checked[1]?.errors.map(say)).toEqual(["The same project as line 2."]);
    expect(checked[1]?.fields).toBeNull();
  });
});

describe("the problems' words", () => {
  it("say a long address, and name each project field as the form does (any other by its name)", () => {
    const long = checkRow(
      { line: 2, cells: { T: "Fine title", K: `https://devpost.com/${"x".repeat(500)}` } },
      { ...guessMapping([]), title: "T", key: "K" },
      [],
    );
    expect(long.errors.map(say)).toEqual(["Its address on Devpost is longer than 500 characters."]);
    const names = {
      title: "Title",
      tagline: "Tagline",
      description: "Description",
      videoUrl: "Video",
      repositoryUrl: "Code link",
      demoUrl: "Demo link",
      technologies: "Built with",
      challengeIds: "Challenges",
      somethingElse: "somethingElse",
      "": "",
    };
    for (const [field, name] of Object.entries(names)) {
      expect(say({ key: "fieldInvalid", values: { field, message: "Too 'long' {1}" } })).toBe(
        `${name}: Too 'long' {1}`,
      );
    }
  });

  it("keep numbers' digits as they are", () => {
    expect(say({ key: "sameProjectAs", values: { line: "1500" } })).toBe("The same project as line 1500.");
    expect(say({ key: "tooManyTechnologies", values: { count: "1500" } })).toBe(
      "It lists 1500 technologies: the first 20 are kept.",
    );
  });
});

describe("importedTeamName", () => {
  it("uses the title, and makes it unique among the event's team names", () => {
    expect(importedTeamName("Bus Buddy", new Set())).toBe("Bus Buddy");
    expect(importedTeamName("Bus Buddy", new Set(["bus buddy"]))).toBe("Bus Buddy (Devpost)");
    expect(importedTeamName("Bus Buddy", new Set(["bus buddy", "bus buddy (devpost)"]))).toBe(
      "Bus Buddy (Devpost 2)",
    );
    expect(importedTeamName("x".repeat(100), new Set())).toHaveLength(45);
  });
});
