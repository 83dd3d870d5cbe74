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

/***/ 4979:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1295);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6204);


await (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6204:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(8550);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 12 modules
var src = __nccwpck_require__(1295);
// EXTERNAL MODULE: ./packages/git/src/index.ts + 7 modules
var git_src = __nccwpck_require__(5736);
// EXTERNAL MODULE: ./packages/gitops/src/images.ts
var src_images = __nccwpck_require__(6669);
// EXTERNAL MODULE: ./packages/gitops/src/release.ts + 2 modules
var release = __nccwpck_require__(9571);
// EXTERNAL MODULE: ./packages/gitops/src/templates.ts
var templates = __nccwpck_require__(9724);
// EXTERNAL MODULE: ./packages/gitops/src/git-access.ts
var git_access = __nccwpck_require__(7546);
;// CONCATENATED MODULE: ./packages/gitops/src/field-rules.ts
/**
 * The `fields` input: paths the user names for an image (`frontend.image.tag=frontend`), parsed
 * without the YAML stack, so gitops-update checks them before it loads anything heavy
 * (`@kra/gitops/inputs`). rules.ts writes the values.
 */
/** Parses the `fields` input's lines: `path=image` or `path=image:part`. */
function parseFieldRule(text) {
    const equals = text.indexOf('=');
    if (equals <= 0)
        return undefined;
    const pathText = text.slice(0, equals).trim();
    let image = text.slice(equals + 1).trim();
    let part;
    const suffix = /:(ref|tag|digest|name)$/.exec(image);
    if (suffix) {
        part = suffix[1];
        image = image.slice(0, suffix.index);
    }
    const path = [];
    for (const segment of pathText.split('.')) {
        const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
        if (!match)
            return undefined;
        path.push(match[1]);
        for (const index of match[2].matchAll(/\[(\d+)\]/g))
            path.push(Number(index[1]));
    }
    if (image === '' || path.length === 0)
        return undefined;
    return { path, image, part, text };
}

;// CONCATENATED MODULE: ./packages/gitops/src/inputs.ts
// The parsers of gitops-update's inputs, on a subpath of their own (`@kra/gitops/inputs`): the
// action reads and checks every input with these before it loads the YAML stack, the diff and
// the GitHub client, so a wrong input fails at once. Nothing imported from here may reach
// `yaml`, `diff` or `@actions/github` (test/bundles.test.ts checks the bundle).






;// CONCATENATED MODULE: ./actions/gitops-update/src/main.ts






// Only the input parsers: the YAML stack, the diff and the GitHub client load after every input is checked.

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
async function checkBranchName(branch, input) {
    const { exitCode } = await (0,git_src/* runGit */.EO)(['check-ref-format', `refs/heads/${branch}`], { cwd: (0,external_node_os_namespaceObject.tmpdir)(), okExitCodes: [1] });
    if (exitCode !== 0 || branch.startsWith('-')) {
        throw new src/* InputError */.dz(input, `gives "${branch}", which is not a valid branch name: use letters, digits, "/", "-", "_" and "."`);
    }
}
/** Reads and checks every input (the token masked first), before anything heavy is loaded or cloned. */
async function readInputs() {
    // The token is masked before anything else is read or printed.
    const token = (0,src/* readString */.E3)('token');
    (0,src/* maskSecret */.$l)(token);
    for (const form of (0,git_access/* tokenForms */.py)(token))
        core/* setSecret */.Pq(form);
    const context = (0,src/* githubContext */.h4)();
    const repository = (0,src/* readString */.E3)('repository', { default: context.repository });
    if (!REPOSITORY.test(repository))
        throw new src/* InputError */.dz('repository', `is "${repository}": use owner/name, such as acme/config`);
    const pin = (0,src/* readEnum */.ai)('pin', src_images/* PINS */.$x, 'tag');
    const mode = (0,src/* readEnum */.ai)('mode', ['pull-request', 'push'], 'pull-request');
    const imagesText = core/* getInput */.V4('images');
    if (imagesText.trim() === '') {
        throw new src/* InputError */.dz('images', 'is required: pass the images output of tag-release (or push-images), or references one a line');
    }
    const givenVersion = (0,src/* readString */.E3)('version');
    const images = (0,src_images/* parseImages */.eb)(imagesText, {
        tag: (0,src/* readString */.E3)('tag'),
        version: (givenVersion || (0,release/* versionFromEvent */.DL)(context) || '').replace(/^v(?=\d)/, ''),
    });
    if (images.length === 0)
        throw new src/* InputError */.dz('images', 'holds no image: pass the images output of tag-release, or references one a line');
    (0,src_images/* checkPin */.wg)(images, pin);
    const version = (0,release/* releaseVersion */.SF)(givenVersion, context, images);
    const environment = (0,src/* readString */.E3)('environment');
    const values = {
        version,
        environment,
        images: images.map((image) => `${image.name} ${image.tag ?? image.digest?.slice(0, 19)}`).join(', '),
        repository: context.repository,
        sha: context.sha,
        'short-sha': context.sha.slice(0, 7),
        'run-url': (0,src/* runUrl */.Vp)(context),
    };
    const paths = (0,src/* readList */.LD)('paths').map((path) => (0,templates/* renderTemplate */.X)(path, values, 'paths', ['version', 'environment']));
    if (paths.length === 0)
        throw new src/* InputError */.dz('paths', 'is required: name the files or folders to update, such as deploy/overlays/staging');
    const fields = (0,src/* readList */.LD)('fields').map((line) => {
        const rule = parseFieldRule(line);
        if (!rule)
            throw new src/* InputError */.dz('fields', `has "${line}": write key.path=image, such as frontend.image.tag=frontend`);
        return rule;
    });
    const branch = mode === 'pull-request'
        ? (0,templates/* renderTemplate */.X)((0,src/* readString */.E3)('branch', { default: 'release/{{version}}' }), values, 'branch')
        : '';
    if (branch)
        await checkBranchName(branch, 'branch');
    const base = (0,src/* readString */.E3)('base');
    if (branch && branch === base)
        throw new src/* InputError */.dz('branch', `is the base branch "${base}": give the pull request its own branch, or use mode: push`);
    const defaultMessage = version
        ? `Release ${version}${environment ? ` to ${environment}` : ''}`
        : `Update ${values.images}${environment ? ` in ${environment}` : ''}`;
    const message = (0,templates/* renderTemplate */.X)((0,src/* readString */.E3)('commit-message') || defaultMessage, values, 'commit-message');
    const title = (0,templates/* renderTemplate */.X)((0,src/* readString */.E3)('title') || message.split('\n')[0], values, 'title');
    const labels = (0,src/* readList */.LD)('labels');
    const reviewers = (0,src/* readList */.LD)('reviewers').flatMap((line) => line
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean));
    const attempts = (0,src/* readInteger */.JI)('push-attempts', { default: 5, min: 1, max: 20 });
    if (!token)
        throw new src/* InputError */.dz('token', `is empty: give a token that can write ${repository} (see the action's README)`);
    return {
        token,
        context,
        repository,
        pin,
        mode,
        images,
        paths,
        fields,
        branch,
        base,
        message,
        title,
        labels,
        reviewers,
        attempts,
    };
}
async function main() {
    const inputs = await readInputs();
    const { context, repository, mode, base, branch, images, pin, paths } = inputs;
    const workdir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(context.runnerTemp || (0,external_node_os_namespaceObject.tmpdir)(), 'gitops-update-'));
    core/* info */.pq(`updating ${repository} (${mode === 'push' ? `push to ${base || 'its default branch'}` : `pull request from ${branch}`}): ${images.map((image) => image.repository).join(', ')} pinned by ${pin}, in ${paths.join(', ')}`);
    // Loaded only now (a chunk of its own in dist/): the YAML stack, the diff and the GitHub client.
    const { update } = await Promise.all(/* import() */[__nccwpck_require__.e(420), __nccwpck_require__.e(285)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3285));
    await update(inputs, workdir);
}


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export firstImageFailure */
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

