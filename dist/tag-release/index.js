import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(5519)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5733)
const { safeRe: re, t } = __nccwpck_require__(3191)

const parseOptions = __nccwpck_require__(7308)
const { compareIdentifiers } = __nccwpck_require__(9916)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 6061:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 1817:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 5733:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 5519:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 9916:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 7308:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 3191:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5733)
const debug = __nccwpck_require__(5519)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 517:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7943);


await (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7943:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(8550);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __nccwpck_require__(7748);
// EXTERNAL MODULE: ./packages/registry/src/reference.ts
var reference = __nccwpck_require__(341);
// EXTERNAL MODULE: ./packages/registry/src/image-list.ts
var image_list = __nccwpck_require__(1378);
// EXTERNAL MODULE: ./packages/registry/src/compose/sources.ts
var sources = __nccwpck_require__(4981);
// EXTERNAL MODULE: ./packages/registry/src/engine/push.ts
var push = __nccwpck_require__(3723);
// EXTERNAL MODULE: ./packages/registry/src/tags/templates.ts
var tags_templates = __nccwpck_require__(7891);
// EXTERNAL MODULE: ./packages/registry/src/tags/release.ts
var release = __nccwpck_require__(9381);
// EXTERNAL MODULE: ./packages/registry/src/tags/environments.ts
var environments = __nccwpck_require__(8568);
// EXTERNAL MODULE: ./packages/registry/src/tags/release-images.ts
var release_images = __nccwpck_require__(8048);
;// CONCATENATED MODULE: ./packages/registry/src/inputs.ts
// The parsers of push-images' and tag-release's inputs, on a subpath of their own
// (`@kra/registry/inputs`): the actions read and check every input with these before they load
// the OCI client (undici) and the container engine wrapper (@actions/exec), so a wrong input
// fails at once. Nothing imported from here may reach client.ts, head-request.ts or
// engine/engine.ts (test/bundles.test.ts checks the bundles).









;// CONCATENATED MODULE: ./actions/tag-release/src/main.ts


// Only the input parsers: the registry client (undici) loads after every input is checked.

/** Reads and checks every input, before the registry client is loaded or any request is sent. */
function readInputs() {
    const { username, password } = (0,src/* readLogin */.mN)();
    const context = (0,src/* githubContext */.h4)();
    const concurrency = (0,src/* readInteger */.JI)('concurrency', { default: 16, min: 1, max: 64 });
    const insecureRegistries = (0,src/* readList */.LD)('insecure-registries');
    const versionText = (0,src/* readString */.E3)('version') || (0,release/* versionFromEvent */.DL)(context);
    if (!versionText) {
        throw new src/* InputError */.dz('version', 'is empty and this run is not for a release or a tag push: set version, e.g. v1.4.0');
    }
    const version = (0,release/* parseReleaseVersion */.LQ)(versionText, 'version', { prerelease: (0,release/* prereleaseFromEvent */.L1)(context) });
    const templates = (0,src/* readList */.LD)('tags');
    const plan = (0,release/* releaseTags */.dt)(version, templates.length > 0 ? templates : release/* DEFAULT_RELEASE_TAGS */.Af);
    for (const skip of plan.skipped)
        core/* info */.pq(`not tagging ${skip.template}: ${skip.reason}`);
    const rule = (0,environments/* resolveEnvironment */.g9)(version, (0,environments/* parseEnvironmentRules */.GC)((0,src/* readString */.E3)('environments')));
    const environment = rule?.environment ?? '';
    const moving = (0,environments/* environmentTag */.ab)((0,src/* readString */.E3)('environment-tag'), environment, version);
    if (moving.warning)
        core/* warning */.$e(moving.warning);
    // Rendered only when an image is given without a tag or digest: explicit references need no commit.
    let sourceTagValue;
    const sourceTag = () => {
        if (sourceTagValue === undefined) {
            const rendered = (0,tags_templates/* renderTagTemplate */.te)((0,src/* readString */.E3)('source-tag', { default: 'sha-{{sha}}' }), (0,tags_templates/* tagContextFromGitHub */.VS)(context), 'source-tag');
            const problem = (0,reference/* tagProblem */.qH)(rendered);
            if (problem)
                throw new src/* InputError */.dz('source-tag', `gives "${rendered}": ${problem}`);
            sourceTagValue = rendered;
        }
        return sourceTagValue;
    };
    const targetRegistry = (0,src/* readString */.E3)('target-registry');
    const images = (0,release_images/* releaseImages */._)({
        images: core/* getInput */.V4('images'),
        composeFiles: (0,src/* readList */.LD)('compose-file'),
        services: (0,src/* readList */.LD)('services'),
        registry: (0,src/* readString */.E3)('registry'),
        prefix: (0,src/* readString */.E3)('repository-prefix'),
        root: (0,src/* workspaceRoot */.oS)(),
        sourceTag,
        target: { registry: targetRegistry, prefix: (0,src/* readString */.E3)('target-repository-prefix') },
        onWarning: (message) => core/* warning */.$e(message),
        onInfo: (message) => core/* info */.pq(message),
    });
    if (images.length === 0)
        throw new src/* InputError */.dz('images', 'gives no image to release: pass the images output of push-images, references, or a Compose file with build: services');
    // The credentials given are for one registry (the target's): never sent anywhere else.
    const registries = [...new Set(images.flatMap((image) => [image.source.registry, image.target.registry]))];
    const credentialRegistry = targetRegistry || (registries.length === 1 ? registries[0] : '');
    if (username && !credentialRegistry) {
        throw new src/* InputError */.dz('username', `is for one registry, but the images are in ${registries.join(', ')}: release them in separate steps, or log in to each beforehand and leave username and password empty`);
    }
    return {
        login: username ? { registry: credentialRegistry, username, password } : undefined,
        context,
        concurrency,
        insecureRegistries,
        version,
        plan,
        environment,
        moving,
        images,
    };
}
async function main() {
    const inputs = readInputs();
    const { version, images, plan, moving } = inputs;
    core/* info */.pq(`releasing ${version.raw} (${version.prerelease ? 'pre-release' : 'final'}) to ${images.length} image(s): ${[...plan.tags, ...(plan.latest ? ['latest (if highest)'] : []), ...(moving.tag ? [moving.tag] : [])].join(', ')}`);
    // Loaded only now (a chunk of its own in dist/): the registry client.
    const { release } = await Promise.all(/* import() */[__nccwpck_require__.e(309), __nccwpck_require__.e(296), __nccwpck_require__.e(530)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2530));
    await release(inputs);
}


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ firstImageFailure),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * An error the user can fix. Its message is one line: what is wrong, where, and what to do.
 * `run()` prints it without a stack trace (the stack only appears with ACTIONS_STEP_DEBUG).
 */
class UserError extends Error {
    /** Where the problem is, when it is a file: used for an error annotation. */
    file;
    line;
    /** The problems one by one, each at its own file and line: one error annotation each. */
    problems;
    constructor(message, where) {
        super(oneLine(message), where?.cause === undefined ? undefined : { cause: where.cause });
        this.name = 'UserError';
        this.file = where?.file;
        this.line = where?.line;
        this.problems = where?.problems ?? [];
    }
}
/** A bad action input: names the input and what it accepts. */
class InputError extends UserError {
    input;
    constructor(input, problem) {
        super(`Input "${input}" ${problem}`);
        this.name = 'InputError';
        this.input = input;
    }
}
/** Collapse whitespace and line breaks so a message stays on one line. */
function oneLine(message) {
    return message.replace(/\s*\r?\n\s*/g, ' ').trim();
}
function errorMessage(error) {
    if (error instanceof Error)
        return oneLine(error.message || error.name);
    return oneLine(String(error));
}
/**
 * The error a step fails with when some images of a batch failed: the first failure's own
 * error when it is a bug (not the user's), else one line naming it and what the batch did.
 */
function firstImageFailure(failed, tally) {
    const first = failed[0];
    if (!(first.error instanceof UserError))
        return first.error instanceof Error ? first.error : new Error(String(first.error));
    return new UserError(`${first.name} (${first.repository}): ${errorMessage(first.error)} — ${tally}; the summary and the not-written output list them`);
}


/***/ }),

/***/ 7748:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  jf: () => (/* reexport */ Semaphore),
  CF: () => (/* reexport */ SummaryBuilder),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  aY: () => (/* reexport */ code),
  TU: () => (/* reexport */ commitAndRunLinks),
  Gt: () => (/* reexport */ displayPath),
  E5: () => (/* reexport */ errors/* firstImageFailure */.E5),
  h4: () => (/* reexport */ githubContext),
  pF: () => (/* reexport */ linkLine),
  sf: () => (/* reexport */ mapLimit),
  $l: () => (/* reexport */ maskSecret),
  ZX: () => (/* reexport */ parseImageListEntry),
  Zn: () => (/* reexport */ parseJsonOrList),
  mu: () => (/* reexport */ parseRetryAfter),
  JI: () => (/* reexport */ readInteger),
  LD: () => (/* reexport */ readList),
  mN: () => (/* reexport */ readLogin),
  E3: () => (/* reexport */ readString),
  E$: () => (/* reexport */ redact),
  z1: () => (/* reexport */ resolveInWorkspace),
  L5: () => (/* reexport */ retry),
  eF: () => (/* reexport */ run),
  SP: () => (/* reexport */ setListOutput),
  uH: () => (/* reexport */ setOutput),
  sY: () => (/* reexport */ shortDigests),
  ry: () => (/* reexport */ splitList),
  oS: () => (/* reexport */ workspaceRoot),
  fV: () => (/* reexport */ writeDeprecatedOutputs)
});

// UNUSED EXPORTS: MAX_ERROR_ANNOTATIONS, SUMMARY_LIMIT_BYTES, annotateError, apiGroup, backoffDelay, besideBundle, cell, checksumKey, commitUrl, compareUrl, deployMessage, describeIdentity, details, effectiveNamespace, errorMessage, escapeHtml, fail, groupKind, identityKey, identityOf, isInside, link, markdownTable, omittedAnnotations, oneLine, parseChecksumKey, parseDuration, postWebhook, readBoolean, readDuration, readEnum, readJsonObject, readOptional, resetAnnotationsForTest, runUrl, secretForms, setJsonOutput, sleep

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(637);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __nccwpck_require__(8550);
;// CONCATENATED MODULE: ./packages/core/src/secrets.ts

/**
 * The forms in which a secret can show up in a log: the whole value, each of its lines (the
 * runner masks line by line, so a multi-line secret such as a PEM key is masked line by line
 * too) and its base64 form (how it appears inside Kubernetes objects and configs). Parts
 * shorter than 4 characters are left out: masking them would blank ordinary text.
 */
