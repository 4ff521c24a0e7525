// The custom requests between the VS Code client and the language server, declared once and imported by
// both sides.

import { RequestType } from 'vscode-languageserver-protocol';

export interface HealthParams {
    /** The document whose strategy (the files of its folder) is asked about. */
    uri: string;
}

/** How a strategy stands: the numbers, and the text the status bar shows, in the server's language. */
export interface StrategyHealth {
    goals: number;
    /** Goals whose every SMART criterion holds. */
    smartGoals: number;
    /** Allocated budget ÷ strategy budget, in percent; absent without a budget. */
    budgetShare?: number;
    /** (Σ gross profit − spend) ÷ spend, in percent; absent when the funnels say nothing of profit. */
    romi?: number;
    /** Problems in the files of the strategy. */
    errors: number;
    warnings: number;
    /** `Goals 3/4 SMART · budget 92% · ROMI 140%`. */
    text: string;
    tooltip: string;
}

/** `smm/health`: the health of the strategy of a document; null for a document the server does not know. */
export const HealthRequest = new RequestType<HealthParams, StrategyHealth | null, void>('smm/health');
