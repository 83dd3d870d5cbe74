import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5496:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(7282);
const utils = __nccwpck_require__(365);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 1225:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 4695:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(1225);
const utils = __nccwpck_require__(365);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 7282:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(843);
const parse = __nccwpck_require__(4695);
const utils = __nccwpck_require__(365);
const constants = __nccwpck_require__(1225);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 843:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(365);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(1225);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 365:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(1225);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

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

/***/ 6733:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1745);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4218);


await (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(8550);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var src = __nccwpck_require__(1745);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
function isZeroId(value) {
    return /^0+$/.test(value);
}
/**
 * A git repository on disk, driven through the git command line with argument arrays.
 * Every method runs one git process, except `readBlobs`, which reads any number of
 * files through a single `git cat-file --batch`.
 */
class GitRepository {
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

;// CONCATENATED MODULE: ./packages/git/src/history.ts

/** The fix for a checkout that lacks history or tags, as one line to paste into the workflow. */
const FETCH_DEPTH_FIX = 'check out the full history and tags: in the actions/checkout step set `with: fetch-depth: 0` (or set the "base" input to a commit the checkout has)';
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
async function ensureHistory(repo, needs) {
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
        throw new src/* UserError */.yo(`The checkout ${lacking} and has no git remote to fetch from, so ${needs.purpose} cannot be found: ${FETCH_DEPTH_FIX}`);
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
        throw new src/* UserError */.yo(`git fetch from remote "${remote}" failed (${(0,src/* errorMessage */.gJ)(error)}) while looking for ${needs.purpose}: ${FETCH_DEPTH_FIX}`, { cause: error });
    }
    missing = await missingCommits(repo, missing);
    if (missing.length > 0) {
        throw new src/* UserError */.yo(`Commit ${missing[0]} is not in the checkout and remote "${remote}" did not provide it, so ${needs.purpose} cannot be found: ${FETCH_DEPTH_FIX}`);
    }
    return { fetched: true, notes };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/compare.js
var compare = __nccwpck_require__(6061);
var compare_default = /*#__PURE__*/__nccwpck_require__.n(compare);
// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(1817);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(parse);
;// CONCATENATED MODULE: ./packages/core/src/versions.ts


const PREFIX = /^[A-Za-z_/.-]*$/;
/** Reads a version from a tag name (see the prefix rule above); undefined when it is none. */
function parseVersionTag(tag) {
    const start = tag.search(/\d/);
    if (start < 0)
        return undefined;
    const prefix = tag.slice(0, start);
    if (!PREFIX.test(prefix))
        return undefined;
    const parsed = parse_default()(tag.slice(start));
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
    return compare_default()(a.semver, b.semver);
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
        throw new src/* InputError */.dz(input, `is "${ref}", which is not a valid git ref: give a commit sha, branch or tag`);
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
    throw new src/* InputError */.dz(input, `is "${ref}", which names no commit, branch or tag in the repository${remote ? ` or on remote "${remote}"` : ''}: give an existing ref${shallow ? `; the checkout is shallow, so ${FETCH_DEPTH_FIX}` : ''}`);
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
        throw new src/* UserError */.yo(`Tag "${current}" is not a semantic version (such as v1.4.0), so the previous release cannot be told from it: set the "base" input, or use semantic version tags`);
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
            throw new src/* UserError */.yo('The pull_request event has no pull_request.base.sha, so the base branch cannot be found: set the "base" input');
        }
        const { notes } = await ensureHistory(repo, {
            commits: [baseSha],
            history: true,
            purpose: `the merge base with ${baseRef}`,
        });
        const commit = await repo.mergeBase(head, baseSha);
        if (!commit)
            throw new src/* UserError */.yo(`Head ${head.slice(0, 12)} shares no history with ${baseRef} (${baseSha.slice(0, 12)}): set the "base" input`);
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
            throw new src/* UserError */.yo(`The checkout is shallow and has no git remote, so the parent of ${head.slice(0, 12)} cannot be read: ${FETCH_DEPTH_FIX}`);
        try {
            await repo.fetch(['--no-tags', '--deepen=1', remote]);
        }
        catch (error) {
            throw new src/* UserError */.yo(`git fetch --deepen=1 from remote "${remote}" failed (${error instanceof Error ? error.message : String(error)}): ${FETCH_DEPTH_FIX}`);
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
                throw new src/* UserError */.yo(`${display(entry.path)} at ${describe(commit)} is ${formatBytes(entry.size)}, over the ${formatBytes(options.maxBytes)} limit for a manifest: exclude it (input "exclude") or split it`, { file: display(entry.path) });
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
;// CONCATENATED MODULE: ./packages/git/src/workspace-paths.ts



const GLOB_SEGMENT = /[*?[\]{}!]/;
function slashes(path) {
    return path.split(external_node_path_.sep).join('/');
}
/** The folders a pattern's fixed part points into, nearest existing one first. */
function workspace_paths_anchor(root, pattern) {
    const fixed = [];
    for (const segment of pattern.split('/')) {
        if (GLOB_SEGMENT.test(segment))
            break;
        fixed.push(segment);
    }
    let dir = (0,external_node_path_.resolve)(root, fixed.join('/') || '.');
    while (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        const parent = (0,external_node_path_.dirname)(dir);
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
        const real = (0,external_node_fs_.realpathSync)(top);
        // Paths listed by git are normal (no `.` or `..`), so when the repository is the workspace
        // or inside it, showing one is a prefix, not a path.relative per file (10,000 files a run).
        const fromRoot = (0,external_node_path_.relative)(root, real);
        const prefix = fromRoot === '' ? '' : (0,external_node_path_.isAbsolute)(fromRoot) || fromRoot.startsWith('..') ? undefined : slashes(fromRoot) + '/';
        return {
            repository: new GitRepository(real),
            top: real,
            toRepository(pattern) {
                const path = (0,external_node_path_.relative)(real, (0,external_node_path_.resolve)(root, pattern));
                if (path === '..' || path.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(path))
                    return undefined;
                return slashes(path);
            },
            toWorkspace(path) {
                if (prefix !== undefined)
                    return prefix + path;
                return slashes((0,external_node_path_.relative)(root, (0,external_node_path_.join)(real, path)));
            },
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/git/src/index.ts







// EXTERNAL MODULE: ./node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var node_modules_picomatch = __nccwpck_require__(5496);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_picomatch);
;// CONCATENATED MODULE: ./packages/manifests/src/scope.ts
/**
 * Identity and scope of objects: API group of an apiVersion, whether a kind is cluster-scoped
 * (built-in kinds, and CRDs found in the same set), and the object-list entry of the contracts.
 */


/** The built-in cluster-scoped kinds, by group/Kind (Kubernetes 1.34). */
const CLUSTER_SCOPED_KINDS = new Set([
    '/Namespace',
    '/Node',
    '/PersistentVolume',
    '/ComponentStatus',
    'admissionregistration.k8s.io/MutatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/MutatingAdmissionPolicy',
    'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
    'apiextensions.k8s.io/CustomResourceDefinition',
    'apiregistration.k8s.io/APIService',
    'authentication.k8s.io/TokenReview',
    'authentication.k8s.io/SelfSubjectReview',
    'authorization.k8s.io/SubjectAccessReview',
    'authorization.k8s.io/SelfSubjectAccessReview',
    'authorization.k8s.io/SelfSubjectRulesReview',
    'certificates.k8s.io/CertificateSigningRequest',
    'certificates.k8s.io/ClusterTrustBundle',
    'flowcontrol.apiserver.k8s.io/FlowSchema',
    'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
    'internal.apiserver.k8s.io/StorageVersion',
    'networking.k8s.io/IngressClass',
    'networking.k8s.io/IPAddress',
    'networking.k8s.io/ServiceCIDR',
    'node.k8s.io/RuntimeClass',
    'policy/PodSecurityPolicy',
    'extensions/PodSecurityPolicy',
    'rbac.authorization.k8s.io/ClusterRole',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
    'resource.k8s.io/DeviceClass',
    'resource.k8s.io/ResourceSlice',
    'scheduling.k8s.io/PriorityClass',
    'storage.k8s.io/CSIDriver',
    'storage.k8s.io/CSINode',
    'storage.k8s.io/StorageClass',
    'storage.k8s.io/VolumeAttachment',
    'storage.k8s.io/VolumeAttributesClass',
    'storagemigration.k8s.io/StorageVersionMigration',
]);
function unwrap(item) {
    return 'source' in item && 'object' in item && item.object && typeof item.object === 'object'
        ? { object: item.object, source: item.source }
        : { object: item };
}
function isCrd(object) {
    return object.kind === 'CustomResourceDefinition' && (0,src/* apiGroup */.oI)(object.apiVersion) === 'apiextensions.k8s.io';
}
/** Indexes the CustomResourceDefinitions found among the objects by the group/Kind they define. */
function scope_crdIndex(objects) {
    const index = new Map();
    for (const item of objects) {
        const { object, source } = unwrap(item);
        if (!isCrd(object))
            continue;
        const spec = (object.spec ?? {});
        const group = typeof spec.group === 'string' ? spec.group : '';
        const kind = typeof spec.names?.kind === 'string' ? spec.names.kind : '';
        if (!group || !kind)
            continue;
        const versions = [];
        if (Array.isArray(spec.versions)) {
            for (const version of spec.versions) {
                if (version && typeof version.name === 'string') {
                    versions.push({
                        name: version.name,
                        schema: version.schema?.openAPIV3Schema ?? spec.validation?.openAPIV3Schema,
                    });
                }
            }
        }
        else if (typeof spec.version === 'string') {
            versions.push({ name: spec.version, schema: spec.validation?.openAPIV3Schema });
        }
        index.set(`${group}/${kind}`, {
            group,
            kind,
            scope: spec.scope === 'Cluster' ? 'Cluster' : 'Namespaced',
            versions,
            crd: object,
            source,
        });
    }
    return index;
}
function asIndex(crds) {
    if (crds === undefined)
        return undefined;
    return crds instanceof Map ? crds : scope_crdIndex(crds);
}
/**
 * Whether objects of this apiVersion and kind are cluster-scoped: the built-in cluster-scoped
 * kinds, and kinds whose CRD (given as an index or as the set of objects) says `scope: Cluster`.
 * Unknown kinds count as namespaced, as most custom resources are.
 */
function isClusterScoped(apiVersion, kind, crds) {
    const key = (0,src/* groupKind */.KH)(apiVersion, kind);
    if (CLUSTER_SCOPED_KINDS.has(key))
        return true;
    const crd = asIndex(crds)?.get(key);
    return crd?.scope === 'Cluster';
}
/**
 * The object-list entry of an object (docs/design.md, the contracts): the namespace is the object's own,
 * else `defaultNamespace` (else `default`), and omitted for cluster-scoped objects.
 */
function objectRef(item, defaultNamespace, crds) {
    const { object } = unwrap(item);
    const entry = {
        apiVersion: object.apiVersion,
        kind: object.kind,
        name: String(object.metadata?.name ?? ''),
    };
    if (!isClusterScoped(object.apiVersion, object.kind, crds)) {
        entry.namespace = object.metadata?.namespace || defaultNamespace || 'default';
    }
    return entry;
}
/** group/Kind/namespace/name: the identity of an object in a cluster (core's identityKey, after namespace defaulting). */
function objectKey(item, defaultNamespace, crds) {
    const { object } = unwrap(item);
    return identityKey(object, {
        defaultNamespace,
        clusterScoped: isClusterScoped(object.apiVersion, object.kind, crds),
    });
}


;// CONCATENATED MODULE: ./packages/manifests/src/pod.ts

/** Where each workload kind keeps its pod template, by kind (the group is checked too). */
const TEMPLATE_PATHS = {
    Pod: { groups: [''], path: [] },
    PodTemplate: { groups: [''], path: ['template'] },
    ReplicationController: { groups: [''], path: ['spec', 'template'] },
    Deployment: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
    ReplicaSet: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
    StatefulSet: { groups: ['apps'], path: ['spec', 'template'] },
    DaemonSet: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
    Job: { groups: ['batch'], path: ['spec', 'template'] },
    CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template'] },
};
/** The kinds that have a pod template. */
const WORKLOAD_KINDS = Object.keys(TEMPLATE_PATHS).filter((kind) => kind !== 'PodTemplate');
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The pod template without changing the object (metadata may be absent). */
function pod_findPodTemplate(object) {
    const where = TEMPLATE_PATHS[object.kind];
    if (!where || !where.groups.includes((0,src/* apiGroup */.oI)(object.apiVersion)))
        return undefined;
    let node = object;
    for (const key of where.path) {
        if (!isMapping(node))
            return undefined;
        node = node[key];
    }
    if (!isMapping(node) || !isMapping(node.spec))
        return undefined;
    return { template: node, spec: node.spec, path: where.path.join('.') };
}
/**
 * The pod template of a Pod, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob
 * (`spec.jobTemplate.spec.template`), ReplicationController or PodTemplate; undefined for
 * other kinds or when the manifest has no pod spec there.
 */
function podTemplateOf(item) {
    const object = unwrapObject(item).object;
    const found = pod_findPodTemplate(object);
    if (!found)
        return undefined;
    if (!isMapping(found.template.metadata))
        found.template.metadata = {};
    return {
        template: found.template,
        spec: found.spec,
        metadata: found.template.metadata,
        path: found.path,
        specPath: found.path ? `${found.path}.spec` : 'spec',
    };
}
const pod_CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'];
/** Visits each container of a pod spec: init containers, containers, ephemeral containers. */
function forEachContainer(spec, visit) {
    for (const list of pod_CONTAINER_LISTS) {
        const containers = spec[list];
        if (!Array.isArray(containers))
            continue;
        containers.forEach((container, index) => {
            if (!isMapping(container))
                return;
            const label = typeof container.name === 'string' && container.name !== '' ? container.name : String(index);
            visit(container, list, index, label);
        });
    }
}
/** Every container image of an object's pod template, in init, regular, ephemeral order. */
function containerImages(item) {
    const object = unwrapObject(item).object;
    const found = pod_findPodTemplate(object);
    if (!found)
        return [];
    const specPath = found.path ? `${found.path}.spec` : 'spec';
    const images = [];
    forEachContainer(found.spec, (container, list, index, label) => {
        if (typeof container.image !== 'string' || container.image.trim() === '')
            return;
        images.push({
            container: typeof container.name === 'string' ? container.name : '',
            image: container.image.trim(),
            list,
            path: `${specPath}.${list}[${label}].image`,
            index,
        });
    });
    return images;
}
/** The distinct images of all objects, in the order they first appear. */
function uniqueImages(objects) {
    const seen = new Set();
    for (const item of objects)
        for (const { image } of containerImages(item))
            seen.add(image);
    return [...seen];
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-refs.ts


function config_refs_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function label(item, index) {
    return config_refs_isMapping(item) && typeof item.name === 'string' && item.name !== '' ? item.name : String(index);
}
function itemKeys(items) {
    const keys = list(items)
        .map((item) => (config_refs_isMapping(item) && typeof item.key === 'string' ? item.key : undefined))
        .filter((key) => key !== undefined);
    return keys.length > 0 ? keys : undefined;
}
/** The volume plugins that name a Secret, and the field that holds its name. */
const PLUGIN_SECRETS = [
    { plugin: 'azureFile', field: '', nameField: 'secretName' },
    { plugin: 'cephfs', field: 'secretRef', nameField: 'name' },
    { plugin: 'cinder', field: 'secretRef', nameField: 'name' },
    { plugin: 'flexVolume', field: 'secretRef', nameField: 'name' },
    { plugin: 'rbd', field: 'secretRef', nameField: 'name' },
    { plugin: 'scaleIO', field: 'secretRef', nameField: 'name' },
    { plugin: 'iscsi', field: 'secretRef', nameField: 'name' },
    { plugin: 'storageos', field: 'secretRef', nameField: 'name' },
    { plugin: 'csi', field: 'nodePublishSecretRef', nameField: 'name' },
];
/** Every ConfigMap and Secret reference in an object's pod template, in the order found. */
function configReferences(item) {
    const object = unwrap(item).object;
    const found = pod_findPodTemplate(object);
    if (!found)
        return [];
    const spec = found.spec;
    const base = found.path ? `${found.path}.spec` : 'spec';
    const refs = [];
    const add = (kind, name, via, extra = {}) => {
        if (typeof name !== 'string' || name === '')
            return;
        const ref = { kind, name, via };
        if (extra.keys && extra.keys.length > 0)
            ref.keys = extra.keys;
        if (typeof extra.optional === 'boolean')
            ref.optional = extra.optional;
        refs.push(ref);
    };
    list(spec.imagePullSecrets).forEach((secret, index) => {
        if (config_refs_isMapping(secret))
            add('Secret', secret.name, `${base}.imagePullSecrets[${label(secret, index)}]`);
    });
    forEachContainer(spec, (container, listName, _index, containerLabel) => {
        const at = `${base}.${listName}[${containerLabel}]`;
        list(container.envFrom).forEach((source, index) => {
            if (!config_refs_isMapping(source))
                return;
            const where = `${at}.envFrom[${index}]`;
            if (config_refs_isMapping(source.configMapRef))
                add('ConfigMap', source.configMapRef.name, `${where}.configMapRef`, { optional: source.configMapRef.optional });
            if (config_refs_isMapping(source.secretRef))
                add('Secret', source.secretRef.name, `${where}.secretRef`, { optional: source.secretRef.optional });
        });
        list(container.env).forEach((variable, index) => {
            if (!config_refs_isMapping(variable) || !config_refs_isMapping(variable.valueFrom))
                return;
            const where = `${at}.env[${label(variable, index)}].valueFrom`;
            const { configMapKeyRef, secretKeyRef } = variable.valueFrom;
            if (config_refs_isMapping(configMapKeyRef)) {
                add('ConfigMap', configMapKeyRef.name, `${where}.configMapKeyRef`, {
                    keys: typeof configMapKeyRef.key === 'string' ? [configMapKeyRef.key] : undefined,
                    optional: configMapKeyRef.optional,
                });
            }
            if (config_refs_isMapping(secretKeyRef)) {
                add('Secret', secretKeyRef.name, `${where}.secretKeyRef`, {
                    keys: typeof secretKeyRef.key === 'string' ? [secretKeyRef.key] : undefined,
                    optional: secretKeyRef.optional,
                });
            }
        });
    });
    list(spec.volumes).forEach((volume, index) => {
        if (!config_refs_isMapping(volume))
            return;
        const at = `${base}.volumes[${label(volume, index)}]`;
        if (config_refs_isMapping(volume.configMap))
            add('ConfigMap', volume.configMap.name, `${at}.configMap`, {
                keys: itemKeys(volume.configMap.items),
                optional: volume.configMap.optional,
            });
        if (config_refs_isMapping(volume.secret))
            add('Secret', volume.secret.secretName, `${at}.secret`, {
                keys: itemKeys(volume.secret.items),
                optional: volume.secret.optional,
            });
        if (config_refs_isMapping(volume.projected)) {
            list(volume.projected.sources).forEach((source, sourceIndex) => {
                if (!config_refs_isMapping(source))
                    return;
                const where = `${at}.projected.sources[${sourceIndex}]`;
                if (config_refs_isMapping(source.configMap))
                    add('ConfigMap', source.configMap.name, `${where}.configMap`, {
                        keys: itemKeys(source.configMap.items),
                        optional: source.configMap.optional,
                    });
                if (config_refs_isMapping(source.secret))
                    add('Secret', source.secret.name, `${where}.secret`, {
                        keys: itemKeys(source.secret.items),
                        optional: source.secret.optional,
                    });
            });
        }
        for (const { plugin, field, nameField } of PLUGIN_SECRETS) {
            const source = volume[plugin];
            if (!config_refs_isMapping(source))
                continue;
            const holder = field ? source[field] : source;
            if (config_refs_isMapping(holder))
                add('Secret', holder[nameField], `${at}.${plugin}${field ? `.${field}` : `.${nameField}`}`);
        }
    });
    return refs;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/manifests/src/hash.ts
/**
 * Canonical hashes: the same content gives the same hash whatever the key order, quoting,
 * comments or YAML style it was written in.
 *
 * contentHash (ConfigMap and Secret) hashes what the pods see, as the API server stores it:
 *  - Secret: `stringData` is merged over `data` (as the API server does, stringData winning),
 *    every value as bytes: `data` base64-decoded, `stringData` UTF-8. So `stringData: {a: hi}`
 *    and `data: {a: aGk=}` hash the same. `type` counts (default Opaque).
 *  - ConfigMap: `data` as text and `binaryData` as bytes (base64-decoded), kept apart, since
 *    only `data` can feed environment variables.
 *  - sops-encrypted objects (a top-level `sops:` key) are hashed on their encrypted values
 *    as written (with the sops MAC), never decoded: their base64 is not the content.
 * Metadata (labels, annotations, immutable) is not content and does not count.
 */



/** JSON with object keys sorted at every level; undefined values dropped, as JSON.stringify does. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        return JSON.stringify(value) ?? 'null';
    }
    if (Array.isArray(value))
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
    const keys = Object.keys(value).sort();
    const parts = [];
    for (const key of keys) {
        const child = value[key];
        if (child === undefined)
            continue;
        parts.push(`${JSON.stringify(key)}:${canonicalJson(child)}`);
    }
    return `{${parts.join(',')}}`;
}
function sha256(text) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`;
}
/** Whether an object is sops-encrypted (a top-level `sops:` key). */
function isSopsEncrypted(item) {
    const object = unwrap(item).object;
    return object.sops !== null && typeof object.sops === 'object';
}
function entries(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}
function hash_text(value) {
    return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}
function base64Bytes(value) {
    return Buffer.from(hash_text(value).replace(/\s+/g, ''), 'base64').toString('base64');
}
/**
 * The canonical content of a ConfigMap or Secret, as `sha256:<hex>` (see the file comment).
 * Other kinds are hashed whole, like objectHash.
 */
function contentHash(item) {
    const object = unwrap(item).object;
    if (isSopsEncrypted(object)) {
        const sops = object.sops;
        return sha256(canonicalJson({
            kind: object.kind,
            type: object.type,
            data: object.data,
            stringData: object.stringData,
            binaryData: object.binaryData,
            sopsMac: sops.mac,
        }));
    }
    if (object.kind === 'Secret') {
        const data = {};
        for (const [key, value] of entries(object.data))
            data[key] = base64Bytes(value);
        for (const [key, value] of entries(object.stringData))
            data[key] = Buffer.from(hash_text(value), 'utf8').toString('base64');
        return sha256(canonicalJson({ kind: 'Secret', type: hash_text(object.type) || 'Opaque', data }));
    }
    if (object.kind === 'ConfigMap') {
        const data = {};
        for (const [key, value] of entries(object.data))
            data[key] = hash_text(value);
        const binaryData = {};
        for (const [key, value] of entries(object.binaryData))
            binaryData[key] = base64Bytes(value);
        return sha256(canonicalJson({ kind: 'ConfigMap', data, binaryData }));
    }
    return objectHash(object);
}
/** Metadata fields that say nothing about what the object asks for. */
const METADATA_NOISE = [
    'resourceVersion',
    'uid',
    'generation',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'managedFields',
    'selfLink',
    'ownerReferences',
];
const ANNOTATION_NOISE = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision'];
/**
 * A canonical hash of a whole object without server-set metadata and `status`: equal for two
 * manifests that ask the cluster for the same thing, however they are written.
 */
function objectHash(item) {
    const object = unwrap(item).object;
    const { status: _status, ...rest } = object;
    const metadata = { ...(object.metadata ?? {}) };
    for (const field of METADATA_NOISE)
        delete metadata[field];
    if (metadata.annotations && typeof metadata.annotations === 'object') {
        const annotations = { ...metadata.annotations };
        for (const key of ANNOTATION_NOISE)
            delete annotations[key];
        metadata.annotations = Object.keys(annotations).length > 0 ? annotations : undefined;
    }
    return sha256(canonicalJson({ ...rest, metadata }));
}
/**
 * A canonical hash of a workload's pod template (what makes its pods roll when it changes),
 * or undefined for kinds without one.
 */
function templateHash(item) {
    const found = pod_findPodTemplate(unwrap(item).object);
    return found ? sha256(canonicalJson(found.template)) : undefined;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(637);
// EXTERNAL MODULE: ./packages/core/src/workspace.ts
var workspace = __nccwpck_require__(5565);
;// CONCATENATED MODULE: ./packages/manifests/src/listing.ts
/**
 * Objects pruned to what listing them needs (list-manifests, unless it validates schemas):
 * apiVersion, kind, metadata, and the names and images of the pod template's containers.
 * Kept whole: CRDs and RBAC bindings (the apply order reads their spec and roleRef) and
 * objects without their document's text (the bundle is then written from the object).
 * Ten thousand pruned objects cost a fraction of the memory and garbage collection of whole
 * ones, and cross from the parse worker to the action's thread far faster.
 */


const KEPT_WHOLE = new Set([
    'apiextensions.k8s.io/CustomResourceDefinition',
    'rbac.authorization.k8s.io/RoleBinding',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
]);
function listing_pruneForListing(loaded) {
    const { object } = loaded;
    if (loaded.text === undefined || KEPT_WHOLE.has(`${apiGroup(object.apiVersion)}/${object.kind}`))
        return loaded;
    const pruned = { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata };
    const found = findPodTemplate(object);
    if (found) {
        const spec = {};
        for (const list of CONTAINER_LISTS) {
            const containers = found.spec[list];
            if (!Array.isArray(containers))
                continue;
            spec[list] = containers.map((container) => {
                if (container === null || typeof container !== 'object')
                    return container;
                const { name, image } = container;
                return { name, image };
            });
        }
        // The same path as in the object (spec.template, spec.jobTemplate.spec.template, or none for a Pod).
        let node = pruned;
        for (const key of found.path === '' ? [] : found.path.split('.')) {
            const next = {};
            node[key] = next;
            node = next;
        }
        node.spec = spec;
    }
    return { ...loaded, object: pruned };
}

;// CONCATENATED MODULE: ./packages/manifests/src/read-file.ts
/**
 * Reads a manifest file after checking it with fstat: an oversized file is never read, and a
 * FIFO or device named like a manifest is refused (it is opened non-blocking, so a FIFO
 * cannot hang the step). Problems are returned, not thrown, so either thread of a parallel
 * load can report them in file order.
 */

/** Reads one file after checking it with fstat (see the file comment). */
function read_file_readChecked(file, maxBytes) {
    let fd;
    try {
        fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    }
    catch (error) {
        const { message, code } = error;
        return { file, error: { message, code } };
    }
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile())
            return { file, notRegular: true };
        if (stats.size > maxBytes)
            return { file, tooLarge: stats.size };
        // Read exactly the size fstat gave; a file that grows meanwhile is read up to that size,
        // one that shrinks up to what is there.
        const bytes = Buffer.allocUnsafeSlow(stats.size);
        let filled = 0;
        while (filled < stats.size) {
            const count = readSync(fd, bytes, filled, stats.size - filled, filled);
            if (count === 0)
                break;
            filled += count;
        }
        return { file, bytes: filled === stats.size ? bytes : bytes.subarray(0, filled) };
    }
    catch (error) {
        const { message, code } = error;
        return { file, error: { message, code } };
    }
    finally {
        closeSync(fd);
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
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
var js_yaml_core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return js_yaml_core;
  hasRequiredCore = 1;
  js_yaml_core = requireJson();
  return js_yaml_core;
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

;// CONCATENATED MODULE: ./packages/manifests/src/yaml.ts
/**
 * Safe, fast parsing of manifest text into Kubernetes objects with their locations.
 *
 * Parser: js-yaml. Measured on 10,000 generated manifests (8.8 MB), js-yaml parses the tree
 * in about 0.5 s where the `yaml` package takes about 5.6 s; list-manifests has 1.5 s in all.
 * js-yaml gives no node positions, so we find the documents ourselves: a line that starts
 * with `---` or `...` (followed by a blank or the line's end) is a document boundary
 * wherever it appears — the YAML spec forbids those markers inside any scalar — so cutting
 * the text there and parsing each piece gives the same documents as a whole-stream parse,
 * plus each document's first line, and error lines shifted back to the file's numbering.
 *
 * Safety, all bounded in time and memory:
 *  - size: text over `maxFileBytes` (default 10 MiB) is refused before parsing; the loader
 *    checks the size with fstat before reading, so a 50 MB file is never read.
 *  - binary: NUL bytes or invalid UTF-8 are refused (see decodeManifestText).
 *  - alias bombs ("billion laughs"): js-yaml resolves an alias to the same JavaScript object,
 *    so parsing a bomb is cheap, but anything that walks the result (hashing, JSON output,
 *    validation) would visit every expansion. After parsing a document that has anchors we
 *    count its expanded size with a memoized walk over the parsed graph (linear in the unique
 *    nodes) and refuse it when aliases add more than MAX_ALIAS_EXPANSION nodes. Documents that
 *    pass are copied into plain trees, so no two places in an object share a node.
 *  - merge keys (`<<`): js-yaml caps merge work per document (maxTotalMergeKeys).
 *  - nesting: capped at MAX_DEPTH levels, the same for YAML (js-yaml maxDepth, and again after
 *    aliases are expanded: an alias may stack a deep subtree inside another) and for JSON
 *    (counted on the text before JSON.parse), so no walk of a parsed document, ours or a
 *    library's, can overflow the stack.
 *  - errors never repeat the document: the parser's messages name aliases, tags and snippets
 *    of the text (a Secret's value, `password: *Sup3r…`), so every message is rewritten to
 *    say what is wrong without them, and the parser's error is not kept as the cause.
 *
 * Scalars follow YAML 1.2's core schema (no timestamps: `2024-01-01` stays a string, as it
 * does for kubectl) with two YAML 1.1 rules kubectl's parser keeps: `<<` merge keys, and a
 * leading-zero integer such as `0644` (file modes) is octal, so `defaultMode: 0644` is 420.
 */




// The modules, not the package's index: the parse worker's bundle needs no more than these.



const yaml_DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Nodes that aliases may add to one file beyond what is written in it. */
const MAX_ALIAS_EXPANSION = 100_000;
const MAX_DEPTH = 512;
// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const yaml_types = types;
const LEGACY_OCTAL = /^[-+]?0[0-7]+$/;
/** Whether a plain scalar could be a number: most are words, and this spares them the number patterns. */
function mayBeNumber(data) {
    if (data === null || data.length === 0)
        return false;
    const first = data.charCodeAt(0);
    return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46; // 0-9 + - .
}
const coreInt = yaml_types.int;
const kubeInt = new Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (data) => mayBeNumber(data) && (LEGACY_OCTAL.test(data) || coreInt.resolve(data)),
    construct: (data) => {
        if (!LEGACY_OCTAL.test(data))
            return coreInt.construct(data);
        const sign = data.startsWith('-') ? -1 : 1;
        return sign * parseInt(data.replace(/^[-+]/, ''), 8);
    },
    predicate: coreInt.predicate ?? undefined,
    represent: coreInt.represent ?? undefined,
    defaultStyle: coreInt.defaultStyle ?? undefined,
    styleAliases: { binary: [2, 'bin'], octal: [8, 'oct'], decimal: [10, 'dec'], hexadecimal: [16, 'hex'] },
});
const coreFloat = yaml_types.float;
const kubeFloat = new Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (data) => mayBeNumber(data) && coreFloat.resolve(data),
    construct: (data) => coreFloat.construct(data),
    predicate: coreFloat.predicate ?? undefined,
    represent: coreFloat.represent ?? undefined,
    defaultStyle: coreFloat.defaultStyle ?? undefined,
});
/** The schema manifests are read with (see the file comment). */
const KUBE_SCHEMA = FAILSAFE_SCHEMA.extend({
    implicit: [yaml_types.null, yaml_types.bool, kubeInt, kubeFloat, yaml_types.merge],
});
const LOAD_OPTIONS = { schema: KUBE_SCHEMA, maxDepth: MAX_DEPTH, json: false };
/** `<file>` as shown to the user: relative to the workspace when absolute. */
function yaml_showFile(file, root) {
    return (0,external_node_path_.isAbsolute)(file) ? (0,workspace/* displayPath */.Gt)(file, root) : file;
}
/** A one-line error at file:line: `<file>:<line>: <what> — <what to do>`. */
function locatedError(file, line, what, todo, root, cause) {
    const shown = yaml_showFile(file, root);
    const where = line === undefined ? shown : `${shown}:${line}`;
    return new errors/* UserError */.yo(`${where}: ${what} — ${todo}`, { file: shown, line, cause });
}
/**
 * Turns file bytes into text, refusing binary content: NUL bytes or invalid UTF-8
 * (UTF-16 files land here too). A UTF-8 byte order mark is dropped.
 */
function yaml_decodeManifestText(bytes, file, root) {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const nul = buffer.indexOf(0);
    if (nul !== -1 || !(0,external_node_buffer_.isUtf8)(buffer)) {
        const line = nul === -1 ? undefined : lineAt(buffer.subarray(0, nul));
        return thrown(locatedError(file, line, 'is a binary file, not YAML or JSON text (it has NUL bytes or is not UTF-8)', 'save manifests as UTF-8 text, or exclude this file with "exclude"', root));
    }
    const text = buffer.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function lineAt(bytes) {
    let line = 1;
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1))
        line += 1;
    return line;
}
function thrown(error) {
    throw error;
}
/** Whether the file name says JSON (parsed with JSON.parse: faster, and exact JSON semantics). */
function isJsonFile(file) {
    return /\.json$/i.test(file);
}
/**
 * Parses manifest text (a file's content, or a git blob's) into objects, in document order.
 * Multi-document YAML; `kind: List` (and other `…List` kinds with `items`) flattened, the
 * items keeping the List document's location; empty documents skipped; `.json` files as JSON.
 * Throws a one-line UserError at file:line for malformed YAML, a document that is not a
 * Kubernetes object, a file too large, binary content or an alias bomb.
 */
function yaml_parseManifests(text, file, options = {}) {
    const root = options.root;
    const maxBytes = options.maxFileBytes ?? yaml_DEFAULT_MAX_FILE_BYTES;
    const size = typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength;
    if (size > maxBytes)
        throw yaml_tooLarge(file, size, maxBytes, root);
    let source;
    if (typeof text === 'string') {
        if (text.includes('\0')) {
            throw locatedError(file, undefined, 'is a binary file, not YAML or JSON text (it has NUL bytes)', 'save manifests as UTF-8 text, or exclude this file with "exclude"', root);
        }
        source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    else {
        source = yaml_decodeManifestText(text, file, root);
    }
    const documents = isJsonFile(file) ? parseJsonText(source, file, root) : parseYamlText(source, file, root);
    const result = [];
    for (const document of documents)
        collectObjects(document, file, result, options);
    return result;
}
function yaml_tooLarge(file, size, maxBytes, root) {
    return locatedError(file, undefined, `is ${yaml_formatBytes(size)}, over the ${yaml_formatBytes(maxBytes)} limit for one manifest file`, 'split it into smaller files, or exclude it with "exclude" if it is not a manifest', root);
}
function yaml_formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
    return `${bytes} bytes`;
}
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
/**
 * Cuts YAML text into single-document pieces at `---` / `...` lines. A `---` line starts its
 * piece; a `...` line ends the piece before it. Pieces holding only directives (`%YAML`) are
 * joined to the next piece, which they belong to.
 */
function splitDocuments(text) {
    const pieces = [];
    let start = 0;
    let startLine = 1;
    let lineCounter = { at: 0, line: 1 };
    const lineOf = (offset) => {
        let { at, line } = lineCounter;
        for (let next = text.indexOf('\n', at); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) {
            line += 1;
            at = next + 1;
        }
        lineCounter = { at, line };
        return line;
    };
    let pendingDirectives;
    const push = (end) => {
        const piece = { text: text.slice(start, end), startLine };
        if (pendingDirectives) {
            piece.text = pendingDirectives.text + piece.text;
            piece.startLine = pendingDirectives.startLine;
            pendingDirectives = undefined;
        }
        if (onlyDirectives(piece.text))
            pendingDirectives = piece;
        else
            pieces.push(piece);
    };
    MARKER.lastIndex = 0;
    for (let match = MARKER.exec(text); match !== null; match = MARKER.exec(text)) {
        const at = match.index;
        if (match[0] === '---') {
            if (at > start)
                push(at);
            start = at;
            startLine = lineOf(at);
        }
        else {
            const lineEnd = text.indexOf('\n', at);
            const end = lineEnd === -1 ? text.length : lineEnd + 1;
            const markerLine = lineOf(at);
            push(end);
            start = end;
            startLine = markerLine + 1;
        }
    }
    if (start < text.length || pieces.length === 0)
        push(text.length);
    if (pendingDirectives)
        pieces.push(pendingDirectives);
    return pieces;
}
const DIRECTIVES_ONLY = /^(?:[ \t]*(?:#.*)?\r?\n|%.*\r?\n)*(?:[ \t]*(?:#.*)?|%.*)$/;
function onlyDirectives(text) {
    return text.includes('%') && /^%/m.test(text) && DIRECTIVES_ONLY.test(text);
}
const BLANK_OR_COMMENT = /[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;
const MARKER_ONLY = /(?:---|\.\.\.)[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;
const DIRECTIVE_LINE = /%[^\n]*(?:\n|$)/y;
/** The line of a piece's first content, past blank lines, comments, directives and a bare `---`; undefined when it has none. */
function contentLine(piece, startLine) {
    let at = 0;
    let line = startLine;
    while (at < piece.length) {
        let match = null;
        for (const pattern of [BLANK_OR_COMMENT, MARKER_ONLY, DIRECTIVE_LINE]) {
            pattern.lastIndex = at;
            match = pattern.exec(piece);
            if (match && match[0].length > 0)
                break;
            match = null;
        }
        if (!match)
            break;
        at += match[0].length;
        if (match[0].endsWith('\n'))
            line += 1;
    }
    return at >= piece.length ? undefined : line;
}
function parseYamlText(text, file, root) {
    const documents = [];
    let aliasBudget = MAX_ALIAS_EXPANSION;
    for (const piece of splitDocuments(text)) {
        const line = contentLine(piece.text, piece.startLine);
        if (line === undefined) {
            // Only comments and blank lines: an empty document when it has its own `---`, else nothing.
            if (piece.text.startsWith('---'))
                documents.push({ value: null, index: documents.length, line: piece.startLine, text: '' });
            continue;
        }
        let values;
        try {
            values = loadAll(piece.text, undefined, LOAD_OPTIONS);
        }
        catch (error) {
            throw yamlError(error, file, piece.text, piece.startLine, root);
        }
        for (const value of values) {
            let tree = value;
            if (piece.text.includes('&') && value !== null && typeof value === 'object') {
                const { expanded, unique, depth } = measure(value);
                if (depth > MAX_DEPTH) {
                    throw locatedError(file, line, `YAML nesting is deeper than ${MAX_DEPTH} levels once its aliases are expanded`, NESTING_TODO, root);
                }
                const extra = expanded - unique;
                if (extra > aliasBudget) {
                    throw locatedError(file, line, `YAML aliases expand this document past ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} extra nodes (an alias bomb, "billion laughs")`, 'write the values out instead of nesting aliases', root);
                }
                if (extra > 0) {
                    aliasBudget -= extra;
                    tree = expand(value);
                }
            }
            documents.push({
                value: tree,
                index: documents.length,
                line,
                text: values.length === 1 ? documentText(piece.text) : '',
            });
        }
    }
    return documents;
}
const BARE_START = /^---[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/;
/** A document's text for re-emitting: without its bare `---` line; none when it carries directives. */
function documentText(piece) {
    if (/^%/m.test(piece))
        return '';
    return piece.replace(BARE_START, '');
}
/**
 * The size of a parsed value counted as a tree (every alias expanded) and as the graph it
 * is (each node once), and its depth as a tree (collections on the deepest path), memoized
 * per node so a bomb costs no more than its text (the expanded count of a bomb is a large
 * float, never an endless walk). Iterative: the graph may be deeper than the stack.
 */
function measure(value) {
    const known = new Map();
    const open = new Set();
    let unique = 0;
    const frame = (node) => {
        unique += 1;
        open.add(node);
        return { node, children: Array.isArray(node) ? node : Object.values(node), next: 0, size: 1, depth: 1 };
    };
    const stack = [frame(value)];
    let result = { size: 1, depth: 1 };
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next < top.children.length) {
            const child = top.children[top.next++];
            if (child === null || typeof child !== 'object') {
                top.size += 1;
                continue;
            }
            const done = known.get(child);
            if (done) {
                top.size += done.size;
                top.depth = Math.max(top.depth, done.depth + 1);
            }
            else if (!open.has(child)) {
                stack.push(frame(child)); // cycles cannot come out of YAML aliases, but never loop
            }
            continue;
        }
        stack.pop();
        open.delete(top.node);
        result = { size: top.size, depth: top.depth };
        known.set(top.node, result);
        const parent = stack[stack.length - 1];
        if (parent) {
            parent.size += top.size;
            parent.depth = Math.max(parent.depth, top.depth + 1);
        }
    }
    return { expanded: result.size, unique, depth: result.depth };
}
/** A copy of a parsed value with every alias expanded into its own nodes. */
function expand(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(expand);
    const copy = {};
    for (const [key, child] of Object.entries(value))
        copy[key] = expand(child);
    return copy;
}
const NESTING_TODO = `flatten the document (YAML and JSON manifests may nest ${MAX_DEPTH} levels)`;
function yamlError(error, file, piece, startLine, root) {
    if (error instanceof YAMLException) {
        // An error at the very end (an unclosed bracket or quote) is put on the piece's last line, not past it.
        const lastLine = startLine + (piece.match(/\n/g)?.length ?? 0) - (piece.endsWith('\n') ? 1 : 0);
        const line = error.mark ? Math.min(startLine + error.mark.line, lastLine) : startLine;
        const reason = safeYamlReason((error.reason || 'invalid YAML').replace(/\s+/g, ' ').trim());
        if (/^nesting exceeded maxDepth/.test(reason)) {
            return locatedError(file, line, `YAML nesting is deeper than ${MAX_DEPTH} levels`, NESTING_TODO, root);
        }
        // The parser's error is not kept as the cause: its message and snippet quote the document.
        return locatedError(file, line, `invalid YAML: ${reason}`, 'fix the YAML syntax (indentation, quoting, a missing colon)', root);
    }
    if (error instanceof RangeError) {
        return locatedError(file, startLine, 'YAML nesting is too deep to read', NESTING_TODO, root);
    }
    throw error;
}
/**
 * The line where JSON text nests deeper than MAX_DEPTH, or undefined: one pass over the
 * text, brackets inside strings not counted (JSON.parse itself would take any depth, and a
 * walk of what it returns would not).
 */
function jsonTooDeepAt(text) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i += 1) {
        const char = text.charCodeAt(i);
        if (inString) {
            if (char === 92)
                i += 1; // backslash: skip the escaped character
            else if (char === 34)
                inString = false;
        }
        else if (char === 34)
            inString = true;
        else if (char === 123 || char === 91) {
            depth += 1;
            if (depth > MAX_DEPTH)
                return lineAt(Buffer.from(text.slice(0, i)));
        }
        else if (char === 125 || char === 93)
            depth -= 1;
    }
    return undefined;
}
function parseJsonText(text, file, root) {
    if (text.trim() === '')
        return [];
    const deep = jsonTooDeepAt(text);
    if (deep !== undefined) {
        throw locatedError(file, deep, `JSON nesting is deeper than ${MAX_DEPTH} levels`, NESTING_TODO, root);
    }
    try {
        const value = JSON.parse(text);
        return [{ value, index: 0, line: contentLine(text, 1) ?? 1, text }];
    }
    catch (error) {
        const message = error.message;
        const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
        const position = /at position (\d+)/.exec(message);
        let line;
        if (lineColumn)
            line = Number(lineColumn[1]);
        else if (position)
            line = text.slice(0, Number(position[1])).split('\n').length;
        else
            line = text.split('\n').length;
        // The parser's error is not kept as the cause: its message quotes the document.
        return thrown(locatedError(file, line, `invalid JSON: ${safeJsonReason(message)}`, 'fix the JSON syntax', root));
    }
}
/** What a value is, never what it says (it may be a Secret's value). */
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}
function yaml_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const KUSTOMIZE_GROUP = /^kustomize\.config\.k8s\.io\//;
function collectObjects(document, file, into, options) {
    const { value, index, line } = document;
    if (value === null || value === undefined)
        return;
    const source = { file, index, line };
    const root = options.root;
    if (yaml_isMapping(value) && typeof value.apiVersion === 'string' && KUSTOMIZE_GROUP.test(value.apiVersion)) {
        options.onSkip?.(`${yaml_showFile(file, root)}:${line}: skipped ${String(value.kind)} (${value.apiVersion}): a kustomize file, not an object to apply`);
        return;
    }
    checkObject(value, file, line, '', root);
    const object = value;
    const items = value.items;
    if (object.kind.endsWith('List') && Array.isArray(items)) {
        items.forEach((item, itemIndex) => {
            if (item === null || item === undefined)
                return;
            checkObject(item, file, line, ` (${object.kind} item ${itemIndex})`, root);
            into.push({ object: item, source: { ...source, item: itemIndex } });
        });
        return;
    }
    into.push(document.text && options.keepText !== false ? { object, source, text: document.text } : { object, source });
}
function checkObject(value, file, line, where, root) {
    const todo = 'each document must be a Kubernetes object with apiVersion, kind and metadata (or a kind: List)';
    if (!yaml_isMapping(value)) {
        throw locatedError(file, line, `document${where} is ${describe(value)}, not a Kubernetes object`, todo, root);
    }
    for (const field of ['apiVersion', 'kind']) {
        const fieldValue = value[field];
        if (fieldValue === undefined || fieldValue === null || fieldValue === '') {
            throw locatedError(file, line, `document${where} has no ${field}, so it is not a Kubernetes object`, todo, root);
        }
        if (typeof fieldValue !== 'string') {
            throw locatedError(file, line, `document${where} has a ${field} that is ${describe(fieldValue)}, not a string`, todo, root);
        }
    }
    const items = value.items;
    const isList = value.kind.endsWith('List') && Array.isArray(items);
    if (!isList && !yaml_isMapping(value.metadata)) {
        throw locatedError(file, line, `${value.kind} document${where} has ${value.metadata === undefined ? 'no metadata' : 'a metadata that is not a mapping'}`, 'add metadata with at least a name', root);
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/parse-worker.ts
/**
 * Loading many manifest files on two threads. Parsing YAML is most of list-manifests' time
 * (10,000 files: about 0.7 s of js-yaml), so the calling thread and one worker thread both
 * load files: each claims the next file from a shared counter, reads and parses it, and the
 * worker posts its results back (structured clone keeps every value exactly). The results
 * are then taken in file order, so objects, skip notes and the first error are the ones a
 * one-thread load gives. The worker is only a helper: if it cannot start, the calling thread
 * loads every file itself.
 *
 * The worker runs from a file of its own, next to the action's bundle (an action gives it as
 * `parseWorker`); see actions/list-manifests/src/parse-worker.ts.
 */

// The modules, not the package's index: the parse worker's bundle needs no more than these.





const NEXT = 0;
const STOP = 1;
const BATCH = 32;
/** A file's bytes, or the one-line error for why it could not be read. */
function readOrThrow(result, settings) {
    if ('bytes' in result)
        return result.bytes;
    const shown = displayPath(result.file, settings.root);
    if ('tooLarge' in result)
        throw tooLarge(result.file, result.tooLarge, settings.maxFileBytes, settings.root);
    if ('notRegular' in result)
        throw new UserError(`${shown}: is not a regular file — exclude it with "exclude"`, { file: shown });
    throw new UserError(`${shown}: cannot be read (${result.error.code ?? result.error.message}) — check the file`, {
        file: shown,
    });
}
/** Reads and parses one file; a UserError becomes the outcome, anything else is thrown. */
function parse_worker_loadFile(file, index, settings) {
    const skipped = [];
    try {
        const bytes = readOrThrow(readChecked(file, settings.maxFileBytes), settings);
        const text = decodeManifestText(bytes, file, settings.root);
        const objects = parseManifests(text, file, {
            maxFileBytes: settings.maxFileBytes,
            root: settings.root,
            onSkip: (note) => skipped.push(note),
        });
        return { index, objects: settings.prune ? objects.map(pruneForListing) : objects, skipped };
    }
    catch (error) {
        if (!(error instanceof UserError))
            throw error;
        return { index, error: { message: error.message, file: error.file, line: error.line } };
    }
}
/** The next file to load, or undefined when all are claimed or a file has failed. */
function parse_worker_claimFile(claims, total) {
    if (Atomics.load(claims, STOP) !== 0)
        return undefined;
    const index = Atomics.add(claims, NEXT, 1);
    return index < total ? index : undefined;
}
/** Tells both threads to claim no more files (one has failed: later files cannot matter). */
function parse_worker_stopClaims(claims) {
    Atomics.store(claims, STOP, 1);
}
function parse_worker_newClaims() {
    return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}
/** The worker's program: loads files until none is left, posting outcomes in batches. */
function runParseWorker() {
    if (parentPort === null)
        throw new Error('parse-worker.js runs as a worker thread of the action, not on its own');
    const job = workerData;
    const claims = new Int32Array(job.claims);
    let batch = [];
    for (let index = parse_worker_claimFile(claims, job.files.length); index !== undefined;) {
        const outcome = parse_worker_loadFile(job.files[index], index, job);
        batch.push(outcome);
        if ('error' in outcome)
            parse_worker_stopClaims(claims);
        if (batch.length === BATCH) {
            parentPort.postMessage(batch);
            batch = [];
        }
        index = parse_worker_claimFile(claims, job.files.length);
    }
    if (batch.length > 0)
        parentPort.postMessage(batch);
}

;// CONCATENATED MODULE: ./packages/manifests/src/load.ts
/**
 * Finds manifest files from the paths a user gives (files, folders, globs) and loads them.
 * Every path must stay inside the workspace; the order is deterministic: paths in input
 * order, and within a folder or a glob, files sorted by path.
 */









/** The extensions loaded from folders and globs. */
const MANIFEST_EXTENSIONS = (/* unused pure expression or super */ null && (['.yaml', '.yml', '.json']));
/** The file names kustomize reads: not objects to apply, so skipped (with a debug note). */
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
function hasManifestExtension(name) {
    const lower = name.toLowerCase();
    return MANIFEST_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
/** The parse worker the build puts beside an action's bundle (`parse-worker.js`), when there is one. */
function parseWorkerBesideBundle() {
    const file = besideBundle('parse-worker.js');
    return file === undefined ? undefined : { file };
}
/** From this many files on, a `parseWorker` loads files beside the calling thread. */
const PARALLEL_MIN_FILES = 200;
/**
 * Loads every object from the given files, folders (recursive; .yaml, .yml, .json; hidden
 * files and folders skipped) and globs. A missing path, a glob that matches nothing, an empty
 * folder or a path outside the workspace is a one-line error naming the path and the input;
 * malformed or unsafe content is a one-line error at file:line (see parseManifests). With a
 * `parseWorker`, large sets are loaded on two threads, with the same result.
 */
async function loadManifests(paths, options = {}) {
    const files = await findManifestFiles(paths, options);
    const settings = {
        root: realRoot(options.root),
        maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        prune: options.prune,
    };
    const onSkip = options.onSkip ?? ((message) => actionsCore.debug(message));
    const claims = newClaims();
    const outcomes = new Array(files.length);
    if (options.parseWorker && files.length >= PARALLEL_MIN_FILES) {
        await loadOnTwoThreads(files, settings, options.parseWorker, claims, outcomes);
    }
    else {
        loadHere(files, settings, claims, outcomes);
    }
    return inFileOrder(files, settings, outcomes, onSkip);
}
/** Loads files on this thread until none is left to claim. */
function loadHere(files, settings, claims, outcomes) {
    for (let index = claimFile(claims, files.length); index !== undefined; index = claimFile(claims, files.length)) {
        const outcome = loadFile(files[index], index, settings);
        outcomes[index] = outcome;
        if ('error' in outcome)
            stopClaims(claims);
    }
}
/** Loads files on this thread and on a worker at once; resolves when both are done. */
async function loadOnTwoThreads(files, settings, parseWorker, claims, outcomes) {
    const job = { ...settings, files, claims: claims.buffer };
    const worker = new Worker(parseWorker.file, {
        workerData: job,
        // It keeps nothing between files: a small young generation is plenty, and costs less memory.
        resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    const exited = new Promise((resolve) => {
        worker.on('message', (batch) => {
            for (const outcome of batch)
                outcomes[outcome.index] = outcome;
        });
        // A worker that fails leaves its files to this thread (inFileOrder loads what is missing).
        worker.on('error', (error) => actionsCore.debug(`The parse worker stopped: ${error.message}`));
        worker.on('exit', () => resolve());
    });
    loadHere(files, settings, claims, outcomes);
    await exited;
}
/**
 * The objects in file order, with the skip notes told in that order, up to the first file
 * that failed, whose error is thrown: what loading the files one by one gives. A file claimed
 * by a worker that stopped before reporting it is loaded here.
 */
function inFileOrder(files, settings, outcomes, onSkip) {
    const objects = [];
    for (const [index, file] of files.entries()) {
        const outcome = outcomes[index] ?? loadFile(file, index, settings);
        if ('error' in outcome)
            throw new UserError(outcome.error.message, outcome.error);
        for (const note of outcome.skipped)
            onSkip(note);
        for (const object of outcome.objects)
            objects.push(object);
    }
    return objects;
}
/** The workspace folder through symlinks (as workspaceRoot gives it), so paths inside it compare equal. */
function realRoot(root) {
    if (root === undefined)
        return workspaceRoot();
    try {
        return realpathSync(root);
    }
    catch {
        return root;
    }
}
/**
 * The manifest files the paths name, absolute, in load order, each once (the first time it
 * is named). Kustomization files are left out, with a note to `onSkip`.
 */
async function findManifestFiles(paths, options = {}) {
    const root = realRoot(options.root);
    const input = options.inputName ?? 'paths';
    const onSkip = options.onSkip ?? ((message) => actionsCore.debug(message));
    const excluded = excludeMatcher(options.exclude ?? [], options.excludeInputName ?? 'exclude');
    const prefix = root.endsWith(sep) ? root : root + sep;
    const relativeOf = (file) => (file.startsWith(prefix) ? file.slice(prefix.length) : relative(root, file)).split(sep).join('/');
    const hasExcludes = (options.exclude ?? []).some((pattern) => pattern.trim() !== '');
    const seen = new Set();
    const result = [];
    if (paths.length === 0)
        throw new InputError(input, 'is empty: give at least one file, folder or glob of manifests');
    for (const given of paths) {
        const candidates = await expandPath(given, root, input);
        let kept = 0;
        let skipped = 0;
        for (const file of candidates) {
            if (hasExcludes && excluded(relativeOf(file))) {
                skipped += 1;
                continue;
            }
            if (KUSTOMIZATION_FILES.has(basename(file))) {
                skipped += 1;
                onSkip(`${displayPath(file, root)}: skipped, a kustomization file is not an object to apply (list the files it names instead)`);
                continue;
            }
            kept += 1;
            if (seen.has(file))
                continue;
            seen.add(file);
            result.push(file);
        }
        if (kept === 0 && skipped > 0) {
            throw new InputError(input, `path "${given}" matches only excluded or kustomization files: nothing to load — check "paths" and "exclude"`);
        }
    }
    return result;
}
function excludeMatcher(patterns, input) {
    const cleaned = patterns.map((pattern) => pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '')).filter(Boolean);
    if (cleaned.length === 0)
        return () => false;
    for (const pattern of cleaned) {
        if (pattern.startsWith('/') || pattern.split('/').includes('..')) {
            throw new InputError(input, `pattern "${pattern}" must be relative to the workspace, without ".."`);
        }
    }
    // A pattern that names a folder excludes what is under it too.
    return picomatch([...cleaned, ...cleaned.map((pattern) => `${pattern}/**`)], { dot: true });
}
/** One input path as the files it stands for, sorted within a folder or a glob. */
async function expandPath(given, root, input) {
    const path = given.trim();
    const absolute = resolveInWorkspace(path, input, root);
    let stats;
    try {
        stats = statSync(absolute);
    }
    catch {
        stats = undefined;
    }
    if (stats?.isFile())
        return [absolute];
    if (stats?.isDirectory()) {
        const files = walkFolder(absolute, root);
        if (files.length === 0) {
            throw new InputError(input, `folder "${path}" has no .yaml, .yml or .json files — add manifests to it or fix the path`);
        }
        return files;
    }
    if (stats)
        throw new InputError(input, `path "${path}" is neither a file nor a folder — give manifest files, folders or globs`);
    if (isDynamicPattern(path))
        return expandGlob(path, root, input);
    throw new InputError(input, `path "${path}" does not exist in the workspace ${root} — check the path (it is relative to the repository root)`);
}
/** Files under a folder with a manifest extension, hidden entries skipped, sorted by path. */
function walkFolder(folder, root) {
    const files = [];
    const visit = (dir) => {
        const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            if (entry.name.startsWith('.'))
                continue;
            const full = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name; // dir is absolute and normalized
            let isDirectory = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                // Follow a link only when it stays inside the workspace.
                let target;
                try {
                    target = realpathSync(full);
                }
                catch {
                    continue;
                }
                if (!isInside(target, root))
                    continue;
                const stats = statSync(target);
                isDirectory = stats.isDirectory();
                isFile = stats.isFile();
                if (isDirectory && isInside(folder, target))
                    continue; // a link to an enclosing folder
            }
            if (isDirectory)
                visit(full);
            else if (isFile && hasManifestExtension(entry.name))
                files.push(full);
        }
    };
    visit(folder);
    return files;
}
async function expandGlob(pattern, root, input) {
    const cleaned = pattern.replace(/^\.\//, '');
    if (cleaned.startsWith('/') || cleaned.split('/').includes('..')) {
        // An absolute glob is fine when its fixed part is inside the workspace.
        const base = picomatch.scan(cleaned).base;
        resolveInWorkspace(base || '.', input, root);
    }
    const matches = await glob(cleaned, {
        cwd: root,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
        expandDirectories: false,
    });
    const files = matches
        .map((file) => file.split('/').join(sep))
        .filter((file) => hasManifestExtension(file))
        .filter((file) => {
        try {
            return isInside(realpathSync(file), root) && isInside(file, root);
        }
        catch {
            return false;
        }
    })
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (files.length === 0) {
        throw new InputError(input, `glob "${pattern}" matches no .yaml, .yml or .json file in the workspace ${root} — check the pattern (it is relative to the repository root)`);
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-changes.ts
/**
 * What changed between two sets of manifests (two git refs), for detect-config-changes:
 * the ConfigMaps and Secrets whose content changed, the workloads that read them, and
 * which of those will not roll out by themselves and must be restarted.
 *
 * Objects are compared, not text: identity is group/kind/namespace/name and content is a
 * canonical hash, so reformatting, comments, key order and moving an object to another
 * file are not changes. Secret values never leave this module: only names and hashes.
 */








/** Kinds whose pods are replaced when the pod template changes, i.e. the ones a restart applies to. */
const ROLLABLE = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'argoproj.io/Rollout']);
/** Pull secrets are read by the kubelet when pulling, not by running containers: changing one needs no restart. */
function readByContainers(via) {
    return !/imagePullSecrets/.test(via);
}
function identityOptions(object, options) {
    return {
        defaultNamespace: options.namespace,
        clusterScoped: isClusterScoped(object.apiVersion, object.kind, options.crds),
    };
}
/**
 * The namespace an output entry states: the object's own, else the `namespace` input, else none.
 * Never `default` by guessing: k8s-deploy defaults an entry without one to the namespace it
 * deploys to, which is where such an object lives.
 */
function statedNamespace(object, options) {
    if (isClusterScoped(object.apiVersion, object.kind, options.crds))
        return '';
    return object.metadata.namespace || options.namespace || '';
}
function entryOf(object, namespace) {
    const entry = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name ?? '' };
    if (namespace !== '')
        entry.namespace = namespace;
    return entry;
}
function where(loaded) {
    return `${loaded.source.file}:${loaded.source.line}`;
}
/** Objects by identity; a second object with the same identity is an error at head, and ignored at base. */
function indexObjects(objects, options, strict) {
    const index = new Map();
    for (const loaded of objects) {
        const { object } = loaded;
        if (!object?.metadata?.name)
            continue;
        const scope = identityOptions(object, options);
        const namespace = (0,src/* effectiveNamespace */.NU)(object.metadata.namespace, scope);
        const key = (0,src/* identityKey */.US)(object, scope);
        const seen = index.get(key);
        if (seen) {
            if (!strict)
                continue;
            throw new src/* UserError */.yo(`${object.kind} ${namespace ? `${namespace}/` : ''}${object.metadata.name} is defined twice, at ${where(seen.loaded)} and at ${where(loaded)}: keep one`, { file: loaded.source.file, line: loaded.source.line });
        }
        index.set(key, { loaded, namespace, stated: statedNamespace(object, options) });
    }
    return index;
}
function isConfig(object) {
    return (0,src/* apiGroup */.oI)(object.apiVersion) === '' && (object.kind === 'ConfigMap' || object.kind === 'Secret');
}
function isWorkload(item) {
    return (item.workload !== undefined ||
        (WORKLOAD_KINDS.includes(item.object.kind) && pod_findPodTemplate(item.object) !== undefined));
}
/**
 * The object as the comparison keeps it: ConfigMaps, Secrets and CRDs whole (their content
 * is compared, and CRDs give custom kinds their scope); a workload as its config references
 * and, with `hashTemplate`, its pod template's hash; anything else as apiVersion, kind and
 * metadata. Structure checks (validateStructure) read no more than that.
 */
function summariseObject(loaded, hashTemplate) {
    const { object, source } = loaded;
    if (isConfig(object) || isCrd(object))
        return { object, source };
    const skeleton = { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata };
    if (!WORKLOAD_KINDS.includes(object.kind) || pod_findPodTemplate(object) === undefined)
        return { object: skeleton, source };
    const workload = { references: configReferences(object) };
    if (hashTemplate)
        workload.template = templateHash(object);
    return { object: skeleton, source, workload };
}
/** Base64 in one spelling (line breaks and missing padding do not change the bytes). */
function normalBase64(text) {
    return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('base64');
}
/**
 * The bytes one key of a config holds, in one form whether written under `data`,
 * `stringData` or `binaryData`, so moving a value between them is not a change.
 * sops-encrypted values are taken as written (never decoded or decrypted).
 */
function keyValue(object, key) {
    const record = object;
    const stringData = record.stringData?.[key];
    if (typeof stringData === 'string')
        return 'b64:' + Buffer.from(stringData).toString('base64');
    const data = record.data?.[key];
    if (data !== undefined && data !== null) {
        const text = String(data);
        if (object.kind === 'Secret' && !text.startsWith('ENC['))
            return 'b64:' + normalBase64(text);
        return object.kind === 'Secret' ? 'raw:' + text : 'b64:' + Buffer.from(text).toString('base64');
    }
    const binary = record.binaryData?.[key];
    if (binary !== undefined && binary !== null)
        return 'b64:' + normalBase64(String(binary));
    return 'absent';
}
/**
 * Hashes memoised per parsed object. A file that is the same blob at both refs is parsed once
 * (parseFiles), so its objects are the same JavaScript objects on both sides: most comparisons
 * are an identity check, and each config is hashed once however many workloads read it.
 */
class Hashes {
    content = new WeakMap();
    keyed = new WeakMap();
    templates = new WeakMap();
    contentOf(config) {
        let hash = this.content.get(config);
        if (hash === undefined)
            this.content.set(config, (hash = contentHash(config)));
        return hash;
    }
    /** What a workload reads from a config: the whole content, or only the keys it names. */
    read(config, keys) {
        if (!config)
            return 'absent';
        if (keys === undefined)
            return this.contentOf(config);
        const names = [...new Set(keys)].sort();
        const cacheKey = names.join('\0');
        let byKeys = this.keyed.get(config);
        if (!byKeys)
            this.keyed.set(config, (byKeys = new Map()));
        let hash = byKeys.get(cacheKey);
        if (hash === undefined) {
            const parts = names.map((key) => `${JSON.stringify(key)}=${keyValue(config, key)}`);
            const type = config.kind === 'Secret' ? String(config.type ?? 'Opaque') : '';
            byKeys.set(cacheKey, (hash = sha256(`${type}\n${parts.join('\n')}`)));
        }
        return hash;
    }
    templateOf(workload) {
        if (workload.workload)
            return workload.workload.template;
        if (this.templates.has(workload))
            return this.templates.get(workload);
        const hash = templateHash(workload.object);
        this.templates.set(workload, hash);
        return hash;
    }
    sameContent(a, b) {
        return a === b || this.contentOf(a) === this.contentOf(b);
    }
    sameTemplate(a, b) {
        if (a === b || a.object === b.object)
            return true;
        const before = this.templateOf(a);
        const after = this.templateOf(b);
        // A summary without a hash comes from a file that is the same at both refs, whose objects
        // are the same on both sides; two different ones only meet when the base defines the
        // workload twice. Not knowing, count the template as unchanged: a restart is the safe side.
        if ((a.workload && before === undefined) || (b.workload && after === undefined))
            return true;
        return before === after;
    }
}
/** What a workload reads, one entry per config, merging its references (any whole-config use wins over keys). */
function configsRead(item, namespace) {
    const reads = new Map();
    for (const ref of item.workload?.references ?? configReferences(item.object)) {
        if (!readByContainers(ref.via))
            continue;
        const key = (0,src/* identityKey */.US)({ apiVersion: 'v1', kind: ref.kind, namespace, name: ref.name });
        const read = reads.get(key) ?? { kind: ref.kind, name: ref.name, namespace, key, keys: [], via: [] };
        if (read.keys !== undefined)
            read.keys = ref.keys === undefined ? undefined : [...read.keys, ...ref.keys];
        if (!read.via.includes(ref.via))
            read.via.push(ref.via);
        reads.set(key, read);
    }
    return [...reads.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function isRollable(object) {
    return ROLLABLE.has(`${(0,src/* apiGroup */.oI)(object.apiVersion)}/${object.kind}`);
}
function configEntry(object, namespace) {
    const entry = { kind: object.kind, name: object.metadata.name };
    if (namespace !== '')
        entry.namespace = namespace;
    return entry;
}
/**
 * Compares the objects at base with those at head. With no base (a first release)
 * every config at head counts as added.
 */
function compareManifests(base, head, options = {}) {
    const headIndex = indexObjects(head, { ...options, crds: scope_crdIndex(head) }, true);
    const baseIndex = base === undefined ? new Map() : indexObjects(base, { ...options, crds: scope_crdIndex(base) }, false);
    const hashes = new Hashes();
    const changedConfigs = [];
    const changeOf = new Map();
    for (const [key, { loaded, stated }] of headIndex) {
        if (!isConfig(loaded.object))
            continue;
        const before = baseIndex.get(key);
        const change = !before
            ? 'added'
            : hashes.sameContent(before.loaded.object, loaded.object)
                ? undefined
                : 'modified';
        if (change) {
            changedConfigs.push({ ...configEntry(loaded.object, stated), change });
            changeOf.set(key, change);
        }
    }
    for (const [key, { loaded, stated }] of baseIndex) {
        if (!isConfig(loaded.object) || headIndex.has(key))
            continue;
        changedConfigs.push({ ...configEntry(loaded.object, stated), change: 'deleted' });
        changeOf.set(key, 'deleted');
    }
    changedConfigs.sort((a, b) => compareText(`${a.kind}/${a.namespace ?? ''}/${a.name}`, `${b.kind}/${b.namespace ?? ''}/${b.name}`));
    const affectedWorkloads = [];
    const checksums = {};
    for (const [key, { loaded, namespace, stated }] of headIndex) {
        const { object } = loaded;
        if (!isWorkload(loaded))
            continue;
        const reads = configsRead(loaded, namespace);
        const entry = entryOf(object, stated);
        if (isRollable(object) && reads.length > 0) {
            const lines = reads.map((read) => `${read.kind}/${read.namespace}/${read.name}=${hashes.read(headIndex.get(read.key)?.loaded.object, read.keys)}`);
            checksums[(0,src/* checksumKey */.Rq)(entry)] = sha256(lines.join('\n'));
        }
        const configs = [];
        for (const read of reads) {
            const change = changeOf.get(read.key);
            if (!change)
                continue;
            // A config that changed in keys this workload does not read does not affect it.
            if (change === 'modified' && read.keys !== undefined) {
                const was = hashes.read(baseIndex.get(read.key)?.loaded.object, read.keys);
                const now = hashes.read(headIndex.get(read.key)?.loaded.object, read.keys);
                if (was === now)
                    continue;
            }
            const config = { kind: read.kind, name: read.name, change, via: read.via };
            // A config is read from the workload's own namespace.
            if (stated !== '')
                config.namespace = stated;
            configs.push(config);
        }
        if (configs.length === 0)
            continue;
        const before = baseIndex.get(key);
        // Without a base nothing is known to have rolled: every reader of a config counts as needing a restart.
        const specChanged = base !== undefined && (!before || !hashes.sameTemplate(before.loaded, loaded));
        affectedWorkloads.push({
            ...entry,
            file: loaded.source.file,
            line: loaded.source.line,
            configs,
            specChanged,
            restart: isRollable(object) && !specChanged,
        });
    }
    const restart = affectedWorkloads
        .filter((workload) => workload.restart)
        .map(({ apiVersion, kind, name, namespace }) => namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name });
    return { changedConfigs, affectedWorkloads, restart, checksums };
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?[\]{}!]/;
function normalise(path) {
    return path
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '')
        .replace(/\/{2,}/g, '/');
}
/**
 * Picks manifest files out of a commit's file list the way list-manifests picks them
 * from disk: a file by name, a folder's .yaml/.yml/.json files (recursively), or a glob;
 * minus the `exclude` globs or folders. Patterns are relative to `prefix` (the workspace
 * folder inside the repository, '' when the workspace is the repository root).
 */
function selectManifestFiles(paths, patterns, exclude = [], prefix = '') {
    const inPrefix = (pattern) => normalise(prefix === '' || pattern === '' ? pattern : `${normalise(prefix)}/${normalise(pattern)}`);
    const excluded = exclude.map((pattern) => {
        const full = inPrefix(pattern);
        const glob = picomatch_default()(full, { dot: true });
        return (path) => glob(path) || path.startsWith(full + '/');
    });
    const chosen = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const full = inPrefix(pattern);
        let matches;
        if (GLOB_CHARS.test(pattern)) {
            const glob = picomatch_default()(full, { dot: false });
            matches = paths.filter((path) => glob(path) && MANIFEST_FILE.test(path));
        }
        else if (full === '' || full === '.') {
            matches = paths.filter((path) => MANIFEST_FILE.test(path) && !/(^|\/)\./.test(path));
        }
        else if (paths.includes(full)) {
            matches = [full];
        }
        else {
            // A folder: its manifest files, recursively, hidden files and folders skipped (as on disk).
            matches = paths.filter((path) => path.startsWith(full + '/') && MANIFEST_FILE.test(path) && !/(^|\/)\./.test(path.slice(full.length + 1)));
        }
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const path of matches) {
            // Kustomization files are not objects to apply; list-manifests skips them too.
            if (excluded.some((test) => test(path)) || KUSTOMIZATION_FILES.has(path.slice(path.lastIndexOf('/') + 1)))
                continue;
            chosen.add(path);
        }
    }
    return { files: [...chosen], unmatched };
}
/**
 * Parses files read from git into objects, summarised for compareManifests (summariseObject).
 * Files with the same blob id are parsed once (most files are the same at both refs).
 * Binary, oversized and malformed files are refused with parseManifests' one-line errors at
 * file:line.
 */
function parseFiles(files, options, cache = new Map()) {
    const display = options.display ?? ((path) => path);
    const objects = [];
    for (const file of files) {
        const shown = display(file.path);
        const cacheKey = `${file.object}\0${shown}`;
        let parsed = cache.get(cacheKey);
        if (!parsed) {
            const hashTemplates = !options.unchanged?.(file);
            try {
                parsed = yaml_parseManifests(file.content, shown, { keepText: false }).map((loaded) => summariseObject(loaded, hashTemplates));
            }
            catch (error) {
                if (!(error instanceof src/* UserError */.yo) || !options.onError)
                    throw error;
                options.onError(error, shown);
                parsed = [];
            }
            cache.set(cacheKey, parsed);
        }
        for (const object of parsed)
            objects.push(object);
    }
    return objects;
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema-models.ts
/** Loaders of the validating model of each built-in kind, by apiVersion/kind. */
const schema_models_SCHEMA_MODELS = {
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicy': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5315))).MutatingAdmissionPolicy,
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1334))).MutatingAdmissionPolicyBinding,
    'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 6576))).MutatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1161))).ValidatingAdmissionPolicy,
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 3393))).ValidatingAdmissionPolicyBinding,
    'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 3840))).ValidatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 8708))).MutatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9066))).ValidatingWebhookConfiguration,
    'apiextensions.k8s.io/v1/CustomResourceDefinition': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7518))).CustomResourceDefinition,
    'apiextensions.k8s.io/v1beta1/CustomResourceDefinition': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1271))).CustomResourceDefinition,
    'apiregistration.k8s.io/v1/APIService': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 6758)))
        .APIService,
    'apiregistration.k8s.io/v1beta1/APIService': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7120)))
        .APIService,
    'apps/v1/ControllerRevision': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7552)))
        .ControllerRevision,
    'apps/v1/DaemonSet': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 3417)))
        .DaemonSet,
    'apps/v1/Deployment': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2878)))
        .Deployment,
    'apps/v1/ReplicaSet': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4500)))
        .ReplicaSet,
    'apps/v1/StatefulSet': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 6745)))
        .StatefulSet,
    'apps/v1beta1/ControllerRevision': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1051)))
        .ControllerRevision,
    'apps/v1beta1/Deployment': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9612)))
        .Deployment,
    'apps/v1beta1/DeploymentRollback': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 6610)))
        .DeploymentRollback,
    'apps/v1beta1/Scale': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4302)))
        .Scale,
    'apps/v1beta1/StatefulSet': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 8892)))
        .StatefulSet,
    'apps/v1beta2/ControllerRevision': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 6020)))
        .ControllerRevision,
    'apps/v1beta2/DaemonSet': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9585)))
        .DaemonSet,
    'apps/v1beta2/Deployment': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1787)))
        .Deployment,
    'apps/v1beta2/ReplicaSet': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4461)))
        .ReplicaSet,
    'apps/v1beta2/Scale': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 243)))
        .Scale,
    'apps/v1beta2/StatefulSet': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1526)))
        .StatefulSet,
    'authentication.k8s.io/v1/SelfSubjectReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 8346)))
        .SelfSubjectReview,
    'authentication.k8s.io/v1/TokenRequest': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9634)))
        .TokenRequest,
    'authentication.k8s.io/v1/TokenReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1676)))
        .TokenReview,
    'authentication.k8s.io/v1beta1/TokenReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 8029)))
        .TokenReview,
    'authorization.k8s.io/v1/LocalSubjectAccessReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7556))).LocalSubjectAccessReview,
    'authorization.k8s.io/v1/SelfSubjectAccessReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 8584))).SelfSubjectAccessReview,
    'authorization.k8s.io/v1/SelfSubjectRulesReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2642))).SelfSubjectRulesReview,
    'authorization.k8s.io/v1/SubjectAccessReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1639))).SubjectAccessReview,
    'authorization.k8s.io/v1beta1/LocalSubjectAccessReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 3181))).LocalSubjectAccessReview,
    'authorization.k8s.io/v1beta1/SelfSubjectAccessReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5894))).SelfSubjectAccessReview,
    'authorization.k8s.io/v1beta1/SelfSubjectRulesReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4683))).SelfSubjectRulesReview,
    'authorization.k8s.io/v1beta1/SubjectAccessReview': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 6674))).SubjectAccessReview,
    'autoscaling/v1/HorizontalPodAutoscaler': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 755)))
        .HorizontalPodAutoscaler,
    'autoscaling/v1/Scale': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5594)))
        .Scale,
    'autoscaling/v2/HorizontalPodAutoscaler': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2286)))
        .HorizontalPodAutoscaler,
    'autoscaling/v2beta1/HorizontalPodAutoscaler': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 6363))).HorizontalPodAutoscaler,
    'autoscaling/v2beta2/HorizontalPodAutoscaler': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7601))).HorizontalPodAutoscaler,
    'batch/v1/CronJob': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 8890)))
        .CronJob,
    'batch/v1/Job': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 906)))
        .Job,
    'batch/v1beta1/CronJob': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5206)))
        .CronJob,
    'certificates.k8s.io/v1/CertificateSigningRequest': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7285))).CertificateSigningRequest,
    'certificates.k8s.io/v1beta1/CertificateSigningRequest': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1684))).CertificateSigningRequest,
    'coordination.k8s.io/v1/Lease': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1385)))
        .Lease,
    'coordination.k8s.io/v1beta1/Lease': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7056)))
        .Lease,
    'discovery.k8s.io/v1/EndpointSlice': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5492)))
        .EndpointSlice,
    'discovery.k8s.io/v1beta1/EndpointSlice': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7673)))
        .EndpointSlice,
    'events.k8s.io/v1/Event': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 8214)))
        .Event,
    'events.k8s.io/v1beta1/Event': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9978)))
        .Event,
    'extensions/v1beta1/DaemonSet': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 6935)))
        .DaemonSet,
    'extensions/v1beta1/Deployment': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7049)))
        .Deployment,
    'extensions/v1beta1/DeploymentRollback': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9660)))
        .DeploymentRollback,
    'extensions/v1beta1/Ingress': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 3915)))
        .Ingress,
    'extensions/v1beta1/NetworkPolicy': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2078)))
        .NetworkPolicy,
    'extensions/v1beta1/PodSecurityPolicy': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9555)))
        .PodSecurityPolicy,
    'extensions/v1beta1/ReplicaSet': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7638)))
        .ReplicaSet,
    'extensions/v1beta1/Scale': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7293)))
        .Scale,
    'flowcontrol.apiserver.k8s.io/v1/FlowSchema': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 934)))
        .FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4694))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2745))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9939))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1559))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4953))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5002))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2447))).PriorityLevelConfiguration,
    'networking.k8s.io/v1/IPAddress': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2607)))
        .IPAddress,
    'networking.k8s.io/v1/Ingress': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2615)))
        .Ingress,
    'networking.k8s.io/v1/IngressClass': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9153)))
        .IngressClass,
    'networking.k8s.io/v1/NetworkPolicy': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 158)))
        .NetworkPolicy,
    'networking.k8s.io/v1/ServiceCIDR': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5974)))
        .ServiceCIDR,
    'networking.k8s.io/v1beta1/Ingress': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4814)))
        .Ingress,
    'networking.k8s.io/v1beta1/IngressClass': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1828)))
        .IngressClass,
    'node.k8s.io/v1/RuntimeClass': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7467)))
        .RuntimeClass,
    'node.k8s.io/v1beta1/RuntimeClass': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9931)))
        .RuntimeClass,
    'policy/v1/Eviction': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4754)))
        .Eviction,
    'policy/v1/PodDisruptionBudget': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 8433)))
        .PodDisruptionBudget,
    'policy/v1beta1/Eviction': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5743)))
        .Eviction,
    'policy/v1beta1/PodDisruptionBudget': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2374)))
        .PodDisruptionBudget,
    'policy/v1beta1/PodSecurityPolicy': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2721)))
        .PodSecurityPolicy,
    'rbac.authorization.k8s.io/v1/ClusterRole': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9465)))
        .ClusterRole,
    'rbac.authorization.k8s.io/v1/ClusterRoleBinding': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2551))).ClusterRoleBinding,
    'rbac.authorization.k8s.io/v1/Role': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1806)))
        .Role,
    'rbac.authorization.k8s.io/v1/RoleBinding': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5476)))
        .RoleBinding,
    'rbac.authorization.k8s.io/v1beta1/ClusterRole': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7281))).ClusterRole,
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1959))).ClusterRoleBinding,
    'rbac.authorization.k8s.io/v1beta1/Role': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2922)))
        .Role,
    'rbac.authorization.k8s.io/v1beta1/RoleBinding': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9310))).RoleBinding,
    'resource.k8s.io/v1/DeviceClass': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9062)))
        .DeviceClass,
    'resource.k8s.io/v1/ResourceClaim': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4994)))
        .ResourceClaim,
    'resource.k8s.io/v1/ResourceClaimTemplate': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7513)))
        .ResourceClaimTemplate,
    'resource.k8s.io/v1/ResourceSlice': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4397)))
        .ResourceSlice,
    'scheduling.k8s.io/v1/PriorityClass': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5758)))
        .PriorityClass,
    'scheduling.k8s.io/v1beta1/PriorityClass': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7901)))
        .PriorityClass,
    'storage.k8s.io/v1/CSIDriver': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4499)))
        .CSIDriver,
    'storage.k8s.io/v1/CSINode': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1025)))
        .CSINode,
    'storage.k8s.io/v1/CSIStorageCapacity': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 3128)))
        .CSIStorageCapacity,
    'storage.k8s.io/v1/StorageClass': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9380)))
        .StorageClass,
    'storage.k8s.io/v1/VolumeAttachment': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 381)))
        .VolumeAttachment,
    'storage.k8s.io/v1/VolumeAttributesClass': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7438)))
        .VolumeAttributesClass,
    'storage.k8s.io/v1beta1/CSIDriver': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9780)))
        .CSIDriver,
    'storage.k8s.io/v1beta1/CSINode': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2847)))
        .CSINode,
    'storage.k8s.io/v1beta1/CSIStorageCapacity': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1980)))
        .CSIStorageCapacity,
    'storage.k8s.io/v1beta1/StorageClass': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 7334)))
        .StorageClass,
    'storage.k8s.io/v1beta1/VolumeAttachment': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2155)))
        .VolumeAttachment,
    'v1/Binding': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5506)))
        .Binding,
    'v1/ComponentStatus': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4639)))
        .ComponentStatus,
    'v1/ConfigMap': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 5249)))
        .ConfigMap,
    'v1/Endpoints': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4452)))
        .Endpoints,
    'v1/Event': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 2472))).Event,
    'v1/LimitRange': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 692)))
        .LimitRange,
    'v1/Namespace': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 8989)))
        .Namespace,
    'v1/Node': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 6957))).Node,
    'v1/PersistentVolume': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 9584)))
        .PersistentVolume,
    'v1/PersistentVolumeClaim': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 1851)))
        .PersistentVolumeClaim,
    'v1/Pod': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4785))).Pod,
    'v1/PodTemplate': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 8667)))
        .PodTemplate,
    'v1/ReplicationController': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 4899)))
        .ReplicationController,
    'v1/ResourceQuota': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 6057)))
        .ResourceQuota,
    'v1/Secret': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 891)))
        .Secret,
    'v1/Service': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 3678)))
        .Service,
    'v1/ServiceAccount': async () => (await __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.bind(__nccwpck_require__, 3317)))
        .ServiceAccount,
};

