// Benchmark of the contact matcher at portfolio scale: 200,000 synthetic contacts (20,000 accounts, Western and
// Japanese names) and 10,000 synthetic events, half of them naming a tracked contact in another spelling
// (nickname, middle initial, "Last, First", kanji variant, full-width space, Latin form of a kana reading).
// Every company and person is generated; none is real. Needs `npm run build` first (imports dist/).
//   node scripts/bench-match.mjs [contacts=200000] [events=10000]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const entry = resolve(root, 'dist', 'src', 'match', 'index.js');
if (!existsSync(entry)) {
  console.error(`bench-match: ${entry} is missing; run \`npm run build\` first`);
  process.exit(1);
}
const { buildContactIndex, findMatches, MATCH_THRESHOLDS } = await import(pathToFileURL(entry).href);

const contactCount = Number(process.argv[2] ?? 200_000);
const eventCount = Number(process.argv[3] ?? 10_000);

// Deterministic PRNG (mulberry32) so runs are comparable.
let seed = 0x5eed;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const SYLLABLES = ['ka', 'lo', 'ven', 'mar', 'del', 'tor', 'sil', 'bra', 'quin', 'dor', 'fel', 'gan', 'hol', 'rin', 'sto', 'wex', 'ber', 'cal', 'mon', 'ash'];
const surname = () => {
  const s = pick(SYLLABLES) + pick(SYLLABLES) + (random() < 0.5 ? pick(SYLLABLES) : '');
  return s[0].toUpperCase() + s.slice(1);
};
const GIVEN = [['Robert', 'Bob'], ['William', 'Bill'], ['Margaret', 'Peggy'], ['John', 'Jack'], ['Thomas', 'Tom'], ['Elizabeth', 'Liz'],
  ['James', 'Jim'], ['Katherine', 'Kate'], ['Richard', 'Dick'], ['Daniel', 'Dan'], ['Susan', 'Sue'], ['Edward', 'Ted'], ['Alice', null],
  ['Nora', null], ['Omar', null], ['Priya', null], ['Lena', null], ['Felix', null], ['Ines', null], ['Hugo', null]];
const JA_FAMILY_A = ['山', '高', '渡', '斎', '浜', '沢', '中', '小', '大', '石', '松', '竹', '森', '青', '北', '南', '西', '東', '今', '長'];
const JA_FAMILY_B = ['田', '橋', '辺', '藤', '野', '井', '川', '村', '本', '島', '崎', '原', '口', '谷', '岡', '木'];
const JA_VARIANT = { 高: '髙', 辺: '邊', 斎: '齋', 浜: '濱', 沢: '澤', 崎: '﨑', 島: '嶋' };
const JA_GIVEN = [['太郎', 'たろう'], ['一郎', 'いちろう'], ['花子', 'はなこ'], ['健', 'けん'], ['誠', 'まこと'], ['明', 'あきら'], ['由美', 'ゆみ'], ['修', 'おさむ'], ['翔太', 'しょうた'], ['美咲', 'みさき']];
const JA_READ = { 山: 'やま', 高: 'たか', 渡: 'わた', 斎: 'さい', 浜: 'はま', 沢: 'さわ', 中: 'なか', 小: 'こ', 大: 'おお', 石: 'いし', 松: 'まつ', 竹: 'たけ', 森: 'もり', 青: 'あお', 北: 'きた', 南: 'みなみ', 西: 'にし', 東: 'ひがし', 今: 'いま', 長: 'なが',
  田: 'た', 橋: 'はし', 辺: 'なべ', 藤: 'とう', 野: 'の', 井: 'い', 川: 'かわ', 村: 'むら', 本: 'もと', 島: 'しま', 崎: 'さき', 原: 'はら', 口: 'ぐち', 谷: 'たに', 岡: 'おか', 木: 'き' };
const INDUSTRY = ['Robotics', 'Mining', 'Foods', 'Paper', 'Logistics', 'Biotech', 'Analytics', 'Textiles', 'Optics', 'Marine'];
const JA_INDUSTRY = ['電機', '精機', '物流', '製作所', '化学', '食品', '商事', '建設'];
const SUFFIX = ['', ' Inc.', ' Corp.', ' Co., Ltd.', ' Holdings', ' AG'];

const accounts = [];
for (let i = 0; i < contactCount / 10; i += 1) {
  const japanese = random() < 0.4;
  const name = japanese ? `${pick(JA_FAMILY_A)}${pick(JA_FAMILY_B)}${pick(JA_INDUSTRY)}${i}` : `${surname()} ${pick(INDUSTRY)} ${i}`;
  accounts.push({ name, japanese, cik: !japanese && random() < 0.5 ? String(100000 + i) : undefined });
}

