// Prints how long the HTML roadmap takes for the coffee example and for a generated 5,000-line strategy:
// loading (parse, link, validate), the analysis (cached by validation when it used it), compiling the Roadmap
// model, and rendering the HTML document.
// A measurement to read, not a test: `node scripts/render-timing.mjs` after `npm run build`.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const RUNS = 5;

/** The roadmap pipeline as the CLI runs it, bundled from the sources so that each step can be timed. */
async function loadPipeline(folder) {
    const entry = `
        import './src/polyfill.ts';
        export { loadStrategies } from './src/cli/workspace.ts';
        export { compileRoadmap } from './src/roadmap/compile.ts';
        export { renderHtmlDocument } from './src/roadmap/render/html.ts';
    `;
    const outfile = join(folder, 'pipeline.mjs');
    await esbuild.build({
        stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
        bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error',
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
    });
    return import(pathToFileURL(outfile).href);
}

/** A strategy of about `lines` lines: a two-year plan with every kind of declaration, repeated. */
function generateStrategy(lines) {
    const out = ['strategy "Generated two-year strategy" {', '    period 2027-01-01 .. 2028-12-31', '    currency USD',
        '    budget 5 000 000', '    company-goal "Grow online revenue"'];
    const roles = 12;
    for (let r = 0; r < roles; r++) {
        out.push(`    role Role${r} "Role number ${r}"`);
    }
    for (let i = 0; out.length < lines - 1; i++) {
        const owner = `Role${i % roles}`;
        out.push(
            `    channel ch${i} "Channel ${i}" { budget 1 000  cpm 8  ctr 1% }`,
            `    segment Seg${i} "Segment ${i}" {`,
            `        size 10 000  age 20..40  geo "City ${i}"`,
            `        pain "Pain ${i}"  motive "Motive ${i}"  channels ch${i}`,
            '    }',
            `    product Prod${i} "Product ${i}" { price 10  margin 50%  usp "USP ${i}" }`,
            `    competitor Comp${i} "Competitor ${i}" { strength "Strong ${i}" weakness "Weak ${i}" channels ch${i} }`,
            `    funnel Fun${i} "Funnel ${i}" for Seg${i} sells Prod${i} {`,
            `        stage Seen via ch${i} volume 125 000 impressions`,
            '        stage Tap conversion 1%',
            '        stage Buy conversion 10%',
            '    }',
            `    goal Goal${i} "Goal ${i}: 125 buyers by the end of 2028" {`,
            `        segment Seg${i}`,
            `        kpi customers >= 100 by 2028-12-31 from Fun${i}.Buy`,
            '        kpi cac <= 100 USD',
            `        owner ${owner}`,
            '    }',
            `    content { rubric Rub${i} "Rubric ${i}" on ch${i} ${1 + i % 3} per ${i % 2 ? 'week' : '2 weeks'} format post owner ${owner} goal Goal${i} }`,
            `    phase Phase${i} "Phase ${i}" 2027-${String(1 + i % 12).padStart(2, '0')}-01 .. 2028-${String(1 + i % 12).padStart(2, '0')}-28 {`,
            `        task T${i}a "Task ${i}a" owner ${owner} format "Doc" due 2027-${String(1 + i % 12).padStart(2, '0')}-15 step 1 cost 100`,
            `        task T${i}b "Task ${i}b" owner ${owner} due 2028-${String(1 + i % 12).padStart(2, '0')}-10 step 2 after T${i}a`,
            `        milestone "Milestone ${i}" by 2028-${String(1 + i % 12).padStart(2, '0')}-20`,
            '    }',
            `    risk Risk${i} "Risk ${i}" probability 10% impact 1 000 mitigation "Plan B" owner ${owner}`,
            `    adjust when ctr < 0.5% for 7 days then "Replace creatives ${i}" owner ${owner}`
        );
    }
    out.push('}');
    return `${out.join('\n')}\n`;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

async function measure(pipeline, label, files) {
    const steps = { load: [], analysis: [], compile: [], render: [] };
    let size = 0;
    let posts = 0;
    for (let run = 0; run < RUNS; run++) {
        let start = performance.now();
        const { services, files: loaded } = await pipeline.loadStrategies(files, 'en');
        steps.load.push(performance.now() - start);
        start = performance.now();
        const analysis = services.analysis.StrategyAnalyzer.forDocument(loaded[0].document);
        steps.analysis.push(performance.now() - start);
        start = performance.now();
        const roadmap = pipeline.compileRoadmap(analysis, { locale: 'en', today: new Date(Date.UTC(2027, 5, 1)) });
        steps.compile.push(performance.now() - start);
        start = performance.now();
        const html = pipeline.renderHtmlDocument(roadmap, 'en');
        steps.render.push(performance.now() - start);
        size = Buffer.byteLength(html);
        posts = roadmap.content.calendar.posts.length;
    }
    const ms = values => `${median(values).toFixed(1)} ms`;
    console.log(`${label}: load (parse, link, validate) ${ms(steps.load)}, analysis ${ms(steps.analysis)}, compile roadmap ${ms(steps.compile)}, `
        + `render HTML ${ms(steps.render)}; ${(size / 1024).toFixed(0)} KiB, ${posts} planned posts (median of ${RUNS})`);
}

const folder = mkdtempSync(join(tmpdir(), 'smm-timing-'));
try {
    const pipeline = await loadPipeline(folder);
    await measure(pipeline, 'examples/coffee-en', ['examples/coffee-en/strategy.smm', 'examples/coffee-en/audience.smm']);
    const text = generateStrategy(5000);
    const big = join(folder, 'generated.smm');
    writeFileSync(big, text);
    await measure(pipeline, `generated strategy, ${text.split('\n').length - 1} lines`, [big]);
} finally {
    rmSync(folder, { recursive: true, force: true });
}
