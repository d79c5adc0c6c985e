import type { Role } from '../auth/role.js';
import type { CommonErrorCode } from '../errors/domain-error.js';
import { defineMessages, joinTexts, type Text } from './text.js';

// The platform's catalogue: what src/shared and the HTTP layer say to a person, the common error
// codes, the role names, and the sentences every module builds its own from (a missing object,
// a text too long, an implausible date…), so that each is worded once in each language.

/** The codes any module may use, described in both languages (the `UserErrorCode` enum shows them). */
export const commonCodes: Record<CommonErrorCode, Text> = {
  NOT_FOUND: {
    en: 'An object the input refers to does not exist, or you may not see it (the two are never told apart).',
    zh: '输入所指的对象不存在，或您无权查看（两者从不区分）。',
  },
  INVALID_INPUT: {
    en: 'A value is well-formed but not acceptable (e.g. too long, or missing where the rest of the input requires it).',
    zh: '某个值格式正确但不可接受（例如过长，或在输入的其余部分要求时缺失）。',
  },
  DUPLICATE_CODE: { en: 'Another object already uses this code.', zh: '该编码已被其他对象使用。' },
  INVALID_TRANSITION: {
    en: 'The object’s current status does not allow this move; the message names the status.',
    zh: '对象当前的状态不允许此操作；消息中写明了当前状态。',
  },
  RATE_LIMITED: {
    en: 'Too many requests, or too costly ones: the user’s or the address’s budget is spent for now (HTTP 429; `Retry-After` says how many seconds to wait).',
    zh: '请求过多或开销过大：该用户或该地址的额度暂时用完（HTTP 429；`Retry-After` 给出需等待的秒数）。',
  },
  REQUEST_TIMEOUT: {
    en: 'The request, or one of its database statements, ran out of time and was stopped; nothing it began to write was kept.',
    zh: '请求或其中某条数据库语句超时，已被终止；它开始写入的内容均未保留。',
  },
};

/**
 * Codes of top-level errors (`errors[].extensions.code`) that are no `UserErrorCode` (nothing a payload
 * carries), described in both languages for docs and clients.
 */
export const requestCodes: Record<string, Text> = {
  PERSISTED_QUERY_NOT_FOUND: {
    en: 'The hash names no document this server trusts (its manifest, schema/trusted-documents.json). HTTP 400.',
    zh: '该哈希值不对应本服务器信任的任何文档（清单 schema/trusted-documents.json）。HTTP 400。',
  },
  TRUSTED_DOCUMENT_REQUIRED: {
    en: 'With TRUSTED_DOCUMENTS=only, a document sent as text is run only for an administrator; others name a trusted document by its hash. HTTP 400.',
    zh: '在 TRUSTED_DOCUMENTS=only 模式下，以文本发送的文档只为系统管理员执行；其他用户须以哈希值指明可信文档。HTTP 400。',
  },
};

/** What the roles are called: the code in English (as the schema shows it), the title in Chinese. */
export const roleNames: Record<Role, Text> = {
  ADMIN: { en: 'ADMIN', zh: '系统管理员' },
  COMMISSION_STAFF: { en: 'COMMISSION_STAFF', zh: '政法委工作人员' },
  UNIT_OFFICER: { en: 'UNIT_OFFICER', zh: '单位联络员' },
  ASSESSOR: { en: 'ASSESSOR', zh: '评估人员' },
  EXPERT_REVIEWER: { en: 'EXPERT_REVIEWER', zh: '评审专家' },
  DECISION_MAKER: { en: 'DECISION_MAKER', zh: '决策人' },
  COORDINATOR: { en: 'COORDINATOR', zh: '协调人' },
  INSPECTOR: { en: 'INSPECTOR', zh: '督察人员' },
  VIEWER: { en: 'VIEWER', zh: '只读用户' },
};

