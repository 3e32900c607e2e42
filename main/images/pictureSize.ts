/**
 * A picture's width and height as its header declares them, without
 * decoding it: JPEG (SOF marker), PNG (IHDR), GIF (screen descriptor),
 * WebP (VP8, VP8L, VP8X). Null when the header can't be read.
 */
export function pictureSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  try {
    if (ascii(1, 4) === 'PNG') return { width: view.getUint32(16), height: view.getUint32(20) };
    if (ascii(0, 4) === 'GIF8') return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
    if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') {
      const chunk = ascii(12, 16);
      if (chunk === 'VP8X') return { width: 1 + (view.getUint32(24, true) & 0xffffff), height: 1 + (view.getUint32(27, true) & 0xffffff) };
      if (chunk === 'VP8L') {
        const bits = view.getUint32(21, true);
        return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
      }
      if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
      return null;
    }
    if (bytes[0] === 0xff && bytes[1] === 0xd8) {
      // Walk the markers to the first start-of-frame, which carries the size.
      let at = 2;
      while (at + 9 < bytes.length) {
        if (bytes[at] !== 0xff) return null;
        const marker = bytes[at + 1] ?? 0;
        const length = view.getUint16(at + 2);
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
        at += 2 + length;
      }
    }
  } catch {
    return null;
  }
  return null;
}
