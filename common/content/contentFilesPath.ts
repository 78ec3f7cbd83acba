/**
 * Where the files the content refers to (map images, recorded speech) are served, relative to
 * the page: the renderer asks for `content-files/<name>`, both hosts answer `/content-files/…`.
 */
export const CONTENT_FILES_PREFIX = 'content-files/'