;// CONCATENATED MODULE: ./packages/manifests/src/crd-schema.ts
const compiled = new WeakMap();
let ajvInstance;
/** ajv, loaded on first use (with the OpenAPI validators, in their lazy chunk when bundled). */
function ajv() {
    ajvInstance ??= __nccwpck_require__.e(/* import() | k8s-schemas */ 426).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6223, 23))
        .catch((error) => {
        throw new Error(`the JSON schema validator (ajv) could not be loaded (${error.message}): the action's bundle is incomplete`, {
            cause: error,
        });
    })
        .then((module) => {
        // ajv is CommonJS: Node gives its exports as named exports, a bundler may give them under `default`.
        const loaded = module;
        const candidates = [loaded.Ajv, loaded.default?.Ajv, loaded.default];
        const Ajv = candidates.find((candidate) => typeof candidate === 'function');
        if (!Ajv)
            throw new Error("the JSON schema validator (ajv) could not be loaded: the action's bundle is incomplete");
        return new Ajv({
            strict: false,
            allErrors: true,
            validateFormats: false,
            allowUnionTypes: true,
            validateSchema: false,
        });
    });
    return ajvInstance;
}
function crd_schema_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const IMPLICIT_OBJECT_FIELDS = {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
};
/** The CRD schema as the API server applies it (see the file comment), as plain JSON Schema for ajv. */
function structuralSchema(schema, root = true) {
    if (Array.isArray(schema))
        return schema.map((item) => structuralSchema(item, false));
    if (!crd_schema_isMapping(schema))
        return schema;
    const result = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === 'properties' && crd_schema_isMapping(value)) {
            result.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, structuralSchema(child, false)]));
        }
        else if (crd_schema_isMapping(value) || Array.isArray(value)) {
            result[key] = structuralSchema(value, false);
        }
        else {
            result[key] = value;
        }
    }
    if (root || schema['x-kubernetes-embedded-resource'] === true) {
        // The API server adds these; metadata is checked by the structural validation.
        result.properties = { ...(result.properties ?? {}), ...IMPLICIT_OBJECT_FIELDS };
    }
    // x-kubernetes-int-or-string allows both, whatever `type` says.
    if (schema['x-kubernetes-int-or-string'] === true)
        delete result.type;
    const closed = crd_schema_isMapping(result.properties) &&
        result.additionalProperties === undefined &&
        schema['x-kubernetes-preserve-unknown-fields'] !== true;
    if (closed)
        result.additionalProperties = false;
    return result;
}
async function validatorFor(schema) {
    const known = compiled.get(schema);
    if (known)
        return known;
    const compiler = await ajv();
    let validate;
    try {
        validate = compiler.compile(structuralSchema(schema));
    }
    catch (error) {
        validate = error;
    }
    compiled.set(schema, validate);
    return validate;
}
/** Checks one custom resource against its CRD; undefined when the CRD has no schema for it. */
async function crd_schema_validateCustomResource(object, version, crd) {
    const entry = crd.versions.find((candidate) => candidate.name === version);
    if (!entry)
        return { unknownVersion: crd.versions.map((candidate) => candidate.name), errors: [] };
    if (!crd_schema_isMapping(entry.schema))
        return undefined;
    const validate = await validatorFor(entry.schema);
    if (validate instanceof Error)
        return { schemaError: validate.message, errors: [] };
    return validate(object) ? { errors: [] } : { errors: validate.errors ?? [] };
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema.ts



const BUILT_IN_GROUPS = new Set(Object.keys(schema_models_SCHEMA_MODELS).map((key) => (0,src/* apiGroup */.oI)(key.slice(0, key.lastIndexOf('/')))));
const loaded = new Map();
/**
 * The validating model of a kind, loaded once. One of the validator package's dependencies
 * loads Node's deprecated `punycode`; its deprecation warning says nothing to our users, so it
 * is silenced while the validators load.
 */
function loadModel(key) {
    const loader = SCHEMA_MODELS[key];
    if (!loader)
        return undefined;
    let model = loaded.get(key);
    if (!model) {
        model = (async () => {
            const quiet = process.noDeprecation;
            process.noDeprecation = true;
            try {
                return await loader();
            }
            catch (error) {
                throw new Error(`the OpenAPI validators could not be loaded (${error.message}): the action's bundle is incomplete`, { cause: error });
            }
            finally {
                process.noDeprecation = quiet;
            }
        })();
        loaded.set(key, model);
    }
    return model;
}
/** `/spec/template/spec/containers/0/image` → `spec.template.spec.containers[0].image`. */
function fieldPath(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}
function describeError(error) {
    const path = fieldPath(error.instancePath ?? '');
    const params = error.params ?? {};
    if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
        const missing = path ? `${path}.${params.missingProperty}` : params.missingProperty;
        return { path: missing, text: `${missing} is required` };
    }
    if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
        const unknown = path ? `${path}.${params.additionalProperty}` : params.additionalProperty;
        return { path: unknown, text: `${unknown} is not a field the schema knows (unknown field)` };
    }
    if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
        return {
            path,
            text: `${path || 'the object'} must be one of ${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}`,
        };
    }
    return { path, text: `${path || 'the object'} ${error.message ?? 'is invalid'}` };
}
function versionsOf(group, kind) {
    return Object.keys(SCHEMA_MODELS)
        .filter((key) => key.endsWith(`/${kind}`))
        .map((key) => key.slice(0, key.length - kind.length - 1))
        .filter((apiVersion) => apiGroup(apiVersion) === group);
}
/**
 * Checks each built-in object against its kind's OpenAPI schema (types, required fields,
 * enums, formats such as quantities). Returns one issue per violation.
 */
