import { checkActorData, compileActorData } from './src/actors/index.js';
const p = checkActorData(); console.log(p.slice(0, 20)); if (!p.length) compileActorData();
