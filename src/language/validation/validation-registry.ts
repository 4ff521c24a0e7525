import {
    ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

const MESSAGE_CONTEXT = 'An error occurred during validation';

/**
 * The checks of each node type as a plain list, and checks that run synchronously when they are
 * synchronous. Langium wraps every check in two async functions and builds a new stream of checks for each
 * node: for a 5,000-line strategy that is hundreds of thousands of promises per keystroke, a large part of
 * the garbage collector's work. Every check of this language is synchronous; a check that returns a
 * promise is still awaited, and an exception is still reported as a diagnostic on the node.
 */
export class SmmValidationRegistry extends ValidationRegistry {
    private readonly checkLists = new Map<string, ValidationCheck[]>();

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node: AstNode, accept: ValidationAcceptor, cancelToken: CancellationToken) => {
            let result: unknown;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.handleException(() => { throw error; }, MESSAGE_CONTEXT, accept, node);
            }
            return result instanceof Promise ? this.handleException(() => result as Promise<void>, MESSAGE_CONTEXT, accept, node) : undefined;
        };
    }

    protected override addEntry(...args: Parameters<ValidationRegistry['addEntry']>): void {
        this.checkLists.clear();
        super.addEntry(...args);
    }

    /** The checks of `type` in the given categories, as `getChecks` streams them, computed once. */
    checksOf(type: string, categories: ValidationCategory[] | undefined): ValidationCheck[] {
        const key = categories ? `${type}:${categories.join(',')}` : type;
        let checks = this.checkLists.get(key);
        if (!checks) {
            checks = this.getChecks(type, categories).toArray();
            this.checkLists.set(key, checks);
        }
        return checks;
    }
}
