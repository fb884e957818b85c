/**
 * Resolves after SIGINT or SIGTERM once `cleanup` has run. Repeated signals while stopping
 * are ignored: `npm start` forwards Ctrl-C, so one keypress can arrive twice.
 */
export function waitForShutdown(cleanup: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`\n${signal}: shutting down...\n`);
      try {
        await cleanup();
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        resolve();
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