/***/ 1295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  CF: () => (/* reexport */ SummaryBuilder),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  EY: () => (/* reexport */ backoffDelay),
  aY: () => (/* reexport */ code),
  zH: () => (/* reexport */ details),
  h4: () => (/* reexport */ githubContext),
  Qj: () => (/* reexport */ markdownTable),
  $l: () => (/* reexport */ secrets_maskSecret),
  ZX: () => (/* reexport */ parseImageListEntry),
  ai: () => (/* reexport */ readEnum),
  JI: () => (/* reexport */ readInteger),
  LD: () => (/* reexport */ readList),
  E3: () => (/* reexport */ readString),
  E$: () => (/* reexport */ redact),
  L5: () => (/* reexport */ retry),
  eF: () => (/* reexport */ run),
  Vp: () => (/* reexport */ github_context_runUrl),
  SP: () => (/* reexport */ setListOutput),
  uH: () => (/* reexport */ setOutput),
  yy: () => (/* reexport */ sleep),
  ry: () => (/* reexport */ splitList)
});

// UNUSED EXPORTS: MAX_ERROR_ANNOTATIONS, SUMMARY_LIMIT_BYTES, Semaphore, annotateError, apiGroup, besideBundle, cell, checksumKey, commitAndRunLinks, commitUrl, compareUrl, deployMessage, describeIdentity, displayPath, effectiveNamespace, errorMessage, escapeHtml, fail, firstImageFailure, groupKind, identityKey, identityOf, isInside, link, linkLine, mapLimit, omittedAnnotations, oneLine, parseChecksumKey, parseDuration, parseJsonOrList, parseRetryAfter, postWebhook, readBoolean, readDuration, readJsonObject, readLogin, readOptional, resetAnnotationsForTest, resolveInWorkspace, secretForms, setJsonOutput, shortDigests, workspaceRoot, writeDeprecatedOutputs

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
function secrets_maskSecret(value) {
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
        throw new errors/* InputError */.dz(name, `is required: use one of ${allowed.join(', ')}`);
    }
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (!match)
        throw new errors/* InputError */.dz(name, `is "${value}": use one of ${allowed.join(', ')}`);
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
            throw new InputError(name, `is not valid JSON (${error.message}): pass a JSON array or one item a line`);
        }
        if (!Array.isArray(parsed))
            throw new InputError(name, 'is JSON but not an array: pass a JSON array or one item a line');
        return parsed.map((item, index) => {
            if (typeof item === 'string')
                return parseItem(item, `item ${index}`);
            if (!validate)
                throw new InputError(name, `item ${index} is not a string`);
            try {
                return validate(item, index);
            }
            catch (error) {
                if (error instanceof InputError)
                    throw error;
                throw new InputError(name, `item ${index}: ${error.message}`);
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
        throw new InputError(username ? 'password' : 'username', `is empty but ${username ? 'username' : 'password'} is set: give both, or neither to use the runner's existing login`);
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
function github_context_runUrl(context) {
    if (!context.repository || !context.runId)
        return '';
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}
/** The URL of a commit of the repository (the run's own by default). */
function github_context_commitUrl(context, sha = context.sha) {
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/workspace.ts



/** The workspace folder (GITHUB_WORKSPACE, else the current folder), resolved through symlinks. */
function workspaceRoot(env = process.env) {
    const root = resolve(env.GITHUB_WORKSPACE || process.cwd());
    try {
        return realpathSync(root);
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
    const absolute = isAbsolute(path) ? resolve(path) : resolve(root, path);
    let real = absolute;
    try {
        real = realpathSync(absolute);
    }
    catch {
        // A path that does not exist yet is checked as written; the caller reports it missing.
    }
    if (!isInside(real, root) || !isInside(absolute, root)) {
        throw new InputError(input, `path "${path}" is outside the workspace ${root}: use a path inside the repository checkout`);
    }
    return absolute;
}
function isInside(path, root) {
    const rel = relative(root, path);
    return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}
/** A path relative to the workspace, with forward slashes, for messages and outputs. */
function displayPath(path, root = workspaceRoot()) {
    // The common case, a path under the root, without path.relative's normalisation work.
    if (path.length > root.length && path.startsWith(root) && path[root.length] === sep && !path.includes(`${sep}.`)) {
        const rel = path.slice(root.length + 1);
        return sep === '/' ? rel : rel.split(sep).join('/');
    }
    const rel = relative(root, path);
    return (rel === '' ? '.' : rel).split(sep).join('/');
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
        return readFileSync(join(workspace, match[1]), 'utf8');
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
        core.setOutput(alias.name, alias.value);
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
        core.warning(warning);
    return warnings;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts

















/***/ }),

/***/ 1143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports parseVersionTag, compareVersions, byVersionDescending, highestFinal */
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
    const parsed = parse(tag.slice(start));
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
    return compare(a.semver, b.semver);
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

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XS: () => (/* reexport */ GitError),
  xr: () => (/* reexport */ repository_GitRepository),
  EO: () => (/* reexport */ runGit)
});

// UNUSED EXPORTS: FETCH_DEPTH_FIX, currentTag, ensureHistory, gitEnvironment, isObjectId, isZeroId, locateRepository, previousReleaseTag, readFilesAtCommits, resolveBase, resolveRef

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/git/src/exec.ts

/** A git command that failed: carries the arguments, exit code and git's own message. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        const lines = stderr.trim().split('\n').filter(Boolean);
        const reason = lines.find((line) => /^(fatal|error):/.test(line)) ?? lines.pop() ?? `exit code ${exitCode}`;
        super(`git ${args.join(' ')} failed: ${reason}`);
        this.name = 'GitError';
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/**
 * The environment git runs with: no prompts (a job cannot answer one), no pager, no
 * localised messages (we read some of them), and no user-level hooks into output format.
 */
function gitEnvironment(base = process.env) {
    return {
        ...base,
        GIT_TERMINAL_PROMPT: '0',
        GIT_PAGER: 'cat',
        LC_ALL: 'C',
        LANGUAGE: 'C',
        GIT_OPTIONAL_LOCKS: '0',
    };
}
/**
 * Runs `git <args>` with an argument array (never a shell), collecting its output.
 * Rejects with a GitError unless the exit code is 0 or listed in `okExitCodes`.
 */
function runGit(args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...args], {
            cwd: options.cwd,
            env: gitEnvironment(options.env ? { ...process.env, ...options.env } : process.env),
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            if (error.code === 'ENOENT')
                reject(new Error('git is not installed or not on PATH: install git (apt-get install -y git)'));
            else
                reject(error);
        });
        child.stdin.on('error', () => {
            // git may exit before reading all of its input (e.g. on a bad argument); the exit code tells.
        });
        child.on('close', (code, signal) => {
            const exitCode = code ?? (signal ? 128 : 1);
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), exitCode };
            if (exitCode === 0 || options.okExitCodes?.includes(exitCode))
                resolve(result);
            else
                reject(new GitError(args, exitCode, result.stderr));
        });
        child.stdin.end(options.input ?? '');
    });
}

