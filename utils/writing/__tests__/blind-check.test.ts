import { describe, expect, it } from 'vitest';
import { blindCheck, blindVersion } from '../blind-check';

// Invented person.
const CV = `Tomasz Wiśniewski-Hale
Date of birth: 12.03.1988
Nationality: Polish
Marital status: married, 2 children
Photo: attached below
Age: 36

Experience
- Chairman of the students' council; salesman of the year 2015.
Education
MSc Physics, graduated 2011`;

describe('blind-ready check', () => {
  it('flags every kind of blind-hiring issue', () => {
    const kinds = new Set(blindCheck(CV).map((i) => i.kind));
    for (const k of [
      'date-of-birth',
      'nationality',
      'marital-status',
      'photo',
      'age',
      'gendered-wording',
    ] as const) {
      expect(kinds, k).toContain(k);
    }
  });

  it('every issue points at real text and carries advice', () => {
    for (const issue of blindCheck(CV)) {
      expect(issue.end).toBeGreaterThan(issue.start);
      expect(CV.slice(issue.start, issue.end).trim().length).toBeGreaterThan(0);
      expect(issue.advice.length).toBeGreaterThan(10);
    }
  });

  it('finds nothing in a clean text', () => {
    expect(blindCheck('Built a data pipeline that cut costs by a third.')).toEqual([]);
  });

  it('produces a blind version without the flagged items, keeping the rest', () => {
    const blind = blindVersion(CV, blindCheck(CV));
    for (const gone of [
      '1988',
      'Polish',
      'married',
      '2 children',
      'Photo',
      'Age: 36',
      'Chairman',
      'salesman',
    ]) {
      expect(blind, gone).not.toContain(gone);
    }
    expect(blind).toContain('Chair of the students');
    expect(blind).toContain('salesperson of the year');
    expect(blind).toContain('MSc Physics');
  });
});
