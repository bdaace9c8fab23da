import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderQueue, queueProgress, type AssignmentStatus, type QueueItem } from "./queue.ts";

const item = (
  id: string,
  status: AssignmentStatus,
  queueOrder: number,
  skippedAt: number | null = null,
): QueueItem => ({
  id,
  status,
  queueOrder,
  skippedAt: skippedAt === null ? null : new Date(skippedAt),
});

describe("orderQueue", () => {
  it("puts entries to score first, then skipped (earliest skip first), flagged, finished", () => {
    const queue = orderQueue([
      item("done", "SCORED", 0),
      item("later-skip", "SKIPPED", 1, 2000),
      item("flag", "FLAGGED", 2),
      item("b", "PENDING", 5),
      item("early-skip", "SKIPPED", 3, 1000),
      item("a", "PENDING", 4),
      item("absent", "ABSENT", 6),
    ]);
    expect(queue.map((i) => i.id)).toEqual(["a", "b", "early-skip", "later-skip", "flag", "done", "absent"]);
  });

  it("sends an entry skipped again to the back of the skipped ones", () => {
    const first = [item("x", "SKIPPED", 0, 1000), item("y", "SKIPPED", 1, 2000)];
    const skippedAgain = [item("x", "SKIPPED", 0, 3000), item("y", "SKIPPED", 1, 2000)];
    expect(orderQueue(first).map((i) => i.id)).toEqual(["x", "y"]);
    expect(orderQueue(skippedAgain).map((i) => i.id)).toEqual(["y", "x"]);
  });

  it("never lets a skipped entry come round before an unskipped one, whatever the input order", () => {
    const status = fc.constantFrom<AssignmentStatus>("PENDING", "SCORED", "SKIPPED", "ABSENT", "FLAGGED");
    fc.assert(
      fc.property(
        fc.array(fc.record({ status, queueOrder: fc.nat(50), skippedAt: fc.option(fc.nat(10_000)) }), {
          maxLength: 30,
        }),
        (rows) => {
          const items = rows.map((r, i) => item(`e${i}`, r.status, r.queueOrder, r.skippedAt));
          const order = orderQueue(items);
          const firstSkipped = order.findIndex((i) => i.status === "SKIPPED");
          const lastPending = order.map((i) => i.status).lastIndexOf("PENDING");
          if (firstSkipped >= 0 && lastPending >= 0) expect(lastPending).toBeLessThan(firstSkipped);
          // The order is a permutation and does not depend on the input order.
          expect(orderQueue([...items].reverse()).map((i) => i.id)).toEqual(order.map((i) => i.id));
        },
      ),
    );
  });
});

describe("queueProgress", () => {
  it("counts scored and absent as done and says so", () => {
    const progress = queueProgress([
      { status: "SCORED" },
      { status: "ABSENT" },
      { status: "PENDING" },
      { status: "SKIPPED" },
      { status: "FLAGGED" },
    ]);
    expect(progress).toMatchObject({
      done: 2,
      total: 5,
      skipped: 1,
      flagged: 1,
      allDone: false,
      summary: "2 of 5 done",
    });
  });

  it("is all done only when every assignment is finished", () => {
    expect(queueProgress([]).allDone).toBe(false);
    expect(queueProgress([{ status: "SCORED" }, { status: "ABSENT" }]).allDone).toBe(true);
    for (const open of ["PENDING", "SKIPPED", "FLAGGED"] as const) {
      expect(queueProgress([{ status: "SCORED" }, { status: open }]).allDone).toBe(false);
    }
  });
});