function secretForms(value) {
    if (!value)
        return [];
    const forms = new Set();
    const add = (part) => {
        const trimmed = part.trim();
        if (trimmed.length >= 4)
            forms.add(trimmed);
    };
    add(value);
    for (const line of value.split(/\r?\n/))
        add(line);
    add(Buffer.from(value).toString('base64'));
    return [...forms];
}
/** Masks a secret, in every form secretForms gives, in every later log line. */
function maskSecret(value) {
    for (const form of secretForms(value))
        lib_core/* setSecret */.Pq(form);
}
/** Replaces every occurrence of the given secrets in a text (for messages built before masking applies). */
function redact(text, secrets) {
    let result = text;
    // Longest first, so a secret containing another is replaced whole.
    const sorted = [...secrets].filter((s) => !!s && s.length >= 4).sort((a, b) => b.length - a.length);
    for (const secret of sorted)
        result = result.split(secret).join('***');
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts



/**
 * Typed readers for action inputs. Each knows the input's name, so a bad value fails
 * with a message naming the input and what it accepts. Values are read the way the
 * runner passes them (INPUT_<NAME>), trimmed.
 */
function raw(name) {
    return lib_core/* getInput */.V4(name, { trimWhitespace: true });
}
function readString(name, options = {}) {
    const value = raw(name);
    if (value === '') {
        if (options.required)
            throw new errors/* InputError */.dz(name, 'is required: set it in the step\'s "with:" block');
        return options.default ?? '';
    }
    return value;
}
function readOptional(name) {
    const value = raw(name);
    return value === '' ? undefined : value;
}
function readEnum(name, allowed, fallback) {
    const value = raw(name);
    if (value === '') {
        if (fallback !== undefined)
            return fallback;
        throw new InputError(name, `is required: use one of ${allowed.join(', ')}`);
    }
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (!match)
        throw new InputError(name, `is "${value}": use one of ${allowed.join(', ')}`);
    return match;
}
const TRUE = (/* unused pure expression or super */ null && (['true', 'yes', 'on', '1']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'no', 'off', '0']));
function readBoolean(name, fallback = false) {
    const value = raw(name).toLowerCase();
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new InputError(name, `is "${raw(name)}": use true or false`);
}
function readInteger(name, options = {}) {
    const value = raw(name);
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    const range = `a whole number from ${min} to ${max}`;
    if (value === '') {
        if (options.default !== undefined)
            return options.default;
        throw new errors/* InputError */.dz(name, `is required: use ${range}`);
    }
    if (!/^-?\d+$/.test(value))
        throw new errors/* InputError */.dz(name, `is "${value}": use ${range}`);
    const number = Number(value);
    if (number < min || number > max)
        throw new errors/* InputError */.dz(name, `is ${number}: use ${range}`);
    return number;
}
/** A duration such as `300`, `90s`, `5m`, `1h30m`; returns milliseconds. */
function readDuration(name, fallback) {
    const value = raw(name) || fallback;
    const ms = parseDuration(value);
    if (ms === undefined)
        throw new InputError(name, `is "${value}": use seconds (300) or a duration such as 90s, 5m, 1h30m`);
    return ms;
}
function parseDuration(value) {
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const match = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(value);
    if (!match || value === '')
        return undefined;
    const [, h = '0', m = '0', s = '0', ms = '0'] = match;
    return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms);
}
/** A multiline list: one item a line; blank lines and `#` comments are ignored. */
function readList(name) {
    return splitList(raw(name));
}
function splitList(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function parseJsonOrList(name, value, parseItem, validate) {
    const trimmed = value.trim();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch (error) {
            throw new errors/* InputError */.dz(name, `is not valid JSON (${error.message}): pass a JSON array or one item a line`);
        }
        if (!Array.isArray(parsed))
            throw new errors/* InputError */.dz(name, 'is JSON but not an array: pass a JSON array or one item a line');
        return parsed.map((item, index) => {
            if (typeof item === 'string')
                return parseItem(item, `item ${index}`);
            if (!validate)
                throw new errors/* InputError */.dz(name, `item ${index} is not a string`);
            try {
                return validate(item, index);
            }
            catch (error) {
                if (error instanceof errors/* InputError */.dz)
                    throw error;
                throw new errors/* InputError */.dz(name, `item ${index}: ${error.message}`);
            }
        });
    }
    return splitList(value).map((line, index) => parseItem(line, `line ${index + 1}`));
}
/** A JSON object input (for example a map of checksums). Empty gives `{}`. */
function readJsonObject(name) {
    const value = raw(name);
    if (value === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch (error) {
        throw new InputError(name, `is not valid JSON (${error.message}): pass a JSON object`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new InputError(name, 'must be a JSON object');
    }
    return parsed;
}
/**
 * The `username` and `password` inputs of a registry login: the password is masked before
 * anything else happens, and both or neither must be given (neither: use the runner's
 * existing login). Returns empty strings for neither.
 */
function readLogin() {
    const password = raw('password');
    maskSecret(password);
    const username = raw('username');
    if ((username === '') !== (password === '')) {
        throw new errors/* InputError */.dz(username ? 'password' : 'username', `is empty but ${username ? 'username' : 'password'} is set: give both, or neither to use the runner's existing login`);
    }
    return { username, password };
}

;// CONCATENATED MODULE: ./packages/core/src/annotations.ts

/** GitHub shows at most 10 error annotations per step; we stop there and say how many were left out. */
const MAX_ERROR_ANNOTATIONS = 10;
let errorCount = 0;
let omitted = 0;
function annotateError(message, properties = {}) {
    if (errorCount >= MAX_ERROR_ANNOTATIONS) {
        omitted += 1;
        lib_core/* info */.pq(`error: ${message}${properties.file ? ` (${properties.file}:${properties.startLine ?? 1})` : ''}`);
        return;
    }
    errorCount += 1;
    lib_core/* error */.z3(message, properties);
}
function omittedAnnotations() {
    return omitted;
}
function resetAnnotationsForTest() {
    errorCount = 0;
    omitted = 0;
}

;// CONCATENATED MODULE: ./packages/core/src/run.ts



/**
 * Runs an action's main function. An error becomes a failed step with one clear line;
 * the stack trace is printed only when step debug logging is on.
 */
async function run(main) {
    try {
        await main();
    }
    catch (error) {
        fail(error);
    }
}
function fail(error) {
    const message = (0,errors/* errorMessage */.gJ)(error);
    if (lib_core/* isDebug */._o() && error instanceof Error && error.stack)
        lib_core/* debug */.Yz(error.stack);
    if (error instanceof errors/* UserError */.yo && (error.file || error.problems.length > 0)) {
        // Each problem at its file and line (a pull request's diff marks the line), then the whole.
        for (const problem of error.problems)
            annotateError((0,errors/* oneLine */.TN)(problem.message), { file: problem.file, startLine: problem.line });
        annotateError(message, error.file ? { file: error.file, startLine: error.line } : {});
        process.exitCode = lib_core/* ExitCode */.yU.Failure;
    }
    else {
        lib_core/* setFailed */.C1(message);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/outputs.ts

/**
 * Outputs are strings. Every list is given twice: newline-separated under `name`
 * and as JSON under `name-json`, so a `run:` step and the next action can both use it.
 */
function setListOutput(name, lines, json = lines) {
    lib_core/* setOutput */.uH(name, lines.join('\n'));
    lib_core/* setOutput */.uH(`${name}-json`, JSON.stringify(json));
}
function setOutput(name, value) {
    lib_core/* setOutput */.uH(name, String(value));
}
function setJsonOutput(name, value) {
    core.setOutput(name, JSON.stringify(value));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/github-context.ts

function githubContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const ref = env.GITHUB_REF ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref,
        refName: env.GITHUB_REF_NAME ?? ref.replace(/^refs\/(heads|tags)\//, ''),
        refType: env.GITHUB_REF_TYPE ?? (ref.startsWith('refs/tags/') ? 'tag' : ref.startsWith('refs/heads/') ? 'branch' : ''),
        headRef: env.GITHUB_HEAD_REF ?? '',
        baseRef: env.GITHUB_BASE_REF ?? '',
        repository: env.GITHUB_REPOSITORY ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        runId: env.GITHUB_RUN_ID ?? '',
        runNumber: env.GITHUB_RUN_NUMBER ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? '',
        payload,
    };
}
/** The URL of the workflow run, for annotations and release records. */
function runUrl(context) {
    if (!context.repository || !context.runId)
        return '';
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}
/** The URL of a commit of the repository (the run's own by default). */
function commitUrl(context, sha = context.sha) {
    if (!context.repository || !sha)
        return '';
    return `${context.serverUrl}/${context.repository}/commit/${sha}`;
}
/** The URL of GitHub's compare view between two commits or refs: `base...head`. */
function compareUrl(context, base, head) {
    if (!context.repository || !base || !head)
        return '';
    return `${context.serverUrl}/${context.repository}/compare/${base}...${head}`;
}

;// CONCATENATED MODULE: ./packages/core/src/summary.ts


/** GitHub refuses a step summary over 1 MiB; we keep ours well under it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
/** Escapes text for a Markdown table cell. */
function cell(value) {
    if (value === undefined || value === '')
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function code(value) {
    return value === '' ? '' : `\`${value.replace(/`/g, "'")}\``;
}
/** A Markdown link, or the text alone when there is no URL (a run outside GitHub). */
function summary_link(text, url) {
    return url ? `[${text.replace(/[[\]]/g, '\\$&')}](${url})` : text;
}
/** Links to the commit and the run (and whatever else is given) on one line: `commit [abc123](…) · [run](…)`. */
function linkLine(links) {
    return links
        .filter(([, url]) => url !== '')
        .map(([label, url]) => summary_link(label, url))
        .join(' · ');
}
/** The links of a summary about the run's own commit: that commit and the run. */
function commitAndRunLinks(context) {
    return [
        [`commit ${context.sha.slice(0, 12)}`, commitUrl(context)],
        ['run', runUrl(context)],
    ];
}
/** `sha256:` and 64 hex characters, anywhere in a text. */
const DIGEST = /\b(sha256:[0-9a-f]{12})[0-9a-f]{52}\b/g;
/**
 * Every sha256 digest in `text` cut to its first 12 hex characters (`sha256:0123456789ab`), for a
 * table a person reads; the whole references go in a details block beside it.
 */
function shortDigests(text) {
    return text.replace(DIGEST, '$1');
}
/** A Markdown table; rows past `maxRows` are replaced by a line saying how many were left out. */
function markdownTable(headers, rows, maxRows = 500) {
    const lines = [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
    for (const row of rows.slice(0, maxRows))
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    let text = lines.join('\n') + '\n';
    if (rows.length > maxRows)
        text += `\n_…and ${rows.length - maxRows} more rows (see the step log)._\n`;
    return text;
}
/** A folded section (`<details>`) with preformatted text inside. */
function details(summaryLine, body, language = '') {
    const fence = body.includes('```') ? '~~~~' : '```';
    return `<details><summary>${escapeHtml(summaryLine)}</summary>\n\n${fence}${language}\n${body}\n${fence}\n\n</details>\n`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Builds a job summary from sections (the table first, by convention) and writes it,
 * cutting it at the size GitHub accepts.
 */
class SummaryBuilder {
    redact;
    parts = [];
    /**
     * `redact` is applied to the whole text: a summary is not masked line by line, so one that
     * can repeat what a cluster said (a container log, an event) takes the Secret values out.
     */
    constructor(redact = (text) => text) {
        this.redact = redact;
    }
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}\n`);
        return this;
    }
    table(headers, rows, maxRows) {
        this.parts.push(markdownTable(headers, rows, maxRows));
        return this;
    }
    /** A paragraph; nothing when it is empty. */
    text(markdown) {
        if (markdown === '')
            return this;
        this.parts.push(markdown.endsWith('\n') ? markdown : markdown + '\n');
        return this;
    }
    /** A folded section; nothing when the body is empty. */
    details(summaryLine, body, language = '') {
        if (body === '')
            return this;
        this.parts.push(details(summaryLine, body, language));
        return this;
    }
    toString() {
        const text = this.redact(this.parts.join('\n'));
        if (Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES)
            return text;
        const cut = Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8');
        return cut + '\n\n_The summary was cut at 1 MiB; the step log has everything._\n';
    }
    async write() {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await lib_core/* summary */.z.addRaw(this.toString()).write();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/retry.ts
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random = Math.random) {
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
async function retry(operation, options = {}) {
    const attempts = options.attempts ?? 5;
    const baseDelayMs = options.baseDelayMs ?? 200;
    const maxDelayMs = options.maxDelayMs ?? 30_000;
    const wait = options.sleep ?? sleep;
    for (let attempt = 1;; attempt += 1) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            const retryable = options.retryable ? options.retryable(error) : true;
            if (!retryable || attempt >= attempts)
                throw error;
            const serverDelay = options.retryAfterMs?.(error);
            const delay = serverDelay !== undefined
                ? Math.min(serverDelay, maxDelayMs)
                : backoffDelay(attempt, baseDelayMs, maxDelayMs, options.random);
            options.onRetry?.(error, attempt, delay);
            await wait(delay);
        }
    }
}
/** Parses `Retry-After`: delay-seconds or an HTTP date. Returns ms, or undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./packages/core/src/concurrency.ts
/**
 * Runs `worker` over `items` with at most `limit` running at once and returns the results
 * in input order. Every item is attempted; when some fail, the first error (in input
 * order) is thrown after all have settled, so nothing is left running behind the caller.
 */
async function mapLimit(items, limit, worker) {
    const results = new Array(items.length);
    const errors = new Array(items.length);
    let failed = false;
    let next = 0;
    const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = await worker(items[index], index);
            }
            catch (error) {
                failed = true;
                errors[index] = error;
            }
        }
    });
    await Promise.all(lanes);
    if (failed)
        throw errors.find((error) => error !== undefined);
    return results;
}
/** A counting semaphore for bounding concurrent work that is not a simple map. */
class Semaphore {
    available;
    waiting = [];
    constructor(limit) {
        this.available = Math.max(1, limit);
    }
    async use(task) {
        if (this.available > 0)
            this.available -= 1;
        else
            await new Promise((resolve) => this.waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            const wake = this.waiting.shift();
            if (wake)
                wake();
            else
                this.available += 1;
        }
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/workspace.ts



/** The workspace folder (GITHUB_WORKSPACE, else the current folder), resolved through symlinks. */
function workspaceRoot(env = process.env) {
    const root = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    try {
        return (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        return root;
    }
}
/**
 * Resolves a path given in an input against the workspace and refuses one that leaves it
 * (`../..`, an absolute path elsewhere, or a symlink pointing out), naming the input.
 */
function resolveInWorkspace(path, input, root = workspaceRoot()) {
    const absolute = (0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.resolve)(path) : (0,external_node_path_.resolve)(root, path);
    let real = absolute;
    try {
        real = (0,external_node_fs_.realpathSync)(absolute);
    }
    catch {
        // A path that does not exist yet is checked as written; the caller reports it missing.
    }
    if (!isInside(real, root) || !isInside(absolute, root)) {
        throw new errors/* InputError */.dz(input, `path "${path}" is outside the workspace ${root}: use a path inside the repository checkout`);
    }
    return absolute;
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..' + external_node_path_.sep) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/** A path relative to the workspace, with forward slashes, for messages and outputs. */
function displayPath(path, root = workspaceRoot()) {
    // The common case, a path under the root, without path.relative's normalisation work.
    if (path.length > root.length && path.startsWith(root) && path[root.length] === external_node_path_.sep && !path.includes(`${external_node_path_.sep}.`)) {
        const rel = path.slice(root.length + 1);
        return external_node_path_.sep === '/' ? rel : rel.split(external_node_path_.sep).join('/');
    }
    const rel = (0,external_node_path_.relative)(root, path);
    return (rel === '' ? '.' : rel).split(external_node_path_.sep).join('/');
}
/**
 * A file the build put next to the running action's bundle (the runner runs
 * `node dist/<action>/index.js`), such as a worker's script; undefined when the action does
 * not run from its bundle (tests run the TypeScript source) or the file is not there.
 */
function besideBundle(name) {
    const entry = process.argv[1];
    if (!entry)
        return undefined;
    const file = join(dirname(entry), name);
    return existsSync(file) ? file : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/contracts.ts
/**
 * The data that passes between actions (docs/design.md, "Contracts between actions"). Outputs are strings;
 * every list is given as newline text and as JSON, and inputs accept either form.
 */

/** The key of a workload in ConfigChecksums: apiVersion/kind/namespace/name (namespace empty when none was named). */
function checksumKey(object) {
    return `${object.apiVersion}/${object.kind}/${object.namespace ?? ''}/${object.name}`;
}
/** The workload a ConfigChecksums key names (the inverse of checksumKey); undefined when the key is not of that form. */
function parseChecksumKey(key) {
    const parts = key.split('/');
    if (parts.length !== 4 && parts.length !== 5)
        return undefined;
    const [name, namespace, kind] = [parts.pop(), parts.pop(), parts.pop()];
    const apiVersion = parts.join('/');
    if (!apiVersion || !kind || !name)
        return undefined;
    return namespace ? { apiVersion, kind, namespace, name } : { apiVersion, kind, name };
}
const contracts_DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/** Checks one image list entry read from JSON, naming the input and the item when it is malformed. */
function parseImageListEntry(input, item, index) {
    const where = `item ${index}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new errors/* InputError */.dz(input, `${where} is not an object: pass the "images" output of push-images or tag-release`);
    }
    const entry = item;
    if (typeof entry.repository !== 'string' || entry.repository === '') {
        throw new errors/* InputError */.dz(input, `${where} has no "repository": pass the "images" output of push-images or tag-release`);
    }
    const tags = entry.tags === undefined ? [] : entry.tags;
    if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
        throw new errors/* InputError */.dz(input, `${where} (${entry.repository}): "tags" must be a list of strings`);
    }
    const digest = typeof entry.digest === 'string' ? entry.digest : '';
    if (digest !== '' && !contracts_DIGEST.test(digest)) {
        throw new errors/* InputError */.dz(input, `${where} (${entry.repository}): "digest" ${digest} is not a digest such as sha256:…`);
    }
    const repository = entry.repository;
    const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : repository.split('/').pop();
    const ref = digest ? `${repository}@${digest}` : tags.length > 0 ? `${repository}:${tags[0]}` : repository;
    return { name, repository, tags: tags, digest, ref };
}

;// CONCATENATED MODULE: ./packages/core/src/notify.ts
const ICONS = {
    deployed: '✅',
    'rolled-back': '↩️',
    failed: '❌',
    cancelled: '⏹️',
    'dry-run': '🔍',
    progressing: '⏸',
    rejected: '↩️',
};
/** The message, as Slack's incoming webhooks take it: text for notifications, blocks for the channel. */
function deployMessage(notice) {
    const where = notice.environment ? ` to ${notice.environment}` : '';
    const text = `${ICONS[notice.status] ?? 'ℹ️'} ${notice.release} ${notice.version}${where}: ${notice.status} (committer ${notice.committer})`;
    const links = [
        notice.runUrl ? `<${notice.runUrl}|run>` : '',
        notice.commitUrl ? `<${notice.commitUrl}|commit ${notice.sha.slice(0, 7)}>` : '',
        notice.url ? `<${notice.url}|${notice.environment || 'environment'}>` : '',
    ].filter(Boolean);
    return {
        text,
        blocks: [
            {
                type: 'section',
                text: { type: 'mrkdwn', text: `*${notice.release} ${notice.version}*${where}: *${notice.status}*` },
            },
            {
                type: 'context',
                elements: [{ type: 'mrkdwn', text: [`committer ${notice.committer}`, ...links].join(' · ') }],
            },
        ],
    };
}
/** Posts the message; resolves with a one-line problem (no URL in it), or undefined when it was accepted. */
async function postWebhook(url, message, timeoutMs = 10_000) {
    let host = 'the webhook';
    try {
        host = new URL(url).host;
    }
    catch {
        return 'notify-webhook is not a URL: give the incoming webhook URL of the channel';
    }
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(message),
            signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok)
            return `the notification to ${host} was refused: HTTP ${response.status}`;
        return undefined;
    }
    catch (error) {
        return `the notification to ${host} could not be sent: ${error.name === 'TimeoutError' ? 'no answer' : error.message}`;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/deprecations.ts



/** The workflow file of this run, from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/ci.yml@refs/heads/main). */
function workflowText(env) {
    const ref = env.GITHUB_WORKFLOW_REF ?? '';
    const match = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref);
    const workspace = env.GITHUB_WORKSPACE;
    if (!match || !workspace)
        return undefined;
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(workspace, match[1]), 'utf8');
    }
    catch {
        return undefined;
    }
}
function deprecations_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Writes the aliases, and warns for each one the workflow reads (see the top of this file).
 * Returns the warnings given.
 */
