#!/usr/bin/env node
// A repository of N plans made from examples/*.yaml, for the repository-wide rules and the bench:
// every copy gets its own number in its example's series (the example's number, then on), and a
// few known problems are planted — duplicate numbers, citations whose date, trích yếu or number
// disagrees with the cited plan, organ and signer names written two ways, gaps in a series —
// next to correct citations that must stay silent. `planted.json` beside the plans lists every
// run-level finding dvk must give (rule id and file): the oracle of test/lint/repo-gen.test.ts.
//
//   node scripts/gen-repo.mjs --count 10000 --out /tmp/repo [--seed 1]
//
// Copies keep their example's date (so the per-plan findings are the example's own), except the
// plans a wrong-number citation points at: they get a day of their own in the year, since a
// plan is told by symbol and date only when no other plan shares them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPE_NAME = { ke_hoach: 'Kế hoạch', bao_cao: 'Báo cáo', huong_dan: 'Hướng dẫn', thong_bao: 'Thông báo' };
const TYPE_CODE = { ke_hoach: 'KH', bao_cao: 'BC', huong_dan: 'HD', thong_bao: 'TB' };
const OTHER_SUBJECT = 'kiện toàn Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn';

/** Small deterministic PRNG (mulberry32): the same seed gives the same repository. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const spoken = (isoText) => {
  const [y, m, d] = isoText.split('-');
  return `${d}/${m}/${y}`;
};
function shiftDay(isoText, days) {
  const d = new Date(`${isoText}T00:00:00Z`);
  const month = d.getUTCMonth();
  d.setUTCDate(d.getUTCDate() + (month >= 6 ? -days : days));
  return iso(d);
}
/** Old ↔ new tone-mark placement in an organ name (ỦY ↔ UỶ, HÒA ↔ HOÀ). */
const swapTone = (s) => s.replace(/ỦY/g, 'UỶ').replace(/Ủy/g, 'Uỷ').replace(/HÒA/g, 'HOÀ');
/** A signer name with its middle word in lower case ("Lê Thị Hồng" → "Lê thị Hồng"). */
const lowerMiddle = (name) => {
  const w = name.split(' ');
  if (w.length < 3) return undefined;
  w[1] = w[1].toLocaleLowerCase('vi');
  return w.join(' ');
};

