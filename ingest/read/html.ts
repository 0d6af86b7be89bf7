// HTML → plain text that keeps the page's block structure, so the parser sees the same lines
// and blank lines a person sees: paragraphs and headings stand apart, list items and table
// rows are lines, a row's cells are joined by ", " (the "Name, Organisation" attendance shape).
import { decodeEntities } from './html-entities.ts';

// Never text: code, styling, page furniture. A page with a <main> is read from it alone.
const skipped = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'nav', 'iframe', 'object']);
const rawText = new Set(['script', 'style', 'textarea', 'title']);
const paragraphs = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'hr',
  'section', 'article', 'header', 'footer', 'main', 'aside', 'figure', 'form', 'fieldset', 'address',
]);
const lines = new Set(['li', 'tr', 'div', 'dt', 'dd', 'caption', 'figcaption', 'option', 'thead', 'tbody', 'tfoot']);
const cells = new Set(['td', 'th']);

const token = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

class TextBuilder {
  private out = '';
  private pending = 0;
  private separator = '';

  text(s: string): void {
    if (!s) return;
    // White space between tags neither starts a line nor separates cells.
    if (s.trim() === '') {
      if (!this.pending && !this.separator && this.out && !/[\s]$/.test(this.out)) this.out += ' ';
      return;
    }
    if (this.out && this.pending) {
      this.out = this.out.replace(/[ \t]+$/, '') + '\n'.repeat(this.pending);
      this.separator = '';
    }
    this.pending = 0;
    if (this.separator) this.out = this.out.replace(/[ \t]+$/, '') + this.separator;
    this.separator = '';
    const atLineStart = this.out === '' || this.out.endsWith('\n') || this.out.endsWith(' ');
    this.out += atLineStart ? s.replace(/^ +/, '') : s;
  }

  /** 1 ends the line, 2 also leaves a blank line; only takes effect before the next text. */
  brk(level: 1 | 2): void {
    this.pending = Math.max(this.pending, level);
  }

  lineBreak(): void {
    // <br><br> is how many pages write a paragraph break.
    this.pending = Math.min(2, this.pending + 1);
  }

  cellSeparator(separator: string): void {
    if (this.out && !this.out.endsWith('\n') && !this.pending) this.separator = separator;
  }

  done(): string {
    return this.out.split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  }
}

function mainPart(html: string): string {
  const open = /<main\b[^>]*>/i.exec(html);
  const close = html.search(/<\/main\s*>(?![\s\S]*<\/main\s*>)/i);
  return open && close > open.index ? html.slice(open.index + open[0].length, close) : html;
}

export function htmlToText(html: string, options: { cellSeparator?: string } = {}): string {
  const source = mainPart(html);
  const out = new TextBuilder();
  const listCounters: number[] = [];
  let skipDepth = 0;
  let skipTag = '';
  let pre = 0;
  let inCell = 0;
  token.lastIndex = 0;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    const [whole, slash, rawName, attrs] = m;
    if (!rawName) {
      if (skipDepth || whole.startsWith('<!') || whole.startsWith('<?')) continue;
      const text = decodeEntities(whole).replace(/\u00a0/g, ' ');
      out.text(pre ? text : text.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    const selfClosing = /\/\s*$/.test(attrs ?? '');
    if (skipDepth) {
      if (name === skipTag) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
      continue;
    }
    if (skipped.has(name) && !closing && !selfClosing) {
      if (rawText.has(name)) {
        // Script and style bodies may hold "<" freely: jump straight to the closing tag.
        const end = new RegExp(`</${name}\\s*>`, 'ig');
        end.lastIndex = token.lastIndex;
        const found = end.exec(source);
        token.lastIndex = found ? end.lastIndex : source.length;
      } else {
        skipDepth = 1;
        skipTag = name;
      }
      continue;
    }
    if (name === 'br') inCell ? out.text(' ') : out.lineBreak();
    else if (cells.has(name)) {
      if (closing) inCell = Math.max(0, inCell - 1);
      else {
        out.cellSeparator(options.cellSeparator ?? ', ');
        inCell += 1;
      }
    } else if (inCell && (paragraphs.has(name) || lines.has(name))) out.text(' ');
    else if (paragraphs.has(name)) {
      out.brk(2);
      if (name === 'pre') pre += closing ? -1 : 1;
      if (name === 'ul' || name === 'ol') closing ? listCounters.pop() : listCounters.push(name === 'ol' ? 1 : 0);
    } else if (lines.has(name)) {
      out.brk(1);
      if (name === 'li' && !closing) {
        const n = listCounters.at(-1);
        out.text(n ? `${n}. ` : '- ');
        if (n) listCounters[listCounters.length - 1] = n + 1;
      }
    }
  }
  return out.done();
}
