import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeResults } from "./model.ts";
import {
  jsonSyntaxError,
  parseScale,
  parseScoresCsv,
  parseScoresFile,
  parseScoresJson,
  resultsJson,
  resultsTable,
} from "./results-file.ts";

describe("parseScoresCsv", () => {
  it("reads quoted fields, CRLF, a BOM, columns in any order and case, and empty criteria as overall scores", () => {
    const text =
      '\uFEFFScore,Judge,Entry,Criterion\r\n4,"Smith, Ann","Team ""Rocket""",idea\r\n\r\n3,J2,B,\r\n';
    expect(parseScoresCsv(text)).toEqual({
      scale: [3, 4],
      scores: [
        { entry: 'Team "Rocket"', judge: "Smith, Ann", criterion: "idea", value: 4 },
        { entry: "B", judge: "J2", value: 3 },
      ],
    });
  });

  it("takes the criterion column as optional and the scale from --scale when given", () => {
    expect(parseScoresCsv("entry,judge,score\nA,J,5\n", { scale: [1, 5] })).toEqual({
      scale: [1, 5],
      scores: [{ entry: "A", judge: "J", value: 5 }],
    });
  });

  it.each([
    ["", /The file is empty/],
    ["entry,judge,points\nA,J,1\n", /Line 1: unknown column "points"/],
    ["entry,criterion,score\nA,x,1\n", /Line 1: the header has no "judge" column/],
    ["entry,judge,score\nA,J,1\nB,J,x\n", /Line 3: score "x" is not a number/],
    ["entry,judge,score\nA,J,1\nB,J,\n", /Line 3: score "" is not a number/],
    ["entry,judge,score\n,J,1\n", /Line 2: the entry is empty/],
    ["entry,judge,score\nA, ,1\n", /Line 2: the judge is empty/],
    ["entry,judge,score\nA,J,1,9\n", /CSV: Invalid Record Length.*line 2/],
    ['entry,judge,score\nA,"J,1\n', /CSV: Quote Not Closed/],
    [
      "entry,judge,score\nA,J,3\nB,J,3\n",
      /Every score is 3, so no scale can be inferred: pass --scale MIN,MAX/,
    ],
    ["entry,judge,score\n", /a header but no scores/],
  ])("refuses %j", (text, message) => {
    expect(() => parseScoresCsv(text)).toThrow(message);
  });

  it("checks scores against a given scale, naming the line", () => {
    expect(() => parseScoresCsv("entry,judge,score\nA,J,1\nA,K,7\n", { scale: [1, 5] })).toThrow(
      "Line 3: score 7 is outside the scale 1–5.",
    );
  });
});

describe("parseScoresJson", () => {
  it("reads the documented shape", () => {
    const input = {
      scale: [1, 5],
      criteria: [{ id: "idea", weight: 2 }],
      scores: [{ entry: "A", judge: "J", criterion: "idea", value: 3 }],
    };
    expect(parseScoresJson(JSON.stringify(input))).toEqual(input);
  });

  it.each([
    ['{"scale":[1,5],"scores":[{"entry":"A","judge":"J","value":"3"}]}', /^\$\.scores\[0\]\.value: /],
    ['{"scale":[1,5],"scores":[],"extra":1}', /^\$: Unrecognized key: "extra"/],
    ['{"scale":[1],"scores":[]}', /^\$\.scale/],
    ['{"scale":[1,5],"criteria":[{"id":"a","weight":0}],"scores":[]}', /^\$\.criteria\[0\]\.weight/],
    ['{\n  "scale": [1, 5],\n  "scores": [1,]\n}', "Line 3, column 16: not valid JSON, expected a value."],
    ["{\n  'scale': 1\n}", "Line 2, column 3: not valid JSON, expected a property name in double quotes."],
    ['{"a": 1} x', "Line 1, column 10: not valid JSON, expected the end of the file."],
  ])("refuses %j, naming where", (text, message) => {
    expect(() => parseScoresJson(text)).toThrow(message);
  });

  it("finds a syntax error within the text whenever JSON.parse fails on a cut-short document", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        const text = json.slice(0, cut % (json.length + 1));
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        if (!parses) expect(jsonSyntaxError(text).offset).toBeLessThanOrEqual(text.length);
      }),
    );
  });
});

describe("parseScoresFile and parseScale", () => {
  it("chooses JSON by name or a leading brace, and lets --scale override the file's", () => {
    const json = '{"scale":[0,10],"scores":[{"entry":"A","judge":"J","value":3}]}';
    expect(parseScoresFile("x.JSON", json).scale).toEqual([0, 10]);
    expect(parseScoresFile("x.txt", json, { scale: [1, 5] }).scale).toEqual([1, 5]);
    expect(parseScoresFile("x.csv", "entry,judge,score\nA,J,1\nB,J,2\n").scores).toHaveLength(2);
  });

  it("parses MIN,MAX and refuses anything else", () => {
    expect(parseScale(" 1 , 5 ")).toEqual([1, 5]);
    for (const bad of ["5,1", "1", "a,b", "1,2,3"])
      expect(() => parseScale(bad)).toThrow(/--scale must be MIN,MAX/);
  });
});

describe("resultsJson and resultsTable", () => {
  const results = computeResults({
    scale: [1, 5],
    scores: [
      { entry: "A", judge: "J", value: 4 },
      { entry: "B", judge: "J", value: 4 },
    ],
  });

  it("keeps exactly the documented keys", () => {
    const out = resultsJson(results);
    expect(Object.keys(out)).toEqual(["connected", "components", "method", "reason", "entries", "judges"]);
    expect(out.entries.map((e) => Object.keys(e))).toEqual([
      ["entry", "raw", "adjusted", "rank"],
      ["entry", "raw", "adjusted", "rank"],
    ]);
    expect(out.judges).toEqual([{ judge: "J", bias: 0 }]);
  });

  it("marks entries placed by the tie-break", () => {
    const table = resultsTable(results);
    expect(table).toMatch(/^\s+1\*\s+A\s+4\.00\s+4\.00\s+1$/m);
    expect(table).toMatch(/^\s+2\*\s+B/m);
    expect(table).toContain("* tied on the score that ranks");
  });
});
