// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { READY_ATTR, TIMING_ATTR } from '../constants';
import { createPageEngine } from '../engine';
import { NEUTRAL_HREF } from '../links';
import { PageMasker, TITLE_COVER } from '../masker';
import { isNeutralAvatar } from '../photos';
import { flush, scriptedEngine, stopMaskersAfterEach, testAdapter, testMasker } from './helpers';

function setUp(html: string, title = 'Ada Quist | Example') {
  document.head.innerHTML = `<title>${title}</title>`;
  document.body.innerHTML = html;
  const engine = scriptedEngine();
  const masker = testMasker(engine);
  return { masker, engine };
}

stopMaskersAfterEach();

describe('PageMasker', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute(READY_ATTR);
  });

  it('masks every name of one long run split over hundreds of inline nodes, each piece in its node', () => {
    // One paragraph (one run) of 300 inline pieces; the name is split at a different place each time.
    const parts: string[] = [];
    for (let i = 0; i < 100; i++) {
      const cut = 1 + (i % 8);
      const name = 'Ada Quist';
      parts.push(`<b>${name.slice(0, cut)}</b><i>${name.slice(cut)}</i><span> wrote #${i}, </span>`);
    }
    const { masker } = setUp(`<h1 data-name="Ada Quist">Ada Quist</h1><p id="long">${parts.join('')}</p>`);
    const bold = document.querySelectorAll('#long b');
    masker.start();
    const p = document.getElementById('long')!;
    expect(p.textContent).not.toContain('Ada');
    expect(p.textContent).not.toContain('Quist');
    expect(p.textContent!.split('Candidate TEST').length - 1).toBe(100);
    expect(p.textContent).toContain(' wrote #99, ');
    // The alias is written once, in the node where the name starts; the rest of the name is emptied.
    expect(document.querySelectorAll('#long b')).toHaveLength(bold.length);
    expect([...document.querySelectorAll('#long b')].every((b) => b.textContent === 'Candidate TEST')).toBe(
      true,
    );
    expect([...document.querySelectorAll('#long i')].every((i) => i.textContent === '')).toBe(true);
  });

  it('masks a name split across inline elements without replacing elements', () => {
    const { masker } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><p id="p">Hi <b>A</b>d<i>a Qu</i>ist, Go developer</p>',
    );
    const b = document.querySelector('b');
    masker.start();
    const p = document.getElementById('p')!;
    expect(p.textContent).toBe('Hi Candidate TEST, Go developer');
    expect(document.querySelector('b')).toBe(b);
    expect(document.body.textContent).not.toContain('Ada');
    expect(document.body.textContent).not.toContain('Quist');
    expect(document.title).not.toContain('Ada');
  });

  it("masks a select's option in place and keeps the value its form posts", () => {
    const { masker } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><form id="f"><select name="who"><option>Ada Quist</option><option value="7">Ada Quist (copy)</option></select></form>',
    );
    masker.start();
    const [first, second] = Array.from(document.querySelectorAll('option'));
    expect(first!.text).not.toContain('Ada');
    expect(second!.text).not.toContain('Ada');
    // The option with no value attribute posts its original text; the one with a value keeps it.
    expect(first!.value).toBe('Ada Quist');
    expect(second!.value).toBe('7');
    expect(new FormData(document.getElementById('f') as HTMLFormElement).get('who')).toBe('Ada Quist');
  });

  it('masks names that touch across elements with no space between them', () => {
    const { masker } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><p id="p"><span>Ada</span><span>Quist</span>(Go)</p>',
    );
    masker.start();
    expect(document.getElementById('p')!.textContent).not.toMatch(/Ada|Quist/);
    expect(document.getElementById('p')!.textContent).toContain('(Go)');
  });

  it("reads a <br> or a form label's edge as a line break: a label and its answer (EEO answers)", () => {
    setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><p id="q"><b>Veteran status</b><br>I am not a protected veteran</p>' +
        '<p id="g"><b>Gender</b><br><span></span>Woman</p><p id="s"><b>Skills</b><br>Go, Kubernetes</p>' +
        '<div id="l"><label>Disability status</label><span>Yes, I have a disability</span></div>',
    );
    const real = testMasker(createPageEngine(DEFAULT_SETTINGS, 'br-key'));
    real.start();
    expect(document.getElementById('q')!.textContent).not.toMatch(/protected veteran/);
    expect(document.getElementById('q')!.textContent).toContain('Veteran status');
    expect(document.getElementById('g')!.textContent).not.toMatch(/Woman/);
    expect(document.getElementById('s')!.textContent).toBe('SkillsGo, Kubernetes');
    // A form label beside its value reads the same way.
    expect(document.getElementById('l')!.textContent).not.toMatch(/have a disability/);
    expect(document.getElementById('l')!.textContent).toContain('Disability status');
    real.stop();
  });

  it("reads an aria-hidden copy of a line apart from its screen-reader copy (LinkedIn's doubled lines)", () => {
    setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><p id="w"><span aria-hidden="true">Leeds, England, United Kingdom · Hybrid</span>' +
        '<span class="visually-hidden">Leeds, England, United Kingdom · Hybrid</span></p>',
    );
    const real = testMasker(createPageEngine(DEFAULT_SETTINGS, 'hidden-copy-key'));
    real.start();
    const text = document.getElementById('w')!.textContent!;
    expect(text).not.toMatch(/Leeds/);
    // The work arrangement stays in both copies (it read as a name glued to the next copy's town).
    expect(text.split('Hybrid').length - 1).toBe(2);
    real.stop();
  });

  it("masks a name the page's text showed where an attribute holds it alone (an avatar's label)", () => {
    // "Teodor" is in no name lexicon and "Ashgrove" is also a town: alone in an aria-label the engine
    // reads a word and a place; beside "Interviewers:" it reads a person.
    setUp(`<h1 data-name="Ada Quist">Ada Quist</h1>
      <p>Interviewers: Halldóra Svensmark, Teodor Ashgrove</p>
      <ul><li><span id="av" class="avatar" aria-label="Teodor Ashgrove">TA</span> · Coding · Strong Yes</li>
      <li><span id="other" aria-label="Open Teodor Ashgrove’s scorecard">Scorecard</span></li>
      <li><span id="skill" aria-label="Kubernetes and Go">Skills</span></li></ul>`);
    const real = testMasker(createPageEngine(DEFAULT_SETTINGS, 'seen-names-key'));
    real.start();
    for (const id of ['av', 'other']) {
      expect(document.getElementById(id)!.getAttribute('aria-label')).not.toMatch(/Teodor|Ashgrove/);
    }
    expect(document.getElementById('other')!.getAttribute('aria-label')).toMatch(/^Open .+ scorecard$/);
    expect(document.getElementById('skill')!.getAttribute('aria-label')).toBe('Kubernetes and Go');
    expect(document.body.textContent).not.toMatch(/Teodor|Ashgrove|\bTA\b/);
    real.stop();
  });

  it('masks attributes, links and photos and keeps job-relevant text', () => {
    const { masker } = setUp(`<h1 data-name="Ada Quist">Ada Quist</h1>
      <img class="photo" alt="Ada Quist" src="https://cdn.test/p.jpg" srcset="https://cdn.test/p2.jpg 2x" width="80" height="80">
      <div class="bg-photo" style="width:40px"></div>
      <a id="mail" href="mailto:ada@quist.test" title="Write to Ada">ada@quist.test</a>
      <a id="profile" href="https://www.linkedin.com/in/ada-quist-1a2b/">profile</a>
      <a id="jobs" href="https://example.test/jobs">Jobs</a>
      <input placeholder="Message Ada Quist" aria-label="Message Ada"><p>Kubernetes, Rust</p>`);
    masker.start();
    const img = document.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('Candidate TEST');
    expect(isNeutralAvatar(img.getAttribute('src'))).toBe(true);
    expect(img.hasAttribute('srcset')).toBe(false);
    expect(document.querySelector('.bg-photo')!.getAttribute('style')).toContain('background-image');
    expect(document.getElementById('mail')!.getAttribute('href')).toBe(NEUTRAL_HREF);
    expect(document.getElementById('mail')!.textContent).toBe('[EMAIL]');
    expect(document.getElementById('mail')!.getAttribute('title')).toBe('Write to Candidate TEST');
    expect(document.getElementById('profile')!.getAttribute('href')).toBe(NEUTRAL_HREF);
    expect(document.getElementById('jobs')!.getAttribute('href')).toBe('https://example.test/jobs');
    expect(document.querySelector('input')!.getAttribute('placeholder')).toBe('Message Candidate TEST');
    expect(document.body.textContent).toContain('Kubernetes, Rust');
    expect(masker.stats.hidden).toBeGreaterThanOrEqual(8);
    expect(masker.stats.byType.PHOTO).toBe(2);
  });

  it("replaces a masked school's logo and neutralises links whose address repeats what they mask", () => {
    document.head.innerHTML = '<title>Ada Quist | Example</title>';
    document.body.innerHTML = `<h1 data-name="Ada Quist">Ada Quist</h1>
      <a id="logo-link" href="https://www.linkedin.com/company/university-of-michigan/">
        <img id="logo" width="48" height="48" alt="University of Michigan logo" src="https://media.test/company-logo_100_100/um.png"></a>
      <a id="school" href="https://www.linkedin.com/school/univ-of-michigan-ann-arbor/"><span>University of Michigan</span></a>
      <a id="town" href="https://maps.test/?q=Ann+Arbor">Ann Arbor</a>
      <a id="employer" href="https://www.linkedin.com/company/northwind-cloud/"><img id="emp-logo" alt="Northwind Cloud logo" src="https://media.test/company-logo_100_100/nw.png"> Northwind Cloud</a>`;
    const masker = testMasker(
      scriptedEngine({ 'University of Michigan': 'SCHOOL', 'Ann Arbor': 'LOCATION' }),
    );
    masker.start();
    const logo = document.getElementById('logo')!;
    expect(logo.getAttribute('alt')).toBe('[SCHOOL] logo');
    expect(isNeutralAvatar(logo.getAttribute('src'))).toBe(true);
    expect(logo.getAttribute('width')).toBe('48');
    for (const id of ['logo-link', 'town'])
      expect(document.getElementById(id)!.getAttribute('href')).toBe(NEUTRAL_HREF);
    // The address holds "michigan", a part of the masked name, only: the whole name is not in it.
    expect(document.getElementById('school')!.getAttribute('href')).toBe(
      'https://www.linkedin.com/school/univ-of-michigan-ann-arbor/',
    );
    // An employer's logo and page stay.
    expect(document.getElementById('employer')!.getAttribute('href')).toBe(
      'https://www.linkedin.com/company/northwind-cloud/',
    );
    expect(document.getElementById('emp-logo')!.getAttribute('src')).toBe(
      'https://media.test/company-logo_100_100/nw.png',
    );
    expect(masker.stats.byType.SCHOOL).toBeGreaterThanOrEqual(3);
    // Revealing the whole candidate brings the logo back.
    masker.reveal();
    expect(logo.getAttribute('src')).toBe('https://media.test/company-logo_100_100/um.png');
    expect(document.getElementById('logo-link')!.getAttribute('href')).toBe(
      'https://www.linkedin.com/company/university-of-michigan/',
    );
  });

  it('masks attributes of elements it does not enter, initials avatars and name handles in links', () => {
    const { masker } = setUp(`<h1 data-name="Ada Quist">Ada Quist</h1>
      <iframe title="Resume of Ada Quist" srcdoc="<p>x</p>"></iframe>
      <textarea placeholder="Write to Ada"></textarea>
      <div class="bg-photo" id="initials">AQ</div>
      <a id="site" href="https://quistada.dev/">site</a><a id="gh" href="https://github.com/aquist">code</a>`);
    masker.start();
    expect(document.querySelector('iframe')!.getAttribute('title')).toBe('Resume of Candidate TEST');
    expect(document.querySelector('textarea')!.getAttribute('placeholder')).toBe('Write to Candidate TEST');
    expect(document.getElementById('initials')!.textContent).toBe('');
    expect(document.getElementById('site')!.getAttribute('href')).toBe(NEUTRAL_HREF);
    expect(document.getElementById('gh')!.getAttribute('href')).toBe(NEUTRAL_HREF);
  });

  it('empties initials avatars shown as plain text when they are the initials of a name on the page, and no other capitals', () => {
    // No photo hook: generated classes only (ATS lists, kanban cards). Names from the adapter (Ada
    // Quist) and found by the engine alone (Bo Lindqvist-Marr, in a row the adapter cannot read).
    const engine = scriptedEngine({ 'Bo Lindqvist-Marr': 'NAME', 'Mo Sato': 'NAME' });
    document.head.innerHTML = '<title>Pipeline</title>';
    document.body.innerHTML = `<h1 data-name="Ada Quist">Ada Quist</h1>
      <div class="sc-x1"><span id="aq" aria-hidden="true">AQ</span> <span>Ada Quist</span></div>
      <div class="sc-x1"><span id="bl">BL</span><div>Bo Lindqvist-Marr</div><span id="blm">BLM</span></div>
      <span id="tag">SQL</span><span id="team">QA</span><p id="line">AQ ran the QA rota</p>
      <div><span>Mo Sato</span><span id="degree">MS</span></div>`;
    testMasker(engine).start();
    expect(document.getElementById('aq')!.textContent).toBe('');
    expect(document.getElementById('bl')!.textContent).toBe('');
    expect(document.getElementById('blm')!.textContent).toBe('');
    // Capitals that are no initials of a name, and initials inside a sentence, stay.
    expect(document.getElementById('tag')!.textContent).toBe('SQL');
    expect(document.getElementById('team')!.textContent).toBe('QA');
    expect(document.getElementById('line')!.textContent).toBe('AQ ran the QA rota');
    // A degree written as capitals stays, even beside a person with those initials.
    expect(document.getElementById('degree')!.textContent).toBe('MS');
  });

  it('replaces an image whose alt the engine masks as a name (a photo no hook or known name marks)', () => {
    const engine = scriptedEngine({ 'Bo Lindqvist': 'NAME' });
    document.head.innerHTML = '<title>Candidates</title>';
    document.body.innerHTML = `<img id="face" alt="Bo Lindqvist" width="28" height="28" src="https://cdn.test/c/a81c.jpg">
      <img id="logo" alt="Acme logo" src="https://cdn.test/acme.png">`;
    testMasker(engine).start();
    expect(isNeutralAvatar(document.getElementById('face')!.getAttribute('src'))).toBe(true);
    expect(document.getElementById('logo')!.getAttribute('src')).toBe('https://cdn.test/acme.png');
  });

  it('replaces the background of an element drawn as an image whose label the engine masks as a name', () => {
    const engine = scriptedEngine({ 'Bo Lindqvist': 'NAME' });
    document.head.innerHTML = '<title>Candidates</title>';
    document.body.innerHTML = `<div id="face" role="img" aria-label="Photo of Bo Lindqvist" style="width:40px;background-image:url('https://cdn.test/u/77.jpg')"></div>
      <div id="banner" role="img" aria-label="Office in Lisbon" style="background-image:url('https://cdn.test/office.jpg')"></div>`;
    testMasker(engine).start();
    expect(document.getElementById('face')!.getAttribute('style')).toContain('data:image/svg+xml');
    expect(document.getElementById('face')!.getAttribute('style')).not.toContain('cdn.test');
    expect(document.getElementById('banner')!.getAttribute('style')).toContain('cdn.test/office.jpg');
  });

  it('where the adapter reads no name at all, takes the full names the engine found as the page names', () => {
    // Hooks gone: the test adapter reads h1[data-name], and there is none. The engine finds the
    // full name in text, and a job title it wrongly calls a name.
    const engine = scriptedEngine({ 'Ada Quist': 'NAME', 'Senior Engineer': 'NAME', 'Travis CI': 'NAME' });
    document.head.innerHTML = '<title>Candidate</title>';
    document.body.innerHTML = `<h1>Ada Quist</h1><p>Senior Engineer</p><p>Builds on Travis CI</p>
      <textarea placeholder="Write to Ada"></textarea><a id="cv" href="/files/1">AdaQuist_CV.pdf</a>`;
    const masker = testMasker(engine);
    masker.start();
    expect(masker.knownNames).toEqual(['Ada Quist']);
    expect(document.querySelector('textarea')!.getAttribute('placeholder')).toBe('Write to Candidate TEST');
    expect(document.getElementById('cv')!.textContent).not.toContain('Ada');
  });

  it('learns no name from the engine where the adapter read one (its hooks work)', () => {
    const engine = scriptedEngine({ 'Bo Lindqvist': 'NAME' });
    document.head.innerHTML = '<title>Candidate</title>';
    document.body.innerHTML = `<h1 data-name="Ada Quist">Ada Quist</h1><p>Bo Lindqvist</p>
      <textarea placeholder="Write to Bo"></textarea>`;
    const masker = testMasker(engine);
    masker.start();
    expect(masker.knownNames).toEqual(['Ada Quist']);
    expect(document.querySelector('textarea')!.getAttribute('placeholder')).toBe('Write to Bo');
  });

  it("masks the file name a link saves under (download), as a person sees it in the browser's download bar", () => {
    const { masker } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><a id="cv" href="/files/1" download="Ada_Quist_CV.pdf">CV</a>' +
        '<a id="plain" href="/files/2" download>Report</a>',
    );
    masker.start();
    expect(document.getElementById('cv')!.getAttribute('download')).not.toMatch(/Ada|Quist/);
    expect(document.getElementById('cv')!.getAttribute('download')).toContain('_CV.pdf');
    expect(document.getElementById('plain')!.getAttribute('download')).toBe('');
    masker.stop();
    expect(document.getElementById('cv')!.getAttribute('download')).toBe('Ada_Quist_CV.pdf');
  });

  it('masks handles built from the name in text ("adaquist", "aquist")', () => {
    const { masker } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><p id="p">github.com/aquist · @adaquist</p>',
    );
    masker.start();
    expect(document.getElementById('p')!.textContent).not.toMatch(/aquist|adaquist/i);
  });

  it('masks handles in file names and handles with a number glued on, with the real engine', () => {
    setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><p id="p">QuistA_CV.pdf · AdaQuist2025.pdf · github.com/aquist92</p>' +
        '<a id="f" href="/files/QuistA_CV.pdf">QuistA_CV.pdf</a>',
    );
    const real = testMasker(createPageEngine(DEFAULT_SETTINGS, 'file-key'));
    real.start();
    expect(document.getElementById('p')!.textContent).not.toMatch(/quist/i);
    expect(document.getElementById('p')!.textContent).toContain('_CV.pdf');
    expect(document.getElementById('f')!.textContent).not.toMatch(/quist/i);
    expect(document.getElementById('f')!.getAttribute('href')).not.toMatch(/quist/i);
    real.stop();
  });

  it('masks new content inside the observer callback, before the next task', async () => {
    const { masker } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><ul id="list"></ul>');
    masker.start();
    const list = document.getElementById('list')!;
    for (let i = 0; i < 50; i++) {
      const li = document.createElement('li');
      li.innerHTML = `<span>Ada</span> <b>Qu</b>ist #${i}`;
      list.append(li);
    }
    await Promise.resolve();
    await flush();
    expect(list.textContent).not.toMatch(/Ada|Quist/);
    expect(list.textContent).toContain('Candidate TEST #49');
    expect(masker.stats.batches).toBeGreaterThan(0);
  });

  it('times the engine within each batch and writes that figure beside the batch time', async () => {
    const { masker, engine } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><ul id="list"></ul>');
    masker.start();
    // Detection that takes at least 2 ms a call: the batch's engine time is at least that, and no
    // more than the batch itself.
    const detect = engine.detect.bind(engine);
    let calls = 0;
    engine.detect = (text, names) => {
      calls++;
      const until = performance.now() + 2;
      while (performance.now() < until);
      return detect(text, names);
    };
    const list = document.getElementById('list')!;
    for (let i = 0; i < 5; i++) {
      const li = document.createElement('li');
      li.textContent = `Ada Quist #${i}`;
      list.append(li);
    }
    await Promise.resolve();
    await flush();
    expect(list.textContent).not.toMatch(/Ada|Quist/);
    const { lastBatchEngineMs, lastBatchMs } = masker.stats;
    expect(calls).toBeGreaterThan(0);
    expect(lastBatchEngineMs).toBeGreaterThanOrEqual(2 * calls);
    expect(lastBatchEngineMs).toBeLessThanOrEqual(lastBatchMs!);
    const timing = document.documentElement.getAttribute(TIMING_ATTR)!;
    expect(Number(/engine=(\d+\.\d\d)/.exec(timing)?.[1])).toBeCloseTo(lastBatchEngineMs!, 2);
    expect(timing).not.toMatch(/Ada|Quist/);
  });

  it('re-masks text the page changes and keeps the title masked', async () => {
    const { masker } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><p id="p">x</p>');
    masker.start();
    document.getElementById('p')!.firstChild!.textContent = 'Hello Ada';
    document.title = 'Ada Quist - messages';
    await flush();
    expect(document.getElementById('p')!.textContent).toBe('Hello Candidate TEST');
    expect(document.title).toBe('Candidate TEST - messages');
  });

  it('learns a new candidate from added cards and masks them everywhere', async () => {
    const { masker } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><p id="p">Bo Lindqvist endorsed</p>');
    masker.start();
    expect(document.getElementById('p')!.textContent).toContain('Bo Lindqvist');
    const card = document.createElement('div');
    card.className = 'card';
    card.innerHTML = '<h1 data-name="Bo Lindqvist">Bo Lindqvist</h1>';
    document.body.append(card);
    await flush();
    expect(document.body.textContent).not.toContain('Lindqvist');
  });

  it('covers the tab title from document start until the first pass', async () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<h1 data-name="Ada Quist">Ada Quist</h1>';
    const masker = new PageMasker({ doc: document, adapter: testAdapter, engine: scriptedEngine() });
    masker.guardTitle();
    const title = document.createElement('title');
    title.textContent = 'Ada Quist | Example';
    document.head.append(title);
    await flush();
    expect(document.title).toBe(TITLE_COVER);
    masker.start();
    expect(document.title).toBe('Candidate TEST | Example');
  });

  it("leaves a hidden data island alone (LinkedIn's Voyager JSON in a hidden <code>), masks shown code", () => {
    const json = '{"firstName":"Ada","lastName":"Quist","headline":"Engineer"}';
    const { masker } = setUp(
      `<h1 data-name="Ada Quist">Ada Quist</h1><code id="data" style="display: none">${json}</code><p>Run <code id="shown">ada-quist --help</code></p>`,
    );
    masker.start();
    expect(document.getElementById('data')!.textContent).toBe(json);
    expect(JSON.parse(document.getElementById('data')!.textContent!).lastName).toBe('Quist');
    expect(document.getElementById('shown')!.textContent).not.toContain('Quist');
    expect(document.querySelector('h1')!.textContent).toBe('Candidate TEST');
  });

  it('reveals one item or everything and re-blinds in one call', () => {
    const { masker } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><p id="p">ada@quist.test</p>');
    masker.start();
    const email = masker.registry.list().find((e) => e.label === 'EMAIL')!;
    masker.reveal(email.id);
    expect(document.getElementById('p')!.textContent).toBe('ada@quist.test');
    expect(document.querySelector('h1')!.textContent).toBe('Candidate TEST');
    masker.reveal();
    expect(document.querySelector('h1')!.textContent).toBe('Ada Quist');
    expect(masker.stats.hidden).toBe(0);
    masker.reblind();
    expect(document.body.textContent).not.toMatch(/Ada|quist/);
  });

  it('masks open shadow roots and same-document SVG text', async () => {
    const { masker } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><div id="host"></div><svg><text>Ada Quist</text></svg>',
    );
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Contact Ada Quist</p>';
    masker.start();
    expect(shadow.textContent).toBe('Contact Candidate TEST');
    expect(document.querySelector('svg')!.textContent).toBe('Candidate TEST');
    shadow.querySelector('p')!.append(' or Quist');
    await flush();
    expect(shadow.textContent).toBe('Contact Candidate TEST or Candidate TEST');
  });

  it("masks a custom element's closed shadow root, read through the extension API (Firefox's openOrClosedShadowRoot, chrome.dom)", async () => {
    const { masker } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><sr-card id="ff"></sr-card><sr-card id="cr"></sr-card><div id="plain"></div>',
    );
    const ff = document.getElementById('ff')!;
    const ffRoot = ff.attachShadow({ mode: 'closed' });
    ffRoot.innerHTML = '<p>Ada Quist, Lisbon</p>';
    Object.defineProperty(ff, 'openOrClosedShadowRoot', { value: ffRoot });
    const cr = document.getElementById('cr')!;
    const crRoot = cr.attachShadow({ mode: 'closed' });
    crRoot.innerHTML = '<img alt="Ada Quist" src="https://cdn.test/a.jpg">';
    const chrome = { dom: { openOrClosedShadowRoot: (el: Element) => (el === cr ? crRoot : null) } };
    (globalThis as { chrome?: unknown }).chrome = chrome;
    try {
      masker.start();
      expect(ffRoot.textContent).toBe('Candidate TEST, Lisbon');
      expect(crRoot.querySelector('img')!.getAttribute('alt')).toBe('Candidate TEST');
      ffRoot.querySelector('p')!.append(' (Quist)');
      await flush();
      expect(ffRoot.textContent).toBe('Candidate TEST, Lisbon (Candidate TEST)');
    } finally {
      delete (globalThis as { chrome?: unknown }).chrome;
    }
  });

  it('masks a shadow root that appears after the first pass with no mutation of the page (a component defined late)', async () => {
    const { masker } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><sr-late id="late"></sr-late>');
    const host = document.getElementById('late')!;
    // A closed root the extension cannot read yet stands for a root attached later: no mutation
    // record reaches the document's observer either way.
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<p>Ada Quist, Lisbon</p>';
    masker.start();
    expect(root.textContent).toBe('Ada Quist, Lisbon');
    Object.defineProperty(host, 'openOrClosedShadowRoot', { value: root });
    // (The masker looks at such hosts again every 100 ms.)
    await new Promise((r) => setTimeout(r, 250));
    expect(root.textContent).toBe('Candidate TEST, Lisbon');
    root.querySelector('p')!.append(' (Quist)');
    await flush();
    expect(root.textContent).toBe('Candidate TEST, Lisbon (Candidate TEST)');
    masker.stop();
  });

  it('propagates an adapter error from the first pass (the caller fails closed)', () => {
    document.body.innerHTML = '<p>x</p>';
    const masker = new PageMasker({
      doc: document,
      adapter: {
        ...testAdapter,
        readIdentity: () => {
          throw new Error('hooks changed');
        },
      },
      engine: scriptedEngine(),
    });
    expect(() => masker.start()).toThrow('hooks changed');
  });

  it('masks a batch of added cards with one engine call', async () => {
    const { masker, engine } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><ul id="list"></ul>');
    masker.start();
    const before = engine.calls;
    const list = document.getElementById('list')!;
    for (let i = 0; i < 50; i++) {
      const li = document.createElement('li');
      li.innerHTML = `Row ${i}: <b>Ada</b> Quist reviewed it`;
      list.append(li);
    }
    await flush();
    expect(list.textContent).not.toMatch(/Ada|Quist/);
    expect(engine.calls - before).toBe(1);
    // BlindHire's own writes made no records: nothing more came to the masker.
    await flush();
    expect(engine.calls - before).toBe(1);
    masker.stop();
  });

  it('makes no records of its own writes, and watches the page again after each batch', async () => {
    const win = new Window({ url: 'https://example.test/' });
    const doc = win.document as unknown as Document;
    // Every record BlindHire takes back from its observers (its own writes, dropped unread).
    let taken = 0;
    const proto = (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver
      .prototype;
    const take = proto.takeRecords;
    proto.takeRecords = function (this: MutationObserver) {
      const records = take.call(this);
      taken += records.length;
      return records;
    };
    doc.body.innerHTML = '<h1 data-name="Ada Quist">Ada Quist</h1><ul id="list"></ul>';
    const masker = new PageMasker({ doc, adapter: testAdapter, engine: scriptedEngine() });
    masker.start();
    const list = doc.getElementById('list')!;
    for (let batch = 0; batch < 3; batch++) {
      taken = 0;
      for (let i = 0; i < 10; i++) {
        const li = doc.createElement('li');
        li.innerHTML = `Row ${batch}-${i}: <b>Ada</b> Quist wrote to ada@quist.test`;
        list.append(li);
      }
      await flush();
      expect(list.textContent).not.toMatch(/Ada|Quist|ada@/);
      expect(taken).toBe(0);
    }
    // The page's next change is still seen.
    list.lastElementChild!.firstChild!.textContent = 'Row 9: Quist again';
    await flush();
    expect(list.textContent).not.toMatch(/Quist/);
    masker.stop();
    list.lastElementChild!.firstChild!.textContent = 'Quist after stop';
    await flush();
    expect(list.textContent).toContain('Quist after stop');
  });

  it('masks a card whose children arrive one record at a time in the batch that added it, as a parser adds them', async () => {
    const { masker } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><main id="feed"></main>');
    masker.start();
    const feed = document.getElementById('feed')!;
    // One batch: the card, then each child into it, then text into a child, then an inline name.
    const card = document.createElement('div');
    feed.append(card);
    const heading = document.createElement('h3');
    card.append(heading);
    heading.append('Reviewed by Ada Quist');
    const p = document.createElement('p');
    card.append(p);
    p.append('Mentored ');
    const b = document.createElement('b');
    p.append(b);
    b.append('Ada');
    p.append(' Quist, a Go developer');
    const img = document.createElement('img');
    img.alt = 'Ada Quist';
    card.append(img);
    await flush();
    expect(card.textContent).not.toMatch(/Ada|Quist/);
    expect(card.textContent).toContain('a Go developer');
    expect(img.getAttribute('alt')).not.toMatch(/Ada|Quist/);
    masker.stop();
  });

  it('replaces every photo of a batch of many rows, and no other image', async () => {
    const { masker } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><ul id="many"></ul>');
    masker.start();
    const list = document.getElementById('many')!;
    // More rows than one batch queries one by one (a parsed chunk): photos are looked up page-wide.
    for (let i = 0; i < 100; i++)
      list.insertAdjacentHTML(
        'beforeend',
        `<li><img class="photo" src="https://img.test/p${i}.jpg" alt="Row ${i}"><img class="logo" src="https://img.test/logo${i}.png"><span class="bg-photo" style="background-image:url(https://img.test/b${i}.jpg)">AQ</span> Row ${i}</li>`,
      );
    await flush();
    const photos = [...list.querySelectorAll('img.photo')];
    expect(photos).toHaveLength(100);
    expect(photos.every((img) => isNeutralAvatar(img.getAttribute('src')))).toBe(true);
    expect(
      [...list.querySelectorAll('img.logo')].every((img) =>
        img.getAttribute('src')!.startsWith('https://img.test/logo'),
      ),
    ).toBe(true);
    expect(
      // A background photo keeps its other styles; its image is taken out and the neutral avatar put in.
      [...list.querySelectorAll('.bg-photo')].every(
        (el) =>
          /background-image:url\("data:image\/svg\+xml,[^"]*"\)!important/.test(el.getAttribute('style')!) &&
          !el.getAttribute('style')!.includes('img.test'),
      ),
    ).toBe(true);
  });

  it('in a batch of many rows, also replaces a photo added to an open shadow root in that batch', async () => {
    const { masker } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><ul id="shadowed"></ul><div id="host"></div>',
    );
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<ul></ul>';
    masker.start();
    const list = document.getElementById('shadowed')!;
    for (let i = 0; i < 80; i++) list.insertAdjacentHTML('beforeend', `<li>Row ${i}</li>`);
    shadow
      .querySelector('ul')!
      .insertAdjacentHTML('beforeend', '<li><img class="photo" src="https://img.test/s1.png"></li>');
    list.insertAdjacentHTML('beforeend', '<li><img class="photo" src="https://img.test/l1.png"></li>');
    await flush();
    expect(isNeutralAvatar(shadow.querySelector('img')!.getAttribute('src'))).toBe(true);
    expect(isNeutralAvatar(list.querySelector('img')!.getAttribute('src'))).toBe(true);
    masker.stop();
  });

  it('two maskers on one page (a script injected twice) mask a background photo once, not in turns forever', async () => {
    const first = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><div id="twice"></div>').masker;
    const second = testMasker();
    first.start();
    second.start();
    const box = document.getElementById('twice')!;
    box.innerHTML = '<span class="bg-photo" style="background-image:url(https://img.test/ada.jpg)">AQ</span>';
    await flush();
    await flush();
    const style = box.querySelector('span')!.getAttribute('style')!;
    expect(style.split('background-image:url("data:image/svg+xml,').length - 1).toBe(1);
    first.stop();
    second.stop();
  });

  it('rows where no hook can match skip the adapter; a row with a hook or photo among them is read', async () => {
    document.head.innerHTML = '<title>Ada Quist | Example</title>';
    document.body.innerHTML = '<h1 data-name="Ada Quist">Ada Quist</h1><ul id="rows"></ul>';
    let reads = 0;
    const adapter = {
      ...testAdapter,
      elementHooks: ['h1[data-name]'],
      readIdentity(root: Document | Element) {
        // Element roots only (maskers of earlier tests still write to this document's head).
        if (root.nodeType === Node.ELEMENT_NODE) reads++;
        return testAdapter.readIdentity(root);
      },
    };
    const masker = new PageMasker({
      doc: document,
      adapter,
      engine: scriptedEngine(),
      onError: (e) => {
        throw e;
      },
    });
    masker.start();
    const list = document.getElementById('rows')!;
    reads = 0;
    for (let i = 0; i < 30; i++)
      list.insertAdjacentHTML('beforeend', `<li>Row ${i}: <b>Ada</b> wrote it</li>`);
    await flush();
    expect(reads).toBe(0);
    expect(list.textContent).not.toContain('Ada');
    // Plain rows, a row naming a new candidate by the hook, and a photo row, in one batch.
    for (let i = 0; i < 10; i++)
      list.insertAdjacentHTML('beforeend', `<li>Row ${i}: Dag Ellery wrote it</li>`);
    list.insertAdjacentHTML('beforeend', '<li><h1 data-name="Dag Ellery">Dag Ellery</h1></li>');
    list.insertAdjacentHTML('beforeend', '<li><img class="photo" src="https://cdn.test/d.jpg"></li>');
    await flush();
    expect(reads).toBeGreaterThan(0);
    expect(list.textContent).not.toMatch(/Ellery|Ada/);
    expect(isNeutralAvatar(list.querySelector('img')!.getAttribute('src'))).toBe(true);
  });

  it('a batch of many subtrees reads identity and photos on the page once and misses nothing', async () => {
    // (A name no other test uses: maskers of earlier tests still observe this document.)
    const { masker } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><div id="feed"></div>');
    masker.start();
    const feed = document.getElementById('feed')!;
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `<div class="row">Row ${i}: Cy Vantongeren and Ada</div>`).join('');
    // No new name: the photo is found by the page-wide photo query.
    feed.insertAdjacentHTML(
      'beforeend',
      `${rows(80)}<div class="row"><img class="photo" src="https://cdn.test/cy.jpg" width="40" height="40"></div>`,
    );
    await flush();
    expect(isNeutralAvatar(feed.querySelector('img')!.getAttribute('src'))).toBe(true);
    expect(feed.textContent).toContain('Cy Vantongeren');
    // A new candidate's card among many rows: the page-wide identity read finds it.
    feed.insertAdjacentHTML(
      'beforeend',
      `${rows(80)}<div class="card"><h1 data-name="Cy Vantongeren">Cy Vantongeren</h1></div>`,
    );
    await flush();
    expect(feed.textContent).not.toMatch(/Vantongeren|Ada/);
  });

  it('masks content as it is parsed; the first pass then only finishes, also after a late name', async () => {
    document.head.innerHTML = '<title>Ada Quist | Example</title>';
    document.body.innerHTML = '<p id="early">Ada Quist wrote this</p>';
    const engine = scriptedEngine();
    const masker = new PageMasker({ doc: document, adapter: testAdapter, engine });
    masker.guardTitle();
    masker.beginEarly();
    expect(document.title).toBe(TITLE_COVER);
    // The name arrives after text that holds it: what was masked before is masked again.
    const h1 = document.createElement('h1');
    h1.setAttribute('data-name', 'Ada Quist');
    h1.textContent = 'Ada Quist';
    document.body.append(h1);
    await flush();
    expect(document.getElementById('early')!.textContent).toBe('Candidate TEST wrote this');
    const p = document.createElement('p');
    p.innerHTML = 'Ping <i>Ada</i>';
    document.body.append(p);
    // Not delivered yet when the first pass runs: the first pass takes it.
    const calls = engine.calls;
    masker.start();
    expect(p.textContent).toBe('Ping Candidate TEST');
    expect(document.body.textContent).not.toMatch(/Ada|Quist/);
    expect(document.title).toBe('Candidate TEST | Example');
    // Finishing analyses the new run and the title, not the whole page again.
    expect(engine.calls - calls).toBeLessThanOrEqual(2);
    expect(masker.stats.firstPassMs).toBeDefined();
  });

  it('masks what was parsed again when the engine changes while the page is parsed (settings came late)', () => {
    document.head.innerHTML = '<title>Example</title>';
    document.body.innerHTML = '<p id="early">Rust, Go · ada@quist.test</p>';
    const strict = scriptedEngine({ Rust: 'PROXY' });
    const masker = new PageMasker({ doc: document, adapter: testAdapter, engine: strict });
    masker.beginEarly();
    expect(document.getElementById('early')!.textContent).not.toMatch(/Rust|ada@quist/);
    // The policy answered: "Rust" is no identifier under it; the e-mail address still is.
    masker.update({ engine: scriptedEngine() });
    expect(document.getElementById('early')!.textContent).toMatch(/^Rust, Go · (?!ada@quist)/);
    masker.start();
    expect(document.getElementById('early')!.textContent).toMatch(/^Rust, Go · (?!ada@quist)/);
  });

  it('stop() puts every original back', () => {
    const { masker } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><img class="photo" src="https://cdn.test/p.jpg">',
    );
    masker.start();
    masker.stop();
    expect(document.querySelector('h1')!.textContent).toBe('Ada Quist');
    expect(document.querySelector('img')!.getAttribute('src')).toBe('https://cdn.test/p.jpg');
  });
});
