// Small deterministic PNG pictures for the demo data (SVG is refused by the image checks): a gradient
// with rings in the colours of server/events/cover.ts, so the same name always gives the same bytes.
import { deflateSync } from "node:zlib";
import { generatedCover } from "../server/events/cover.ts";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

/** An RGB PNG of `width` × `height`: the name's gradient with soft rings. */
export function demoPng(name: string, width: number, height: number): Uint8Array {
  const cover = generatedCover(name);
  const [from, to] = [rgb(cover.from), rgb(cover.to)];
  const radians = (cover.angle * Math.PI) / 180;
  const [dx, dy] = [Math.cos(radians), Math.sin(radians)];
  const rings = cover.circles.map((c) => ({
    x: (c.x / 100) * width,
    y: (c.y / 100) * height,
    r: (c.r / 100) * Math.max(width, height),
    w: Math.max(width, height) * 0.03,
  }));
  // A skyline of blocks along the bottom: a town of centres, a grid of pixels.
  const columns = 24;
  const skyline = Array.from({ length: columns }, (_, i) => {
    const seed = generatedCover(`${name}#sky${i}`).circles[0]?.r ?? 20;
    return height * (0.12 + ((seed - 18) / 30) * 0.3);
  });
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const t = Math.min(1, Math.max(0, 0.5 + ((x / width - 0.5) * dx + (y / height - 0.5) * dy)));
      let light = 0;
      for (const ring of rings) {
        const d = Math.abs(Math.hypot(x - ring.x, y - ring.y) - ring.r);
        if (d < ring.w) light += 0.22 * (1 - d / ring.w);
      }
      const column = Math.floor((x / width) * columns);
      const inBlock = height - y < (skyline[column] ?? 0) && x % Math.ceil(width / columns) > 2;
      if (inBlock) light += 0.3;
      for (let i = 0; i < 3; i += 1) {
        const base = (from[i] ?? 0) + ((to[i] ?? 0) - (from[i] ?? 0)) * t;
        raw[row + 1 + x * 3 + i] = Math.round(base + (255 - base) * Math.min(light, 0.6));
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(raw, { level: 9 })),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}
