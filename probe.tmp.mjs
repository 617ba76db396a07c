import {Converter} from 'opencc-js';
const tw = Converter({from:'cn', to:'tw'}), hk = Converter({from:'cn', to:'hk'});
const list = process.argv.slice(2);
for (const s of list) console.log(s, tw(s), hk(s));