;// CONCATENATED MODULE: ./packages/git/src/repository.ts

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function isObjectId(value) {
    return OBJECT_ID.test(value);
}
/** A commit id of zeros: what GitHub sends as `before` for a newly created branch. */
function repository_isZeroId(value) {
    return /^0+$/.test(value);
}
/**
 * A git repository on disk, driven through the git command line with argument arrays.
 * Every method runs one git process, except `readBlobs`, which reads any number of
 * files through a single `git cat-file --batch`.
 */
class repository_GitRepository {
    cwd;
    env;
    /** `env`: variables added to every git command's environment (see GitRunOptions.env). */
    constructor(cwd, env) {
        this.cwd = cwd;
        this.env = env;
    }
    async run(args, okExitCodes) {
        const result = await runGit(args, { cwd: this.cwd, okExitCodes, env: this.env });
        return { stdout: result.stdout.toString('utf8'), exitCode: result.exitCode };
    }
    /** The top folder of the working tree, or undefined when `cwd` is not inside a git repository. */
    async topLevel() {
        try {
            return (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim();
        }
        catch (error) {
            if (error instanceof GitError)
                return undefined;
            throw error;
        }
    }
    /** The commit a ref (sha, branch, tag, `HEAD~2`) names, or undefined when there is none. */
    async resolveCommit(ref) {
        if (ref === '' || ref.startsWith('-'))
            return undefined;
        const { stdout, exitCode } = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], [1, 128]);
        return exitCode === 0 ? stdout.trim() : undefined;
    }
    /** Whether the object database holds this commit. */
    async hasCommit(sha) {
        if (!isObjectId(sha))
            return false;
        const { exitCode } = await this.run(['cat-file', '-e', `${sha}^{commit}`], [1, 128]);
        return exitCode === 0;
    }
    async isShallow() {
        return (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    }
    async remotes() {
        return (await this.run(['remote'])).stdout.split('\n').filter(Boolean);
    }
    /** Whether `ancestor` is `descendant` or one of its ancestors. */
    async isAncestor(ancestor, descendant) {
        const { exitCode } = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], [1]);
        return exitCode === 0;
    }
    /** The best common ancestor of two commits, or undefined when they share no history. */
    async mergeBase(a, b) {
        const { stdout, exitCode } = await this.run(['merge-base', a, b], [1]);
        return exitCode === 0 ? stdout.trim() : undefined;
    }
    /** The parents of a commit (none for a root commit). */
    async parents(commit) {
        const { stdout } = await this.run(['rev-list', '--parents', '-n', '1', commit]);
        return stdout.trim().split(/\s+/).slice(1);
    }
    /** Tags whose name matches a glob (`v*`), each with the commit it points at. */
    async tags(pattern = '*') {
        const { stdout } = await this.run([
            'for-each-ref',
            '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(objecttype)%00%(*objecttype)',
            `refs/tags/${pattern}`,
        ]);
        const tags = [];
        for (const line of stdout.split('\n')) {
            if (line === '')
                continue;
            const [name, object, peeled, type, peeledType] = line.split('\0');
            const commit = peeled || object;
            const kind = peeled ? peeledType : type;
            if (kind === 'commit')
                tags.push({ name, commit });
        }
        return tags;
    }
    /** `git fetch <args>`; the caller words the failure. */
    async fetch(args) {
        await this.run(['fetch', '--no-progress', ...args]);
    }
    /** Every file of a commit's tree, recursively. */
    async listTree(commit) {
        const { stdout } = await this.run(['ls-tree', '-r', '-l', '-z', '--full-tree', commit]);
        const entries = [];
        for (const record of stdout.split('\0')) {
            if (record === '')
                continue;
            const tab = record.indexOf('\t');
            const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
            entries.push({
                path: record.slice(tab + 1),
                object,
                mode,
                type: type,
                size: size === '-' ? -1 : Number(size),
            });
        }
        return entries;
    }
    /**
     * The contents of many blobs, read through one `git cat-file --batch` process.
     * Fails naming the first object git does not have.
     */
    async readBlobs(objects) {
        const unique = [...new Set(objects)];
        const contents = new Map();
        if (unique.length === 0)
            return contents;
        for (const object of unique) {
            if (!isObjectId(object))
                throw new Error(`not an object id: ${object}`);
        }
        const result = await runGit(['cat-file', '--batch', '--buffer'], {
            cwd: this.cwd,
            env: this.env,
            input: unique.join('\n') + '\n',
        });
        const out = result.stdout;
        let offset = 0;
        for (const requested of unique) {
            const newline = out.indexOf(0x0a, offset);
            if (newline < 0)
                throw new Error(`git cat-file --batch stopped before ${requested}`);
            const header = out.toString('utf8', offset, newline);
            const [object, type, size] = header.split(' ');
            if (type === 'missing' || size === undefined)
                throw new Error(`git has no object ${requested}`);
            const start = newline + 1;
            const end = start + Number(size);
            if (end > out.length)
                throw new Error(`git cat-file --batch output ended inside ${object}`);
            contents.set(requested, out.subarray(start, end));
            offset = end + 1; // the newline after the content
        }
        return contents;
    }
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 12 modules
var src = __nccwpck_require__(1295);
;// CONCATENATED MODULE: ./packages/git/src/history.ts

