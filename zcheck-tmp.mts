import { z } from "zod";
const n = z.coerce.number("Enter").int("Use a whole number").min(1, "At least 1 place");
console.log(JSON.stringify(n.safeParse(1.5).error?.issues));
const u = z.union([z.literal("").transform(() => null), z.null(), n]);
console.log(JSON.stringify(u.safeParse(1.5).error?.issues));
console.log(JSON.stringify(u.safeParse("abc").error?.issues?.map(i=>i.message)));
