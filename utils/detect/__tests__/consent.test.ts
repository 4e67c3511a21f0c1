import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { consentClauses } from '../consent';

const RODO =
  'Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO).';

describe('consent clauses', () => {
  it('reads a clause from its opening words to its sentence end', () => {
    const text = `Wykształcenie\n2011 – 2016 SGH\n\n${RODO}`;
    const [[a, b]] = consentClauses(text) as [[number, number]];
    expect(text.slice(a, a + 12)).toBe('Wyrażam zgod');
    expect(b).toBeLessThanOrEqual(text.length);
    expect(text.slice(a, b)).toContain('2016/679');
  });

  it('masks no name or graduation year inside one, and keeps the rest of the CV masked', () => {
    const text = `Anna Kowalska\n\nWykształcenie\n2011 – 2016 Szkoła Główna Handlowa w Warszawie\n\n${RODO}`;
    const masked = analyze(text).map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
    expect(masked).toContain('NAME:Anna Kowalska');
    expect(masked).toContain('GRAD_YEAR:2011 – 2016');
    expect(
      masked.filter((m) => m.includes('Rozporządzeniem') || m.includes('Rady') || m.endsWith(':2016')),
    ).toEqual([]);
  });

  it.each([
    [
      'Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR (Regolamento UE 2016/679).',
    ],
    ['Ich willige in die Verarbeitung meiner Daten gemäß DSGVO durch die Müller Logistik GmbH ein.'],
  ])('finds the clause in %s', (text) => {
    expect(consentClauses(text).length).toBeGreaterThan(0);
  });

  it.each([
    // A law cited without a clause's opening words, and a clause's words without a law.
    ['Projekt: wdrożenie RODO w firmie Anna Kowalska Consulting, 2018'],
    ['I consent to a background check. References: Jan Nowak, 2019'],
  ])('finds none in %s', (text) => {
    expect(consentClauses(text)).toEqual([]);
  });

  it('keeps a name the rules are sure of inside a clause', () => {
    const text =
      'Name: Jan Nowak\n\nIch, Jan Nowak, willige ein. Ich willige in die Verarbeitung gemäß DSGVO ein.';
    expect(analyze(text).filter((s) => s.label === 'NAME').length).toBeGreaterThan(0);
  });
});
