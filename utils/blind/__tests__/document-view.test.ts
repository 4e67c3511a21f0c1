import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { maskedPieces } from '../document-view';
import { createPageEngine } from '../engine';

const KEY = 'k'.repeat(64);

describe('maskedPieces (the PDF viewer text)', () => {
  const resume = [
    'Ilse Marwood',
    'ilse.marwood@example.com | +1 (555) 555-0134 | Springfield, IL',
    'Experience',
    'Staff Engineer, Acme Corp — Kafka, Kubernetes, Go',
    'Education',
    'B.S. Computer Science, University of Halvorsen, 2012',
    'Ilse mentored four engineers; she led the migration.',
  ].join('\n');

  it('hides every identifier and keeps the job-relevant text, as one text with its pieces', () => {
    const engine = createPageEngine(DEFAULT_SETTINGS, KEY);
    const pieces = maskedPieces(resume, ['Ilse Marwood'], engine, DEFAULT_SETTINGS);
    const shown = pieces.map((p) => p.text).join('');
    for (const id of ['Ilse', 'Marwood', 'example.com', '555', 'Springfield', 'Halvorsen', '2012', 'she'])
      expect(shown).not.toContain(id);
    for (const kept of ['Staff Engineer', 'Acme Corp', 'Kubernetes', 'B.S. Computer Science'])
      expect(shown).toContain(kept);
    // The candidate's alias is the page's: the same key gives the same alias for the name.
    const alias = engine.aliasFor('Ilse Marwood');
    expect(pieces.find((p) => p.label === 'NAME')?.text).toBe(alias);
    expect(pieces.filter((p) => p.label).map((p) => p.label)).toEqual(
      expect.arrayContaining(['NAME', 'EMAIL', 'PHONE', 'LOCATION', 'SCHOOL', 'GRAD_YEAR', 'PRONOUN']),
    );
  });

  it('gives the text back whole when nothing identifies', () => {
    const engine = createPageEngine(DEFAULT_SETTINGS, KEY);
    expect(maskedPieces('Kafka and Go', [], engine, DEFAULT_SETTINGS)).toEqual([{ text: 'Kafka and Go' }]);
  });
});
