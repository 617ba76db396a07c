import {expect} from '@open-wc/testing';
import {guessLang, isChineseLang} from '../../src/data/formats/lang-guess.js';

describe('guessLang', () => {
  it('leaves text without Han characters undetermined', () => {
    expect(guessLang('')).to.equal('und');
    expect(guessLang('Kim Jong Un inspects a munitions factory')).to.equal('und');
    expect(guessLang('Ким Чен Ын')).to.equal('und');
    expect(guessLang('北韓')).to.not.equal('und');
  });

  it('tells Traditional from Simplified by the characters only one script has', () => {
    expect(guessLang('北韓今晨朝東部海域發射彈道飛彈　南韓軍方嚴密監控')).to.equal('zh-Hant');
    expect(guessLang('朝鲜今晨向东部海域发射弹道导弹 韩国军方密切监视')).to.equal('zh-Hans');
    // Mostly one script with a stray character of the other: the majority decides.
    expect(guessLang('北韓與美國對話 气')).to.equal('zh-Hant');
    expect(guessLang('朝鲜与美国对话 氣')).to.equal('zh-Hans');
    // Latin words around the Chinese do not matter.
    expect(guessLang('Kim Jong Un 金正恩視察軍工企業 (KCNA)')).to.equal('zh-Hant');
  });

  it('counts 後 as Traditional but not 后, which Traditional writes for a queen', () => {
    expect(guessLang('金正恩之後')).to.equal('zh-Hant');
    expect(guessLang('金正恩之后')).to.equal('zh');
    expect(guessLang('王后')).to.equal('zh');
  });

  it('says plain zh (read as Simplified) on a tie or when no script-specific character appears', () => {
    expect(guessLang('金正恩')).to.equal('zh');
    expect(guessLang('平壤 2025')).to.equal('zh');
    expect(guessLang('國国')).to.equal('zh');
    expect(guessLang('韓國 韩国')).to.equal('zh');
  });

  it('does not take Japanese or Korean with Hanja for Chinese', () => {
    expect(guessLang('北朝鮮が弾道ミサイルを発射')).to.equal('und');
    expect(guessLang('北朝鮮、弾道ミサイル発射')).to.equal('und');
    expect(guessLang('北, 탄도미사일 발사…軍 "경계 강화"')).to.equal('und');
    // の, ・ and ー appear in Chinese too; a Hangul word in a Chinese sentence does not make it Korean.
    expect(guessLang('台灣の味 北韓軍隊')).to.equal('zh-Hant');
    expect(guessLang('川普・金正恩會談')).to.equal('zh-Hant');
    expect(guessLang('南韓流行語「대박」傳到北韓')).to.equal('zh-Hant');
  });
});

describe('isChineseLang', () => {
  it('is true for zh and its Chinese relatives, whatever the case and separator', () => {
    for (const tag of ['zh', 'ZH', 'zh-TW', 'zh_tw', 'zh-Hant-HK', 'zh-Hans', 'cmn-Hans-CN', 'yue']) {
      expect(isChineseLang(tag), tag).to.equal(true);
    }
    for (const tag of ['en', 'en-US', 'ko', 'ja', 'und', 'zha', '', undefined]) {
      expect(isChineseLang(tag), String(tag)).to.equal(false);
    }
  });
});
