// Where `now` comes from: the system's clock, or a test's. Services and the domain take `now` as an argument;
// the edges (HTTP app, workers, CLI) read it here.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
