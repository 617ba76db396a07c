// Times on any server (issue 22, Time zone): the same HTML under TZ=UTC, America/New_York and
// Asia/Shanghai, each a child Node process rendering the same feed; times and the timeline's days
// in UTC with the zone named unless the timeZone option says another; a bad zone a TypeError.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {renderFeed} from '../../src/ssr/index.js';
import {publishedDay} from '../../src/i18n/format-day.js';
import {article, send, upstream, type Upstream} from './helpers.js';

const root = new URL('../../', import.meta.url).pathname;
/** 19:45 in Beijing; 01:30 the next day in Beijing (12:30 in New York); 22:00 the day before in New York. */
const instants = ['2026-11-30T11:45:00.000Z', '2026-11-30T17:30:00.000Z', '2026-12-01T03:00:00.000Z'];
const feed = JSON.stringify({version: 1, articles: instants.map((published, i) => ({...article(`t${i}`), published}))});

let up: Upstream;
let dir: string;
before(async () => {
  up = await upstream({'/feed.json': send(feed)});
  dir = await mkdtemp(path.join(tmpdir(), 'nk-tz-'));
  await writeFile(path.join(dir, 'render.mts'), `import {renderFeed, renderTimeline} from ${JSON.stringify(path.join(root, 'src/ssr/index.ts'))};
const src = process.argv[2];
const options = {allowPrivateNetwork: true};
const shanghai = {...options, timeZone: 'Asia/Shanghai'};
console.log(JSON.stringify({
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  feed: await renderFeed({src}, options),
  timeline: await renderTimeline({src}, options),
  feedShanghai: await renderFeed({src}, shanghai),
  timelineShanghai: await renderTimeline({src, variant: 'zh-CN'}, shanghai),
}));
`);
});
after(async () => {
  await up.close();
  await rm(dir, {recursive: true, force: true});
});

const run = promisify(execFile);
type Pages = Record<'zone' | 'feed' | 'timeline' | 'feedShanghai' | 'timelineShanghai', string>;

/** The pages a child Node process renders with `TZ=zone`. */
async function renderedIn(zone: string): Promise<Pages> {
  const {stdout} = await run(process.execPath, ['--import', 'tsx', path.join(dir, 'render.mts'), `${up.base}/feed.json`],
    {cwd: root, env: {...process.env, TZ: zone}, timeout: 60_000, maxBuffer: 16 * 1024 * 1024});
  return JSON.parse(stdout) as Pages;
}

/** The text of every `<time>` in a page, markers and tags out. */
const times = (html: string) => [...html.matchAll(/<time\b[^>]*>([^]*?)<\/time/g)].map((m) => m[1]!.replace(/<!--[^>]*-->/g, '').trim());

describe('server rendering writes times alike on any server', () => {
  test('TZ=UTC, America/New_York, Asia/Shanghai: the same HTML', {timeout: 120_000}, async () => {
    const [utc, newYork, shanghai] = await Promise.all(['UTC', 'America/New_York', 'Asia/Shanghai'].map(renderedIn));
    // Each child really ran in its zone.
    assert.deepEqual([utc!.zone, newYork!.zone, shanghai!.zone], ['UTC', 'America/New_York', 'Asia/Shanghai']);
    for (const key of ['feed', 'timeline', 'feedShanghai', 'timelineShanghai'] as const) {
      assert.equal(newYork![key], utc![key], `${key}: New York`);
      assert.equal(shanghai![key], utc![key], `${key}: Shanghai`);
    }
    // By default in UTC, named; newest first.
    assert.deepEqual(times(utc!.feed), ['2026年12月1日 上午3:00 [UTC]', '2026年11月30日 下午5:30 [UTC]', '2026年11月30日 上午11:45 [UTC]']);
    assert.deepEqual(times(utc!.timeline).filter((t) => !t.includes('[')), ['12月1日 週二', '11月30日 週一'].map((t) => t.replace(' ', '')));
    // timeZone: Beijing's clock and days: 01:30 and 11:00 fall on 1 December there.
    assert.deepEqual(times(utc!.feedShanghai), ['2026年12月1日 上午11:00 [GMT+8]', '2026年12月1日 上午1:30 [GMT+8]', '2026年11月30日 下午7:45 [GMT+8]']);
    const days = times(utc!.timelineShanghai).filter((t) => !t.includes('GMT'));
    assert.deepEqual(days, ['12月1日周二', '11月30日周一']);
    assert.match(utc!.timelineShanghai, /<nk-timeline[^>]*data-nk-time-zone="Asia\/Shanghai"/);
  });

  test('a timeZone Intl does not know is a TypeError; a known one is written as Intl names it', async () => {
    for (const timeZone of ['Mars/Olympus', '', '+08:00x', 42 as unknown as string]) {
      await assert.rejects(renderFeed({limit: '1'}, {timeZone}), TypeError, String(timeZone));
    }
    const html = await renderFeed({src: `${up.base}/feed.json`, limit: '1'}, {allowPrivateNetwork: true, timeZone: 'asia/taipei'});
    assert.match(html, /data-nk-time-zone="Asia\/Taipei"/);
    assert.deepEqual(times(html), ['2026年12月1日 上午11:00 [GMT+8]']);
  });

  test('publishedDay: a bare date is its own day; an instant, its day in the zone given', () => {
    assert.equal(publishedDay('2026-11-30'), '2026-11-30');
    assert.equal(publishedDay('2026-11-30', 'Pacific/Kiritimati'), '2026-11-30');
    assert.equal(publishedDay('2026-11-30T17:30:00.000Z', 'UTC'), '2026-11-30');
    assert.equal(publishedDay('2026-11-30T17:30:00.000Z', 'Asia/Shanghai'), '2026-12-01');
    assert.equal(publishedDay('2026-12-01T03:00:00.000Z', 'America/New_York'), '2026-11-30');
  });
});