function writeDeprecatedOutputs(aliases, changed = [], env = process.env) {
    for (const alias of aliases)
        lib_core/* setOutput */.uH(alias.name, alias.value);
    const step = env.GITHUB_ACTION ?? '';
    // Without an id (__run, __owner_repo) no later step can read this step's outputs.
    if (!step || step.startsWith('__'))
        return [];
    const workflow = workflowText(env);
    if (workflow === undefined)
        return [];
    const outputs = `steps\\.${deprecations_escape(step)}\\.outputs`;
    const reads = (name) => new RegExp(`${outputs}(?:\\.${deprecations_escape(name)}(?![\\w-])|\\[\\s*['"]${deprecations_escape(name)}['"]\\s*\\])`);
    const warnings = [];
    for (const alias of aliases) {
        if (reads(alias.name).test(workflow)) {
            warnings.push(`Output "${alias.name}" of step "${step}" is deprecated and goes away in v2: read steps.${step}.outputs.${alias.use}, which holds the same value`);
        }
    }
    for (const output of changed) {
        const fromJson = new RegExp(`fromJSON\\(\\s*${outputs}\\.${deprecations_escape(output.name)}\\s*\\)`, 'i');
        if (fromJson.test(workflow)) {
            warnings.push(`Output "${output.name}" of step "${step}" is newline text now (one rule for every list output): read fromJSON(steps.${step}.outputs.${output.json}) for the JSON`);
        }
    }
    for (const warning of warnings)
        lib_core/* warning */.$e(warning);
    return warnings;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts

















/***/ }),

/***/ 1143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ highestFinal),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   _Q: () => (/* binding */ parseVersionTag)
/* harmony export */ });
/* unused harmony export byVersionDescending */
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6061);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1817);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1__);


const PREFIX = /^[A-Za-z_/.-]*$/;
/** Reads a version from a tag name (see the prefix rule above); undefined when it is none. */
function parseVersionTag(tag) {
    const start = tag.search(/\d/);
    if (start < 0)
        return undefined;
    const prefix = tag.slice(0, start);
    if (!PREFIX.test(prefix))
        return undefined;
    const parsed = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default()(tag.slice(start));
    if (!parsed)
        return undefined;
    return {
        tag,
        prefix,
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: [...parsed.prerelease],
        build: [...parsed.build],
        version: parsed.version,
        final: parsed.prerelease.length === 0,
        semver: parsed,
    };
}
/** Negative when a < b, positive when a > b, 0 when they have the same precedence (semver.org §11). */
function compareVersions(a, b) {
    return semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(a.semver, b.semver);
}
/** Sorts greatest first; equal precedence falls back to the tag name so the order is total. */
function byVersionDescending(a, b) {
    return compareVersions(b, a) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}
/**
 * The highest final release among tags, optionally only those of one release line
 * (`major`: 1.x.y; `major` and `minor`: 1.4.z). Tags that are no version, and pre-releases,
 * are ignored. Undefined when there is none.
 */
function highestFinal(tags, line = {}) {
    let highest;
    for (const tag of tags) {
        const version = parseVersionTag(tag);
        if (!version || !version.final)
            continue;
        if (line.major !== undefined && version.major !== line.major)
            continue;
        if (line.minor !== undefined && version.minor !== line.minor)
            continue;
        if (!highest || byVersionDescending(version, highest) < 0)
            highest = version;
    }
    return highest;
}


/***/ }),

/***/ 4457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DotEnvError),
/* harmony export */   i: () => (/* binding */ parseDotEnv)
/* harmony export */ });
/* harmony import */ var _interpolate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2472);

/**
 * Reads a Compose `.env` file (the one beside the first Compose file). The format is the
 * one Compose accepts:
 *
 *   # a comment
 *   KEY=value                 unquoted: trimmed, ` #…` starts a comment, ${VAR} interpolated
 *   export KEY=value          `export ` is ignored
 *   KEY="a\nb ${OTHER}"       double quotes: \n \t \\ \" escapes, ${VAR} interpolated, may span lines
 *   KEY='literal $X'          single quotes: taken as written, may span lines
 *   KEY                       no `=`: takes KEY from the environment when it is set
 *
 * Interpolation sees the environment first, then the keys defined above in the file.
 */
class DotEnvError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'DotEnvError';
    }
}
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
function parseDotEnv(text, environment, onMissing) {
    const values = {};
    const lookup = (name) => environment(name) ?? (Object.hasOwn(values, name) ? values[name] : undefined);
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (let index = 0; index < lines.length; index += 1) {
        const lineNumber = index + 1;
        let line = lines[index].trim();
        if (line === '' || line.startsWith('#'))
            continue;
        if (line.startsWith('export '))
            line = line.slice('export '.length).trimStart();
        const equals = line.indexOf('=');
        if (equals < 0) {
            // The line is not repeated: it may be a value written without its KEY=.
            if (!KEY.test(line))
                throw new DotEnvError(`line ${lineNumber} is not KEY=VALUE (a name, "=", then the value)`, lineNumber);
            const inherited = environment(line);
            if (inherited !== undefined)
                values[line] = inherited;
            continue;
        }
        const key = line.slice(0, equals).trim();
        if (!KEY.test(key))
            throw new DotEnvError(`"${key}" is not a variable name`, lineNumber);
        let rest = line.slice(equals + 1).trimStart();
        const quote = rest[0];
        if (quote === '"' || quote === "'") {
            // A quoted value may continue over the next lines until its closing quote.
            let body = rest.slice(1);
            let end = closingQuote(body, quote);
            while (end < 0 && index + 1 < lines.length) {
                index += 1;
                body += '\n' + lines[index];
                end = closingQuote(body, quote);
            }
            if (end < 0)
                throw new DotEnvError(`the value of ${key} has no closing ${quote}`, lineNumber);
            rest = body.slice(0, end);
            values[key] = quote === "'" ? rest : (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_0__/* .interpolate */ .GW)(unescape(rest), { lookup, onMissing });
            continue;
        }
        const comment = rest.search(/\s#/);
        if (comment >= 0)
            rest = rest.slice(0, comment);
        values[key] = (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_0__/* .interpolate */ .GW)(rest.trim(), { lookup, onMissing });
    }
    return values;
}
function closingQuote(body, quote) {
    for (let i = 0; i < body.length; i += 1) {
        if (quote === '"' && body[i] === '\\') {
            i += 1;
            continue;
        }
        if (body[i] === quote)
            return i;
    }
    return -1;
}
function unescape(value) {
    return value.replace(/\\(.)/g, (_, char) => {
        switch (char) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case '$':
                return '$$';
            default:
                return char;
        }
    });
}


/***/ }),

/***/ 2472:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ interpolate),
/* harmony export */   Id: () => (/* binding */ InvalidTemplateError),
/* harmony export */   wc: () => (/* binding */ RequiredVariableError)
/* harmony export */ });
/**
 * Compose variable interpolation, following the Compose specification
 * (https://github.com/compose-spec/compose-spec/blob/main/12-interpolation.md):
 *
 *   $$            a literal $
 *   $VAR ${VAR}   the value, or empty (with a warning) when unset
 *   ${VAR:-def}   def when VAR is unset or empty      ${VAR-def}  def when VAR is unset
 *   ${VAR:?err}   error when VAR is unset or empty    ${VAR?err}  error when VAR is unset
 *   ${VAR:+alt}   alt when VAR is set and not empty   ${VAR+alt}  alt when VAR is set
 *
 * Defaults, alternatives and error texts are interpolated themselves, so they nest:
 * `${A:-${B:-b}}`. Names are `[A-Za-z_][A-Za-z0-9_]*`; a `$` followed by anything else
 * (`$1`, `$ `) is kept as written, as Compose does.
 */
/** A `${VAR:?message}` or `${VAR?message}` whose variable has no value. */
class RequiredVariableError extends Error {
    variable;
    detail;
    constructor(variable, detail) {
        super(`required variable ${variable} is missing a value${detail ? `: ${detail}` : ''}`);
        this.variable = variable;
        this.detail = detail;
        this.name = 'RequiredVariableError';
    }
}
/**
 * `${` without its `}`, or a braced expression that is not a name with an operator. The
 * message does not repeat the template (a value may be a password); `template` locates it.
 */
class InvalidTemplateError extends Error {
    template;
    constructor(template) {
        super('invalid interpolation format (a "${" without its "}", or a name that is not a variable): use ${VAR}, ${VAR:-default} or $$ for a literal $');
        this.template = template;
        this.name = 'InvalidTemplateError';
    }
}
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const BRACED = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/;
function interpolate(text, options) {
    if (!text.includes('$'))
        return text;
    let out = '';
    let i = 0;
    while (i < text.length) {
        const char = text[i];
        if (char !== '$') {
            out += char;
            i += 1;
            continue;
        }
        const next = text[i + 1];
        if (next === '$') {
            out += '$';
            i += 2;
        }
        else if (next === '{') {
            const end = closingBrace(text, i + 2);
            if (end < 0)
                throw new InvalidTemplateError(text);
            out += substitute(text.slice(i + 2, end), text, options);
            i = end + 1;
        }
        else if (next !== undefined && NAME_START.test(next)) {
            let j = i + 2;
            while (j < text.length && NAME_CHAR.test(text[j]))
                j += 1;
            out += value(text.slice(i + 1, j), options);
            i = j;
        }
        else {
            out += '$';
            i += 1;
        }
    }
    return out;
}
/**
 * The index of the `}` closing a `${` whose body starts at `start`. Every `{` in the body
 * opens a level, as compose-go counts them (a default may hold braces: `${JSON:-{"a":1}}`);
 * `$$` is an escaped `$`, never the start of anything.
 */
function closingBrace(text, start) {
    let depth = 1;
    for (let i = start; i < text.length; i += 1) {
        if (text[i] === '$' && text[i + 1] === '$') {
            i += 1;
        }
        else if (text[i] === '{') {
            depth += 1;
        }
        else if (text[i] === '}') {
            depth -= 1;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
function value(name, options) {
    const found = options.lookup(name);
    if (found === undefined) {
        options.onMissing?.(name);
        return '';
    }
    return found;
}
function substitute(body, whole, options) {
    const match = BRACED.exec(body);
    if (!match)
        throw new InvalidTemplateError(whole);
    const [, name, operator, argument = ''] = match;
    if (!operator)
        return value(name, options);
    const current = options.lookup(name);
    const set = current !== undefined;
    const nonEmpty = set && current !== '';
    const nested = () => interpolate(argument, options);
    switch (operator) {
        case ':-':
            return nonEmpty ? current : nested();
        case '-':
            return set ? current : nested();
        case ':?':
            if (!nonEmpty)
                throw new RequiredVariableError(name, nested());
            return current;
        case '?':
            if (!set)
                throw new RequiredVariableError(name, nested());
            return current;
        case ':+':
            return nonEmpty ? nested() : '';
        case '+':
            return set ? nested() : '';
        default:
            throw new InvalidTemplateError(whole);
    }
}


/***/ }),

/***/ 8280:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eo: () => (/* binding */ defaultImageName),
  uS: () => (/* binding */ findDefaultComposeFiles),
  IJ: () => (/* binding */ loadComposeProject)
});

// UNUSED EXPORTS: DEFAULT_COMPOSE_FILES, lineOf, mergeMappings, normalizeProjectName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./node_modules/.pnpm/js-yaml@4.3.2/node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

;// CONCATENATED MODULE: ./packages/core/src/parser-errors.ts
/**
 * Parser messages without the parsed text. js-yaml names what it found in its messages (an
 * alias `*name`, a tag `!name`, a directive's arguments) and V8's JSON.parse quotes a snippet
 * and the offending token: in a manifest's Secret or a Compose file's environment, a
 * password. These give what is wrong, never what was written; a message they do not know is
 * replaced by a generic one. Used for manifests (@kra/manifests) and Compose files
 * (@kra/registry); imported by subpath so the parse worker's bundle stays small.
 */
/**
 * js-yaml's messages that hold no text of the document, as they are. Every other message is
 * rewritten by SAFE_YAML_REASONS, or replaced by a generic one: js-yaml puts alias names, tags,
 * directive arguments and tag prefixes in its messages, which can be a Secret's value.
 */
