/** The audience's segments, our products and the competitors. */
import { customerValueOf } from '../../analysis/economics.js';
import type { Competitor, Product, Segment } from '../../language/generated/ast.js';
import type { RoadmapCompetitor, RoadmapProduct, RoadmapSegment } from '../model.js';
import { namedRefs, rationaleOf, singular, sourceOf } from './refs.js';

export function compileSegment(segment: Segment): RoadmapSegment {
    return {
        name: segment.name ?? '',
        title: segment.title,
        rationale: rationaleOf(segment),
        size: segment.size,
        age: segment.age && { min: segment.age.min, max: segment.age.max },
        geo: segment.geo,
        gender: segment.gender,
        income: segment.income,
        interests: [...segment.interests],
        pains: [...segment.pains],
        motives: [...segment.motives],
        objections: [...segment.objections],
        channels: namedRefs(segment.channels),
        source: sourceOf(segment)
    };
}

export function compileProduct(product: Product): RoadmapProduct {
    const { per, payments, basis, value } = customerValueOf(product);
    return {
        name: product.name ?? '', title: product.title, price: product.price?.amount, per, margin: product.margin?.value,
        usp: product.usp, rationale: rationaleOf(product), perCustomer: basis !== 'once' ? { payments, basis, value } : undefined, source: sourceOf(product)
    };
}

export function compileCompetitor(competitor: Competitor): RoadmapCompetitor {
    return {
        name: competitor.name ?? '',
        title: competitor.title,
        strengths: [...competitor.strengths],
        weaknesses: [...competitor.weaknesses],
        usp: competitor.usp,
        price: competitor.price?.amount,
        per: competitor.pricePer && singular(competitor.pricePer),
        priceUnit: competitor.priceUnit,
        channels: namedRefs(competitor.channels),
        source: sourceOf(competitor)
    };
}
