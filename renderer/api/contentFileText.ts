/**
 * Reads a text file the content lists (the walking graph) from `content-files/`, which both
 * hosts answer from the active content's own verified files: not a contract method, because
 * these are the same static files MapLibre and <img>/<audio> load by URL. Rejects with a
 * sentence when the host answers anything but the file.
 */
export async function readContentFileText(url: string): Promise<string> {
  const reply = await fetch(url)
  if (!reply.ok) throw new Error(`the kiosk answered ${reply.status} for ${url}`)
  return reply.text()
}
