import { mentionsBench } from './bench/mentions.js';
await mentionsBench.run();
