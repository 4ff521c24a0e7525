import type { Features, ProtocolConnection, RemoteConsole } from 'vscode-languageserver/node';
import { t, type Locale } from '../../i18n/index.js';

/**
 * The transport's answer to a message it cannot read. vscode-jsonrpc's stream reader reports a missing or
 * non-numeric `Content-Length`, or a body that does not decode (the usual sign of a wrong length), on the
 * connection's `onError` and then goes on reading from a position that is no longer the start of a message:
 * every later message is misread, and vscode-languageserver listens to no error, so the server stayed alive
 * and answered nothing. A byte stream of length-prefixed messages has no point to resynchronise at (a body
 * may contain anything, headers included), so the server says why on stderr (its stdout is the protocol)
 * and exits with code 1: clients restart a language server that exits.
 *
 * The error event belongs to the protocol connection, which vscode-languageserver hands only to its remote
 * console (`rawAttach`); this feature extends that console to listen to it, whatever the transport.
 */
export function exitOnUnreadableInput(locale: () => Locale): Features {
    return {
        __brand: 'features',
        console: Base => class extends Base {
            rawAttach(connection: ProtocolConnection): void {
                (Base.prototype as RemoteConsole & { rawAttach(connection: ProtocolConnection): void })
                    .rawAttach.call(this, connection);
                connection.onError(([error]) => {
                    const reason = error.message.split('\n')[0];
                    process.stderr.write(`${t(locale(), 'server.unreadableInput', { reason })}\n`, () => process.exit(1));
                });
            }
        }
    };
}
