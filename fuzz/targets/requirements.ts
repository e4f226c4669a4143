import { lockfileTarget } from './support.js'

const H = 'a'.repeat(64)

export default lockfileTarget(
  'requirements.txt',
  [
    `# pinned\nflask==3.0.0 \\\n    --hash=sha256:${H}\nrequests[socks]>=2 ; python_version >= "3.8"\n-r base.txt\n--index-url https://pypi.org/simple\npkg @ https://x.test/pkg-1.2.0.tar.gz\ngit+https://github.com/o/repo.git@abc#egg=repo\n-e ./libs/helper\n`
  ],
  [
    '==',
    '>=',
    '~=',
    ' @ ',
    '--hash=sha256:',
    '\\\n',
    ';',
    '[',
    ']',
    '-r ',
    '-e ',
    '#egg=',
    'git+https://'
  ],
  (n) => /^requirements.*\.txt$/.test(n)
)