export function generateRepository({ count, out, seed = 1 }) {
  const random = prng(seed);
  const pick = (n) => Math.floor(random() * n);
  const examples = readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: basename(f, '.yaml'), text: readFileSync(join(root, 'examples', f), 'utf8') }))
    .map((e) => ({ ...e, doc: parseDocument(e.text) }))
    .filter((e) => e.doc.get('du_thao') !== true && e.doc.get('du_thao') !== 'true' && /^\d{4}-\d\d-\d\d$/.test(String(e.doc.get('ngay'))));
  const allText = examples.map((e) => e.text).join('\n');

  // One record per plan to write; the documents are built at the end.
  const plans = [];
  const series = new Map();
  const perExample = Math.ceil(count / examples.length);
  for (let i = 0; i < count; i++) {
    const ex = examples[i % examples.length];
    const copy = Math.floor(i / examples.length);
    const d = ex.doc;
    const system = d.get('he_thong') === 'dang' ? 'party' : 'state';
    const symbol = String(d.get('ky_hieu') ?? `${TYPE_CODE[d.get('loai')]}${system === 'party' ? '/' : '-'}${d.getIn(['co_quan', 'viet_tat'])}`);
    const date = String(d.get('ngay'));
    const key = `${system}|${symbol}|${date.slice(0, 4)}`;
    if (!series.has(key)) series.set(key, { next: Number(d.get('so') ?? 1), plans: [] });
    const width = Math.max(String(perExample).length, 4);
    plans.push({
      file: `${ex.name}-${String(copy).padStart(width, '0')}.yaml`,
      ex,
      system,
      symbol,
      date,
      subject: String(d.get('trich_yeu')).replace(/\s+/g, ' ').trim(),
      loai: String(d.get('loai')),
      series: key,
      number: 0,
      changes: {},
      addBasis: [],
      prefix: '',
    });
    series.get(key).plans.push(plans.length - 1);
  }

  const planted = [];
  const busy = new Set();
  const scale = Math.max(1, Math.round(count / 500));
  // Choose plants within each series away from each other (a gap next to a duplicate would blur both).
  const seriesKeys = [...series.keys()];
  const free = (s, j) => ![-2, -1, 0, 1, 2].some((k) => busy.has(`${s}|${j + k}`));
  const choose = (minCopy = 1) => {
    for (let tries = 0; tries < 1000; tries++) {
      const s = seriesKeys[pick(seriesKeys.length)];
      const list = series.get(s).plans;
      if (list.length < 6) continue;
      const j = minCopy + pick(list.length - minCopy - 1);
      if (free(s, j)) {
        busy.add(`${s}|${j}`);
        return { s, j, index: list[j] };
      }
    }
    throw new Error('repository too small for the planted problems');
  };
  const dups = new Set();
  const gaps = new Set();
  for (let k = 0; k < 2 * scale; k++) dups.add(choose().index);
  for (let k = 0; k < 2 * scale; k++) gaps.add(choose().index);

  // Numbers: each series counts on from its example's number; a duplicate repeats the one before, a gap skips one.
  for (const { plans: list } of series.values()) {
    let next = series.get(plans[list[0]].series).next;
    for (const index of list) {
      const p = plans[index];
      if (dups.has(index)) {
        p.number = next - 1;
        const before = plans.find((q) => q.series === p.series && q.number === p.number);
        planted.push({ ruleId: 'duplicate-so-ky-hieu', file: before.file }, { ruleId: 'duplicate-so-ky-hieu', file: p.file });
        continue;
      }
      if (gaps.has(index)) {
        next += 1;
        planted.push({ ruleId: 'number-series-gap', file: p.file });
      }
      p.number = next++;
    }
  }
  // A number no plan of the repository has: above every series.
  let unused = Math.max(...plans.map((p) => p.number)) + 1000;

  // Numbers the examples cite (125-KH/HU in a báo cáo): a plan with one of them is not a citation target.
  const citedInExamples = (p) => allText.includes(`${String(p.number).padStart(2, '0')}${p.system === 'party' ? '-' : '/'}${p.symbol}`);
  const target = () => {
    for (;;) {
      const c = choose();
      const p = plans[c.index];
      if (!dups.has(c.index) && !gaps.has(c.index) && !p.cited && !citedInExamples(p)) {
        p.cited = true;
        return p;
      }
    }
  };
  const citing = (t) => {
    for (;;) {
      const p = plans[pick(plans.length)];
      if (p !== t && !p.targeted) return p;
    }
  };
  let alternate = 0;
  /** Plans given a correct citation: no finding, but their text differs from their example's. */
  const silent = [];
  const cite = (p, t, { number = t.number, date = t.date, subject = t.subject }) => {
    const ns = `${String(number).padStart(2, '0')}${t.system === 'party' ? '-' : '/'}${t.symbol}`;
    if (alternate++ % 2 === 0) {
      p.addBasis.push({ loai: TYPE_NAME[t.loai], so_ky_hieu: ns, ngay: date, co_quan: 'Ban Thường vụ', trich_yeu: `về ${subject.charAt(0).toLocaleLowerCase('vi')}${subject.slice(1)}` });
    } else {
      p.prefix += `Căn cứ ${TYPE_NAME[t.loai]} số ${ns} ngày ${spoken(date)} của Ban Thường vụ về ${subject.charAt(0).toLocaleLowerCase('vi')}${subject.slice(1)}; `;
    }
  };
  let shift = 1;
  for (let k = 0; k < 3 * scale; k++) {
    // A wrong date: the cited plan's number, a day off.
    let t = target();
    let p = citing(t);
    cite(p, t, { date: shiftDay(t.date, 1) });
    planted.push({ ruleId: 'cited-plan-mismatch', file: p.file, kind: 'date', cites: t.file });
    // A wrong trích yếu.
    t = target();
    p = citing(t);
    cite(p, t, { subject: OTHER_SUBJECT });
    planted.push({ ruleId: 'cited-plan-mismatch', file: p.file, kind: 'subject', cites: t.file });
    // A wrong number: the cited plan gets a day of its own, told by symbol, date and trích yếu.
    t = target();
    t.targeted = true;
    // A day no other plan of its series has.
    const taken = new Set(plans.filter((q) => q.series === t.series).map((q) => q.date));
    while (taken.has(shiftDay(t.date, shift))) shift++;
    t.date = shiftDay(t.date, shift++);
    t.changes.ngay = t.date;
    p = citing(t);
    cite(p, t, { number: unused++ });
    planted.push({ ruleId: 'cited-plan-mismatch', file: p.file, kind: 'number', cites: t.file });
    // A correct citation: silent.
    t = target();
    p = citing(t);
    cite(p, t, {});
    silent.push(p.file);
  }
  // Names written two ways: an organ with the other tone-mark placement, a signer in another case.
  for (let k = 0, organs = 0, signers = 0; k < 1000 && (organs < 2 * scale || signers < 2 * scale); k++) {
    const p = plans[choose(0).index];
    if (p.changes.co_quan || p.changes.ho_ten) continue;
    if (organs < 2 * scale) {
      const which = ['cap_tren', 'ten'].find((f) => swapTone(String(p.ex.doc.getIn(['co_quan', f]) ?? '')) !== String(p.ex.doc.getIn(['co_quan', f]) ?? ''));
      if (which) {
        p.changes.co_quan = [which, swapTone(String(p.ex.doc.getIn(['co_quan', which])))];
        planted.push({ ruleId: 'name-spelling-across-plans', file: p.file, kind: which });
        organs++;
        continue;
      }
    }
    if (signers < 2 * scale) {
      const name = lowerMiddle(String(p.ex.doc.getIn(['nguoi_ky', 'ho_ten'])));
      if (name) {
        p.changes.ho_ten = name;
        planted.push({ ruleId: 'name-spelling-across-plans', file: p.file, kind: 'nguoi_ky' });
        signers++;
      }
    }
  }

  if (existsSync(out)) rmSync(out, { recursive: true });
  mkdirSync(out, { recursive: true });
  for (const p of plans) {
    const doc = p.ex.doc.clone();
    doc.commentBefore = null;
    doc.set('so', String(p.number).padStart(2, '0')); // numbers below 10 with a leading zero (so-leading-zero)
    doc.set('ky_hieu', p.symbol);
    if (p.changes.ngay) doc.set('ngay', p.changes.ngay);
    if (p.changes.co_quan) doc.setIn(['co_quan', p.changes.co_quan[0]], p.changes.co_quan[1]);
    if (p.changes.ho_ten) doc.setIn(['nguoi_ky', 'ho_ten'], p.changes.ho_ten);
    for (const b of p.addBasis) {
      if (!doc.has('can_cu')) doc.set('can_cu', doc.createNode([]));
      doc.get('can_cu').items.push(doc.createNode(b));
    }
    if (p.prefix) doc.set('mo_dau', p.prefix + String(doc.get('mo_dau') ?? '').replace(/\s+/g, ' ').trim());
    writeFileSync(join(out, p.file), doc.toString({ lineWidth: 0 }));
  }
  const oracle = planted.map(({ ruleId, file, kind, cites }) => ({ ruleId, file, ...(kind ? { kind } : {}), ...(cites ? { cites } : {}) }));
  writeFileSync(join(out, 'planted.json'), `${JSON.stringify({ count, seed, planted: oracle, silent }, null, 1)}\n`);
  return { files: plans.map((p) => join(out, p.file)), planted: oracle, silent };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log('Usage: node scripts/gen-repo.mjs [--count N (≥ 60, default 200)] [--out DIR (default bench/.repo)] [--seed S (default 1)]\n' +
      'Writes N plans made from examples/*.yaml with planted repository-wide problems; planted.json lists the findings dvk must give.');
    process.exit(0);
  }
  const count = Number(arg('count', '200'));
  const out = resolve(arg('out', join(root, 'bench', '.repo')));
  const seed = Number(arg('seed', '1'));
  if (!Number.isInteger(count) || count < 60) {
    console.error('--count: a whole number of at least 60 plans');
    process.exit(2);
  }
  const { planted } = generateRepository({ count, out, seed });
  console.log(`${count} plans in ${out}; ${planted.length} planted findings listed in planted.json`);
}
