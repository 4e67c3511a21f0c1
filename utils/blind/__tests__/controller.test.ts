// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_DEFAULTS, type PageSettings, type ResolvedPageSettings } from '../../settings/page';
import { FAILED_ATTR, READY_ATTR } from '../constants';
import { BlindController, type ControllerDeps, POLICY_WAIT_MS, throwingAdapter } from '../controller';
import type { BlindAuditRequest } from '../messaging';
import { testAdapter } from './helpers';

function deps(values: Partial<PageSettings> = {}) {
  const audits: BlindAuditRequest[] = [];
  let settings: ResolvedPageSettings = { values: { ...PAGE_DEFAULTS, ...values }, locked: [] };
  let watcher: ((s: ResolvedPageSettings) => void) | undefined;
  const d: ControllerDeps = {
    loadSettings: async () => settings,
    watchSettings: (cb) => {
      watcher = cb;
      return () => undefined;
    },
    setEnabled: async (enabled) => {
      settings = { ...settings, values: { ...settings.values, blindModeEnabled: enabled } };
      watcher?.(settings);
    },
    aliasKey: async () => 'test-key',
    audit: async (entry) => {
      audits.push(entry);
      return 1;
    },
    report: async () => undefined,
    mountOverlay: async () => undefined,
    testSwitches: async () => ({}),
    modelDetector: async () => undefined,
  };
  return {
    d,
    audits,
    change: (v: Partial<PageSettings>) => watcher?.({ ...settings, values: { ...settings.values, ...v } }),
  };
}

const live: BlindController[] = [];
/** Each test's controller is stopped afterwards, so its observer does not act on the next test. */
function track(c: BlindController): BlindController {
  live.push(c);
  return c;
}

const PAGE = '<h1 data-name="Ada Quist">Ada Quist</h1><p id="p">Mail ada.quist@example.com · Go, Rust</p>';

