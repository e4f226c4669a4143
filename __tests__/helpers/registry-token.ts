/**
 * A token server for docker's token authentication, as the tests run it
 * beside Debian's docker-registry: GET /token with Basic credentials
 * answers a JWT (ES256, the signing certificate in `x5c`) granting the
 * scope asked for; without the right credentials, 401. The certificate is
 * made by openssl; the registry trusts it through `rootcertbundle`.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SignJWT } from 'jose'
import { exec } from './sbom-interop.js'

export const TOKEN_SERVICE = 'provenant-test-registry'
export const TOKEN_ISSUER = 'provenant-test-token-server'

export interface TokenServer {
  realm: string
  /** The registry config's `auth:` section. */
  authConfig: string
  /** Token requests seen (with or without credentials). */
  requests: number
  close(): Promise<void>
}

export async function startTokenServer(
  dir: string,
  user: { username: string; password: string }
): Promise<TokenServer> {
  const key = path.join(dir, 'token.key')
  const cert = path.join(dir, 'token.crt')
  await exec('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-subj',
    '/CN=token',
    '-days',
    '1'
  ])
  const privateKey = crypto.createPrivateKey(await readFile(key))
  const der = new crypto.X509Certificate(await readFile(cert)).raw
  const expected = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`
  const state = { requests: 0 }
  const server = http.createServer((req, res) => {
    state.requests += 1
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname !== '/token' || req.headers.authorization !== expected) {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ details: 'wrong credentials' }))
      return
    }
    const access = url.searchParams.getAll('scope').flatMap((scope) => {
      const [type, name, actions] = scope.split(':')
      return type && name && actions
        ? [{ type, name, actions: actions.split(',') }]
        : []
    })
    void new SignJWT({ access })
      .setProtectedHeader({
        alg: 'ES256',
        typ: 'JWT',
        x5c: [der.toString('base64')]
      })
      .setIssuer(TOKEN_ISSUER)
      .setSubject(user.username)
      .setAudience(url.searchParams.get('service') ?? '')
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('5m')
      .setJti(crypto.randomUUID())
      .sign(privateKey)
      .then((token) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ token, expires_in: 300 }))
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const realm = `http://127.0.0.1:${port}/token`
  return {
    realm,
    authConfig: `auth:\n  token:\n    realm: ${realm}\n    service: ${TOKEN_SERVICE}\n    issuer: ${TOKEN_ISSUER}\n    rootcertbundle: ${cert}\n`,
    get requests() {
      return state.requests
    },
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

/** An Authorization header for pulling `repository`, from the token server with the user's credentials. */
export async function bearer(
  tokens: TokenServer,
  repository: string,
  user: { username: string; password: string }
): Promise<string> {
  const url = `${tokens.realm}?service=${TOKEN_SERVICE}&scope=repository:${repository}:pull`
  const basic = Buffer.from(`${user.username}:${user.password}`).toString(
    'base64'
  )
  const response = await fetch(url, {
    headers: { authorization: `Basic ${basic}` }
  })
  if (!response.ok) throw new Error(`token server: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  return `Bearer ${token}`
}

/** A docker config.json in `dir` holding the user's credentials for `host` (docker login). */
export async function writeDockerConfig(
  dir: string,
  host: string,
  user: { username: string; password: string }
): Promise<void> {
  await mkdir(dir, { recursive: true })
  const auth = Buffer.from(`${user.username}:${user.password}`).toString(
    'base64'
  )
  await writeFile(
    path.join(dir, 'config.json'),
    JSON.stringify({ auths: { [host]: { auth } } })
  )
}
