// Public surface of duplicate detection: exact (content hash) and near (MinHash + LSH).
export { copyIdFor, documentIdFor, hashBodyText, hashRawInput, normalizeBodyText } from './hash-body-text.js';
export { hash32, shingleWords } from './shingle-words.js';
export { estimateSimilarity, minhashSignature, SIGNATURE_SIZE } from './minhash.js';
export { LSH_BANDS, lshBandKeys } from './lsh-band-keys.js';
export { MIN_SHINGLES, NEAR_DUPLICATE_THRESHOLD, pickNearDuplicate } from './pick-near-duplicate.js';
export type { DuplicateCandidate } from './pick-near-duplicate.js';
export { signatureFromBytes, signatureToBytes } from './signature-bytes.js';
