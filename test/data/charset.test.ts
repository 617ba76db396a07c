import {expect} from '@open-wc/testing';
import {charsetParam, decodeFeed} from '../../src/data/charset.js';

const ascii = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe('decodeFeed', () => {
  // 北韓 in Big5 is A5 5F C1 FA; 朝鲜 in GB18030 is B3 AF CF CA.
  const big5 = [0xa5, 0x5f, 0xc1, 0xfa];
  const gb = [0xb3, 0xaf, 0xcf, 0xca];

  it('reads the charset parameter of Content-Type', () => {
    expect(charsetParam('application/rss+xml; charset=Big5')).to.equal('Big5');
    expect(charsetParam('text/xml;charset="gb18030"; foo=bar')).to.equal('gb18030');
    expect(charsetParam('application/json')).to.equal(undefined);
    expect(decodeFeed(bytes(big5), 'text/xml; charset=big5').text).to.equal('北韓');
    expect(decodeFeed(bytes(gb), 'text/xml; charset=GB18030').text).to.equal('朝鲜');
    expect(decodeFeed(bytes(gb), 'text/xml; charset=gbk').text).to.equal('朝鲜');
  });

  it('falls back to the XML declaration, then UTF-8', () => {
    const declared = bytes(ascii('<?xml version="1.0" encoding="Big5"?><t>'), big5);
    expect(decodeFeed(declared, 'application/xml').text).to.equal('<?xml version="1.0" encoding="Big5"?><t>北韓');
    expect(decodeFeed(new TextEncoder().encode('<t>北韓</t>')).text).to.equal('<t>北韓</t>');
  });

  it('lets the header outrank the declaration, and a BOM outrank both', () => {
    const declaredGb = bytes(ascii("<?xml version='1.0' encoding='gb18030'?>"), big5);
    expect(decodeFeed(declaredGb, 'text/xml; charset=big5').text).to.contain('北韓');
    const bom = bytes([0xef, 0xbb, 0xbf], new TextEncoder().encode('朝鲜'));
    expect(decodeFeed(bom, 'text/xml; charset=big5').text).to.equal('朝鲜');
    const utf16 = bytes([0xff, 0xfe], [0x1d, 0x67, 0x9c, 0x9c]);
    expect(decodeFeed(utf16).text).to.equal('朝鲜');
  });

  it('reads ISO-8859-1 as the windows-1252 browsers mean by it', () => {
    expect(decodeFeed(bytes([0x92, 0xe9]), 'text/xml; charset=iso-8859-1').text).to.equal('’é');
  });

  it('ignores a charset no browser knows instead of failing', () => {
    expect(decodeFeed(new TextEncoder().encode('北韓'), 'text/xml; charset=klingon').text).to.equal('北韓');
  });
});
