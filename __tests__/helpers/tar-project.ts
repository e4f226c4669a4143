/** A small project whose build packs src/ into dist/app.tar.gz reproducibly. */
import { createRepo } from './git-fixture.js'

export const TAR_BUILD = 'sh build.sh'

export function createTarProject(
  extra: Record<string, string> = {}
): Promise<{ dir: string; commit: string }> {
  return createRepo({
    'src/app.txt': 'hello\n',
    'build.sh': [
      'set -eu',
      'rm -rf dist && mkdir -p dist',
      'tar --sort=name --mtime=@$SOURCE_DATE_EPOCH --owner=0 --group=0 --numeric-owner -C src -cf - . | gzip -n > dist/app.tar.gz',
      ''
    ].join('\n'),
    ...extra
  })
}
