// Text made safe for XML: escaped, and stripped of the control characters XML 1.0 forbids
// (a stray one in extracted text would make the whole file unreadable).
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(value: string): string {
  return value
    .replace(forbidden, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An XML comment cannot hold `--`; a readable header must not break the file. */
export function xmlComment(lines: readonly string[]): string {
  return `<!--\n${lines.map((l) => `  ${l.replace(forbidden, '').replace(/-{2,}/g, (d) => d.split('').join(' '))}`).join('\n')}\n-->`;
}