async function schema_validateSchema(objects) {
    const issues = [];
    const crds = crdIndex(objects);
    for (const { object, source } of objects) {
        if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string')
            continue;
        const group = apiGroup(object.apiVersion);
        const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
        const crd = crds.get(`${group}/${object.kind}`);
        if (crd) {
            const version = object.apiVersion.slice(object.apiVersion.indexOf('/') + 1);
            const result = await validateCustomResource(object, version, crd);
            if (result?.unknownVersion) {
                issues.push({
                    message: `${object.kind} ${name}: its CustomResourceDefinition ${crd.crd.metadata?.name ?? ''} has no version ${version} — use apiVersion ${result.unknownVersion.map((v) => `${group}/${v}`).join(' or ')}`,
                    source,
                    object,
                    path: 'apiVersion',
                });
            }
            else if (result?.schemaError) {
                issues.push({
                    message: `${object.kind} ${name}: the schema of its CustomResourceDefinition cannot be used (${result.schemaError}) — fix the CRD`,
                    source,
                    object,
                });
            }
            else if (result) {
                for (const item of result.errors) {
                    const { path, text } = describeError(item);
                    issues.push({
                        message: `${object.kind} ${name}: ${text} (CRD schema) — fix the field`,
                        source,
                        object,
                        path,
                    });
                }
            }
            continue;
        }
        if (!BUILT_IN_GROUPS.has(group))
            continue;
        const model = loadModel(`${object.apiVersion}/${object.kind}`);
        if (!model) {
            const versions = versionsOf(group, object.kind);
            const hint = versions.length > 0
                ? `use apiVersion ${versions.join(' or ')}`
                : `check the kind (the ${group || 'core'} API group has no kind ${object.kind})`;
            issues.push({
                message: `${object.kind} ${name}: Kubernetes has no ${object.kind} in ${object.apiVersion} — ${hint}`,
                source,
                object,
                path: 'apiVersion',
            });
            continue;
        }
        const Model = await model;
        try {
            new Model(object).validate();
        }
        catch (error) {
            const errors = error.errors;
            if (!Array.isArray(errors))
                throw error;
            for (const item of errors) {
                const { path, text } = describeError(item);
                issues.push({
                    message: `${object.kind} ${name}: ${text} (OpenAPI schema) — fix the field`,
                    source,
                    object,
                    path,
                });
            }
        }
    }
    return issues;
}

