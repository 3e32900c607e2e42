import { ImportError } from './importError';

// Bytes that never appear in text: NUL and the C0 controls other than tab, LF, FF, CR, ESC.
const isControl = (byte: number): boolean => byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(byte);

// Windows-1252's 0x80–0x9F: curly quotes, dashes, € and friends. Node's
// TextDecoder reads 'windows-1252' as Latin-1, turning them into C1 controls.
const CP1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
  return text;
}

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, else Windows-1252, which is what older newsroom systems export.
 * Rejects empty and binary files with a message that names the file.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) {
    throw new ImportError(`"${fileName}" is empty. Choose a file that contains the article's text.`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8192);
  const controls = sample.reduce((count, byte) => count + (isControl(byte) ? 1 : 0), 0);
  if (sample.includes(0) || controls / sample.length > 0.01) {
    throw new ImportError(
      `"${fileName}" is not a text file (it contains binary data). Save the article as plain text (.txt) and import that.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new ImportError(`"${fileName}" holds only blank space. Choose a file that contains the article's text.`);
  }
  return text;
}
