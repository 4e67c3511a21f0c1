import { describe, expect, it } from 'vitest';
import { calendarInDate, MAIL_LABELS, mailLabelAlternation, NAME_LIKE_MAIL_LABELS } from '../mail-words';
import { CALENDAR } from '../words';

describe('mail-words: the labels of e-mail header fields', () => {
  it('lists the labels that name lexicons hold, each a field of people', () => {
    expect(NAME_LIKE_MAIL_LABELS).toEqual(['Von', 'An', 'De', 'Para', 'Van', 'Aan']);
    for (const l of MAIL_LABELS) if (l.nameLike) expect(l.people).toBe(true);
  });
  it('tries a longer label before one that opens it', () => {
    const all = mailLabelAlternation().split('|');
    expect(all.indexOf('Enviado el')).toBeLessThan(all.indexOf('Enviado'));
    expect(mailLabelAlternation((l) => l.people && l.lang !== 'en')).toBe('Von|An|Kopie|De|À|Para|Van|Aan');
  });
});

describe('mail-words: a weekday or a month in a date, a reply line’s opener before a date', () => {
  const at = (text: string, word: string) => {
    const i = text.indexOf(word);
    return calendarInDate(text, i, i + word.length, CALENDAR);
  };
  it.each([
    ['El mar, 3 dic 2026 a las 10:12', 'El'],
    ['Le 06/12/2026 à 09:00', 'Le'],
    ['Am Di., 3. Dez. 2026', 'Di'],
    ['Am Mo., 2. Dez. 2026', 'Am Mo'],
    ['Em ter., 3 de dez. de 2026', 'Em'],
    ['Il giorno ven 6 dic 2026', 'Il'],
    ['W dniu pt., 6 gru 2026', 'W'],
    ['Den tis 3 dec. 2026 kl 10:12', 'Den'],
    // A Spanish or Portuguese month before "de" and a year.
    ['Julio de 2010 - Abril de 2015', 'Julio'],
    ['Julio de 2010 - Abril de 2015', 'Abril'],
    ['Marzo de 2009 – Mayo del 2012', 'Mayo'],
  ])('%s: %s', (text, word) => {
    expect(at(text, word)).toBe(true);
  });
  it.each([
    ['El Amrani called back', 'El'],
    ['Di Wang joined on Monday', 'Di'],
    ['Le Minh Anh, 3rd', 'Le'],
    ['Mar Castillo, 3 interviews', 'Mar Castillo'],
    ['Contacto: Julio de la Vega', 'Julio'],
  ])('not %s: %s', (text, word) => {
    expect(at(text, word)).toBe(false);
  });
});
