import type { ServerResponse } from 'node:http';

export function sendText(response: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(text, 'utf8');
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Content-Length', body.length);
  response.end(body);
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', body.length);
  response.end(body);
}

/** The page a browser shows without a valid token: it says where the right link is. */
export function sendUnauthorised(response: ServerResponse): void {
  sendText(
    response,
    401,
    'Språkbro: ingen tilgang. Åpne lenken som ble skrevet ut i terminalen da Språkbro startet.\n' +
      'Språkbro: not authorised. Open the link that was printed in the terminal when Språkbro started.\n',
  );
}
