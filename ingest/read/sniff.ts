// Names what a file really is from its first bytes, so a wrongly named file gets a useful message.
const signatures: ReadonlyArray<[string, readonly number[]]> = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive, e.g. a .docx', [0x50, 0x4b, 0x03, 0x04]],
  ['an OLE compound file (an old .doc, or a password-protected Office file)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
];

export function sniffKind(bytes: Uint8Array): string | null {
  return signatures.find(([, magic]) => startsWith(bytes, magic))?.[0] ?? null;
}

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