const SAFE_YAML_REASON = /^[a-zA-Z ;,()%!<>?.-]*(?:\(\d+\))?$/;
const SAFE_YAML_REASONS = [
    [/^unidentified alias /, 'an alias (*name) that no anchor (&name) before it defines'],
    [/^unknown tag /, 'an unknown tag (a value starting with "!" must be quoted)'],
    [/^unacceptable node kind for /, 'a tag that does not fit its value (a value starting with "!" must be quoted)'],
    [/^cannot resolve a node with /, 'a tag that does not fit its value (a value starting with "!" must be quoted)'],
    [/^undeclared tag handle /, 'an undeclared tag handle (a value starting with "!" must be quoted)'],
    [/^tag name cannot contain such characters/, 'a malformed tag (a value starting with "!" must be quoted)'],
    [/^tag name is malformed/, 'a malformed tag (a value starting with "!" must be quoted)'],
    [/^there is a previously declared suffix for /, 'a %TAG directive that declares a handle twice'],
    [/^tag prefix is malformed/, 'a malformed %TAG directive'],
    [/^unknown document directive /, 'an unknown directive (a line starting with "%")'],
];
/** What js-yaml says is wrong, without anything from the document. */
function safeYamlReason(reason) {
    for (const [pattern, safe] of SAFE_YAML_REASONS)
        if (pattern.test(reason))
            return safe;
    // Quoted parts are the document's (js-yaml quotes what it found); the rest is its own text.
    if (!/["'`]/.test(reason) && SAFE_YAML_REASON.test(reason) && !/!</.test(reason))
        return reason;
    if (/^expected the node content, but found ','$/.test(reason))
        return reason;
    return 'the text cannot be read as YAML';
}
/** What JSON.parse says is wrong, without the snippet and token of the document it quotes. */
function safeJsonReason(message) {
    const reason = message
        .replace(/ in JSON at position.*$/s, '')
        .replace(/, (?:\.\.\.)?".*$/s, '')
        .replace(/ ?'([^']*)'/g, (quoted, inside) => (/^[{}[\],:]*$/.test(inside) ? quoted : ''))
        .replace(/\s+/g, ' ')
        .trim();
    return /^[A-Za-z ,'{}[\]:]+$/.test(reason) ? reason : 'the text is not valid JSON';
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __nccwpck_require__(7748);
// EXTERNAL MODULE: ./packages/registry/src/compose/interpolate.ts
var interpolate = __nccwpck_require__(2472);
// EXTERNAL MODULE: ./packages/registry/src/compose/dotenv.ts
var dotenv = __nccwpck_require__(4457);
;// CONCATENATED MODULE: ./packages/registry/src/compose/load.ts







/** The file names Compose looks for, in its order of preference, and their override files. */
const DEFAULT_COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
/**
 * Finds the default Compose file in a folder as `docker compose` does: the first of
 * compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml (with a warning when
 * several exist), followed by its override file (compose.override.yaml, …) when present.
 */
function findDefaultComposeFiles(directory, onWarning) {
    const present = DEFAULT_COMPOSE_FILES.filter((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(directory, name)));
    if (present.length === 0)
        return [];
    if (present.length > 1 && onWarning) {
        onWarning(`found several Compose files (${present.join(', ')}); using ${present[0]} as docker compose does`);
    }
    const chosen = present[0];
    const override = chosen.replace(/\.(ya?ml)$/, '.override.$1');
    const files = [(0,external_node_path_.resolve)(directory, chosen)];
    for (const candidate of [
        override,
        override.endsWith('.yaml') ? override.replace(/yaml$/, 'yml') : override.replace(/yml$/, 'yaml'),
    ]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(directory, candidate))) {
            files.push((0,external_node_path_.resolve)(directory, candidate));
            break;
        }
    }
    return files;
}
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;
/** Compose's normalisation of a folder name into a project name: lower case, keep [a-z0-9_-], no leading - or _. */
function normalizeProjectName(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '')
        .replace(/^[-_]+/, '');
}
/** Compose's default image name for a service that is built and has no `image:`. */
function defaultImageName(project, service) {
    return `${project}-${service}`.toLowerCase();
}
function loadComposeProject(files, options = {}) {
    if (files.length === 0)
        throw new src/* UserError */.yo('no Compose file was given');
    const show = options.display ?? ((path) => (0,src/* displayPath */.Gt)(path));
    const env = options.env ?? process.env;
    const absolute = files.map((file) => (0,external_node_path_.resolve)(file));
    const directory = (0,external_node_path_.dirname)(absolute[0]);
    const dotEnvPath = (0,external_node_path_.resolve)(directory, '.env');
    let dotEnv = {};
    const environment = (name) => env[name];
    if ((0,external_node_fs_.existsSync)(dotEnvPath)) {
        try {
            dotEnv = (0,dotenv/* parseDotEnv */.i)((0,external_node_fs_.readFileSync)(dotEnvPath, 'utf8'), environment);
        }
        catch (error) {
            const line = error instanceof dotenv/* DotEnvError */.D ? error.line : undefined;
            const where = `${show(dotEnvPath)}${line ? `:${line}` : ''}`;
            throw new src/* UserError */.yo(`${where}: ${error.message}: fix the .env file beside the Compose file`, {
                file: show(dotEnvPath),
                line,
            });
        }
    }
    // The environment wins over .env, as in Compose.
    const lookup = (name) => env[name] ?? (Object.hasOwn(dotEnv, name) ? dotEnv[name] : undefined);
    let merged = {};
    const origins = new Map();
    for (const file of absolute) {
        const { document, text } = readComposeFile(file, lookup, show, options.onWarning);
        const services = document.services;
        if (isMapping(services)) {
            const start = lineOf(text, /^services\s*:/) ?? 0;
            for (const name of Object.keys(services)) {
                if (!origins.has(name))
                    origins.set(name, { file: show(file), line: lineOf(text, serviceKey(name), start), path: file });
            }
        }
        merged = mergeMappings(merged, document);
    }
    const explicit = lookup('COMPOSE_PROJECT_NAME') || (typeof merged.name === 'string' ? merged.name : '');
    let name;
    if (explicit) {
        if (!PROJECT_NAME.test(explicit)) {
            throw new src/* UserError */.yo(`${show(absolute[0])}: project name "${explicit}" must be lower-case letters, digits, dashes and underscores, starting with a letter or digit`, { file: show(absolute[0]) });
        }
        name = explicit;
    }
    else {
        name = normalizeProjectName((0,external_node_path_.basename)(directory));
        if (!name) {
            throw new src/* UserError */.yo(`${show(absolute[0])}: cannot make a project name from the folder "${(0,external_node_path_.basename)(directory)}": set "name:" in the Compose file or COMPOSE_PROJECT_NAME`);
        }
    }
    const declared = (merged.services ?? {});
    const resolver = new ExtendsResolver(declared, origins, { lookup, show, onWarning: options.onWarning, directory });
    const services = [];
    for (const serviceName of Object.keys(declared)) {
        const origin = origins.get(serviceName) ?? { file: show(absolute[0]), path: absolute[0] };
        services.push(toService(serviceName, resolver.resolve(serviceName), origin));
    }
    const profiles = (lookup('COMPOSE_PROFILES') ?? '')
        .split(',')
        .map((profile) => profile.trim())
        .filter((profile) => profile !== '');
    return { name, directory, files: absolute, services, activeProfiles: profiles };
}
function readComposeFile(file, lookup, show, onWarning) {
    const shown = show(file);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new src/* UserError */.yo(`Compose file ${shown} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? error.message})`}: check the compose-file input`);
    }
    let document;
    try {
        document = yaml.load(text, { filename: shown });
    }
    catch (error) {
        const mark = error.mark;
        const line = mark?.line !== undefined ? mark.line + 1 : undefined;
        // js-yaml's message quotes what it found (an alias, a tag): in a Compose file, maybe a password.
        const reason = safeYamlReason((error.reason ?? '').replace(/\s+/g, ' ').trim());
        throw new src/* UserError */.yo(`${shown}${line ? `:${line}` : ''}: YAML syntax error: ${reason}`, { file: shown, line });
    }
    if (document === undefined || document === null)
        return { document: {}, text };
    if (typeof document !== 'object' || Array.isArray(document)) {
        throw new src/* UserError */.yo(`${shown}: a Compose file must be a mapping with a "services:" key`, { file: shown, line: 1 });
    }
    const services = document.services;
    if (services !== undefined && services !== null && (typeof services !== 'object' || Array.isArray(services))) {
        const line = lineOf(text, /^services\s*:/m);
        throw new src/* UserError */.yo(`${shown}${line ? `:${line}` : ''}: "services" must be a mapping of service names`, {
            file: shown,
            line,
        });
    }
    const missing = new Set();
    try {
        const interpolated = interpolateTree(document, { lookup, onMissing: (name) => missing.add(name) });
        return { document: interpolated, text };
    }
    catch (error) {
        if (error instanceof interpolate/* RequiredVariableError */.wc) {
            const line = lineOf(text, new RegExp(`\\$\\{${error.variable}:?\\?`));
            throw new src/* UserError */.yo(`${shown}${line ? `:${line}` : ''}: ${error.message}: set ${error.variable} in the step's env or in .env`, {
                file: shown,
                line,
            });
        }
        if (error instanceof interpolate/* InvalidTemplateError */.Id) {
            const line = lineOf(text, error.template.split('\n')[0]);
            throw new src/* UserError */.yo(`${shown}${line ? `:${line}` : ''}: ${error.message}`, { file: shown, line });
        }
        throw error;
    }
    finally {
        for (const name of missing) {
            onWarning?.(`${shown}: the "${name}" variable is not set; using an empty string`);
        }
    }
}
/** Interpolates every string value (keys are left as written, as in Compose). */
function interpolateTree(node, options) {
    if (typeof node === 'string')
        return (0,interpolate/* interpolate */.GW)(node, options);
    if (Array.isArray(node))
        return node.map((item) => interpolateTree(item, options));
    if (node !== null && typeof node === 'object') {
        const out = {};
        for (const [key, value] of Object.entries(node))
            out[key] = interpolateTree(value, options);
        return out;
    }
    return node;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** `build: ./dir` is short for `build: {context: ./dir}`; normalised before merging, as Compose does. */
function normalizeForMerge(document) {
    if (!isMapping(document.services))
        return document;
    const services = {};
    for (const [name, service] of Object.entries(document.services)) {
        services[name] =
            isMapping(service) && typeof service.build === 'string'
                ? { ...service, build: { context: service.build } }
                : service;
    }
    return { ...document, services };
}
function mergeMappings(base, override) {
    const left = normalizeForMerge(base);
    const right = normalizeForMerge(override);
    return deepMerge(left, right);
}
function deepMerge(base, override) {
    const out = { ...base };
    for (const [key, value] of Object.entries(override)) {
        const current = out[key];
        out[key] = isMapping(current) && isMapping(value) ? deepMerge(current, value) : value;
    }
    return out;
}
/**
 * `extends:` (Compose's service inheritance): `extends: base`, `extends: {service: base}` or
 * `extends: {service: base, file: common.yaml}` (a path relative to the extending file).
 * The base is resolved first (it may extend another), then the service's own keys are
 * merged over it. A cycle or a missing base is an error naming the file and service.
 */
class ExtendsResolver {
    services;
    origins;
    context;
    done = new Map();
    files = new Map();
    constructor(services, origins, context) {
        this.services = services;
        this.origins = origins;
        this.context = context;
    }
    resolve(name) {
        return this.resolveIn(this.services, name, 
        // Not path.resolve(directory, literal): ncc would rewrite that into a path of the build machine.
        this.origins.get(name)?.path ?? `${this.context.directory}${external_node_path_.sep}${DEFAULT_COMPOSE_FILES[0]}`, []);
    }
    resolveIn(services, name, file, stack) {
        const key = `${file}#${name}`;
        if (this.done.has(key))
            return this.done.get(key);
        const definition = services[name];
        const where = `${this.context.show(file)}: service "${name}"`;
        if (stack.includes(key))
            throw new src/* UserError */.yo(`${where} extends itself through ${stack.map((k) => k.split('#')[1]).join(' → ')}: remove the cycle`);
        if (!isMapping(definition) || definition.extends === undefined || definition.extends === null) {
            this.done.set(key, definition);
            return definition;
        }
        const spec = definition.extends;
        const baseName = typeof spec === 'string' ? spec : isMapping(spec) && typeof spec.service === 'string' ? spec.service : undefined;
        if (!baseName)
            throw new src/* UserError */.yo(`${where} has an "extends:" without a service name: write extends: {service: base}`);
        let baseServices = services;
        let baseFile = file;
        if (isMapping(spec) && typeof spec.file === 'string') {
            baseFile = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), spec.file);
            baseServices = this.servicesOf(baseFile);
        }
        if (!Object.hasOwn(baseServices, baseName)) {
            throw new src/* UserError */.yo(`${where} extends "${baseName}", which ${this.context.show(baseFile)} does not define`);
        }
        const base = this.resolveIn(baseServices, baseName, baseFile, [...stack, key]);
        const own = { ...definition };
        delete own.extends;
        const merged = isMapping(base)
            ? mergeMappings({ services: { s: base } }, { services: { s: own } })
            : { services: { s: own } };
        const result = merged.services.s;
        this.done.set(key, result);
        return result;
    }
    servicesOf(file) {
        let services = this.files.get(file);
        if (!services) {
            const { document } = readComposeFile(file, this.context.lookup, this.context.show, this.context.onWarning);
            services = isMapping(document.services) ? document.services : {};
            this.files.set(file, services);
        }
        return services;
    }
}
function toService(name, definition, origin) {
    const where = `${origin.file}${origin.line ? `:${origin.line}` : ''}`;
    const fail = (problem) => {
        throw new src/* UserError */.yo(`${where}: service "${name}" ${problem}`, { file: origin.file, line: origin.line });
    };
    if (!SERVICE_NAME.test(name))
        fail('has a name Compose refuses: use letters, digits, ".", "_" and "-"');
    if (!isMapping(definition))
        fail('must be a mapping (image:, build:, …)');
    const service = definition;
    const result = { name, file: origin.file, line: origin.line };
    if (Array.isArray(service.profiles))
        result.profiles = service.profiles.map(String);
    if (service.image !== undefined && service.image !== null) {
        if (typeof service.image !== 'string' && typeof service.image !== 'number')
            fail('has an "image:" that is not a string');
        const image = String(service.image).trim();
        if (image)
            result.image = image;
    }
    if (service.build !== undefined && service.build !== null) {
        const build = service.build;
        if (typeof build === 'string') {
            result.build = { context: build };
        }
        else if (isMapping(build)) {
            result.build = {
                context: typeof build.context === 'string' && build.context !== '' ? build.context : '.',
                dockerfile: typeof build.dockerfile === 'string' ? build.dockerfile : undefined,
                target: typeof build.target === 'string' ? build.target : undefined,
            };
        }
        else {
            fail('has a "build:" that is neither a path nor a mapping');
        }
    }
    return result;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function serviceKey(name) {
    return new RegExp(`^\\s+["']?${escapeRegExp(name)}["']?\\s*:`, 'm');
}
/** The 1-based line of the first match in a text (skipping comment lines), or undefined. */
function lineOf(text, pattern, after = 0) {
    const regex = typeof pattern === 'string'
        ? new RegExp(escapeRegExp(pattern))
        : new RegExp(pattern.source, pattern.flags.replace('m', ''));
    const lines = text.split(/\r?\n/);
    for (let i = after; i < lines.length; i += 1) {
        if (lines[i].trimStart().startsWith('#'))
            continue;
        if (regex.test(lines[i]))
            return i + 1;
    }
    return undefined;
}


/***/ }),

/***/ 4981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ imageSourcesFromInputs)
/* harmony export */ });
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9729);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8280);



