// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_DEFAULTS, type PageSettings, type ResolvedPageSettings } from '../../settings/page';
import { READY_ATTR } from '../constants';
import { BlindController, type ControllerDeps } from '../controller';
import { coverStyle, FIELD_ERROR, fieldKind, fieldText, pageStyle, TYPING_PAUSE_MS } from '../fields';
import type { PageMasker } from '../masker';
import type { BlindAuditRequest } from '../messaging';
import { flush, scriptedEngine, testAdapter, testMasker } from './helpers';

const NAME = 'Ilse Marwood';
const FORM = `<h1 data-name="${NAME}">${NAME}</h1>
<form id="f">
  <input id="first" name="first" value="Ilse">
  <input id="mail" name="mail" type="email" value="ilse.marwood@postbox.example">
  <input id="subject" name="subject" value="Phone screen: Senior Data Analyst">
  <input id="pin" name="pin" type="password" value="Marwood1">
  <input id="years" name="years" type="number" value="6">
  <input id="token" name="token" type="hidden" value="Ilse">
  <input id="blank" name="blank" value="">
  <textarea id="body" name="body">Hi Ilse,
Thanks for applying.</textarea>
  <div id="note" contenteditable="true"><p>Dear Ilse,</p><p>Your <b>dbt</b> models</p></div>
</form>`;

const $ = <T extends Element = HTMLInputElement>(id: string) => document.getElementById(id) as unknown as T;
/** A field is covered when its glyphs are transparent (what the e2e leak check reads too). */
const covered = (id: string) =>
  /-webkit-text-fill-color:\s*transparent\s*!important/.test($(id).getAttribute('style') ?? '');

const maskers: PageMasker[] = [];
function start(html = FORM, engine = scriptedEngine()) {
  document.head.innerHTML = '<title>Edit</title>';
  document.body.innerHTML = html;
  const masker = testMasker(engine);
  maskers.push(masker);
  masker.start();
  return masker;
}

