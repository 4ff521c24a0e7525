import {
    ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy, type RequestMessage
} from 'vscode-languageserver/node';
import { t, type Locale } from '../../i18n/index.js';

/** The method a refused request is handed to, so that the connection answers it with its error. */
const REFUSED = '$/smm/refused';

interface Refusal {
    code: number;
    message: string;
}

/**
 * The protocol's order, which neither vscode-languageserver nor Langium keeps: a request before
 * `initialize` is answered ServerNotInitialized (-32002) and a notification then is dropped (but `exit`);
 * a request after `shutdown` is answered InvalidRequest. Without it a request before `initialize` waited
 * for ever (Langium's handlers wait for the workspace), and one after `shutdown` was served.
 *
 * The connection offers no way to answer a message from its message strategy, the one place that sees
 * every message in order, so a refused request goes on under the name of a handler that answers its error.
 */
export class LifecycleOrder {
    private initializeReceived = false;
    private shutdownReceived = false;

    constructor(private readonly locale: () => Locale) {}

    readonly messageStrategy: MessageStrategy = {
        handleMessage: (message, next) => {
            if (Message.isRequest(message)) {
                return next(this.admit(message));
            }
            if (Message.isNotification(message) && !this.initializeReceived && message.method !== 'exit') {
                return;
            }
            return next(message);
        }
    };

    /** Registers the handler that answers refused requests. */
    register(connection: Connection): void {
        connection.onRequest(REFUSED, (refusal: Refusal) => {
            throw new ResponseError(refusal.code, refusal.message);
        });
    }

    private admit(request: RequestMessage): RequestMessage {
        if (!this.initializeReceived && request.method !== 'initialize') {
            return this.refuse(request, ErrorCodes.ServerNotInitialized, 'server.notInitialized');
        }
        if (this.shutdownReceived) {
            return this.refuse(request, ErrorCodes.InvalidRequest, 'server.shutDown');
        }
        if (request.method === 'initialize') {
            this.initializeReceived = true;
        } else if (request.method === 'shutdown') {
            this.shutdownReceived = true;
        }
        return request;
    }

    private refuse(request: RequestMessage, code: number, key: 'server.notInitialized' | 'server.shutDown'): RequestMessage {
        const refusal: Refusal = { code, message: t(this.locale(), key, { method: request.method }) };
        return { jsonrpc: request.jsonrpc, id: request.id, method: REFUSED, params: refusal };
    }
}
