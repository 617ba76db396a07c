// One article's markup (src/view/article-view.ts), below the elements that draw it.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {render} from 'lit';
import {headlineText} from '../src/view/article-view.js';

/** The rule as first written: the last two characters before closing punctuation, when there are four or more. */
function lastTwoAsWritten(title: string): string | undefined {
  const core = title.replace(/[\p{P}\s]*$/u, '');
  const chars = [...core];
  return chars.length < 4 ? undefined : title.slice(core.length - chars.slice(-2).join('').length);
}

function shown(title: string) {
  const box = document.createElement('div');
  render(headlineText(title), box);
  return {text: box.textContent, together: box.querySelector('.nobr')?.textContent ?? undefined};
}

describe('headlines', () => {
  it('keep their last two characters together, before closing punctuation', () => {
    expect(shown('金與正：任何會談都無法讓北韓放棄核武').together).to.equal('核武');
    expect(shown('北韓試射飛彈。」').together).to.equal('飛彈。」');
    expect(shown('北韓試射').together).to.equal('試射');
    expect(shown('試射。').together).to.equal(undefined);
    expect(shown('𠀋𠀋𠀋𠀋').together).to.equal('𠀋𠀋');
    // Closing punctuation outside the BMP (Kaithi's 𑂻) counts as closing too.
    expect(shown('北韓試射𑂻').together).to.equal('試射𑂻');
  });

  it('split as the rule says for any text, astral characters and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.oneof(fc.constantFrom('北', '韓', '。', '」', ' ', '𠀋', '\uD840', '\uDC0B', 'a', '!', '𑂻'), fc.string({minLength: 1, maxLength: 1, unit: 'binary'}))}), (title) => {
        const {text, together} = shown(title);
        expect(text).to.equal(title);
        expect(together).to.equal(lastTwoAsWritten(title));
      }),
      {numRuns: 500}
    );
  });
});
