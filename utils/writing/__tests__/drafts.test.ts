import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/index';
import {
  type DraftInput,
  deleteDraft,
  listDrafts,
  loadDraft,
  markInterrupted,
  newAliasKey,
  newDraftId,
  saveDraft,
} from '../drafts';

// Invented person.
const TEXT = 'Priya Raghunathan-Moss, priya.rm@example.net, +44 20 7946 0958';

let db: AppDB;
beforeEach(async () => {
  db = new AppDB(`drafts-test-${Math.random()}`);
  await db.open();
});

function input(id: string, patch: Partial<DraftInput> = {}): DraftInput {
  return {
    id,
    task: 'polish',
    masked: 'Candidate K7QF, [EMAIL_1], [PHONE_1]',
    output: 'Dear Candidate K7QF',
    status: 'done',
    route: 'cloud',
    secrets: {
      text: TEXT,
      jobDescription: 'Data role at an invented firm',
      targetWords: 80,
      choices: { extraTerms: ['Moss'], unmasked: [], aliasKey: 'a1' },
      vault: [{ placeholder: '[EMAIL_1]', label: 'EMAIL', original: 'priya.rm@example.net' }],
    },
    ...patch,
  };
}

describe('drafts store', () => {
  it('round-trips a draft; the originals are not stored in clear', async () => {
    await saveDraft(input('d1'), db);
    const open = await loadDraft('d1', db);
    expect(open?.secrets).toEqual(input('d1').secrets);
    expect(open?.masked).toBe('Candidate K7QF, [EMAIL_1], [PHONE_1]');
    expect(open?.status).toBe('done');
    // Raw records hold no original value anywhere.
    const raw = JSON.stringify([await db.drafts.toArray(), await db.vault.toArray()], (_k, v) =>
      v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? new TextDecoder().decode(v as ArrayBuffer) : v,
    );
    for (const needle of ['Raghunathan', 'priya.rm', '7946', 'invented firm'])
      expect(raw).not.toContain(needle);
  });

  it('keeps the creation time and updates the rest', async () => {
    await saveDraft(input('d1', { status: 'streaming', output: 'Dear' }), db);
    const first = await db.drafts.get('d1');
    await new Promise((r) => setTimeout(r, 5));
    await saveDraft(input('d1', { status: 'done' }), db);
    const second = await db.drafts.get('d1');
    expect(second?.createdAt).toBe(first?.createdAt);
    expect(second?.updatedAt).toBeGreaterThan(first!.updatedAt);
    expect(second?.status).toBe('done');
  });

  it('lists newest first without decrypting, and deletes a draft with its vault', async () => {
    await saveDraft(input('a'), db);
    await new Promise((r) => setTimeout(r, 5));
    await saveDraft(input('b'), db);
    const list = await listDrafts(db);
    expect(list.map((d) => d.id)).toEqual(['b', 'a']);
    expect(list[0]).not.toHaveProperty('inputCipher');
    await deleteDraft('a', db);
    expect((await listDrafts(db)).map((d) => d.id)).toEqual(['b']);
    expect(await db.vault.get('draft:a')).toBeUndefined();
    expect(await loadDraft('a', db)).toBeUndefined();
  });

  it('reports a draft whose encrypted part was tampered with as unreadable', async () => {
    await saveDraft(input('t'), db);
    const record = await db.drafts.get('t');
    const bytes = new Uint8Array(record!.inputCipher!);
    bytes[0] = bytes[0]! ^ 0xff;
    await db.drafts.update('t', { inputCipher: bytes.buffer });
    expect((await loadDraft('t', db))?.secrets).toBeNull();
  });

  it('makes unique ids and random alias keys', () => {
    expect(newDraftId()).not.toBe(newDraftId());
    expect(newAliasKey()).toMatch(/^[0-9a-f]{32}$/);
    expect(newAliasKey()).not.toBe(newAliasKey());
  });

  it('marks a draft whose run was lost as interrupted, keeping its partial reply', async () => {
    await saveDraft(input('s', { status: 'streaming', output: 'Dear Cand' }), db);
    await markInterrupted('s', db);
    const d = await loadDraft('s', db);
    expect(d?.status).toBe('error');
    expect(d?.error).toContain('interrupted');
    expect(d?.output).toBe('Dear Cand');
    await saveDraft(input('f'), db);
    await markInterrupted('f', db);
    expect((await loadDraft('f', db))?.status).toBe('done');
  });
});
