/**
 * What the builder needs only when it starts from a link or a stored profile, or follows another
 * tab: reading and checking a profile. Loaded with the data, not with the page.
 */
export { readStored } from '../../lib/profile/codec';
export { sanitiseProfile } from '../../lib/profile/check';
export { planStart } from '../../lib/profile/start';
export { loadProfile, setAsideUnreadable } from '../../lib/profile/storage';