function imageSourcesFromInputs(inputs) {
    if (inputs.images.length > 0) {
        if (inputs.composeFiles.length > 0)
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', 'and compose-file are both set: use one of them');
        return { sources: (0,_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .listImageSources */ .Ir)(inputs.images), from: 'input "images"' };
    }
    const files = inputs.composeFiles.length > 0
        ? inputs.composeFiles.map((file) => (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .resolveInWorkspace */ .z1)(file, 'compose-file', inputs.root))
        : (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .findDefaultComposeFiles */ .uS)(inputs.root, inputs.onWarning);
    if (files.length === 0) {
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('compose-file', 'is empty and the workspace has no compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml: set compose-file, or list the images in images');
    }
    const project = (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadComposeProject */ .IJ)(files, {
        display: (path) => (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(path, inputs.root),
        onWarning: inputs.onWarning,
    });
    const { images, skipped } = (0,_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .composeImageSources */ .ij)(project, {
        services: inputs.services,
        includeThirdParty: inputs.includeThirdParty,
    });
    for (const skip of skipped)
        inputs.onInfo?.(`skipping service ${skip.service}${skip.image ? ` (${skip.image})` : ''}: ${skip.reason}`);
    return {
        sources: images,
        from: `${files.map((file) => (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(file, inputs.root)).join(', ')} (project ${project.name})`,
    };
}


/***/ }),

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ listImageSources),
/* harmony export */   WU: () => (/* binding */ targetRepository),
/* harmony export */   ij: () => (/* binding */ composeImageSources)
/* harmony export */ });
/* unused harmony export checkDestination */
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(341);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8280);