const contacts = [];
const people = [];
for (let i = 0; i < contactCount; i += 1) {
  const account = accounts[i % accounts.length];
  let person;
  if (account.japanese) {
    const a = pick(JA_FAMILY_A), b = pick(JA_FAMILY_B), [given, givenReading] = pick(JA_GIVEN);
    person = { kind: 'ja', family: a + b, given, reading: `${JA_READ[a]}${JA_READ[b]} ${givenReading}` };
    const withVariant = [...person.family].map((ch) => (random() < 0.3 && JA_VARIANT[ch]) || ch).join('');
    contacts.push({ contactId: `S${i}`, accountName: `${account.name}株式会社`, name: `${withVariant} ${given}`, nameReading: person.reading });
  } else {
    const [formal, nick] = pick(GIVEN);
    person = { kind: 'en', family: surname(), formal, nick, middle: random() < 0.3 ? pick('ABCDEFGHJKLMPRSTW') : null };
    const given = nick && random() < 0.3 ? nick : formal;
    const written = random() < 0.2 ? `${person.family}, ${given}` : `${given}${person.middle && random() < 0.5 ? ` ${person.middle}.` : ''} ${person.family}`;
    contacts.push({ contactId: `S${i}`, accountName: account.name + pick(SUFFIX), cik: account.cik, name: written });
  }
  people.push({ account, person, contactId: `S${i}` });
}

const toRomaji = { たろう: 'Taro', いちろう: 'Ichiro', はなこ: 'Hanako', けん: 'Ken', まこと: 'Makoto', あきら: 'Akira', ゆみ: 'Yumi', おさむ: 'Osamu', しょうた: 'Shota', みさき: 'Misaki' };
const events = [];
const expected = [];
for (let i = 0; i < eventCount; i += 1) {
  const target = random() < 0.5 ? pick(people) : null;
  const change = pick(['appointed', 'departed', 'retiring', 'promoted', 'role_change']);
  if (target) {
    const { account, person } = target;
    const company = { name: account.japanese ? `株式会社${account.name}` : `${account.name}, Inc.`, cik: account.cik };
    let name;
    if (person.kind === 'ja') name = random() < 0.8 ? `${person.family}　${person.given}` : `${person.given} ${'X'}`;
    else name = `${person.formal}${person.middle ? ` ${person.middle}.` : ''} ${person.family}`;
    if (person.kind === 'ja' && name.endsWith('X')) {
      // A Latin announcement of a Japanese officer: given name first, from the reading.
      const [, givenReading] = person.reading.split(' ');
      name = `${toRomaji[givenReading]} ${person.family}`; // family stays in kanji: cannot match, counts as unknown
    }
    events.push({ company, person: name, change });
    expected.push(name.includes('　') || person.kind === 'en' ? target.contactId : null);
  } else {
    const account = random() < 0.7 ? pick(accounts) : { name: `${surname()} ${pick(INDUSTRY)}`, japanese: false };
    const name = account.japanese ? `${pick(JA_FAMILY_A)}${pick(JA_FAMILY_B)} ${pick(JA_GIVEN)[0]}` : `${pick(GIVEN)[0]} ${surname()}`;
    events.push({ company: { name: account.name }, person: name, change });
    expected.push(null);
  }
}

const c0 = process.cpuUsage();
const t0 = performance.now();
const index = buildContactIndex(contacts);
const t1 = performance.now();
const c1 = process.cpuUsage();
let alerts = 0, review = 0, found = 0, targeted = 0;
const misses = [];
for (const [i, event] of events.entries()) {
  const matches = findMatches(index, event);
  for (const m of matches) if (m.score >= MATCH_THRESHOLDS.alert) alerts += 1; else review += 1;
  if (expected[i]) {
    targeted += 1;
    if (matches.some((m) => m.contactId === expected[i] && m.score >= MATCH_THRESHOLDS.alert)) found += 1;
    else if (misses.length < 3) misses.push({ event, expected: contacts[Number(expected[i].slice(1))], got: matches });
  }
}
const t2 = performance.now();
const c2 = process.cpuUsage();
const cpu = (a, b) => ((b.user - a.user + b.system - a.system) / 1e6).toFixed(2);
const mem = process.memoryUsage().heapUsed / 2 ** 20;
console.log(`contacts ${contacts.length}, events ${events.length}`);
// Wall time depends on what else the machine runs; CPU time (this process, incl. GC threads) is the steadier figure.
console.log(`index build   ${((t1 - t0) / 1000).toFixed(2)} s wall, ${cpu(c0, c1)} s CPU`);
console.log(`matching      ${((t2 - t1) / 1000).toFixed(2)} s wall, ${cpu(c1, c2)} s CPU (${Math.round(events.length / ((t2 - t1) / 1000))} events/s)`);
console.log(`alerts ${alerts}, review ${review}; targeted events found at alert level: ${found}/${targeted}`);
console.log(`heap used     ${mem.toFixed(0)} MiB`);
for (const miss of misses) console.log('missed:', JSON.stringify(miss));
