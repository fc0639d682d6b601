// A webhook receiver on loopback for the tests: records each request and answers what it is told.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';

/** A request the receiver got. */
export type ReceivedWebhook = { path: string; headers: IncomingHttpHeaders; body: string };

/** A running receiver; `answer` decides the status of each request. */
export type WebhookReceiver = {
  url: string;
  port: number;
  received: ReceivedWebhook[];
  answer: (request: ReceivedWebhook) => number | Promise<number>;
  close(): Promise<void>;
};

/** Starts a receiver on 127.0.0.1 (`port` 0 picks a free one) that answers 204 unless told otherwise. */
export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = {
    url: '',
    port: 0,
    received: [],
    answer: () => 204,
    close: async () => {},
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const received = { path: request.url ?? '/', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      receiver.received.push(received);
      response.statusCode = await receiver.answer(received);
      response.end(response.statusCode >= 400 ? 'receiver broke' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  receiver.port = (server.address() as { port: number }).port;
  receiver.url = `http://127.0.0.1:${receiver.port}`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return receiver;
}
