/**
 * A strategy whose every text is an attack on one of the renderers: HTML and SVG injection, attribute
 * breaking, Markdown links and tables, spreadsheet formulas, and iCalendar property injection.
 */
export const HOSTILE_STRATEGY = [
    'strategy «<script>alert(1)</script>» {',
    '  period 2027-01-01 .. 2027-03-31',
    '  currency RUB',
    '  budget 100000',
    '  company-goal «"><img src=x onerror=alert(1)>»',
    "  role Smm «=cmd|' /C calc'!A0»",
    '  channel vk «+SUM(1,2)» { budget 50000 cpm 100 }',
    '  segment S «[click](javascript:alert(1))» { pain «<b onmouseover=alert(1)>x</b>» channels vk }',
    '  product P «Cup» { usp «| cell | injection |» }',
    '  goal G «`code` *bold* https://evil.example» { kpi orders >= 10 by 2027-03-31 owner Smm }',
    '  content { rubric R «@SUM(A1)\r\nBEGIN:VEVENT\r\nSUMMARY:pwned» on vk 1 per week format «-2+3», «\tTab» owner Smm goal G }',
    '  phase Ph «<style>body{display:none}</style>» 2027-01-01 .. 2027-01-31 {',
    '    task T «</svg><script>alert(3)</script>» owner Smm due 2027-01-10',
    '    milestone «<iframe src=https://evil.example>» by 2027-01-20',
    '  }',
    '  risk Rk «<a href="javascript:alert(1)">r</a>» probability 10% impact 1000 mitigation «&lt;x&gt;» owner Smm',
    '  adjust when ctr < 1% then «<img src=x onerror=alert(2)>» owner Smm',
    '}',
    ''
].join('\n');

/** The texts above, as a reader must see them: literally. */
export const HOSTILE_TEXTS = [
    '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "=cmd|' /C calc'!A0", '<b onmouseover=alert(1)>x</b>',
    '</svg><script>alert(3)</script>', '<img src=x onerror=alert(2)>'
];
