import QRCode from 'qrcode';

/**
 * QR codes made on the device (no service sees which page a worker shares). The drawing is one
 * SVG path, built as data, so the page adds it with DOM calls and never parses markup.
 */
export interface QrDrawing {
  /** Modules per side, including the quiet zone. */
  size: number;
  /** Path data: one 1×1 square per dark module, merged per row run. */
  path: string;
}

/** Quiet zone in modules around the code, as the standard asks, so phones can find it. */
const quietZone = 4;

export function qrDrawing(text: string): QrDrawing {
  // Level M: survives a crease or a smudge on a printed card, and stays small enough to scan.
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = code.modules.size;
  const dark = (x: number, y: number) => Boolean(code.modules.get(y, x));
  let path = '';
  for (let y = 0; y < count; y++) {
    for (let x = 0; x < count; ) {
      if (!dark(x, y)) {
        x += 1;
        continue;
      }
      let run = 1;
      while (x + run < count && dark(x + run, y)) run += 1;
      path += `M${x + quietZone} ${y + quietZone}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return { size: count + 2 * quietZone, path };
}
