/**
 * The ids of the extension's commands and of its preview panel, declared once: the extension registers and
 * runs them, the language server's code lens names one, and package.json contributes them (a unit test
 * holds package.json to this list).
 */
export const Commands = {
    restartServer: 'smm.restartServer',
    showPreview: 'smm.showPreview',
    showPreviewToSide: 'smm.showPreviewToSide',
    exportRoadmap: 'smm.exportRoadmap',
    togglePreviewLock: 'smm.togglePreviewLock',
    importActuals: 'smm.importActuals'
} as const;

export type CommandId = typeof Commands[keyof typeof Commands];

/** The view type of the roadmap preview panel (`activeWebviewPanelId` in package.json's `when` clauses). */
export const PREVIEW_VIEW_TYPE = 'smm.preview';
