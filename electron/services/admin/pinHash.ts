import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import {
  pinHashSchema,
  scryptParamsSchema,
  type PinHash,
  type ScryptParams,
} from '../../../common/admin/pinRecord'

/** ~16 MiB and a few tens of milliseconds per try on a kiosk PC: slow to brute-force a stolen file. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 16_384, r: 8, p: 1, keyLength: 32 }
/**
 * The cost of a PIN hash carried by a provisioning package (N = 2^17): ~0.36 s of CPU and 128 MiB
 * per try, measured on the development machine. Records made with cheaper params still verify,
 * since each hash keeps its own params.
 */
export const PACKAGE_SCRYPT: ScryptParams = { N: 131_072, r: 8, p: 1, keyLength: 32 }
const SALT_BYTES = 16

function derive(pin: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 128 * params.N * params.r * params.p * 2,
  }
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFC'), salt, params.keyLength, options, (err, key) =>
      err ? reject(err) : resolve(key),
    )
  })
}

/** Hashes a PIN with scrypt and a fresh random salt; the PIN itself is never kept anywhere. */
export async function hashPin(
  pin: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<PinHash> {
  const salt = randomBytes(SALT_BYTES)
  const hash = await derive(pin, salt, params)
  return {
    algorithm: 'scrypt',
    params,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  }
}

/**
 * True when `pin` derives the stored hash. The comparison is constant-time (`timingSafeEqual`),
 * so response times say nothing about how many bytes matched.
 */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64')
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored.params)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

export { pinHashSchema, scryptParamsSchema, type PinHash, type ScryptParams }
