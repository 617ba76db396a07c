import {expect} from '@open-wc/testing';
import {variants} from '../src/data/article.js';
describe('smoke', () => {
  it('runs', () => { expect(variants).to.have.length(3); });
});
