import { platformMessages } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';

// graphql-js and Apollo write their messages in English. These are their common ones, put into
// Chinese by pattern; the quoted names (fields, types, variables, values) stay exactly as they are.
// A message no pattern knows gets a Chinese lead sentence with the original as its detail.

type Rule = [RegExp, (m: string[], detail: (message: string) => string) => string];

const KINDS: Record<string, string> = {
  argument: '参数',
  variable: '变量',
  fragment: '片段',
  operation: '操作',
  'input field': '输入字段',
  directive: '指令',
  type: '类型',
};

/** ` Did you mean "a", "b", or "c"?` → ` 你是想用 "a"、"b" 或 "c" 吗？` */
function suggestion(rest: string | undefined): string {
  const match = /^\s*Did you mean (the enum value )?(.+)\?\s*$/.exec(rest ?? '');
  if (!match) return rest?.trim() ? ` ${rest.trim()}` : '';
  const names = (match[2] ?? '').replace(/,? or /g, ' 或 ').replace(/, /g, '、');
  return `你是想用${match[1] ? '枚举值 ' : ' '}${names} 吗？`;
}

const RULES: Rule[] = [
  [/^Cannot query field "([^"]+)" on type "([^"]+)"\.(.*)$/s, (m) => `类型 "${m[2]}" 上没有字段 "${m[1]}"。${suggestion(m[3])}`],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"\.(.*)$/s, (m) => `字段 "${m[2]}" 没有参数 "${m[1]}"。${suggestion(m[3])}`],
  [/^Unknown argument "([^"]+)" on directive "([^"]+)"\.(.*)$/s, (m) => `指令 "${m[2]}" 没有参数 "${m[1]}"。${suggestion(m[3])}`],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.$/,
    (m) => `字段 "${m[1]}" 的参数 "${m[2]}"（类型 "${m[3]}"）为必填，但未提供。`,
  ],
  [/^Variable "(\$[^"]+)" of required type "([^"]+)" was not provided\.$/, (m) => `变量 "${m[1]}"（类型 "${m[2]}"）为必填，但未提供。`],
  [/^Variable "(\$[^"]+)" of non-null type "([^"]+)" must not be null\.$/, (m) => `变量 "${m[1]}"（非空类型 "${m[2]}"）不能为 null。`],
  [/^Variable "(\$[^"]+)" got invalid value (.*?); (.*)$/s, (m, detail) => `变量 "${m[1]}" 的值 ${m[2]} 无效：${detail(m[3] ?? '')}`],
  [/^Variable "(\$[^"]+)" got invalid value (.*)$/s, (m) => `变量 "${m[1]}" 的值 ${m[2]} 无效。`],
  [
    /^Expected value of type "([^"]+)", found (.*?); (.*)$/s,
    (m, detail) => `应为 "${m[1]}" 类型的值，实际为 ${m[2]}：${detail(m[3] ?? '')}`,
  ],
  [/^Expected value of type "([^"]+)", found (.*)\.$/s, (m) => `应为 "${m[1]}" 类型的值，实际为 ${m[2]}。`],
  [/^Expected type "([^"]+)"\.\s*(.*)$/s, (m, detail) => `应为 "${m[1]}" 类型。${m[2] ? detail(m[2]) : ''}`],
  [/^\s*Did you mean .+\?\s*$/s, (m) => suggestion(m[0])],
  [/^Syntax Error: (.*)$/s, (m, detail) => `语法错误：${detail(m[1] ?? '')}`],
  [/^Expected (.+?), found (.+)\.$/s, (m) => `此处应为 ${m[1]}，实际为 ${m[2]}。`],
  [/^Unexpected (.+)\.$/s, (m) => `意外的 ${m[1]}。`],
  [/^Unterminated string\.$/, () => '字符串没有结束引号。'],
  [/^Unknown type "([^"]+)"\.(.*)$/s, (m) => `未知类型 "${m[1]}"。${suggestion(m[2])}`],
  [/^Unknown fragment "([^"]+)"\.$/, (m) => `未知片段 "${m[1]}"。`],
  [/^Unknown directive "([^"]+)"\.$/, (m) => `未知指令 "${m[1]}"。`],
  [/^Unknown operation named "([^"]+)"\.$/, (m) => `没有名为 "${m[1]}" 的操作。`],
  [/^Fragment "([^"]+)" is never used\.$/, (m) => `片段 "${m[1]}" 未被使用。`],
  [/^Variable "(\$[^"]+)" is never used(?: in operation "([^"]+)")?\.$/, (m) => `变量 "${m[1]}" 未被使用。`],
  [/^Variable "(\$[^"]+)" is not defined(?: by operation "([^"]+)")?\.$/, (m) => `变量 "${m[1]}" 未定义。`],
  [
    /^Variable "(\$[^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    (m) => `变量 "${m[1]}" 的类型为 "${m[2]}"，但此处需要 "${m[3]}" 类型。`,
  ],
  [
    /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\. Did you mean "(.+)"\?$/s,
    (m) => `字段 "${m[1]}"（类型 "${m[2]}"）必须选择子字段。你是想写 "${m[3]}" 吗？`,
  ],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    (m) => `类型 "${m[2]}" 没有子字段，字段 "${m[1]}" 不能带子选择。`,
  ],
  [/^Field "([^"]+)" is not defined by type "([^"]+)"\.(.*)$/s, (m) => `类型 "${m[2]}" 没有定义字段 "${m[1]}"。${suggestion(m[3])}`],
  [/^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/, (m) => `必填字段 "${m[1]}"（类型 "${m[2]}"）未提供。`],
  [/^Value "([^"]+)" does not exist in "([^"]+)" enum\.(.*)$/s, (m) => `枚举 "${m[2]}" 中没有值 "${m[1]}"。${suggestion(m[3])}`],
  [/^Enum "([^"]+)" cannot represent non-enum value: (.*?)\.(.*)$/s, (m) => `枚举 "${m[1]}" 不能表示非枚举值 ${m[2]}。${suggestion(m[3])}`],
  [/^(String|Int|Float|Boolean|ID) cannot represent .*?: (.*)$/s, (m) => `${m[1]} 类型不能表示值 ${m[2]}。`],
  [/^There can be only one (.+?) named "([^"]+)"\.$/, (m) => `名为 "${m[2]}" 的${KINDS[m[1] ?? ''] ?? m[1]}只能有一个。`],
  [/^Must provide operation name if query contains multiple operations\.$/, () => '文档包含多个操作时，必须提供操作名。'],
  [/^Must provide query string\.$/, () => '必须提供查询语句。'],
  [
    /^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/,
    () => 'GraphQL 请求必须包含非空的 `query` 或 `persistedQuery` 扩展。',
  ],
];

/** A match's groups, an empty string for each group that took no part. */
function groupsOf(match: RegExpExecArray): string[] {
  return [...match].map((group) => group || '');
}

/**
 * The Chinese of a message graphql-js, Apollo or a scalar wrote in English. `known` is the
 * localized text of an error inside it (a scalar of ours), used where its English appears.
 */
export function chineseOf(message: string, code: string, known?: Text): string {
  const detail = (part: string): string => {
    if (known?.en === part.trim()) return known.zh;
    for (const [pattern, render] of RULES) {
      const match = pattern.exec(part);
      if (match) return render(groupsOf(match), detail);
    }
    return part;
  };
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(message);
    if (match) return render(groupsOf(match), detail);
  }
  if (known?.en === message) return known.zh;
  const leads = platformMessages.graphqlLeads;
  const lead = code in leads ? leads[code as keyof typeof leads] : leads.OTHER;
  return `${lead.zh}${message}`;
}
