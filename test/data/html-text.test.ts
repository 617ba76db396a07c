import {aTimeout, expect} from '@open-wc/testing';
import fc from 'fast-check';
import {htmlToText} from '../../src/data/formats/html-text.js';
import {collapse, tidyText} from '../../src/data/formats/whitespace.js';
import {collapsed, htmlEscape} from './helpers.js';

declare global {
  interface Window { nkPwned?: number }
}

describe('htmlToText', () => {
  it('keeps the text of markup, decodes entities and collapses whitespace', () => {
    expect(htmlToText('<p>Kim&nbsp;Jong&nbsp;Un <b>met</b>\n\n  envoys &amp; aides.</p>')).to.equal('Kim Jong Un met envoys & aides.');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
    expect(htmlToText('<p>one</p><p>two</p><ul><li>three</li><li>four</li></ul>')).to.equal('one two three four');
    expect(htmlToText('a<br>b')).to.equal('a b');
  });

  it('puts no space for a line break, <br> or paragraph edge between Chinese text (CSS segment breaks)', () => {
    expect(htmlToText('<p>川普與金正恩會面。<br>白宮表示，雙方同意再談。</p>')).to.equal('川普與金正恩會面。白宮表示，雙方同意再談。');
    expect(htmlToText('<p>川普與金正恩會面。</p>\n  <p>白宮表示…</p>')).to.equal('川普與金正恩會面。白宮表示…');
    expect(htmlToText('北韓今天上午\n    發射彈道飛彈')).to.equal('北韓今天上午發射彈道飛彈');
    expect(htmlToText('<b>北韓</b>\r\n<i>發射</i>')).to.equal('北韓發射');
    // Full-width and CJK punctuation count as Chinese on either side.
    expect(htmlToText('（中央社）<br>\n記者王小明／首爾')).to.equal('（中央社）記者王小明／首爾');
    expect(htmlToText('他說：<br>「不會讓步」')).to.equal('他說：「不會讓步」');
    // Bodies keep their <br> and paragraphs; a source line break inside a line goes as above.
    expect(htmlToText('<p>北韓今天\n發射飛彈。<br>南韓：</p><p>將嚴密監控。</p>', {paragraphs: true}))
      .to.equal('北韓今天發射飛彈。\n南韓：\n\n將嚴密監控。');
  });

  it('keeps one space where Latin text is on either side, or where no line break is', () => {
    expect(htmlToText('Kim<br>met Trump')).to.equal('Kim met Trump');
    expect(htmlToText('首爾<br>Seoul')).to.equal('首爾 Seoul');
    expect(htmlToText('KCNA\n朝中社')).to.equal('KCNA 朝中社');
    expect(htmlToText('600<br>公里')).to.equal('600 公里');
    // A space typed between Chinese words is the writer's: it stays.
    expect(htmlToText('<p>李在明今 (4) 日表示</p>')).to.equal('李在明今 (4) 日表示');
    expect(htmlToText('<p>北韓 南韓</p>')).to.equal('北韓 南韓');
    expect(htmlToText('北韓&nbsp;南韓')).to.equal('北韓 南韓');
    // An ideographic space is a full-width character the writer chose: it stays full-width.
    expect(htmlToText('北韓　南韓')).to.equal('北韓　南韓');
  });

  it('applies the rule to plain text only where the whitespace holds a line break', () => {
    expect(collapse('北韓今天\n發射飛彈')).to.equal('北韓今天發射飛彈');
    expect(collapse('北韓今天 \r\n 發射飛彈')).to.equal('北韓今天發射飛彈');
    expect(collapse('李在明今 (4) 日')).to.equal('李在明今 (4) 日');
    expect(collapse('李在明 今日')).to.equal('李在明 今日');
    expect(collapse('Lee Jae-myung\nsaid')).to.equal('Lee Jae-myung said');
    expect(tidyText('北韓今天\n發射飛彈。\n\n南韓軍方表示')).to.equal('北韓今天發射飛彈。南韓軍方表示');
    expect(tidyText('北韓今天\n發射飛彈。\n\n南韓軍方表示', {paragraphs: true})).to.equal('北韓今天\n發射飛彈。\n\n南韓軍方表示');
  });

  it('drops scripts, styles and other non-prose, and shows images by their alt text', () => {
    expect(htmlToText('<style>p{}</style><p>Text</p><script>var x = 1;</script><template>t</template>')).to.equal('Text');
    expect(htmlToText('See <img src="x.png" alt="the map"> here')).to.equal('See the map here');
  });

  it('keeps paragraphs and line breaks for bodies', () => {
    expect(htmlToText('<p>One.</p>\n<p>Two <i>too</i>.</p><div>Three<br>line</div>', {paragraphs: true}))
      .to.equal('One.\n\nTwo too.\n\nThree\nline');
    expect(htmlToText('a<br><br><br>b', {paragraphs: true})).to.equal('a\n\nb');
    expect(tidyText('  one\r\n two \n\n\n three ', {paragraphs: true})).to.equal('one\ntwo\n\nthree');
  });

  it('runs no script and loads no image of the markup it reads', async () => {
    window.nkPwned = 0;
    const before = performance.getEntriesByType('resource').length;
    htmlToText('<img src="/feeds/pixel.gif?never" onerror="window.nkPwned = 1"><script>window.nkPwned = 2</script>' +
      '<svg onload="window.nkPwned = 3"></svg><iframe srcdoc="<script>parent.nkPwned = 4</script>"></iframe>');
    await aTimeout(100);
    expect(window.nkPwned).to.equal(0);
    const loaded = performance.getEntriesByType('resource').slice(before).map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('pixel.gif'))).to.deep.equal([]);
  });

  it('reads markup nested deeper than any stack, as browsers do: the text stays', () => {
    const deep = 100_000;
    expect(htmlToText(`${'<b>'.repeat(deep)}deep${'</b>'.repeat(deep)} after`)).to.equal('deep after');
    expect(htmlToText(`${'<div>'.repeat(deep)}<img src="/a.png" alt="alt">x`, {paragraphs: true})).to.equal('alt x');
    // Closing what is not open costs no more than closing what is.
    expect(htmlToText(`${'<b>'.repeat(1000)}${'</i>'.repeat(deep)}x`)).to.equal('x');
  });

  it('gives back any escaped text exactly, whitespace collapsed', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme'}).map((s) => s.replace(/[\0\r]/g, '')), (text) => {
      expect(htmlToText(htmlEscape(text))).to.equal(collapsed(text));
    }));
  });

  it('never returns markup-shaped whitespace: one line, trimmed, for any input', () => {
    fc.assert(fc.property(fc.string(), (html) => {
      const text = htmlToText(html);
      expect(text).to.equal(text.trim());
      expect(text).to.not.match(/\s{2,}|\n/);
    }));
  });
});

describe('htmlToText as a reader reads Chinese feed markup', () => {
  it('parts list items, which would otherwise run together between Chinese characters', () => {
    expect(htmlToText('<ul><li>第一點</li><li>第二點</li></ul>')).to.equal('第一點 第二點');
    expect(htmlToText('<p>導言</p><ol><li>甲</li><li>乙</li></ol>')).to.equal('導言 甲 乙');
    expect(htmlToText('<ul><li>第一點</li><li>第二點</li></ul>', {paragraphs: true})).to.equal('第一點\n第二點');
  });
});
