import {expect} from '@open-wc/testing';
import {variants} from '../src/core/vocabulary.js';
describe('smoke', () => {
  it('runs', () => { expect(variants).to.have.length(3); });
});
