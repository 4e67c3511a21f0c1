#!/usr/bin/env node
// Copied unchanged (apart from this line) from the team reference scorer, ../shared/eval/score.mjs.
// Scores masking predictions against a gold corpus under the blind-hiring policy.
//
//   node score.mjs GOLD.jsonl PRED.jsonl [--json]
//
// GOLD: one record a line, {"id","text","spans":[{"start","end","label"}]} (shared/data/*.jsonl).
// PRED: one record a line, {"id","spans":[{"start","end","label"?}]}: what the detector would mask,
//       as UTF-16 offsets into the gold text, end exclusive. Labels in PRED are ignored: a leak is
//       a leak whatever the detector called it.
//
// Policy: MUST_MASK labels identify the candidate or reveal a protected trait; MUST_KEEP labels
// carry the job-relevant signal and should survive masking; other labels are not scored.
// Figures (only letters and digits count, so punctuation and spaces never move a score):
//   recall[label]   share of gold entities whose every letter/digit is masked (one unmasked
//                   letter of a name is a leak)
//   kept[label]     share of MUST_KEEP entities left wholly unmasked
//   token P/R/F2    binary PII-vs-not on whitespace tokens, as presidio-research reports it;
//                   tokens inside unscored spans are left out of both
export const MUST_MASK = ['NAME', 'EMAIL', 'PHONE', 'URL', 'ADDRESS', 'LOCATION', 'SCHOOL', 'GRAD_YEAR', 'AGE', 'TITLE', 'NRP', 'ID'];
export const MUST_KEEP = ['SKILL', 'TECH_TOOL', 'SOFT_SKILL', 'DESIGNATION', 'DEGREE', 'COMPANY'];

import fs from 'node:fs';

const ALNUM = /[\p{L}\p{N}]/u;
const readJsonl = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

export function score(gold, pred) {
  const byId = new Map(pred.map((p) => [String(p.id), p]));
  const recall = {}; const kept = {};
  const tok = { tp: 0, fp: 0, fn: 0 };
  let missing = 0;
  for (const g of gold) {
    const p = byId.get(String(g.id));
    if (!p) missing++;
    const masked = new Uint8Array(g.text.length);
    for (const s of p?.spans ?? []) {
      const a = Math.max(0, s.start | 0), b = Math.min(g.text.length, s.end | 0);
      for (let i = a; i < b; i++) masked[i] = 1;
    }
    const role = new Uint8Array(g.text.length); // 0 outside, 1 must-mask, 2 must-keep, 3 unscored
    for (const s of g.spans) {
      const r = MUST_MASK.includes(s.label) ? 1 : MUST_KEEP.includes(s.label) ? 2 : 3;
      let total = 0, hit = 0;
      for (let i = s.start; i < s.end; i++) {
        if (r === 1 || role[i] === 0 || role[i] === 2) role[i] = r === 1 ? 1 : Math.max(role[i], r);
        if (!ALNUM.test(g.text[i])) continue;
        total++; hit += masked[i];
      }
      if (!total) continue;
      if (r === 1) (recall[s.label] ??= { n: 0, ok: 0 }).n++, recall[s.label].ok += hit === total ? 1 : 0;
      if (r === 2) (kept[s.label] ??= { n: 0, ok: 0 }).n++, kept[s.label].ok += hit === 0 ? 1 : 0;
    }
    for (const m of g.text.matchAll(/\S+/g)) {
      let gold1 = false, unscored = false, pred1 = false;
      for (let i = m.index; i < m.index + m[0].length; i++) {
        if (!ALNUM.test(g.text[i])) continue;
        if (role[i] === 1) gold1 = true;
        if (role[i] === 3) unscored = true;
        if (masked[i]) pred1 = true;
      }
      if (unscored && !gold1) continue;
      if (gold1 && pred1) tok.tp++; else if (gold1) tok.fn++; else if (pred1) tok.fp++;
    }
  }
  const ratio = (o) => (o.n ? o.ok / o.n : null);
  const sum = (t) => Object.values(t).reduce((a, o) => ({ n: a.n + o.n, ok: a.ok + o.ok }), { n: 0, ok: 0 });
  const P = tok.tp / Math.max(1, tok.tp + tok.fp), R = tok.tp / Math.max(1, tok.tp + tok.fn);
  const F2 = P + R ? (5 * P * R) / (4 * P + R) : 0;
  return {
    records: gold.length, missing,
    recall: Object.fromEntries(Object.entries(recall).map(([k, o]) => [k, { n: o.n, value: ratio(o) }])),
    kept: Object.fromEntries(Object.entries(kept).map(([k, o]) => [k, { n: o.n, value: ratio(o) }])),
    maskRecall: ratio(sum(recall)), keepRate: ratio(sum(kept)),
    token: { precision: P, recall: R, f2: F2, ...tok },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [goldFile, predFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!goldFile || !predFile) {
    console.error('usage: node score.mjs GOLD.jsonl PRED.jsonl [--json]');
    process.exit(2);
  }
  const r = score(readJsonl(goldFile), readJsonl(predFile));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r));
  } else {
    const f = (v) => (v == null ? '   -  ' : v.toFixed(4));
    console.log(`records ${r.records} (missing predictions: ${r.missing})`);
    for (const [k, o] of Object.entries(r.recall)) console.log(`mask  ${k.padEnd(12)} n=${String(o.n).padStart(5)}  fully masked ${f(o.value)}`);
    for (const [k, o] of Object.entries(r.kept)) console.log(`keep  ${k.padEnd(12)} n=${String(o.n).padStart(5)}  left intact  ${f(o.value)}`);
    console.log(`maskRecall ${f(r.maskRecall)}  keepRate ${f(r.keepRate)}  token P ${f(r.token.precision)} R ${f(r.token.recall)} F2 ${f(r.token.f2)}`);
  }
}