;// CONCATENATED MODULE: ./packages/manifests/src/names.ts
/**
 * Kubernetes' name rules (k8s.io/apimachinery/pkg/util/validation): light enough for an
 * action to check an input before it loads the YAML stack (subpath `@kra/manifests/names`).
 */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Why a name is invalid under a rule, or undefined when it is valid. */
function nameProblem(name, rule, maxLength) {
    switch (rule) {
        case 'dns1123-label':
            if (name.length > (maxLength ?? 63))
                return `must be no more than ${maxLength ?? 63} characters`;
            return DNS1123_LABEL.test(name)
                ? undefined
                : 'must be a DNS-1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit';
        case 'dns1035-label':
            if (name.length > (maxLength ?? 63))
                return `must be no more than ${maxLength ?? 63} characters`;
            return DNS1035_LABEL.test(name)
                ? undefined
                : 'must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit';
        case 'path-segment':
            if (name === '.' || name === '..')
                return 'may not be "." or ".."';
            return /[/%]/.test(name) ? 'may not contain "/" or "%"' : undefined;
        default:
            if (name.length > (maxLength ?? 253))
                return `must be no more than ${maxLength ?? 253} characters`;
            return DNS1123_SUBDOMAIN.test(name)
                ? undefined
                : 'must be a DNS-1123 subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit';
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/validate.ts
/**
 * Validation before anything is applied: structure (what every object needs, names the API
 * server would refuse, the same object twice) and, when asked, the Kubernetes OpenAPI schemas.
 */






const VALIDATION_MODES = (/* unused pure expression or super */ null && (['structure', 'schema', 'none']));
/** `<group>/<version>` or a core `<version>`: the group a DNS subdomain, the version a DNS-1035 label (v1, v2beta1). */
const API_VERSION = /^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[a-z]([-a-z0-9]*[a-z0-9])?$/;
/**
 * The rule the API server checks an object's name with (pkg/apis/*\/validation): Namespace a
 * DNS-1123 label, Service a DNS-1035 label, RBAC objects any path segment (so `system:foo` is
 * fine), CronJob a subdomain of at most 52 characters (its Jobs add 11), the rest — custom
 * resources included — a DNS-1123 subdomain.
 */
function nameRule(apiVersion, kind) {
    const key = (0,src/* groupKind */.KH)(apiVersion, kind);
    switch (key) {
        case '/Namespace':
            return { rule: 'dns1123-label' };
        case '/Service':
            return { rule: 'dns1035-label' };
        case 'rbac.authorization.k8s.io/Role':
        case 'rbac.authorization.k8s.io/ClusterRole':
        case 'rbac.authorization.k8s.io/RoleBinding':
        case 'rbac.authorization.k8s.io/ClusterRoleBinding':
            return { rule: 'path-segment' };
        case 'batch/CronJob':
            return { rule: 'dns1123-subdomain', maxLength: 52 };
        default:
            return { rule: 'dns1123-subdomain' };
    }
}
function validate_describe(object) {
    const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
    const namespace = typeof object.metadata?.namespace === 'string' ? `${object.metadata.namespace}/` : '';
    return `${object.kind ?? 'object'} ${namespace}${name}`;
}
/** `file:line` (with the List item when there is one), for messages. */
function formatLocation(source, root) {
    return `${yaml_showFile(source.file, root)}:${source.line}${source.item !== undefined ? ` (item ${source.item})` : ''}`;
}
/** An issue as one line: `<file>:<line>: <message>`. */
function formatIssue(issue, root) {
    return `${formatLocation(issue.source, root)}: ${issue.message}`;
}
/**
 * Structural checks on every object: apiVersion, kind and metadata.name present; names and
 * namespaces the API server accepts; a CRD named `<plural>.<group>`; no object defined twice
 * (same API group, kind, namespace and name — both places are named).
 */
function validateStructure(objects, options = {}) {
    const issues = [];
    const crds = scope_crdIndex(objects);
    const seen = new Map();
    for (const loaded of objects) {
        const { object, source } = loaded;
        const push = (message, path) => issues.push(path ? { message, source, object, path } : { message, source, object });
        if (typeof object.apiVersion !== 'string' || object.apiVersion === '') {
            push(`${validate_describe(object)} has no apiVersion — add one, such as apps/v1`, 'apiVersion');
            continue;
        }
        if (typeof object.kind !== 'string' || object.kind === '') {
            push(`object has no kind — add one, such as Deployment`, 'kind');
            continue;
        }
        if (object.apiVersion.length > 317 || !API_VERSION.test(object.apiVersion)) {
            push(`${object.kind} has apiVersion "${object.apiVersion}", which is not <group>/<version> or v1 — fix the apiVersion`, 'apiVersion');
        }
        const metadata = object.metadata;
        if (metadata === null || typeof metadata !== 'object') {
            push(`${object.kind} has no metadata — add metadata with a name`, 'metadata');
            continue;
        }
        const name = metadata.name;
        if (name === undefined || name === null || name === '') {
            push(`${object.kind} has no metadata.name — name it${metadata.generateName ? ' (generateName cannot be applied: apply needs a fixed name)' : ''}`, 'metadata.name');
            continue;
        }
        if (typeof name !== 'string') {
            push(`${object.kind} has a metadata.name that is not a string (${JSON.stringify(name)}) — quote it`, 'metadata.name');
            continue;
        }
        const { rule, maxLength } = nameRule(object.apiVersion, object.kind);
        const problem = nameProblem(name, rule, maxLength);
        if (problem)
            push(`${object.kind} name "${name}" is invalid: it ${problem} — rename it`, 'metadata.name');
        if (object.kind === 'CustomResourceDefinition' && (0,src/* apiGroup */.oI)(object.apiVersion) === 'apiextensions.k8s.io') {
            const spec = (object.spec ?? {});
            const expected = `${spec.names?.plural}.${spec.group}`;
            if (typeof spec.names?.plural === 'string' && typeof spec.group === 'string' && name !== expected) {
                push(`CustomResourceDefinition "${name}" must be named "${expected}" (<plural>.<group>) — rename it`, 'metadata.name');
            }
        }
        const clusterScoped = isClusterScoped(object.apiVersion, object.kind, crds);
        const namespace = metadata.namespace;
        if (namespace !== undefined && namespace !== null && namespace !== '') {
            if (typeof namespace !== 'string') {
                push(`${validate_describe(object)} has a metadata.namespace that is not a string — quote it`, 'metadata.namespace');
            }
            else {
                const namespaceProblem = nameProblem(namespace, 'dns1123-label');
                if (namespaceProblem)
                    push(`${object.kind} ${name} has namespace "${namespace}", which is invalid: it ${namespaceProblem} — fix the namespace`, 'metadata.namespace');
            }
        }
        // After namespace defaulting: `dup` without a namespace and `dup` in `default` are one object.
        const key = (0,src/* identityKey */.US)(object, { defaultNamespace: options.defaultNamespace, clusterScoped });
        const first = seen.get(key);
        if (first) {
            push(`${validate_describe(object)} is defined twice: here and at ${formatLocation(first.source, options.root)} — keep one of them`);
        }
        else {
            seen.set(key, loaded);
        }
    }
    return issues;
}
/** The issues of a validation mode: none, structure, or structure and then the schemas. */
async function validateManifests(objects, mode, options = {}) {
    if (mode === 'none')
        return [];
    const issues = validateStructure(objects, options);
    if (mode === 'schema')
        issues.push(...(await validateSchema(objects)));
    return issues;
}
/**
 * Validates and throws a UserError when anything is wrong: one line naming the first issue at
 * file:line and how many more there are (callers report each issue on its own, from
 * validateManifests, for annotations). Returns quietly when all is well.
 */
async function assertValid(objects, mode, options = {}) {
    const issues = await validateManifests(objects, mode, options);
    if (issues.length === 0)
        return;
    throw issuesError(issues, options.root);
}
/** The one-line error for a list of issues (the first, and how many more). */
function issuesError(issues, root) {
    const first = issues[0];
    const more = issues.length - 1;
    const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
    return new UserError(`${formatIssue(first, root)}${suffix}`, {
        file: showFile(first.source.file, root),
        line: first.source.line,
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/issues.ts



/**
 * Fails on manifest issues: each one an error annotation at its file and line, then one
 * line naming the first (`Invalid manifest at head: k8s/web.yaml:3: …`). Does nothing when
 * there are none. `where` says which manifests (`at head`), for a comparison of two refs.
 */
function failOnIssues(issues, options = {}) {
    if (issues.length === 0)
        return;
    const { root } = options;
    const where = options.where ? ` ${options.where}` : '';
    for (const issue of issues) {
        (0,src/* annotateError */.TF)(formatIssue(issue, root), { file: yaml_showFile(issue.source.file, root), startLine: issue.source.line });
    }
    const first = formatIssue(issues[0], root);
    const more = (0,src/* omittedAnnotations */.P5)() > 0 ? ` (${(0,src/* omittedAnnotations */.P5)()} not annotated, see the log)` : '';
    throw new src/* UserError */.yo(issues.length === 1
        ? `Invalid manifest${where}: ${first}`
        : `${issues.length} problems in the manifests${where}${more}; the first: ${first}`);
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-changes-at-refs.ts
/**
 * detect-config-changes' work, from its inputs to the diff: find the git repository holding
 * the manifests, resolve head and base (the previous release, the push's before, the merge
 * base…), read the selected manifest files at both commits with one `git cat-file`, parse
 * each blob once (a file unchanged between the refs is shared), check the head's structure,
 * and compare (compareManifests).
 *
 * Head must be valid: a structural problem there fails with an annotation per issue. A file
 * that cannot be parsed at base is skipped with a warning (it cannot be fixed there).
 */







/** The patterns as paths relative to the workspace; a path leaving the workspace is refused. */
function workspacePatterns(patterns, input, root) {
    return patterns.map((pattern) => {
        const absolute = (0,src/* resolveInWorkspace */.z1)(pattern, input, root);
        return (0,external_node_path_.isAbsolute)(pattern) ? (0,external_node_path_.relative)(root, absolute).split('\\').join('/') : pattern;
    });
}
async function compareConfigsAtRefs(inputs) {
    const { root, namespace } = inputs;
    const paths = workspacePatterns(inputs.paths, 'paths', root);
    const exclude = workspacePatterns(inputs.exclude, 'exclude', root);
    const headInput = [inputs.head, inputs.context.sha].find((ref) => ref !== '' && !isZeroId(ref)) ?? 'HEAD';
    const located = await locateRepository(root, paths);
    if (!located) {
        throw new src/* UserError */.yo(`The workspace ${root} holds no git repository at "${paths[0]}": run actions/checkout (with fetch-depth: 0) before this step`);
    }
    const repo = located.repository;
    // Paths and globs relative to the repository top, as git lists files; shown relative to the workspace.
    const inRepository = (patterns, input) => patterns.map((pattern) => {
        const path = located.toRepository(pattern);
        if (path === undefined) {
            throw new src/* InputError */.dz(input, `path "${pattern}" is not inside the git repository at ${located.top}: give paths in the checkout`);
        }
        return path;
    });
    const repoPaths = inRepository(paths, 'paths');
    const repoExclude = inRepository(exclude, 'exclude');
    const givenAs = new Map(repoPaths.map((path, i) => [path, inputs.paths[i]]));
    const display = (path) => located.toWorkspace(path);
    const head = await resolveRef(repo, headInput, 'head');
    const base = await resolveBase(repo, {
        base: inputs.base || undefined,
        head,
        tagPattern: inputs.tagPattern,
        context: inputs.context,
    });
    for (const note of base.notes)
        inputs.onInfo?.(note);
    inputs.onInfo?.(`Comparing head ${head.slice(0, 12)} with ${base.description}.`);
    const names = new Map([[head, `head ${head.slice(0, 12)}`]]);
    if (base.commit && base.commit !== head)
        names.set(base.commit, `base ${base.tag ?? base.commit.slice(0, 12)}`);
    const files = await readFilesAtCommits(repo, base.commit ? [head, base.commit] : [head], {
        maxBytes: yaml_DEFAULT_MAX_FILE_BYTES,
        display,
        describe: (commit) => names.get(commit) ?? commit.slice(0, 12),
        select: (all, commit) => {
            const selection = selectManifestFiles(all, repoPaths, repoExclude);
            if (commit === head && selection.unmatched.length > 0) {
                throw new src/* UserError */.yo(`Input "paths": "${givenAs.get(selection.unmatched[0]) ?? selection.unmatched[0]}" matches no manifest file at head ${head.slice(0, 12)}: fix the path or commit the files`);
            }
            if (commit === head && selection.files.length === 0) {
                throw new src/* UserError */.yo(`Input "paths" selects no manifest file at head ${head.slice(0, 12)}: give files, folders or globs of .yaml, .yml or .json files`);
            }
            return selection.files;
        },
    });
    // A file that is the same blob at the same path at both refs is parsed once, for both.
    const fileKey = (file) => `${file.object} ${file.path}`;
    const keysAt = (commit) => new Set((commit ? files.get(commit) : []).map(fileKey));
    const headKeys = keysAt(head);
    const baseKeys = keysAt(base.commit);
    const cache = new Map();
    const headObjects = parseFiles(files.get(head), { display, unchanged: (file) => baseKeys.has(fileKey(file)) }, cache);
    failOnIssues(validateStructure(headObjects, { defaultNamespace: namespace || 'default' }), { where: 'at head' });
    let baseObjects;
    if (base.commit) {
        const ref = names.get(base.commit) ?? names.get(head);
        baseObjects = parseFiles(files.get(base.commit), {
            display,
            unchanged: (file) => headKeys.has(fileKey(file)),
            onError: (error) => inputs.onWarning?.(`Skipped at ${ref} (it cannot be fixed there, so its objects count as absent): ${error.message}`),
        }, cache);
    }
    else {
        inputs.onInfo?.('No base to compare with: every ConfigMap and Secret at head counts as added.');
    }
    files.clear(); // the objects are parsed: the file contents (one buffer from git) can go
    return { head, base, diff: compareManifests(baseObjects, headObjects, { namespace: namespace || undefined }) };
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-changes-summary.ts

/**
 * detect-config-changes' job summary: the changed configs, then the workloads that read them,
 * then what was compared with links to the head commit, the compare view base...head and the run.
 * Names and change kinds only: never a config's content.
 */
function configChangesSummary(comparison, context) {
    const { head, base, diff } = comparison;
    const changed = diff.changedConfigs;
    const affected = diff.affectedWorkloads;
    const restart = affected.filter((w) => w.restart);
    const summary = new src/* SummaryBuilder */.CF()
        .heading(`Config changes: ${changed.length} config(s) changed, ${restart.length} workload(s) to restart`)
        .table(['change', 'kind', 'namespace', 'name'], changed.map((c) => [c.change, c.kind, c.namespace ?? '', c.name]));
    if (affected.length > 0) {
        summary.table(['workload', 'namespace', 'reads', 'restart', 'file'], affected.map((w) => [
            `${w.kind} ${w.name}`,
            w.namespace ?? '',
            w.configs.map((c) => `${c.kind} ${c.name} (${c.change})`).join(', '),
            w.restart ? 'yes' : w.specChanged ? 'no: its pod template changed' : 'no: not a rolling workload',
            `${w.file}:${w.line}`,
        ]));
    }
    summary.text(`Compared head \`${head.slice(0, 12)}\` with ${base.description}.`);
    const links = [[`commit ${head.slice(0, 12)}`, (0,src/* commitUrl */.Bg)(context, head)]];
    if (base.commit)
        links.push([`compare ${base.commit.slice(0, 12)}...${head.slice(0, 12)}`, (0,src/* compareUrl */.XH)(context, base.commit, head)]);
    links.push(['run', (0,src/* runUrl */.Vp)(context)]);
    if ((0,src/* linkLine */.pF)(links))
        summary.text((0,src/* linkLine */.pF)(links));
    return summary;
}

;// CONCATENATED MODULE: ./actions/detect-config-changes/src/main.ts




function main_label(entry) {
    return `${entry.kind} ${entry.namespace ? `${entry.namespace}/` : ''}${entry.name}`;
}
async function main() {
    const paths = (0,src/* readList */.LD)('paths');
    if (paths.length === 0)
        (0,src/* readString */.E3)('paths', { required: true });
    const context = (0,src/* githubContext */.h4)();
    const comparison = await compareConfigsAtRefs({
        root: (0,src/* workspaceRoot */.oS)(),
        paths,
        exclude: (0,src/* readList */.LD)('exclude'),
        head: (0,src/* readString */.E3)('head'),
        base: (0,src/* readString */.E3)('base'),
        tagPattern: (0,src/* readString */.E3)('tag-pattern', { default: 'v*' }),
        namespace: (0,src/* readString */.E3)('namespace'),
        context,
        onInfo: (message) => core/* info */.pq(message),
        onWarning: (message) => core/* warning */.$e(message),
    });
    const { head, base, diff } = comparison;
    // Everything is worked out before the first output, so a failure leaves none behind.
    // Every list: <name> one a line, <name>-json as JSON (README, "Outputs").
    const changedLines = diff.changedConfigs.map((c) => `${c.change} ${main_label(c)}`);
    const affectedLines = diff.affectedWorkloads.map(main_label);
    const restartLines = diff.restart.map(main_label);
    (0,src/* setListOutput */.SP)('changed-configs', changedLines, diff.changedConfigs);
    (0,src/* setListOutput */.SP)('affected-workloads', affectedLines, diff.affectedWorkloads);
    (0,src/* setListOutput */.SP)('restart', restartLines, diff.restart);
    (0,src/* setJsonOutput */.mI)('checksums', diff.checksums);
    (0,src/* setOutput */.uH)('any-changed', diff.changedConfigs.length > 0);
    (0,src/* setOutput */.uH)('base', base.commit ?? '');
    (0,src/* setOutput */.uH)('head', head);
    (0,src/* writeDeprecatedOutputs */.fV)([
        { name: 'changed-configs-list', use: 'changed-configs', value: changedLines.join('\n') },
        { name: 'affected-workloads-list', use: 'affected-workloads', value: affectedLines.join('\n') },
        { name: 'restart-list', use: 'restart', value: restartLines.join('\n') },
    ], [
        { name: 'changed-configs', json: 'changed-configs-json' },
        { name: 'affected-workloads', json: 'affected-workloads-json' },
        { name: 'restart', json: 'restart-json' },
    ]);
    logResult(diff.changedConfigs, diff.affectedWorkloads, Object.keys(diff.checksums).length);
    await configChangesSummary(comparison, context).write();
}
function logResult(changed, affected, checksums) {
    core/* info */.pq(changed.length === 0 ? 'No ConfigMap or Secret changed.' : `${changed.length} config(s) changed:`);
    for (const config of changed)
        core/* info */.pq(`  ${config.change.padEnd(8)} ${main_label(config)}`);
    for (const workload of affected) {
        const reads = workload.configs.map((c) => `${main_label(c)} (${c.via.join(', ')})`).join('; ');
        const verdict = workload.restart
            ? 'restart'
            : workload.specChanged
                ? 'rolls by itself (its pod template changed)'
                : 'not restartable (no rolling update)';
        core/* info */.pq(`  ${main_label(workload)} at ${workload.file}:${workload.line} reads ${reads}: ${verdict}`);
    }
    core/* info */.pq(`${affected.filter((w) => w.restart).length} workload(s) to restart; checksums for ${checksums} workload(s).`);
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


/***/ }),

/***/ 1745:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  CF: () => (/* reexport */ SummaryBuilder),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  TF: () => (/* reexport */ annotateError),
  oI: () => (/* reexport */ apiGroup),
  Rq: () => (/* reexport */ checksumKey),
  Bg: () => (/* reexport */ github_context_commitUrl),
  XH: () => (/* reexport */ compareUrl),
  NU: () => (/* reexport */ effectiveNamespace),
  gJ: () => (/* reexport */ errors/* errorMessage */.gJ),
  h4: () => (/* reexport */ githubContext),
  KH: () => (/* reexport */ groupKind),
  US: () => (/* reexport */ identityKey),
  pF: () => (/* reexport */ linkLine),
  P5: () => (/* reexport */ omittedAnnotations),
  LD: () => (/* reexport */ readList),
  E3: () => (/* reexport */ readString),
  z1: () => (/* reexport */ workspace/* resolveInWorkspace */.z1),
  eF: () => (/* reexport */ run),
  Vp: () => (/* reexport */ github_context_runUrl),
  mI: () => (/* reexport */ setJsonOutput),
  SP: () => (/* reexport */ setListOutput),
  uH: () => (/* reexport */ setOutput),
  oS: () => (/* reexport */ workspace/* workspaceRoot */.oS),
  fV: () => (/* reexport */ writeDeprecatedOutputs)
});

// UNUSED EXPORTS: MAX_ERROR_ANNOTATIONS, SUMMARY_LIMIT_BYTES, Semaphore, backoffDelay, besideBundle, cell, code, commitAndRunLinks, deployMessage, describeIdentity, details, displayPath, escapeHtml, fail, identityOf, isInside, link, mapLimit, markdownTable, maskSecret, oneLine, parseChecksumKey, parseDuration, parseImageListEntry, parseJsonOrList, parseRetryAfter, postWebhook, readBoolean, readDuration, readEnum, readInteger, readJsonObject, readLogin, readOptional, redact, resetAnnotationsForTest, retry, secretForms, shortDigests, sleep, splitList

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
        core.setSecret(form);
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
        throw new InputError(name, `is required: use ${range}`);
    }
    if (!/^-?\d+$/.test(value))
        throw new InputError(name, `is "${value}": use ${range}`);
    const number = Number(value);
    if (number < min || number > max)
        throw new InputError(name, `is ${number}: use ${range}`);
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
    lib_core/* setOutput */.uH(name, JSON.stringify(value));
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

// EXTERNAL MODULE: ./packages/core/src/workspace.ts
var workspace = __nccwpck_require__(5565);
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
        throw new InputError(input, `${where} is not an object: pass the "images" output of push-images or tag-release`);
    }
    const entry = item;
    if (typeof entry.repository !== 'string' || entry.repository === '') {
        throw new InputError(input, `${where} has no "repository": pass the "images" output of push-images or tag-release`);
    }
    const tags = entry.tags === undefined ? [] : entry.tags;
    if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
        throw new InputError(input, `${where} (${entry.repository}): "tags" must be a list of strings`);
    }
    const digest = typeof entry.digest === 'string' ? entry.digest : '';
    if (digest !== '' && !contracts_DIGEST.test(digest)) {
        throw new InputError(input, `${where} (${entry.repository}): "digest" ${digest} is not a digest such as sha256:…`);
    }
    const repository = entry.repository;
    const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : repository.split('/').pop();
    const ref = digest ? `${repository}@${digest}` : tags.length > 0 ? `${repository}:${tags[0]}` : repository;
    return { name, repository, tags: tags, digest, ref };
}

