import "server-only";
import { db } from "@/db";
import { listen, pollEveryMs } from "@/db/live";
import { liveKey, type CommentTarget } from "./comments";
import { commentsVersion } from "./queries";

type Watch = { version: string; subscribers: Set<() => void>; stop: () => void };
const watches = new Map<string, Watch>();

/**
 * Calls `onChange` when the comments on `target` change. However many people
 * have the page open, this process looks once per target: one fingerprint
 * query a second on SQLite, or a wake-up from PostgreSQL's NOTIFY. Returns the
 * unsubscribe function; the last one out stops the look.
 */
export async function watchComments(target: CommentTarget, onChange: () => void): Promise<() => void> {
  const key = liveKey(target);
  let watch = watches.get(key);
  if (!watch) {
    const created: Watch = { version: await commentsVersion(target), subscribers: new Set(), stop: () => {} };
    // Another subscriber may have created it while the version was read.
    watch = watches.get(key) ?? created;
    if (watch === created) {
      watches.set(key, created);
      let looking = false;
      const look = async () => {
        if (looking) return;
        looking = true;
        try {
          const now = await commentsVersion(target);
          if (now !== created.version) {
            created.version = now;
            for (const notify of created.subscribers) notify();
          }
        } catch {
          // the database is busy or restarting: the next look tries again
        } finally {
          looking = false;
        }
      };
      const timer = setInterval(() => void look(), pollEveryMs(db));
      const unlisten = listen(db, "comments", key, () => void look());
      created.stop = () => {
        clearInterval(timer);
        unlisten();
      };
    }
  }
  const current = watch;
  current.subscribers.add(onChange);
  return () => {
    current.subscribers.delete(onChange);
    if (!current.subscribers.size && watches.get(key) === current) {
      watches.delete(key);
      current.stop();
    }
  };
}
