/**
 * Wraps a drizzle query builder, and every builder its methods return
 * (insert().values(), update().set().where()…), so that awaiting it runs
 * `execute(target)` instead of the builder's own then: the one place an
 * engine decides how a query executes (SQLite: the writer's turn;
 * PostgreSQL: results in the shape lib/ reads).
 */
export type Executable = { then: (...a: unknown[]) => unknown; execute?: () => Promise<unknown> };

export function wrapBuilder<B>(builder: B, execute: (target: Executable) => Promise<unknown>): B {
  if (!builder || typeof builder !== "object") return builder;
  return new Proxy(builder as object, {
    get(target, prop, receiver) {
      if (prop === "then" && typeof (target as Executable).then === "function") {
        return (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) => execute(target as Executable).then(onFulfilled, onRejected);
      }
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result === target ? receiver : wrapBuilder(result, execute);
      };
    },
  }) as B;
}