;// CONCATENATED MODULE: ./packages/core/src/identity.ts
/**
 * The one identity of a Kubernetes object, the same in every action: API group, kind,
 * namespace and name. The version is not part of it (one object is served at several
 * versions). The namespace is the one the object lives in after defaulting: its own, else the
 * namespace the run deploys to, else `default`, as kubectl does; empty for cluster-scoped kinds.
 *
 * Every comparison of objects across inputs, outputs, files and the cluster goes through
 * `identityKey`, so an object that names no namespace and the same object written with its
 * namespace are one object.
 */
/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (the core group). */
function apiGroup(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? '' : apiVersion.slice(0, slash);
}
/** `group/Kind` (`/Service` for the core group): how a kind is known regardless of version. */
function groupKind(apiVersion, kind) {
    return `${apiGroup(apiVersion)}/${kind}`;
}
function nameAndNamespace(object) {
    if (object.metadata) {
        const { name, namespace } = object.metadata;
        return { name: typeof name === 'string' ? name : '', namespace: typeof namespace === 'string' ? namespace : '' };
    }
    const ref = object;
    return { name: ref.name ?? '', namespace: ref.namespace ?? '' };
}
/** The namespace an object lives in: its own, else the default namespace, else `default`; empty when cluster-scoped. */
function effectiveNamespace(namespace, options = {}) {
    if (options.clusterScoped)
        return '';
    return namespace || options.defaultNamespace || 'default';
}
function identityOf(object, options = {}) {
    const { name, namespace } = nameAndNamespace(object);
    return {
        group: apiGroup(object.apiVersion),
        kind: object.kind,
        namespace: effectiveNamespace(namespace, options),
        name,
    };
}
/** `group/Kind/namespace/name` (`/ConfigMap/shop/web` for the core group, `/Namespace//shop` when cluster-scoped). */
function identityKey(object, options = {}) {
    const id = identityOf(object, options);
    return `${id.group}/${id.kind}/${id.namespace}/${id.name}`;
}
/** How an object is named in messages: `Deployment shop/web`, or `Namespace shop` when cluster-scoped. */
function describeIdentity(id) {
    return id.namespace ? `${id.kind} ${id.namespace}/${id.name}` : `${id.kind} ${id.name}`;
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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

/***/ 5565:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* unused harmony exports isInside, besideBundle */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(637);



/** The workspace folder (GITHUB_WORKSPACE, else the current folder), resolved through symlinks. */
function workspaceRoot(env = process.env) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
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
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    let real = absolute;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
    }
    catch {
        // A path that does not exist yet is checked as written; the caller reports it missing.
    }
    if (!isInside(real, root) || !isInside(absolute, root)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `path "${path}" is outside the workspace ${root}: use a path inside the repository checkout`);
    }
    return absolute;
}
function isInside(path, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** A path relative to the workspace, with forward slashes, for messages and outputs. */
function displayPath(path, root = workspaceRoot()) {
    // The common case, a path under the root, without path.relative's normalisation work.
    if (path.length > root.length && path.startsWith(root) && path[root.length] === node_path__WEBPACK_IMPORTED_MODULE_1__.sep && !path.includes(`${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}.`)) {
        const rel = path.slice(root.length + 1);
        return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? rel : rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    }
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return (rel === '' ? '.' : rel).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
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

/***/ 4876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

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
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, notice, platform, saveState, setCommandEcho, setSecret, startGroup, toPlatformPath, toPosixPath, toWin32Path

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
        const { HttpClient } = yield __nccwpck_require__.e(/* import() */ 343).then(__nccwpck_require__.bind(__nccwpck_require__, 343));
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
    issueCommand('add-mask', {}, secret);
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
/******/ var __webpack_exports__ = __nccwpck_require__(6733);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