describe('form fields in blind mode', () => {
  beforeEach(() => document.documentElement.removeAttribute(READY_ATTR));
  afterEach(() => {
    for (const m of maskers.splice(0)) m.stop();
    vi.useRealTimers();
  });

  it('covers text-like fields that show an identifier and never changes any value', () => {
    start();
    expect(covered('first')).toBe(true);
    expect(covered('mail')).toBe(true);
    expect(covered('body')).toBe(true);
    expect(covered('note')).toBe(true);
    // Job-relevant, empty, or not text: left alone.
    for (const id of ['subject', 'pin', 'years', 'token', 'blank']) expect(covered(id), id).toBe(false);
    // What the form submits and the page's scripts read is the original.
    const data = new FormData($<HTMLFormElement>('f'));
    expect(data.get('first')).toBe('Ilse');
    expect(data.get('mail')).toBe('ilse.marwood@postbox.example');
    expect(data.get('body')).toBe('Hi Ilse,\nThanks for applying.');
    // The editor's DOM is the page's: not rewritten.
    expect($('note').innerHTML).toBe('<p>Dear Ilse,</p><p>Your <b>dbt</b> models</p>');
    // The page's text is masked as before.
    expect(document.querySelector('h1')!.textContent).toBe('Candidate TEST');
  });

  it('draws the masked value over the field, never the original', () => {
    start();
    const style = decodeURIComponent($('first').getAttribute('style')!);
    expect(style).toContain('Candidate TEST');
    expect(style).not.toContain('Ilse');
    const note = decodeURIComponent($('note').getAttribute('style')!);
    expect(note).toContain('Dear Candidate TEST,\nYour dbt models');
  });

  it('counts each covered field as one hidden identifier; reveal and re-blind show and cover it', () => {
    const masker = start();
    const before = masker.stats.hidden;
    const entry = masker.fields.entryOf($('first'))!;
    expect(entry.label).toBe('NAME');
    masker.reveal(entry.id);
    expect(covered('first')).toBe(false);
    expect(covered('mail')).toBe(true);
    expect(masker.stats.hidden).toBe(before - 1);
    masker.reblind();
    expect(covered('first')).toBe(true);
  });

  it('keeps the page own inline style and gives it back when uncovered', () => {
    start(`<h1 data-name="${NAME}">${NAME}</h1><input id="first" style="width: 120px" value="Ilse">`);
    expect($('first').getAttribute('style')).toMatch(/^width: 120px;/);
    // The page sets another property through the CSSOM: the cover stays, the page's style too.
    $('first').style.setProperty('height', '20px');
    $('first').value = 'Data Analyst';
    return flush().then(() => {
      maskers[0]!.fields.sync();
      expect(covered('first')).toBe(false);
      expect($('first').getAttribute('style')).toMatch(/width: 120px/);
      expect($('first').getAttribute('style')).toMatch(/height: 20px/);
    });
  });

  it('catches a value a page script sets with no event and no mutation, and one set through the attribute', async () => {
    const masker = start();
    $('subject').value = 'Ilse Marwood <ilse.marwood@postbox.example>';
    masker.fields.sync();
    expect(covered('subject')).toBe(true);
    $('blank').setAttribute('value', 'Ilse');
    await flush();
    expect(covered('blank')).toBe(true);
    $('subject').value = 'Phone screen';
    masker.fields.sync();
    expect(covered('subject')).toBe(false);
  });

  it('re-checks text a page adds inside a textarea or an editable root, before the next paint', async () => {
    start();
    $('note').innerHTML = '<p>Notes on the panel</p>';
    await flush();
    expect(covered('note')).toBe(false);
    $('note').querySelector('p')!.append(' for Ilse');
    await flush();
    expect(covered('note')).toBe(true);
    expect($('note').textContent).toBe('Notes on the panel for Ilse');
  });

  it('checks a person typing once they pause, and covers the field when they leave it', async () => {
    vi.useFakeTimers();
    const engine = scriptedEngine();
    const masker = start(FORM, engine);
    const field = $('subject');
    field.focus();
    const calls = engine.calls;
    for (const ch of ' for Ilse') {
      field.value += ch;
      // happy-dom's events are not trusted: these are stamped as a person's typing.
      const event = new InputEvent('input', { bubbles: true, composed: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      field.dispatchEvent(event);
      await vi.advanceTimersByTimeAsync(40);
    }
    // No engine call per keystroke: one once the person pauses.
    expect(engine.calls).toBe(calls);
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS + 50);
    expect(engine.calls - calls).toBe(1);
    // What they typed stays in sight while they are in the field…
    expect(covered('subject')).toBe(false);
    // …and is covered when they leave it.
    field.blur();
    await vi.advanceTimersByTimeAsync(20);
    expect(covered('subject')).toBe(true);
    expect(masker.fields.entryOf(field)?.label).toBe('NAME');
  });

  it('fails closed: a field whose check throws stays covered', () => {
    const engine = scriptedEngine();
    const masker = start(`<h1 data-name="${NAME}">${NAME}</h1><input id="first" value="anything">`, engine);
    engine.detect = () => {
      throw new Error('engine broke');
    };
    $('first').value = 'Ilse';
    masker.fields.sync();
    expect(covered('first')).toBe(true);
    expect(masker.fields.entryOf($('first'))?.recognizer).toBe(FIELD_ERROR);
    // Nothing of the value is drawn.
    expect($('first').getAttribute('style')).toContain('background-image:none');
  });

  it('hides the page when a check outside a pass fails past the engine (fail closed)', async () => {
    document.head.innerHTML = '<title>Edit</title>';
    document.body.innerHTML = `<h1 data-name="${NAME}">${NAME}</h1><input id="first" value="x">`;
    const errors: unknown[] = [];
    const { PageMasker } = await import('../masker');
    const masker = new PageMasker({
      doc: document,
      adapter: testAdapter,
      engine: scriptedEngine(),
      onError: (e) => errors.push(e),
    });
    maskers.push(masker);
    masker.start();
    vi.spyOn(masker.registry, 'create').mockImplementation(() => {
      throw new Error('registry broke');
    });
    $('first').value = 'Ilse';
    $('first').dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
  });

  it('gives an element that becomes editable its own text back and covers it instead', async () => {
    start(`<h1 data-name="${NAME}">${NAME}</h1><div id="ed"><p>Dear Ilse,</p></div>`);
    expect($('ed').textContent).toBe('Dear Candidate TEST,');
    $('ed').setAttribute('contenteditable', 'true');
    await flush();
    expect($('ed').textContent).toBe('Dear Ilse,');
    expect(covered('ed')).toBe(true);
  });

  it('covers a field in an open shadow root and a button whose label names the candidate', () => {
    document.head.innerHTML = '<title>Edit</title>';
    document.body.innerHTML = `<h1 data-name="${NAME}">${NAME}</h1><x-field id="host"></x-field><input id="btn" type="submit" value="Email Ilse">`;
    const inner = document.createElement('input');
    inner.value = 'ilse.marwood@postbox.example';
    $('host').attachShadow({ mode: 'open' }).append(inner);
    const masker = testMasker();
    maskers.push(masker);
    masker.start();
    expect(inner.getAttribute('style')).toMatch(/-webkit-text-fill-color:transparent!important/);
    expect(inner.value).toBe('ilse.marwood@postbox.example');
    expect(covered('btn')).toBe(true);
    expect($('btn').value).toBe('Email Ilse');
  });

  it('reads an editable root as lines and knows which fields it checks', () => {
    document.body.innerHTML = '<div id="x" contenteditable><p>Dear Ilse,</p><div>Thanks<br>R</div></div>';
    expect(fieldText($('x'), 'editable')).toBe('Dear Ilse,\nThanks\nR\n');
    document.body.innerHTML =
      '<input id="a"><input id="b" type="Email"><input id="c" type="date"><input id="d" type="checkbox"><div id="e" contenteditable="false"></div>';
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => fieldKind($(id)))).toEqual([
      'input',
      'input',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('strips only its own declarations from a style the page serialized again', () => {
    const style = coverStyle('width: 10px', 'Candidate K7QF', 'input');
    expect(pageStyle(style)).toBe('width: 10px');
    expect(pageStyle('color: red; -webkit-text-fill-color: transparent !important; margin: 0')).toBe(
      'color: red; margin: 0',
    );
    expect(pageStyle(coverStyle(null, '', 'input'))).toBeNull();
  });
});

function controllerDeps(values: Partial<PageSettings>) {
  const audits: BlindAuditRequest[] = [];
  const asked: number[] = [];
  const settings: ResolvedPageSettings = { values: { ...PAGE_DEFAULTS, ...values }, locked: [] };
  const d: ControllerDeps = {
    loadSettings: async () => settings,
    watchSettings: () => () => undefined,
    setEnabled: async () => undefined,
    aliasKey: async () => 'test-key',
    audit: async (entry) => {
      audits.push(entry);
      return 1;
    },
    report: async () => undefined,
    mountOverlay: async () => ({
      update: () => undefined,
      hover: () => undefined,
      askReveal: (id) => asked.push(id),
    }),
    testSwitches: async () => ({}),
    modelDetector: async () => undefined,
  };
  return { d, audits, asked };
}

describe('focusing a covered field (controller)', () => {
  const controllers: BlindController[] = [];
  beforeEach(() => {
    document.documentElement.removeAttribute(READY_ATTR);
    document.head.innerHTML = '<title>Edit</title>';
    document.body.innerHTML = `<h1 data-name="${NAME}">${NAME}</h1><input id="first" value="Ilse"><button id="other">x</button>`;
  });
  afterEach(() => {
    for (const c of controllers.splice(0)) c.masker.stop();
  });

  /** A person's click into the field: a pointer press, then the focus. */
  const click = (el: HTMLElement) => {
    // happy-dom's events are not trusted; the gesture is stamped as a person's.
    const down = new PointerEvent('pointerdown', { bubbles: true, composed: true });
    Object.defineProperty(down, 'isTrusted', { value: true });
    el.dispatchEvent(down);
    el.focus();
  };

  it('reveals at once where the policy allows it, with an audit row that holds no value', async () => {
    const { d, audits } = controllerDeps({ revealPolicy: 'allowed' });
    const c = new BlindController(document, testAdapter, d);
    controllers.push(c);
    await c.run();
    expect(covered('first')).toBe(true);
    click($('first'));
    expect(covered('first')).toBe(false);
    expect(document.activeElement).toBe($('first'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ kind: 'reveal', types: ['NAME'], detail: 'field' });
    expect(JSON.stringify(audits)).not.toMatch(/Ilse|Marwood/);
  });

  it('asks for the reason first where the policy wants one, and keeps the field covered and unfocused meanwhile', async () => {
    const { d, audits, asked } = controllerDeps({ revealPolicy: 'reason-required' });
    const c = new BlindController(document, testAdapter, d);
    controllers.push(c);
    await c.run();
    click($('first'));
    expect(covered('first')).toBe(true);
    expect(document.activeElement).not.toBe($('first'));
    expect(asked).toHaveLength(1);
    expect(audits).toHaveLength(0);
    // The overlay's reason form answers through the usual handler.
    c.handlers.onRevealItem(asked[0]!, 'Checking the spelling before sending');
    expect(covered('first')).toBe(false);
    expect(document.activeElement).toBe($('first'));
    expect(audits[0]).toMatchObject({
      kind: 'reveal',
      reason: 'Checking the spelling before sending',
      detail: 'field',
    });
  });

  it('keeps the field covered where revealing is off', async () => {
    const { d, audits } = controllerDeps({ revealPolicy: 'disabled' });
    const c = new BlindController(document, testAdapter, d);
    controllers.push(c);
    await c.run();
    click($('first'));
    expect(covered('first')).toBe(true);
    expect(audits).toHaveLength(0);
  });

  /** A person's key press in the focused element; returns the event (was its default prevented?). */
  const press = (el: HTMLElement, key: string, init: KeyboardEventInit = {}) => {
    const down = new KeyboardEvent('keydown', {
      key,
      bubbles: true,
      composed: true,
      cancelable: true,
      ...init,
    });
    Object.defineProperty(down, 'isTrusted', { value: true });
    el.dispatchEvent(down);
    return down;
  };

  it('does not reveal a field reached with Tab; a key that edits it or Enter asks then', async () => {
    const { d, audits } = controllerDeps({ revealPolicy: 'allowed' });
    const c = new BlindController(document, testAdapter, d);
    controllers.push(c);
    await c.run();
    // Tab: the key press lands on the element before, then the focus moves to the field.
    press($('other'), 'Tab');
    $('first').focus();
    expect(document.activeElement).toBe($('first'));
    expect(covered('first')).toBe(true);
    // Arrows, Escape and shortcuts do not ask either.
    for (const key of ['ArrowLeft', 'Escape', 'Shift', 'Tab']) press($('first'), key);
    press($('first'), 'c', { ctrlKey: true });
    expect(covered('first')).toBe(true);
    expect(audits).toHaveLength(0);
    const enter = press($('first'), 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(covered('first')).toBe(false);
    expect(document.activeElement).toBe($('first'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ kind: 'reveal', detail: 'field' });
  });

  it('a letter typed into a field reached with Tab asks first where the policy wants a reason', async () => {
    const { d, audits, asked } = controllerDeps({ revealPolicy: 'reason-required' });
    const c = new BlindController(document, testAdapter, d);
    controllers.push(c);
    await c.run();
    $('first').focus();
    const key = press($('first'), 'x');
    // The letter is not typed into the hidden value; the field gives up the focus until revealed.
    expect(key.defaultPrevented).toBe(true);
    expect(covered('first')).toBe(true);
    expect(document.activeElement).not.toBe($('first'));
    expect(asked).toHaveLength(1);
    expect(audits).toHaveLength(0);
  });

  it('refuses to copy, cut or drag the text of a covered field, not once it is revealed', async () => {
    const { d } = controllerDeps({ revealPolicy: 'allowed' });
    const c = new BlindController(document, testAdapter, d);
    controllers.push(c);
    await c.run();
    const fire = (type: string) => {
      const e = new Event(type, { bubbles: true, composed: true, cancelable: true });
      $('first').dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect([fire('copy'), fire('cut'), fire('dragstart')]).toEqual([true, true, true]);
    click($('first'));
    expect(covered('first')).toBe(false);
    expect([fire('copy'), fire('cut'), fire('dragstart')]).toEqual([false, false, false]);
  });

  it('does not take a focus the page gave (autofocus) for a reveal', async () => {
    const { d, audits } = controllerDeps({ revealPolicy: 'allowed' });
    const c = new BlindController(document, testAdapter, d);
    controllers.push(c);
    await c.run();
    $('first').focus();
    expect(covered('first')).toBe(true);
    expect(audits).toHaveLength(0);
  });
});
