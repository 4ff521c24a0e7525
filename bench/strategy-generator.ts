/**
 * A strategy of about `lines` lines for benchmarks, shaped like a real one grown large: a team of eight
 * roles, ten channels, segments and funnels, then goals, a content plan and phases full of tasks until
 * the text is long enough.
 */
export function generateStrategy(lines: number): string {
    const out = ['strategy "Benchmark strategy" {', '    period 2027-01-01 .. 2027-12-31', '    currency RUB', '    budget 90 000 000'];
    for (let i = 0; i < 8; i++) {
        out.push(`    role Manager${i} "Manager ${i}"`);
    }
    for (let i = 0; i < 10; i++) {
        out.push(
            `    channel vk${i} { budget 100 000 cpm 200 ctr 1% }`,
            `    segment Segment${i} "Segment ${i}" {`, '        size 45 000', '        age 18..35', `        pain "Pain ${i}"`, `        channels vk${i}`, '    }',
            `    funnel Funnel${i} for Segment${i} {`, `        stage Reach via vk${i}`, '        stage Click conversion 1%', '        stage Order conversion 5%', '    }'
        );
    }
    for (let i = 0; out.length < lines - 1; i++) {
        out.push(
            `    goal Goal${i} "Orders ${i}" {`,
            `        segment Segment${i % 10}`,
            `        kpi orders >= 100 per month by 2027-12-31 from Funnel${i % 10}.Order`,
            `        owner Manager${i % 8}`,
            '    }',
            '    content {',
            `        rubric Rubric${i} "Rubric ${i}" on vk${i % 10} 2 per week format "reels" owner Manager${i % 8} goal Goal${i}`,
            '    }',
            `    phase Phase${i} "Phase ${i}" 2027-01-01 .. 2027-12-31 {`,
            `        task Brief${i} "Brief ${i}" owner Manager${i % 8} format "doc" due 2027-02-01`,
            `        task Shoot${i} "Shoot ${i}" owner Manager${(i + 1) % 8} format "video" due 2027-03-01 after Brief${i}`,
            `        milestone "Milestone ${i}" by 2027-04-01`,
            '    }',
            `    risk Risk${i} "Risk ${i}" probability 10% impact 10 000 mitigation "Plan B" owner Manager${i % 8}`,
            ''
        );
    }
    out.push('}');
    return out.join('\n') + '\n';
}
