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

/**
 * Attacks on every output at once: markup and script in content, attributes, `<style>`, `<script>` and
 * SVG; URLs with `javascript:`; entities that must not be decoded; spreadsheet formulas; iCalendar line
 * breaks, properties and escapes; Markdown links, images, HTML, tables, code and block syntax.
 */
export const ATTACKS = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    '</style><script>alert(1)</script>',
    '</script><script>alert(1)</script>',
    '</title></svg><svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<a href="javascript:alert(1)">link</a>',
    'javascript:alert(1)',
    '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;',
    '<!-- comment --><![CDATA[ x ]]><math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<form action="javascript:alert(1)"><button>x</button></form><input onfocus=alert(1) autofocus>',
    '=HYPERLINK("https://evil.example","click")',
    '+SUM(1,2)',
    '-2+3',
    '@SUM(A1)',
    '\tTab',
    '\rCR first',
    'line\r\nBEGIN:VEVENT\r\nSUMMARY:pwned\r\nEND:VEVENT',
    'a,b;c\\d:e\\n\\, X-PROP;VALUE=TEXT:x',
    '[x](javascript:alert(1)) ![img](https://evil.example/x.png) [ref]: javascript:alert(1)',
    '<https://evil.example> https://evil.example www.evil.example',
    'www.evil.com evil@evil.com mailto:evil@evil.com xmpp:evil@evil.com',
    '| cell | injection |\n|---|---|',
    '`code` *bold* _em_ ~~del~~ **strong**',
    '# heading\n- list\n1. item\n> quote\n---',
    '\\[not a link\\](x) \\<b\\>',
    `long ${'Ωmega 界 '.repeat(40)}`
] as const;

/** A marker that names a field in every output it reaches: `#F07`. */
export function markerOf(field: number): string {
    return `#F${String(field).padStart(2, '0')}`;
}

/**
 * The text of the `index`th string field: an attack, the field's marker, another attack. The first field,
 * the strategy's title, which reaches every output but the CSV (the `<title>` and the heading, the
 * calendar's name), gets every attack.
 */
export function payloadOf(index: number): string {
    if (index === 0) {
        return `${ATTACKS.join(' ')} ${markerOf(index)}`;
    }
    return `${ATTACKS[index % ATTACKS.length]} ${markerOf(index)} ${ATTACKS[(index + 11) % ATTACKS.length]}`;
}

/**
 * A strategy that fills every string the grammar allows (titles, texts, lists of texts, formats) with
 * attacks, each with its own marker; `fields` says which property got which text. With `plainText`
 * instead of the attacks it is the same strategy in harmless words, to compare the structure of outputs. Strings are
 * written in «guillemets», where every character but `»` stands for itself (line breaks, tabs, quotes).
 */
export function everyFieldStrategy(payload: (index: number) => string = payloadOf): { text: string; fields: Map<string, string[]> } {
    const fields = new Map<string, string[]>();
    let count = 0;
    const s = (field: string) => {
        const text = payload(count++);
        fields.set(field, [...fields.get(field) ?? [], text]);
        return `«${text}»`;
    };
    const text = [
        `strategy ${s('Strategy.title')} {`,
        '  period 2027-01-01 .. 2027-03-31',
        '  currency RUB',
        '  budget 100000',
        `  company-goal ${s('CompanyGoalSetting.text')}`,
        `  role Smm ${s('Role.title')}`,
        `  channel vk ${s('Channel.title')} { budget 50000 cpm 100 }`,
        `  product P ${s('Product.title')} { price 500 margin 40% usp ${s('Product.usp')} }`,
        `  competitor C ${s('Competitor.title')} { strength ${s('Competitor.strengths')} strength ${s('Competitor.strengths')}`
        + ` weakness ${s('Competitor.weaknesses')} usp ${s('Competitor.usp')} price 400 per ${s('Competitor.priceUnit')} channels vk }`,
        `  segment S ${s('Segment.title')} { size 1000 age 18..30 geo ${s('Segment.geo')} gender ${s('Segment.gender')}`
        + ` income ${s('Segment.income')} interest ${s('Segment.interests')} pain ${s('Segment.pains')} pain ${s('Segment.pains')}`
        + ` motive ${s('Segment.motives')} objection ${s('Segment.objections')} channels vk }`,
        `  metric tastings ${s('Metric.title')} { unit count description ${s('Metric.description')} }`,
        `  funnel F ${s('Funnel.title')} for S sells P {`,
        `    stage Reach ${s('Stage.title')} via vk`,
        `    stage Buy ${s('Stage.title')} conversion 2%`,
        '  }',
        `  goal G ${s('Goal.title')} { segment S kpi tastings >= 10 by 2027-03-31 kpi orders >= 5 by 2027-02-28 owner Smm }`,
        `  content { rubric R ${s('Rubric.title')} on vk 1 per week format ${s('Rubric.formats')}, stories, ${s('Rubric.formats')} owner Smm goal G }`,
        `  phase Ph ${s('Phase.title')} 2027-01-01 .. 2027-01-31 {`,
        `    task T ${s('Task.title')} owner Smm format ${s('Task.format')} deliverable ${s('Task.deliverable')} due 2027-01-10 cost 1000`,
        `    task ${s('Task.title')} owner Smm due 2027-01-20 after T`,
        `    milestone ${s('Milestone.title')} by 2027-01-20`,
        '  }',
        `  risk Rk ${s('Risk.title')} probability 10% impact 1000 mitigation ${s('Risk.mitigation')} owner Smm`,
        `  duty D ${s('Duty.title')} every monday owner Smm format ${s('Duty.format')} deliverable ${s('Duty.deliverable')} to Smm`,
        `  approval A ${s('Approval.title')} for rubric R task T spending above 5000 { approve Smm within 1 day }`,
        `  response Rs ${s('ServiceLevel.title')} within 2 hours on vk owner Smm measure tastings`,
        `  adjust when ctr < 1% for 7 days then ${s('AdjustRule.action')} owner Smm`,
        '}',
        ''
    ].join('\n');
    return { text, fields };
}

/** Harmless text with the same marker, for the same strategy without attacks. */
export function plainText(index: number): string {
    return `plain text ${markerOf(index)}`;
}
