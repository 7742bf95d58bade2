/**
 * The profile's texts as a document and as HTML: loaded with the data, once there is something
 * to show (the builder's first load does not need it), and shared by the preview and the exports.
 */
export { buildProfileDocument } from '../../lib/profile/document';
export { profileToHtml } from '../../lib/profile/format/html';
