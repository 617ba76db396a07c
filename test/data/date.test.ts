import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseFeedDate, parseRfc822Date} from '../../src/data/formats/date.js';
import {parseIsoDate, publishedMs} from '../../src/data/iso-date.js';
import {instants, offsets, rfc3339, rfc822} from './helpers.js';

describe('feed dates', () => {
  it('reads RFC 822 named zones as the instant the feed meant', () => {
    const cases: [string, string][] = [
      ['Tue, 29 Jul 2025 08:30:00 GMT', '2025-07-29T08:30:00.000Z'],
      ['Tue, 29 Jul 2025 08:30:00 UT', '2025-07-29T08:30:00.000Z'],
      ['Tue, 29 Jul 2025 08:30:00 Z', '2025-07-29T08:30:00.000Z'],
      ['Tue, 29 Jul 2025 08:30:00 EST', '2025-07-29T13:30:00.000Z'],
      ['Tue, 29 Jul 2025 08:30:00 EDT', '2025-07-29T12:30:00.000Z'],
      ['Tue, 29 Jul 2025 08:30:00 CST', '2025-07-29T14:30:00.000Z'],
      ['Tue, 29 Jul 2025 08:30:00 CDT', '2025-07-29T13:30:00.000Z'],
      ['Tue, 29 Jul 2025 08:30:00 MST', '2025-07-29T15:30:00.000Z'],
      ['Tue, 29 Jul 2025 08:30:00 MDT', '2025-07-29T14:30:00.000Z'],
      ['Tue, 29 Jul 2025 08:30:00 PST', '2025-07-29T16:30:00.000Z'],
      ['Mon, 28 Jul 2025 23:15:00 PDT', '2025-07-29T06:15:00.000Z'],
      ['Tue, 29 Jul 2025 08:30:00 KST', '2025-07-28T23:30:00.000Z'],
    ];
    for (const [input, instant] of cases) expect(parseRfc822Date(input), input).to.equal(instant);
  });

  it('reads CST as China Standard Time (+0800) in a Chinese feed, as US Central (−0600) otherwise', () => {
    for (const lang of ['zh', 'zh-TW', 'zh-Hans', 'zh-Hant-HK', 'zh-cn']) {
      expect(parseRfc822Date('Tue, 29 Jul 2025 08:30:00 CST', {lang}), lang).to.equal('2025-07-29T00:30:00.000Z');
      expect(parseFeedDate('Tue, 29 Jul 2025 08:30:00 CST', {lang}), lang).to.equal('2025-07-29T00:30:00.000Z');
    }
    for (const lang of [undefined, 'en', 'en-US', 'ko', 'und']) {
      expect(parseRfc822Date('Tue, 29 Jul 2025 08:30:00 CST', {lang}), String(lang)).to.equal('2025-07-29T14:30:00.000Z');
    }
    expect(parseRfc822Date('Tue, 29 Jul 2025 08:30:00 CST')).to.equal('2025-07-29T14:30:00.000Z');
    // Only CST: China has no daylight saving time, so CDT stays US Central Daylight.
    expect(parseRfc822Date('Tue, 29 Jul 2025 08:30:00 CDT', {lang: 'zh-CN'})).to.equal('2025-07-29T13:30:00.000Z');
    // A numeric offset says what it means, whatever the language.
    expect(parseRfc822Date('Tue, 29 Jul 2025 08:30:00 -0600 (CST)', {lang: 'zh-CN'})).to.equal('2025-07-29T14:30:00.000Z');
  });

  it('reads a date with no zone as UTC+8 in a Chinese context, as UTC otherwise', () => {
    // Hand-computed: 04:42:18 in UTC+8 is 20:42:18 UTC the day before.
    for (const lang of ['zh', 'zh-CN', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-SG', 'zh-Hant', 'zh-Hans-CN', 'yue']) {
      expect(parseFeedDate('2026-11-28 04:42:18', {lang}), lang).to.equal('2026-11-27T20:42:18.000Z');
    }
    for (const lang of [undefined, 'en', 'ko', 'ja', 'und']) {
      expect(parseFeedDate('2026-11-28 04:42:18', {lang}), String(lang)).to.equal('2026-11-28T04:42:18.000Z');
    }
    expect(parseFeedDate('2026-11-28 04:42:18')).to.equal('2026-11-28T04:42:18.000Z');
    const zh = {lang: 'zh-CN'};
    // The other zone-less ISO shapes: T, no seconds, fractions, slashes and one-digit fields.
    expect(parseFeedDate('2026-11-28T04:42:18', zh)).to.equal('2026-11-27T20:42:18.000Z');
    expect(parseFeedDate('2026-11-28 04:42', zh)).to.equal('2026-11-27T20:42:00.000Z');
    expect(parseFeedDate('2026-11-28 04:42:18.250', zh)).to.equal('2026-11-27T20:42:18.250Z');
    expect(parseFeedDate('2026/1/1 7:05:00', zh)).to.equal('2025-12-31T23:05:00.000Z');
    expect(parseFeedDate('2026/1/1 7:05:00', {lang: 'en'})).to.equal('2026-01-01T07:05:00.000Z');
    // RFC 822 and Java/asctime without a zone.
    expect(parseFeedDate('Sat, 28 Nov 2026 04:42:18', zh)).to.equal('2026-11-27T20:42:18.000Z');
    expect(parseRfc822Date('28 Nov 2026 12:00', zh)).to.equal('2026-11-28T04:00:00.000Z');
    expect(parseRfc822Date('Sat, 28 Nov 2026 04:42:18', {lang: 'en'})).to.equal('2026-11-28T04:42:18.000Z');
    expect(parseFeedDate('Sat Nov 28 04:42:18 2026', zh)).to.equal('2026-11-27T20:42:18.000Z');
    expect(parseFeedDate('Sat Nov 28 04:42:18 2026')).to.equal('2026-11-28T04:42:18.000Z');
  });

  it('keeps a written zone or offset, and a bare day, whatever the language', () => {
    const zh = {lang: 'zh-TW'};
    expect(parseFeedDate('2026-11-28T04:42:18Z', zh)).to.equal('2026-11-28T04:42:18.000Z');
    expect(parseFeedDate('2026-11-28T04:42:18+09:00', zh)).to.equal('2026-11-27T19:42:18.000Z');
    expect(parseFeedDate('2026-11-28 04:42:18-0500', zh)).to.equal('2026-11-28T09:42:18.000Z');
    expect(parseFeedDate('2026-11-28 04:42:18 UTC', zh)).to.equal('2026-11-28T04:42:18.000Z');
    expect(parseFeedDate('2026-11-28 04:42:18 GMT+8', zh)).to.equal('2026-11-27T20:42:18.000Z');
    expect(parseFeedDate('Sat, 28 Nov 2026 04:42:18 GMT', zh)).to.equal('2026-11-28T04:42:18.000Z');
    expect(parseFeedDate('Sat, 28 Nov 2026 04:42:18 +0000', zh)).to.equal('2026-11-28T04:42:18.000Z');
    expect(parseFeedDate('Sat, 28 Nov 2026 04:42:18 KST', zh)).to.equal('2026-11-27T19:42:18.000Z');
    expect(parseFeedDate('2026-11-28', zh)).to.equal('2026-11-28');
    expect(parseFeedDate('2026/11/28', zh)).to.equal('2026-11-28');
    // ISO with an offset is read alike in every context (RFC 3339 needs one).
    fc.assert(fc.property(instants, offsets, (ms, offset) => {
      expect(parseFeedDate(rfc3339(ms, offset), zh)).to.equal(new Date(ms).toISOString());
    }));
  });

  it("reads Java's Date.toString() order and asctime (year last)", () => {
    expect(parseFeedDate('Tue Jul 29 08:00:00 CST 2025', {lang: 'zh-CN'})).to.equal('2025-07-29T00:00:00.000Z');
    expect(parseFeedDate('Tue Jul 29 08:00:00 CST 2025')).to.equal('2025-07-29T14:00:00.000Z');
    expect(parseFeedDate('Tue Jul 29 08:00:00 GMT 2025')).to.equal('2025-07-29T08:00:00.000Z');
    expect(parseFeedDate('Tue Jul 29 08:00:00 +0900 2025')).to.equal('2025-07-28T23:00:00.000Z');
    expect(parseRfc822Date('Sun Nov  6 08:49:37 1994')).to.equal('1994-11-06T08:49:37.000Z');
    expect(parseFeedDate('Tue Foo 29 08:00:00 CST 2025')).to.equal(undefined);
  });

  it('reads numeric offsets, including ones that cross the date line and half hours', () => {
    expect(parseRfc822Date('Wed, 30 Jul 2025 09:00:00 +0900')).to.equal('2025-07-30T00:00:00.000Z');
    expect(parseRfc822Date('Wed, 30 Jul 2025 01:00:00 +0930')).to.equal('2025-07-29T15:30:00.000Z');
    expect(parseRfc822Date('Thu, 31 Dec 2025 22:00:00 -0500')).to.equal('2026-01-01T03:00:00.000Z');
    expect(parseRfc822Date('Wed, 30 Jul 2025 09:00:00 +09:00')).to.equal('2025-07-30T00:00:00.000Z');
    expect(parseRfc822Date('Wed, 30 Jul 2025 09:00:00 GMT+0900')).to.equal('2025-07-30T00:00:00.000Z');
  });

  it('reads military letters with the military signs (A = UTC+1, N = UTC−1)', () => {
    expect(parseRfc822Date('Thu, 31 Jul 2025 10:00:00 A')).to.equal('2025-07-31T09:00:00.000Z');
    expect(parseRfc822Date('Thu, 31 Jul 2025 10:00:00 M')).to.equal('2025-07-30T22:00:00.000Z');
    expect(parseRfc822Date('Thu, 31 Jul 2025 10:00:00 N')).to.equal('2025-07-31T11:00:00.000Z');
    expect(parseRfc822Date('Thu, 31 Jul 2025 10:00:00 Q')).to.equal('2025-07-31T14:00:00.000Z');
    expect(parseRfc822Date('Thu, 31 Jul 2025 10:00:00 Y')).to.equal('2025-07-31T22:00:00.000Z');
  });

  it('reads two-digit years, no day name, no seconds, full month names', () => {
    expect(parseRfc822Date('30 Jul 25 12:00 GMT')).to.equal('2025-07-30T12:00:00.000Z');
    expect(parseRfc822Date('Fri, 30 Jul 99 12:00:00 GMT')).to.equal('1999-07-30T12:00:00.000Z');
    expect(parseRfc822Date('Mon, 1 Jan 49 00:00:00 +0000')).to.equal('2049-01-01T00:00:00.000Z');
    expect(parseRfc822Date('1 July 2025 00:00:00 +0000')).to.equal('2025-07-01T00:00:00.000Z');
  });

  it('reads ISO 8601 instants with offsets, and keeps a bare date bare', () => {
    expect(parseIsoDate('2025-07-29T17:30:00+09:00')).to.equal('2025-07-29T08:30:00.000Z');
    expect(parseIsoDate('2025-07-27T23:59:59.250-05:00')).to.equal('2025-07-28T04:59:59.250Z');
    expect(parseIsoDate('2025-07-29T08:30:00.57Z')).to.equal('2025-07-29T08:30:00.570Z');
    expect(parseIsoDate('2025-07-29 08:30:00+0900')).to.equal('2025-07-28T23:30:00.000Z');
    expect(parseIsoDate('2025-07-29T08:30Z')).to.equal('2025-07-29T08:30:00.000Z');
    expect(parseIsoDate('2025-07-29T08:30:00')).to.equal('2025-07-29T08:30:00.000Z');
    expect(parseIsoDate('2025-07-29')).to.equal('2025-07-29');
    expect(parseIsoDate('2024-02-29')).to.equal('2024-02-29');
  });

  it('rejects what is not a date instead of guessing', () => {
    for (const input of ['', 'yesterday', '2025-02-29', '2025-13-01', '2025-07-29T25:00:00Z', '32 Jul 2025 10:00:00 GMT',
      'Tue, 29 Foo 2025 08:30:00 GMT', '2025-07-29T08:30:00+25:00', '29/07/2025', 'Tue, 29 Jul 2025']) {
      expect(parseFeedDate(input), input).to.equal(undefined);
    }
  });

  it('orders bare dates as that day 00:00 UTC', () => {
    expect(publishedMs('2025-07-29')).to.equal(Date.UTC(2025, 6, 29));
    expect(publishedMs('2025-07-29T00:00:00.001Z')).to.be.greaterThan(publishedMs('2025-07-29'));
    expect(Number.isNaN(publishedMs('soon'))).to.equal(true);
  });

  it('reads dates already in the form it writes as the same dates, and ones that only look so as what they mean', () => {
    // The page's own articles come in the written form: kept as they are, and read for order to the millisecond.
    for (const input of ['2025-07-29', '2024-02-29', '0001-01-01', '2025-07-29T08:30:15.250Z', '9999-12-31T23:59:59.999Z']) {
      expect(parseIsoDate(input), input).to.equal(input);
      expect(publishedMs(input), input).to.equal(Date.parse(input));
    }
    expect(publishedMs('0099-07-29T08:30:00.000Z')).to.equal(Date.parse('0099-07-29T08:30:00.000Z'));
    // The same shape but another instant (the end of day, a leap second) or no day at all.
    expect(parseIsoDate('2025-07-29T24:00:00.000Z')).to.equal('2025-07-30T00:00:00.000Z');
    expect(parseIsoDate('2025-07-29T23:59:60.000Z')).to.equal('2025-07-29T23:59:59.000Z');
    for (const input of ['2025-02-29', '2025-04-31', '0000-01-01', '2025-00-10', '2025-07-29T08:60:00.000Z']) {
      expect(parseIsoDate(input), input).to.equal(undefined);
      expect(Number.isNaN(publishedMs(input)), input).to.equal(true);
    }
  });

  it('round-trips any instant written as RFC 822 with any offset', () => {
    fc.assert(fc.property(instants, offsets, (ms, offset) => {
      expect(parseRfc822Date(rfc822(ms, offset))).to.equal(new Date(ms).toISOString());
    }));
  });

  it('round-trips any instant written in a named zone', () => {
    const zones = {GMT: 0, UT: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420};
    fc.assert(fc.property(instants, fc.constantFrom(...Object.entries(zones)), (ms, [zone, offset]) => {
      expect(parseFeedDate(rfc822(ms, offset, zone))).to.equal(new Date(ms).toISOString());
    }));
  });

  it('round-trips any instant written as RFC 3339 with any offset and milliseconds', () => {
    fc.assert(fc.property(instants, fc.integer({min: 0, max: 999}), offsets, (s, extra, offset) => {
      const ms = s + extra;
      expect(parseFeedDate(rfc3339(ms, offset))).to.equal(new Date(ms).toISOString());
    }));
  });

  it('answers any string with an ISO string or undefined, never a throw', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({unit: 'grapheme-ascii'}).map((s) => `2025-07-29T${s}`),
      fc.string({unit: 'grapheme-ascii'}).map((s) => `Tue, 29 Jul 2025 ${s}`)), (input) => {
      const out = parseFeedDate(input);
      if (out !== undefined) expect(out).to.match(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\.\d{3}Z)?$/);
    }));
  });
});
