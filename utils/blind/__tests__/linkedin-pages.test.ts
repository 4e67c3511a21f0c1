// @vitest-environment happy-dom
/**
 * Every LinkedIn fixture masked by the real page engine in happy-dom, as tests/e2e/sites.spec.ts does in
 * Chromium: no identifier may remain in the text a person sees, the title, the alt/title/aria-label
 * attributes, any href or image source (page-leaks.ts, shared with ats-pages), and the job-relevant
 * strings stay. Lazy sections and modals that the pages
 * keep in <template>s are added after the first pass, as the pages' own scripts add them. A fast guard
 * for the adapter and the masker (no browser, no build); the e2e spec stays the reference.
 */
import { describe, expect, it } from 'vitest';
import { siteFixtures } from '@/tests/fixtures/sites/manifest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { loadFixture } from '../../sites/__tests__/load-fixture';
import { linkedin } from '../../sites/linkedin';
import { createPageEngine } from '../engine';
import { PageMasker } from '../masker';
import { leaks } from './page-leaks';

describe('LinkedIn fixtures masked by the real engine', () => {
  it.each(siteFixtures.filter((f) => f.adapter === 'linkedin').map((f) => [f.file, f] as const))(
    '%s: no identifier left, job-relevant text kept',
    async (_file, fixture) => {
      const doc = loadFixture(fixture.file);
      const masker = new PageMasker({
        doc,
        adapter: linkedin,
        engine: createPageEngine(DEFAULT_SETTINGS, 'linkedin-pages'),
        onError: (e) => {
          throw e;
        },
      });
      masker.start();
      for (const template of Array.from(doc.querySelectorAll('template'))) {
        const box = doc.createElement('div');
        box.append((template as HTMLTemplateElement).content.cloneNode(true));
        doc.body.append(box);
      }
      await new Promise((r) => setTimeout(r, 20));
      expect(leaks(doc, fixture.identifiers)).toEqual([]);
      const text = doc.body.textContent ?? '';
      const kept = [...fixture.keep, ...(fixture.steps ?? []).flatMap((s) => s.keep)];
      expect(kept.filter((k) => !text.includes(k))).toEqual([]);
      masker.stop();
    },
  );
});

describe('a LinkedIn profile whose heading states a nickname and a former surname', () => {
  it('masks each form alone wherever it recurs, under the one alias of the name', async () => {
    const { Window } = await import('happy-dom');
    const window = new Window({ url: 'https://www.linkedin.com/in/ilse-marwood-7c1d/' });
    window.document.write(`<!doctype html><html><head><title>Ilse (Izzy) Marwood (née Quenby) | LinkedIn</title></head>
      <body><main><section class="pv-top-card"><h1 class="text-heading-xlarge">Ilse (Izzy) Marwood (née Quenby)</h1>
      <div class="text-body-medium">Staff Data Engineer at Brightwell Payments</div></section>
      <section id="activity"><p>Izzy shared a post about Kafka streaming.</p>
      <p>Thanks, Izzy! Great talk on Spark.</p>
      <p>Congratulations to Ilse Quenby on the certification.</p></section></main></body></html>`);
    const doc = window.document as unknown as Document;
    const masker = new PageMasker({
      doc,
      adapter: linkedin,
      engine: createPageEngine(DEFAULT_SETTINGS, 'linkedin-nickname'),
      onError: (e) => {
        throw e;
      },
    });
    masker.start();
    await new Promise((r) => setTimeout(r, 20));
    const text = doc.body.textContent ?? '';
    expect(leaks(doc, ['Ilse', 'Izzy', 'Marwood', 'Quenby'])).toEqual([]);
    for (const kept of ['Staff Data Engineer', 'Brightwell Payments', 'Kafka', 'Spark'])
      expect(text).toContain(kept);
    // One person, one alias: the heading, the nickname alone and the former name read the same.
    const aliases = new Set(text.match(/Candidate [0-9A-Z]{4}/g));
    expect(aliases.size).toBe(1);
    expect(text.match(/Candidate [0-9A-Z]{4}/g)?.length).toBeGreaterThanOrEqual(4);
    masker.stop();
  });
});

describe('a LinkedIn profile whose heading states the name in Latin and Chinese script', () => {
  it('masks the Chinese form, its given name and its surname with a title inside unspaced text', async () => {
    const { Window } = await import('happy-dom');
    const window = new Window({ url: 'https://www.linkedin.com/in/xiaoming-wang-3f9a/' });
    window.document.write(`<!doctype html><html><head><title>Xiaoming Wang (王小明) | LinkedIn</title></head>
      <body><main><section class="pv-top-card"><h1 class="text-heading-xlarge">Xiaoming Wang (王小明)</h1>
      <div class="text-body-medium">高级软件工程师 · Senior Engineer at Brightwell Payments</div></section>
      <section id="activity"><p>王小明的推荐信：小明负责后端服务，熟悉 Kafka。</p>
      <p>谢谢王先生的分享！Xiaoming is great with Spark.</p></section></main></body></html>`);
    const doc = window.document as unknown as Document;
    const masker = new PageMasker({
      doc,
      adapter: linkedin,
      engine: createPageEngine(DEFAULT_SETTINGS, 'linkedin-chinese-name'),
      onError: (e) => {
        throw e;
      },
    });
    masker.start();
    await new Promise((r) => setTimeout(r, 20));
    const text = doc.body.textContent ?? '';
    expect(leaks(doc, ['Xiaoming', 'Wang', '王小明', '小明', '王先生'])).toEqual([]);
    for (const kept of [
      '高级软件工程师',
      'Senior Engineer',
      'Brightwell Payments',
      '后端服务',
      'Kafka',
      'Spark',
    ])
      expect(text).toContain(kept);
    // One person, one alias: the Latin name, the Chinese name, the given name and "王先生".
    expect(new Set(text.match(/Candidate [0-9A-Z]{4}/g)).size).toBe(1);
    masker.stop();
  });
});

describe("LinkedIn people's cards whose names are English words", () => {
  it('masks the name of every card, not only the first (the cards repeat their button)', async () => {
    const { Window } = await import('happy-dom');
    const window = new Window({ url: 'https://www.linkedin.com/mynetwork/' });
    const card = (name: string, headline: string) =>
      `<li><a href="/in/x/"><div><span>${name}</span></div><div>${headline}</div></a><div><button><span>Connect</span></button></div></li>`;
    window.document.write(`<!doctype html><html><head><title>My Network | LinkedIn</title></head>
      <body><main><section><h2>People you may know</h2><ul>
      ${card('Grace Hill', 'Data Scientist at Kestrel Labs')}
      ${card('Faith Bishop', 'Head of Talent at Brightpath')}
      ${card('River Stone', 'Staff Engineer at Tidewater Health')}
      </ul></section></main></body></html>`);
    const doc = window.document as unknown as Document;
    const masker = new PageMasker({
      doc,
      adapter: linkedin,
      engine: createPageEngine(DEFAULT_SETTINGS, 'linkedin-cards'),
      onError: (e) => {
        throw e;
      },
    });
    masker.start();
    await new Promise((r) => setTimeout(r, 20));
    expect(leaks(doc, ['Grace Hill', 'Faith Bishop', 'River Stone'])).toEqual([]);
    const text = doc.body.textContent ?? '';
    for (const kept of ['Data Scientist at Kestrel Labs', 'Head of Talent at Brightpath', 'Connect'])
      expect(text).toContain(kept);
    masker.stop();
  });
});