describe('BlindController', () => {
  afterEach(() => {
    for (const c of live.splice(0)) c.masker.stop();
  });
  beforeEach(() => {
    document.documentElement.removeAttribute(READY_ATTR);
    document.documentElement.removeAttribute(FAILED_ATTR);
    document.head.innerHTML = '<title>Ada Quist | Test</title>';
    document.body.innerHTML = PAGE;
  });

  it('masks, then lifts the curtain', async () => {
    const { d } = deps();
    const c = track(new BlindController(document, testAdapter, d));
    await c.run();
    expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(true);
    expect(document.body.textContent).not.toMatch(/Ada|Quist|ada\.quist/);
    expect(document.title).toMatch(/^Candidate [0-9A-Z]{4} \| Test$/);
    await vi.waitFor(() =>
      expect(c.overlayState()).toMatchObject({ mode: 'on', passes: { rules: 'done', model: 'unavailable' } }),
    );
  });

  it('runs the model pass after the rule pass; it can only add masks', async () => {
    const { d } = deps();
    d.modelDetector = async () => async (texts) =>
      texts.map((t) => {
        const at = t.indexOf('Rust');
        return at < 0
          ? []
          : [{ start: at, end: at + 4, label: 'PROXY' as const, score: 0.9, recognizer: 'llm' }];
      });
    const c = track(new BlindController(document, testAdapter, d));
    await c.run();
    await vi.waitFor(() => expect(c.overlayState().passes.model).toBe('done'));
    const text = document.getElementById('p')!.textContent!;
    expect(text).not.toContain('Rust');
    expect(text).not.toContain('ada.quist');
    expect(document.querySelector('h1')!.textContent).toMatch(/^Candidate [0-9A-Z]{4}$/);
  });

  it('fails closed when the adapter throws: no ready flag, failure shown, reveal needs a reason', async () => {
    const { d, audits } = deps();
    const c = track(new BlindController(document, throwingAdapter(testAdapter), d));
    await c.run();
    expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(false);
    expect(document.documentElement.hasAttribute(FAILED_ATTR)).toBe(true);
    expect(c.overlayState().mode).toBe('failed');
    expect(c.overlayState().failure).toContain('could not read the page');
    c.revealAll();
    expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(false);
    c.revealAll('Candidate asked to be contacted');
    expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(true);
    expect(audits).toEqual([
      expect.objectContaining({ kind: 'reveal', types: ['PAGE'], reason: 'Candidate asked to be contacted' }),
    ]);
  });

  it('fails closed when new content cannot be masked', async () => {
    const { d } = deps();
    const adapter = { ...testAdapter };
    const c = track(new BlindController(document, adapter, d));
    await c.run();
    adapter.readIdentity = () => {
      throw new Error('hooks changed');
    };
    document.body.append(document.createElement('section'));
    await new Promise((r) => setTimeout(r, 0));
    expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(false);
    expect(c.overlayState().mode).toBe('failed');
  });

  it('reveals per policy and audits types, never values', async () => {
    const { d, audits } = deps({ revealPolicy: 'reason-required' });
    const c = track(new BlindController(document, testAdapter, d));
    await c.run();
    c.revealAll();
    expect(document.body.textContent).not.toContain('Ada');
    c.revealAll('Reference check');
    expect(document.body.textContent).toContain('Ada Quist');
    expect(audits[0]).toMatchObject({ kind: 'reveal', reason: 'Reference check' });
    expect(audits[0]!.alias).toMatch(/^Candidate [0-9A-Z]{4}$/);
    expect(JSON.stringify(audits)).not.toMatch(/Ada|Quist|example\.com/);
    c.reblind();
    expect(document.body.textContent).not.toContain('Ada');
    expect(audits[1]).toMatchObject({ kind: 'rehide' });
  });

  it('offers no reveal when policy disables it', async () => {
    const { d, audits } = deps({ revealPolicy: 'disabled' });
    const c = track(new BlindController(document, testAdapter, d));
    await c.run();
    c.revealAll('any reason');
    expect(document.body.textContent).not.toContain('Ada');
    expect(audits).toEqual([]);
  });

  it('applies settings live: off restores the page, on masks it again', async () => {
    const { d, change } = deps();
    const c = track(new BlindController(document, testAdapter, d));
    await c.run();
    change({ blindModeEnabled: false });
    expect(document.body.textContent).toContain('Ada Quist');
    expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(true);
    change({ blindModeEnabled: true });
    await vi.waitFor(() => expect(document.body.textContent).not.toContain('Ada'));
    expect(c.overlayState().mode).toBe('on');
  });

  it('stays on when policy forces blind mode', async () => {
    const { d } = deps({ blindModeEnabled: false, blindModeForced: true });
    const c = track(new BlindController(document, testAdapter, d));
    await c.run();
    expect(document.body.textContent).not.toContain('Ada');
    expect(c.overlayState().forced).toBe(true);
  });

  describe("while the organisation's policy has not answered", () => {
    /** Settings whose answer the test gives by hand, and provisional settings (strict) for the wait. */
    function slowPolicy(provisional: ResolvedPageSettings | undefined) {
      const { d } = deps();
      let answer: (s: ResolvedPageSettings) => void = () => undefined;
      d.loadSettings = () => new Promise((resolve) => (answer = resolve));
      let asked = 0;
      d.provisionalSettings = async () => {
        asked++;
        return provisional;
      };
      return { d, answer: (s: ResolvedPageSettings) => answer(s), asked: () => asked };
    }
    const strict: ResolvedPageSettings = {
      values: { ...PAGE_DEFAULTS, blindModeForced: true, revealPolicy: 'disabled' },
      locked: ['blindModeEnabled', 'blindModeForced', 'revealPolicy', 'maskedTypes'],
    };
    const userChoice = (values: Partial<PageSettings>): ResolvedPageSettings => ({
      values: { ...PAGE_DEFAULTS, ...values },
      locked: [],
    });

    it('masks under the provisional settings after the wait, then under the policy once it answers', async () => {
      const { d, answer } = slowPolicy(strict);
      const c = track(new BlindController(document, testAdapter, d));
      const started = Date.now();
      await c.run();
      expect(Date.now() - started).toBeGreaterThanOrEqual(POLICY_WAIT_MS - 20);
      expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(true);
      expect(document.body.textContent).not.toMatch(/Ada|Quist|ada\.quist/);
      expect(c.overlayState()).toMatchObject({ mode: 'on', policyPending: true, revealPolicy: 'disabled' });
      expect(document.getElementById('p')!.textContent).not.toContain('@example.com');
      // The policy answers: e-mail addresses are not masked here (the name in one still is), and
      // revealing needs a reason.
      answer(userChoice({ maskedTypes: PAGE_DEFAULTS.maskedTypes.filter((t) => t !== 'EMAIL') }));
      await vi.waitFor(() =>
        expect(document.getElementById('p')!.textContent).toMatch(/ Candidate [0-9A-Z]{4}@example\.com/),
      );
      // The name glued in the address ("ada.quist") is the candidate: one alias, the heading's.
      expect(document.querySelector('h1')!.textContent).toMatch(/^Candidate [0-9A-Z]{4}$/);
      expect(document.getElementById('p')!.textContent).toContain(
        `${document.querySelector('h1')!.textContent}@`,
      );
      expect(c.overlayState()).toMatchObject({
        mode: 'on',
        policyPending: false,
        revealPolicy: 'reason-required',
      });
    });

    it('turns off when the policy answers with blind mode off', async () => {
      const { d, answer } = slowPolicy(strict);
      const c = track(new BlindController(document, testAdapter, d));
      await c.run();
      expect(document.body.textContent).not.toContain('Ada');
      answer(userChoice({ blindModeEnabled: false }));
      await vi.waitFor(() => expect(c.overlayState().mode).toBe('off'));
      expect(document.body.textContent).toContain('Ada Quist');
      expect(c.overlayState().policyPending).toBe(false);
    });

    it('keeps the curtain down until the policy answers when there are no provisional settings', async () => {
      const { d, answer, asked } = slowPolicy(undefined);
      const c = track(new BlindController(document, testAdapter, d));
      const running = c.run();
      await new Promise((r) => setTimeout(r, POLICY_WAIT_MS + 100));
      expect(asked()).toBe(1);
      expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(false);
      answer(userChoice({}));
      await running;
      expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(true);
      expect(document.body.textContent).not.toContain('Ada');
      expect(c.overlayState().policyPending).toBe(false);
    });

    it('does not ask for provisional settings when the policy answers in time', async () => {
      const { d, answer, asked } = slowPolicy(strict);
      const c = track(new BlindController(document, testAdapter, d));
      const running = c.run();
      answer(userChoice({ revealPolicy: 'allowed' }));
      await running;
      expect(asked()).toBe(0);
      expect(c.overlayState()).toMatchObject({ mode: 'on', policyPending: false, revealPolicy: 'allowed' });
    });
  });
});
