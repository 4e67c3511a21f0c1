import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db';
import {
  auditToCsv,
  auditToJson,
  changedPolicyKeys,
  queryAudit,
  recordAudit,
  recordBlindToggle,
  recordPolicyChange,
} from '..';

let n = 0;
const dbs: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`audit-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function seed(db: AppDB) {
  await recordAudit(
    {
      at: 1000,
      kind: 'reveal',
      site: 'www.linkedin.com',
      alias: 'Candidate K7QF',
      types: ['NAME'],
      reason: 'Interview',
    },
    db,
  );
  await recordAudit(
    {
      at: 2000,
      kind: 'cloud-request',
      route: 'cloud',
      model: 'gpt-4o-mini',
      textHash: 'ab12',
      counts: { NAME: 2, EMAIL: 1 },
    },
    db,
  );
  await recordAudit(
    { at: 3000, kind: 'blind-toggle', site: 'boards.greenhouse.io', detail: 'Blind mode off' },
    db,
  );
  await recordAudit(
    {
      at: 4000,
      kind: 'reveal',
      site: 'jobs.lever.co',
      alias: 'Candidate ZZ12',
      types: ['EMAIL'],
      reason: 'Offer',
    },
    db,
  );
}

describe('audit queries', () => {
  it('lists newest first and filters by kind, time, site, alias and text', async () => {
    const db = freshDb();
    await seed(db);
    expect((await queryAudit({}, db)).map((e) => e.at)).toEqual([4000, 3000, 2000, 1000]);
    expect((await queryAudit({ kinds: ['reveal'] }, db)).map((e) => e.at)).toEqual([4000, 1000]);
    expect((await queryAudit({ since: 1500, until: 3000 }, db)).map((e) => e.at)).toEqual([3000, 2000]);
    expect((await queryAudit({ site: 'LINKEDIN' }, db)).map((e) => e.at)).toEqual([1000]);
    expect((await queryAudit({ alias: 'zz12' }, db)).map((e) => e.at)).toEqual([4000]);
    expect((await queryAudit({ text: 'gpt-4o' }, db)).map((e) => e.at)).toEqual([2000]);
    expect((await queryAudit({ text: 'email' }, db)).map((e) => e.at)).toEqual([4000]);
    expect((await queryAudit({ limit: 2, offset: 1 }, db)).map((e) => e.at)).toEqual([3000, 2000]);
    expect(await queryAudit({ kinds: ['policy-change'] }, db)).toEqual([]);
  });
});

describe('audit export', () => {
  it('writes CSV with a header, ISO times, escaping and defused formulas', async () => {
    const db = freshDb();
    await seed(db);
    await recordAudit({ at: 5000, kind: 'reveal', reason: '=HYPERLINK("x"), "quoted"\nline' }, db);
    const csv = auditToCsv(await queryAudit({}, db));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,time,kind,site,alias,types,reason,route,model,textHash,counts,detail,sentText');
    expect(lines[1]).toBe(
      `5,1970-01-01T00:00:05.000Z,reveal,,,,"'=HYPERLINK(""x""), ""quoted""\nline",,,,,,`.split('\r\n')[0],
    );
    expect(csv).toContain(
      '2,1970-01-01T00:00:02.000Z,cloud-request,,,,,cloud,gpt-4o-mini,ab12,NAME:2 EMAIL:1,,',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes a versioned JSON envelope', async () => {
    const db = freshDb();
    await seed(db);
    const parsed = JSON.parse(auditToJson(await queryAudit({}, db), 0));
    expect(parsed).toMatchObject({
      format: 'blindhire-audit',
      version: 1,
      exportedAt: '1970-01-01T00:00:00.000Z',
    });
    expect(parsed.entries).toHaveLength(4);
    expect(parsed.entries[3]).toMatchObject({
      kind: 'reveal',
      alias: 'Candidate K7QF',
      time: '1970-01-01T00:00:01.000Z',
    });
  });
});

describe('policy changes and blind-mode toggles', () => {
  it('finds changed keys', () => {
    expect(changedPolicyKeys({ a: 1, b: [1], c: true }, { a: 1, b: [1, 2], d: 'x' })).toEqual([
      'b',
      'c',
      'd',
    ]);
  });

  it('records which keys changed, never secret or free-text values', async () => {
    const db = freshDb();
    expect(await recordPolicyChange({ cloudAllowed: true }, { cloudAllowed: true }, db)).toBeNull();
    await recordPolicyChange(
      { cloudAllowed: true, apiKey: 'sk-old-secret' },
      {
        cloudAllowed: false,
        apiKey: 'sk-new-secret',
        revealPolicy: 'disabled',
        orgEndpointUrl: 'https://llm.corp.example/v1',
        customSites: ['https://jobs.example.com/*'],
      },
      db,
    );
    const [entry] = await queryAudit({ kinds: ['policy-change'] }, db);
    expect(entry?.detail).toBe(
      'apiKey: set → set; cloudAllowed: true → false; customSites: unset → 1 item(s); orgEndpointUrl: unset → set; revealPolicy: unset → disabled',
    );
    expect(JSON.stringify(entry)).not.toMatch(/secret|corp\.example|jobs\.example/);
  });

  it('records blind-mode toggles', async () => {
    const db = freshDb();
    await recordBlindToggle(false, { site: 'www.linkedin.com' }, db);
    await recordBlindToggle(true, { source: 'policy' }, db);
    const entries = await queryAudit({ kinds: ['blind-toggle'] }, db);
    expect(entries.map((e) => e.detail)).toEqual([
      'Blind mode on (by policy)',
      'Blind mode off on this site',
    ]);
    expect(entries[1]?.site).toBe('www.linkedin.com');
  });
});
