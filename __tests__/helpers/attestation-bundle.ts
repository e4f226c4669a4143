/** A Sigstore bundle shaped as GitHub's attestation store takes it: a DSSE in-toto statement about one subject. */
export function attestationBundle(
  name: string,
  sha256: string,
  predicate: object = {}
): object {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name, digest: { sha256 } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate
  }
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {},
    dsseEnvelope: {
      payloadType: 'application/vnd.in-toto+json',
      payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
      signatures: []
    }
  }
}
