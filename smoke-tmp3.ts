import { seedsActors } from './eval/seeds-actors.js';
await seedsActors.run();
