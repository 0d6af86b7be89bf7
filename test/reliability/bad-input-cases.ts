// The bad, odd and hostile inputs of test/reliability/bad-input.test.ts, written into one folder.
// Each case says what a user should see: the file refused with one reason, the file ingested
// with one warning, or the file ingested as it is (the odd-but-valid encodings and line ends).
import { chmodSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { badFiles } from '../read/bad-files.ts';
import { buildDocx, buildTextPdf, declareSize, minutesHtml } from '../read/build-fixtures.ts';

export type Outcome =
  | { readonly kind: 'refused'; readonly reason: string | RegExp }
  | { readonly kind: 'warned'; readonly warning: RegExp }
  | { readonly kind: 'ingested'; readonly text?: readonly string[] };

export interface InputCase {
  /** The file's name in the folder (the name every message must carry). */
  readonly file: string;
  readonly what: string;
  readonly outcome: Outcome;
}

/** Invented minutes; `day` (1–28) and `month` keep each file its own meeting and document. */
export function minutes(day: number, month = 'april', extra = ''): string {
  return `Styrgrupp ${day} ${month} 2019\n\nNärvarande\n\nLars Ekdahl, kulturförvaltningen\nMaja Ruud, Fontänhuset\n${extra}\nÅtgärder\n\nMaja kommer att ta fram en budget.\n`;
}

const given = ['Anna', 'Bo', 'Carl', 'Dan', 'Eva', 'Fia', 'Gun', 'Hans', 'Ida', 'Jan', 'Kim', 'Lena', 'Mats', 'Nils', 'Olle', 'Per', 'Rut', 'Sven', 'Tor', 'Ulla', 'Vera', 'Åsa', 'Örjan', 'Karin', 'Lars'];
const family = ['Ek', 'Berg', 'Lind', 'Holm', 'Strand', 'Dahl', 'Nord', 'Sund', 'Vik', 'Ås', 'Öberg', 'Björk', 'Gran', 'Hed', 'Lund', 'Mark', 'Norén', 'Ros', 'Sjö', 'Torn'];
const endings = ['', 'son', 'ström', 'gren', 'man', 'qvist', 'blad', 'by', 'lin', 'fors'];

/** 5,000 different people, each on an attendance line of their own. */
export function attendees(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${given[i % 25]} ${family[Math.floor(i / 25) % 20]}${endings[Math.floor(i / 500) % 10]}, Förening ${i % 7}`);
}

export const hostile = {
  cypher: "'}) MATCH (n) DETACH DELETE n //",
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
} as const;

const fiftyMb = 50 * 1024 * 1024;

/** Writes every case into `dir` (an empty folder); says whether chmod 000 kept this user (root?) from reading. */
export async function writeInputCases(dir: string): Promise<{ cases: InputCase[]; unreadableIsReadable: boolean }> {
  const cases: InputCase[] = [];
  const put = (file: string, bytes: Buffer | string, what: string, outcome: Outcome) => {
    writeFileSync(path.join(dir, file), bytes);
    cases.push({ file, what, outcome });
  };

  // The thirteen broken files of the read stage's own tests, with their reasons.
  for (const [file, { bytes, reason }] of Object.entries(await badFiles())) put(file, bytes, `read-stage case ${file}`, { kind: 'refused', reason });

  // Size: a 50 MB text file is read (the file limit is 50 MB) but holds far more text than minutes do.
  const paragraph = Buffer.from(minutes(1, 'maj', 'Maja har ordet. '.repeat(50)));
  // Whole paragraphs, then line feeds: a paragraph cut mid-'ä' would be damaged UTF-8 instead.
  const huge = Buffer.alloc(fiftyMb, '\n');
  for (let at = 0; at + paragraph.length <= fiftyMb; at += paragraph.length) paragraph.copy(huge, at);
  put('huge-50mb.txt', huge, 'a 50 MB text file', { kind: 'refused', reason: /^too much text: 52\.\d million characters \(limit 10 million\) — far longer than any minutes; is it the right file\?$/ });

  // Encodings and line ends: all good, and å ä ö must come out right.
  const utf8 = Buffer.from(minutes(2));
  put('invalid-utf8.txt', Buffer.concat([utf8.subarray(0, 40), Buffer.from([0xc3, 0x28, 0xff]), utf8.subarray(40)]), 'invalid UTF-8 bytes', {
    kind: 'refused', reason: /^invalid UTF-8: 2 byte\(s\) that are not UTF-8, the first at byte 40, in text that otherwise is — damaged\? save it again as UTF-8$/,
  });
  const swedish = ['Närvarande', 'kulturförvaltningen', 'Fontänhuset', 'Åtgärder'];
  put('latin1.txt', iconv.encode(minutes(3), 'latin1'), 'Latin-1 text', { kind: 'ingested', text: swedish });
  put('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(minutes(4), 'utf-16le')]), 'UTF-16 LE with a BOM', { kind: 'ingested', text: swedish });
  put('utf16be.txt', iconv.encode(minutes(5), 'utf-16be'), 'UTF-16 BE without a BOM', { kind: 'ingested', text: swedish });
  put('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(minutes(6))]), 'a UTF-8 BOM', { kind: 'ingested', text: swedish });
  put('crlf.txt', minutes(7).replace(/\n/g, '\r\n'), 'CRLF line ends', { kind: 'ingested', text: swedish });
  put('cr.txt', minutes(8).replace(/\n/g, '\r'), 'lone-CR line ends', { kind: 'ingested', text: swedish });

  // Structure: missing parts are warned about, once; too much of a part is just data.
  put('no-title.txt', minutes(9).replace(/^.*\n\n/, ''), 'no title', { kind: 'warned', warning: /no date in the title 'Närvarande' \[meeting\/no-date\]$/ });
  put('no-attendance.txt', 'Styrgrupp 10 april 2019\n\nÅtgärder\n\nMaja Ruud tar fram en budget.\n', 'no attendance list', { kind: 'warned', warning: /no attendance list found \[attendance\/none\]$/ });
  put('5000-attendees.txt', `Styrgrupp 11 april 2019\n\nNärvarande\n\n${attendees(5000).join('\n')}\n\nÅtgärder\n\nInget.\n`, '5,000 attendees', { kind: 'ingested' });
  put('long-line.txt', minutes(12, 'april', `Maja kommer att ${'ta fram en budget och '.repeat(95_000)}klart.\n`), 'a 2 MB line', { kind: 'ingested' });

  // Hostile names: stored as the text they are, nothing run.
  const names = (lines: string[]) => ({ kind: 'ingested', text: lines }) as const;
  const quotes = [`Anna O'Brien, kulturförvaltningen`, 'Erik "Ekot" Berg, Fontänhuset', 'Stina ”Stickan” Lund, Föreningen ’Ljus’'];
  put('quotes.txt', minutes(13, 'april', quotes.join('\n') + '\n'), 'names with quotes', names(quotes));
  const backslashes = ['Bo Ek\\Berg, kulturförvaltningen', 'Per Lund, C:\\temp\\n\\x00 förening \\\\ 2'];
  put('backslash.txt', minutes(14, 'april', backslashes.join('\n') + '\n'), 'names with backslashes', names(backslashes));
  put('cypher.txt', minutes(15, 'april', `Lars Berg, ${hostile.cypher}\n`), 'Cypher in a name', names([hostile.cypher]));
  put('script.md', minutes(16, 'april', `Lisa Holm, ${hostile.script}\n`), 'a <script> name', names([hostile.script]));
  put('img.txt', minutes(17, 'april', `Per Holm, ${hostile.img}\n`), 'an <img onerror> name', names([hostile.img]));
  const rtl = ['Sara Levi, עמותת שלום', 'Omar Said, جمعية الصداقة', 'Maja kommer att bjuda in محمد العلي och דוד כהן.'];
  put('rtl.txt', minutes(18, 'april', rtl.join('\n') + '\n'), 'RTL (Hebrew, Arabic) text', names(rtl));
  const emoji = ['Eva Ek, Föreningen Glädje 🎉', 'Nils Nord, Café ☕ Ankaret', 'Alla 👍 till budgeten 👨‍👩‍👧.'];
  put('emoji.txt', minutes(19, 'april', emoji.join('\n') + '\n'), 'emoji', names(emoji));

  // Files and folders: a copy under another name, link loops, a file no one may read.
  put('copy-a.txt', minutes(20), 'duplicate file (first name)', { kind: 'ingested' });
  put('copy-b.txt', minutes(20), 'duplicate file (second name)', { kind: 'refused', reason: 'same text as another file given; ingested once' });
  mkdirSync(path.join(dir, 'loop'));
  symlinkSync('..', path.join(dir, 'loop', 'up'));
  cases.push({ file: 'loop/up', what: 'a symbolic link loop to a parent folder', outcome: { kind: 'refused', reason: `a symbolic link loop (it leads back to ${realpathSync(dir)}); not followed` } });
  symlinkSync('self-loop.txt', path.join(dir, 'self-loop.txt'));
  cases.push({ file: 'self-loop.txt', what: 'a symbolic link to itself', outcome: { kind: 'refused', reason: 'cannot read: a symbolic link loop (ELOOP)' } });
  writeFileSync(path.join(dir, 'unreadable.txt'), minutes(21));
  chmodSync(path.join(dir, 'unreadable.txt'), 0o000);
  const unreadableIsReadable = canRead(path.join(dir, 'unreadable.txt'));
  cases.push({
    file: 'unreadable.txt',
    what: unreadableIsReadable ? 'an unreadable file (chmod 000) — read anyway: running as root' : 'an unreadable file (chmod 000)',
    outcome: unreadableIsReadable ? { kind: 'ingested' } : { kind: 'refused', reason: 'cannot read: permission denied (EACCES)' },
  });

  // Office files beyond the read stage's set: real zip bombs and an old .doc under a .docx name.
  const zeros = '\0'.repeat(60 * 1024 * 1024);
  put('bomb-honest.docx', await buildDocx(22, { 'word/media/zeros.bin': zeros }), 'a zip bomb disguised as docx (60 MB of zeros)', {
    kind: 'refused', reason: 'unpacks to 60 MB (limit 50 MB) — refusing a possible zip bomb',
  });
  put('bomb-lying.docx', declareSize(await buildDocx(23, { 'word/media/zeros.bin': zeros }), 'word/media/zeros.bin', 100), 'a zip bomb that lies about its size', {
    kind: 'refused', reason: /^declares \d+ KB but unpacks to more than the 50 MB limit — refusing a possible zip bomb$/,
  });
  put('old-word.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]), 'an old .doc named .docx', {
    kind: 'refused', reason: 'an old binary Word file (.doc), not a .docx — save it as .docx',
  });

  // Good files in the other formats, so every reader has something to do besides refusing.
  put('good.html', minutesHtml(24), 'a good HTML file', { kind: 'ingested' });
  put('good.docx', await buildDocx(25), 'a good DOCX file', { kind: 'ingested' });
  put('good.pdf', await buildTextPdf(26), 'a good PDF file', { kind: 'ingested' });
  return { cases, unreadableIsReadable };
}

function canRead(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}
