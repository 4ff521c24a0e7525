/** The RACI matrix laid out: the roles as columns (in the order they are declared) and each item's letters per role. */
import type { NamedRef, Roadmap, RoadmapRaciRow } from '../model.js';

export interface RaciMatrix {
    roles: NamedRef[];
    /** `cells[i]` are the letters of `roles[i]` for the item: `R`, `A`, `RA`, `C`, `I` or ''. */
    rows: Array<{ item: RoadmapRaciRow; cells: string[] }>;
}

export function raciMatrix(roadmap: Roadmap): RaciMatrix {
    const roles: NamedRef[] = roadmap.regulations.map(regulation => ({ name: regulation.role, title: regulation.title }));
    const rows = roadmap.team.raci.map(item => ({
        item,
        cells: roles.map(role => [
            item.responsible.includes(role.name) ? 'R' : '',
            item.accountable.includes(role.name) ? 'A' : '',
            item.consulted.includes(role.name) ? 'C' : '',
            item.informed.includes(role.name) ? 'I' : ''
        ].join(''))
    }));
    return { roles, rows };
}
