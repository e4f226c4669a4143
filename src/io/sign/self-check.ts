/**
 * With `trusted-root`, every bundle is verified by sigstore-js against it
 * before anything is written: a certificate from the wrong CA, a log or a
 * TSA the root does not know, or a time outside the certificate fails the
 * run instead of shipping signatures nobody can verify.
 *
 * A message signature is checked without reading the file again: we made
 * the signature with our key a moment ago, so the check that matters is
 * that the certificate's key is that key (everything else, chain, SCTs,
 * log entry and timestamps, is checked as a verifier checks it).
 */
import type { KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Bundle } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import type { Verifier } from '@sigstore/verify'
import { toTrustMaterial } from '@sigstore/verify'
import { InputError, VerificationError } from '../../lib/errors.js'
import { createEntityBuilder } from '../verify/entity.js'
import { createRunVerifier } from '../verify/verifier.js'

export interface BundleChecker {
  /** Throws a VerificationError naming `what` when `bundle` does not verify. */
  check(bundle: Bundle, signingKey: KeyObject, what: string): void
}

/**
 * The trusted root is read and turned into trust material once, and one
 * verifier (per transparency-log threshold) serves every bundle of the run,
 * with verify's caches: the certificate every bundle shares is parsed and
 * its chain and SCTs checked once.
 */
export async function loadBundleChecker(
  trustedRootPath: string,
  inputName = 'trusted-root'
): Promise<BundleChecker> {
  let root: TrustedRoot
  try {
    root = TrustedRoot.fromJSON(
      JSON.parse(await readFile(trustedRootPath, 'utf8'))
    )
  } catch (error) {
    throw new InputError(
      'SIGN_TRUSTED_ROOT_UNREADABLE',
      `input "${inputName}": ${trustedRootPath} is not a readable trusted_root.json`,
      { cause: error }
    )
  }
  // A keyed bundle names no key the root knows: the check in progress
  // supplies the key it signed with (verification is synchronous).
  let signingKeyInCheck: KeyObject | undefined
  const material = toTrustMaterial(root, () => {
    if (!signingKeyInCheck) throw new Error('no signing key for this check')
    return { publicKey: signingKeyInCheck, validFor: () => true }
  })
  const verifiers = new Map<number, Verifier>()
  const verifierFor = (tlogThreshold: number): Verifier => {
    let verifier = verifiers.get(tlogThreshold)
    if (!verifier) {
      verifier = createRunVerifier(material, {
        tlogThreshold,
        ctlogThreshold: 0,
        timestampThreshold: 1
      })
      verifiers.set(tlogThreshold, verifier)
    }
    return verifier
  }
  const toEntity = createEntityBuilder()
  return {
    check(bundle, signingKey, what) {
      const entity = toEntity(bundle, Buffer.alloc(0))
      if (bundle.content.$case === 'messageSignature') {
        const content = entity.signature
        entity.signature = {
          signature: content.signature,
          compareSignature: (s) => content.compareSignature(s),
          compareDigest: (d) => content.compareDigest(d),
          compareSignedDigest: (d) => content.compareSignedDigest(d),
          verifySignature: (key) => key.equals(signingKey)
        }
      }
      signingKeyInCheck = signingKey
      try {
        verifierFor(bundle.verificationMaterial.tlogEntries.length).verify(
          entity
        )
      } catch (error) {
        const code = (error as { code?: unknown }).code
        throw new VerificationError(
          'SIGN_SELF_CHECK_FAILED',
          `the bundle for ${what} does not verify against ${trustedRootPath} (${typeof code === 'string' ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}): check that "trusted-root" describes the instance you sign with`,
          { cause: error }
        )
      } finally {
        signingKeyInCheck = undefined
      }
    }
  }
}
