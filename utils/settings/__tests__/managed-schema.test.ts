import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildManagedSchema,
  type ManagedSchemaNode,
  policyTableMarkdown,
  TABLE_END,
  TABLE_START,
} from '../managed-schema';
import { settingsShape } from '../schema';

const root = path.resolve(import.meta.dirname, '../../..');
const ALLOWED = new Set(['type', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum']);

function walk(node: ManagedSchemaNode, visit: (n: ManagedSchemaNode) => void) {
  visit(node);
  for (const child of Object.values(node.properties ?? {})) walk(child, visit);
  if (node.items) walk(node.items, visit);
}

/** Cells of a Markdown table, trimmed, so that a formatter's column alignment does not matter. */
function normalizeTable(markdown: string): string[][] {
  return markdown
    .trim()
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-{3,}$/, '---')),
    );
}

describe('managed schema', () => {
  it('the committed public/managed_schema.json equals the one generated from the declaration', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(root, 'public/managed_schema.json'), 'utf8'));
    expect(committed, 'run: npx tsx scripts/gen-managed-schema.ts').toEqual(buildManagedSchema());
  });

  it('declares every setting, in Chrome’s dialect only', () => {
    const schema = buildManagedSchema();
    expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(settingsShape));
    walk(schema, (node) => {
      for (const key of Object.keys(node)) expect(ALLOWED.has(key), key).toBe(true);
      expect(node.type).toMatch(/^(object|array|string|integer|number|boolean)$/);
    });
    expect(schema.properties?.retentionDays).toMatchObject({ type: 'integer', minimum: 1, maximum: 3650 });
    expect(schema.properties?.scoreThreshold).toEqual(expect.objectContaining({ type: 'number' }));
    expect(schema.properties?.modelList?.items?.properties?.id).toEqual({ type: 'string' });
  });

  it('docs/ADMIN.md holds the generated policy table', () => {
    const admin = fs.readFileSync(path.join(root, 'docs/ADMIN.md'), 'utf8');
    const table = admin
      .slice(admin.indexOf(TABLE_START) + TABLE_START.length, admin.indexOf(TABLE_END))
      .trim();
    expect(normalizeTable(table), 'run: npx tsx scripts/gen-managed-schema.ts').toEqual(
      normalizeTable(policyTableMarkdown()),
    );
    expect(normalizeTable(table).map((row) => row[0])).toEqual(
      expect.arrayContaining(Object.keys(settingsShape).map((key) => `\`${key}\``)),
    );
  });
});
