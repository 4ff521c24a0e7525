/**
 * A strategy of about `lines` lines for benchmarks: one strategy block whose declarations repeat with
 * numbered names (roles, segments, channels, funnels, goals with KPIs, rubrics, phases, risks).
 */
export function generateStrategy(lines: number): string {
    const out = ['strategy "Benchmark strategy" {', '    period 2027-01-01 .. 2027-12-31', '    currency RUB', '    budget 90 000 000'];
    for (let i = 0; out.length < lines - 1; i++) {
        out.push(
            `    role Manager${i} "Manager ${i}"`,
            `    segment Segment${i} "Segment ${i}" {`,
            '        size 45 000',
            '        age 18..35',
            `        pain "Pain ${i}"`,
            `        channels vk${i}`,
            '    }',
            `    channel vk${i} { budget 100 000 cpm 200 ctr 1% }`,
            `    funnel Funnel${i} for Segment${i} {`,
            `        stage Reach via vk${i}`,
            '        stage Click conversion 1%',
            '        stage Order conversion 5%',
            '    }',
            `    goal Goal${i} "Orders ${i}" {`,
            `        segment Segment${i}`,
            `        kpi orders >= 100 per month by 2027-12-31 from Funnel${i}.Order`,
            `        owner Manager${i}`,
            '    }',
            `    risk Risk${i} "Risk ${i}" probability 10% impact 10 000`,
            ''
        );
    }
    out.push('}');
    return out.join('\n') + '\n';
}
