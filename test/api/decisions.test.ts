// findDecisions: sentences with Swedish decision cues, and the att-satser under "Beslut:".
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../server/api/decisions.ts';

const texts = (text: string) => findDecisions(text).map((d) => d.text);

describe('findDecisions', () => {
  it('finds sentences with a decision cue in running text', () => {
    const text = 'Vi pratade länge. Vi beslutar att träffas i maj. Sedan fika.\nDet beslutades att ansöka om medel!';
    expect(texts(text)).toEqual(['Vi beslutar att träffas i maj.', 'Det beslutades att ansöka om medel!']);
  });

  it('knows the other cues: beslöt, bestämde(s), enades, kom/är överens, fastställ-', () => {
    const text = [
      'Styrelsen beslöt att avvakta.',
      'Vi bestämde oss för tisdagar.',
      'Gruppen enades om ett upplägg.',
      'Vi kom överens om att ses igen.',
      'Vi är överens om att fortsätta.',
      'Budgeten fastställdes av mötet.',
    ].join(' ');
    expect(texts(text)).toHaveLength(6);
  });

  it('gives spans that slice back to the decision, bullets left out', () => {
    const text = 'Rubrik\n\n- Anna för fram förslaget. Vi beslutar att tillfråga Bo.\n';
    const [d] = findDecisions(text);
    expect(d).toBeDefined();
    expect(text.slice(d!.start, d!.end)).toBe('Vi beslutar att tillfråga Bo.');
  });

  it('takes each item under a "Beslut:" heading as a decision (att-satser)', () => {
    const text = 'Beslut:\n\n- Att fortsätta som förut\n- Att ses en gång i månaden\n\nKommunikation\n\nInget nytt.';
    const found = findDecisions(text);
    expect(found.map((d) => d.text)).toEqual(['Att fortsätta som förut', 'Att ses en gång i månaden']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('ignores negated cues, longer words that merely start like a cue, and bare headings', () => {
    const text = 'Datum är inte bestämt än. Beslutsunderlaget saknas. Ej fastställt.\nBeslut\nEnastående arbete.';
    expect(texts(text)).toEqual([]);
  });
});
