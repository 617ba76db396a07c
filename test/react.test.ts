import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {createElement, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import {createRoot, type Root} from 'react-dom/client';
import {EventCard, NewsFeed, ScriptSwitch, Timeline} from '../src/react/index.js';
import type {ArticleSelectEvent, FilterChangeEvent, LoadEvent, VariantChangeEvent} from '../src/react/index.js';
import {corpus} from '../src/corpus/index.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {clickOn, headlines, makeArticle, part, showing, until} from './helpers.js';

describe('nk-news/react', () => {
  let host: HTMLElement;
  let root: Root;

  /** Renders with react-dom into a fresh container and returns the element React made. */
  function render<T extends Element>(node: ReactNode, tag: string): T {
    flushSync(() => root.render(node));
    return host.querySelector<T>(tag)!;
  }

  beforeEach(() => {
    forgetVariant();
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
  });

  afterEach(() => {
    root.unmount();
    host.remove();
    forgetVariant();
  });

  it('NewsFeed renders the corpus, passes props, reports nk-load and a clicked article to its handlers', async () => {
    const stories = await corpus();
    const loads: LoadEvent[] = [];
    const selected: ArticleSelectEvent[] = [];
    const onNkArticleSelect = (event: ArticleSelectEvent) => {
      event.preventDefault();
      selected.push(event);
    };
    const feed = render(createElement(NewsFeed, {limit: 3, onNkLoad: (e) => loads.push(e), onNkArticleSelect}), 'nk-news-feed');
    await showing(feed, 3);
    expect(headlines(feed)).to.deep.equal(stories.slice(0, 3).map((s) => s.title));
    await until(() => loads.length === 1, 'onNkLoad was not called');
    expect(loads[0]!.detail.count).to.equal(stories.length);

    await clickOn(feed.shadowRoot!.querySelectorAll('[part~="summary"]')[1]!);
    expect(selected.map((e) => e.detail.article.title)).to.deep.equal([stories[1]!.title]);

    // A new prop from React reaches the element as a property.
    render(createElement(NewsFeed, {limit: 2, onNkArticleSelect}), 'nk-news-feed');
    await showing(feed, 2);
    await expect(feed).to.be.accessible();
  });

  it('EventCard takes an article object as a prop and is accessible', async () => {
    const article = makeArticle({id: 'r1', title: '平壤宣布新的飛彈試射', summary: '朝中社報導。', sources: ['朝中社']});
    const card = render(createElement(EventCard, {article}), 'nk-event-card');
    await showing(card, 1);
    expect(part(card, 'headline')!.textContent!.trim()).to.equal('平壤宣布新的飛彈試射');
    expect(part(card, 'summary')!.textContent).to.equal('朝中社報導。');
    await expect(card).to.be.accessible();
  });

  it('Timeline passes the search the reader types to onNkFilterChange', async () => {
    const articles = [
      makeArticle({id: 'a', title: '金與正發表談話', published: '2025-07-02'}),
      makeArticle({id: 'b', title: '韓美聯合軍演', published: '2025-07-01'}),
    ];
    const changes: FilterChangeEvent[] = [];
    const timeline = render(
      createElement(Timeline, {articles, searchable: true, onNkFilterChange: (e) => changes.push(e)}),
      'nk-timeline'
    );
    await showing(timeline, 2);
    await clickOn(part(timeline, 'search')!);
    await sendKeys({type: '軍演'});
    await until(() => changes.some((e) => e.detail.query === '軍演'), () => `onNkFilterChange saw ${JSON.stringify(changes.map((e) => e.detail.query))}`);
    await showing(timeline, 1);
    expect(headlines(timeline)).to.deep.equal(['韓美聯合軍演']);
  });

  it('ScriptSwitch reports the clicked choice to onNkVariantChange, and a NewsFeed beside it turns Simplified', async () => {
    const changes: VariantChangeEvent[] = [];
    const article = makeArticle({id: 'v', title: '北韓發射飛彈', lang: 'zh-Hant-TW'});
    flushSync(() =>
      root.render(
        createElement('div', null,
          createElement(ScriptSwitch, {onNkVariantChange: (e) => changes.push(e)}),
          createElement(NewsFeed, {articles: [article]}))
      )
    );
    const feed = host.querySelector('nk-news-feed')!;
    const toggle = host.querySelector('nk-script-switch')!;
    await showing(feed, 1);
    expect(headlines(feed)).to.deep.equal(['北韓發射飛彈']);
    const simplified = [...toggle.shadowRoot!.querySelectorAll('[part~="option"]')].find((o) => o.textContent!.trim() === '简')!;
    await clickOn(simplified);
    await until(() => changes.length === 1, 'onNkVariantChange was not called');
    expect(changes[0]!.detail.variant).to.equal('zh-CN');
    await until(() => headlines(feed)[0] === '朝鲜发射导弹', () => `the feed shows ${headlines(feed)[0]}`);
  });
});
