import { BodyRefused, boundedChunks } from "./bounded-body";

/** A small JSON body, read as a stream and refused past `maxBytes`; null when it is too large or not JSON. */
export async function readJsonBody(request: Request, maxBytes = 4096): Promise<unknown> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of boundedChunks(request, maxBytes, "Too large.")) chunks.push(chunk);
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (error) {
    if (error instanceof BodyRefused || error instanceof SyntaxError) return null;
    throw error;
  }
}