/** The fix for a checkout that lacks history or tags, as one line to paste into the workflow. */
const history_FETCH_DEPTH_FIX = 'check out the full history and tags: in the actions/checkout step set `with: fetch-depth: 0` (or set the "base" input to a commit the checkout has)';
async function missingCommits(repo, commits) {
    const missing = [];
    for (const commit of commits)
        if (!(await repo.hasCommit(commit)))
            missing.push(commit);
    return missing;
}
function preferredRemote(remotes) {
    return remotes.includes('origin') ? 'origin' : remotes[0];
}
/**
 * Makes sure the checkout can answer the questions asked of it: fetches what a shallow or
 * tag-less checkout (actions/checkout's default) lacks from its remote, with git, and
 * fails with the `fetch-depth: 0` fix when there is no remote to fetch from or the
 * fetch does not bring what is needed.
 */
async function history_ensureHistory(repo, needs) {
    const notes = [];
    const shallow = await repo.isShallow();
    let missing = await missingCommits(repo, needs.commits ?? []);
    const noTags = needs.tags !== undefined && (await repo.tags(needs.tags)).length === 0;
    const unshallow = shallow && (needs.history || needs.tags !== undefined);
    if (!unshallow && missing.length === 0 && !noTags)
        return { fetched: false, notes };
    const remote = preferredRemote(await repo.remotes());
    const lacking = [
        unshallow ? 'is shallow' : '',
        missing.length > 0 ? `lacks commit ${missing.map((c) => c.slice(0, 12)).join(', ')}` : '',
        noTags ? `has no tag matching ${needs.tags}` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    if (!remote) {
        if (!unshallow && missing.length === 0) {
            // A full clone without tags and nowhere to ask: there really are no such tags.
            notes.push(`The checkout has no tag matching ${needs.tags} and no remote to fetch tags from.`);
            return { fetched: false, notes };
        }
        throw new UserError(`The checkout ${lacking} and has no git remote to fetch from, so ${needs.purpose} cannot be found: ${history_FETCH_DEPTH_FIX}`);
    }
    const args = [needs.tags !== undefined ? '--tags' : '--no-tags'];
    if (unshallow)
        args.push('--unshallow');
    args.push(remote);
    const what = [unshallow ? 'its history' : '', needs.tags !== undefined ? 'tags' : ''].filter(Boolean).join(' and ');
    notes.push(`The checkout ${lacking}; fetching ${what || 'what is missing'} from ${remote} to find ${needs.purpose}: git fetch ${args.join(' ')}`);
    try {
        await repo.fetch(args);
        missing = await missingCommits(repo, missing);
        if (missing.length > 0) {
            // Commits no branch leads to (a force-pushed `before`, a pull request's base) are fetched by id.
            const byId = [...(shallow && !unshallow ? ['--depth=1'] : []), '--no-tags', remote, ...missing];
            notes.push(`Fetching ${missing.length} commit(s) by id: git fetch ${byId.join(' ')}`);
            await repo.fetch(byId);
        }
    }
    catch (error) {
        throw new UserError(`git fetch from remote "${remote}" failed (${errorMessage(error)}) while looking for ${needs.purpose}: ${history_FETCH_DEPTH_FIX}`, { cause: error });
    }
    missing = await missingCommits(repo, missing);
    if (missing.length > 0) {
        throw new UserError(`Commit ${missing[0]} is not in the checkout and remote "${remote}" did not provide it, so ${needs.purpose} cannot be found: ${history_FETCH_DEPTH_FIX}`);
    }
    return { fetched: true, notes };
}

// EXTERNAL MODULE: ./packages/core/src/versions.ts
var versions = __nccwpck_require__(1143);
;// CONCATENATED MODULE: ./packages/git/src/base.ts




/**
 * Resolves a ref the user gave (a sha, branch, tag, or `origin/<branch>`), fetching from the
 * remote when the checkout lacks it. Fails naming the input when nothing matches.
 */
async function resolveRef(repo, ref, input) {
    const local = async () => (await repo.resolveCommit(ref)) ?? (await repo.resolveCommit(`refs/remotes/origin/${ref}`));
    let commit = await local();
    if (commit)
        return commit;
    if (ref.startsWith('-') || /[\s~^:?*[\\]/.test(ref.replace(/[~^]\d*$/, ''))) {
        throw new InputError(input, `is "${ref}", which is not a valid git ref: give a commit sha, branch or tag`);
    }
    const remotes = await repo.remotes();
    const remote = remotes.includes('origin') ? 'origin' : remotes[0];
    if (remote) {
        try {
            await repo.fetch(['--tags', remote]);
        }
        catch {
            // Reported below if the ref is still unknown.
        }
        commit = await local();
        if (commit)
            return commit;
        try {
            await repo.fetch(['--no-tags', remote, ref]);
            commit = await repo.resolveCommit('FETCH_HEAD');
        }
        catch {
            commit = undefined;
        }
        if (commit)
            return commit;
    }
    const shallow = await repo.isShallow();
    throw new InputError(input, `is "${ref}", which names no commit, branch or tag in the repository${remote ? ` or on remote "${remote}"` : ''}: give an existing ref${shallow ? `; the checkout is shallow, so ${FETCH_DEPTH_FIX}` : ''}`);
}
/** The tag the run is for: a release's tag_name, or the pushed tag. */
function currentTag(context) {
    if (context.eventName === 'release') {
        const tag = context.payload?.release?.tag_name;
        if (typeof tag === 'string' && tag !== '')
            return tag;
    }
    if (context.refType === 'tag' || context.ref.startsWith('refs/tags/'))
        return context.refName || context.ref.replace(/^refs\/tags\//, '');
    return undefined;
}
/**
 * The greatest release tag (by semantic version) that matches `tagPattern`, is lower than
 * `current` (when given), is an ancestor of `head` and points at another commit. A stable
 * release is compared with the previous stable release (pre-releases are skipped); a
 * pre-release with anything lower. The same tags give the same answer on every run.
 */
async function previousReleaseTag(repo, head, tagPattern, current) {
    const currentVersion = current === undefined ? undefined : parseVersionTag(current);
    if (current !== undefined && !currentVersion) {
        throw new UserError(`Tag "${current}" is not a semantic version (such as v1.4.0), so the previous release cannot be told from it: set the "base" input, or use semantic version tags`);
    }
    const stableOnly = currentVersion !== undefined && currentVersion.prerelease.length === 0;
    const tags = await repo.tags(tagPattern);
    const commits = new Map(tags.map((tag) => [tag.name, tag.commit]));
    const candidates = tags
        .map((tag) => parseVersionTag(tag.name))
        .filter((version) => version !== undefined)
        .filter((version) => !currentVersion || compareVersions(version, currentVersion) < 0)
        .filter((version) => !stableOnly || version.prerelease.length === 0)
        .filter((version) => commits.get(version.tag) !== head)
        .sort(byVersionDescending);
    for (const version of candidates) {
        const commit = commits.get(version.tag);
        if (await repo.isAncestor(commit, head))
            return { tag: version.tag, commit };
    }
    return undefined;
}
/**
 * Chooses the commit to compare `head` with, from the `base` input or the event:
 * - release, or a tag ref: the previous release tag (see previousReleaseTag);
 * - push: `github.event.before`; for a new branch (before is all zeros) the parent of head;
 * - pull_request / pull_request_target: the merge base of head and the base branch's commit;
 * - anything else (workflow_dispatch, schedule): the latest release tag below head.
 * None found (a first release, a root commit): no base, and everything counts as changed.
 */
async function resolveBase(repo, options) {
    const { head, tagPattern, context } = options;
    if (options.base) {
        const commit = await resolveRef(repo, options.base, 'base');
        return {
            commit,
            source: 'input',
            description: `base ${options.base} (${commit.slice(0, 12)}) from the "base" input`,
            notes: [],
        };
    }
    const event = context.eventName;
    const tag = currentTag(context);
    if (event === 'pull_request' || event === 'pull_request_target') {
        const baseSha = context.payload?.pull_request?.base?.sha;
        const baseRef = context.payload?.pull_request?.base?.ref ?? 'the base branch';
        if (typeof baseSha !== 'string' || baseSha === '') {
            throw new UserError('The pull_request event has no pull_request.base.sha, so the base branch cannot be found: set the "base" input');
        }
        const { notes } = await ensureHistory(repo, {
            commits: [baseSha],
            history: true,
            purpose: `the merge base with ${baseRef}`,
        });
        const commit = await repo.mergeBase(head, baseSha);
        if (!commit)
            throw new UserError(`Head ${head.slice(0, 12)} shares no history with ${baseRef} (${baseSha.slice(0, 12)}): set the "base" input`);
        return {
            commit,
            source: 'merge-base',
            description: `merge base of head and ${baseRef} (${commit.slice(0, 12)})`,
            notes,
        };
    }
    if (event === 'push' && !tag) {
        const before = context.payload?.before;
        if (typeof before === 'string' && before !== '' && !isZeroId(before)) {
            try {
                const { notes } = await ensureHistory(repo, {
                    commits: [before],
                    purpose: 'the commit before the push (github.event.before)',
                });
                return {
                    commit: before,
                    source: 'push-before',
                    description: `the commit before the push, github.event.before (${before.slice(0, 12)})`,
                    notes,
                };
            }
            catch (error) {
                // A force push can leave `before` unreachable and gone from the remote: compare with head's parent.
                const parent = await parentOf(repo, head);
                const why = error instanceof Error ? error.message : String(error);
                if (!parent)
                    throw error;
                return {
                    commit: parent,
                    source: 'parent',
                    description: `the parent of head (${parent.slice(0, 12)}), because github.event.before ${before.slice(0, 12)} is not available (${why})`,
                    notes: [],
                };
            }
        }
        const parent = await parentOf(repo, head);
        if (!parent)
            return { source: 'none', description: 'head is the first commit: every config counts as changed', notes: [] };
        return {
            commit: parent,
            source: 'parent',
            description: `a new branch (github.event.before is all zeros): the parent of head (${parent.slice(0, 12)})`,
            notes: [],
        };
    }
    const { notes } = await ensureHistory(repo, {
        history: true,
        tags: tagPattern,
        purpose: `the previous release tag matching ${tagPattern}`,
    });
    const previous = await previousReleaseTag(repo, head, tagPattern, tag);
    if (!previous) {
        return {
            source: 'none',
            description: `no release tag matching ${tagPattern} ${tag ? `lower than ${tag} ` : ''}is an ancestor of head: a first release, so every config counts as changed`,
            notes,
        };
    }
    return {
        commit: previous.commit,
        source: 'previous-tag',
        tag: previous.tag,
        description: `the previous release ${previous.tag} (${previous.commit.slice(0, 12)})${tag ? `, the greatest tag matching ${tagPattern} below ${tag}` : ''}`,
        notes,
    };
}
/** Head's first parent, fetching one more commit of history when the clone is too shallow to have it. */
async function parentOf(repo, head) {
    let parents = await repo.parents(head);
    if (parents.length === 0 && (await repo.isShallow())) {
        const remotes = await repo.remotes();
        const remote = remotes.includes('origin') ? 'origin' : remotes[0];
        if (!remote)
            throw new UserError(`The checkout is shallow and has no git remote, so the parent of ${head.slice(0, 12)} cannot be read: ${FETCH_DEPTH_FIX}`);
        try {
            await repo.fetch(['--no-tags', '--deepen=1', remote]);
        }
        catch (error) {
            throw new UserError(`git fetch --deepen=1 from remote "${remote}" failed (${error instanceof Error ? error.message : String(error)}): ${FETCH_DEPTH_FIX}`);
        }
        parents = await repo.parents(head);
    }
    return parents[0];
}

;// CONCATENATED MODULE: ./packages/git/src/files-at-commits.ts

function formatBytes(bytes) {
    const trim = (value) => value.toFixed(1).replace(/\.0$/, '');
    if (bytes >= 1024 * 1024)
        return `${trim(bytes / 1024 / 1024)} MiB`;
    if (bytes >= 1024)
        return `${trim(bytes / 1024)} KiB`;
    return `${bytes} bytes`;
}
/**
 * Reads the selected files of several commits: one `git ls-tree` per commit and a single
 * `git cat-file --batch` for every distinct blob of all of them (a file unchanged between
 * the commits is read once). Symlinks and submodules are not files and are left out.
 */
async function readFilesAtCommits(repo, commits, options) {
    const describe = options.describe ?? ((commit) => commit.slice(0, 12));
    const display = options.display ?? ((path) => path);
    const chosen = new Map();
    const unique = [...new Set(commits)];
    // One `git ls-tree` per commit, run at once; their lists are then taken in the given order.
    const trees = await Promise.all(unique.map((commit) => repo.listTree(commit)));
    for (const [i, commit] of unique.entries()) {
        const tree = trees[i].filter((entry) => entry.type === 'blob' && entry.mode !== '120000');
        const byPath = new Map(tree.map((entry) => [entry.path, entry]));
        const selected = options.select([...byPath.keys()], commit).map((path) => byPath.get(path));
        for (const entry of selected) {
            if (options.maxBytes !== undefined && entry.size > options.maxBytes) {
                throw new UserError(`${display(entry.path)} at ${describe(commit)} is ${formatBytes(entry.size)}, over the ${formatBytes(options.maxBytes)} limit for a manifest: exclude it (input "exclude") or split it`, { file: display(entry.path) });
            }
        }
        chosen.set(commit, selected);
    }
    const blobs = await repo.readBlobs([...chosen.values()].flat().map((entry) => entry.object));
    const result = new Map();
    for (const [commit, entries] of chosen) {
        result.set(commit, entries.map((entry) => ({ path: entry.path, object: entry.object, content: blobs.get(entry.object) })));
    }
    return result;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/git/src/workspace-paths.ts



const GLOB_SEGMENT = /[*?[\]{}!]/;
function slashes(path) {
    return path.split(sep).join('/');
}
/** The folders a pattern's fixed part points into, nearest existing one first. */
function workspace_paths_anchor(root, pattern) {
    const fixed = [];
    for (const segment of pattern.split('/')) {
        if (GLOB_SEGMENT.test(segment))
            break;
        fixed.push(segment);
    }
    let dir = resolve(root, fixed.join('/') || '.');
    while (!existsSync(dir) || !statSync(dir).isDirectory()) {
        const parent = dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return dir;
}
/**
 * Finds the repository holding the given workspace-relative paths: the one around the first
 * path's folder, else around the workspace. Undefined when there is none.
 */
async function locateRepository(root, patterns) {
    const candidates = [...new Set([...patterns.map((pattern) => workspace_paths_anchor(root, pattern)), root])];
    for (const dir of candidates) {
        const top = await new GitRepository(dir).topLevel();
        if (!top)
            continue;
        const real = realpathSync(top);
        // Paths listed by git are normal (no `.` or `..`), so when the repository is the workspace
        // or inside it, showing one is a prefix, not a path.relative per file (10,000 files a run).
        const fromRoot = relative(root, real);
        const prefix = fromRoot === '' ? '' : isAbsolute(fromRoot) || fromRoot.startsWith('..') ? undefined : slashes(fromRoot) + '/';
        return {
            repository: new GitRepository(real),
            top: real,
            toRepository(pattern) {
                const path = relative(real, resolve(root, pattern));
                if (path === '..' || path.startsWith('..' + sep) || isAbsolute(path))
                    return undefined;
                return slashes(path);
            },
            toWorkspace(path) {
                if (prefix !== undefined)
                    return prefix + path;
                return slashes(relative(root, join(real, path)));
            },
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/git/src/index.ts








/***/ }),

/***/ 7546:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ gitAccessEnvironment),
/* harmony export */   e5: () => (/* binding */ describeGitError),
/* harmony export */   pd: () => (/* binding */ isTransientGitError),
/* harmony export */   py: () => (/* binding */ tokenForms)
/* harmony export */ });
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1295);
/* harmony import */ var _kra_git__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5736);
/**
 * How git reaches the config repository with a token: an `http.<server>/.extraheader`
 * Authorization header passed through git's GIT_CONFIG_* environment variables, so the token is
 * never in a remote URL, in git's argv (visible in process lists and our error messages), in
 * .git/config, or in any output; and how git's failures read as one line naming the repository.
 */


/** The Authorization header value git sends (as actions/checkout does). */
function authorization(token) {
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}
/** Every form in which the token could appear: to mask and to redact. */
function tokenForms(token) {
    if (!token)
        return [];
    return [
        token,
        Buffer.from(token).toString('base64'),
        Buffer.from(`x-access-token:${token}`).toString('base64'),
        authorization(token),
    ];
}
/**
 * git's environment for this repository: the header scoped to the server's URL, appended to any
 * GIT_CONFIG_COUNT entries already set; no credential helper may prompt.
 */
function gitAccessEnvironment(access, base = process.env) {
    const env = { GIT_TERMINAL_PROMPT: '0' };
    if (!access.token)
        return env;
    const count = Number(base.GIT_CONFIG_COUNT ?? '0') || 0;
    const server = access.serverUrl.replace(/\/+$/, '');
    env[`GIT_CONFIG_KEY_${count}`] = `http.${server}/.extraheader`;
    env[`GIT_CONFIG_VALUE_${count}`] = authorization(access.token);
    env.GIT_CONFIG_COUNT = String(count + 1);
    return env;
}
/** Whether a git failure is worth another try: the server or the network, not the request. */
function isTransientGitError(error) {
    if (!(error instanceof _kra_git__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS))
        return false;
    return /returned error: (5\d\d|429)|Could not resolve host|Connection (reset|refused|timed out)|Operation timed out|early EOF|RPC failed|unexpected disconnect|remote end hung up/i.test(error.stderr);
}
/**
 * A git failure as one line the user can act on: which repository, what the token lacks, what
 * to do. `operation` is what was attempted ("read", "push to branch main").
 */
function describeGitError(error, access, operation, ref) {
    if (!(error instanceof _kra_git__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS))
        return error instanceof Error ? error : new Error(String(error));
    const secrets = tokenForms(access.token);
    const stderr = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(error.stderr, secrets);
    const repository = access.repository;
    const tokenHint = access.token ? '' : ' (no token was given: set the token input)';
    if (operation === 'push' &&
        /returned error: 403|Permission to .* denied|denied to |write access .* not granted/i.test(stderr)) {
        return new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the token cannot push to ${repository}: it needs the "contents: write" permission on ${repository}${tokenHint}; a workflow's GITHUB_TOKEN only writes to its own repository, so use a fine-grained personal access token or a GitHub App token with Contents: Read and write`);
    }
    if (operation === 'push' && /protected branch|GH006|pre-receive hook declined|hook declined/i.test(stderr)) {
        return new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${repository} refused the push to ${ref} (a protected branch or a server hook): use mode: pull-request, or allow the token to push to ${ref}`);
    }
    if (/returned error: 401|Authentication failed|could not read (Username|Password)|terminal prompts disabled/i.test(stderr)) {
        return new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${repository} refused the token${tokenHint}: give a token that can read and write it (Contents: Read and write), and check that it has not expired`);
    }
    if (/returned error: 403/i.test(stderr)) {
        return new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the token cannot read ${repository}: it needs the "contents: read" permission on ${repository}${tokenHint}`);
    }
    if (/returned error: 404|Repository not found|does not appear to be a git repository|repository '[^']*' not found/i.test(stderr)) {
        return new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`repository ${repository} was not found, or the token cannot see it: check the repository input and give a token with access to it${tokenHint}`);
    }
    if (/couldn't find remote ref|Remote branch .* not found/i.test(stderr)) {
        return new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${repository} has no branch ${ref}: check the base input`);
    }
    const reason = stderr
        .trim()
        .split('\n')
        .filter(Boolean)
        .find((line) => /^(fatal|error):/.test(line)) ??
        stderr.trim().split('\n').pop() ??
        '';
    return new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`git could not ${operation === 'read' ? 'read' : `push ${ref} to`} ${repository}: ${reason.replace(/^(fatal|error):\s*/, '')}`);
}


