// Public surface of the actors stage: the finder and resolver stages, user dictionaries, and
// name/code look-ups for the CLI and API.
export { makeMentionFinder } from './find-mentions.js';
export type { ActorStageOptions } from './find-mentions.js';
export { makeMentionResolver } from './resolve-mentions.js';
export { resolveStateQuery, stateName, lookupActorCode } from './state-query.js';
export { loadUserActors, UserActorsError } from './load-user-actors.js';
export { checkActorData } from './check-actor-data.js';
export { compileActorData } from './compile-actor-data.js';
export { roleOnDate } from './role-on-date.js';
export { baseDictionary } from './build-dictionary.js';
export type { ActorDictionary, ActorRecord, ActorRole } from './build-dictionary.js';
