import { describe, expect, it } from 'vitest';
import { analyze } from '../../detect/analyze';
import { Vault } from '../../detect/vault';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { GateBlockedError, runGate } from '../gate';
import { maskDraft, maskSpansInto, vaultOriginals } from '../mask';
import { buildMessages, TASK_ORDER, TASKS } from '../tasks';

const RESUME = 'Maria Kowalczyk\nmaria.kowalczyk@example.com | +1 415 555 0137\nLed a team of 5 engineers.';
const choices = { extraTerms: [], unmasked: [], aliasKey: 'test-key' };

function setUp() {
  const masked = maskDraft(RESUME, undefined, DEFAULT_SETTINGS, choices);
  const opts = {
    originals: vaultOriginals(masked.vault.entries()),
    placeholders: masked.vault.placeholders(),
    approved: [] as string[],
    detect: (t: string) => analyze(t),
    action: 'block' as const,
  };
  return { masked, opts };
}

describe('privacy gate', () => {
  it('lets a masked payload through, system prompt included', () => {
    const { masked, opts } = setUp();
    const messages = buildMessages({ task: 'polish', text: masked.text });
    const result = runGate(messages, opts);
    expect(result.findings).toEqual([]);
    expect(result.messages).toBe(messages);
  });

  it.each(TASK_ORDER.filter((t) => TASKS[t].system))('finds nothing in the fixed prompt of "%s"', (task) => {
    const { opts } = setUp();
    const messages = buildMessages({ task, text: 'x', jobDescription: 'y' });
    expect(runGate(messages, opts).findings).toEqual([]);
  });

  it('blocks a vault original anywhere in the payload (job description, earlier turns)', () => {
    const { masked, opts } = setUp();
    const messages = [
      ...buildMessages({ task: 'polish', text: masked.text }),
      { role: 'assistant' as const, content: 'Earlier reply to MARIA.KOWALCZYK@EXAMPLE.COM' },
    ];
    expect(() => runGate(messages, opts)).toThrow(GateBlockedError);
    try {
      runGate(messages, opts);
    } catch (error) {
      const e = error as GateBlockedError;
      expect(e.findings.map((f) => [f.message, f.label, f.source])).toContainEqual([2, 'EMAIL', 'vault']);
      // The explanation names types and counts, never the value.
      expect(e.message).toContain('EMAIL');
      expect(e.message.toLowerCase()).not.toContain('kowalczyk');
    }
  });

  it('blocks a part of a name, e.g. inside a profile URL', () => {
    const { masked, opts } = setUp();
    const messages = buildMessages({
      task: 'polish',
      text: `${masked.text}\nlinkedin.com/in/maria-kowalczyk-x`,
    });
    expect(() => runGate(messages, opts)).toThrow(/NAME/);
  });

  it('blocks a newly detected identifier that the vault does not know', () => {
    const { masked, opts } = setUp();
    const messages = buildMessages({
      task: 'polish',
      text: `${masked.text}\nAlso: someone.else@example.org`,
    });
    expect(() => runGate(messages, opts)).toThrow(GateBlockedError);
  });

  it('allows exactly the values the user unmasked', () => {
    const { masked, opts } = setUp();
    const messages = buildMessages({ task: 'polish', text: `${masked.text}\nmaria.kowalczyk@example.com` });
    expect(runGate(messages, { ...opts, approved: ['maria.kowalczyk@example.com'] }).findings).toEqual([]);
    expect(() => runGate(messages, { ...opts, approved: ['other@example.com'] })).toThrow(GateBlockedError);
  });

  it('masks instead of blocking when the setting says so, and the reply still restores', () => {
    const { masked, opts } = setUp();
    const messages = buildMessages({ task: 'polish', text: `${masked.text}\nmaria.kowalczyk@example.com` });
    const result = runGate(messages, {
      ...opts,
      action: 'mask',
      mask: maskSpansInto(masked.vault, 'test-key'),
    });
    expect(result.masked).toBe(true);
    const sent = result.messages.map((m) => m.content).join('\n');
    expect(sent.toLowerCase()).not.toContain('kowalczyk');
    expect(masked.vault.restore(sent)).toContain('maria.kowalczyk@example.com');
  });

  it('does not block unmasked text on a route allowed to receive it', () => {
    const { opts } = setUp();
    const messages = buildMessages({ task: 'polish', text: RESUME });
    const result = runGate(messages, { ...opts, unmaskedAllowed: true });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.messages).toBe(messages);
  });

  it('ignores detections inside placeholders', () => {
    const vault = new Vault({ aliasKey: 'k' });
    const p = vault.put('NAME', 'Maria Kowalczyk');
    const r = runGate([{ role: 'user', content: `Hello ${p}` }], {
      originals: vaultOriginals(vault.entries()),
      placeholders: vault.placeholders(),
      approved: [],
      detect: () => [{ start: 6, end: 6 + p.length, label: 'NAME', score: 1, recognizer: 'x' }],
      action: 'block',
    });
    expect(r.findings).toEqual([]);
  });
});
