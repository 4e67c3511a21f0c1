// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapters } from '../index';
import { fixture, fixturesOf, loadFixture } from './load-fixture';

const ATS = ['greenhouse', 'lever', 'workable', 'ashby', 'smartrecruiters', 'workday'];

/** A browser attaches declarative shadow roots while parsing; happy-dom does not. */
function attachShadows(doc: Document): Document {
  for (const template of Array.from(doc.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement!;
    host.attachShadow({ mode: 'open' }).append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
  }
  return doc;
}

describe('ATS adapters on every ATS fixture', () => {
  it.each(ATS.flatMap((id) => fixturesOf(id).map((f) => [f.file, id] as const)))(
    '%s: readIdentity(document) finds every candidate the manifest names, and none of the others',
    (file, id) => {
      const adapter = adapters.find((a) => a.id === id)!;
      const names = adapter.readIdentity(attachShadows(loadFixture(file))).names;
      expect(new Set(names)).toEqual(new Set(fixture(file).names));
      for (const other of fixture(file).others ?? []) expect(names).not.toContain(other);
    },
  );
});
