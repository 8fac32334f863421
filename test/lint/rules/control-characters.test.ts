// control-characters (issue 14 item 7): ESC, BEL and the bidi controls in a value are reported,
// and removed by the fix; a C1 character is reported without a fix (a wrong encoding, most often).
import { controlCharacters } from '../../../src/lint/rules/control-characters.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

// A raw ESC and BEL inside a plain value, as the attack plan had them.
const raw = (yaml: string, text: string) => yaml.replace('GIỮ CHỖ', text);
const esc = raw(planYaml('state', { mo_dau: 'GIỮ CHỖ' }), 'Sở xây dựng kế hoạch\u001b]0;pwned\u0007 như sau.');
// U+202E inside the signer's name: "Nguyễn Văn A" displayed reversed after it.
const bidi = planYaml('state').replace(/ho_ten: (.+)/, (_, name: string) => `ho_ten: ${name.slice(0, 3)}\u202E${name.slice(3)}`);
const c1 = raw(planYaml('party', { mo_dau: 'GIỮ CHỖ' }), 'Ban Dân vận\u0085 xây dựng kế hoạch.');

testRule(controlCharacters, {
  valid: [
    { yaml: planYaml('state') },
    { yaml: planYaml('party') },
    { name: 'a tab and line breaks are not control characters here', yaml: planYaml('state', { mo_dau: 'Một\tdòng.' }) },
  ],
  invalid: [
    {
      name: 'ESC … BEL (a terminal title sequence) inside a value',
      yaml: esc,
      findings: [
        { messageId: 'control', line: at(esc, '\u001b').line, column: at(esc, '\u001b').column, endColumn: at(esc, '\u001b').column + 1 },
        { messageId: 'control', line: at(esc, '\u0007').line, column: at(esc, '\u0007').column, endColumn: at(esc, '\u0007').column + 1 },
      ],
      output: esc.replace('\u001b', '').replace('\u0007', ''),
    },
    {
      name: 'U+202E in the signer’s name',
      yaml: bidi,
      findings: [{ messageId: 'bidi', line: at(bidi, '\u202E').line, column: at(bidi, '\u202E').column }],
      output: bidi.replace('\u202E', ''),
    },
    { name: 'C1 (NEL): reported, not fixed', yaml: c1, findings: [{ messageId: 'encoding', line: at(c1, '\u0085').line, column: at(c1, '\u0085').column }] },
  ],
});
