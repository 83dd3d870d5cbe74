// Packages under test call @actions/core in-process, which writes `::add-mask::<secret>` to
// stdout for every credential it masks. On a runner those lines are consumed; in a jest run
// they would only flood the CI log, so they are dropped here. Tests that check masking
// capture process.stdout.write themselves and still see every line.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  if (text.startsWith('::add-mask::')) {
    const kept = text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    if (kept.trim() === '') return true;
    return (write as (...args: unknown[]) => boolean)(kept, ...rest);
  }
  return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;
