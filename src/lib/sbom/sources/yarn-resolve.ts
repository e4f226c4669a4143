/**
 * Finding the lockfile entry a yarn dependency (`name` + `range`) resolved to:
 * by its descriptor, then through package.json `resolutions` (Yarn applies them
 * while resolving, so the dependent still lists the original range), then,
 * when only one entry carries that name, that entry.
 */
import type { Resolution } from './npm-manifest.js'

export class YarnResolver {
  private readonly descriptors = new Map<string, string>()
  private readonly byName = new Map<string, Set<string>>()

  constructor(
    private readonly resolutions: Map<string, Resolution[]>,
    /** berry writes `npm:^1.0.0` where package.json says `^1.0.0`. */
    private readonly normalizeRange: (range: string) => string = (range) =>
      range
  ) {}

  register(name: string, range: string, id: string): void {
    this.descriptors.set(`${name}@${range}`, id)
    let ids = this.byName.get(name)
    if (!ids) this.byName.set(name, (ids = new Set()))
    ids.add(id)
  }

  /** Registers a descriptor only when nothing else claimed it (e.g. the base range inside a patch). */
  registerFallback(name: string, range: string, id: string): void {
    if (!this.descriptors.has(`${name}@${range}`))
      this.register(name, range, id)
  }

  resolve(name: string, range: string): string | undefined {
    const direct =
      this.descriptors.get(`${name}@${range}`) ??
      this.descriptors.get(`${name}@${this.normalizeRange(range)}`)
    if (direct !== undefined) return direct
    for (const override of this.resolutions.get(name) ?? []) {
      if (override.range !== undefined && override.range !== range) continue
      const hit =
        this.descriptors.get(`${name}@${override.value}`) ??
        this.descriptors.get(`${name}@${this.normalizeRange(override.value)}`)
      if (hit !== undefined) return hit
    }
    const ids = this.byName.get(name)
    return ids?.size === 1 ? [...ids][0] : undefined
  }
}
