// The explorer's own words, in the browser's language: Chinese when the browser prefers it, as the
// graph answers that browser (its Accept-Language); English otherwise. GraphiQL's own labels stay English.

const preferred = [...navigator.languages, navigator.language].find((tag) => /^(zh|en)(-|$)/i.test(tag));
const zh = preferred !== undefined && /^zh(-|$)/i.test(preferred);

const pick = (en: string, chinese: string) => (zh ? chinese : en);

export const words = {
  bar: pick('Sign-in', '登录'),
  signedInAs: pick('Signed in as', '当前用户'),
  checking: pick('Checking the token…', '正在核验令牌…'),
  signOut: pick('Sign out', '退出'),
  organisation: pick('Sign in with your organisation', '使用单位账号登录'),
  demoUsers: pick('Demo users:', '演示用户：'),
  pastePlaceholder: pick('or paste a token', '或粘贴令牌'),
  pasteLabel: pick('Bearer token', '令牌'),
  useToken: pick('Use token', '使用令牌'),
  optionsFailed: (why: string) => pick(`Sign-in options could not be loaded: ${why}`, `无法加载登录方式：${why}`),
  signedOut: (why: string) => pick(`Signed out: ${why}`, `已退出登录：${why}`),
  signInFirst: pick(
    'Sign in first (the bar above): every request to the graph needs a token.',
    '请先登录（见上方）：访问本接口的每个请求都需要令牌。',
  ),
  notAccepted: pick('The token was not accepted.', '令牌未被接受。'),
  idpRefused: (why: string) => pick(`The identity provider refused: ${why}`, `身份提供方拒绝了登录：${why}`),
  stateMismatch: pick('The sign-in answer does not match a sign-in started here; try again.', '登录应答与本页发起的登录不符，请重试。'),
};