export const platformMessages = defineMessages({
  roles: roleNames,

  // Sign-in and access (top-level UNAUTHENTICATED and FORBIDDEN).
  signIn: {
    en: 'Authentication required: send a valid `Authorization: Bearer <token>` header.',
    zh: '需要登录：请在请求头中发送有效的 `Authorization: Bearer <令牌>`。',
  },
  tokenInvalid: { en: 'The token is invalid or has expired.', zh: '令牌无效或已过期。' },
  noActiveUser: { en: 'The token names no active user.', zh: '令牌对应的用户不存在或已停用。' },
  onlyRoles: (roles: Text, action: Text): Text => ({ en: `Only ${roles.en} may ${action.en}.`, zh: `仅${roles.zh}可以${action.zh}。` }),
  originRefused: { en: 'This origin may not call the API.', zh: '此来源不允许调用本接口。' },

  // Malformed requests (BAD_USER_INPUT, BAD_REQUEST) and limits (QUERY_TOO_COMPLEX).
  tooDeep: (depth: number, max: number): Text => ({
    en: `The query nests ${depth} levels deep; at most ${max} are allowed.`,
    zh: `查询嵌套了 ${depth} 层；最多允许 ${max} 层。`,
  }),
  tooCostly: (cost: number, max: number): Text => ({
    en: `The query costs ${cost} points (objects it may return, plus the weight of expensive fields); at most ${max} are allowed: ask for smaller pages, fewer nested lists or fewer aliases.`,
    zh: `查询的成本为 ${cost} 点（可能返回的对象数，加上开销大的字段的权重）；最多允许 ${max} 点：请减小每页条数、减少嵌套列表或别名。`,
  }),
  documentTooLong: (length: number, max: number): Text => ({
    en: `The document has ${length} characters; at most ${max} are allowed.`,
    zh: `查询文档有 ${length} 个字符；最多允许 ${max} 个。`,
  }),
  tooManyTokens: (max: number): Text => ({
    en: `The document has more than ${max} tokens (names, values, punctuation).`,
    zh: `查询文档的词法单元（名称、值、标点）超过 ${max} 个。`,
  }),
  tooManyAliases: (max: number): Text => ({
    en: `The document uses more than ${max} aliases.`,
    zh: `查询文档使用的别名超过 ${max} 个。`,
  }),
  tooManyDirectives: (max: number): Text => ({
    en: `The document uses more than ${max} directives.`,
    zh: `查询文档使用的指令超过 ${max} 个。`,
  }),
  listTooLong: (max: number, got: number): Text => ({
    en: `A list in the input has ${got} items; at most ${max} are allowed.`,
    zh: `输入中的某个列表有 ${got} 项；最多允许 ${max} 项。`,
  }),
  inputTooLarge: (max: number, got: number): Text => ({
    en: `The lists in the input hold ${got} items together; at most ${max} are allowed in one request.`,
    zh: `输入中的列表合计 ${got} 项；一次请求最多允许 ${max} 项。`,
  }),
  filterTooDeep: (max: number): Text => ({
    en: `A filter nests \`and\`/\`or\` more than ${max} levels deep.`,
    zh: `筛选条件中 \`and\`/\`or\` 的嵌套超过 ${max} 层。`,
  }),
  documentTooDeep: (max: number): Text => ({
    en: `The document nests brackets more than ${max} levels deep.`,
    zh: `查询文档的括号嵌套超过 ${max} 层。`,
  }),
  inputTooDeep: (max: number): Text => ({
    en: `A value in the input nests more than ${max} levels deep.`,
    zh: `输入中的某个值嵌套超过 ${max} 层。`,
  }),
  introspectionAdmins: {
    en: 'Reading the schema (__schema, __type) is for administrators on this server.',
    zh: '本服务器只允许系统管理员读取接口模式（__schema、__type）。',
  },
  introspectionOff: {
    en: 'Reading the schema (__schema, __type) is off on this server (INTROSPECTION=off).',
    zh: '本服务器已关闭接口模式读取（__schema、__type；INTROSPECTION=off）。',
  },
  documentIdFormat: {
    en: '`documentId` is "sha256:" followed by the 64 hex digits of the document\'s SHA-256 (or the digits alone).',
    zh: '`documentId` 的格式为 "sha256:" 加上文档 SHA-256 的 64 位十六进制数字（也可只写数字）。',
  },
  documentNamedTwice: {
    en: 'Name the document once: by `documentId` or by `extensions.persistedQuery`, not both.',
    zh: '请只用一种方式指明文档：`documentId` 或 `extensions.persistedQuery`，不能同时使用。',
  },
  persistedQueryFormat: {
    en: '`extensions.persistedQuery` is `{ "version": 1, "sha256Hash": "<64 hex digits>" }`.',
    zh: '`extensions.persistedQuery` 的格式为 `{ "version": 1, "sha256Hash": "<64 位十六进制数字>" }`。',
  },
  hashMismatch: {
    en: 'The hash sent is not the SHA-256 of the document sent with it.',
    zh: '所发送的哈希值不是随附文档的 SHA-256。',
  },
  persistedQueryNotFound: {
    en: "No trusted document has this hash: it is not in this server's manifest.",
    zh: '没有此哈希值对应的可信文档：它不在本服务器的清单中。',
  },
  trustedDocumentRequired: {
    en: "This server runs only its trusted documents: send the document's hash (`documentId` or `extensions.persistedQuery`), not its text.",
    zh: '本服务器只执行可信文档：请发送文档的哈希值（`documentId` 或 `extensions.persistedQuery`），而不是文档文本。',
  },
  nul: (field: string): Text => ({
    en: `\`${field}\`: text must not contain the NUL character (\\u0000).`,
    zh: `\`${field}\`：文本中不得包含 NUL 字符（\\u0000）。`,
  }),
  controlCharacter: (field: string, codePoint: string): Text => ({
    en: `\`${field}\` contains the control character ${codePoint}; text may hold no control characters but tab, line feed and carriage return.`,
    zh: `\`${field}\` 含有控制字符 ${codePoint}；文本中除制表符、换行符和回车符外不得含有控制字符。`,
  }),
  bidiControl: (field: string, codePoint: string): Text => ({
    en: `\`${field}\` contains the bidirectional control ${codePoint}, which makes text read otherwise than it is stored.`,
    zh: `\`${field}\` 含有双向文本控制字符 ${codePoint}，它会使文本的显示顺序与实际内容不同。`,
  }),
  loneSurrogate: (field: string): Text => ({
    en: `\`${field}\` contains half of a surrogate pair without its other half: that is no character.`,
    zh: `\`${field}\` 含有不成对的代理项（surrogate），它不是有效字符。`,
  }),
  textTooLong: (field: string, max: number, got: number): Text => ({
    en: `\`${field}\` has ${got} characters; at most ${max} are allowed.`,
    zh: `\`${field}\` 有 ${got} 个字符；最多允许 ${max} 个。`,
  }),
  numberOutOfRange: (field: string, min: number | undefined, max: number | undefined, got: number): Text => ({
    en: `\`${field}\` must be ${min === undefined ? `at most ${max}` : max === undefined ? `at least ${min}` : `between ${min} and ${max}`} (got ${got}).`,
    zh: `\`${field}\` 必须${min === undefined ? `不大于 ${max}` : max === undefined ? `不小于 ${min}` : `在 ${min} 到 ${max} 之间`}（收到 ${got}）。`,
  }),
  dateOutOfRange: (field: string, from: string, to: string, got: string): Text => ({
    en: `\`${field}\` must be a date from ${from} to ${to} (got ${got}).`,
    zh: `\`${field}\` 必须是 ${from} 至 ${to} 之间的日期（收到 ${got}）。`,
  }),
  bodyTooLarge: (max: number): Text => ({ en: `Request body over ${max} bytes.`, zh: `请求体超过 ${max} 字节。` }),
  jsonOnly: { en: 'Send JSON (content-type: application/json).', zh: '请以 JSON 发送（content-type: application/json）。' },
  useMethod: (method: string): Text => ({ en: `Use ${method}.`, zh: `请使用 ${method} 方法。` }),
  bodyNotJson: { en: 'The request body is not valid JSON.', zh: '请求体不是有效的 JSON。' },
  noSuchPath: { en: 'Not found. The graph is at /graphql.', zh: '未找到。GraphQL 接口位于 /graphql。' },
  linkInvalid: {
    en: 'This download link is not one this server made, or it was cut short. Ask the graph for a new one.',
    zh: '此下载链接无效或不完整，请通过 GraphQL 接口重新获取。',
  },
  linkExpired: {
    en: 'This download link has expired. Ask the graph for a new one.',
    zh: '此下载链接已过期，请通过 GraphQL 接口重新获取。',
  },
  linkUserInactive: {
    en: 'The user this download link was made for is no longer active.',
    zh: '此下载链接所属的用户已停用。',
  },
  invalidCursor: (argument: string): Text => ({ en: `\`${argument}\` is not a valid cursor.`, zh: `\`${argument}\` 不是有效的游标。` }),
  cursorOfOtherOrdering: (argument: string): Text => ({
    en: `\`${argument}\` is a cursor of another ordering; page with the \`orderBy\` it came from.`,
    zh: `\`${argument}\` 是另一种排序的游标；请使用产生它的 \`orderBy\` 翻页。`,
  }),
  firstAndLast: { en: 'Pass either `first` or `last`, not both.', zh: '`first` 与 `last` 只能传其一，不能同时传。' },
  pageSize: (argument: string, max: number, got: number): Text => ({
    en: `\`${argument}\` must be between 0 and ${max} (got ${got}).`,
    zh: `\`${argument}\` 必须在 0 到 ${max} 之间（收到 ${got}）。`,
  }),
  invalidId: (id: string): Text => ({ en: `"${id}" is not a valid ID.`, zh: `“${id}”不是有效的 ID。` }),
  idOfOtherType: (id: string, actual: string, expected: string): Text => ({
    en: `"${id}" is the ID of a ${actual}, not of a ${expected}.`,
    zh: `“${id}”是 ${actual} 的 ID，而不是 ${expected} 的 ID。`,
  }),
  tooManyIds: (max: number, got: number): Text => ({
    en: `At most ${max} IDs at once (got ${got}).`,
    zh: `一次最多 ${max} 个 ID（收到 ${got} 个）。`,
  }),
  decimalFormat: {
    en: 'A Decimal is a string of digits with an optional decimal point, such as "1234.50" (never a float).',
    zh: 'Decimal 是由数字组成的字符串，可带小数点，例如 "1234.50"（不可使用浮点数）。',
  },
  decimalSpaces: {
    en: 'A Decimal is written without spaces around it, e.g. "1234.50".',
    zh: 'Decimal 前后不得有空格，例如 "1234.50"。',
  },
  decimalAsString: { en: 'A Decimal is written as a string, e.g. "1234.50".', zh: 'Decimal 须写成字符串，例如 "1234.50"。' },
  year: (argument: string, from: number, to: number, got: number): Text => ({
    en: `\`${argument}\` must be a year between ${from} and ${to} (got ${got}).`,
    zh: `\`${argument}\` 必须是 ${from} 至 ${to} 之间的年份（收到 ${got}）。`,
  }),

  // Rate limits and deadlines (RATE_LIMITED, REQUEST_TIMEOUT).
  userRateLimited: (seconds: number): Text => ({
    en: `Your budget of query cost is spent for now; retry in ${seconds} s (smaller queries cost less).`,
    zh: `您的查询开销额度暂时用完；请在 ${seconds} 秒后重试（较小的查询开销更少）。`,
  }),
  addressRateLimited: (seconds: number): Text => ({
    en: `Too many requests from this address; retry in ${seconds} s.`,
    zh: `来自该地址的请求过多；请在 ${seconds} 秒后重试。`,
  }),
  statementTimedOut: {
    en: 'A database statement took too long and was stopped; nothing was written. Ask for less, or try again shortly.',
    zh: '某条数据库语句执行过久，已被终止，未写入任何内容。请减少查询内容，或稍后再试。',
  },
  deadlinePassedAfterWrite: (seconds: number): Text => ({
    en: `The request ran longer than ${seconds} s and was stopped after some of its changes were saved. Read what you changed before trying again.`,
    zh: `请求执行超过 ${seconds} 秒，已被终止，但其中部分更改已保存。请先查看已更改的内容，再决定是否重试。`,
  }),
  deadlinePassed: (seconds: number): Text => ({
    en: `The request ran longer than ${seconds} s and was stopped; nothing was written. Ask for less, or try again shortly.`,
    zh: `请求执行超过 ${seconds} 秒，已被终止，未写入任何内容。请减少查询内容，或稍后再试。`,
  }),

  // What the database refused as data (SQLSTATE class 22), by code.
  dataExceptions: {
    '22P05': { en: 'Text contains a character that cannot be stored.', zh: '文本包含无法保存的字符。' },
    '22003': { en: 'A number is out of range.', zh: '数值超出范围。' },
    '22001': { en: 'A text value is too long.', zh: '文本过长。' },
    '22008': { en: 'A date or time is out of range.', zh: '日期或时间超出范围。' },
    '22007': { en: 'A date or time is not valid.', zh: '日期或时间无效。' },
  },
  valueNotStorable: { en: 'A value in the request cannot be stored.', zh: '请求中的某个值无法保存。' },
  tooManyVariableErrors: {
    en: 'The variables hold too many invalid values; checking stopped after the first 50.',
    zh: '变量中的无效值过多，检查在前 50 个之后停止。',
  },

  // Unexpected failures: the message is all the client learns.
  internal: (requestId: string): Text => ({
    en: `Internal server error. Quote request id ${requestId} when reporting it.`,
    zh: `服务器内部错误。反馈问题时请提供请求编号 ${requestId}。`,
  }),

  // Leads for graphql-js messages that have no sentence of their own here; the original follows.
  graphqlLeads: {
    GRAPHQL_PARSE_FAILED: { en: 'The query cannot be parsed.', zh: '查询语句无法解析。' },
    GRAPHQL_VALIDATION_FAILED: { en: 'The query is not valid against the schema.', zh: '查询不符合接口模式。' },
    BAD_USER_INPUT: { en: 'A value in the request is not acceptable.', zh: '请求中的某个值不可接受。' },
    OTHER: { en: 'The request cannot be served.', zh: '无法处理该请求。' },
  },

  // Sign-in through an OIDC issuer (POST /auth/oidc/token); the explorer shows these.
  oidc: {
    notConfigured: {
      en: 'OIDC sign-in is not configured on this server (OIDC_ISSUER, OIDC_CLIENT_ID).',
      zh: '本服务器未配置 OIDC 登录（OIDC_ISSUER、OIDC_CLIENT_ID）。',
    },
    otherOrigin: { en: 'Sign-in codes are accepted only from pages this server serves.', zh: '只接受本服务器所提供页面提交的登录授权码。' },
    notObject: { en: 'The request body must be a JSON object.', zh: '请求体必须是 JSON 对象。' },
    missingField: (name: string): Text => ({ en: `${name} must be a non-empty string.`, zh: `${name} 必须是非空字符串。` }),
    badVerifier: {
      en: 'codeVerifier must be 43 to 128 characters of A-Z, a-z, 0-9, "-", ".", "_", "~" (RFC 7636).',
      zh: 'codeVerifier 须为 43 至 128 个字符，只能包含 A-Z、a-z、0-9、"-"、"."、"_"、"~"（RFC 7636）。',
    },
    badRedirect: { en: 'redirectUri must be an http(s) URL.', zh: 'redirectUri 必须是 http(s) 地址。' },
    noActiveUser: (login: string): Text => ({
      en: `The identity provider signed in "${login}", who is no active user here.`,
      zh: `身份提供方登录的“${login}”在本系统中不是有效用户。`,
    }),
    unreachable: { en: 'The identity provider cannot be reached; try again shortly.', zh: '无法连接身份提供方，请稍后再试。' },
    answered: (status: number): Text => ({ en: `The identity provider answered ${status}.`, zh: `身份提供方返回了 ${status}。` }),
    otherIssuer: (named: string): Text => ({
      en: `The discovery document names issuer "${named}", not OIDC_ISSUER.`,
      zh: `发现文档中的签发方为“${named}”，与 OIDC_ISSUER 不符。`,
    }),
    incompleteDiscovery: {
      en: 'The discovery document lacks authorization_endpoint, token_endpoint or jwks_uri.',
      zh: '发现文档缺少 authorization_endpoint、token_endpoint 或 jwks_uri。',
    },
    codeRefused: (reason: string): Text => ({
      en: `The identity provider refused the code: ${reason}.`,
      zh: `身份提供方拒绝了授权码：${reason}。`,
    }),
    clientRefused: {
      en: 'The identity provider refused this server as its client (check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET).',
      zh: '身份提供方不认可本服务器这一客户端（请检查 OIDC_CLIENT_ID 与 OIDC_CLIENT_SECRET）。',
    },
    noTokens: {
      en: 'The identity provider answered without an access token and an ID token.',
      zh: '身份提供方的应答中没有访问令牌和 ID 令牌。',
    },
    notJson: {
      en: 'The identity provider answered with something other than a JSON object.',
      zh: '身份提供方的应答不是 JSON 对象。',
    },
    idTokenRefused: (why: Text): Text => ({ en: `The ID token was refused: ${why.en}.`, zh: `ID 令牌未通过校验：${why.zh}。` }),
    otherParty: { en: 'it was issued to another authorized party (azp)', zh: '它签发给了其他授权方（azp）' },
    otherNonce: { en: 'its nonce is not the one this sign-in sent', zh: '其 nonce 与本次登录发送的不一致' },
    noSubject: { en: 'it names no subject', zh: '其中没有用户标识（sub）' },
  },

  // Demo sign-in (/auth/demo-users, /auth/demo-token), outside production only.
  demoSignIn: {
    foreignOrigin: { en: 'Demo tokens are only handed to pages this server serves.', zh: '演示令牌只发给本服务器提供的页面。' },
    noLogin: { en: 'Name the demo user: {"login": "staff"}.', zh: '请指明演示用户：{"login": "staff"}。' },
    unknownLogin: { en: 'There is no active demo user with this login.', zh: '没有使用此登录名的有效演示用户。' },
    off: { en: 'Demo sign-in is off on this server.', zh: '本服务器未开放演示登录。' },
  },

  // The explorer page and its files.
  explorer: {
    off: {
      en: 'The explorer is off on this server (EXPLORER=off). POST GraphQL requests to /graphql.',
      zh: '本服务器已关闭接口浏览器（EXPLORER=off）。请以 POST 向 /graphql 发送 GraphQL 请求。',
    },
    notBuilt: {
      en: 'The explorer is not built: run `npm run build` (npm start builds it when missing).',
      zh: '接口浏览器尚未构建：请运行 `npm run build`（npm start 会在缺少时自动构建）。',
    },
    noFile: { en: 'No such explorer file.', zh: '没有这个接口浏览器文件。' },
  },

  // The one answer for an ID in a mutation's input that names nothing the viewer may see.
  nothingWithId: { en: 'Nothing you may see has this ID.', zh: '您可查看的对象中没有此 ID。' },

  // Sentences the modules share, with their own nouns filled in.
  notFound: (what: Text): Text => ({ en: `No ${what.en} has this ID.`, zh: `找不到此 ID 对应的${what.zh}。` }),
  textLength: (what: Text, max: number): Text => ({
    en: `${what.en} must have 1–${max} characters.`,
    zh: `${what.zh}应为 1–${max} 个字符。`,
  }),
  implausibleDate: (date: string): Text => ({ en: `${date} is not a plausible date here.`, zh: `${date} 在此不是合理的日期。` }),
  futureDate: (date: string): Text => ({ en: `${date} is in the future.`, zh: `${date} 是将来的日期。` }),
  notNegative: (field: string): Text => ({ en: `${field} must be 0 or more.`, zh: `${field} 不能小于 0。` }),
});

/** The roles, named in both languages, as one phrase ("A or B" / "A或B"). */
export function rolesPhrase(roles: Role[]): Text {
  return joinTexts(
    roles.map((r) => roleNames[r]),
    { en: ' or ', zh: '或' },
  );
}