function composeImageSources(project, options = {}) {
    const wanted = new Set(options.services ?? []);
    const known = new Set(project.services.map((service) => service.name));
    const unknown = [...wanted].filter((name) => !known.has(name));
    if (unknown.length > 0) {
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('services', `names ${unknown.map((name) => `"${name}"`).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not in the Compose project: use some of ${[...known].join(', ') || '(none)'}`);
    }
    const images = [];
    const skipped = [];
    for (const service of project.services) {
        if (wanted.size > 0 && !wanted.has(service.name)) {
            skipped.push({ service: service.name, image: service.image, reason: 'not in the services input' });
            continue;
        }
        const where = `${service.file}${service.line ? `:${service.line}` : ''}`;
        const inactive = service.profiles &&
            service.profiles.length > 0 &&
            !wanted.has(service.name) &&
            !service.profiles.some((profile) => project.activeProfiles.includes(profile));
        if (inactive) {
            skipped.push({
                service: service.name,
                image: service.image,
                reason: `its profiles (${service.profiles.join(', ')}) are not in COMPOSE_PROFILES`,
            });
            continue;
        }
        if (service.build) {
            images.push({
                name: service.name,
                local: service.image ?? (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultImageName */ .eo)(project.name, service.name),
                kind: 'build',
                declared: service.image,
                service: service.name,
                where,
            });
        }
        else if (service.image) {
            if (options.includeThirdParty) {
                images.push({
                    name: service.name,
                    local: service.image,
                    kind: 'third-party',
                    declared: service.image,
                    service: service.name,
                    where,
                });
            }
            else {
                skipped.push({
                    service: service.name,
                    image: service.image,
                    reason: 'third-party (no build:); set include-third-party to push it',
                });
            }
        }
        else {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: service "${service.name}" has neither "image:" nor "build:": Compose needs one of them`, {
                file: service.file,
                line: service.line,
            });
        }
    }
    return { images, skipped };
}
function listImageSources(names, input = 'images') {
    return names.map((text) => {
        let reference;
        try {
            reference = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(text);
        }
        catch (error) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has ${error.message}`);
        }
        if (reference.digest)
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has "${text}": name a local image by name[:tag], not by digest`);
        return {
            name: reference.repository.split('/').pop(),
            local: text,
            kind: 'image',
            declared: text,
            where: `input "${input}"`,
        };
    });
}
/** The repository an image is pushed to (see the rules at the top of this file). */
function targetRepository(source, options) {
    const registry = (options.registry ?? '').trim().replace(/\/+$/, '');
    const prefix = (options.prefix ?? '').trim().replace(/^\/+|\/+$/g, '');
    if (!registry) {
        if (prefix)
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('repository-prefix', 'needs the registry input: set registry as well, e.g. ghcr.io');
        if (!source.declared) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source.where}: service "${source.service}" has no "image:" name to push to: set the registry input, or an image: such as ghcr.io/acme/${source.service}`);
        }
        if (source.kind === 'third-party') {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('include-third-party', `needs the registry input: ${source.declared} (service "${source.service}") would be pushed over its upstream repository`);
        }
        let reference;
        try {
            reference = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(source.declared);
        }
        catch (error) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source.where}: ${error.message}`);
        }
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .makeReference */ .WU)(reference.registry, reference.repository);
    }
    checkDestination(registry, prefix);
    let base = source.service ?? source.name;
    if (source.declared) {
        let declared;
        try {
            declared = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(source.declared);
        }
        catch (error) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source.where}: ${error.message}`);
        }
        // Already named for this registry (image: ghcr.io/acme/web with registry ghcr.io): keep the name.
        if ((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseRegistry */ .Me)(declared.registry.toLowerCase()) === (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseRegistry */ .Me)(registry.toLowerCase()) &&
            source.kind !== 'third-party') {
            return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .makeReference */ .WU)(declared.registry, declared.repository);
        }
        base = declared.repository.split('/').pop();
    }
    const repository = prefix ? `${prefix}/${base}` : base;
    try {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .makeReference */ .WU)(registry, repository);
    }
    catch (error) {
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source.where}: ${source.service ? `service "${source.service}": ` : ''}${error.message}`);
    }
}
/** Checks the registry and prefix inputs on their own, so a bad one is named as the input. */
function checkDestination(registry, prefix) {
    try {
        (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .makeReference */ .WU)(registry, 'probe');
    }
    catch (error) {
        const problem = error.message.replace(/^invalid image reference "[^"]*": /, '');
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('registry', `is "${registry}": ${problem}; write a host such as ghcr.io or 127.0.0.1:5000`);
    }
    if (!prefix)
        return;
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryProblem */ .Ki)(prefix);
    if (problem)
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('repository-prefix', `is "${prefix}": ${problem.replace(/^repository/, 'prefix')}`);
}


/***/ }),

/***/ 5790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ computeDigest),
/* harmony export */   _j: () => (/* binding */ matchesDigest),
/* harmony export */   n2: () => (/* binding */ validateDigest)
/* harmony export */ });
/* unused harmony exports isDigest, digester */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Content digests (OCI image spec "digest"): algorithm ":" encoded, checked against the bytes. */

const HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
const DIGEST = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
/** Why a digest string is not valid, or undefined when it is. */
function validateDigest(digest) {
    const match = DIGEST.exec(digest);
    if (!match)
        return `digest "${digest}" is not algorithm:hex, such as sha256:<64 hex characters>`;
    const [, algorithm, encoded] = match;
    const length = HEX_LENGTH[algorithm];
    if (length === undefined)
        return `digest algorithm "${algorithm}" is not supported (use sha256, sha384 or sha512)`;
    if (encoded.length !== length || !/^[a-f0-9]+$/.test(encoded)) {
        return `digest "${digest}" must have ${length} lower-case hexadecimal characters after "${algorithm}:"`;
    }
    return undefined;
}
function isDigest(value) {
    return validateDigest(value) === undefined;
}
/** The digest of some bytes; sha256 unless another supported algorithm is asked for. */
function computeDigest(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** An incremental digester, for streamed blobs. */
function digester(algorithm = 'sha256') {
    const hash = createHash(algorithm);
    return {
        update: (chunk) => void hash.update(chunk),
        digest: () => `${algorithm}:${hash.digest('hex')}`,
    };
}
/** Whether `bytes` have the digest `expected` (computed with expected's own algorithm). */
function matchesDigest(bytes, expected) {
    const algorithm = expected.slice(0, expected.indexOf(':'));
    if (HEX_LENGTH[algorithm] === undefined)
        return false;
    return computeDigest(bytes, algorithm) === expected;
}


/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports planPush, pushImages */
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);
/* harmony import */ var _compose_targets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9729);



function planPush(sources, tags, options) {
    const list = Array.isArray(tags) ? tags : tags.tags;
    const immutable = Array.isArray(tags) ? new Set(list) : tags.immutable;
    const firstPhase = new Set(list.filter((tag) => immutable.has(tag)));
    if (firstPhase.size === 0 && list.length > 0)
        firstPhase.add(list[0]);
    const plan = sources.map((source) => {
        const repository = targetRepository(source, options);
        return { source, repository, targets: list.map((tag) => repository.withTag(tag)), first: firstPhase };
    });
    const seen = new Map();
    for (const item of plan) {
        const other = seen.get(item.repository.name);
        if (other) {
            throw new UserError(`${describe(other.source)} and ${describe(item.source)} would both be pushed to ${item.repository.name}: give them distinct image: names, or push them with separate steps`);
        }
        seen.set(item.repository.name, item);
    }
    return plan;
}
function describe(source) {
    return source.service ? `service "${source.service}" (${source.where})` : `image ${source.local}`;
}
function reasonOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Writes `targets` as the manifest at `digest` (one GET, one PUT a tag, then a HEAD each to check); records each tag. */
async function writeTags(client, state, targets, digest) {
    if (targets.length === 0)
        return;
    const { item } = state;
    const manifest = await client.getManifest(item.repository.withDigest(digest));
    const settled = await Promise.allSettled(targets.map(async (target) => {
        await client.putManifest(target, manifest);
        const info = await client.headManifest(target);
        if (info?.digest !== digest) {
            throw new UserError(`registry ${target.registry}: ${target} points at ${info?.digest ?? 'nothing'}, not ${digest}, right after it was written`);
        }
    }));
    settled.forEach((outcome, index) => {
        const tag = targets[index].tag;
        if (outcome.status === 'fulfilled')
            state.written.add(tag);
        else {
            state.notWritten.set(tag, reasonOf(outcome.reason));
            state.error ??= outcome.reason;
        }
    });
}
async function pushImages(plan, options) {
    const { engine, client } = options;
    const contact = new FirstContact();
    const states = plan.map((item) => ({ item, written: new Set(), notWritten: new Map() }));
    // 1. Every image: its immutable tags (the engine uploads the layers with the first of them).
    await mapLimit(states, options.concurrency, async (state) => {
        const { item } = state;
        const first = item.targets.filter((target) => item.first.has(target.tag));
        const [pushed, ...others] = first;
        try {
            for (const target of item.targets)
                await engine.tag(item.source.local, target.toString());
            await engine.push(pushed.toString(), pushed.registry);
            const info = await contact.run(pushed.registry, () => client.headManifest(pushed));
            if (!info) {
                throw new UserError(`registry ${pushed.registry}: ${pushed} is missing right after ${engine.name} pushed it: check that the registry keeps what it accepts`);
            }
            state.digest = info.digest;
            state.written.add(pushed.tag);
            await writeTags(client, state, others, info.digest);
        }
        catch (error) {
            state.error = error;
            for (const target of first)
                if (!state.written.has(target.tag))
                    state.notWritten.set(target.tag, reasonOf(error));
        }
    });
    // 2. The moving tags, only when every image has its immutable ones.
    const failed = states.find((state) => state.error !== undefined);
    await mapLimit(states, options.concurrency, async (state) => {
        const moving = state.item.targets.filter((target) => !state.item.first.has(target.tag));
        if (moving.length === 0)
            return;
        if (failed || state.digest === undefined) {
            const reason = `not written: ${failed?.item.repository.name ?? state.item.repository.name} failed first`;
            for (const target of moving)
                state.notWritten.set(target.tag, reason);
            return;
        }
        try {
            await writeTags(client, state, moving, state.digest);
        }
        catch (error) {
            state.error ??= error;
            for (const target of moving)
                if (!state.written.has(target.tag) && !state.notWritten.has(target.tag))
                    state.notWritten.set(target.tag, reasonOf(error));
        }
    });
    return states.map((state) => {
        const { item } = state;
        const tags = item.targets.map((target) => target.tag).filter((tag) => state.written.has(tag));
        if (state.digest) {
            options.onInfo?.(`${item.repository.name}@${state.digest} ← ${item.source.local} (${tags.join(', ')})`);
        }
        return {
            name: item.source.name,
            repository: item.repository.name,
            tags,
            digest: state.digest ?? '',
            ref: state.digest ? `${item.repository.name}@${state.digest}` : item.repository.name,
            source: item.source.local,
            notWritten: item.targets
                .map((target) => target.tag)
                .filter((tag) => state.notWritten.has(tag))
                .map((tag) => ({ tag, reason: state.notWritten.get(tag) })),
            ...(state.error !== undefined ? { error: state.error } : {}),
        };
    });
}


/***/ }),

/***/ 8941:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a0: () => (/* binding */ networkErrorCode),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody)
/* harmony export */ });
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);
/**
 * Registry failures as one-line messages: which registry, what (manifest, blob, tags),
 * the HTTP status and the registry's error code, and what to do. Never a credential.
 */

const PROBLEMS = {
    MANIFEST_UNKNOWN: 'not found',
    NAME_UNKNOWN: 'repository not found',
    BLOB_UNKNOWN: 'not found',
    BLOB_UPLOAD_UNKNOWN: 'upload session lost',
    BLOB_UPLOAD_INVALID: 'upload rejected',
    DIGEST_INVALID: 'digest does not match the content',
    MANIFEST_BLOB_UNKNOWN: 'refers to a blob the repository does not have',
    MANIFEST_INVALID: 'rejected as invalid',
    MANIFEST_UNVERIFIED: 'rejected: signature could not be verified',
    NAME_INVALID: 'has an invalid repository name',
    TAG_INVALID: 'has an invalid tag',
    SIZE_INVALID: 'size does not match the content',
    UNAUTHORIZED: 'authentication required or failed',
    DENIED: 'access denied',
    UNSUPPORTED: 'operation not supported by this registry',
    TOOMANYREQUESTS: 'too many requests (rate limited)',
};
const HINTS = {
    MANIFEST_UNKNOWN: 'push it first, or check the tag',
    NAME_UNKNOWN: 'push an image to it first, or check the repository name',
    BLOB_UNKNOWN: 'push the image again so its layers are uploaded',
    MANIFEST_BLOB_UNKNOWN: 'push the layers and config before the manifest',
    UNAUTHORIZED: 'check the username and password (or token) for this registry',
    DENIED: 'check that these credentials may push to and pull from this repository',
    TAG_INVALID: 'use a tag of letters, digits, "_", "." and "-"',
    TOOMANYREQUESTS: 'wait and retry, or authenticate to get a higher limit',
};
function statusProblem(status) {
    switch (status) {
        case undefined:
            return 'could not be reached';
        case 401:
            return 'authentication required or failed';
        case 403:
            return 'access denied';
        case 404:
            return 'not found';
        case 405:
            return 'operation not allowed by this registry';
        case 429:
            return 'too many requests (rate limited)';
        default:
            return status >= 500 ? `registry failure (HTTP ${status})` : `failed (HTTP ${status})`;
    }
}
class RegistryError extends _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    registry;
    subject;
    status;
    codes;
    retryAfterMs;
    hint;
    problem;
    constructor(init) {
        const codes = init.codes ?? [];
        const code = codes[0]?.code;
        const problem = init.problem ?? (code && PROBLEMS[code]) ?? statusProblem(init.status);
        const hint = init.hint ?? (code ? HINTS[code] : undefined) ?? (init.status === 401 ? HINTS.UNAUTHORIZED : undefined);
        const codeText = code
            ? ` (${code})`
            : init.status !== undefined && !problem.includes(`HTTP ${init.status}`)
                ? ` (HTTP ${init.status})`
                : '';
        super(`registry ${init.registry}: ${init.subject} ${problem}${codeText}${hint ? `: ${hint}` : ''}`, {
            cause: init.cause,
        });
        this.name = 'RegistryError';
        this.registry = init.registry;
        this.subject = init.subject;
        this.status = init.status;
        this.codes = codes;
        this.retryAfterMs = init.retryAfterMs;
        this.hint = hint;
        this.problem = problem;
    }
    /** The first error code the registry gave (MANIFEST_UNKNOWN, DENIED…), if any. */
    get code() {
        return this.codes[0]?.code;
    }
    /** The same error with another hint, for callers that know which input to name. */
    withHint(hint) {
        return new RegistryError({
            registry: this.registry,
            subject: this.subject,
            status: this.status,
            codes: this.codes,
            problem: this.problem,
            hint,
            retryAfterMs: this.retryAfterMs,
            cause: this.cause,
        });
    }
}
/** Reads the distribution error body; tolerant of registries that send HTML or nothing. */
function parseErrorBody(body) {
    if (!body)
        return [];
    try {
        const parsed = JSON.parse(body);
        if (Array.isArray(parsed.errors)) {
            return parsed.errors
                .filter((entry) => entry !== null && typeof entry === 'object')
                .map((entry) => ({
                code: typeof entry.code === 'string' ? entry.code.toUpperCase() : 'UNKNOWN',
                message: typeof entry.message === 'string' ? entry.message : undefined,
                detail: entry.detail,
            }));
        }
    }
    catch {
        // not JSON
    }
    return [];
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
/** The network error code behind a fetch failure (fetch wraps it in TypeError("fetch failed").cause). */
function networkErrorCode(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
        const code = current.code;
        if (typeof code === 'string' && code !== '')
            return code;
        const message = current.message;
        if (typeof message === 'string' && /socket hang up|other side closed|terminated/i.test(message))
            return 'ECONNRESET';
        current = current.cause;
    }
    return undefined;
}
/** Whether a failure is worth retrying: 429, 5xx (except 501), and connection resets. */
function isTransient(error) {
    if (error instanceof RegistryError) {
        if (error.status === undefined) {
            const code = networkErrorCode(error.cause);
            return code !== undefined && TRANSIENT_CODES.has(code);
        }
        return error.status === 429 || error.status === 408 || (error.status >= 500 && error.status !== 501);
    }
    const code = networkErrorCode(error);
    return code !== undefined && TRANSIENT_CODES.has(code);
}


/***/ }),

/***/ 1378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ parseImageListInput),
/* harmony export */   x8: () => (/* binding */ writeImageListOutputs)
/* harmony export */ });
/* unused harmony exports pinnedTag, pinnedImage, imageListLines */
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);
/* harmony import */ var _kra_core_versions__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1143);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(341);
/**
 * The `images` input of tag-release and k8s-deploy, read one way: the image list JSON of
 * push-images or tag-release (`[{"name","repository","tags","digest","ref"}]`), its text form
 * (one reference a line: `ghcr.io/acme/web:1.4.0@sha256:…`), or references in a JSON array.
 * Every reference goes through the one parser (reference.ts); a bad one is a one-line error
 * naming the input and the line or item. Exported on `@kra/registry/image-list` as well, so
 * k8s-deploy reads it without the registry client.
 */



function parse(input, text, where) {
    try {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text);
    }
    catch (error) {
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where} has ${error.message}`);
    }
}
/** Reads the images input (see the top of this file); an empty value gives []. */
function parseImageListInput(input, value) {
    return (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonOrList */ .Zn)(input, value, (line, where) => {
        const reference = parse(input, line, where);
        const repository = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .writtenRepository */ .WQ)(line, reference);
        return {
            reference: parse(input, repository, where),
            repository,
            name: reference.repository.split('/').pop(),
            tag: reference.tag,
            tags: reference.tag ? [reference.tag] : [],
            digest: reference.digest ?? '',
            where,
            entry: false,
        };
    }, (item, index) => {
        const entry = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .parseImageListEntry */ .ZX)(input, item, index);
        const where = `item ${index}`;
        const reference = parse(input, entry.repository, where);
        if (reference.tag || reference.digest) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where} has "repository": "${entry.repository}" with a tag or digest: put those in "tags" and "digest"`);
        }
        for (const tag of entry.tags)
            reference.withTag(tag);
        if (entry.digest)
            reference.withDigest(entry.digest);
        return {
            reference,
            repository: entry.repository,
            name: entry.name,
            tags: entry.tags,
            digest: entry.digest,
            where,
            entry: true,
        };
    });
}
/**
 * The tag written beside the digest when an image list entry becomes one reference (its text
 * form, and what k8s-deploy pins): the release's version tag when the entry has one (the first
 * of its tags that is a semantic version, 1.4.0 or v1.5.0-rc.1, wherever it is in the list),
 * else its first tag. The digest decides what runs; the tag is what people read.
 */
function pinnedTag(entry) {
    return entry.tags.find((tag) => (0,_kra_core_versions__WEBPACK_IMPORTED_MODULE_1__/* .parseVersionTag */ ._Q)(tag) !== undefined) ?? entry.tags[0];
}
/** An entry as one reference: repository:tag@digest, repository:tag or repository@digest (undefined with neither). */
function pinnedImage(entry) {
    const tag = pinnedTag(entry);
    if (!tag && !entry.digest)
        return undefined;
    return `${entry.repository}${tag ? `:${tag}` : ''}${entry.digest ? `@${entry.digest}` : ''}`;
}
/** The text form of an image list (the `images` output): one pinned reference a line. */
function imageListLines(entries) {
    return entries.map((entry) => pinnedImage(entry) ?? entry.repository);
}
/**
 * The image outputs push-images and tag-release share: `images` (the image list), `refs`
 * (pinned references) and `not-written` (the tags left out), each as text and `-json`, with
 * the deprecated `images` JSON alias.
 */
function writeImageListOutputs(entries, notWritten) {
    (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .setListOutput */ .SP)('images', imageListLines(entries), entries);
    (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .setListOutput */ .SP)('refs', entries.map((entry) => entry.ref));
    (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .setListOutput */ .SP)('not-written', notWritten.map((item) => `${item.repository}:${item.tag}`), notWritten);
    (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .writeDeprecatedOutputs */ .fV)([], [{ name: 'images', json: 'images-json' }]);
}


/***/ }),

/***/ 341:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Ki: () => (/* binding */ repositoryProblem),
/* harmony export */   Me: () => (/* binding */ normaliseRegistry),
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   WQ: () => (/* binding */ writtenRepository),
/* harmony export */   WU: () => (/* binding */ makeReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   z7: () => (/* binding */ validateTag)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_LEGACY, DOCKER_HUB_API, REPOSITORY_NAME_LENGTH_MAX, TAG_LENGTH_MAX, InvalidReferenceError, familiarString, repositoryKey, tryParseReference */
/* harmony import */ var _kra_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(637);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5790);
/**
 * Image references, parsed the way Docker does (the distribution/reference grammar):
 *
 *   reference  := name [ ":" tag ] [ "@" digest ]
 *   name       := [domain "/"] path-component ["/" path-component]*
 *   domain     := host [":" port]            host = domain-name | IPv4 | "[" IPv6 "]"
 *   path-comp  := [a-z0-9]+ ( ( [._] | "__" | "-"+ ) [a-z0-9]+ )*
 *   tag        := [\w][\w.-]{0,127}
 *   digest     := algorithm ":" hex          sha256 = 64 lower-case hex
 *
 * Normalisation follows ParseNormalizedNamed: a first component is a registry when it holds
 * a "." or ":", is "localhost", or has upper-case letters; otherwise the registry is
 * docker.io, and a single-segment Docker Hub name gets "library/". index.docker.io is
 * written docker.io; the API host for both is registry-1.docker.io (see apiHost()).
 *
 * The one image-reference parser of the suite: k8s-deploy (through `@kra/registry/reference`,
 * which brings no registry client) and cluster-sim read references with it too.
 */
// The module, not @kra/core's index: k8s-deploy's bundle takes this parser through @kra/registry/reference.


const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_LEGACY = 'index.docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
/** The limit on the repository path, without the registry (distribution/reference since v0.6.0). */
const REPOSITORY_NAME_LENGTH_MAX = 255;
const TAG_LENGTH_MAX = 128;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const IDENTIFIER = /^[a-f0-9]{64}$/;
/** A reference, tag or repository that does not follow the grammar; one line naming it. */
class InvalidReferenceError extends _kra_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    reference;
    constructor(reference, problem) {
        super(`invalid image reference "${reference}": ${problem}`);
        this.name = 'InvalidReferenceError';
        this.reference = reference;
    }
}
class Reference {
    registry;
    repository;
    tag;
    digest;
    name;
    constructor(registry, repository, tag, digest) {
        this.registry = registry;
        this.repository = repository;
        this.tag = tag;
        this.digest = digest;
        this.name = `${registry}/${repository}`;
    }
    toString() {
        return `${this.name}${this.tag ? `:${this.tag}` : ''}${this.digest ? `@${this.digest}` : ''}`;
    }
    withTag(tag) {
        validateTag(tag, this.name);
        return new Reference(this.registry, this.repository, tag);
    }
    withDigest(digest) {
        checkDigest(digest, this.name);
        return new Reference(this.registry, this.repository, undefined, digest);
    }
    toJSON() {
        return this.toString();
    }
}
/** Why a tag is not valid, or undefined when it is. */
function tagProblem(tag) {
    if (tag === '')
        return 'the tag is empty';
    if (tag.length > TAG_LENGTH_MAX)
        return `tag "${tag.slice(0, 20)}…" is ${tag.length} characters, at most ${TAG_LENGTH_MAX} are allowed`;
    if (!TAG.test(tag)) {
        return `tag "${tag}" may only hold letters, digits, "_", "." and "-", and must not start with "." or "-"`;
    }
    return undefined;
}
/** Throws InvalidReferenceError unless `tag` is a valid tag ([\w][\w.-]{0,127}). */
function validateTag(tag, where) {
    const problem = tagProblem(tag);
    if (problem)
        throw new InvalidReferenceError(where ? `${where}:${tag}` : tag, problem);
}
function checkDigest(digest, where) {
    const problem = (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .validateDigest */ .n2)(digest);
    if (problem)
        throw new InvalidReferenceError(`${where}@${digest}`, problem);
}
/** Splits the first path component off as a registry the way Docker does. */
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return { registry: DOCKER_HUB, repository: `library/${name}` };
    const first = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    let registry;
    let repository;
    if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
        registry = first === DOCKER_HUB_LEGACY ? DOCKER_HUB : first;
        repository = rest;
    }
    else {
        registry = DOCKER_HUB;
        repository = name;
    }
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    return { registry, repository };
}
/** Checks a repository path (without registry); returns the problem or undefined. */
function repositoryProblem(repository) {
    if (repository === '')
        return 'the repository name is empty';
    if (repository.length > REPOSITORY_NAME_LENGTH_MAX) {
        return `repository "${repository.slice(0, 20)}…" is ${repository.length} characters, at most ${REPOSITORY_NAME_LENGTH_MAX} are allowed (the registry not counted)`;
    }
    if (repository.toLowerCase() !== repository && REPOSITORY.test(repository.toLowerCase())) {
        return `repository "${repository}" must be lower-case: write "${repository.toLowerCase()}"`;
    }
    if (!REPOSITORY.test(repository)) {
        return `repository "${repository}" must be lower-case letters, digits and separators (".", "_", "__", "-") in "/"-separated components that start and end with a letter or digit`;
    }
    return undefined;
}
/**
 * Parses an image reference: `nginx`, `nginx:1.27`, `ghcr.io/acme/web:sha-abc1234`,
 * `127.0.0.1:5000/shop/web@sha256:…`, `localhost/app:dev`. Throws InvalidReferenceError
 * (one line naming the reference and what is wrong).
 */
function parseReference(text) {
    const input = text.trim();
    if (input === '')
        throw new InvalidReferenceError(text, 'the reference is empty');
    if (/\s/.test(input))
        throw new InvalidReferenceError(input, 'a reference cannot hold white space');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
        throw new InvalidReferenceError(input, 'write the reference without a URL scheme, e.g. ghcr.io/acme/web:1.0');
    }
    if (IDENTIFIER.test(input)) {
        throw new InvalidReferenceError(input, 'a 64-character hexadecimal string is an image ID, not a repository name');
    }
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        checkDigest(digest, rest);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        const problem = tagProblem(tag);
        if (problem)
            throw new InvalidReferenceError(input, problem);
    }
    if (rest === '')
        throw new InvalidReferenceError(input, 'the repository name is missing');
    const { registry, repository } = splitDomain(rest);
    if (!DOMAIN.test(registry)) {
        throw new InvalidReferenceError(input, `registry "${registry}" is not a host name, IP address or [IPv6] with an optional :port`);
    }
    const problem = repositoryProblem(repository);
    if (problem)
        throw new InvalidReferenceError(input, problem);
    return new Reference(registry, repository, tag, digest);
}
/** A reference from its parts, validated: registry as written, repository path, optional tag or digest. */
function makeReference(registry, repository, options = {}) {
    const text = `${registry}/${repository}`;
    if (!DOMAIN.test(registry)) {
        throw new InvalidReferenceError(text, `registry "${registry}" is not a host name, IP address or [IPv6] with an optional :port`);
    }
    const problem = repositoryProblem(repository);
    if (problem)
        throw new InvalidReferenceError(text, problem);
    if (options.tag !== undefined)
        validateTag(options.tag, text);
    if (options.digest !== undefined)
        checkDigest(options.digest, text);
    return new Reference(normaliseRegistry(registry), repository, options.tag, options.digest);
}
/** docker.io and index.docker.io are one registry, written docker.io. */
function normaliseRegistry(registry) {
    const lower = registry.toLowerCase();
    if (lower === DOCKER_HUB_LEGACY || lower === DOCKER_HUB_API)
        return DOCKER_HUB;
    return registry;
}
/** The host the distribution API is spoken to: registry-1.docker.io for Docker Hub, the registry otherwise. */
function apiHost(registry) {
    return normaliseRegistry(registry) === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** The familiar form Docker prints: nginx:1.27 for docker.io/library/nginx:1.27. */
function familiarString(ref) {
    let name = ref.name;
    if (ref.registry === DOCKER_HUB) {
        name =
            ref.repository.startsWith('library/') && !ref.repository.slice(8).includes('/')
                ? ref.repository.slice(8)
                : ref.repository;
    }
    return `${name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/**
 * How a repository is known when two references are compared: the registry as a host
 * (case-insensitive, docker.io for index.docker.io) and the repository path.
 */
function repositoryKey(ref) {
    return `${normaliseRegistry(ref.registry.toLowerCase())}/${ref.repository}`;
}
/** Whether two references name the same repository (their tags and digests aside). */
function sameRepository(a, b) {
    return repositoryKey(a) === repositoryKey(b);
}
/** The reference, or undefined when the text is not one (a placeholder left in a manifest, say). */
function tryParseReference(text) {
    try {
        return parseReference(text);
    }
    catch (error) {
        if (error instanceof InvalidReferenceError)
            return undefined;
        throw error;
    }
}
/** The repository part of a reference as it was written, tag and digest cut off: `nginx:1.27@sha256:…` → `nginx`. */
function writtenRepository(text, ref) {
    let rest = text.trim();
    if (ref.digest)
        rest = rest.slice(0, rest.lastIndexOf('@'));
    if (ref.tag)
        rest = rest.slice(0, rest.length - ref.tag.length - 1);
    return rest;
}


/***/ }),

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ parseEnvironmentRules),
/* harmony export */   ab: () => (/* binding */ environmentTag),
/* harmony export */   g9: () => (/* binding */ resolveEnvironment)
/* harmony export */ });
/* unused harmony export DEFAULT_ENVIRONMENT_RULES */
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(341);


