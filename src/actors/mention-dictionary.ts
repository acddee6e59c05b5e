// Links a mention list to the dictionary that produced it, so the resolver stage (made without
// options) looks up office holders in the same dictionary the finder used, user entries included.
import type { Mention } from '../core/index.js';
import type { ActorDictionary } from './build-dictionary.js';

export const dictionaryOfMentions = new WeakMap<readonly Mention[], ActorDictionary>();
