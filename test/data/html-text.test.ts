import {aTimeout, expect} from '@open-wc/testing';
import fc from 'fast-check';
import {htmlToText, tidyText} from '../../src/data/formats/html-text.js';
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
