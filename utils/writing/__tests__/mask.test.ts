import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { canUnmask, maskDraft, placeholdersRoundTrip, restorableAliasKey } from '../mask';
import { buildMessages } from '../tasks';

// Invented people.
const TEXT = 'Maria Kowalczyk\nmaria.kowalczyk@example.com | +1 415 555 0137';
const JD = 'Send applications to hiring.lead@example.org.';
const base = { extraTerms: [], unmasked: [], aliasKey: 'fixed-key' };

describe('maskDraft', () => {
  it('is deterministic for the same inputs (the worker re-masks and compares)', () => {
    const a = maskDraft(TEXT, JD, DEFAULT_SETTINGS, base);
    const b = maskDraft(TEXT, JD, DEFAULT_SETTINGS, base);
    expect(a.text).toBe(b.text);
    expect(a.jobDescription).toBe(b.jobDescription);
  });

  it('masks the text and the job description with one vault, reversibly', () => {
    const m = maskDraft(TEXT, JD, DEFAULT_SETTINGS, base);
    expect(m.text).not.toContain('kowalczyk@');
    expect(m.jobDescription).toContain('[EMAIL_2]');
    expect(m.vault.restore(`${m.text}\n${m.jobDescription}`)).toBe(`${TEXT}\n${JD}`);
  });

  it('masks a selected term and unmasks an approved value', () => {
    const more = maskDraft(`${TEXT}\nProject Bluefinch`, undefined, DEFAULT_SETTINGS, {
      ...base,
      extraTerms: ['Bluefinch'],
    });
    expect(more.text).not.toContain('Bluefinch');
    expect(more.text).toContain('Project [PROXY_1]');
    // Whole words, any case; the original comes back.
    const again = maskDraft('BLUEFINCH and Bluefinches', undefined, DEFAULT_SETTINGS, {
      ...base,
      extraTerms: ['bluefinch'],
    });
    expect(again.text).toBe('[PROXY_1] and Bluefinches');
    expect(again.vault.restore(again.text)).toBe('BLUEFINCH and Bluefinches');
    const less = maskDraft(TEXT, undefined, DEFAULT_SETTINGS, {
      ...base,
      unmasked: ['maria.kowalczyk@example.com'],
    });
    expect(less.text).toContain('maria.kowalczyk@example.com');
    expect(less.text).not.toContain('415 555');
  });

  it('respects the masked types of the settings', () => {
    const m = maskDraft(TEXT, undefined, { ...DEFAULT_SETTINGS, maskedTypes: ['EMAIL'] }, base);
    expect(m.text).toContain('+1 415 555 0137');
    expect(m.text).not.toContain('maria.kowalczyk@example.com');
  });

  it('picks an alias key whose aliases restore', () => {
    let n = 0;
    for (const key of ['a', 'b', 'c', 'k-test', 'z']) {
      const choices = { ...base, aliasKey: key };
      const chosen = restorableAliasKey(TEXT, undefined, DEFAULT_SETTINGS, choices, () => `fresh-${n++}`);
      expect(
        placeholdersRoundTrip(
          maskDraft(TEXT, undefined, DEFAULT_SETTINGS, { ...choices, aliasKey: chosen }).vault,
        ),
      ).toBe(true);
    }
  });

  it('the message builder wraps the text as data', () => {
    const m = maskDraft(TEXT, JD, DEFAULT_SETTINGS, base);
    const msgs = buildMessages({ task: 'tailor', text: m.text, jobDescription: m.jobDescription });
    expect(msgs.map((x) => x.role)).toEqual(['system', 'user', 'user']);
    expect(msgs[2]!.content).toContain(`<<<\n${m.text}\n>>>`);
    expect(() => buildMessages({ task: 'tailor', text: m.text })).toThrow(/job description/);
    expect(() => buildMessages({ task: 'blind-check', text: m.text })).toThrow(/device only/);
    expect(buildMessages({ task: 'shorten', text: m.text, targetWords: 42 })[1]!.content).toContain(
      'about 42 words',
    );
  });
});

describe('canUnmask', () => {
  it('allows unmasking unless the organisation fixed the masked types', () => {
    expect(canUnmask('EMAIL', DEFAULT_SETTINGS, [])).toBe(true);
    expect(canUnmask('EMAIL', DEFAULT_SETTINGS, ['maskedTypes'])).toBe(false);
    expect(canUnmask('EMAIL', { ...DEFAULT_SETTINGS, maskedTypes: ['NAME'] }, ['maskedTypes'])).toBe(true);
  });
});