const DEFAULT_ENVIRONMENT_RULES = 'prerelease=staging\nrelease=production';
function parseEnvironmentRules(text, input = 'environments') {
    const source = text.trim() === '' ? DEFAULT_ENVIRONMENT_RULES : text;
    return (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(source).map((line, index) => {
        const equals = line.indexOf('=');
        const pattern = equals < 0 ? '' : line.slice(0, equals).trim();
        const environment = equals < 0 ? '' : line.slice(equals + 1).trim();
        if (!pattern || !environment) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has "${line}": write one rule a line as pattern=environment, e.g. prerelease=staging, release=production or v2.*=production-eu`);
        }
        if (!/^[\w.-]+$/.test(environment) || environment.length > 255) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has "${line}": environment "${environment}" may only hold letters, digits, "_", "." and "-"`);
        }
        return { pattern, environment, line: index + 1 };
    });
}
function globToRegExp(glob) {
    const body = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${body}$`);
}
function resolveEnvironment(version, rules) {
    for (const rule of rules) {
        if (rule.pattern === 'prerelease' || rule.pattern === 'pre-release') {
            if (version.prerelease)
                return rule;
            continue;
        }
        if (rule.pattern === 'release' || rule.pattern === 'final') {
            if (!version.prerelease)
                return rule;
            continue;
        }
        // A "v" in front is optional on both sides: v2.* and 2.* match v2.3.0 and 2.3.0 alike.
        const bare = globToRegExp(rule.pattern.replace(/^[vV](?=[\d*?])/, ''));
        if (globToRegExp(rule.pattern).test(version.raw) ||
            bare.test(version.raw.replace(/^[vV]/, '')) ||
            bare.test(version.version)) {
            return rule;
        }
    }
    return undefined;
}
/**
 * The `environment-tag` input for this release: `{{environment}}` becomes the environment the
 * rules chose; with no environment the tag is left out (a warning says so). A tag that is not
 * valid is an error naming the input.
 */
function environmentTag(template, environment, version, input = 'environment-tag') {
    if (!template)
        return {};
    let tag = template;
    if (template.includes('{{environment}}')) {
        if (!environment)
            return { warning: `${input} "${template}" is not set: no environment rule matches ${version.raw}` };
        tag = template.replaceAll('{{environment}}', environment);
    }
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(tag);
    if (problem)
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is "${tag}": ${problem}`);
    return { tag };
}


/***/ }),

/***/ 8048:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ releaseImages)
/* harmony export */ });
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);
/* harmony import */ var _compose_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4981);
/* harmony import */ var _compose_targets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9729);
/* harmony import */ var _image_list_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1378);
/* harmony import */ var _retag_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4409);





function releaseImages(inputs) {
    const toTarget = (source) => {
        try {
            return (0,_retag_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseTarget */ .J)(source, inputs.target);
        }
        catch (error) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(inputs.target.prefix ? 'target-repository-prefix' : 'target-registry', `gives ${error.message}`);
        }
    };
    const listed = (0,_image_list_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageListInput */ .$s)('images', inputs.images);
    if (listed.length > 0) {
        if (inputs.composeFiles.length > 0)
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', 'and compose-file are both set: use one of them');
        return listed.map((image) => {
            const source = image.digest
                ? image.reference.withDigest(image.digest)
                : image.reference.withTag(image.tag ?? inputs.sourceTag());
            return {
                name: image.name,
                source,
                target: toTarget(source),
                ...(image.entry ? { knownTags: image.tags } : {}),
                where: `input "images" ${image.where}`,
            };
        });
    }
    const { sources } = (0,_compose_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .imageSourcesFromInputs */ .F)({
        root: inputs.root,
        images: [],
        composeFiles: [...inputs.composeFiles],
        services: [...inputs.services],
        onWarning: inputs.onWarning,
        onInfo: inputs.onInfo,
    });
    return sources.map((entry) => {
        const source = (0,_compose_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .targetRepository */ .WU)(entry, { registry: inputs.registry, prefix: inputs.prefix }).withTag(inputs.sourceTag());
        return { name: entry.name, source, target: toTarget(source), where: entry.where };
    });
}


/***/ }),

/***/ 9381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ decideMoving),
/* harmony export */   Af: () => (/* binding */ DEFAULT_RELEASE_TAGS),
/* harmony export */   DL: () => (/* binding */ versionFromEvent),
/* harmony export */   L1: () => (/* binding */ prereleaseFromEvent),
/* harmony export */   LQ: () => (/* binding */ parseReleaseVersion),
/* harmony export */   O1: () => (/* binding */ decideLatest),
/* harmony export */   aY: () => (/* binding */ releaseLine),
/* harmony export */   dt: () => (/* binding */ releaseTags)
/* harmony export */ });
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);
/* harmony import */ var _kra_core_versions__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1143);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(341);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7891);




const DEFAULT_RELEASE_TAGS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}', 'latest'];
/**
 * Parses a release version strictly: MAJOR.MINOR.PATCH with optional -pre-release and +build,
 * after an optional prefix (v1.4.0, release-1.4.0, web/v1.4.0: the rule of @kra/core/versions).
 */
function parseReleaseVersion(text, input = 'version', options = {}) {
    const raw = text.trim();
    const parsed = (0,_kra_core_versions__WEBPACK_IMPORTED_MODULE_1__/* .parseVersionTag */ ._Q)(raw);
    if (!parsed) {
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is "${raw}", which is not a semantic version: use MAJOR.MINOR.PATCH such as v1.4.0 or 1.5.0-rc.1 (a "v" in front is fine)`);
    }
    const version = (0,_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .versionAsTag */ .hQ)(parsed);
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .tagProblem */ .qH)(version);
    if (problem)
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is "${raw}": ${problem}`);
    return {
        raw,
        version,
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: !parsed.final || options.prerelease === true,
        parsed,
    };
}
/**
 * The version of this run when the `version` input is empty: a release event's
 * `release.tag_name`, else the tag of GITHUB_REF (refs/tags/v1.4.0).
 */
function versionFromEvent(context) {
    const tagName = context.payload?.release?.tag_name;
    if (typeof tagName === 'string' && tagName.trim())
        return tagName.trim();
    if (context.ref.startsWith('refs/tags/'))
        return context.ref.slice('refs/tags/'.length);
    return undefined;
}
/** Whether the event marks the release as a pre-release (release.prerelease in a release event). */
function prereleaseFromEvent(context) {
    return context.payload?.release?.prerelease === true;
}
const PLACEHOLDER = /\{\{\s*([a-z-]+)\s*\}\}/g;
const KNOWN = ['version', 'major', 'minor', 'patch'];
/** Expands the tag templates for a version (see the rules at the top of this file). */
function releaseTags(version, templates, input = 'tags') {
    if (templates.length === 0)
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'gives no tag: write one template a line, e.g. {{version}}');
    const plan = { tags: [], moving: {}, immutable: [], latest: false, skipped: [] };
    for (const template of templates) {
        const used = [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
        const unknown = used.find((name) => !KNOWN.includes(name));
        if (unknown) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has "${template}" with an unknown placeholder {{${unknown}}}: use {{version}}, {{major}}, {{minor}}, {{patch}} or latest`);
        }
        if (template === 'latest') {
            if (version.prerelease)
                plan.skipped.push({ template, reason: 'pre-release' });
            else
                plan.latest = true;
            continue;
        }
        if (version.prerelease && !used.includes('version')) {
            plan.skipped.push({ template, reason: 'pre-releases only get {{version}}' });
            continue;
        }
        if (version.major === 0 && used.includes('major') && !used.includes('minor') && !used.includes('version')) {
            plan.skipped.push({ template, reason: 'major version zero: 0 would span breaking changes' });
            continue;
        }
        const tag = template.replace(PLACEHOLDER, (_, name) => name === 'version' ? version.version : String(version[name]));
        const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .tagProblem */ .qH)(tag);
        if (problem)
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has "${template}"${tag !== template ? ` (gives "${tag}")` : ''}: ${problem}`);
        if (plan.tags.includes(tag))
            continue;
        plan.tags.push(tag);
        if (used.includes('version') || used.includes('patch'))
            plan.immutable.push(tag);
        else {
            if (used.includes('minor'))
                plan.moving[tag] = 'minor';
            else if (used.includes('major'))
                plan.moving[tag] = 'major';
        }
    }
    return plan;
}
/**
 * Whether a moving tag goes to this release: `major` (1) only when no final release
 * 1.x.y higher than this one is in the repository, `minor` (1.4) only when no higher
 * final 1.4.z is, so a 1.3.9 hotfix after 1.4.0 moves 1.3 but leaves 1 on 1.4.0.
 */
function decideMoving(version, kind, existingTags) {
    const highest = (0,_kra_core_versions__WEBPACK_IMPORTED_MODULE_1__/* .highestFinal */ .Ro)(existingTags, releaseLine(version, kind));
    if (highest && (0,_kra_core_versions__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(highest, version.parsed) > 0)
        return { move: false, higher: highest.tag };
    return { move: true };
}
/**
 * Whether `latest` goes to this release: only for a final release that no final release
 * among the repository's existing tags outranks (so a v1.3.9 hotfix published after
 * v1.4.0 does not take `latest`). Tags that are not versions are ignored.
 */
function decideLatest(version, existingTags) {
    if (version.prerelease)
        return { latest: false };
    const highest = (0,_kra_core_versions__WEBPACK_IMPORTED_MODULE_1__/* .highestFinal */ .Ro)(existingTags);
    if (highest && (0,_kra_core_versions__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(highest, version.parsed) > 0)
        return { latest: false, higher: highest.tag };
    return { latest: true };
}
/** The release line a moving tag follows: every release for `latest`, 1.x.y for `major`, 1.4.z for `minor`. */
function releaseLine(version, kind) {
    if (kind === 'latest')
        return {};
    return kind === 'major' ? { major: version.major } : { major: version.major, minor: version.minor };
}


/***/ }),

/***/ 4409:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ releaseTarget),
  Y: () => (/* binding */ retagImages)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __nccwpck_require__(7748);
// EXTERNAL MODULE: ./packages/core/src/versions.ts
var versions = __nccwpck_require__(1143);
// EXTERNAL MODULE: ./packages/registry/src/errors.ts
var errors = __nccwpck_require__(8941);
// EXTERNAL MODULE: ./packages/registry/src/reference.ts
var reference = __nccwpck_require__(341);
;// CONCATENATED MODULE: ./packages/registry/src/tags/first-contact.ts
/**
 * Lets the first request to each registry go alone, and the others wait for it. The first
 * answer teaches the client how the registry authenticates (its 401 challenge); requests
 * that start after it carry credentials from the start instead of all racing into the
 * same 401 at once. No request is added.
 */
class FirstContact {
    first = new Map();
    async run(registry, operation) {
        const before = this.first.get(registry);
        if (before) {
            await before;
            return operation();
        }
        const promise = operation();
        this.first.set(registry, promise.catch(() => undefined));
        return promise;
    }
}

// EXTERNAL MODULE: ./packages/registry/src/tags/release.ts
var release = __nccwpck_require__(9381);
;// CONCATENATED MODULE: ./packages/registry/src/tags/retag.ts






