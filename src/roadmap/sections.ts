/**
 * The sections of a roadmap, in the order every renderer shows them: the one list the HTML page (and so
 * the preview) and the Markdown text are built from. A renderer provides one function per section id;
 * a new section here is a compile error until each renderer has one.
 */
import type { MessageKey } from '../i18n/index.js';
import type { Roadmap } from './model.js';

export const ROADMAP_SECTION_IDS = [
    'header', 'goals', 'progress', 'timeline', 'funnels', 'budget', 'audience', 'competitors', 'content', 'regulations', 'team', 'raci', 'risks'
] as const;

export type RoadmapSectionId = typeof ROADMAP_SECTION_IDS[number];

export interface RoadmapSection {
    id: RoadmapSectionId;
    /** Whether the strategy declares anything this section shows (a section without shows that it has none). */
    hasContent: boolean;
}

/** What makes each section non-empty. */
const HAS_CONTENT: Record<RoadmapSectionId, (roadmap: Roadmap) => boolean> = {
    header: () => true,
    goals: roadmap => roadmap.goals.length > 0,
    progress: roadmap => roadmap.progress !== undefined,
    timeline: roadmap => roadmap.timeline.start !== undefined && roadmap.timeline.end !== undefined,
    funnels: roadmap => roadmap.funnels.length > 0,
    budget: roadmap => roadmap.budget.budget !== undefined || roadmap.budget.byChannel.length > 0 || roadmap.budget.byPhase.length > 0,
    audience: roadmap => roadmap.segments.length > 0,
    competitors: roadmap => roadmap.products.length > 0 || roadmap.competitors.length > 0,
    content: roadmap => roadmap.content.rubrics.length > 0,
    regulations: roadmap => roadmap.regulations.length > 0,
    team: roadmap => roadmap.team.duties.length + roadmap.team.approvals.length + roadmap.team.serviceLevels.length > 0,
    // The matrix adds to the regulations only where someone is accountable, consulted or informed.
    raci: roadmap => roadmap.team.raci.some(row => row.accountable.length + row.consulted.length + row.informed.length > 0),
    risks: roadmap => roadmap.risks.length > 0 || roadmap.adjustRules.length > 0
};

/** The sections of this roadmap, in order. */
export function roadmapSections(roadmap: Roadmap): RoadmapSection[] {
    return ROADMAP_SECTION_IDS.map(id => ({ id, hasContent: HAS_CONTENT[id](roadmap) }));
}

/** The heading of a section (the header's is the strategy's own title). */
export function sectionTitleKey(id: Exclude<RoadmapSectionId, 'header'>): MessageKey {
    return `roadmap.${id}.title`;
}
