import {expect} from '@open-wc/testing';
import {Converter} from 'opencc-js/t2cn';
import type {Article} from '../src/core/vocabulary.js';
import {articles} from '../src/corpus/articles.js';
import {gazetteer, gazetteerById} from '../src/corpus/gazetteer.js';
import {corpus, corpusArticle} from '../src/corpus/index.js';
import {convertArticle} from '../src/text/convert.js';
import {fullWidthPunctuation} from '../src/text/typography.js';

const DAY = 86_400_000;
const WEEKDAYS = '日一二三四五六'; // getUTCDay() order: 日 = Sunday

/** A bare `YYYY-MM-DD` as a UTC midnight timestamp, or NaN when it is not a real calendar day. */
function parseDay(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return NaN;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return new Date(t).toISOString().slice(0, 10) === date ? t : NaN;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

interface DayMention {
  text: string;
  day: number;
  /** 0 = Sunday … 6 = Saturday; undefined for 今 (N) 日. */
  weekday?: number;
  /** 上周X: the day lies in the previous (Sunday-first) week. */
  lastWeek: boolean;
  today: boolean;
}

/** Day mentions such as 週日(27 日), 上周五(11 日), 周四 (21 日), 今 (4) 日, with ASCII or full-width parentheses. */
function dayMentions(text: string): DayMention[] {
  const found: DayMention[] = [];
  for (const m of text.matchAll(/(上)?[週周]([日一二三四五六])\s*[(（]\s*(\d{1,2})\s*日\s*[)）]/g)) {
    found.push({text: m[0], day: +m[3]!, weekday: WEEKDAYS.indexOf(m[2]!), lastWeek: !!m[1], today: false});
  }
  for (const m of text.matchAll(/今\s*[(（]\s*(\d{1,2})\s*[)）]\s*日/g)) {
    found.push({text: m[0], day: +m[1]!, lastWeek: false, today: true});
  }
  return found;
}

/** The date a mention refers to: that day of the publication month or of the month before, 0–3 days before publication. */
function resolveMention(published: number, day: number): number | undefined {
  const p = new Date(published);
  for (const monthBack of [0, 1]) {
    const t = Date.UTC(p.getUTCFullYear(), p.getUTCMonth() - monthBack, day);
    if (new Date(t).getUTCDate() !== day) continue; // e.g. the 31st of a 30-day month
    const diff = (published - t) / DAY;
    if (diff >= 0 && diff <= 3) return t;
  }
  return undefined;
}

/** Start (Sunday) of the Sunday-first week holding t. */
const weekStart = (t: number) => t - new Date(t).getUTCDay() * DAY;

const namesOf = (id: string) => {
  const entry = gazetteerById.get(id)!;
  return [entry.names['zh-TW'], ...(entry.aliases ?? [])];
};

/** Index of the first occurrence in text of any zh-TW name or alias of the entry, or -1. */
function firstMention(text: string, id: string): number {
  const hits = namesOf(id).map((name) => text.indexOf(name)).filter((i) => i >= 0);
  return hits.length ? Math.min(...hits) : -1;
}

const textOf = (a: Article) => [a.title, a.summary, a.body ?? ''].join('\n');

describe('bundled corpus', () => {
  it('has the 20 articles of the seed listing, each with a unique id', () => {
    expect(articles).to.have.length(20);
    expect(new Set(articles.map((a) => a.id)).size).to.equal(articles.length);
  });

  it('is what corpus() and corpusArticle() serve', async () => {
    expect(await corpus()).to.equal(articles);
    const last = articles[articles.length - 1]!;
    expect(await corpusArticle(last.id)).to.equal(last);
    expect(await corpusArticle('nk-00000000-none')).to.equal(undefined);
  });

  it('has well-formed articles', () => {
    for (const a of articles) {
      const where = a.id;
      expect(a.id, where).to.match(/^nk-\d{8}-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(a.id.slice(3, 11), where).to.equal(a.published.replaceAll('-', ''));
      expect(a.title.trim(), where).to.not.equal('');
      expect([...a.title].length, where).to.be.at.most(30);
      expect(a.summary.trim(), where).to.not.equal('');
      expect(a.category, where).to.equal('國際政經');
      expect(a.topics, where).to.deep.equal(['北韓']);
      expect(a.lang, where).to.equal('zh-Hant-TW');
      expect(a.url, where).to.equal(undefined);
      expect(new Set(a.sources).size, where).to.equal(a.sources.length);
      expect(new Set(a.entities).size, where).to.equal(a.entities.length);
    }
  });

  it('is newest first, with bare dates within the listing', () => {
    const days = articles.map((a) => parseDay(a.published));
    articles.forEach((a, i) => expect(days[i], `${a.id}: ${a.published}`).to.not.be.NaN);
    for (let i = 1; i < days.length; i++) {
      expect(days[i]!, `${articles[i]!.id} after ${articles[i - 1]!.id}`).to.be.at.most(days[i - 1]!);
    }
    expect(days[0]).to.be.at.most(parseDay('2025-07-29'));
    expect(days[days.length - 1]).to.be.at.least(parseDay('2024-11-20'));
  });

  it('dates every article on or just after the day its text names, on the right weekday', () => {
    let checked = 0;
    for (const a of articles) {
      const published = parseDay(a.published);
      const mentions = dayMentions(a.summary);
      // Any "(N 日)" / "(N)" the parser did not understand would go unchecked: fail instead.
      const loose = a.summary.match(/[(（]\s*\d{1,2}\s*日?\s*[)）]/g) ?? [];
      expect(mentions.length, `${a.id}: unparsed day mention among ${loose.join(' ')}`).to.equal(loose.length);
      for (const m of mentions) {
        const where = `${a.id} (${a.published}): ${m.text}`;
        const day = resolveMention(published, m.day);
        expect(day, `${where}: no day ${m.day} in the 3 days before publication`).to.not.equal(undefined);
        if (m.today) expect(day, where).to.equal(published);
        if (m.weekday !== undefined) {
          expect(WEEKDAYS[new Date(day!).getUTCDay()], `${where} falls on ${iso(day!)}`).to.equal(WEEKDAYS[m.weekday]);
        }
        if (m.lastWeek) {
          expect(weekStart(published), `${where}: not yet "last week" on ${a.published}`).to.be.greaterThan(weekStart(day!));
        }
        checked++;
      }
    }
    expect(checked, 'day mentions found').to.be.greaterThan(0);
  });

  it('cites only gazetteer media, by their zh-TW names, that the text names', () => {
    const media = new Set(gazetteer.filter((e) => e.kind === 'medium').map((e) => e.names['zh-TW']));
    for (const a of articles) {
      for (const source of a.sources) {
        expect(media.has(source), `${a.id}: ${source}`).to.equal(true);
        expect(a.summary.includes(source), `${a.id}: ${source} not in text`).to.equal(true);
        expect(source, a.id).to.not.match(/[《》]/);
      }
    }
  });

  it('lists, in order of first appearance, every gazetteer entity the text names', () => {
    for (const a of articles) {
      let last = -1;
      for (const id of a.entities) {
        expect(gazetteerById.has(id), `${a.id}: unknown entity ${id}`).to.equal(true);
        const at = firstMention(a.summary, id);
        expect(at, `${a.id}: none of ${namesOf(id).join('/')} in the text`).to.be.at.least(0);
        expect(at, `${a.id}: ${id} out of order`).to.be.at.least(last);
        last = at;
      }
      const missing = gazetteer.filter((e) => firstMention(a.summary, e.id) >= 0 && !a.entities.includes(e.id));
      expect(missing.map((e) => e.id), `${a.id}: named but not listed`).to.deep.equal([]);
    }
  });

  it('carries the mended scraping slip, not the broken one', () => {
    const texts = articles.map(textOf);
    expect(texts.some((t) => t.includes('金與正強硬表示'))).to.equal(true);
    expect(texts.some((t) => t.includes('金與強硬正表示'))).to.equal(false);
  });
});

describe('bundled corpus punctuation (scripts/punctuate-corpus.mjs)', () => {
  // A half-width mark with Chinese (or a full-width mark) on either side, blanks between allowed.
  const CJK = String.raw`[\p{Script=Han}\u3000-\u303F\uFF01-\uFF1F“”]`;
  const halfWidthBesideChinese = new RegExp(`${CJK}[ \\t]*[,:;?!()]|[,:;?!()][ \\t]*${CJK}`, 'u');
  const fields = (a: Article) => [a.title, a.summary, a.body ?? '', ...a.sources, a.category ?? ''];

  it('is the edit’s fixed point: the script’s punctuation step changes nothing', () => {
    for (const a of articles) {
      for (const text of [a.title, a.summary]) expect(fullWidthPunctuation(text), a.id).to.equal(text);
    }
  });

  it('has no half-width , : ; ? ! ( ) beside Chinese, in any variant', async () => {
    for (const variant of ['zh-TW', 'zh-HK', 'zh-CN'] as const) {
      for (const a of await Promise.all(articles.map((article) => convertArticle(article, variant)))) {
        for (const text of fields(a)) expect(text, `${variant} ${a.id}`).not.to.match(halfWidthBesideChinese);
      }
    }
  });

  it('keeps Taiwan’s blanks between Chinese and digits in zh-TW, and drops them elsewhere', async () => {
    expect(articles.some((a) => /\p{Script=Han} \d|\d \p{Script=Han}/u.test(a.summary))).to.equal(true);
    for (const variant of ['zh-HK', 'zh-CN'] as const) {
      for (const a of await Promise.all(articles.map((article) => convertArticle(article, variant)))) {
        for (const text of fields(a)) {
          expect(text, `${variant} ${a.id}`).not.to.match(/\p{Script=Han}[ \t]+[0-9A-Za-z]|[0-9A-Za-z][ \t]+\p{Script=Han}/u);
        }
      }
    }
  });

  it('writes mainland numbers: no thousands separator below 10,000, decades by century', async () => {
    const cn = await Promise.all(articles.map((article) => convertArticle(article, 'zh-CN')));
    for (const a of cn) {
      for (const text of fields(a)) {
        expect(text, a.id).not.to.match(/(?<![\d,])\d,\d{3}(?![\d,])/);
        expect(text, a.id).not.to.match(/\d{4}年代/);
      }
    }
    expect(cn.map((a) => a.summary).join('')).to.contain('20世纪90年代').and.contain('1200万枚').and.contain('4700人');
  });

  it('writes the week 周 throughout in zh-HK, and Hong Kong’s 今日（4日）', async () => {
    const hk = (await Promise.all(articles.map((article) => convertArticle(article, 'zh-HK')))).map((a) => a.summary).join('');
    expect(hk).not.to.match(/週/);
    expect(hk).to.contain('今日（4日）');
  });
});

describe('gazetteer', () => {
  it('has unique kebab-case ids, and gazetteerById indexes them all', () => {
    const ids = gazetteer.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(gazetteerById.size).to.equal(gazetteer.length);
    for (const e of gazetteer) expect(gazetteerById.get(e.id)).to.equal(e);
  });

  it('names every entry in all four forms', () => {
    for (const e of gazetteer) {
      expect(['person', 'place', 'organization', 'medium'], e.id).to.include(e.kind);
      for (const key of ['zh-TW', 'zh-HK', 'zh-CN', 'en'] as const) {
        expect(e.names[key]?.trim(), `${e.id} ${key}`).to.be.a('string').and.not.equal('');
      }
      for (const alias of e.aliases ?? []) {
        expect(alias.trim(), e.id).to.not.equal('');
        expect(alias, e.id).to.not.equal(e.names['zh-TW']);
      }
    }
  });

  it('never gives two entries the same zh-TW name or alias', () => {
    const seen = new Map<string, string>();
    for (const e of gazetteer) {
      for (const name of [e.names['zh-TW'], ...(e.aliases ?? [])]) {
        expect(seen.get(name), `${name}: ${e.id}`).to.equal(undefined);
        seen.set(name, e.id);
      }
    }
  });

  it('writes its mainland names in Simplified characters', () => {
    const toSimplified = Converter({from: 'tw', to: 'cn'});
    for (const e of gazetteer) {
      expect(toSimplified(e.names['zh-CN']), e.id).to.equal(e.names['zh-CN']);
    }
  });

  it('is used: every entry is named by some article', () => {
    const used = new Set(articles.flatMap((a) => a.entities));
    expect(gazetteer.filter((e) => !used.has(e.id)).map((e) => e.id)).to.deep.equal([]);
  });
});
