import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseAtom} from '../../src/data/formats/atom.js';
import {parseJson} from '../../src/data/formats/json.js';
import {parseJsonFeed} from '../../src/data/formats/jsonfeed.js';
import {parseRss} from '../../src/data/formats/rss.js';
import {parseFeed, type FeedFormat} from '../../src/data/parse.js';
import {articles, expectResult, fixture, jsonSoup, xmlSoup} from './helpers.js';
import {served} from '../helpers.js';

describe('parseFeed', () => {
  const formats: [string, FeedFormat, (text: string, url?: string) => ReturnType<typeof parseFeed>][] = [
    ['rss2.xml', 'rss', parseRss],
    ['rss1.rdf', 'rss', parseRss],
    ['atom.xml', 'atom', parseAtom],
    ['jsonfeed.json', 'jsonfeed', parseJsonFeed],
    ['jsonfeed-1.0.json', 'jsonfeed', parseJsonFeed],
    ['nk-news.json', 'json', parseJson],
  ];

  for (const [name, format, parser] of formats) {
    it(`sniffs ${name} as ${format}, whatever Content-Type it came with`, async () => {
      const {text, url} = await fixture(name);
      const expected = articles(parser(text, url));
      expect(expected.length).to.be.greaterThan(0);
      for (const contentType of [undefined, 'text/html', 'text/plain', 'application/octet-stream']) {
        expect(articles(parseFeed(text, {url, contentType})), `${contentType}`).to.deep.equal(expected);
      }
      expect(articles(parseFeed(text, {url, format}))).to.deep.equal(expected);
    });
  }

  it('reads a feed with a BOM and leading whitespace', async () => {
    const {text, url} = await fixture('rss2.xml');
    expect(articles(parseFeed(`\uFEFF\n  ${text}`, {url})).length).to.equal(articles(parseRss(text, url)).length);
  });

  it('names an HTML page not-a-feed, and points to the feed it advertises', async () => {
    const {text, url} = await fixture('page.html');
    const r = parseFeed(text, {url, contentType: 'text/html; charset=utf-8'});
    expect(r.ok || r.error.code).to.equal('not-a-feed');
    expect(r.ok || r.error.message).to.contain(served('/feeds/rss2.xml'));
    const bare = parseFeed('<html><body><p>Hello<br></body></html>');
    expect(bare.ok || bare.error.code).to.equal('not-a-feed');
  });

  it('tells empty, malformed, and not-a-feed apart', () => {
    const code = (text: string, contentType?: string, format?: FeedFormat) => {
      const r = parseFeed(text, {contentType, format});
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code('')).to.equal('empty');
    expect(code(' \n\t ')).to.equal('empty');
    expect(code('\uFEFF')).to.equal('empty');
    expect(code('{"version": 1, "articles": [', 'application/json')).to.equal('parse');
    expect(code('<rss version="2.0"><channel><item>')).to.equal('parse');
    expect(code('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>')).to.equal('parse');
    expect(code('Service unavailable', 'application/json')).to.equal('parse');
    expect(code('Service unavailable', 'application/rss+xml')).to.equal('parse');
    expect(code('Service unavailable', 'text/plain')).to.equal('not-a-feed');
    expect(code('{"hello": "world"}')).to.equal('not-a-feed');
    expect(code('<?xml version="1.0"?><urlset><url/></urlset>')).to.equal('not-a-feed');
    expect(code('<rss version="2.0"><channel></channel></rss>')).to.equal('ok');
    expect(code('<rss/>', undefined, 'nonsense' as FeedFormat)).to.equal('invalid');
  });

  it('answers anything with articles or a typed error, never a throw', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), xmlSoup, jsonSoup),
      fc.constantFrom(undefined, 'text/html', 'application/json', 'application/rss+xml'),
      fc.constantFrom<FeedFormat>('auto', 'json', 'jsonfeed', 'rss', 'atom'),
      (text, contentType, format) => expectResult(parseFeed(text, {contentType, format, url: 'https://x.example/f'}))),
    {numRuns: 400});
  });
});