function reasonOf(error) {
    return error instanceof Error ? error.message : String(error);
}
async function retagImages(images, options) {
    const { client } = options;
    const contact = new FirstContact();
    const seen = new Map();
    for (const image of images) {
        const other = seen.get(image.target.name);
        if (other) {
            throw new src/* UserError */.yo(`${other.source} and ${image.source} would both be released as ${image.target.name}: list each repository once`);
        }
        seen.set(image.target.name, image);
    }
    const moving = options.moving ?? {};
    const immutable = new Set(options.immutable ?? []);
    // `environment-tag: latest` is latest, with latest's rule; one of the release tags is that tag.
    const environmentTag = options.environmentTag && options.environmentTag !== 'latest' && !options.tags.includes(options.environmentTag)
        ? options.environmentTag
        : undefined;
    const wantsLatest = options.latest || (options.environmentTag === 'latest' && !options.version.prerelease);
    const ranks = wantsLatest || options.tags.some((tag) => moving[tag]);
    // 1. Read everything: the source manifests, the tag lists, where each target tag points now.
    const states = await (0,src/* mapLimit */.sf)(images, options.concurrency, async (image) => {
        let manifest;
        try {
            manifest = await contact.run(image.source.registry, () => client.getManifest(image.source));
        }
        catch (error) {
            if (error instanceof errors/* RegistryError */.gl && error.status === 404) {
                const what = image.source.digest ? `digest ${image.source.digest}` : `source tag "${image.source.tag}"`;
                throw new src/* UserError */.yo(`registry ${image.source.registry}: ${image.source.name} has no ${what}${image.where ? ` (${image.where})` : ''}: push the image first (push-images), or set ${image.source.digest ? 'images' : (options.sourceInput ?? 'source-tag')} to a tag that exists`);
            }
            throw error;
        }
        const existing = ranks ? await listTags(client, contact, image.target) : [];
        const refused = {};
        const ranked = new Map();
        const first = [];
        const then = [];
        for (const tag of options.tags) {
            const kind = moving[tag];
            if (kind) {
                const decision = (0,release/* decideMoving */.$k)(options.version, kind, existing);
                if (!decision.move) {
                    refused[tag] = `${image.target.name} already has ${decision.higher}, a higher release`;
                    continue;
                }
                ranked.set(tag, kind);
            }
            (immutable.has(tag) ? first : then).push(tag);
        }
        if (wantsLatest) {
            const decision = (0,release/* decideLatest */.O1)(options.version, existing);
            if (decision.latest) {
                then.push('latest');
                ranked.set('latest', 'latest');
            }
            else
                refused.latest = `${image.target.name} already has ${decision.higher}, a higher release`;
        }
        if (options.environmentTag === 'latest' && options.version.prerelease)
            refused.latest = 'a pre-release never gets latest (environment-tag: latest follows the rule of latest)';
        if (environmentTag)
            then.push(environmentTag);
        const current = new Map();
        await Promise.all([...first, ...then].map(async (tag) => {
            const info = await contact.run(image.target.registry, () => client.headManifest(image.target.withTag(tag)));
            current.set(tag, info?.digest);
        }));
        return {
            image,
            manifest,
            promoted: !(0,reference/* sameRepository */.RB)(image.source, image.target),
            first,
            then,
            ranked,
            refused,
            current,
            written: new Set(),
            failed: new Map(),
            overtaken: new Map(),
        };
    });
    // 2a. Every image's immutable tags (for a promotion: the copy itself, blobs and children first).
    await (0,src/* mapLimit */.sf)(states, options.concurrency, async (state) => {
        const toWrite = state.first.filter((tag) => state.current.get(tag) !== state.manifest.digest);
        try {
            if (state.promoted) {
                const source = state.image.source.withDigest(state.manifest.digest);
                await client.copyImage(source, state.image.target, toWrite);
                for (const tag of toWrite)
                    state.written.add(tag);
            }
            else {
                await writeTags(client, state, toWrite);
            }
        }
        catch (error) {
            state.error ??= error;
            for (const tag of toWrite)
                if (!state.written.has(tag))
                    state.failed.set(tag, reasonOf(error));
        }
    });
    // 2b. The moving tags, only when every image has its immutable ones.
    const failed = states.find((state) => state.error !== undefined);
    await (0,src/* mapLimit */.sf)(states, options.concurrency, async (state) => {
        const toWrite = state.then.filter((tag) => state.current.get(tag) !== state.manifest.digest);
        if (failed) {
            const reason = `not written: ${failed.image.target.name} failed first`;
            for (const tag of toWrite)
                state.failed.set(tag, reason);
            return;
        }
        try {
            await writeTags(client, state, toWrite);
            // 3. A ranked tag this run moved stays only if no higher release came meanwhile.
            const checked = toWrite.filter((tag) => state.written.has(tag) && state.ranked.has(tag));
            if (checked.length > 0)
                await keepHighest(client, options.version, state, checked);
        }
        catch (error) {
            state.error ??= error;
            for (const tag of toWrite)
                if (!state.written.has(tag) && !state.failed.has(tag))
                    state.failed.set(tag, reasonOf(error));
        }
    });
    return states.map((state) => resultOf(state));
}
async function listTags(client, contact, target) {
    return contact
        .run(target.registry, () => client.listTags(target.registry, target.repository))
        .catch((error) => {
        if (error instanceof errors/* RegistryError */.gl && error.status === 404)
            return [];
        throw error;
    });
}
/** PUTs the released manifest under each tag, recording each one written or failed. */
async function writeTags(client, state, tags) {
    const { manifest } = state;
    const settled = await Promise.allSettled(tags.map((tag) => client.putManifest(state.image.target.withTag(tag), { bytes: manifest.bytes, mediaType: manifest.mediaType })));
    settled.forEach((outcome, index) => {
        if (outcome.status === 'fulfilled')
            state.written.add(tags[index]);
        else {
            state.failed.set(tags[index], reasonOf(outcome.reason));
            state.error ??= outcome.reason;
        }
    });
}
/** How many times a run re-checks its ranked tags after putting one back (each round needs another run racing it). */
const MAX_CHECKS = 5;
/**
 * Step 3: re-reads the tag list; for each ranked tag this run moved, when the highest final
 * release of the tag's line is another version, makes sure the tag points at that release's
 * manifest (putting it back when a lower release moved it last), and checks again after
 * each write.
 */
async function keepHighest(client, version, state, tags) {
    const { target } = state.image;
    for (let round = 0; round < MAX_CHECKS; round += 1) {
        const existing = await client.listTags(target.registry, target.repository);
        let restored = false;
        for (const tag of tags) {
            const highest = (0,versions/* highestFinal */.Ro)(existing, (0,release/* releaseLine */.aY)(version, state.ranked.get(tag)));
            if (!highest || highest.version === version.parsed.version)
                continue;
            const [now, wanted] = await Promise.all([
                client.headManifest(target.withTag(tag)),
                client.headManifest(target.withTag(highest.tag)),
            ]);
            if (!wanted || wanted.digest === state.manifest.digest)
                continue;
            state.overtaken.set(tag, `${highest.tag} was released meanwhile, a higher release: ${tag} stays on it`);
            if (now?.digest === wanted.digest)
                continue;
            const manifest = await client.getManifest(target.withDigest(wanted.digest));
            await client.putManifest(target.withTag(tag), { bytes: manifest.bytes, mediaType: manifest.mediaType });
            restored = true;
        }
        if (!restored)
            return;
    }
}
function resultOf(state) {
    const { image, manifest } = state;
    const outcomes = [];
    for (const tag of [...state.first, ...state.then]) {
        const now = state.current.get(tag);
        if (state.overtaken.has(tag))
            continue;
        if (now === manifest.digest)
            outcomes.push({ tag, outcome: 'unchanged' });
        else if (state.written.has(tag))
            outcomes.push({ tag, outcome: now === undefined ? 'added' : 'moved' });
        else
            outcomes.push({ tag, outcome: 'not written', reason: state.failed.get(tag) ?? 'not written' });
    }
    const repository = image.target.name;
    const known = state.promoted ? [] : (image.knownTags ?? (image.source.tag ? [image.source.tag] : []));
    // The release's tags first (1.4.0, 1.4, 1, latest), then the CI tags the image had.
    const atDigest = outcomes.filter(({ outcome }) => outcome !== 'not written').map(({ tag }) => tag);
    const tags = [...new Set([...atDigest, ...known])];
    return {
        name: image.name,
        repository,
        tags,
        digest: manifest.digest,
        ref: `${repository}@${manifest.digest}`,
        outcomes,
        refused: { ...state.refused, ...Object.fromEntries(state.overtaken) },
        mediaType: manifest.mediaType,
        source: image.source.toString(),
        promoted: state.promoted,
        ...(state.error !== undefined ? { error: state.error } : {}),
    };
}
/** The target repository for a release: the source's own, or under target-registry / target-repository-prefix. */
function releaseTarget(source, options) {
    const registry = options.registry?.trim().replace(/\/+$/, '') || source.registry;
    const prefix = (options.prefix ?? '').trim().replace(/^\/+|\/+$/g, '');
    const repository = prefix ? `${prefix}/${source.repository.split('/').pop()}` : source.repository;
    return (0,reference/* makeReference */.WU)(registry, repository);
}


/***/ }),

/***/ 7891:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VS: () => (/* binding */ tagContextFromGitHub),
/* harmony export */   hQ: () => (/* binding */ versionAsTag),
/* harmony export */   te: () => (/* binding */ renderTagTemplate)
/* harmony export */ });
/* unused harmony exports DEFAULT_PUSH_TAGS, sanitizeTag, shortSha, shortShaLength, branchFromContext, versionFromContext, renderTags, isImmutableTag */
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);
/* harmony import */ var _kra_core_versions__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1143);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(341);



const DEFAULT_PUSH_TAGS = (/* unused pure expression or super */ null && (['{{branch}}-{{sha}}', 'sha-{{sha}}']));
/**
 * docker/metadata-action's tag sanitisation: every run of characters outside
 * `[a-zA-Z0-9._-]` becomes one `-`. Case is kept (tags may hold upper case).
 */
function sanitizeTag(value) {
    return value.replace(/[^a-zA-Z0-9._-]+/g, '-');
}
/** The short commit id docker/metadata-action uses: the first 7 characters (or `length`). */
function shortSha(sha, length = 7) {
    return sha.slice(0, length);
}
/** metadata-action's DOCKER_METADATA_SHORT_SHA_LENGTH, read the same way; 7 when unset. */
function shortShaLength(env) {
    const value = env.DOCKER_METADATA_SHORT_SHA_LENGTH?.trim();
    if (!value)
        return 7;
    const length = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(length >= 1 && length <= 40)) {
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tags', `cannot be rendered: DOCKER_METADATA_SHORT_SHA_LENGTH is "${value}": use a whole number from 1 to 40`);
    }
    return length;
}
/**
 * `{{branch}}` for this run: the branch of a push (`feature/Login` → `feature-Login`),
 * `pr-<n>` for a pull request (as metadata-action's `type=ref,event=pr`), and the tag name
 * for a tag push (as `type=ref,event=tag`); '' when the ref is none of these.
 */
function branchFromContext(context) {
    const ref = context.ref;
    if (ref.startsWith('refs/heads/'))
        return sanitizeTag(ref.slice('refs/heads/'.length));
    if (ref.startsWith('refs/pull/')) {
        const number = ref.slice('refs/pull/'.length).replace(/\/(merge|head)$/, '');
        return `pr-${sanitizeTag(number)}`;
    }
    const pr = context.payload?.pull_request?.number;
    if (typeof pr === 'number')
        return `pr-${pr}`;
    if (ref.startsWith('refs/tags/'))
        return sanitizeTag(ref.slice('refs/tags/'.length));
    return '';
}
/**
 * A version as a tag: without its prefix, build metadata kept after "-" (tags hold no "+"):
 * v1.2.3 → 1.2.3, web/v1.2.3 → 1.2.3, 1.2.3+build.7 → 1.2.3-build.7.
 */
function versionAsTag(version) {
    return sanitizeTag(version.version + (version.build.length > 0 ? `+${version.build.join('.')}` : ''));
}
/** `{{version}}` for push-images: a tag push's or release's version as a tag (`v1.2.3` → `1.2.3`), else the tag sanitised, or ''. */
function versionFromContext(context) {
    const release = context.payload?.release?.tag_name;
    const tag = typeof release === 'string' && release
        ? release
        : context.ref.startsWith('refs/tags/')
            ? context.ref.slice('refs/tags/'.length)
            : '';
    if (!tag)
        return '';
    const version = (0,_kra_core_versions__WEBPACK_IMPORTED_MODULE_1__/* .parseVersionTag */ ._Q)(tag);
    return version ? versionAsTag(version) : sanitizeTag(tag);
}
function tagContextFromGitHub(context, env = process.env) {
    return {
        branch: branchFromContext(context),
        sha: context.sha,
        shortSha: shortSha(context.sha, shortShaLength(env)),
        version: versionFromContext(context),
        runNumber: context.runNumber,
    };
}
const PLACEHOLDER = /\{\{\s*([a-z-]+)\s*\}\}/g;
const EXPLAIN = {
    branch: 'the run is not for a branch, pull request or tag',
    sha: 'GITHUB_SHA is not set',
    'short-sha': 'GITHUB_SHA is not set',
    'long-sha': 'GITHUB_SHA is not set',
    version: 'the run is not for a tag push or a release',
    'run-number': 'GITHUB_RUN_NUMBER is not set',
};
/** Renders one template; an unknown or empty placeholder is an error naming the input and the template. */
function renderTagTemplate(template, context, input = 'tags') {
    const values = {
        branch: context.branch,
        sha: context.shortSha,
        'short-sha': context.shortSha,
        'long-sha': context.sha,
        version: context.version,
        'run-number': context.runNumber,
    };
    return template.replace(PLACEHOLDER, (_, name) => {
        if (!Object.hasOwn(values, name)) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has "${template}" with an unknown placeholder {{${name}}}: use ${Object.keys(values)
                .map((key) => `{{${key}}}`)
                .join(', ')}`);
        }
        const value = values[name];
        if (!value)
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has "${template}", but {{${name}}} is empty because ${EXPLAIN[name]}: remove that line or run on such an event`);
        return value;
    });
}
/** A line that names an image (metadata-action's `tags` output) rather than a tag: it has a "/" or ":" outside a placeholder. */
function isReferenceLine(line) {
    return /[/:]/.test(line.replace(PLACEHOLDER, ''));
}
/**
 * Renders every line, removes duplicates (first occurrence kept) and validates each tag.
 * Nothing is pushed until all are valid; a bad one fails naming the input, line and tag.
 */
function renderTags(templates, context, input = 'tags') {
    if (templates.length === 0)
        throw new InputError(input, 'gives no tag: write one template a line, e.g. sha-{{sha}}');
    const rendered = { tags: [], immutable: new Set(), named: [] };
    for (const template of templates) {
        const reference = isReferenceLine(template) ? tryParseReference(template) : undefined;
        let tag;
        if (reference) {
            if (!reference.tag) {
                throw new InputError(input, `has "${template}", an image reference without a tag: write a tag, or pass metadata-action's tags output`);
            }
            tag = reference.tag;
            if (!rendered.named.some((named) => named.name === reference.name))
                rendered.named.push(parseReference(reference.name));
        }
        else {
            // Not a reference: a template, whose tag is checked below (a "/" or ":" in it is refused there).
            tag = renderTagTemplate(template, context, input);
        }
        const problem = tagProblem(tag);
        if (problem) {
            const shown = template === tag
                ? `"${template}"`
                : `"${template}" (gives "${tag.length > 40 ? `${tag.slice(0, 40)}…` : tag}")`;
            throw new InputError(input, `has ${shown}: ${problem}`);
        }
        if (rendered.tags.includes(tag))
            continue;
        rendered.tags.push(tag);
        if (isImmutableTag(tag, context))
            rendered.immutable.add(tag);
    }
    return rendered;
}
/** Whether a tag names one build for good: it holds the commit's SHA (short or long), or is a whole version. */
function isImmutableTag(tag, context) {
    if (context.shortSha && tag.includes(context.shortSha))
        return true;
    if (context.sha && tag.includes(context.sha))
        return true;
    return parseVersionTag(tag) !== undefined;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yU: () => (/* binding */ ExitCode),
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, notice, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

class oidc_utils_OidcClient {
    // @actions/http-client (and undici under it) is loaded when a token is asked for, not when an
    // action starts: it is most of @actions/core's start-up time (see the patch's README).
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        return __awaiter(this, void 0, void 0, function* () {
        const { HttpClient } = yield Promise.all(/* import() */[__nccwpck_require__.e(309), __nccwpck_require__.e(343)]).then(__nccwpck_require__.bind(__nccwpck_require__, 343));
        const { BearerCredentialHandler } = yield __nccwpck_require__.e(/* import() */ 525).then(__nccwpck_require__.bind(__nccwpck_require__, 5525));
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
        });
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = yield oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

// Loaded when used: @actions/exec is not needed to start an action (see the patch's README).
const loadExec = () => __nccwpck_require__.e(/* import() */ 296).then(__nccwpck_require__.bind(__nccwpck_require__, 296));
const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const exec = yield loadExec();
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const exec = yield loadExec();
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const exec = yield loadExec();
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(517);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
