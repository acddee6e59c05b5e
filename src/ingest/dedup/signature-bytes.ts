/** A signature as stored (little-endian uint32s in a BLOB). */
export function signatureToBytes(signature: Uint32Array): Buffer {
  const bytes = Buffer.alloc(signature.length * 4);
  signature.forEach((value, i) => bytes.writeUInt32LE(value, i * 4));
  return bytes;
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const signature = new Uint32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < signature.length; i++) signature[i] = buffer.readUInt32LE(i * 4);
  return signature;
}
