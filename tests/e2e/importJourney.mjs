// Importing a journey file through the Explorer's Import button (a file chooser), as a user would.

/** Imports `journey` as the file `name` and waits until its canvas draws nodes. */
export async function importJourney(page, name, journey) {
  const chooser = page.waitForEvent('filechooser');
  await page.click('[data-testid="explorer-import"]');
  await (await chooser).setFiles([{ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(journey, null, 2)) }]);
  await page.waitForSelector(`[data-testid="canvas-editor"][data-path="${name}"] .react-flow__node`, { timeout: 10_000 });
}