/***/ }),

/***/ 6669:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ PINS),
/* harmony export */   Db: () => (/* binding */ referenceKey),
/* harmony export */   Fp: () => (/* binding */ referenceValue),
/* harmony export */   Gj: () => (/* binding */ tagFieldValue),
/* harmony export */   WF: () => (/* binding */ tryParseReference),
/* harmony export */   WQ: () => (/* binding */ writtenRepository),
/* harmony export */   eb: () => (/* binding */ parseImages),
/* harmony export */   wg: () => (/* binding */ checkPin),
/* harmony export */   yd: () => (/* binding */ ImageIndex)
/* harmony export */ });
/* unused harmony export chooseTag */
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1295);
/* harmony import */ var _registry_src_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9018);
/**
 * The released images to write into the config repository, read from the image list JSON of
 * push-images or tag-release, or from references one a line, and the values written for them.
 */

// The reference parser alone, by its source path: @kra/registry's index would pull the OCI
// client (undici, Compose loading) into this bundle. Becomes `@kra/registry/reference` once
// that subpath is exported.

const PINS = ['tag', 'digest', 'tag@digest'];
/** registry/repository for matching, or undefined when the text is not an image reference. */
function referenceKey(text) {
    const reference = tryParseReference(text);
    return reference?.name;
}
function tryParseReference(text) {
    if (text === '' || /[\s{}$]/.test(text))
        return undefined;
    try {
        return (0,_registry_src_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(text);
    }
    catch {
        return undefined;
    }
}
/** The part of a reference before its tag and digest, as written (nginx, ghcr.io/acme/web, localhost:5000/web). */
function writtenRepository(text) {
    const at = text.indexOf('@');
    const rest = at === -1 ? text : text.slice(0, at);
    const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
    return colon === -1 ? rest : rest.slice(0, colon);
}
/**
 * Chooses the tag written for an image with several (push-images' `main-abc1234`, then
 * tag-release's `1.4.0`, `1.4`, `1`, `latest`): the `tag` input when given, else the version
 * when the image has it (with or without `v`), else the only tag, else the first.
 */
function chooseTag(tags, options) {
    if (options.tag)
        return options.tag;
    const version = options.version?.replace(/^v(?=\d)/, '');
    if (version) {
        const match = tags.find((tag) => tag === version || tag === `v${version}`);
        if (match)
            return match;
    }
    return tags[0];
}
function fromReference(line, where, options) {
    let reference;
    try {
        reference = (0,_registry_src_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(line);
    }
    catch (error) {
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', `${where} has ${error.message}`);
    }
    const repository = writtenRepository(line.trim());
    return {
        name: reference.repository.split('/').pop(),
        repository,
        key: reference.name,
        tag: options.tag || reference.tag,
        digest: reference.digest,
    };
}
/**
 * Parses the `images` input: the image list JSON ([{"name","repository","tags","digest","ref"}],
 * strings allowed as items), or references one a line (repository:tag, repository@digest,
 * repository:tag@digest).
 */
function parseImages(text, options = {}) {
    const trimmed = text.trim();
    let images;
    if (trimmed.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch (error) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', `is not valid JSON (${error.message}): pass the images output of tag-release or push-images, or one reference a line`);
        }
        if (!Array.isArray(parsed))
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', 'is JSON but not an array: pass the images output of tag-release or push-images');
        images = parsed.map((item, index) => {
            if (typeof item === 'string')
                return fromReference(item, `item ${index}`, options);
            const entry = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .parseImageListEntry */ .ZX)('images', item, index);
            const reference = tryParseReference(entry.repository);
            if (!reference || reference.tag || reference.digest) {
                throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', `item ${index} has "repository": "${entry.repository}", which is not a repository such as ghcr.io/acme/web (tags and digest go in "tags" and "digest")`);
            }
            return {
                name: entry.name,
                repository: entry.repository,
                key: reference.name,
                tag: chooseTag(entry.tags, options),
                digest: entry.digest || undefined,
            };
        });
    }
    else {
        images = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(trimmed).map((line, index) => fromReference(line, `line ${index + 1}`, options));
    }
    const seen = new Map();
    for (const image of images) {
        const earlier = seen.get(image.key);
        if (earlier && (earlier.tag !== image.tag || earlier.digest !== image.digest)) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', `names ${image.key} twice with different versions (${describe(earlier)} and ${describe(image)}): give each repository once`);
        }
        seen.set(image.key, image);
    }
    return [...seen.values()];
}
function describe(image) {
    return `${image.tag ?? ''}${image.digest ? `@${image.digest}` : ''}` || 'no version';
}
/** Checks every image has what `pin` writes, naming the first that does not. */
function checkPin(images, pin) {
    for (const image of images) {
        if (pin !== 'tag' && !image.digest) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', `gives ${image.repository} without a digest, but pin is "${pin}": pass tag-release's images output (it has the digests) or set pin: tag`);
        }
        if (pin !== 'digest' && !image.tag) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', `gives ${image.repository} without a tag, but pin is "${pin}": pass the release's tags (tag-release's images output) or set pin: digest`);
        }
    }
}
/** The reference written into an image field: the repository as the file writes it, then tag and/or digest. */
function referenceValue(image, pin, repository) {
    if (pin === 'tag')
        return `${repository}:${image.tag}`;
    if (pin === 'digest')
        return `${repository}@${image.digest}`;
    return `${repository}:${image.tag}@${image.digest}`;
}
/**
 * The value of a tag-only field (a Helm `tag`) when nothing else holds the digest: the tag,
 * or `tag@digest` when the digest is pinned (charts write `repository:tag`, so this pins it).
 */
function tagFieldValue(image, pin) {
    if (pin === 'tag')
        return image.tag;
    if (!image.tag)
        return undefined;
    return `${image.tag}@${image.digest}`;
}
/** Finds released images by the repository a config file names. */
class ImageIndex {
    images;
    byKey = new Map();
    byName = new Map();
    constructor(images) {
        this.images = images;
        for (const image of images) {
            this.byKey.set(image.key, image);
            this.byName.set(image.name, [...(this.byName.get(image.name) ?? []), image]);
        }
    }
    /** The image whose repository this reference (or bare repository) names. */
    byReference(text) {
        const key = referenceKey(text);
        return key === undefined ? undefined : this.byKey.get(key);
    }
    /** An image by its short name or its repository (for `fields` and Flux policies). */
    lookup(nameOrRepository) {
        const named = this.byName.get(nameOrRepository);
        if (named?.length === 1)
            return named[0];
        return this.byReference(nameOrRepository);
    }
}


/***/ }),

/***/ 9571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GW: () => (/* binding */ actorIdentity),
  SF: () => (/* binding */ releaseVersion),
  DL: () => (/* reexport */ versionFromEvent)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 12 modules
var src = __nccwpck_require__(1295);
// EXTERNAL MODULE: ./packages/core/src/versions.ts
var versions = __nccwpck_require__(1143);
// EXTERNAL MODULE: ./packages/registry/src/reference.ts + 1 modules
var reference = __nccwpck_require__(9018);
;// CONCATENATED MODULE: ./packages/registry/src/tags/templates.ts



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
        throw new InputError('tags', `cannot be rendered: DOCKER_METADATA_SHORT_SHA_LENGTH is "${value}": use a whole number from 1 to 40`);
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
function templates_versionAsTag(version) {
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
    const version = parseVersionTag(tag);
    return version ? templates_versionAsTag(version) : sanitizeTag(tag);
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
            throw new InputError(input, `has "${template}" with an unknown placeholder {{${name}}}: use ${Object.keys(values)
                .map((key) => `{{${key}}}`)
                .join(', ')}`);
        }
        const value = values[name];
        if (!value)
            throw new InputError(input, `has "${template}", but {{${name}}} is empty because ${EXPLAIN[name]}: remove that line or run on such an event`);
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

;// CONCATENATED MODULE: ./packages/registry/src/tags/release.ts




const DEFAULT_RELEASE_TAGS = (/* unused pure expression or super */ null && (['{{version}}', '{{major}}.{{minor}}', '{{major}}', 'latest']));
/**
 * Parses a release version strictly: MAJOR.MINOR.PATCH with optional -pre-release and +build,
 * after an optional prefix (v1.4.0, release-1.4.0, web/v1.4.0: the rule of @kra/core/versions).
 */
function parseReleaseVersion(text, input = 'version', options = {}) {
    const raw = text.trim();
    const parsed = parseVersionTag(raw);
    if (!parsed) {
        throw new InputError(input, `is "${raw}", which is not a semantic version: use MAJOR.MINOR.PATCH such as v1.4.0 or 1.5.0-rc.1 (a "v" in front is fine)`);
    }
    const version = versionAsTag(parsed);
    const problem = tagProblem(version);
    if (problem)
        throw new InputError(input, `is "${raw}": ${problem}`);
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
const release_PLACEHOLDER = /\{\{\s*([a-z-]+)\s*\}\}/g;
const KNOWN = (/* unused pure expression or super */ null && (['version', 'major', 'minor', 'patch']));
/** Expands the tag templates for a version (see the rules at the top of this file). */
function releaseTags(version, templates, input = 'tags') {
    if (templates.length === 0)
        throw new InputError(input, 'gives no tag: write one template a line, e.g. {{version}}');
    const plan = { tags: [], moving: {}, immutable: [], latest: false, skipped: [] };
    for (const template of templates) {
        const used = [...template.matchAll(release_PLACEHOLDER)].map((match) => match[1]);
        const unknown = used.find((name) => !KNOWN.includes(name));
        if (unknown) {
            throw new InputError(input, `has "${template}" with an unknown placeholder {{${unknown}}}: use {{version}}, {{major}}, {{minor}}, {{patch}} or latest`);
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
        const tag = template.replace(release_PLACEHOLDER, (_, name) => name === 'version' ? version.version : String(version[name]));
        const problem = tagProblem(tag);
        if (problem)
            throw new InputError(input, `has "${template}"${tag !== template ? ` (gives "${tag}")` : ''}: ${problem}`);
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
    const highest = highestFinal(existingTags, releaseLine(version, kind));
    if (highest && compareVersions(highest, version.parsed) > 0)
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
    const highest = highestFinal(existingTags);
    if (highest && compareVersions(highest, version.parsed) > 0)
        return { latest: false, higher: highest.tag };
    return { latest: true };
}
/** The release line a moving tag follows: every release for `latest`, 1.x.y for `major`, 1.4.z for `minor`. */
function releaseLine(version, kind) {
    if (kind === 'latest')
        return {};
    return kind === 'major' ? { major: version.major } : { major: version.major, minor: version.minor };
}

;// CONCATENATED MODULE: ./packages/gitops/src/release.ts
// By source path, not @kra/registry's index (which would bundle the OCI client): the same
// reading tag-release does.


function releaseVersion(given, context, images) {
    const version = given || versionFromEvent(context) || commonTag(images) || '';
    return version.replace(/^v(?=\d)/, '');
}
/** The tag every image shares, when they share one. */
function commonTag(images) {
    const tags = new Set(images.map((image) => image.tag));
    const [tag] = [...tags];
    return tags.size === 1 ? tag : undefined;
}
/** The author and committer a workflow's actor appears as (GitHub's no-reply address, with the user id when the event gives it). */
function actorIdentity(context) {
    const actor = context.actor || 'github-actions[bot]';
    const sender = context.payload?.sender;
    const id = actor === 'github-actions[bot]'
        ? 41898282
        : sender?.login === actor && typeof sender.id === 'number'
            ? sender.id
            : undefined;
    return { name: actor, email: `${id ? `${id}+` : ''}${actor}@users.noreply.github.com` };
}


/***/ }),

/***/ 9724:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* unused harmony export PLACEHOLDERS */
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1295);
/**
 * Templates in the action's inputs: `{{version}}`, `{{environment}}`, `{{images}}`,
 * `{{repository}}`, `{{sha}}`, `{{short-sha}}`, `{{run-url}}`. An unknown placeholder, or one
 * with no value, fails naming the input.
 */

const PLACEHOLDERS = ['version', 'environment', 'images', 'repository', 'sha', 'short-sha', 'run-url'];
const HINTS = {
    version: "set version (tag-release's version output) or run on a release",
    environment: "set environment (tag-release's environment output)",
};
/** Renders `template`; `allowed` limits the placeholders this input takes (paths: version and environment). */
function renderTemplate(template, values, input, allowed = PLACEHOLDERS) {
    return template.replace(/\{\{\s*([a-z-]+)\s*\}\}/g, (_whole, name) => {
        if (!allowed.includes(name)) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has {{${name}}}, which is not a placeholder here: use ${allowed.map((known) => `{{${known}}}`).join(', ')}`);
        }
        const value = values[name];
        if (!value) {
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `uses {{${name}}}, which is empty in this run: ${HINTS[name] ?? `give a value for ${name}`}`);
        }
        return value;
    });
}


/***/ }),

/***/ 9018:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F2: () => (/* binding */ parseReference)
});

// UNUSED EXPORTS: DOCKER_HUB, DOCKER_HUB_API, DOCKER_HUB_LEGACY, InvalidReferenceError, REPOSITORY_NAME_LENGTH_MAX, TAG_LENGTH_MAX, apiHost, familiarString, makeReference, normaliseRegistry, repositoryKey, repositoryProblem, sameRepository, tagProblem, tryParseReference, validateTag, writtenRepository

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(637);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/registry/src/digest.ts
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
    return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
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

;// CONCATENATED MODULE: ./packages/registry/src/reference.ts
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
class InvalidReferenceError extends errors/* UserError */.yo {
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
    const problem = validateDigest(digest);
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: addPath, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, notice, platform, saveState, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

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
        const { HttpClient } = yield Promise.all(/* import() */[__nccwpck_require__.e(521), __nccwpck_require__.e(343)]).then(__nccwpck_require__.bind(__nccwpck_require__, 343));
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
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(4979);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
